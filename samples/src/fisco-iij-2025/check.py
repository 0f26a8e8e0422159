# -*- coding: utf-8 -*-
"""(fisco-iij-2025) Cross-checks the built PDF against what build.py says it printed, and the golden against itself.

    python3 check.py PDF OCCURRENCES_JSON GOLDEN_JSON

1. every page carries the header/footer lines irx reads (date + company, code + market, page number);
2. every table row recorded by build.py is found on its page by `pdftotext -layout` as one line that
   contains all its cells in order; every figure stated in prose is found on its page;
3. every golden fact's pages are exactly the pages where build.py printed it (rebuilt from data.py);
4. arithmetic sanity of the golden, with interval arithmetic on the printed digits:
   増減額 = 当期 − 前期 (BS: 1Q末 − 前期末), 増減率, 売上高比/構成比 = item / 売上収益 (reported, not fatal;
   a failure would have to be listed under expectedConflicts).
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
    for need in ("COMPANY RESEARCH AND ANALYSIS REPORT", "2025年9月1日(月) インターネットイニシアティブ",
                 "3774 東証プライム市場", "https://www.iij.ad.jp/", "FISCO Ltd."):
        if not any(need in l for l in lines):
            errors.append("p.%d: header/footer line %r missing" % (i, need))
    # the two lines irx reads must each be a line of their own (nothing else on the line)
    for need in ("2025年9月1日(月) インターネットイニシアティブ", "3774 東証プライム市場"):
        if need not in lines:
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
    """printed value -> [lo, hi] allowing rounding or truncation of the last printed digit.
    For yen the precision is not stored in the golden: it is read off the trailing zeros
    (76821000000 -> 1百万円, 76820000000 -> 0.1億円), which can only make the interval wider."""
    d = Decimal(v)
    if unit == "JPY":
        step = Decimal(1000000)
        while step < Decimal(10) ** 8 and d % (step * 10) == 0:
            step *= 10
    else:
        step = Decimal(1).scaleb(d.as_tuple().exponent)
    lo, hi = abs(d) - step / 2, abs(d) + step
    if d < 0:
        lo, hi = -hi, -lo
    return lo, hi


def get(metric, measure, seg, cons, per, basis):
    return keys.get((metric, measure, seg, cons, per["span"], per["start"], per["end"], basis))


def shift(date, years):
    return "%d%s" % (int(date[:4]) + years, date[4:])


def prev(per, measure):
    if per["span"] == "instant":
        if measure == "yoy_amount" and per["end"][5:] == "06-30":    # 増減 vs the last fiscal year-end
            return {"span": "instant", "start": None, "end": per["end"][:4] + "-03-31"}
        return {"span": "instant", "start": None, "end": shift(per["end"], -1)}
    return {"span": per["span"], "start": shift(per["start"], -1), "end": shift(per["end"], -1)}


warn = []
for f in facts:
    m, seg, cons, per = f["metric"], f["segment"], f["consolidated"], f["period"]
    me = f["measure"]
    if me in ("yoy_amount", "yoy_pct"):
        cur = get(m, "value", seg, cons, per, f["basis"])
        pv = get(m, "value", seg, cons, prev(per, me), "actual")
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
    if me in ("ratio_to_revenue_pct", "composition_pct"):
        cur = get(m, "value", seg, cons, per, f["basis"])
        rev = get("revenue", "value", None, cons, per, f["basis"])
        if cur and rev:
            a, b = interval(cur["value"], "JPY"), interval(rev["value"], "JPY")
            cands = [x / y * 100 for x in a for y in b]
            flo, fhi = interval(f["value"], "%")
            if fhi < min(cands) or flo > max(cands):
                warn.append("%s %s %s %s: printed %s, implies [%.3f, %.3f]" % (m, me, seg, per["end"], f["value"], min(cands), max(cands)))
        else:
            warn.append("no values for %s %s %s %s" % (m, me, seg, per["end"]))

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
