package dev.irx.model;

/**
 * One place a figure was read: a table row, a sentence, a chart label.
 *
 * @param bbox null for plain-text input
 */
public record Evidence(FactSource source, int page, float[] bbox, String text, Display display) {
}
