/**
 * Charts: bar and line labels placed by position and colour, bridge charts, charts drawn in text.
 */
package dev.irx.internal.extract.chart;
