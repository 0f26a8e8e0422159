#!/usr/bin/env python3
"""Generates tanshin.htm AND ../../iij-1q25-tanshin-summary.expected.json from the one data
block below, so the printed page and the golden cannot disagree.

Every number in DATA is either printed in the seed (/work/shared/seeds/002_9791539c9f8abf8f.txt,
IIJ 「2026年3月期 第1四半期 連結業績説明資料」) or derived from seed numbers by plain arithmetic;
see README.md for the derivation of each. Cells the seed cannot supply are printed as 「－」 and
have no golden entry.

usage: build.py OUT_HTML OUT_GOLDEN
"""
import json
import sys
from decimal import Decimal

# ---------------------------------------------------------------- periods
Q1_CUR = ("Q1", "2025-04-01", "2025-06-30")
Q1_PRI = ("Q1", "2024-04-01", "2024-06-30")
I_CUR = ("instant", None, "2025-06-30")
I_PRI = ("instant", None, "2025-03-31")
H1_FY25 = ("H1", "2024-04-01", "2024-09-30")   # 2025年3月期 中間(第2四半期末)
H2_FY25 = ("H2", "2024-10-01", "2025-03-31")   # 2025年3月期 期末
FY_FY25 = ("FY", "2024-04-01", "2025-03-31")   # 2025年3月期 年間合計
H1_FY26 = ("H1", "2025-04-01", "2025-09-30")
H2_FY26 = ("H2", "2025-10-01", "2026-03-31")
FY_FY26 = ("FY", "2025-04-01", "2026-03-31")

# ---------------------------------------------------------------- data (百万円 unless noted)
# None → printed 「－」, no golden entry.
# 1.(1) 連結経営成績(累計): (metric, label) columns, each with (value 百万円, yoy %)
RESULTS_COLS = [
    ("revenue", "売上収益"),
    ("operating_income", "営業利益"),
    ("profit_before_tax", "税引前四半期利益"),
    ("net_income", "四半期利益"),
    ("net_income_attributable_to_owners", "親会社の所有者に帰属する四半期利益"),
    ("comprehensive_income", "四半期包括利益合計額"),
]
RESULTS_ROWS = [
    ("2026年３月期第１四半期", Q1_CUR,
     [(76821, "6.7"), (6031, "34.6"), (5737, "13.9"), (3809, "12.5"), (3777, "13.7"), (None, None)]),
    ("2025年３月期第１四半期", Q1_PRI,
     [(72016, None), (4482, "-10.4"), (5039, "-8.1"), (3385, "-7.4"), (3322, "-7.3"), (None, None)]),
]
# 基本的/希薄化後１株当たり四半期利益: not in the seed → 「－」
EPS_ROWS = [("2026年３月期第１四半期", Q1_CUR, [None, None]),
            ("2025年３月期第１四半期", Q1_PRI, [None, None])]
# 1.(2) 連結財政状態
POSITION_COLS = [("total_assets", "資産合計", "JPY"), ("net_assets", "資本合計", "JPY"),
                 ("equity_attributable_to_owners", "親会社の所有者に帰属する持分", "JPY"),
                 ("equity_ratio", "親会社所有者帰属持分比率", "%")]
POSITION_ROWS = [("2026年３月期第１四半期", I_CUR, [312998, 145037, 143665, "45.9"]),
                 ("2025年３月期", I_PRI, [312435, 142086, 140683, "45.0"])]
# 2. 配当の状況 (円 銭): 第１四半期末, 第２四半期末, 第３四半期末, 期末, 合計
#   "－" printed dash, "" blank cell, else value. spans: Q1-end/Q3-end are never golden (always －).
DIV_ROWS = [
    ("2025年３月期", "actual", (H1_FY25, H2_FY25, FY_FY25), ["－", "17.50", "－", "17.50", "35.00"]),
    ("2026年３月期", "actual", (H1_FY26, H2_FY26, FY_FY26), ["－", "", "", "", ""]),
    ("2026年３月期（予想）", "forecast", (H1_FY26, H2_FY26, FY_FY26), ["", "19.50", "－", "19.50", "39.00"]),
]
# 3. 連結業績予想
FORECAST_COLS = [("revenue", "売上収益"), ("operating_income", "営業利益"),
                 ("profit_before_tax", "税引前利益"),
                 ("net_income_attributable_to_owners", "親会社の所有者に帰属する当期利益")]
FORECAST_ROWS = [
    ("第２四半期(累計)", H1_FY26, [(158000, "7.5"), (15500, "31.6"), (13900, "25.0"), (9400, "25.8")]),
    ("通期", FY_FY26, [(340000, "7.3"), (36500, "21.2"), (33700, "15.5"), (23000, "15.4")]),
]

# pages: the HTML forces a page break before section 3 (checked by verify.py)
PAGE_RESULTS, PAGE_POSITION, PAGE_DIV, PAGE_FORECAST = 1, 1, 1, 2

# ---------------------------------------------------------------- helpers
def fmt_int(v):
    return f"{v:,}" if v >= 0 else "△" + f"{-v:,}"


def fmt_pct(s):
    return "－" if s is None else ("△" + s[1:] if s.startswith("-") else s)


def jpy(v):
    return str(Decimal(v) * 1000000)


facts = []


def fact(metric, measure, period, basis, value, unit, page, where):
    span, start, end = period
    facts.append({"metric": metric, "measure": measure, "segment": None, "consolidated": True,
                  "period": {"span": span, "start": start, "end": end}, "basis": basis,
                  "value": value, "unit": unit, "pages": [page], "where": where})


def td(text, cls="n"):
    return f'<td class="{cls}">{text}</td>'


# ---------------------------------------------------------------- HTML
h = []
h.append("""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>2026年３月期 第１四半期決算短信〔ＩＦＲＳ〕（連結）</title>
<style>
body { font-family: 'IPAexMincho', serif; font-size: 12px; margin: 0 3mm 0 2.55mm; }
.root { width: 172.35mm; line-break: strict; }
p { margin: 0; line-height: 18px; }
h1 { font-family: 'IPAexGothic', sans-serif; font-size: 16px; font-weight: normal; text-align: center; margin: 0 0 4px 0; }
h2 { font-family: 'IPAexGothic', sans-serif; font-size: 12px; font-weight: normal; margin: 10px 0 2px 0; }
h3 { font-family: 'IPAexGothic', sans-serif; font-size: 12px; font-weight: normal; margin: 6px 0 2px 8px; }
table { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 10.5px; }
td, th { border: 0.5px solid #000; padding: 1px 3px; font-weight: normal; }
th { text-align: center; font-size: 9.5px; }
td.l { text-align: left; white-space: nowrap; }
td.n { text-align: right; }
td.u { text-align: right; font-size: 9.5px; border-top: none; }
table.cover td { border: none; padding: 0 2px; }
.right { text-align: right; }
.note { font-size: 11px; }
.pb { page-break-before: always; }
</style></head><body><div class="root">
<h1>2026年３月期　第１四半期決算短信〔ＩＦＲＳ〕（連結）</h1>
<p class="right">2025年８月７日</p>
<table class="cover">
<colgroup><col style="width:17%"><col style="width:55%"><col style="width:12%"><col style="width:16%"></colgroup>
<tr><td>上場会社名</td><td>株式会社インターネットイニシアティブ</td><td>上場取引所</td><td>東</td></tr>
<tr><td>コード番号</td><td>3774　ＵＲＬ　https://www.iij.ad.jp/</td><td></td><td></td></tr>
<tr><td>代表者</td><td>（役職名）代表取締役社長執行役員　（氏名）谷脇　康彦</td><td></td><td></td></tr>
<tr><td>問合せ先責任者</td><td>（役職名）取締役副社長執行役員ＣＦＯ　（氏名）渡井　昭久</td><td>ＴＥＬ</td><td>03-5205-6500</td></tr>
<tr><td colspan="2">配当支払開始予定日　－</td><td></td><td></td></tr>
<tr><td colspan="2">決算補足説明資料作成の有無：有</td><td></td><td></td></tr>
<tr><td colspan="2">決算説明会開催の有無　　　：有（機関投資家・アナリスト向け）</td><td></td><td></td></tr>
</table>
<p class="right">（百万円未満四捨五入）</p>
<h2>１．2026年３月期第１四半期の連結業績（2025年４月１日～2025年６月30日）</h2>
<h3>（１）連結経営成績（累計）<span style="float:right">（％表示は、対前年同四半期増減率）</span></h3>
""")

# 1.(1)
h.append('<table><colgroup><col style="width:22%">' + '<col style="width:8%"><col style="width:5%">' * 6 + '</colgroup>')
h.append('<tr><th></th>' + "".join(f'<th colspan="2">{lab}</th>' for _, lab in RESULTS_COLS) + '</tr>')
h.append('<tr><td class="u"></td>' + '<td class="u">百万円</td><td class="u">％</td>' * 6 + '</tr>')
for label, period, cells in RESULTS_ROWS:
    row = [td(label, "l")]
    for (metric, mlabel), (v, pct) in zip(RESULTS_COLS, cells):
        row.append(td("－" if v is None else fmt_int(v)))
        row.append(td(fmt_pct(pct)))
        where = f"1.(1) 連結経営成績 {label} row, {mlabel}"
        if v is not None:
            fact(metric, "value", period, "actual", jpy(v), "JPY", PAGE_RESULTS, where)
        if pct is not None:
            fact(metric, "yoy_pct", period, "actual", pct, "%", PAGE_RESULTS, where + " ％")
    h.append("<tr>" + "".join(row) + "</tr>")
h.append("</table><p>&nbsp;</p>")
h.append('<table style="width:60%"><colgroup><col style="width:40%"><col style="width:30%"><col style="width:30%"></colgroup>')
h.append('<tr><th></th><th>基本的１株当たり<br>四半期利益</th><th>希薄化後１株当たり<br>四半期利益</th></tr>')
h.append('<tr><td class="u"></td><td class="u">円 銭</td><td class="u">円 銭</td></tr>')
for label, period, cells in EPS_ROWS:
    h.append("<tr>" + td(label, "l") + "".join(td("－" if c is None else c) for c in cells) + "</tr>")
h.append("</table>")

# 1.(2)
h.append('<h3>（２）連結財政状態</h3>')
h.append('<table><colgroup><col style="width:24%"><col style="width:19%"><col style="width:19%"><col style="width:19%"><col style="width:19%"></colgroup>')
h.append('<tr><th></th>' + "".join(f'<th>{lab}</th>' for _, lab, _ in POSITION_COLS) + '</tr>')
h.append('<tr><td class="u"></td><td class="u">百万円</td><td class="u">百万円</td><td class="u">百万円</td><td class="u">％</td></tr>')
for label, period, cells in POSITION_ROWS:
    row = [td(label, "l")]
    for (metric, mlabel, unit), v in zip(POSITION_COLS, cells):
        where = f"1.(2) 連結財政状態 {label} row, {mlabel}"
        if unit == "%":
            row.append(td(v))
            fact(metric, "value", period, "actual", v, "%", PAGE_POSITION, where)
        else:
            row.append(td(fmt_int(v)))
            fact(metric, "value", period, "actual", jpy(v), "JPY", PAGE_POSITION, where)
    h.append("<tr>" + "".join(row) + "</tr>")
h.append("</table>")

# 2.
h.append('<h2>２．配当の状況</h2>')
h.append('<table><colgroup><col style="width:25%">' + '<col style="width:15%">' * 5 + '</colgroup>')
h.append('<tr><th rowspan="2"></th><th colspan="5">年間配当金</th></tr>')
h.append('<tr><th>第１四半期末</th><th>第２四半期末</th><th>第３四半期末</th><th>期末</th><th>合計</th></tr>')
h.append('<tr><td class="u"></td>' + '<td class="u">円 銭</td>' * 5 + '</tr>')
DIV_COL_LABEL = ["第１四半期末", "第２四半期末", "第３四半期末", "期末", "合計"]
for label, basis, (p_h1, p_h2, p_fy), cells in DIV_ROWS:
    h.append("<tr>" + td(label, "l") + "".join(td(c) for c in cells) + "</tr>")
    for i, p in ((1, p_h1), (3, p_h2), (4, p_fy)):
        c = cells[i]
        if c not in ("", "－"):
            fact("dividend_per_share", "value", p, basis, c, "JPY/share", PAGE_DIV,
                 f"2. 配当の状況 {label} row, {DIV_COL_LABEL[i]}")
h.append("</table>")
h.append('<p class="note">（注）直近に公表されている配当予想からの修正の有無：無</p>')

# 3. (page 2)
h.append('<h2 class="pb">３．2026年３月期の連結業績予想（2025年４月１日～2026年３月31日）</h2>')
h.append('<p class="right note">（％表示は、通期は対前期、四半期は対前年同四半期増減率）</p>')
h.append('<table><colgroup><col style="width:16%">' + '<col style="width:11%"><col style="width:6%">' * 4 + '<col style="width:16%"></colgroup>')
h.append('<tr><th></th>' + "".join(f'<th colspan="2">{lab}</th>' for _, lab in FORECAST_COLS) + '<th>基本的１株当たり<br>当期利益</th></tr>')
h.append('<tr><td class="u"></td>' + '<td class="u">百万円</td><td class="u">％</td>' * 4 + '<td class="u">円 銭</td></tr>')
for label, period, cells in FORECAST_ROWS:
    row = [td(label, "l")]
    for (metric, mlabel), (v, pct) in zip(FORECAST_COLS, cells):
        row.append(td(fmt_int(v)))
        row.append(td(fmt_pct(pct)))
        where = f"3. 連結業績予想 {label} row, {mlabel}"
        fact(metric, "value", period, "forecast", jpy(v), "JPY", PAGE_FORECAST, where)
        fact(metric, "yoy_pct", period, "forecast", pct, "%", PAGE_FORECAST, where + " ％")
    row.append(td("－"))
    h.append("<tr>" + "".join(row) + "</tr>")
h.append("</table>")
h.append('<p class="note">（注）直近に公表されている業績予想からの修正の有無：無</p>')
h.append("""
<h2>※ 注記事項</h2>
<p>（１）当四半期連結累計期間における連結範囲の重要な変更：無</p>
<p>（２）会計方針の変更・会計上の見積りの変更</p>
<p>　①　ＩＦＲＳにより要求される会計方針の変更：無</p>
<p>　②　①以外の会計方針の変更：無</p>
<p>　③　会計上の見積りの変更：無</p>
<p>&nbsp;</p>
<p>※ 添付される四半期連結財務諸表に対する公認会計士又は監査法人によるレビュー：無</p>
</div></body></html>
""")

# ---------------------------------------------------------------- golden
keys = set()
for f in facts:
    k = (f["metric"], f["measure"], f["segment"], f["consolidated"], tuple(f["period"].values()), f["basis"])
    assert k not in keys, f"duplicate key {k}"
    keys.add(k)

golden = {
    "file": "iij-1q25-tanshin-summary.pdf",
    "document": {
        "kind": "kessan_tanshin",
        "company": {"name": "株式会社インターネットイニシアティブ", "securitiesCode": "3774", "market": "東証"},
        "publishedOn": "2025-08-07",
        "accountingStandard": "IFRS",
        "fiscalYearEndMonth": 3,
    },
    "facts": facts,
    "unmapped": [],
    "expectedConflicts": [],
}

with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("\n".join(h))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(golden, out, ensure_ascii=False, indent=1)
    out.write("\n")
print(f"{len(facts)} facts")
