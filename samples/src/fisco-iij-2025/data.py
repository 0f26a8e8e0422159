# -*- coding: utf-8 -*-
"""Figures of the six tables, typed by hand from the IIJ reference texts:

  seed 001 = /work/shared/seeds/001_fff977273593db68.txt  (FY24決算サマリー, 2025-05-13, 億円)
  seed 002 = /work/shared/seeds/002_9791539c9f8abf8f.txt  (2026年3月期第1四半期 連結業績説明資料, 億円/百万円)

IIJ's "FY24" is FISCO's 25/3期 (2024-04..2025-03); "1Q25" is 26/3期1Q (2025-04..06).
Cells are written as the seed prints them (ASCII '-' for a negative, a lone '-' for an empty cell,
'%' and 'pt' suffixes); build.py prints negatives with △. The few cells the seed does not print
(構成比, 増減額 and a few 増減率 in the 事業別売上高 table) are computed below from the seed's
百万円 figures, and asserted against the seed wherever the seed prints the same figure.

Column = (period code, basis, measure); Row = (label, metric, segment, cells, opts).
metric None => heading row; metric "-" => a figure with no metric in the vocabulary ("unmapped").
opts: indent, measure (overrides the column's), span (H1/H2 for a fiscal-year column), ulabel.
"""
from lib import pct, share

SUB = {"indent": 1}

# 1. 2026年3月期第1四半期連結業績（単位：億円） — seed 002 「Ⅱ-1. 連結業績サマリー」
Q1_COLS = [
    ("Q1_25", "actual", "value"), ("Q1_25", "actual", "ratio_to_revenue_pct"),
    ("Q1_26", "actual", "value"), ("Q1_26", "actual", "ratio_to_revenue_pct"),
    ("Q1_26", "actual", "yoy_amount"), ("Q1_26", "actual", "yoy_pct"),
]
Q1_ROWS = [
    ("売上収益", "revenue", None, "720.2 100.0% 768.2 100.0% 48.1 6.7%", {}),
    ("売上原価", "cost_of_sales", None, "578.8 80.4% 601.3 78.3% 22.4 3.9%", {}),
    ("売上総利益", "gross_profit", None, "141.3 19.6% 166.9 21.7% 25.6 18.1%", {}),
    ("販売管理費等", "sga", None, "96.5 13.4% 106.6 13.9% 10.1 10.5%", {}),
    ("営業利益", "operating_income", None, "44.8 6.2% 60.3 7.9% 15.5 34.6%", {}),
    ("税引前四半期利益", "profit_before_tax", None, "50.4 7.0% 57.4 7.5% 7.0 13.9%", {}),
    ("親会社の所有者に帰属する<br>四半期利益", "net_income_attributable_to_owners", None,
     "33.2 4.6% 37.8 4.9% 4.6 13.7%", {}),
]

# 2. 事業別売上高（単位：百万円） — seed 002 「Ⅱ-3」「Ⅱ-5 ①」「Ⅱ-6 ①」 quarterly series, 1Q24 and 1Q25
NW, SI = "ネットワークサービス", "システムインテグレーション"
_SEG = [  # label, segment, 1Q24, 1Q25, YoY % as the seed prints it (None: not printed), indent
    (NW, NW, 39058, 42512, None, 0),
    ("法人向けインターネット接続サービス", NW + "/法人向けインターネット接続サービス", 11642, 12731, "9.4", 1),
    ("個人向けインターネット接続サービス", NW + "/個人向けインターネット接続サービス", 6601, 6958, "5.4", 1),
    ("アウトソーシングサービス", NW + "/アウトソーシングサービス", 13981, 15898, "13.7", 1),
    ("WANサービス", NW + "/WANサービス", 6834, 6925, "1.3", 1),
    (SI, SI, 32243, 33560, "4.1", 0),
    ("構築（一時売上）", SI + "/構築", 12606, 11689, "-7.3", 1),
    ("運用保守（ストック売上）", SI + "/運用保守", 19637, 21871, "11.4", 1),
    ("ATM運営事業", "ATM運営事業", 715, 749, None, 0),
]
SEG_TOTAL = (72016, 76821)
assert sum(r[2] for r in _SEG if not r[5]) == SEG_TOTAL[0] and sum(r[3] for r in _SEG if not r[5]) == SEG_TOTAL[1]
assert sum(r[2] for r in _SEG[1:5]) == 39058 and sum(r[3] for r in _SEG[1:5]) == 42512
assert _SEG[6][2] + _SEG[7][2] == 32243 and _SEG[6][3] + _SEG[7][3] == 33560
assert pct(*SEG_TOTAL[::-1]) == "6.7"
assert share(11689, 76821) == "15.2"   # seed: 「1Q25売上構成比：15.2%」 (一時売上)


def _fmt(n):
    return "{:,}".format(n) if n >= 0 else "-{:,}".format(-n)


SEG_COLS = [
    ("Q1_25", "actual", "value"), ("Q1_25", "actual", "composition_pct"),
    ("Q1_26", "actual", "value"), ("Q1_26", "actual", "composition_pct"),
    ("Q1_26", "actual", "yoy_amount"), ("Q1_26", "actual", "yoy_pct"),
]
SEG_ROWS = []
for label, seg, a, b, printed, ind in _SEG:
    r = pct(b, a)
    assert printed is None or printed == r, (label, printed, r)
    SEG_ROWS.append((label, "revenue", seg, "%s %s%% %s %s%% %s %s%%" % (
        _fmt(a), share(a, SEG_TOTAL[0]), _fmt(b), share(b, SEG_TOTAL[1]), _fmt(b - a), r), SUB if ind else {}))
SEG_ROWS.append(("売上収益合計", "revenue", None, "72,016 100.0% 76,821 100.0% 4,805 6.7%", {}))

# 3. 要約連結財政状態計算書（単位：百万円） — seed 002 「Ⅱ-10. 連結バランスシートのサマリー」
BS_COLS = [("I2503", "actual", "value"), ("I2506", "actual", "value"), ("I2506", "actual", "yoy_amount")]
BS_ROWS = [
    ("資産", None, None, "", {}),
    ("現金及び現金同等物", "cash_and_equivalents", None, "32,534 30,020 -2,514", SUB),
    ("営業債権", "-", None, "56,361 46,759 -9,602", dict(SUB, ulabel="資産/営業債権")),
    ("前払費用（流動・非流動）", "-", None, "56,930 62,513 5,583", dict(SUB, ulabel="資産/前払費用（流動・非流動）")),
    ("有形固定資産", "-", None, "33,771 37,365 3,594", dict(SUB, ulabel="資産/有形固定資産")),
    ("使用権資産", "-", None, "45,756 44,228 -1,528", dict(SUB, ulabel="資産/使用権資産")),
    ("のれん・無形資産", "-", None, "31,328 31,573 245", dict(SUB, ulabel="資産/のれん・無形資産")),
    ("資産合計", "total_assets", None, "312,435 312,998 563", {}),
    ("負債", None, None, "", {}),
    ("営業債務及びその他の債務", "-", None, "30,238 26,543 -3,695", dict(SUB, ulabel="負債/営業債務及びその他の債務")),
    ("借入金（流動・非流動）", "-", None, "33,616 33,600 -16", dict(SUB, ulabel="負債/借入金（流動・非流動）")),
    ("契約負債・繰延収益", "-", None, "26,043 30,425 4,382", dict(SUB, ulabel="負債/契約負債・繰延収益（流動・非流動）")),
    ("負債合計", "total_liabilities", None, "170,349 167,961 -2,388", {}),
    ("資本", None, None, "", {}),
    ("利益剰余金", "-", None, "79,885 80,663 778", dict(SUB, ulabel="資本/利益剰余金")),
    ("自己株式", "-", None, "-11,910 -11,817 93", dict(SUB, ulabel="資本/自己株式")),
    ("親会社所有者帰属持分合計", "equity_attributable_to_owners", None, "140,683 143,665 2,982", {}),
    ("親会社所有者帰属持分比率", "equity_ratio", None, "45.0% 45.9% 0.9pt", {}),
]

# 4. 2026年3月期連結業績予想（単位：億円） — seed 002 「FY25連結業績予想」 (上期/通期, 売上高比, YoY);
#    25/3期 actuals from seed 001 (上期 1,470/118/75; 通期 3,168/301/199) and seed 002
#    (Appendix 「3,168.3」「301.0」, 売上総利益 「684」).
FC_COLS = [
    ("H1_25", "actual", "value"), ("FY25", "actual", "value"),
    ("H1_26", "forecast", "value"), ("H1_26", "forecast", "ratio_to_revenue_pct"), ("H1_26", "forecast", "yoy_pct"),
    ("FY26", "forecast", "value"), ("FY26", "forecast", "ratio_to_revenue_pct"), ("FY26", "forecast", "yoy_pct"),
]
FC_ROWS = [
    ("売上収益", "revenue", None, "1,470 3,168.3 1,580 100.0% 7.5% 3,400 100.0% 7.3%", {}),
    ("売上原価", "cost_of_sales", None, "- - 1,231 77.9% 5.8% 2,630 77.4% 5.9%", {}),
    ("売上総利益", "gross_profit", None, "- 684 349 22.1% 13.8% 770 22.6% 12.6%", {}),
    ("販売管理費等", "sga", None, "- - 194 12.3% 2.7% 405 11.9% 5.7%", {}),
    ("営業利益", "operating_income", None, "118 301.0 155 9.8% 31.6% 365 10.7% 21.2%", {}),
    ("持分法損益", "-", None, "- - -2 - - -5 - -", {"ulabel": "持分法損益"}),
    ("税引前利益", "profit_before_tax", None, "- - 139 8.8% 25.0% 337 9.9% 15.5%", {}),
    ("親会社の所有者に帰属する<br>当期利益", "net_income_attributable_to_owners", None,
     "75 199 94 5.9% 25.8% 230 6.8% 15.4%", {}),
]

# 5. 事業別の売上収益・売上総利益（単位：億円） — seed 002 Appendix 「FY25連結業績予想」 bars
#    (売上高 NW 1,626→1,787, SI 1,513→1,584; 売上総利益 NW 453→498, SI 218→259, 684→770) and their
#    YoY labels (NW +7.4%/+9.9%, SI +24.2%/+4.7%; 粗利 NW +4.1%/+10.0%, SI +14.2%/+19.1%);
#    total 3,168 +14.8% (seed 001) → 3,400 +7.3%.
BIZ_COLS = [("FY25", "actual", "value"), ("FY25", "actual", "yoy_pct"),
            ("FY26", "forecast", "value"), ("FY26", "forecast", "yoy_pct")]
BIZ_ROWS = [
    ("売上収益", None, None, "", {}),
    (NW, "revenue", NW, "1,626 7.4% 1,787 9.9%", SUB),
    (SI, "revenue", SI, "1,513 24.2% 1,584 4.7%", SUB),
    ("合計", "revenue", None, "3,168 14.8% 3,400 7.3%", SUB),
    ("売上総利益", None, None, "", {}),
    (NW, "gross_profit", NW, "453 4.1% 498 10.0%", SUB),
    (SI, "gross_profit", SI, "218 14.2% 259 19.1%", SUB),
    ("合計", "gross_profit", None, "684 - 770 12.6%", SUB),
]

# 6. 1株当たり配当金の推移（単位：円） — seed 002 Appendix 「FY25配当見通し」 (株式分割調整後):
#    中間 14.625 17.18 17.50 19.50 / 期末 14.63 17.18 17.50 19.50 / 年間 29.255 34.36 35.00 39.00,
#    YoY +21.9% +17.5% +1.9% +11.4% (FY22..FY25 = 23/3期..26/3期)
DIV_COLS = [("FY23", "actual", "value"), ("FY24", "actual", "value"), ("FY25", "actual", "value"),
            ("FY26", "forecast", "value")]
NOCONS = {}  # dividends take the document's scope (consolidated), as in every golden
DIV_ROWS = [
    ("中間配当", "dividend_per_share", None, "14.625 17.18 17.50 19.50", dict(NOCONS, span="H1")),
    ("期末配当", "dividend_per_share", None, "14.63 17.18 17.50 19.50", dict(NOCONS, span="H2")),
    ("年間配当", "dividend_per_share", None, "29.255 34.36 35.00 39.00", NOCONS),
    ("前期比", "dividend_per_share", None, "21.9% 17.5% 1.9% 11.4%", dict(NOCONS, measure="yoy_pct")),
]
