package dev.irx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decks of any length for cost tests: the pages of our own slide PDFs (the IIJ decks in samples/ and the Impress
 * slide fixture) repeated in turn, so that a deck of 2n pages holds the same kinds of pages as one of n.
 */
final class SyntheticDeck {

    static final List<Path> SOURCES = List.of(Path.of("samples/iij-fy24-results.pdf"),
            Path.of("samples/iij-1q25-results.pdf"), Path.of("src/test/resources/pdf/impress-slide.pdf"));

    private SyntheticDeck() {}

    static Path write(Path dir, int pages) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            for (Path p : SOURCES) sources.add(Loader.loadPDF(p.toFile()));
            int[] next = new int[sources.size()];
            for (int i = 0; i < pages; i++) {
                int s = i % sources.size();
                PDDocument src = sources.get(s);
                out.importPage(src.getPage(next[s]++ % src.getNumberOfPages()));
            }
            Path file = dir.resolve("deck-" + pages + ".pdf");
            out.save(file.toFile());
            return file;
        } finally {
            for (PDDocument d : sources) d.close();
        }
    }

    /** A text document of one page holding {@code lines} deck-like lines: headers, rows, headline figures, prose. */
    static Path onePage(Path dir, int lines) throws IOException {
        List<String> out = new ArrayList<>(List.of("2025年度 第3四半期 決算説明資料", "(単位：億円)"));
        String[] segments = {"国内事業", "海外事業", "金融事業", "その他"};
        for (int i = 0; out.size() < lines; i++) {
            String s = segments[i % segments.length];
            switch (i % 5) {
                case 0 -> out.add("2024年度 2025年度 前年差 前年比");
                case 1 -> out.add(s + " " + (1000 + i) + " " + (1100 + i) + " 100 10" + (i % 10) + ".0%");
                case 2 -> out.add("営業収益 営業利益 当期純利益");
                case 3 -> out.add("金 額 " + (8000 + i) + "億円 " + (300 + i) + "億円 " + (100 + i) + "億円");
                default -> out.add("・" + s + "の売上高は前年比" + (i % 9) + ".1%増の" + (2000 + i) + "億円となりました。");
            }
        }
        Path file = dir.resolve("page-" + lines + ".txt");
        Files.writeString(file, String.join("\n", out));
        return file;
    }
}
