package dev.irx.model;

/** The input file: what it was and how to find it again. */
public record SourceInfo(String file, String sha256, String mediaType, int pages, String producer) {
}
