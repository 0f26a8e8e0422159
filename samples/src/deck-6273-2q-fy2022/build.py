#!/usr/bin/env python3
"""Writes deck.htm and the golden of samples/deck-6273-2q-fy2022 from the one data block below.

SMC株式会社 (6273)'s results for the six months to September 2022 (2023年3月期 第2四半期累計) and its revised forecast
for the year to March 2023, as its 2023年3月期 第2四半期決算短信 (2022-11-14) publishes them, in 百万円 (百万円未満切捨て).
Tagged in the filing's inline XBRL: the six months' and the prior six months' P&L lines (NetSales, CostOfSales,
GrossProfit, SellingGeneralAndAdministrativeExpenses, OperatingIncome, OrdinaryIncome), the owners' profit of the
summary, the forecast (Forecast members) and the prior year's owners' profit. Not tagged, read from the 短信's
forecast-revision table: the earlier forecast (前回発表予想) and the prior year's actuals beside it. The 億円 figures,
the changes and the bridge's steps are ours, worked out from those amounts: each step is the change of a P&L line
(sales, cost of sales, SG&A) as it moves operating income. Slide design and wording are ours.
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP

OKU = Decimal(100)  # 百万円 per 億円

# six months to September: prior year (2022年3月期 2Q累計), current year (2023年3月期 2Q累計), in 百万円
H1 = [
    ("売上高", "revenue", 358691, 421529),
    ("売上原価", "cost_of_sales", 176187, 209332),
    ("売上総利益", "gross_profit", 182503, 212196),
    ("販売費及び一般管理費", "sga", 64467, 78546),
    ("営業利益", "operating_income", 118035, 133649),
    ("経常利益", "ordinary_income", 126074, 180725),
    ("親会社株主に帰属する四半期純利益", "net_income_attributable_to_owners", 90269, 133054),
]
# the year to March 2023: prior year's actual, earlier forecast, revised forecast, in 百万円
FY = [
    ("売上高", "revenue", 727397, 805000, 824000),
    ("営業利益", "operating_income", 227857, 255000, 248500),
    ("経常利益", "ordinary_income", 272981, 265000, 302000),
    ("親会社株主に帰属する当期純利益", "net_income_attributable_to_owners", 192991, 188000, 220000),
]
H1_PRIOR = {"span": "H1", "start": "2021-04-01", "end": "2021-09-30"}
H1_CUR = {"span": "H1", "start": "2022-04-01", "end": "2022-09-30"}
FY_PRIOR = {"span": "FY", "start": "2021-04-01", "end": "2022-03-31"}
FY_CUR = {"span": "FY", "start": "2022-04-01", "end": "2023-03-31"}


def oku(mm):
    """百万円 → 億円, rounded half up (a deck's convention)."""
    return (Decimal(mm) / OKU).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def r1(x):
    return Decimal(x).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def signed(v, unit=""):
    if v < 0:
        return f"▲{-v:,}{unit}"
    return f"+{v:,}{unit}"


def pct(cur, prior):
    return r1((Decimal(cur) / prior - 1) * 100)


def spct(d):
    return f"▲{-d}%" if d < 0 else f"+{d}%"


FACTS = []


def fact(metric, measure, period, basis, value, unit, pages, where):
    FACTS.append({"metric": metric, "measure": measure, "segment": None, "consolidated": True, "period": period,
                  "basis": basis, "value": str(value), "unit": unit, "pages": pages, "where": where})


def slide(body):
    return f'<section class="slide">{body}<div class="foot">Copyright © SMC Corporation</div></section>'


def headline():
    names = ["売上高", "営業利益", "経常利益", "親会社株主に帰属する四半期純利益"]
    rows = {r[1]: r for r in H1}
    keys = ["revenue", "operating_income", "ordinary_income", "net_income_attributable_to_owners"]
    vals, ratios, diffs = [], [], []
    for k in keys:
        _, _, p, c = rows[k]
        vals.append(f"{oku(c):,}億円")
        ratios.append(spct(pct(c, p)))
        diffs.append(signed(oku(c - p), "億円"))
    cells = lambda xs: "".join(f"<td>{x}</td>" for x in xs)
    return slide(f"""<h2>連結業績のポイント</h2>
<p class="sub">2023年3月期 第2四半期累計</p>
<table class="box"><tr><th></th>{''.join(f'<th>{n}</th>' for n in names)}</tr>
<tr class="big"><td class="stub">金額</td>{cells(vals)}</tr>
<tr><td class="stub">前年比</td>{cells(ratios)}</tr>
<tr><td class="stub">前年差</td>{cells(diffs)}</tr></table>
<ul class="pts"><li>販売数量の増加と円安による海外販売の増加で増収</li>
<li>運送費・人件費等の販管費は増加したが、増収効果で営業増益を確保</li></ul>""")


def bridge():
    rows = {r[1]: r for r in H1}
    start, end = oku(rows["operating_income"][2]), oku(rows["operating_income"][3])
    steps = [("増収効果", oku(rows["revenue"][3] - rows["revenue"][2])),
             ("売上原価の増加", -oku(rows["cost_of_sales"][3] - rows["cost_of_sales"][2])),
             ("販管費の増加", -oku(rows["sga"][3] - rows["sga"][2]))]
    assert start + sum(s for _, s in steps) == end, (start, steps, end)
    # a waterfall drawn to scale: 1 億円 = 0.1 mm
    base_y, k = 118.0, 0.048  # mm from the top of the slide to the axis; mm per 億円
    bars, labels = [], []
    xs = [38, 78, 118, 158, 198]
    level = start
    cats = ["22/3期2Q累計"] + [n for n, _ in steps] + ["23/3期2Q累計"]
    figures = [f"{start:,}"] + [signed(s).replace("▲", "▲ ") for _, s in steps] + [f"{end:,}"]
    tops = []
    for i, x in enumerate(xs):
        if i == 0:
            lo, hi = 0, start
        elif i == len(xs) - 1:
            lo, hi = 0, end
        else:
            s = steps[i - 1][1]
            lo, hi = (level, level + s) if s > 0 else (level + s, level)
            level += s
        colour = "#1f4e79" if i in (0, len(xs) - 1) else ("#5b9bd5" if hi > lo and i and steps[i - 1][1] > 0 else "#c00000")
        top = base_y - float(hi) * k
        bars.append(f'<div class="bar" style="left:{x - 9}mm;top:{top:.1f}mm;height:{float(hi - lo) * k:.1f}mm;background:{colour}"></div>')
        tops.append(top)
        labels.append(f'<div class="val" style="left:{x - 15}mm;top:{top - 6:.1f}mm">{figures[i]}</div>')
        labels.append(f'<div class="cat" style="left:{x - 18}mm;top:{base_y + 2}mm">{cats[i]}</div>')
    fact("operating_income", "value", H1_PRIOR, "actual", rows["operating_income"][2] * 1_000_000, "JPY", [3, 4],
         "bridge start; P&L table")
    fact("operating_income", "value", H1_CUR, "actual", rows["operating_income"][3] * 1_000_000, "JPY", [2, 3, 4],
         "bridge end; headline; P&L table")
    return slide(f"""<h2>営業利益の増減要因（前年同期比）</h2>
<p class="unit">(単位：億円)</p>
<div class="axis" style="top:{base_y}mm"></div>
{''.join(bars)}{''.join(labels)}"""), [(n, str(s)) for n, s in steps]


def h1_table():
    trs = []
    for label, metric, p, c in H1:
        d = c - p
        trs.append(f"<tr><td class='l'>{label}</td><td>{p:,}</td><td>{c:,}</td><td>{spct(pct(c, p))}</td>"
                   f"<td>{signed(d)}</td></tr>")
        pages = [2, 4] if metric in ("revenue", "ordinary_income", "net_income_attributable_to_owners") else [4]
        if metric == "operating_income":
            pages = [2, 3, 4]
        if metric != "operating_income":  # the bridge's totals: entered with the bridge
            fact(metric, "value", H1_CUR, "actual", c * 1_000_000, "JPY", pages, f"{label} 当期実績")
            fact(metric, "value", H1_PRIOR, "actual", p * 1_000_000, "JPY", [4], f"{label} 前年同期実績")
        fact(metric, "yoy_pct", H1_CUR, "actual", pct(c, p), "%",
             [2, 4] if metric in ("revenue", "operating_income", "ordinary_income", "net_income_attributable_to_owners") else [4],
             f"{label} 前年比")
        fact(metric, "yoy_amount", H1_CUR, "actual", d * 1_000_000, "JPY",
             [2, 4] if metric in ("revenue", "operating_income", "ordinary_income", "net_income_attributable_to_owners") else [4],
             f"{label} 前年差")
    return slide(f"""<h2>2023年3月期 第2四半期累計 連結損益</h2>
<p class="unit">(単位：百万円)</p>
<table class="grid"><tr><th></th><th>前年同期実績</th><th>当期実績</th><th>前年比</th><th>前年差</th></tr>
{''.join(trs)}</table>""")


def fy_table():
    trs = []
    for label, metric, actual, prior, cur in FY:
        trs.append(f"<tr><td class='l'>{label}</td><td>{actual:,}</td><td>{prior:,}</td><td>{cur:,}</td>"
                   f"<td>{spct(pct(cur, actual))}</td><td>{signed(cur - prior)}</td></tr>")
        fact(metric, "value", FY_PRIOR, "actual", actual * 1_000_000, "JPY", [5], f"{label} 前期実績")
        fact(metric, "value", FY_CUR, "prior_forecast", prior * 1_000_000, "JPY", [5], f"{label} 前回発表予想")
        fact(metric, "value", FY_CUR, "forecast", cur * 1_000_000, "JPY", [5], f"{label} 今回発表予想")
        fact(metric, "yoy_pct", FY_CUR, "forecast", pct(cur, actual), "%", [5], f"{label} 前年比")
        fact(metric, "revision_amount", FY_CUR, "forecast", (cur - prior) * 1_000_000, "JPY", [5], f"{label} 前回予想差")
    return slide(f"""<h2>2023年3月期 通期連結業績予想の修正</h2>
<p class="unit">(単位：百万円)</p>
<table class="grid"><tr><th></th><th>前期実績</th><th>前回発表予想</th><th>今回発表予想</th><th>前年比</th><th>前回予想差</th></tr>
{''.join(trs)}</table>
<ul class="pts"><li>受注の推移と為替の前提（1米ドル＝138円）を見直し、売上高と経常利益の予想を引き上げ</li></ul>""")


def html():
    title = slide("""<div class="title"><p class="co">SMC株式会社（証券コード 6273）</p>
<h1>2023年3月期 第2四半期 決算説明資料</h1><p class="date">2022年11月14日</p></div>""")
    br, steps = bridge()
    body = title + headline() + br + h1_table() + fy_table()
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>決算説明資料</title><style>
@page {{ size: 254mm 142.875mm; margin: 0; }}
body {{ margin: 0; font-family: "IPAexGothic"; color: #000; }}
.slide {{ position: relative; width: 254mm; height: 142.875mm; page-break-after: always; overflow: hidden; }}
h2 {{ position: absolute; left: 12mm; top: 6mm; margin: 0; font-size: 17pt; color: #1f4e79; font-weight: normal; }}
.sub {{ position: absolute; left: 14mm; top: 20mm; margin: 0; font-size: 12pt; }}
.unit {{ position: absolute; right: 14mm; top: 20mm; margin: 0; font-size: 9pt; }}
.title {{ position: absolute; left: 20mm; top: 45mm; }}
.co {{ font-size: 14pt; margin: 0 0 6mm 0; }} h1 {{ font-size: 22pt; margin: 0 0 6mm 0; font-weight: normal; }}
.date {{ font-size: 12pt; }}
table.box {{ position: absolute; left: 14mm; top: 32mm; border-collapse: collapse; font-size: 12pt; }}
table.box th {{ font-weight: normal; background: #dde6f0; padding: 3mm 4mm; font-size: 10pt; }}
table.box td {{ text-align: right; padding: 2.5mm 4mm; border-bottom: 0.4pt solid #999; }}
table.box tr.big td {{ font-size: 16pt; }}
table.box td.stub {{ text-align: left; font-size: 10pt; }}
ul.pts {{ position: absolute; left: 14mm; top: 100mm; font-size: 11pt; margin: 0; }}
table.grid {{ position: absolute; left: 14mm; top: 28mm; border-collapse: collapse; font-size: 11pt; }}
table.grid th {{ font-weight: normal; background: #dde6f0; padding: 2mm 5mm; }}
table.grid td {{ text-align: right; padding: 1.6mm 5mm; border-bottom: 0.4pt solid #999; }}
table.grid td.l {{ text-align: left; }}
.axis {{ position: absolute; left: 20mm; width: 200mm; border-top: 0.6pt solid #000; }}
.bar {{ position: absolute; width: 18mm; }}
.val {{ position: absolute; width: 30mm; text-align: center; font-size: 11pt; }}
.cat {{ position: absolute; width: 36mm; text-align: center; font-size: 9.5pt; }}
.foot {{ position: absolute; right: 10mm; bottom: 4mm; font-size: 7pt; color: #666; }}
</style></head><body>
{body}
</body></html>
""", steps


def golden(steps):
    return {"file": "deck-6273-2q-fy2022.pdf",
            "document": {"kind": "kessan_deck",
                         "company": {"name": None, "securitiesCode": "6273", "market": None},
                         "publishedOn": "2022-11-14", "accountingStandard": None, "fiscalYearEndMonth": 3},
            "facts": FACTS,
            "unmapped": [{"label": n, "value": v, "unit": "億円", "pages": [3],
                          "why": "a bridge step: the change of a P&L line as it moves operating income"}
                         for n, v in steps],
            "expectedConflicts": []}


if __name__ == "__main__":
    text, steps = html()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(text)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(golden(steps), f, ensure_ascii=False, indent=1)
        f.write("\n")
