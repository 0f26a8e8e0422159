# -*- coding: utf-8 -*-
"""One-off re-verification of data.py against the seed's extracted text (not needed to rebuild):
    python3 seedcheck.py /work/shared/seeds/000_5422a2a9e4dd824c.txt
Every data row's cells (commas ignored) must appear, in order, as a line of the seed."""
import re
import sys
import data as D

seed = [re.sub(r"\s+", " ", l.replace(",", "")).strip() for l in open(sys.argv[1], encoding="utf-8")]
bad = 0
n = 0
for name in ("RESULTS_ROWS", "SEG_ROWS", "HIST_ROWS", "BS_ROWS", "CF_ROWS", "FC_ROWS"):
    for label, metric, seg, cells, opts in getattr(D, name):
        if metric is None:
            continue
        want = cells.replace(",", "")
        hits = [l for l in seed if l.endswith(" " + want) or l == want]
        lab = re.sub(r"<br>|\s", "", label).replace("Linux/OSS", "Linux/oss")
        if hits and not any(h.replace(" ", "").lower().startswith(lab.lower()) for h in hits):
            if not label.startswith("親会社株主に帰属する<br>"):   # the seed wraps this label onto the line above
                hits = []
        n += 1
        if not hits:
            bad += 1
            print("NOT IN SEED:", name, label, cells)
print("%d rows checked, %d not found" % (n, bad))
sys.exit(1 if bad else 0)
