#!/usr/bin/env python3
"""Checks the golden against the printed PDF: every fact's figure, as it would be printed, must
appear on the golden's page in the text line of the golden's row label (pdftotext -layout).
usage: verify.py PDF GOLDEN"""
import json, re, subprocess, sys
from decimal import Decimal

pdf, golden = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
pages = {}
def page_lines(n):
    if n not in pages:
        pages[n] = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), pdf, "-"],
                                  capture_output=True, text=True, check=True).stdout.splitlines()
    return pages[n]

def printed(f):
    v = Decimal(f["value"])
    if f["unit"] == "JPY":
        v = v / 1000000
        s = f"{abs(int(v)):,}"
    else:
        s = f["value"].lstrip("-")
    return ("△" if v < 0 else "") + s

bad = 0
for f in golden["facts"]:
    label = re.search(r" (\S+) row,", f["where"]).group(1)
    for p in f["pages"]:
        lines = [l for l in page_lines(p) if re.match(r"\s*" + re.escape(label) + r"\s", l)]
        tok = printed(f)
        ok = any(re.search(r"\s" + re.escape(tok) + r"(\s|$)", l) for l in lines)
        if not ok:
            bad += 1
            print(f"MISSING p.{p} {label!r} {tok!r} ({f['metric']} {f['measure']}): {lines}")
    # also: the figure must not be on another page's same-label line
print(f"{len(golden['facts'])} facts checked, {bad} problems")
sys.exit(1 if bad else 0)
