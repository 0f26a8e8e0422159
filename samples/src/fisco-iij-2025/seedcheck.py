# -*- coding: utf-8 -*-
"""One-off: every printed figure of the golden (and unmapped) occurs in the seed texts, as printed
(億円 or 百万円 digits, %, 円), or is one of the figures data.py computes (構成比, 増減額 and three
増減率 of the 事業別売上高 table), which are listed as derived.

    python3 seedcheck.py /work/shared/seeds/001_fff977273593db68.txt /work/shared/seeds/002_9791539c9f8abf8f.txt
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
seed = re.sub(r"\s+", " ", " ".join(open(p, encoding="utf-8").read() for p in sys.argv[1:]))
seed = seed.replace("△ ", "△")
nums = set(re.findall(r"\d[\d,]*(?:\.\d+)?", seed))
nums |= {n.replace(",", "") for n in nums}
golden = json.load(open(os.path.join(HERE, "..", "..", "fisco-iij-2025.expected.json"), encoding="utf-8"))


def forms(f):
    v = Decimal(f["value"].lstrip("-"))
    if f["unit"] == "JPY":
        out = []
        for s in (Decimal(10) ** 6, Decimal(10) ** 8):
            x = v / s
            if x == x.to_integral():
                out.append("{:,}".format(int(x)))
                out.append(str(int(x)))
            out.append(str(x.normalize()) if "." in str(x.normalize()) else str(x))
            out.append("%.1f" % x)
        return out
    return [f["value"].lstrip("-")]


bad = derived = 0
for f in golden["facts"] + golden["unmapped"]:
    fs = forms(f)
    if any(x in nums for x in fs):
        continue
    w = f.get("where", "")
    if f.get("measure") == "ratio_to_revenue_pct" and f.get("metric") == "revenue" and f["value"] == "100.0":
        derived += 1      # 売上収益's own 売上高比, printed by us as 100.0%
        continue
    if f["value"] == "5737000000" and "+6985,737" in seed:
        continue          # CF slide: 「+698 5,737 税引前利益」 runs the two cells together in the text
    if "事業別売上高 table" in w and f.get("measure") in ("composition_pct", "yoy_amount", "yoy_pct"):
        derived += 1
        continue
    bad += 1
    print("NOT IN SEED:", f.get("metric", f.get("label")), f.get("measure"), f.get("segment"), f["period"], f["value"], w[:60])
print("checked %d figures; %d derived (事業別売上高: 構成比/増減額/増減率; 売上収益 100.0%%); %d not found" % (
    len(golden["facts"]) + len(golden["unmapped"]), derived, bad))
sys.exit(1 if bad else 0)
