package dev.irx.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF pages each iXBRL part of a filing folder was printed on, from the folder's listing of "pages per part"
 * in print order (lines {@code "   2  0300000-acbs03-…-ixbrl.htm"} in SOURCE.txt or parts.txt). A filing whose
 * qualitative.htm reprints the statements untagged printed only the summary and qualitative.htm; the statement
 * files it lists are then not pages of the PDF.
 */
final class PartPages {

    private static final Pattern LINE = Pattern.compile("(?m)^\\s+(\\d+)\\s+(\\S+\\.htm)\\s*$");

    private PartPages() {}

    /** File name → its 1-based pages; empty when the folder has no listing. */
    static Map<String, Set<Integer>> read(Path folder) throws IOException {
        for (String name : List.of("parts.txt", "SOURCE.txt")) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) return parse(Files.readString(f, StandardCharsets.UTF_8));
        }
        return Map.of();
    }

    static Map<String, Set<Integer>> parse(String listing) {
        boolean reprinted = listing.contains("holds the statements untagged");
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        Matcher m = LINE.matcher(listing);
        int next = 1;
        while (m.find()) {
            String file = m.group(2);
            if (reprinted && !file.equals("qualitative.htm") && !file.startsWith("tse-")) continue;
            int n = Integer.parseInt(m.group(1));
            Set<Integer> pages = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) pages.add(next + i);
            next += n;
            out.put(file, pages);
        }
        return out;
    }
}
