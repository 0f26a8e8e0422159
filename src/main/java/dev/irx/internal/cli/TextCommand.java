package dev.irx.internal.cli;

import dev.irx.IrxException;
import dev.irx.internal.read.DocumentReader;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.read.Word;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code irx text FILE}: the lines and words as the reader sees them, to debug a rule on a document. */
@Command(name = "text", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print the document's lines as irx reads them (words separated by ' | ' with --words).")
final class TextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--words", description = "Separate words with ' | ' and show each line's box and column.")
    boolean words;

    @Option(names = "--page", paramLabel = "N", description = "Only page N.")
    Integer page;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        try {
            SourceDocument doc = new DocumentReader().read(file);
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (Page p : doc.pages()) {
                if (page != null && p.number() != page) continue;
                out.printf("--- page %d%n", p.number());
                for (Line l : p.lines()) {
                    if (!words) {
                        out.println(l.text());
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    if (l.box() != null) {
                        sb.append(String.format(Locale.ROOT, "[%6.1f %6.1f %6.1f %6.1f c%d] ",
                                l.box().x0(), l.box().y0(), l.box().x1(), l.box().y1(), l.column()));
                    }
                    for (Word w : l.words()) {
                        if (sb.length() > 0 && !sb.toString().endsWith("] ")) sb.append(" | ");
                        sb.append(w.text());
                    }
                    out.println(sb);
                }
            }
            out.flush();
            return 0;
        } catch (IrxException e) {
            Errors.report(e, verbose);
            return 1;
        }
    }
}
