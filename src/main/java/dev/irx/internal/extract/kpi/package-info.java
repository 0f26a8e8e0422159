/**
 * KPI lines and headline figures of decks: a metric, its figure and its change on one line or in one box.
 */
package dev.irx.internal.extract.kpi;
