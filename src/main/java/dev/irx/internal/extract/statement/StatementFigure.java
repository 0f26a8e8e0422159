package dev.irx.internal.extract.statement;

import dev.irx.model.Period;
import dev.irx.model.StatementLine;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;

/**
 * One figure of a financial statement as read: the line it stands on, its column's period and the amount.
 *
 * @param line         statement, heading (section) and concept where irx knows it
 * @param label        the row's label as printed (folded)
 * @param metric       the irx metric (JSON name) the line is, or null for a line item
 * @param consolidated whether the statement's title says 連結
 * @param period       the column's period (a flow statement's opening and closing balances: instants)
 * @param quantity     the amount with the statement's unit scale
 * @param unit         JPY, or JPY/share for a per-share line
 * @param page         1-based page
 * @param box          the figure's box; null without positions
 * @param evidence     the printed line
 */
public record StatementFigure(StatementLine line, String label, String metric, boolean consolidated, Period period,
                              Quantity quantity, Unit unit, int page, BoundingBox box, String evidence) {}
