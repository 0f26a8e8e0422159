/**
 * The summary page of a 決算短信: its grid of results, forecasts and share counts.
 */
package dev.irx.internal.extract.summary;
