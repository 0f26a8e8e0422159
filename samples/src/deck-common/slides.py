"""Tiny flat-ODP (.fodp) slide writer + fact registry.

Every printed figure is a Fact created from its display string; the same object
is used to print the figure on a slide and to write the golden, so the two
cannot disagree. (Identical copy in samples/src/iij-fy24-results and
samples/src/iij-1q25-results.)
"""
import json
import unicodedata
from decimal import Decimal
from xml.sax.saxutils import escape

W, H = 33.867, 19.05  # layout grid: a 16:9 PowerPoint slide in cm
K = 28.0 / W  # LibreOffice writes its default 16:9 page (28 x 15.75 cm): everything is drawn scaled by K
FONT = "Noto Sans CJK JP"
SCALES = {"億円": Decimal(10) ** 8, "百万円": Decimal(10) ** 6, "円": Decimal(1), None: Decimal(1)}
FW = str.maketrans("0123456789.,%+QHFY", "０１２３４５６７８９．，％＋ＱＨＦＹ")


def fullwidth(s):
    return s.translate(FW)


def number_of(display):
    """Numeric part of a printed figure: '△2,514' -> Decimal('-2514'), '約54億円' -> 54."""
    t = unicodedata.normalize("NFKC", display)
    neg = "△" in t or t.strip().startswith("-")
    keep = "".join(c for c in t if c.isdigit() or c == ".")
    keep = keep.strip(".")
    d = Decimal(keep)
    return -d if neg else d


# ---------------------------------------------------------------- periods
def _fy(y):  # IIJ "FY24" starts April 2024
    return 2000 + y


def FY(y):
    a = _fy(y)
    return {"span": "FY", "start": f"{a}-04-01", "end": f"{a + 1}-03-31"}


def H1(y):
    a = _fy(y)
    return {"span": "H1", "start": f"{a}-04-01", "end": f"{a}-09-30"}


def H2(y):
    a = _fy(y)
    return {"span": "H2", "start": f"{a}-10-01", "end": f"{a + 1}-03-31"}


def Q(n, y):
    a = _fy(y)
    return {1: {"span": "Q1", "start": f"{a}-04-01", "end": f"{a}-06-30"},
            2: {"span": "Q2", "start": f"{a}-07-01", "end": f"{a}-09-30"},
            3: {"span": "Q3", "start": f"{a}-10-01", "end": f"{a}-12-31"},
            4: {"span": "Q4", "start": f"{a + 1}-01-01", "end": f"{a + 1}-03-31"}}[n]


def AT(date):
    return {"span": "instant", "start": None, "end": date}


# ---------------------------------------------------------------- facts
class Fact:
    def __init__(self, reg, metric, measure, period, display, unit, scale=None, segment=None,
                 basis="actual", consolidated=True, where="", label=None):
        self.reg, self.metric, self.measure, self.period = reg, metric, measure, period
        self.display, self.unit, self.scale, self.segment = display, unit, scale, segment
        self.basis, self.consolidated, self.where, self.label = basis, consolidated, where, label
        n = number_of(display)
        self.num = n
        if unit == "JPY":
            v = n * SCALES[scale]
            assert v == v.to_integral_value(), (display, scale)
            self.value = str(int(v))
        elif unit in ("persons", "cases", "companies", "lines", "Gbps", "shares"):
            v = n * (SCALES[scale] if scale in SCALES and scale else 1)
            self.value = str(int(v)) if v == v.to_integral_value() else str(v)
        else:  # %, pt, JPY/share: as printed
            self.value = str(n)

    def step(self):
        t = unicodedata.normalize("NFKC", self.display)
        digits = "".join(c for c in t if c.isdigit() or c == ".").strip(".")
        dec = len(digits.split(".")[1]) if "." in digits else 0
        return Decimal(10) ** -dec * (SCALES[self.scale] if self.unit == "JPY" else 1)

    def key(self):
        p = self.period
        return (self.metric, self.measure, self.segment, self.consolidated, p["span"], p["start"],
                p["end"], self.basis)

    def __str__(self):
        return self.display


class Registry:
    def __init__(self):
        self.facts = {}   # key -> [Fact, pages(set), wheres(list)]
        self.unmapped = {}  # (label, period) -> [Fact, pages, wheres]
        self.printed = []  # (page, display) for verification

    def f(self, metric, measure, period, display, unit, **kw):
        return Fact(self, metric, measure, period, display, unit, **kw)

    def u(self, label, period, display, unit, scale=None, where=""):
        """A figure with no metric in the vocabulary (goes under "unmapped")."""
        return Fact(self, None, None, period, display, unit, scale=scale, where=where, label=label)

    def record(self, fact, page, where):
        self.printed.append((page, fact.display))
        if fact.metric is None:
            k = (fact.label, json.dumps(fact.period, sort_keys=True))
            book = self.unmapped
        else:
            k = fact.key()
            book = self.facts
        if k in book:
            old = book[k][0]
            assert old.unit == fact.unit, (k, old.display, fact.display)
            if old.value != fact.value:
                # the same figure printed at two precisions (768.2億円 and 76,821百万円): the golden
                # keeps the finer print; the coarser must agree within one step of its last digit
                a, b = sorted([old, fact], key=lambda f: f.step())
                assert abs(Decimal(a.value) - Decimal(b.value)) < b.step(), (k, old.display, fact.display)
                book[k][0] = a
            book[k][1].add(page)
            if where and where not in book[k][2]:
                book[k][2].append(where)
        else:
            book[k] = [fact, {page}, [where] if where else []]

    def golden(self, file, document):
        facts = []
        for fact, pages, wheres in self.facts.values():
            facts.append({"metric": fact.metric, "measure": fact.measure, "segment": fact.segment,
                          "consolidated": fact.consolidated, "period": fact.period, "basis": fact.basis,
                          "value": fact.value, "unit": fact.unit, "pages": sorted(pages),
                          "where": "; ".join(wheres)})
        unm = []
        for fact, pages, wheres in self.unmapped.values():
            unm.append({"label": fact.label, "value": fact.value, "unit": fact.unit,
                        "pages": sorted(pages), "period": fact.period, "basis": fact.basis,
                        "where": "; ".join(wheres)})
        return {"file": file, "document": document, "facts": facts, "unmapped": unm,
                "expectedConflicts": []}


# ---------------------------------------------------------------- slides
COLORS = {}


class Deck:
    def __init__(self, title, footer="© Internet Initiative Japan Inc."):
        self.title, self.footer = title, footer
        self.reg = Registry()
        self.pages = []
        self.pstyles = {}
        self.gstyles = {}

    # styles ------------------------------------------------------------
    def pstyle(self, size, align, bold, color):
        k = (size, align, bold, color)
        if k not in self.pstyles:
            self.pstyles[k] = f"P{len(self.pstyles) + 1}"
        return self.pstyles[k]

    def gstyle(self, fill, stroke=None, width=None):
        k = (fill, stroke, width)
        if k not in self.gstyles:
            self.gstyles[k] = f"G{len(self.gstyles) + 1}"
        return self.gstyles[k]

    def slide(self, title=None, unit=None):
        s = Slide(self, len(self.pages) + 1)
        self.pages.append(s)
        if title:
            s.rect(0, 0, W, 0.25, "#1a3a8a")
            s.text(1.2, 0.6, 24, 1.4, title, 24, bold=True, color="#1a3a8a")
            s.line(1.2, 2.05, W - 1.2, 2.05, "#1a3a8a", 0.05)
        if unit:
            s.text(W - 8.2, 0.75, 7.0, 0.9, unit, 12, align="end")
        s.line(1.2, H - 1.25, W - 1.2, H - 1.25, "#999999", 0.02)
        s.text(1.2, H - 1.15, 12, 0.8, self.footer, 10, color="#555555")
        s.text(W - 3.2, H - 1.15, 2.0, 0.8, str(s.no), 10, align="end", color="#555555")
        return s

    def fodp(self):
        body = "\n".join(p.xml() for p in self.pages)
        ps = []
        for (size, align, bold, color), name in self.pstyles.items():
            b = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
            c = f' fo:color="{color}"' if color else ""
            fs = round(size * K * 2) / 2
            ps.append(f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties '
                      f'fo:text-align="{align}" fo:line-height="100%"/><style:text-properties '
                      f'style:font-name="{FONT}" style:font-name-asian="{FONT}" style:font-name-complex="{FONT}" '
                      f'fo:font-size="{fs}pt" style:font-size-asian="{fs}pt" style:font-size-complex="{fs}pt"{b}{c}/>'
                      f'</style:style>')
        gs = ['<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" '
              'draw:fill="none" draw:textarea-vertical-align="middle" draw:auto-grow-height="false" '
              'draw:auto-grow-width="false" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0.05cm" '
              'fo:padding-right="0.05cm" fo:wrap-option="wrap"/></style:style>']
        for (fill, stroke, width), name in self.gstyles.items():
            f = f'draw:fill="solid" draw:fill-color="{fill}"' if fill else 'draw:fill="none"'
            st = (f'draw:stroke="solid" svg:stroke-color="{stroke}" svg:stroke-width="{width * K:.3f}cm"'
                  if stroke else 'draw:stroke="none"')
            gs.append(f'<style:style style:name="{name}" style:family="graphic"><style:graphic-properties '
                      f'{st} {f}/></style:style>')
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta><dc:title>{escape(self.title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="&apos;{FONT}&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{W * K:.3f}cm" fo:page-height="{H * K:.3f}cm" style:print-orientation="landscape"/></style:page-layout>
<style:style style:name="dp1" style:family="drawing-page"/>
{"".join(gs)}
{"".join(ps)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>
<office:body><office:presentation>
{body}
</office:presentation></office:body></office:document>
'''


class Slide:
    def __init__(self, deck, no):
        self.deck, self.no, self.items = deck, no, []

    def _facts(self, facts, where):
        for f in facts:
            self.deck.reg.record(f, self.no, f.where or where)

    def text(self, x, y, w, h, text, size=14, align="start", bold=False, color=None, facts=(), where=""):
        """text: a string or a list of lines; facts: the Facts whose displays it prints."""
        self._facts(facts, where)
        lines = text if isinstance(text, list) else [text]
        ps = self.deck.pstyle(size, align, bold, color)
        paras = "".join(f'<text:p text:style-name="{ps}">{escape(l)}</text:p>' for l in lines)
        self.items.append(f'<draw:frame draw:style-name="gr1" svg:x="{x * K:.3f}cm" svg:y="{y * K:.3f}cm" '
                          f'svg:width="{w * K:.3f}cm" svg:height="{h * K:.3f}cm"><draw:text-box>{paras}'
                          f'</draw:text-box></draw:frame>')

    def rect(self, x, y, w, h, fill, stroke=None, width=None):
        g = self.deck.gstyle(fill, stroke, width)
        self.items.append(f'<draw:rect draw:style-name="{g}" svg:x="{x * K:.3f}cm" svg:y="{y * K:.3f}cm" '
                          f'svg:width="{w * K:.3f}cm" svg:height="{max(h, 0.01) * K:.3f}cm"/>')

    def line(self, x1, y1, x2, y2, color="#888888", width=0.02):
        g = self.deck.gstyle(None, color, width)
        self.items.append(f'<draw:line draw:style-name="{g}" svg:x1="{x1 * K:.3f}cm" svg:y1="{y1 * K:.3f}cm" '
                          f'svg:x2="{x2 * K:.3f}cm" svg:y2="{y2 * K:.3f}cm"/>')

    def xml(self):
        return (f'<draw:page draw:name="p{self.no}" draw:master-page-name="Default">' + "".join(self.items)
                + '</draw:page>')

    # composite widgets --------------------------------------------------
    def table(self, x, y, col_w, row_h, header, rows, size=12, head_fill="#dde4f2", where="",
              label_align="start", stripe=None):
        """header: list of str (may contain '\\n' for two lines); rows: list of lists of str|Fact|None."""
        total_w = sum(col_w)
        hh = row_h * (2 if any("\n" in h for h in header) else 1)
        self.rect(x, y, total_w, hh, head_fill)
        cx = x
        for i, h in enumerate(header):
            self.text(cx, y, col_w[i], hh, h.split("\n"), size, align="center" if i else "start", bold=True)
            cx += col_w[i]
        cy = y + hh
        for r, row in enumerate(rows):
            if stripe and r % 2 == 1:
                self.rect(x, cy, total_w, row_h, stripe)
            cx = x
            rowlabel = row[0] if isinstance(row[0], str) else ""
            for i, cell in enumerate(row):
                if cell is None:
                    cell = "－" if i else ""
                if isinstance(cell, Fact):
                    self.text(cx, cy, col_w[i], row_h, cell.display, size, align="end", facts=[cell],
                              where=f"{where} row {rowlabel.strip()}".strip())
                else:
                    self.text(cx, cy, col_w[i], row_h, cell, size, align=label_align if i == 0 else "end",
                              bold=False)
                cx += col_w[i]
            cy += row_h
            self.line(x, cy, x + total_w, cy, "#bbbbbb", 0.015)
        self.line(x, y, x + total_w, y, "#1a3a8a", 0.03)
        self.line(x, cy, x + total_w, cy, "#1a3a8a", 0.03)
        return cy

    def bars(self, x, y, w, h, cats, series, totals=None, top=None, vmax=None, size=11, where="",
             legend=True, bar_frac=0.5, cat_size=None, above=None):
        """Stacked bar chart. series: [(name, color, [Fact|None per category])], bottom first.
        totals: [Fact|None] printed above each bar; top: [[str|Fact ...]] extra labels above the total.
        Values may be negative for single-series charts (bars grow down from the zero line)."""
        n = len(cats)
        plot_top, plot_bot = y + (1.6 if top else 1.0), y + h - 0.9
        vals = [[(f.num if isinstance(f, Fact) else Decimal(0)) for f in s[2]] for s in series]
        pos = [sum(v[i] for v in vals if v[i] > 0) for i in range(n)]
        neg = [sum(v[i] for v in vals if v[i] < 0) for i in range(n)]
        vmax = Decimal(vmax) if vmax else max(pos + [Decimal(0)])
        vmin = min(neg + [Decimal(0)])
        if vmin < 0:
            plot_bot -= 0.8  # room for the labels under negative bars
        span = (vmax - vmin) or Decimal(1)
        scale = (plot_bot - plot_top) / float(span)
        zero = plot_top + float(vmax) * scale
        slot = w / n
        bw = slot * bar_frac
        self.line(x, zero, x + w, zero, "#666666", 0.02)
        for i in range(n):
            bx = x + slot * i + (slot - bw) / 2
            up, down = zero, zero
            for (name, color, facts), v in zip(series, vals):
                f = facts[i]
                if f is None:
                    continue
                hgt = abs(float(v[i])) * scale
                if v[i] >= 0:
                    ry = up - hgt
                    up = ry
                else:
                    ry = down
                    down = down + hgt
                self.rect(bx, ry, bw, hgt, color)
                if len(series) == 1 and totals is None:
                    ly = ry - 0.75 if v[i] >= 0 else ry + hgt + 0.05
                    self.text(bx - 0.6, ly, bw + 1.2, 0.7, f.display, size, align="center", facts=[f],
                              where=f"{where} {name} {cats[i]}")
                elif hgt < 0.6:  # too thin to hold its label: print it beside the bar
                    self.text(bx + bw + 0.05, ry + hgt / 2 - 0.35, 1.6, 0.7, f.display, size - 1,
                              facts=[f], where=f"{where} {name} {cats[i]}")
                else:
                    self.text(bx - 0.3, ry + hgt / 2 - 0.35, bw + 0.6, 0.7, f.display, size, align="center",
                              facts=[f], where=f"{where} {name} {cats[i]}",
                              color="#ffffff" if color in DARK else None)
            ty = up
            if totals and totals[i] is not None:
                t = totals[i]
                self.text(bx - 0.8, up - 0.8, bw + 1.6, 0.75, t.display, size + 1, align="center", bold=True,
                          facts=[t], where=f"{where} 合計 {cats[i]}")
                ty = up - 0.8
            if top and top[i]:
                items = top[i]
                txt = " ".join(str(t) for t in items)
                self.text(bx - 1.6, ty - 0.75, bw + 3.2, 0.7, txt, size - 1, align="center",
                          facts=[t for t in items if isinstance(t, Fact)], where=f"{where} {cats[i]}",
                          color="#c0392b")
            self.text(x + slot * i, plot_bot + (0.9 if vmin < 0 else 0.1), slot, 0.75, cats[i],
                      cat_size or size, align="center")
        if legend:
            lx = x + w + 0.2
            ly = plot_top
            for name, color, _ in reversed(series):
                self.rect(lx, ly + 0.15, 0.35, 0.35, color)
                self.text(lx + 0.45, ly, 5.6, 0.65, name, size - 1)
                ly += 0.7


DARK = {"#1a3a8a", "#2e5cb8", "#4a78c2", "#c0392b", "#27476e", "#555555", "#7a4fa0", "#2f7d4f"}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def verify(pdf, reg):
    """Every printed figure must be in `pdftotext -layout` of the page it was put on."""
    import subprocess
    cache, bad = {}, []
    for page, display in reg.printed:
        if page not in cache:
            out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                                 capture_output=True, text=True, check=True).stdout
            cache[page] = unicodedata.normalize("NFKC", out).replace(" ", "")
        d = unicodedata.normalize("NFKC", display).replace(" ", "")
        if d not in cache[page]:
            bad.append(f"p.{page}: {display!r} not found")
    return bad
