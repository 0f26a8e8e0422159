package dev.irx.internal.read;

import java.nio.file.Path;

/** Development aid: prints what the reader makes of files (lines, words separated by " | "). Not a test. */
final class Dump {
    public static void main(String[] args) throws Exception {
        DocumentReader r = new DocumentReader();
        for (String a : args) {
            SourceDocument d = r.read(Path.of(a));
            System.out.println("== " + d.fileName() + " " + d.mediaType() + " pages=" + d.pageCount() + " producer=" + d.producer());
            for (Page p : d.pages()) {
                System.out.println("-- page " + p.number() + " " + p.width() + "x" + p.height());
                for (Line l : p.lines()) {
                    StringBuilder sb = new StringBuilder();
                    for (Word w : l.words()) sb.append(sb.length() > 0 ? " | " : "").append(w.text());
                    System.out.printf("%s%5.1f %s%n", l.column() > 0 ? "   [c" + l.column() + "]" : "", l.box() == null ? 0f : l.box().y1(), sb);
                }
            }
        }
    }
}
