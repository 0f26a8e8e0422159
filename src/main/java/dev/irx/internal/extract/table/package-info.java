/**
 * Captioned tables rebuilt from text positions: rows, the column model of their headers, and the measure of a cell.
 */
package dev.irx.internal.extract.table;
