# -*- coding: utf-8 -*-
"""Fact registry and renderers shared by build.py: every figure that is printed goes through
table() or S()/U(), which both print it and record it (page, key, value) for the golden.

Periods are written as short codes (fiscal years end in March; "26" = 26/3期 = 2025-04..2026-03):
  FY26  the fiscal year          H1_26 / H2_26  its first / second half       Q1_26  its first quarter
  I2503 an instant (2025-03-31)  I2506  (2025-06-30)

The same figure printed at two precisions (768.2億円 in a table, 76,821百万円 in a sentence) is one
golden entry: the values must agree within the coarser precision and the golden keeps the finer one,
as irx's SameFigureMerger does.
"""
import re
from decimal import Decimal, ROUND_HALF_UP

PAGE = [0]              # current page number while pages are being built
SECTION = [""]          # the report section (要約, 業績動向 …) of the current page
FACTS = {}              # key -> fact dict
UNMAPPED = []           # unmapped entries
OCCURRENCES = []        # what check.py looks for on each page

SCALE = {"億円": Decimal(10) ** 8, "百万円": Decimal(10) ** 6, "円": Decimal(1)}


def period(code):
    if code.startswith("I"):
        y, m = 2000 + int(code[1:3]), int(code[3:5])
        d = {3: 31, 6: 30, 9: 30, 12: 31}[m]
        return {"span": "instant", "start": None, "end": "%d-%02d-%02d" % (y, m, d)}
    span, _, fy = code.partition("_") if "_" in code else ("FY", "", code[2:])
    y = 2000 + int(fy)
    return {
        "FY": {"span": "FY", "start": "%d-04-01" % (y - 1), "end": "%d-03-31" % y},
        "H1": {"span": "H1", "start": "%d-04-01" % (y - 1), "end": "%d-09-30" % (y - 1)},
        "H2": {"span": "H2", "start": "%d-10-01" % (y - 1), "end": "%d-03-31" % y},
        "Q1": {"span": "Q1", "start": "%d-04-01" % (y - 1), "end": "%d-06-30" % (y - 1)},
    }[span]


def _key(f):
    p = f["period"]
    return (f["metric"], f["measure"], f["segment"], f["consolidated"], p["span"], p["start"], p["end"], f["basis"])


def add_fact(metric, measure, segment, consolidated, per, basis, value, unit, res, where):
    """res: the resolution of the printed figure in base units (1億円 → 1e8, 0.1% → 0.1)."""
    f = {"metric": metric, "measure": measure, "segment": segment, "consolidated": consolidated,
         "period": per, "basis": basis, "value": value, "unit": unit, "pages": [PAGE[0]], "where": [where],
         "_res": res}
    k = _key(f)
    old = FACTS.get(k)
    if old is None:
        FACTS[k] = f
        return
    if old["unit"] != unit or abs(Decimal(old["value"]) - Decimal(value)) > max(old["_res"], res):
        raise SystemExit("figure printed twice with different values: %r %s vs %s" % (k, old["value"], value))
    if res < old["_res"]:
        old["value"], old["_res"] = value, res
    if PAGE[0] not in old["pages"]:
        old["pages"].append(PAGE[0])
    if where not in old["where"]:
        old["where"].append(where)


def add_unmapped(label, value, unit, per, where):
    for u in UNMAPPED:
        if u["label"] == label and u["period"] == per and u["value"] == value:
            if PAGE[0] not in u["pages"]:
                u["pages"].append(PAGE[0])
            if where not in u["where"]:
                u["where"] += "; " + where
            return
    UNMAPPED.append({"label": label, "value": value, "unit": unit, "pages": [PAGE[0]], "period": per, "where": where})


def _res_of(num):
    d = Decimal(num.replace(",", ""))
    return Decimal(1).scaleb(d.as_tuple().exponent)


def base(num, scale):
    """'768.2', '億円' -> '76820000000' ; '17.50', '円' -> '17.50'."""
    d = Decimal(num.replace(",", ""))
    if scale == "円":
        return num.replace(",", "")
    return str(int(d * SCALE[scale]))


# ---------------------------------------------------------------- tables

def cell_value(cell, scale):
    """data cell -> (value, unit, resolution) ; None for an empty '-' cell."""
    if cell == "-":
        return None
    if cell.endswith("pt"):
        return cell[:-2], "pt", _res_of(cell[:-2])
    if cell.endswith("%"):
        return cell[:-1], "%", _res_of(cell[:-1])
    if scale == "円":
        return cell, "JPY/share", _res_of(cell)
    return base(cell, scale), "JPY", _res_of(cell) * SCALE[scale]


def render_cell(cell, neg):
    if cell == "-":
        return "-"
    if cell.startswith("-"):
        return neg + cell[1:]
    return cell


def table(title, head_html, cols, rows, scale, neg="△", consolidated=True, cls=""):
    """Render one data table and register every printed figure.
    cols: (period code, basis, measure); rows: (label, metric, segment, cells, opts)."""
    out = ['<table class="dt %s">' % cls, head_html, "<tbody>"]
    for label, metric, segment, cells, opts in rows:
        plain_label = re.sub(r"<br>", "", label)
        if metric is None:
            out.append('<tr class="grp"><td class="lbl" colspan="%d">%s</td></tr>' % (len(cols) + 1, label))
            continue
        cs = cells.split()
        assert len(cs) == len(cols), (title, label, cs)
        tds = []
        for col, c in zip(cols, cs):
            code, basis, measure = col
            measure = opts.get("measure", measure)
            if "span" in opts:
                code = opts["span"] + "_" + code[2:] if code.startswith("FY") else code
            r = render_cell(c, neg)
            tds.append('<td class="num">%s</td>' % r)
            cv = cell_value(c, scale)
            if cv is None:
                continue
            value, unit, res = cv
            per = period(code)
            if metric == "-":
                add_unmapped(opts.get("ulabel", plain_label) + ("" if measure == "value" else "（%s）" % measure),
                             value, unit, per, title + " table")
                continue
            cons = opts.get("consolidated", consolidated)
            add_fact(metric, measure, segment, cons, per, basis, value, unit, res, title + " table")
        ind = ' ind' if opts.get("indent") else ''
        out.append('<tr><td class="lbl%s">%s</td>%s</tr>' % (ind, label, "".join(tds)))
        OCCURRENCES.append({"page": PAGE[0], "kind": "row", "table": title, "label": plain_label,
                            "cells": [render_cell(c, neg) for c in cs]})
    out.append("</tbody></table>")
    return "\n".join(out)


# ---------------------------------------------------------------- sentences

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def S(text, metric, measure, per, basis="actual", seg=None, consolidated=True, where=None):
    """A figure stated in prose: print `text` and record its fact."""
    where = where or SECTION[0] + " sentence"
    n = NUM.search(text).group(0)
    neg = any(w in text for w in ("減", "低下", "△"))
    if "百万円" in text:
        value, unit, res = base(n, "百万円"), "JPY", _res_of(n) * SCALE["百万円"]
    elif "億円" in text:
        value, unit, res = base(n, "億円"), "JPY", _res_of(n) * SCALE["億円"]
    elif "ポイント" in text or "pt" in text:
        value, unit, res = n, "pt", _res_of(n)
    elif "円" in text:
        value, unit, res = n, "JPY/share", _res_of(n)
    elif "名" in text:
        value, unit, res = n.replace(",", ""), "persons", Decimal(1)
    else:
        value, unit, res = n, "%", _res_of(n)
    if neg:
        value = "-" + value
    add_fact(metric, measure, seg, consolidated, period(per), basis, value, unit, res, where)
    OCCURRENCES.append({"page": PAGE[0], "kind": "sentence", "text": text})
    return text


def U(text, label, unit, per=None, where=None, scale=None):
    """A figure stated in prose that has no metric in the vocabulary (goes to "unmapped")."""
    where = where or SECTION[0] + " sentence"
    n = NUM.search(text).group(0)
    v = base(n, scale) if scale else n.replace(",", "")
    if any(w in text for w in ("減", "△")):
        v = "-" + v
    add_unmapped(label, v, unit, period(per) if per else None, where)
    OCCURRENCES.append({"page": PAGE[0], "kind": "sentence", "text": text})
    return text


def pct(a, b):
    """(a / b - 1) * 100 rounded half-up to one decimal, as a string."""
    return str(((Decimal(a) / Decimal(b) - 1) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))


def share(a, total):
    return str((Decimal(a) / Decimal(total) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))
