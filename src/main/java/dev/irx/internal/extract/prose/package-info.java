/**
 * Sentences: figures stated in prose (「売上高が前期比4.8%増の6,466百万円」), dividends, notes under labels.
 */
package dev.irx.internal.extract.prose;
