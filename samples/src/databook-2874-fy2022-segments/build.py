#!/usr/bin/env python3
"""Writes databook.htm and the golden of samples/databook-2874-fy2022-segments from the one data block below.

The amounts are 横浜冷凍 (Yokohama Reito, 2874)'s published ones for the years ended September 2021 and 2022, in
百万円 as its 2022年9月期 決算短信 prints them (百万円未満切捨て): the segment note for 売上高 (each segment's 計,
inter-segment sales included) and セグメント利益, the 調整額 as 消去又は全社, the consolidated totals. The totals are
tagged in the filing's inline XBRL (NetSales, OperatingIncome, OrdinaryIncome, ProfitAttributableToOwnersOfParent);
the segment figures are the note's, which the filing does not tag. The 構成比, 前年比 and 前年差 columns are ours,
worked out from those amounts (the 短信 printed no change for the year, its accounting standard having changed).
The page design and wording are ours.
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP
from datetime import date

# label, metric, segment, prior year (2021年9月期), current year (2022年9月期), in 百万円.
# A block's total stands first; its segments are set in under it.
ROWS = [
    ("売上高", "revenue", None, 110782, 115257),
    ("冷蔵倉庫事業", "revenue", "冷蔵倉庫事業", 29896, 31910),
    ("食品販売事業", "revenue", "食品販売事業", 82445, 85157),
    ("その他", "revenue", "その他", 109, 97),
    ("消去又は全社", "revenue", "消去又は全社", -1669, -1908),
    ("営業利益", "operating_income", None, 2562, 4252),
    ("冷蔵倉庫事業", "operating_income", "冷蔵倉庫事業", 5977, 6447),
    ("食品販売事業", "operating_income", "食品販売事業", -302, 1324),
    ("その他", "operating_income", "その他", 61, 47),
    ("消去又は全社", "operating_income", "消去又は全社", -3173, -3567),
    ("経常利益", "ordinary_income", None, 2762, 4999),
    ("親会社株主に帰属する当期純利益", "net_income_attributable_to_owners", None, 3605, 3317),
]
TOTAL_OF = {"revenue": (110782, 115257), "operating_income": (2562, 4252)}

PRIOR = {"span": "FY", "start": "2020-10-01", "end": "2021-09-30"}
CURRENT = {"span": "FY", "start": "2021-10-01", "end": "2022-09-30"}


def r1(x):
    return Decimal(x).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def amount(v):
    return "-" if v is None else (f"▲{-v:,}" if v < 0 else f"{v:,}")


def pct(d):
    return "-" if d is None else (f"▲{-d}" if d < 0 else f"{d}")


def derived(metric, segment, prior, cur):
    """構成比 of each year (a block's share of its total; none for rows outside a block), 前年比 and 前年差."""
    if metric in TOTAL_OF:
        tp, tc = TOTAL_OF[metric]
        sp, sc = r1(Decimal(prior) * 100 / tp), r1(Decimal(cur) * 100 / tc)
    else:
        sp = sc = None
    # 前年比 only where both years are profits (or sales): a ratio of a loss, or of 消去, says nothing
    ratio = r1(Decimal(cur) * 100 / prior) if prior > 0 and cur > 0 else None
    return sp, sc, ratio, cur - prior


def html():
    rows = []
    for label, metric, segment, prior, cur in ROWS:
        sp, sc, ratio, diff = derived(metric, segment, prior, cur)
        cls = "in" if segment else "l"
        diff_s = amount(diff) if diff <= 0 else f"+{diff:,}"
        rows.append(f'<tr><td class="{cls}">{label}</td><td>{amount(prior)}</td><td class="s">{pct(sp)}</td>'
                    f'<td>{amount(cur)}</td><td class="s">{pct(sc)}</td><td>{pct(ratio)}</td><td>{diff_s}</td></tr>')
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>データブック</title><style>
@page {{ size: A4; margin: 16mm 15mm; }}
body {{ font-family: "IPAexGothic"; font-size: 9.5pt; color: #000; }}
.cover {{ font-size: 10pt; margin: 0 0 3pt 0; }}
h1 {{ font-size: 13pt; margin: 10pt 0 4pt 0; border-left: 5pt solid #1f4e79; padding-left: 6pt; }}
.cap {{ text-align: right; font-size: 8pt; margin: 8pt 0 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ padding: 3pt 6pt; text-align: right; font-weight: normal; border-bottom: 0.4pt solid #999; }}
th {{ text-align: center; background: #dde6f0; border-bottom: 0.6pt solid #000; }}
td.l {{ text-align: left; }} td.in {{ text-align: left; padding-left: 20pt; }}
td.s {{ color: #444; }}
.note {{ font-size: 8pt; margin-top: 8pt; }}
.foot {{ text-align: center; font-size: 8pt; margin-top: 14pt; }}
</style></head><body>
<p class="cover" style="text-align:right">2022年11月14日</p>
<p class="cover">横浜冷凍株式会社（証券コード 2874）</p>
<p class="cover">2022年9月期 データブック（決算補足資料）</p>
<h1>セグメント別の業績（連結）</h1>
<p class="cap">(単位：百万円)</p>
<table>
<tr><th></th><th colspan="2">2021年9月期</th><th colspan="2">2022年9月期</th><th></th><th></th></tr>
<tr><th></th><th>前期実績</th><th>構成比</th><th>当期実績</th><th>構成比</th><th>前年比</th><th>前年差</th></tr>
{chr(10).join(rows)}
</table>
<p class="note">(注) 金額は百万円未満を切り捨てて表示しています。セグメントの売上高はセグメント間の内部売上高を含み、消去又は全社で控除しています。構成比は連結の売上高又は営業利益に対する割合（%）、前年比は前期を100とした比率（%）です。</p>
<p class="note">(注) セグメント利益は営業利益ベースです。消去又は全社の営業利益は、各セグメントに配賦していない全社費用です。</p>
<p class="foot">- 1 -</p>
</body></html>
"""


def fact(metric, measure, segment, period, value, unit, where):
    return {"metric": metric, "measure": measure, "segment": segment, "consolidated": True, "period": period,
            "basis": "actual", "value": value, "unit": unit, "pages": [1], "where": where}


def golden():
    facts = []
    for label, metric, segment, prior, cur in ROWS:
        sp, sc, ratio, diff = derived(metric, segment, prior, cur)
        facts.append(fact(metric, "value", segment, PRIOR, str(prior * 1_000_000), "JPY", f"{label} 前期実績"))
        facts.append(fact(metric, "value", segment, CURRENT, str(cur * 1_000_000), "JPY", f"{label} 当期実績"))
        if sp is not None:
            facts.append(fact(metric, "composition_pct", segment, PRIOR, str(sp), "%", f"{label} 構成比 (前期)"))
            facts.append(fact(metric, "composition_pct", segment, CURRENT, str(sc), "%", f"{label} 構成比 (当期)"))
        if ratio is not None:
            facts.append(fact(metric, "ratio_to_prior_pct", segment, CURRENT, str(ratio), "%", f"{label} 前年比"))
        facts.append(fact(metric, "yoy_amount", segment, CURRENT, str(diff * 1_000_000), "JPY", f"{label} 前年差"))
    return {"file": "databook-2874-fy2022-segments.pdf",
            "document": {"kind": "data_book",
                         "company": {"name": None, "securitiesCode": "2874", "market": None},
                         "publishedOn": date(2022, 11, 14).isoformat(), "accountingStandard": None,
                         "fiscalYearEndMonth": 9},
            "facts": facts, "unmapped": [], "expectedConflicts": []}


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(html())
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(golden(), f, ensure_ascii=False, indent=1)
        f.write("\n")
