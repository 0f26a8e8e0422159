package dev.irx.internal.normalize;

import dev.irx.model.Period;

/** One period found in a line: the period and where its text is in the folded line. */
public record PeriodMatch(Period period, int start, int end, String text) {}
