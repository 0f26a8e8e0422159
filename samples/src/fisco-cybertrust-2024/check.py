# -*- coding: utf-8 -*-
"""Cross-checks the built PDF against what build.py says it printed, and the golden against itself.

    python3 check.py PDF OCCURRENCES_JSON GOLDEN_JSON

1. every page carries the header/footer lines irx reads (date + company, code + market, page number);
2. every table row recorded by build.py is found on its page by `pdftotext -layout` as one line that
   contains all its cells in order; every figure stated in prose is found on its page;
3. every golden fact's pages are exactly the pages where build.py printed it (rebuilt from data.py);
4. arithmetic sanity of the golden, with interval arithmetic on the printed digits:
   増減額 = 当期 − 前期, 増減率, 売上比 = item / 売上高, 達成額/達成率 vs 前回予想 (reported, not fatal:
   FISCO rounds its own way; a failure would have to be listed under expectedConflicts).
"""
import json
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal

pdf, occ_path, golden_path = sys.argv[1:4]
occ = json.load(open(occ_path, encoding="utf-8"))
golden = json.load(open(golden_path, encoding="utf-8"))
errors = []


def page_text(i):
    return subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout


info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
npages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
if npages != occ["pages"]:
    errors.append("PDF has %d pages, build.py made %d" % (npages, occ["pages"]))

texts = {i: page_text(i) for i in range(1, npages + 1)}
for i, t in texts.items():
    lines = [l.strip() for l in t.splitlines()]
    for need in ("COMPANY RESEARCH AND ANALYSIS REPORT", "2024年7月11日(木) サイバートラスト",
                 "4498 東証グロース市場", "https://www.cybertrust.co.jp/corporate/ir/", "FISCO Ltd."):
        if not any(need in l for l in lines):
            errors.append("p.%d: header/footer line %r missing" % (i, need))
    if not any(l == str(i) or l.endswith(" " + str(i)) for l in lines[-6:]):
        errors.append("p.%d: page number not found at the bottom" % i)

for o in occ["occurrences"]:
    t = texts.get(o["page"], "")
    if o["kind"] == "row":
        pat = r"\s+".join(re.escape(c) for c in o["cells"])
        if not any(re.search(pat, l) for l in t.splitlines()):
            errors.append("p.%d: row %r of %s not found as one line: %s" % (o["page"], o["label"], o["table"], o["cells"]))
        first = o["label"][:6]
        if first not in t:
            errors.append("p.%d: row label %r not found" % (o["page"], o["label"]))
    else:
        flat = re.sub(r"\s+", "", t)
        if o["text"] not in flat:
            errors.append("p.%d: sentence figure %r not found" % (o["page"], o["text"]))

# ---- golden self-consistency
facts = golden["facts"]
keys = {}
for f in facts:
    p = f["period"]
    k = (f["metric"], f["measure"], f["segment"], f["consolidated"], p["span"], p["start"], p["end"], f["basis"])
    if k in keys:
        errors.append("duplicate golden key %r" % (k,))
    keys[k] = f
    for pg in f["pages"]:
        if not 1 <= pg <= npages:
            errors.append("page out of range %r" % (k,))


def interval(v, unit):
    """printed value -> [lo, hi] allowing rounding or truncation of the last printed digit."""
    d = Decimal(v)
    exp = d.as_tuple().exponent
    step = Decimal(1).scaleb(exp)
    if unit == "JPY":
        step = Decimal(1000000)
    lo, hi = abs(d) - step / 2, abs(d) + step
    if d < 0:
        lo, hi = -hi, -lo
    return lo, hi


def get(metric, measure, seg, cons, per, basis):
    return keys.get((metric, measure, seg, cons, per["span"], per["start"], per["end"], basis))


def prev(per):
    y = int(per["end"][:4]) - 1
    if per["span"] == "instant":
        return {"span": "instant", "start": None, "end": "%d-03-31" % y}
    return {"span": "FY", "start": "%d-04-01" % (y - 1), "end": "%d-03-31" % y}


warn = []
for f in facts:
    m, seg, cons, per = f["metric"], f["segment"], f["consolidated"], f["period"]
    me = f["measure"]
    if me in ("yoy_amount", "yoy_pct"):
        cur = get(m, "value", seg, cons, per, f["basis"])
        pv = get(m, "value", seg, cons, prev(per), "actual")
        if not cur or not pv:
            warn.append("no values for %s %s %s %s" % (m, me, seg, per["end"]))
            continue
        a, b = interval(cur["value"], cur["unit"]), interval(pv["value"], pv["unit"])
        if me == "yoy_amount":
            lo, hi = a[0] - b[1], a[1] - b[0]
        else:
            if b[0] <= 0:
                continue
            cands = [(x / y - 1) * 100 for x in a for y in b]
            lo, hi = min(cands), max(cands)
        flo, fhi = interval(f["value"], f["unit"])
        if fhi < lo or flo > hi:
            warn.append("%s %s %s %s: printed %s, values imply [%.3f, %.3f]" % (m, me, seg, per["end"], f["value"], lo, hi))
    if me == "ratio_to_revenue_pct":
        cur = get(m, "value", seg, cons, per, f["basis"])
        rev = get("revenue", "value", None, cons, per, f["basis"])
        if cur and rev:
            a, b = interval(cur["value"], "JPY"), interval(rev["value"], "JPY")
            cands = [x / y * 100 for x in a for y in b]
            flo, fhi = interval(f["value"], "%")
            if fhi < min(cands) or flo > max(cands):
                warn.append("%s ratio %s %s: printed %s, implies [%.3f, %.3f]" % (m, seg, per["end"], f["value"], min(cands), max(cands)))
    if me in ("achievement_pct", "achievement_amount"):
        cur = get(m, "value", seg, cons, per, "actual")
        fc = get(m, "value", seg, cons, per, "prior_forecast")
        a, b = interval(cur["value"], "JPY"), interval(fc["value"], "JPY")
        if me == "achievement_amount":
            lo, hi = a[0] - b[1], a[1] - b[0]
        else:
            cands = [x / y * 100 for x in a for y in b]
            lo, hi = min(cands), max(cands)
        flo, fhi = interval(f["value"], f["unit"])
        if fhi < lo or flo > hi:
            warn.append("%s %s: printed %s, implies [%.3f, %.3f]" % (m, me, f["value"], lo, hi))

by_table = {}
for o in occ["occurrences"]:
    if o["kind"] == "row":
        by_table.setdefault(o["table"], 0)
        by_table[o["table"]] += sum(1 for c in o["cells"] if c != "-")
print("pages: %d; golden facts: %d; unmapped: %d" % (npages, len(facts), len(golden.get("unmapped", []))))
for t, n in by_table.items():
    print("  printed figures in table %s: %d" % (t, n))
for w in warn:
    print("arithmetic note:", w)
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
