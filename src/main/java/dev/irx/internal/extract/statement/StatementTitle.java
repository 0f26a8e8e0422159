package dev.irx.internal.extract.statement;

import dev.irx.model.Statement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a statement is printed under (「（１）連結貸借対照表」「四半期連結損益計算書 第２四半期連結累計期間」
 * 「要約四半期連結財政状態計算書」), read from a folded line with its spaces removed. A line that only names a statement
 * (「連結貸借対照表に関する注記」「貸借対照表計上額」, a table of contents with its page numbers) is no title.
 *
 * @param statement    the statement the lines below it belong to
 * @param consolidated whether the title says 連結
 */
record StatementTitle(Statement statement, boolean consolidated) {

    private static final Pattern TITLE = Pattern.compile(
            "^(?:[(\\[]?[0-9]{1,2}[).\\]]|[①-⑳])?[(\\[【<＜]?(要約)?(四半期|中間)?(連結)?"
                    + "(貸借対照表|財政状態計算書|損益及び包括利益計算書|純損益及びその他の包括利益計算書|損益計算書|純損益計算書"
                    + "|包括利益計算書|キャッシュ・?フロー計算書|株主資本等変動計算書|持分変動計算書|投資主資本等変動計算書)"
                    + "(及び(?:要約)?(?:四半期|中間)?(?:連結)?(?:包括利益計算書|その他の包括利益計算書))?[)\\]】>＞]?"
                    + "(?:(?:第[0-9]四半期|中間)?(?:連結)?(?:会計期間|累計期間))?$");

    /** The title a line is, if it is one. */
    static Optional<StatementTitle> of(String compact) {
        Matcher m = TITLE.matcher(compact.replace('･', '・'));
        if (!m.matches()) return Optional.empty();
        return Optional.of(new StatementTitle(statement(m.group(4)), m.group(3) != null));
    }

    private static Statement statement(String name) {
        if (name.equals("貸借対照表") || name.equals("財政状態計算書")) return Statement.BALANCE_SHEET;
        if (name.equals("包括利益計算書")) return Statement.COMPREHENSIVE_INCOME;
        if (name.startsWith("キャッシュ")) return Statement.CASH_FLOWS;
        if (name.endsWith("変動計算書")) return Statement.EQUITY_CHANGES;
        // 損益計算書, 純損益計算書, 損益及び包括利益計算書 (one statement, filed as the income statement)
        return Statement.INCOME_STATEMENT;
    }
}
