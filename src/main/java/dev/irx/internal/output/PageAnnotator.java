package dev.irx.internal.output;

import dev.irx.model.Basis;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A visual check of a PDF's facts: each page rendered by PDFBox to {@code page-N.png} with every fact's
 * {@code bbox} drawn in its status's colour and labelled with its metric and period (the other places it was read,
 * {@code alsoSeen}, dashed), a {@code page-N.html} that
 * shows the image with an anchor on each box ({@code page-3.html#f12}), and an {@code index.html} that lists the
 * facts with links to them.
 */
public final class PageAnnotator {

    /** 144 dpi: twice the points, an A4 page or a 16:9 slide well under 2 MB of PNG. */
    public static final float DEFAULT_DPI = 144;
    /** Pixels per image at most, whatever the dpi: a page a metre wide must not take the heap. */
    static final long MAX_PIXELS = 40_000_000L;

    static final Color RECONCILED = new Color(0, 150, 60);
    static final Color UNCHECKED = new Color(60, 100, 190);
    static final Color CONFLICT = new Color(220, 20, 30);

    /** Where the files go: the annotator names them, the caller decides how they are written. */
    @FunctionalInterface
    public interface Sink {
        void write(String fileName, Body body) throws IOException;
    }

    /** One file's content, streamed. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final float dpi;

    public PageAnnotator(float dpi) {
        if (!(dpi >= 9 && dpi <= 1200)) throw new IllegalArgumentException("dpi must be between 9 and 1200: " + dpi);
        this.dpi = dpi;
    }

    /**
     * Renders the pages of {@code pdf} that {@code doc} was read from (all, or {@code source.pagesRead}) and writes
     * the images, their HTML pages and the index; returns the names written.
     */
    public List<String> write(PDDocument pdf, IrxDocument doc, Sink sink) throws IOException {
        List<Integer> pages = pagesRead(doc, pdf.getNumberOfPages());
        Map<Integer, List<Seen>> byPage = new TreeMap<>();
        for (Fact f : doc.facts()) {
            byPage.computeIfAbsent(f.page(), k -> new ArrayList<>()).add(new Seen(f, f.where(), true));
            for (Evidence e : f.alsoSeen()) byPage.computeIfAbsent(e.page(), k -> new ArrayList<>()).add(new Seen(f, e, false));
        }
        Map<Integer, Integer> directions = TextDirections.of(pdf, new TreeSet<>(pages));
        PDFRenderer renderer = new PDFRenderer(pdf);
        renderer.setSubsamplingAllowed(true); // an image is drawn at the page's resolution, not decoded whole
        List<String> written = new ArrayList<>();
        Map<String, double[]> placed = new LinkedHashMap<>(); // fact id -> its box in pixels, for the index
        for (int n : pages) {
            PDPage page = pdf.getPage(n - 1);
            PageFrame frame = PageFrame.of(page, directions.getOrDefault(n, 0), scaleFor(page));
            List<Seen> facts = byPage.getOrDefault(n, List.of());
            BufferedImage img = render(renderer, n, frame);
            List<Box> boxes = boxes(facts, frame);
            draw(img, boxes, frame);
            String png = pageName(n) + ".png";
            sink.write(png, out -> ImageIO.write(img, "png", out));
            written.add(png);
            String html = pageName(n) + ".html";
            sink.write(html, text(pageHtml(doc, n, png, img, boxes)));
            written.add(html);
            for (Box b : boxes) if (b.primary) for (Fact f : b.facts) placed.putIfAbsent(f.id(), b.px);
        }
        sink.write("index.html", text(indexHtml(doc, pages, placed)));
        written.add("index.html");
        return written;
    }

    static String pageName(int n) { return String.format(Locale.ROOT, "page-%03d", n); }

    private static List<Integer> pagesRead(IrxDocument doc, int pageCount) {
        if (doc.source().pagesRead() != null) {
            return doc.source().pagesRead().stream().filter(p -> p >= 1 && p <= pageCount).toList();
        }
        List<Integer> all = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) all.add(p);
        return all;
    }

    private double scaleFor(PDPage page) {
        double s = dpi / 72.0;
        double area = (double) page.getCropBox().getWidth() * page.getCropBox().getHeight();
        if (area > 0 && area * s * s > MAX_PIXELS) s = Math.sqrt(MAX_PIXELS / area);
        return s;
    }

    private static BufferedImage render(PDFRenderer renderer, int page, PageFrame frame) throws IOException {
        return renderer.renderImage(page - 1, (float) frame.scale(), ImageType.RGB);
    }

    /** A place a fact was read: its own ({@code primary}) or one of its {@code alsoSeen}. */
    private record Seen(Fact fact, Evidence where, boolean primary) {}

    /**
     * The boxes of one page: facts whose box is the same (a row's box) are drawn once; the other places a figure was
     * read ({@code alsoSeen}) are boxes of their own, drawn dashed.
     */
    private static List<Box> boxes(List<Seen> seen, PageFrame frame) {
        Map<String, Box> byBox = new LinkedHashMap<>();
        for (Seen s : seen) {
            float[] b = s.where.bbox();
            if (b == null || b.length != 4) continue;
            byBox.computeIfAbsent(s.primary + Arrays.toString(b), k -> new Box(frame.toPixels(b), new ArrayList<>(), s.primary))
                    .facts.add(s.fact);
        }
        return new ArrayList<>(byBox.values());
    }

    private record Box(double[] px, List<Fact> facts, boolean primary) {
        /** A conflict shows whatever else shares the box; then unchecked; reconciled only when all are. */
        FactStatus status() {
            if (facts.stream().anyMatch(f -> f.status() == FactStatus.CONFLICT)) return FactStatus.CONFLICT;
            if (facts.stream().anyMatch(f -> f.status() == FactStatus.UNCHECKED)) return FactStatus.UNCHECKED;
            return FactStatus.RECONCILED;
        }
    }

    static Color colour(FactStatus s) {
        return switch (s) {
            case RECONCILED -> RECONCILED;
            case CONFLICT -> CONFLICT;
            default -> UNCHECKED;
        };
    }

    /** What a box is called on the image: ASCII only, so that any font draws it. */
    static String label(Fact f) {
        StringBuilder sb = new StringBuilder(f.metric().json());
        if (f.measure() != Measure.VALUE) sb.append('.').append(f.measure().json());
        sb.append(' ').append(FactRows.periodLabel(f.period()));
        if (f.basis() != Basis.ACTUAL) sb.append(' ').append(f.basis().json());
        return sb.toString();
    }

    private static void draw(BufferedImage img, List<Box> boxes, PageFrame frame) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float stroke = (float) Math.max(1, frame.scale() * 0.6);
            BasicStroke solid = new BasicStroke(stroke);
            BasicStroke dashed = new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {3 * stroke, 2 * stroke}, 0);
            for (Box b : boxes) {
                g.setColor(colour(b.status()));
                g.setStroke(b.primary ? solid : dashed);
                g.draw(rect(b.px, stroke));
            }
            drawLabels(g, boxes, frame, img.getWidth(), img.getHeight());
        } finally {
            g.dispose();
        }
    }

    /** The box grown by half a stroke, so that the line runs around the glyphs, not over them. */
    private static Rectangle2D rect(double[] px, float stroke) {
        return new Rectangle2D.Double(px[0] - stroke, px[1] - stroke, px[2] - px[0] + 2 * stroke, px[3] - px[1] + 2 * stroke);
    }

    /**
     * Each box's label beside it, in small type on a white ground, where it covers no figure's box and no other
     * label: above, below, right or left of the box, else the fact's id alone in one of those places, else the id
     * over another label; a box with no room at all has none. Dense tables get ids; the HTML page names every box in
     * its tooltip. A machine without fonts (a bare headless JVM) gets the boxes without labels.
     */
    private static void drawLabels(Graphics2D g, List<Box> boxes, PageFrame frame, int width, int height) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(7, Math.round(4.5 * frame.scale()))));
            FontMetrics fm = g.getFontMetrics();
            List<Rectangle2D> taken = new ArrayList<>();
            for (Box b : boxes) taken.add(rect(b.px, 1));
            Rectangle2D page = new Rectangle2D.Double(0, 0, width, height);
            for (Box b : boxes) {
                String full = (b.primary ? label(b.facts.get(0)) : "= " + b.facts.get(0).id() + " " + label(b.facts.get(0)))
                        + (b.facts.size() > 1 ? " +" + (b.facts.size() - 1) : "");
                Rectangle2D spot = null;
                String text = null;
                for (String t : List.of(full, (b.primary ? "" : "= ") + b.facts.get(0).id())) {
                    spot = freeSpot(b.px, fm.stringWidth(t) + 2, fm.getAscent() + fm.getDescent(), taken, page);
                    text = t;
                    if (spot != null) break;
                }
                if (spot == null) { // over another label, never over a figure
                    spot = freeSpot(b.px, fm.stringWidth(text) + 2, fm.getAscent() + fm.getDescent(),
                            taken.subList(0, boxes.size()), page);
                }
                if (spot == null) continue;
                taken.add(spot);
                g.setColor(new Color(255, 255, 255, 210));
                g.fill(spot);
                g.setColor(colour(b.status()));
                g.drawString(text, (float) spot.getX() + 1, (float) spot.getY() + fm.getAscent());
            }
        } catch (RuntimeException | InternalError e) {
            // no usable font: boxes only
        }
    }

    /** A place for a w×h label next to the box that overlaps nothing taken and stays on the page; null if none. */
    private static Rectangle2D freeSpot(double[] px, double w, double h, List<Rectangle2D> taken, Rectangle2D page) {
        double[][] at = {{px[0], px[1] - 2 - h}, {px[0], px[3] + 2}, {px[2] + 3, (px[1] + px[3] - h) / 2},
                {px[0] - 3 - w, (px[1] + px[3] - h) / 2}, {px[2] - w, px[1] - 2 - h}, {px[2] - w, px[3] + 2}};
        for (double[] xy : at) {
            Rectangle2D r = new Rectangle2D.Double(xy[0], xy[1], w, h);
            if (!page.contains(r)) continue;
            boolean free = true;
            for (Rectangle2D t : taken) {
                if (t.intersects(r)) {
                    free = false;
                    break;
                }
            }
            if (free) return r;
        }
        return null;
    }

    private static Body text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String pageHtml(IrxDocument doc, int n, String png, BufferedImage img, List<Box> boxes) {
        StringBuilder sb = head(doc.source().file() + " p." + n);
        sb.append("<p><a href=\"index.html\">index</a> · page ").append(n).append(" of ").append(doc.source().pages())
                .append(" · ").append(legend()).append("</p>\n");
        sb.append("<div class=\"page\" style=\"width:").append(img.getWidth()).append("px;height:")
                .append(img.getHeight()).append("px\"><img src=\"").append(esc(png)).append("\" alt=\"page ").append(n)
                .append("\">\n");
        for (Box b : boxes) {
            StringBuilder title = new StringBuilder();
            for (Fact f : b.facts) {
                if (title.length() > 0) title.append('\n');
                title.append(f.id()).append(' ').append(label(f)).append(f.segment() == null ? "" : " [" + f.segment() + "]")
                        .append(" = ").append(f.value().toPlainString()).append(' ').append(f.unit())
                        .append(" (").append(f.status().json()).append(')');
            }
            if (!b.primary) title.insert(0, "also seen here: ");
            for (Fact f : b.facts) {
                sb.append(String.format(Locale.ROOT,
                        "<a class=\"box\"%s href=\"index.html#row-%s\" title=\"%s\" style=\"left:%.0fpx;top:%.0fpx;width:%.0fpx;height:%.0fpx\"></a>\n",
                        b.primary ? " id=\"" + esc(f.id()) + "\"" : "", esc(f.id()), esc(title.toString()), b.px[0] - 3,
                        b.px[1] - 3, b.px[2] - b.px[0] + 6, b.px[3] - b.px[1] + 6));
            }
        }
        sb.append("</div>\n</body></html>\n");
        return sb.toString();
    }

    private static String indexHtml(IrxDocument doc, List<Integer> pages, Map<String, double[]> placed) {
        StringBuilder sb = head(doc.source().file());
        var d = doc.document();
        sb.append("<h1>").append(esc(doc.source().file())).append("</h1>\n<p>").append(esc(d.kind().json()));
        if (d.company() != null && d.company().name() != null) sb.append(" · ").append(esc(d.company().name()));
        if (d.company() != null && d.company().securitiesCode() != null) sb.append(" (").append(esc(d.company().securitiesCode())).append(')');
        if (d.publishedOn() != null) sb.append(" · ").append(d.publishedOn());
        long rec = doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
        long con = doc.facts().stream().filter(f -> f.status() == FactStatus.CONFLICT).count();
        sb.append(" · ").append(doc.facts().size()).append(" facts: ").append(rec).append(" reconciled, ").append(con)
                .append(" conflict, ").append(doc.facts().size() - rec - con).append(" unchecked · ").append(legend()).append("</p>\n");
        sb.append("<p>pages:");
        for (int n : pages) sb.append(" <a href=\"").append(pageName(n)).append(".html\">").append(n).append("</a>");
        sb.append("</p>\n<table>\n<tr><th>id</th><th>metric</th><th>measure</th><th>segment</th><th>period</th><th>basis</th>"
                + "<th>value</th><th>unit</th><th>printed</th><th>status</th><th>page</th></tr>\n");
        for (Fact f : doc.facts()) {
            String page = pageName(f.page());
            sb.append("<tr id=\"row-").append(esc(f.id())).append("\" class=\"").append(f.status().json()).append("\"><td>")
                    .append(esc(f.id())).append("</td><td>").append(esc(f.metric().json()))
                    .append(f.item() == null ? "" : " " + esc(f.label())).append("</td><td>")
                    .append(esc(f.measure().json())).append("</td><td>").append(esc(f.segment() == null ? "" : f.segment()))
                    .append("</td><td>").append(esc(FactRows.periodLabel(f.period()))).append("</td><td>")
                    .append(esc(f.basis().json())).append(f.range() == null ? "" : " (" + esc(f.range().json()) + ")")
                    .append("</td><td class=\"num\">").append(f.value().toPlainString()).append("</td><td>")
                    .append(esc(f.unit())).append("</td><td>").append(esc(f.display() == null ? "" : f.display().text()))
                    .append("</td><td>").append(f.status().json()).append("</td><td>");
            if (placed.containsKey(f.id())) {
                sb.append("<a href=\"").append(page).append(".html#").append(esc(f.id())).append("\">p.").append(f.page())
                        .append("</a> <a href=\"").append(page).append(".png\">png</a>");
            } else {
                sb.append("p.").append(f.page()); // no box (text input) or a page not rendered
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    private static String legend() {
        return span(RECONCILED, "reconciled") + " " + span(UNCHECKED, "unchecked") + " " + span(CONFLICT, "conflict");
    }

    private static String span(Color c, String text) {
        return "<span style=\"color:" + hex(c) + ";font-weight:bold\">■ " + text + "</span>";
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static StringBuilder head(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;font-size:13px}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}td.num{text-align:right;font-family:monospace}")
                .append("tr.conflict td{background:#fde0e0}tr:target td{background:#fff3b0}")
                .append(".page{position:relative}.page img{position:absolute;left:0;top:0}")
                .append(".box{position:absolute;display:block}.box:target{outline:4px solid #ffb000;background:rgba(255,176,0,.25)}")
                .append("\n</style></head><body>\n");
        return sb;
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
