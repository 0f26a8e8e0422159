package dev.irx.internal.validate;

import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minus is applied once. A figure printed with △/▲/− or 「マイナス」 is negative, however many words of
 * decrease stand beside it (「△3.6%減」 is −3.6, never +3.6); in a sentence, a change followed by 「減」
 * is negative and one followed by 「増」 is not. Only a mismatch is recorded: agreeing with one's own
 * print is not agreeing with another figure, so it makes no fact reconciled.
 */
final class SignRule implements Rule {

    private static final Pattern SIGNED = Pattern.compile("^\\s*(?:[△▲\\-−－]|マイナス)");
    private static final Set<Measure> CHANGES = Set.of(Measure.YOY_PCT, Measure.YOY_AMOUNT, Measure.ACHIEVEMENT_AMOUNT,
            Measure.REVISION_AMOUNT);

    @Override
    public String name() { return "sign"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Fact f : facts) {
            List<Evidence> all = new ArrayList<>();
            all.add(f.where());
            all.addAll(f.alsoSeen());
            for (Evidence e : all) {
                String problem = problem(f, e);
                if (problem != null) {
                    out.add(new Finding(name(), false, List.of(f), f.key() + ": '" + e.display().text() + "' (p."
                            + e.page() + ", 「" + e.text() + "」) " + problem + ", but the value is "
                            + f.value().toPlainString() + ": a sign was lost or applied twice"));
                    break;
                }
            }
        }
        return out;
    }

    /** What the print says about the sign, when the value contradicts it; else null. */
    static String problem(Fact f, Evidence e) {
        String printed = e.display().text();
        int sign = f.value().signum();
        if (SIGNED.matcher(printed).find()) return sign > 0 ? "is printed negative" : null;
        if (e.source() != FactSource.SENTENCE || !CHANGES.contains(f.measure())) return null;
        String word = wordAfter(e.text(), printed);
        if (word == null) return null;
        if ((word.startsWith("減") || word.startsWith("マイナス")) && sign > 0) return "is followed by 「減」";
        if (word.startsWith("増") && sign < 0) return "is followed by 「増」";
        return null;
    }

    /** The text right after the figure in its sentence, when the figure occurs there once. */
    private static String wordAfter(String sentence, String printed) {
        if (sentence == null || printed.isEmpty()) return null;
        Matcher m = Pattern.compile(Pattern.quote(printed)).matcher(sentence);
        String after = null;
        int count = 0;
        while (m.find()) {
            // 「14.8%増」 must not be read as 「4.8%増」.
            if (m.start() > 0 && Character.isDigit(sentence.charAt(m.start() - 1))) continue;
            if (m.start() > 0 && sentence.charAt(m.start() - 1) == '.') continue;
            count++;
            after = sentence.substring(m.end());
        }
        return count == 1 ? after : null;
    }
}
