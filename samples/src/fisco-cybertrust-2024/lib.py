# -*- coding: utf-8 -*-
"""Fact registry and renderers shared by build.py: every figure that is printed goes through
table() or S()/U(), which both print it and record it (page, key, value) for the golden."""
import re
from decimal import Decimal

PAGE = [0]              # current page number while pages are being built
SECTION = [""]          # the report section (要約, 業績動向 …) of the current page
FACTS = {}              # key -> fact dict
UNMAPPED = []           # unmapped entries
OCCURRENCES = []        # what check.py looks for on each page

FW = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def period(fy, span):
    y = 2000 + int(fy)
    if span == "instant":
        return {"span": "instant", "start": None, "end": "%d-03-31" % y}
    return {"span": "FY", "start": "%d-04-01" % (y - 1), "end": "%d-03-31" % y}


def _key(f):
    p = f["period"]
    return (f["metric"], f["measure"], f["segment"], f["consolidated"], p["span"], p["start"], p["end"], f["basis"])


def add_fact(metric, measure, segment, consolidated, per, basis, value, unit, where):
    f = {"metric": metric, "measure": measure, "segment": segment, "consolidated": consolidated,
         "period": per, "basis": basis, "value": value, "unit": unit, "pages": [PAGE[0]], "where": [where]}
    k = _key(f)
    old = FACTS.get(k)
    if old is None:
        FACTS[k] = f
        return
    if old["value"] != value or old["unit"] != unit:
        raise SystemExit("figure printed twice with different values: %r %s vs %s" % (k, old["value"], value))
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


def million(num):
    return str(int(Decimal(num.replace(",", "")) * 1000000))


# ---------------------------------------------------------------- tables

def cell_value(cell):
    """seed cell -> (value, unit, kind) ; None for an empty '-' cell."""
    if cell == "-":
        return None
    if cell.endswith("pt"):
        return cell[:-2], "pt"
    if cell.endswith("%"):
        return cell[:-1], "%"
    return million(cell), "JPY"


def render_cell(cell, neg, fullwidth):
    if cell == "-":
        return "-"
    s = cell
    if s.startswith("-"):
        s = neg + s[1:]
    if fullwidth:
        s = s.translate(FW)
    return s


def table(title, where, head_html, cols, rows, neg="-", fullwidth=False, consolidated=True,
          label_w="30%", cls="", colgroup_extra=0):
    """Render one data table (rows of data.py) and register every printed figure."""
    out = ['<table class="dt %s">' % cls, head_html, "<tbody>"]
    for label, metric, segment, cells, opts in rows:
        plain_label = re.sub(r"<br>", "", label)
        if metric is None:
            out.append('<tr class="grp"><td class="lbl" colspan="%d">%s</td></tr>' % (len(cols) + 1 + colgroup_extra, label))
            continue
        cs = cells.split()
        assert len(cs) == len(cols), (title, label, cs)
        tds = []
        rendered = []
        for col, c in zip(cols, cs):
            fy, basis, measure, span = col
            measure = opts.get("measure", measure)
            span = opts.get("span", span)
            r = render_cell(c, neg, fullwidth)
            tds.append('<td class="num">%s</td>' % r)
            cv = cell_value(c)
            if cv is None:
                continue
            rendered.append(r)
            value, unit = cv
            per = period(fy, span)
            if metric == "-":
                add_unmapped(plain_label, value, unit, per, title + " table")
                continue
            if measure == "value" and metric == "equity_ratio":
                assert unit == "%"
            add_fact(metric, measure, segment, consolidated, per, basis, value, unit, title + " table")
        for _ in range(colgroup_extra):
            tds.append('<td class="num"></td>')
        ind = ' ind' if opts.get("indent") else ''
        out.append('<tr><td class="lbl%s">%s</td>%s</tr>' % (ind, label, "".join(tds)))
        OCCURRENCES.append({"page": PAGE[0], "kind": "row", "table": title, "label": plain_label,
                            "cells": [render_cell(c, neg, fullwidth) for c in cs]})
    out.append("</tbody></table>")
    return "\n".join(out)


# ---------------------------------------------------------------- sentences

def _num(text):
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group(0)


def S(text, metric, measure, fy, basis="actual", seg=None, span="FY", consolidated=True, where=None):
    """A figure stated in prose: print `text` and record its fact."""
    where = where or SECTION[0] + " sentence"
    n = _num(text)
    neg = ("減" in text) or text.startswith("△")
    if "百万円" in text:
        value, unit = million(n), "JPY"
    elif "ポイント" in text or "pt" in text:
        value, unit = n, "pt"
    elif text.endswith("円"):
        value, unit = n, "JPY/share"
    else:
        value, unit = n, "%"
    if neg:
        value = "-" + value
    add_fact(metric, measure, seg, consolidated, period(fy, span), basis, value, unit, where)
    OCCURRENCES.append({"page": PAGE[0], "kind": "sentence", "text": text})
    return text


def U(text, label, unit, fy=None, span="FY", where=None):
    """A figure stated in prose that has no metric in the vocabulary (goes to "unmapped")."""
    where = where or SECTION[0] + " sentence"
    n = _num(text).replace(",", "")
    if unit == "JPY" or "百万件" in text:
        n = million(n)
    add_unmapped(label, n, unit, period(fy, span) if fy else None, where)
    OCCURRENCES.append({"page": PAGE[0], "kind": "sentence", "text": text})
    return text
