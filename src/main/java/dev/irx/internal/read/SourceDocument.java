package dev.irx.internal.read;

import java.util.List;

/**
 * What the reader made of an input file: its pages, lines and words, immutable.
 *
 * @param fileName  the file's name as given (no directories)
 * @param sha256    hex SHA-256 of the file's bytes
 * @param mediaType "application/pdf" or "text/plain"
 * @param producer  the PDF's Producer (or Creator) entry; null when absent or for text
 * @param title     the PDF's Title entry; null when absent
 * @param pages     the pages in order, every page of the document (a page a selection left out is there, empty)
 * @param pagesRead the pages read when a page selection was given (those of the document, in order); null when
 *                  every page was read
 */
public record SourceDocument(String fileName, String sha256, String mediaType, String producer, String title,
                             List<Page> pages, List<Integer> pagesRead) {

    public SourceDocument {
        pages = List.copyOf(pages);
        pagesRead = pagesRead == null ? null : List.copyOf(pagesRead);
    }

    /** A document of which every page was read. */
    public SourceDocument(String fileName, String sha256, String mediaType, String producer, String title,
                          List<Page> pages) {
        this(fileName, sha256, mediaType, producer, title, pages, null);
    }

    public int pageCount() { return pages.size(); }

    public boolean isPdf() { return "application/pdf".equals(mediaType); }
}
