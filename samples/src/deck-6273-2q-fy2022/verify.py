#!/usr/bin/env python3
"""Checks that every golden figure is printed on each of its pages (pdftotext -layout): in 百万円 on the tables, in
億円 (rounded half up) on the headline and bridge slides."""
import json
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP

pdf, golden = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
pages = text.split("\f")


def forms(f):
    if f["unit"] == "%":
        v = Decimal(f["value"])
        return [f"▲{-v}%" if v < 0 else f"+{v}%"]
    v = int(f["value"])
    mm = v // 1_000_000
    oku = (Decimal(v) / 10 ** 8).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    change = f["measure"] != "value"
    def s(x):
        return f"▲{-x:,}" if x < 0 else (f"+{x:,}" if change else f"{x:,}")
    return [s(mm), s(oku), s(oku).replace("▲", "▲ ")]


problems = 0
for f in golden["facts"]:
    for p in f["pages"]:
        if not any(x in pages[p - 1] for x in forms(f)):
            print("not on page", p, ":", forms(f), f["where"])
            problems += 1
print(len(golden["facts"]), "facts,", problems, "problems")
sys.exit(1 if problems else 0)
