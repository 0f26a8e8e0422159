#!/usr/bin/env python3
"""Writes databook.htm and the golden of samples/databook-3382-3q-fy2025 from the one data block below.

The figures are Seven & i Holdings' published ones (its 2026年2月期 第3四半期 決算補足資料, p.3, in 百万円);
the page design and wording are ours. The FY2025 Q4 column holds, in white on white, what a spreadsheet
leaves there (the negated year to date), as the real book does: nobody sees it and irx must not read it.
"""
import json
import sys
from datetime import date

# label, English name, metric, segment, [FY2024 Q1..Q4, 通期, FY2025 Q1..Q3, 累計, 通期予想], 前期比 in the same columns
# None is a cell printed 「-」.
ROWS = [
    ("営業収益", "Revenue from operations", "revenue", None,
     [2734750, 3300783, 3034056, 2903171, 11972762, 2777370, 2839267, 2434300, 8050937, 10560000],
     [103.2, 114.0, 100.0, 100.4, 104.4, 101.6, 86.0, 80.2, 88.8, 88.2]),
    ("国内コンビニエンスストア事業", "Domestic CVS operations", "revenue", "国内コンビニエンスストア事業",
     [224979, 237388, 225126, 216657, 904152, 223474, 239100, 228900, 691476, 910000],
     [98.2, 98.2, 98.2, 97.8, 98.1, 99.3, 100.7, 101.7, 100.6, 100.6]),
    ("海外コンビニエンスストア事業", "Overseas CVS operations", "revenue", "海外コンビニエンスストア事業",
     [2029438, 2583063, 2356253, 2202027, 9170782, 2093630, 2127500, 2191993, 6413123, 8702000],
     [106.8, 121.5, 101.1, 102.0, 107.7, 103.2, 82.4, 93.0, 92.0, 94.9]),
    ("スーパーストア事業", "Superstore operations", "revenue", "スーパーストア事業",
     [359232, 365310, 340858, 366724, 1432126, 339516, 349961, None, 689478, 689478],
     [99.7, 99.0, 95.4, 93.8, 96.9, 94.5, 95.8, None, 64.7, 48.1]),
    ("金融関連事業", "Financial services", "revenue", "金融関連事業",
     [52340, 52908, 53905, 52974, 212127, 53455, 55672, 14448, 123576, 130000],
     [102.7, 102.0, 101.9, 102.5, 102.2, 102.1, 105.2, 26.8, 77.6, 61.3]),
    ("その他の事業", "Others", "revenue", "その他の事業",
     [85845, 78690, 74553, 81825, 320914, 87502, 87147, 2533, 177183, 176000],
     [68.7, 63.8, 95.4, 96.6, 78.0, 101.9, 110.7, 3.4, 74.1, 54.8]),
    ("消去及び全社", "Eliminations / Corporate", "revenue", "消去及び全社",
     [-17085, -16577, -16639, -17037, -67339, -20209, -20116, -3575, -43900, -47478],
     [None] * 10),
    ("営業利益", "Operating income (loss)", "operating_income", None,
     [59344, 127652, 128404, 105590, 420991, 65076, 143311, 116685, 325073, 404000],
     [72.4, 80.2, 76.0, 85.0, 78.8, 109.7, 112.3, 90.9, 103.1, 96.0]),
    ("国内コンビニエンスストア事業", "Domestic CVS operations", "operating_income", "国内コンビニエンスストア事業",
     [61254, 66458, 55209, 50631, 233554, 54532, 67260, 56736, 178530, 214700],
     [95.6, 89.3, 91.3, 98.2, 93.2, 89.0, 101.2, 102.8, 97.6, 91.9]),
    ("海外コンビニエンスストア事業", "Overseas CVS operations", "operating_income", "海外コンビニエンスストア事業",
     [4473, 68851, 83615, 59308, 216248, 8687, 71444, 72863, 152994, 230000],
     [21.3, 75.0, 70.6, 84.3, 71.7, 194.2, 103.8, 87.1, 97.5, 106.4]),
    ("スーパーストア事業", "Superstore operations", "operating_income", "スーパーストア事業",
     [2151, 1362, -1451, 8352, 10415, 8496, 9210, -122, 17584, 17706],
     [64.9, 122.3, None, 74.7, 76.7, 394.8, 676.0, None, 852.4, 170.0]),
    ("金融関連事業", "Financial services", "operating_income", "金融関連事業",
     [8375, 9088, 8487, 6064, 32015, 7711, 10248, 2046, 20005, 20100],
     [84.2, 90.5, 94.0, 66.3, 83.9, 92.1, 112.8, 24.1, 77.1, 62.8]),
    ("その他の事業", "Others", "operating_income", "その他の事業",
     [2182, 1651, 554, 1390, 5779, 4674, 2480, -88, 7066, 7100],
     [118.2, 276.3, None, 728.9, 215.0, 214.2, 150.2, None, 161.0, 122.8]),
    ("消去及び全社", "Eliminations / Corporate", "operating_income", "消去及び全社",
     [-19094, -19760, -18011, -20156, -77023, -19026, -17332, -14750, -51109, -85606],
     [None] * 10),
    ("経常利益", "Ordinary income", "ordinary_income", None,
     [55000, 112220, 114413, 92953, 374586, 53281, 133155, 103715, 290152, 366000],
     [74.6, 73.3, 70.9, 78.2, 73.9, 96.9, 118.7, 90.7, 103.0, 97.7]),
    ("親会社株主に帰属する当期純利益", "Net income attributable to owners of parent",
     "net_income_attributable_to_owners", None,
     [21388, 30854, 11387, 109437, 173068, 49014, 72787, 76659, 198461, 270000],
     [50.7, 81.1, 11.2, 257.7, 77.0, 229.2, 235.9, 673.2, 311.9, 156.0]),
]

# Periods of the ten figure columns (fiscal years end in February: FY2024 is 2024-03-01..2025-02-28).
PERIODS = [
    ("Q1", "2024-03-01", "2024-05-31", "actual"), ("Q2", "2024-06-01", "2024-08-31", "actual"),
    ("Q3", "2024-09-01", "2024-11-30", "actual"), ("Q4", "2024-12-01", "2025-02-28", "actual"),
    ("FY", "2024-03-01", "2025-02-28", "actual"),
    ("Q1", "2025-03-01", "2025-05-31", "actual"), ("Q2", "2025-06-01", "2025-08-31", "actual"),
    ("Q3", "2025-09-01", "2025-11-30", "actual"), ("Q1-Q3", "2025-03-01", "2025-11-30", "actual"),
    ("FY", "2025-03-01", "2026-02-28", "forecast"),
]


def amount(v):
    if v is None:
        return "-"
    return f"({-v:,})" if v < 0 else f"{v:,}"


def pct(v):
    return "-" if v is None else f"{v:.1f}"


def cells(values, fmt, hidden):
    out = []
    for i, v in enumerate(values):
        if i == 8:  # the FY2025 Q4 column stands before 累計: empty to the eye
            out.append(f'<td><span class="hidden">{hidden}</span></td>')
        cls = ' class="fc"' if i == 9 else ""
        out.append(f"<td{cls}>{fmt(v)}</td>")
    return "".join(out)


def html():
    rows = []
    for label, english, metric, segment, values, ratios in ROWS:
        cls = "in" if segment else "l"
        ytd = values[8]
        rows.append(f'<tr class="jp"><td class="{cls}">{label}</td>'
                    + cells(values, amount, amount(-ytd)) + "</tr>")
        rows.append(f'<tr class="en"><td class="{cls}en">{english}</td>' + cells(ratios, pct, "-") + "</tr>")
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>決算補足資料</title><style>
@page {{ size: A4 landscape; margin: 11mm 12mm; }}
body {{ font-family: "IPAexGothic"; font-size: 8.5pt; color: #000; }}
.cover {{ font-size: 10pt; margin: 0 0 2pt 0; }}
h1 {{ font-size: 11.5pt; margin: 4pt 0 2pt 0; }}
.cap {{ text-align: right; font-size: 7pt; margin: 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ padding: 1pt 4pt; text-align: right; font-weight: normal; }}
th {{ text-align: center; border-bottom: 0.5pt solid #000; font-size: 8pt; }}
td.l {{ text-align: left; }} td.in {{ text-align: left; padding-left: 12pt; }}
td.len {{ text-align: left; padding-left: 6pt; font-size: 7.5pt; }} td.inen {{ text-align: left; padding-left: 18pt; font-size: 7.5pt; }}
tr.en td {{ border-bottom: 0.4pt solid #000; font-size: 7.5pt; }}
td.fc {{ background: #d9d9d9; }}
.hidden {{ color: #fff; }}
.foot {{ text-align: center; font-size: 7pt; margin-top: 6pt; }}
</style></head><body>
<p class="cover" style="text-align:right">2026年1月8日</p>
<p class="cover">株式会社セブン&amp;アイ・ホールディングス（3382） 2026年2月期 第3四半期決算補足資料</p>
<h1>■連結業績 Consolidated Results ― 四半期別の業績</h1>
<p class="cap">(百万円 / Millions of yen)</p>
<p class="cap">(前期比 / YoY(%))</p>
<table>
<tr><th></th><th colspan="5">FY2024</th><th colspan="6">FY2025</th></tr>
<tr><th></th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>通期<br>Full Year</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th>
<th>累計<br>YTD</th><th>通期予想<br>Full Year Forecasts</th></tr>
{chr(10).join(rows)}
</table>
<p class="foot">FY2024は2025年2月期、FY2025は2026年2月期です。前期比は前年同期の金額を100とした比率です。</p>
<p class="foot">- 1 -</p>
</body></html>
"""


def golden():
    facts = []
    for label, english, metric, segment, values, ratios in ROWS:
        for i, v in enumerate(values):
            if v is None:
                continue
            span, start, end, basis = PERIODS[i]
            facts.append({"metric": metric, "measure": "value", "segment": segment, "consolidated": True,
                          "period": {"span": span, "start": start, "end": end}, "basis": basis,
                          "value": str(v * 1_000_000), "unit": "JPY", "pages": [1],
                          "where": f"{label} row, column {i + 1}"})
        for i, r in enumerate(ratios):
            if r is None:
                continue
            span, start, end, basis = PERIODS[i]
            facts.append({"metric": metric, "measure": "ratio_to_prior_pct", "segment": segment,
                          "consolidated": True, "period": {"span": span, "start": start, "end": end},
                          "basis": basis, "value": f"{r:.1f}", "unit": "%", "pages": [1],
                          "where": f"{english} row under {label}, column {i + 1}"})
    return {"file": "databook-3382-3q-fy2025.pdf",
            "document": {"kind": "data_book",
                         "company": {"name": None, "securitiesCode": None, "market": None},
                         "publishedOn": date(2026, 1, 8).isoformat(), "accountingStandard": None,
                         "fiscalYearEndMonth": 2},
            "facts": facts, "unmapped": [], "expectedConflicts": []}


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(html())
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(golden(), f, ensure_ascii=False, indent=1)
        f.write("\n")
