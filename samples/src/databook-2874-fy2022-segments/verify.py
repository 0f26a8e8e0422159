#!/usr/bin/env python3
"""Checks that every golden figure is printed on its page (pdftotext -layout), as the page prints it."""
import json
import subprocess
import sys

pdf, golden = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
pages = text.split("\f")
problems = 0
for f in golden["facts"]:
    if f["unit"] == "%":
        v = f["value"]
        printed = "▲" + v[1:] if v.startswith("-") else v
    else:
        v = int(f["value"]) // 1_000_000
        printed = f"▲{-v:,}" if v < 0 else (f"+{v:,}" if f["measure"] == "yoy_amount" and v > 0 else f"{v:,}")
    for p in f["pages"]:
        if printed not in pages[p - 1]:
            print("not on page", p, ":", printed, f["where"])
            problems += 1
print(len(golden["facts"]), "facts,", problems, "problems")
sys.exit(1 if problems else 0)
