package dev.irx.internal.extract.prose;

import dev.irx.internal.extract.FoldedText;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Metric;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes in which a document says what one of its labels means: IIJ's decks print 「当期利益は親会社の所有者
 * に帰属する当期利益」, so every 当期利益 row in them is the owners' share, not the group's profit. Both
 * sides must be labels the dictionary knows, or the line is prose and changes nothing.
 */
public final class LabelNotes {

    private static final Pattern NOTE = Pattern.compile(
            "^(?:※\\d*|\\*\\d*|注\\d*[:.]?|\\(注\\d*\\))?(?<label>[^、。:]{2,20}?)は、?(?<meaning>[^、。:]{2,40}?)"
                    + "(?:を指す|を表す|を示す|を意味する|のこと|です|を記載|を表示)?[。.]?$");

    private LabelNotes() {}

    /** The dictionary as the document's notes amend it, and a warning for each amendment. */
    public record Amended(LabelDictionary labels, List<String> warnings) {}

    public static Amended apply(SourceDocument doc, FoldedText folded, LabelDictionary labels) {
        LabelDictionary out = labels;
        List<String> warnings = new ArrayList<>();
        for (Page page : doc.pages()) {
            for (String line : folded.lines(page)) {
                Matcher m = NOTE.matcher(FoldedText.compact(line));
                if (!m.matches()) continue;
                Optional<Metric> was = labels.lookup(m.group("label"));
                Optional<Metric> now = labels.lookup(m.group("meaning"));
                if (was.isEmpty() || now.isEmpty() || was.get() == now.get()) continue;
                out = out.redefine(m.group("label"), now.get());
                warnings.add("p." + page.number() + ": the document defines '" + m.group("label") + "' as '"
                        + m.group("meaning") + "'; read as " + now.get().json());
            }
        }
        return new Amended(out, warnings);
    }
}
