package dev.irx.model;

import java.util.List;

/**
 * The input file: what it was and how to find it again.
 *
 * @param pages     the document's page count, whether or not every page was read
 * @param pagesRead the pages read when a page selection was given; null when every page was read
 */
public record SourceInfo(String file, String sha256, String mediaType, int pages, String producer,
                         List<Integer> pagesRead) {

    public SourceInfo {
        pagesRead = pagesRead == null ? null : List.copyOf(pagesRead);
    }

    /** A file of which every page was read. */
    public SourceInfo(String file, String sha256, String mediaType, int pages, String producer) {
        this(file, sha256, mediaType, pages, producer, null);
    }
}
