package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Extraction of a document written in a test as plain text, one string per page. */
public final class PlainText {

    private PlainText() {}

    public static Extractor.Extraction extract(String... pageTexts) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < pageTexts.length; i++) {
            pages.add(new Page(i + 1, 0, 0, Arrays.stream(pageTexts[i].split("\n")).map(Line::plain).toList()));
        }
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("test.txt", "0".repeat(64), "text/plain", null, null, pages));
    }
}
