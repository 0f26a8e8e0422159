package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTextTest {

    static final String TEXT = "連結業績（単位：百万円）\n売上高\u3000 6,167  6,466\n\n営業利益は△35となりました。\f"
            + "２ページ目：キャッシュ・フロー\r\n現金及び現金同等物 499\n";

    private final DocumentReader reader = new DocumentReader();

    private SourceDocument readAs(Path dir, byte[] bytes, String name) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return reader.read(f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "windows-31j", "EUC-JP"})
    void japaneseTextInEachEncodingSplitsIntoPagesAndLines(String charset, @TempDir Path dir) throws Exception {
        SourceDocument d = readAs(dir, TEXT.getBytes(Charset.forName(charset)), "seed.pdf"); // the name lies
        assertEquals("text/plain", d.mediaType());
        assertNull(d.producer());
        assertEquals(2, d.pageCount());
        Page p1 = d.pages().get(0);
        assertEquals(0f, p1.width());
        assertEquals(0f, p1.height());
        assertEquals(List.of("連結業績（単位：百万円）", "売上高 6,167 6,466", "", "営業利益は△35となりました。"),
                p1.lines().stream().map(Line::text).toList());
        assertEquals(List.of("売上高", "6,167", "6,466"),
                p1.lines().get(1).words().stream().map(Word::text).toList());
        assertTrue(p1.lines().get(2).isBlank()); // blank lines are kept
        assertEquals(List.of("２ページ目：キャッシュ・フロー", "現金及び現金同等物 499"),
                d.pages().get(1).lines().stream().map(Line::text).toList());
        assertEquals(2, d.pages().get(1).number());
    }

    @Test
    void utf8BomIsStripped(@TempDir Path dir) throws Exception {
        byte[] body = "売上高 6,167\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        SourceDocument d = readAs(dir, withBom, "bom.txt");
        assertEquals("売上高", d.pages().get(0).lines().get(0).words().get(0).text());
    }

    @Test
    void eucJpIsNotMistakenForShiftJis() {
        // EUC-JP bytes of kana/kanji often decode as Shift_JIS too (as half-width katakana + odd kanji)
        String s = "売上高は前期比で増加しました。キャッシュ・フローの状況";
        assertEquals(s, TextDecoding.decode(s.getBytes(TextDecoding.EUC_JP)));
        assertEquals(s, TextDecoding.decode(s.getBytes(TextDecoding.SJIS)));
    }

    @Test
    void asciiTextIsOnePage(@TempDir Path dir) throws Exception {
        SourceDocument d = readAs(dir, "Revenue 6,167\n".getBytes(StandardCharsets.US_ASCII), "a.txt");
        assertEquals(1, d.pageCount());
        assertEquals("Revenue 6,167\n", d.pages().get(0).text());
    }
}
