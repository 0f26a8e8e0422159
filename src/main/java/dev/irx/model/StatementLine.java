package dev.irx.model;

import java.util.Objects;

/**
 * Where in a financial statement a figure sits: which statement, under which heading, and the taxonomy concept the
 * line stands for where irx knows it.
 *
 * @param statement the statement
 * @param section   the heading the line sits under as printed (「流動資産」「営業活動によるキャッシュ・フロー」); in a
 *                  statement of changes in equity, the column (component) the figure is in; null at the top level
 * @param concept   the XBRL concept, prefixed (「jppfs_cor:CashAndDeposits」); null when irx does not know one
 * @param within    the line with figures of its own that this line is set in under, as printed (a bank's 「その他資産」
 *                  over 「その他の資産」): the line is a part of that one; null for a line of its heading
 */
public record StatementLine(Statement statement, String section, String concept, String within) {
    public StatementLine {
        Objects.requireNonNull(statement, "statement");
    }

    public StatementLine(Statement statement, String section, String concept) {
        this(statement, section, concept, null);
    }
}
