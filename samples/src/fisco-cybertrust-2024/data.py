# -*- coding: utf-8 -*-
"""Figures of the five tables, typed by hand from seed 000 (FISCO report on サイバートラスト <4498>,
2024-07-11). Cells are written exactly as the seed prints them (ASCII '-' for a negative, a lone '-'
for an empty cell, '%' and 'pt' suffixes); build.py decides how a table prints them (△, full-width
digits) and derives both the HTML and the golden from these lists, so the two cannot disagree.

Column = (fy, basis, measure, span) with fy the two-digit fiscal year ending in March
("24" = 24/3期 = 2023-04-01..2024-03-31) and span "FY" or "instant".
Row = (label, metric, segment, cells, opts). metric None with a label => heading row (no cells);
metric "-" => a ratio with no metric in the vocabulary (goes to "unmapped").
opts: indent (sub-row), measure (overrides the column's measure), span (overrides the column's span).
"""

# 1. 2024年3月期連結業績
RESULTS_COLS = [
    ("23", "actual", "value", "FY"), ("23", "actual", "ratio_to_revenue_pct", "FY"),
    ("24", "actual", "value", "FY"), ("24", "actual", "ratio_to_revenue_pct", "FY"),
    ("24", "actual", "yoy_amount", "FY"), ("24", "actual", "yoy_pct", "FY"),
    ("24", "prior_forecast", "value", "FY"),
    ("24", "actual", "achievement_amount", "FY"), ("24", "actual", "achievement_pct", "FY"),
]
RESULTS_ROWS = [
    ("売上高", "revenue", None, "6,167 100.0% 6,466 100.0% 298 4.8% 6,500 -34 99.5%", {}),
    ("売上総利益", "gross_profit", None, "2,886 46.8% 3,052 47.2% 166 5.8% - - -", {}),
    ("販管費", "sga", None, "1,832 29.7% 1,940 30.0% 107 5.9% - - -", {}),
    ("営業利益", "operating_income", None, "1,053 17.1% 1,112 17.2% 58 5.5% 1,100 12 101.1%", {}),
    ("経常利益", "ordinary_income", None, "1,065 17.3% 1,121 17.3% 55 5.2% 1,100 21 101.9%", {}),
    ("親会社株主に帰属する<br>当期純利益", "net_income_attributable_to_owners", None,
     "725 11.8% 518 8.0% -206 -28.5% 740 -222 70.0%", {}),
    ("＜参考＞EBITDA", "ebitda", None, "1,623 26.3% 1,716 26.5% 93 5.7% - - -", {}),
]

# 2. 2024年3月期サービス別売上高
SEG_COLS = [
    ("23", "actual", "value", "FY"), ("23", "actual", "ratio_to_revenue_pct", "FY"),
    ("24", "actual", "value", "FY"), ("24", "actual", "ratio_to_revenue_pct", "FY"),
    ("24", "actual", "yoy_amount", "FY"), ("24", "actual", "yoy_pct", "FY"),
]
S1, S2, S3 = "認証・セキュリティサービス", "Linux/OSSサービス", "IoTサービス"
L, P, R = "ライセンス", "プロフェッショナルサービス", "リカーリングサービス"
SUB = {"indent": 1}
SEG_ROWS = [
    ("連結売上高", "revenue", None, "6,167 100.0% 6,466 100.0% 298 4.8%", {}),
    (S1, "revenue", S1, "3,543 57.5% 3,943 61.0% 399 11.3%", {}),
    (L, "revenue", S1 + "/" + L, "155 2.5% 158 2.4% 3 2.3%", SUB),
    (P, "revenue", S1 + "/" + P, "448 7.3% 598 9.2% 149 33.2%", SUB),
    (R, "revenue", S1 + "/" + R, "2,939 47.7% 3,186 49.3% 247 8.4%", SUB),
    ("Linux/OSS サービス", "revenue", S2, "1,447 23.5% 1,394 21.6% -52 -3.6%", {}),
    (L, "revenue", S2 + "/" + L, "336 5.4% 294 4.5% -42 -12.6%", SUB),
    (P, "revenue", S2 + "/" + P, "124 2.0% 157 2.4% 33 26.6%", SUB),
    (R, "revenue", S2 + "/" + R, "985 16.0% 942 14.6% -43 -4.4%", SUB),
    ("IoT サービス", "revenue", S3, "1,176 19.1% 1,128 17.5% -48 -4.1%", {}),
    (L, "revenue", S3 + "/" + L, "115 1.9% 111 1.7% -4 -3.5%", SUB),
    (P, "revenue", S3 + "/" + P, "981 15.9% 917 14.2% -64 -6.5%", SUB),
    (R, "revenue", S3 + "/" + R, "80 1.3% 100 1.5% 19 24.7%", SUB),
    ("全社ベース取引形態別売上高", None, None, "", {}),
    (L, "revenue", "取引形態別/" + L, "607 9.8% 564 8.7% -42 -7.1%", {}),
    (P, "revenue", "取引形態別/" + P, "1,555 25.2% 1,673 25.9% 117 7.6%", {}),
    (R, "revenue", "取引形態別/" + R, "4,005 64.9% 4,229 65.4% 223 5.6%", {}),
]

# 3. サービス別・取引形態別売上高の推移 (5 fiscal years)
HIST_COLS = [(y, "actual", "value", "FY") for y in ("20", "21", "22", "23", "24")]
COMP = {"measure": "composition_pct"}
HIST_ROWS = [
    ("【売上高】", None, None, "", {}),
    (S1, "revenue", S1, "2,818 2,925 3,359 3,543 3,943", {}),
    (L, "revenue", S1 + "/" + L, "251 126 203 155 158", SUB),
    (P, "revenue", S1 + "/" + P, "480 592 567 448 598", SUB),
    (R, "revenue", S1 + "/" + R, "2,086 2,205 2,588 2,939 3,186", SUB),
    ("Linux/OSS サービス", "revenue", S2, "1,001 1,095 1,472 1,447 1,394", {}),
    (L, "revenue", S2 + "/" + L, "274 296 334 336 294", SUB),
    (P, "revenue", S2 + "/" + P, "135 182 164 124 157", SUB),
    (R, "revenue", S2 + "/" + R, "592 617 973 985 942", SUB),
    ("IoT サービス", "revenue", S3, "600 874 899 1,176 1,128", {}),
    (L, "revenue", S3 + "/" + L, "117 118 108 115 111", SUB),
    (P, "revenue", S3 + "/" + P, "475 725 752 981 917", SUB),
    (R, "revenue", S3 + "/" + R, "8 30 38 80 100", SUB),
    ("合計", "revenue", None, "4,421 4,895 5,731 6,167 6,466", {}),
    ("【売上高構成比】", None, None, "", {}),
    (S1, "revenue", S1, "63.7% 59.8% 58.6% 57.5% 61.0%", COMP),
    ("Linux/OSS サービス", "revenue", S2, "22.6% 22.4% 25.7% 23.5% 21.6%", COMP),
    ("IoT サービス", "revenue", S3, "13.6% 17.9% 15.7% 19.1% 17.5%", COMP),
    ("合計", "revenue", None, "100% 100% 100% 100% 100%", COMP),
    ("全社ベース取引形態別売上高", None, None, "", {}),
    (L, "revenue", "取引形態別/" + L, "642 541 645 607 564", {}),
    (P, "revenue", "取引形態別/" + P, "1,090 1,500 1,485 1,555 1,673", {}),
    (R, "revenue", "取引形態別/" + R, "2,688 2,853 3,600 4,005 4,229", {}),
    ("リカーリングサービス売上比率", "-", None, "60.8% 58.3% 62.8% 64.9% 65.4%", {}),
]

# 4. 財務諸表及びキャッシュ・フロー計算書（簡易版）
BS_COLS = [(y, "actual", "value", "instant") for y in ("20", "21", "22", "23", "24")] + \
          [("24", "actual", "yoy_amount", "instant")]
BS_ROWS = [
    ("資産合計", "total_assets", None, "4,906 5,851 7,222 7,868 8,417 548", {}),
    ("流動資産", "current_assets", None, "2,822 3,124 4,613 5,401 6,181 779", SUB),
    ("固定資産", "noncurrent_assets", None, "2,083 2,725 2,606 2,465 2,235 -229", SUB),
    ("負債合計", "total_liabilities", None, "1,461 1,998 2,348 2,243 2,384 141", {}),
    ("流動負債", "current_liabilities", None, "1,112 1,585 1,786 1,705 1,841 135", SUB),
    ("固定負債", "noncurrent_liabilities", None, "349 413 562 538 543 5", SUB),
    ("純資産合計", "net_assets", None, "3,444 3,853 4,874 5,625 6,032 407", {}),
    ("株主資本", "shareholders_equity", None, "3,442 3,851 4,870 5,619 6,025 405", SUB),
    ("自己資本比率", "equity_ratio", None, "70.2% 65.9% 67.5% 71.5% 71.6% 0.1pt", {}),
]
CF_COLS = [(y, "actual", "value", "FY") for y in ("20", "21", "22", "23", "24")]
INSTANT = {"span": "instant"}
CF_ROWS = [
    ("営業活動によるキャッシュ・フロー", "operating_cf", None, "81 1,119 1,604 1,213 1,221", {}),
    ("投資活動によるキャッシュ・フロー", "investing_cf", None, "-684 -1,073 -477 -434 -571", {}),
    ("財務活動によるキャッシュ・フロー", "financing_cf", None, "-17 -17 486 6 -126", {}),
    ("現金及び現金同等物の期末残高", "cash_and_equivalents", None, "1,913 1,941 3,556 4,345 4,870", INSTANT),
]

# 5. 2025年3月期連結業績予想
FC_COLS = [
    ("24", "actual", "value", "FY"), ("24", "actual", "ratio_to_revenue_pct", "FY"),
    ("25", "forecast", "value", "FY"), ("25", "forecast", "ratio_to_revenue_pct", "FY"),
    ("25", "forecast", "yoy_amount", "FY"), ("25", "forecast", "yoy_pct", "FY"),
]
FC_ROWS = [
    ("売上高", "revenue", None, "6,466 100.0% 7,200 100.0% 733 11.3%", {}),
    ("売上総利益", "gross_profit", None, "3,052 47.2% - - - -", {}),
    ("販管費", "sga", None, "1,940 30.0% - - - -", {}),
    ("営業利益", "operating_income", None, "1,112 17.2% 1,300 18.1% 187 16.9%", {}),
    ("経常利益", "ordinary_income", None, "1,121 17.3% 1,300 18.1% 178 15.9%", {}),
    ("親会社株主に帰属する当期純利益", "net_income_attributable_to_owners", None,
     "518 8.0% 860 11.9% 341 65.8%", {}),
    ("＜参考＞EBITDA", "ebitda", None, "1,716 26.5% 2,039 28.3% 323 18.8%", {}),
    ("サービス別売上高", None, None, "", {}),
    (S1, "revenue", S1, "3,943 61.0% 4,300 59.7% 357 9.0%", SUB),
    ("Linux/OSS サービス", "revenue", S2, "1,394 21.6% 1,700 23.6% 306 21.9%", SUB),
    ("IoT サービス", "revenue", S3, "1,128 17.5% 1,200 16.7% 72 6.3%", SUB),
]
