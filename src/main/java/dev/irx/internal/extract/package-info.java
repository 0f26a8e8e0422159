/**
 * Extraction. {@link dev.irx.internal.extract.Extractor} profiles a document and runs the reader of each construct
 * (one subpackage each: label, table, summary, chart, prose, kpi, databook, statement) over its pages, into one
 * {@link dev.irx.internal.extract.FactSink}. The classes here are what all readers share: the document's context,
 * its folded text, its report period and the parts of a year.
 */
package dev.irx.internal.extract;
