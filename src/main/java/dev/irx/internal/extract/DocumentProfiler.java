package dev.irx.internal.extract;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Company;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.model.Rounding;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.TwoDigitYears;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out what a document is (FISCO report, results deck, 決算短信), whose it is and when it was
 * published, from cues in its text: report banners, header lines, the securities code.
 */
final class DocumentProfiler {

    private static final Pattern FISCO_BANNER = Pattern.compile("COMPANY RESEARCH AND ANALYSIS REPORT|FISCO Ltd");
    private static final Pattern DECK = Pattern.compile("決算説明|決算サマリー|業績説明|決算概要|決算補足");
    /** A data book's title: 「第3四半期決算補足資料」, データブック, Fact Book (not a deck's 「決算補足説明資料」). */
    private static final Pattern DATA_BOOK = Pattern.compile(
            "決算補足資料|データブック|ファクトブック|(?i:fact ?book|data ?book)");
    /** FISCO header: 「2024年7月11日(木) サイバートラスト」 (date, weekday, company); the weekday tells it from prose. */
    private static final Pattern DATED_HEADER = Pattern.compile(
            "^(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\([月火水木金土日]\\)\\s*(\\S.{0,40}?)\\s*$");
    /** 「4498 東証グロース市場」 (code, exchange, section). */
    private static final Pattern CODE_MARKET = Pattern.compile(
            "(?<![0-9])(\\d{3}[0-9A-Z])\\s+((?:東証|名証|札証|福証)(?:プライム|スタンダード|グロース|メイン|ネクスト|"
                    + "セントレックス|アンビシャス|Q-Board|プロ)?)(?:市場)?");
    /** 「サイバートラスト <4498> は」: the company's first mention with its code. */
    private static final Pattern NAME_CODE = Pattern.compile("([^\\s、。「」()<>]{2,30})\\s*<(\\d{3}[0-9A-Z])>");
    /** A deck's cover: 「プライム市場(証券コード:3774)」. */
    private static final Pattern COVER_CODE = Pattern.compile(
            "(?:(?<section>プライム|スタンダード|グロース)市場)?\\s*\\(?証券コード\\s*[:：]?\\s*(?<code>\\d{3}[0-9A-Z])\\)?");
    /** A deck's cover: the company's legal name, perhaps with its short name in brackets. */
    private static final Pattern COVER_NAME = Pattern.compile("^(?<name>株式会社\\S+?|\\S+?株式会社)(?:\\([^()]*\\))?$");
    /** 「© Internet Initiative Japan Inc. 12」: a deck's footer names the issuer in English. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s*)?(?<issuer>[A-Za-z][A-Za-z0-9.,&' -]+?(?:Inc\\.|Ltd\\.|Co\\.|Corporation|Corp\\.|Holdings))");
    /** A date in full, western or by era: 「2024年5月2日」「平成26年2月14日」「令和元年5月14日」. */
    private static final String FULL_DATE = "(?:(\\d{4})|(平成|令和|昭和) ?(元|\\d{1,2})) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日";
    /** A line that is only a date, as on the first page of a 短信 or a deck: the publication date. */
    private static final Pattern DATE_ONLY = Pattern.compile("^" + FULL_DATE + "(?: ?\\([月火水木金土日]\\))?$");
    /** 「(2021年12月21日~2022年12月20日)」「自 平成25年1月1日 至 平成25年12月31日」: a period given by its days. */
    private static final Pattern DATE_RANGE = Pattern.compile("(?:自 ?)?" + FULL_DATE + " ?(?:~|-|至|から) ?" + FULL_DATE);
    /** 「平成25年」「令和元年」: an era the document dates by. */
    private static final Pattern ERA_YEAR = Pattern.compile("(平成|令和|昭和) ?(元|\\d{1,2}) ?年");
    /** A year printed in full: 「2024年」. */
    private static final Pattern FULL_YEAR = Pattern.compile("(?<!\\d)(\\d{4}) ?年");
    /** 決算短信 cover: 「上場会社名 株式会社インフォネット」 and 「コード番号 4444」. */
    // Matched on the space-free line: covers letter-space their labels (「上 場 会 社 名」).
    private static final Pattern TANSHIN_NAME = Pattern.compile(
            "^(?:上場会社名|不動産投資信託証券発行者名|発行者名)(.+?)(?:上場取引所|$)");
    private static final Pattern TANSHIN_CODE = Pattern.compile("^コード番号(\\d{3}[0-9A-Z])(?![0-9])");
    /** 「上場取引所 東」: the exchange letter(s) on a 短信 cover. */
    private static final Pattern TANSHIN_EXCHANGE = Pattern.compile("上場取引所([東名札福](?:[・,]?[東名札福])*)");
    /** The 短信's own title line: 「2024年3月期 決算短信〔日本基準〕(連結)」. */
    private static final Pattern TANSHIN_TITLE = Pattern.compile("決算短信");
    /** 「24/3期」「2024年3月期」: the month tells the fiscal year end. */
    private static final Pattern FY_MONTH = Pattern.compile(
            "(?:\\d{2}/|\\d{4}年|(?:平成|令和|昭和) ?(?:元|\\d{1,2}) ?年|(?<![\\d/])\\d{2}年) ?(\\d{1,2}) ?(?:月)?期");

    /** Parent-only figures announced anywhere: then an unmarked table may be either scope. */
    private static final Pattern PARENT_ONLY = Pattern.compile(
            "個別業績|単体業績|個別財務|単体財務|非連結|\\(個別\\)|\\(単体\\)|(?:個別|単体)(?:の)?(?:売上|利益|決算|損益|貸借)");

    /**
     * What the document is, and the scope of figures whose table does not say: consolidated when the
     * document reports consolidated figures and never parent-only ones; false for a 非連結 短信; else null.
     */
    record Profile(DocumentInfo info, Boolean defaultScope, Dating dating) {}

    /**
     * How the document dates: the eras it states, its own year (the publication date's, else the first year it
     * prints in full; null when none) and the day its fiscal months end on (0: the month's last day).
     */
    record Dating(Set<TwoDigitYears.Era> eras, Integer year, int yearEndDay) {
        TwoDigitYears twoDigitYears() { return TwoDigitYears.of(eras, year); }
    }

    private DocumentProfiler() {}

    static Profile profile(SourceDocument doc, FoldedText folded) {
        return profile(doc, folded, IssuerTable.standard());
    }

    static Profile profile(SourceDocument doc, FoldedText folded, IssuerTable issuers) {
        boolean consolidatedSeen = false, parentOnlySeen = false;
        DocumentKind kind = DocumentKind.UNKNOWN;
        LocalDate published = null, firstPageDate = null;
        String title = null;
        String previousLine = null;
        String copyright = null;
        String name = null, code = null, market = null, nameFromCode = null, codeFromName = null;
        Map<Integer, Integer> fyMonths = new HashMap<>();
        boolean ifrs = false, usgaap = false, jgaap = false;
        Rounding rounding = null;
        boolean tanshinWord = false, tanshinCover = false, deckWord = false, bookWord = false;
        String tanshinTitle = null;
        Set<TwoDigitYears.Era> eras = EnumSet.noneOf(TwoDigitYears.Era.class);
        Integer firstFullYear = null;
        Set<LocalDate> offMonthEnds = new java.util.HashSet<>();

        for (Page page : doc.pages()) {
            for (String t : folded.lines(page)) {
                if (t.isEmpty()) continue;
                if (kind == DocumentKind.UNKNOWN || kind == DocumentKind.KESSAN_DECK) {
                    if (FISCO_BANNER.matcher(t).find()) kind = DocumentKind.FISCO_REPORT;
                }
                if (page.number() <= 2) {
                    if (t.contains("決算短信")) tanshinWord = true;
                    else if (DECK.matcher(t).find() && !t.contains("の有無")) deckWord = true;
                    if (page.number() == 1 && DATA_BOOK.matcher(t).find() && !t.contains("の有無")) bookWord = true;
                }
                if ((published == null || name == null) && t.length() > 4 && t.charAt(4) == '年') {
                    Matcher m = DATED_HEADER.matcher(t);
                    if (m.find()) {
                        LocalDate d = date(m.group(1), m.group(2), m.group(3));
                        if (d != null && published == null) {
                            published = d;
                            if (looksLikeName(m.group(4))) name = m.group(4);
                        }
                    }
                }
                if (page.number() == 1 && code == null && t.contains("証券コード")) {
                    Matcher cc = COVER_CODE.matcher(t);
                    if (cc.find() && cc.group("code") != null) {
                        code = cc.group("code");
                        if (cc.group("section") != null) market = "東証" + cc.group("section");
                        if (name == null && previousLine != null) {
                            Matcher cn = COVER_NAME.matcher(previousLine);
                            if (cn.matches()) name = cn.group("name");
                        }
                    }
                }
                if (page.number() == 1) previousLine = t;
                if (copyright == null && (t.contains("©") || t.contains("(c)") || t.contains("Copyright"))) {
                    Matcher cr = COPYRIGHT.matcher(t);
                    if (cr.find()) copyright = cr.group("issuer").trim();
                }
                // every date and year below has a 年 in it
                boolean year = t.indexOf('年') >= 0;
                if (firstPageDate == null && page.number() == 1 && year) {
                    Matcher m = DATE_ONLY.matcher(t);
                    if (m.matches()) firstPageDate = date(m, 0);
                }
                for (Matcher e = ERA_YEAR.matcher(t); year && e.find(); ) {
                    TwoDigitYears.Era era = TwoDigitYears.Era.of(e.group(1));
                    Integer y = era.year(e.group(2).equals("元") ? 1 : Integer.parseInt(e.group(2)));
                    if (y == null) continue;
                    eras.add(era);
                    if (firstFullYear == null) firstFullYear = y;
                }
                if (firstFullYear == null && year) {
                    Matcher y = FULL_YEAR.matcher(t);
                    if (y.find() && Integer.parseInt(y.group(1)) >= 1950 && Integer.parseInt(y.group(1)) <= 2100)
                        firstFullYear = Integer.parseInt(y.group(1));
                }
                for (Matcher r = DATE_RANGE.matcher(t); year && r.find(); ) {
                    LocalDate end = offMonthEnd(date(r, 0), date(r, 5));
                    if (end != null) offMonthEnds.add(end);
                }
                if (code == null && t.indexOf('証') >= 0) {
                    Matcher m = CODE_MARKET.matcher(t);
                    if (m.find()) {
                        code = m.group(1);
                        market = m.group(2);
                    }
                }
                if (kind != DocumentKind.FISCO_REPORT) {
                    String c0 = TextNormalizer.compact(t);
                    if (tanshinTitle == null && page.number() == 1 && TANSHIN_TITLE.matcher(t).find()) tanshinTitle = t;
                    Matcher n = TANSHIN_NAME.matcher(c0);
                    if (name == null && (c0.startsWith("上場会社名") || c0.startsWith("不動産投資信託証券発行者名")
                            || c0.startsWith("発行者名")) && n.find()) {
                        name = n.group(1);
                        tanshinCover = true;
                    }
                    Matcher c = TANSHIN_CODE.matcher(c0);
                    if (code == null && c0.startsWith("コード番号") && c.find()) {
                        code = c.group(1);
                        tanshinCover = true;
                    }
                    Matcher x = TANSHIN_EXCHANGE.matcher(c0);
                    if (market == null && c0.contains("上場取引所") && x.find()) market = exchange(x.group(1));
                }
                if (codeFromName == null && t.indexOf('<') >= 0) {
                    Matcher m = NAME_CODE.matcher(t);
                    if (m.find()) {
                        nameFromCode = m.group(1);
                        codeFromName = m.group(2);
                    }
                }
                Matcher fy = FY_MONTH.matcher(t);
                while (t.indexOf('期') >= 0 && fy.find()) {
                    int month = Integer.parseInt(fy.group(1));
                    if (month >= 1 && month <= 12) fyMonths.merge(month, 1, Integer::sum);
                }
                if (!consolidatedSeen && t.contains("連結")) consolidatedSeen = true;
                if (!parentOnlySeen && PARENT_ONLY.matcher(t).find()) parentOnlySeen = true;
                // The first note wins: 「(百万円未満切捨て)」 heads the 短信's figures; later notes are about one item.
                if (rounding == null) rounding = QuantityParser.parseRoundingNote(t).orElse(null);
                if (t.contains("IFRS")) ifrs = true;
                if (t.contains("米国基準") || t.contains("US GAAP")) usgaap = true;
                if (t.contains("日本基準")) jgaap = true;
            }
        }
        if (kind == DocumentKind.UNKNOWN) kind = kindOf(tanshinWord, tanshinCover, deckWord);
        if (bookWord && kind != DocumentKind.KESSAN_TANSHIN && kind != DocumentKind.FISCO_REPORT) {
            kind = DocumentKind.DATA_BOOK;
        }
        if (kind == DocumentKind.KESSAN_TANSHIN) title = tanshinTitle;
        // The name that stands beside the document's own code wins over a header guess.
        if (code != null && code.equals(codeFromName)) name = nameFromCode;
        if (name == null && codeFromName != null && (code == null || code.equals(codeFromName))) {
            name = nameFromCode;
            code = codeFromName;
        }
        if (published == null) published = firstPageDate;
        if (code == null && copyright != null) {
            // No code printed: the issuer table knows the company behind the copyright line.
            Optional<IssuerTable.Issuer> issuer = issuers.lookup(copyright);
            if (issuer.isPresent()) {
                code = issuer.get().code();
                if (name == null) name = issuer.get().name();
                if (market == null) market = issuer.get().market();
            }
        }
        Integer fyEnd = fyMonths.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        AccountingStandard standard = ifrs && !usgaap && !jgaap ? AccountingStandard.IFRS
                : usgaap && !ifrs && !jgaap ? AccountingStandard.USGAAP
                : jgaap && !ifrs && !usgaap ? AccountingStandard.JGAAP : null;
        if (title == null) title = usableTitle(doc.title());
        Boolean scope = title != null && title.contains("非連結") ? Boolean.FALSE
                : consolidatedSeen && !parentOnlySeen ? Boolean.TRUE : null;
        // Fiscal months that end on another day than the last: every such period the document gives by its days
        // must agree on the day, and end in the year-end month's calendar (a quarter ends three months on).
        java.util.Set<Integer> days = new java.util.HashSet<>();
        for (LocalDate d : offMonthEnds) {
            if (fyEnd == null || (d.getMonthValue() - fyEnd + 12) % 3 != 0) days.add(-1);
            else days.add(d.getDayOfMonth());
        }
        int yearEndDay = days.size() == 1 && !days.contains(-1) ? days.iterator().next() : 0;
        Integer year = published != null ? Integer.valueOf(published.getYear()) : firstFullYear;
        return new Profile(new DocumentInfo(kind, title, new Company(name, code, market), published, standard, fyEnd,
                rounding),
                scope, new Dating(eras, year, yearEndDay));
    }

    /**
     * A 短信 has its cover (上場会社名, コード番号). Without one, a document that names 決算短信 and also
     * calls itself 説明資料 or 決算概要 is a deck filed with the 短信 (「(別紙)参考資料」), not the 短信.
     * The 短信's own 「決算補足説明資料作成の有無」 and 「決算説明会開催の有無」 are not deck words.
     */
    private static DocumentKind kindOf(boolean tanshinWord, boolean tanshinCover, boolean deckWord) {
        if (tanshinWord && (tanshinCover || !deckWord)) return DocumentKind.KESSAN_TANSHIN;
        if (deckWord) return DocumentKind.KESSAN_DECK;
        return DocumentKind.UNKNOWN;
    }

    /** 「東」 → 「東証」; several exchanges are kept, 「東・名」 → 「東証・名証」. */
    private static String exchange(String letters) {
        StringBuilder sb = new StringBuilder();
        for (char ch : letters.toCharArray()) {
            if ("東名札福".indexOf(ch) < 0) continue;
            if (sb.length() > 0) sb.append('・');
            sb.append(ch).append('証');
        }
        return sb.toString();
    }

    /** PDF Title entries are often a file name or a tool's stamp (「決算短信_20240501153402」, 「00_08.htm」). */
    static String usableTitle(String meta) {
        if (meta == null || meta.isBlank()) return null;
        String t = meta.strip();
        if (t.matches("(?i).*\\.(htm|html|doc|docx|pptx?|xlsx?|pdf)$") || t.matches(".*_\\d{8,}$")
                || t.matches("(?i)(untitled|無題).*")) return null;
        return t;
    }

    private static boolean looksLikeName(String s) {
        return s != null && !s.isBlank() && !s.matches(".*\\d{3,}.*") && !s.startsWith("http");
    }

    /** The date a {@link #FULL_DATE} matched from group {@code from + 1}; null when it is no date. */
    private static LocalDate date(Matcher m, int from) {
        String y = m.group(from + 1);
        if (y == null) {
            TwoDigitYears.Era era = TwoDigitYears.Era.of(m.group(from + 2));
            Integer w = era.year(m.group(from + 3).equals("元") ? 1 : Integer.parseInt(m.group(from + 3)));
            if (w == null) return null;
            y = String.valueOf(w);
        }
        return date(y, m.group(from + 4), m.group(from + 5));
    }

    /**
     * The end of a period from {@code start} to {@code end} when it is whole fiscal months that end on a day
     * other than the month's last (「2021年12月21日~2022年12月20日」: 12, 6, 3 or 9 months to the 20th); else null.
     */
    private static LocalDate offMonthEnd(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.getDayOfMonth() == end.lengthOfMonth() || end.getDayOfMonth() > 30) return null;
        for (int months : new int[] {3, 6, 9, 12}) {
            if (end.minusMonths(months).plusDays(1).equals(start)) return end;
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
