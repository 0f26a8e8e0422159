package dev.irx.internal.extract.label;

import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;
import dev.irx.model.Metric;
import dev.irx.internal.normalize.TextNormalizer;

import java.util.List;
import java.util.Optional;

/**
 * Splits a compound label that the dictionary does not hold as a whole into a qualifier and a known
 * metric label, at a word boundary found by kuromoji: 「連結営業利益」 → 連結 + 営業利益,
 * 「リカーリングサービス売上高」 → リカーリングサービス + 売上高. Splitting only at morpheme boundaries
 * keeps 「純資産」 from being read as 純 + 資産. What the qualifier means is the caller's decision.
 */
public final class CompoundLabel {

    /** The label as qualifier + metric label. */
    public record Split(String qualifier, String metricLabel, Metric metric) {

        /** 「連結」「単体」「全社」…: a qualifier that names the scope, not a part of the company. */
        public boolean qualifiesScope() { return SCOPE_WORDS.contains(qualifier); }

        /** true for 連結, false for 単体/個別, null for a qualifier that does not say. */
        public Boolean scope() {
            return qualifier.equals("連結") ? Boolean.TRUE
                    : qualifier.equals("単体") || qualifier.equals("個別") ? Boolean.FALSE : null;
        }
    }

    private static final java.util.Set<String> SCOPE_WORDS = java.util.Set.of("連結", "単体", "個別", "全社", "当期",
            "通期", "累計", "連結累計", "全社連結");

    private CompoundLabel() {}

    /** Loaded on first use only: most documents never need it, and the dictionary takes a moment to load. */
    private static final class Holder {
        static final Tokenizer TOKENIZER = new Tokenizer();
    }

    /**
     * The run of nouns that ends a phrase: 「法人・MVNE・個人を合わせたモバイルサービス」 → 「モバイルサービス」.
     * A modifying clause before the name (ending in a verb or particle) is not part of it.
     */
    public static String trailingNouns(String phrase) {
        String compact = TextNormalizer.compact(phrase);
        List<Token> tokens = Holder.TOKENIZER.tokenize(compact);
        int start = compact.length();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (!t.getPartOfSpeechLevel1().equals("名詞") || t.getPartOfSpeechLevel2().equals("非自立")) break;
            start = t.getPosition();
        }
        return compact.substring(start);
    }

    /**
     * The last word of a phrase when it is a noun, the head a definition names its kind by: 「案件」 of
     * 「10億円以上の複数年案件」; empty when the phrase ends in anything else.
     */
    static Optional<String> headNoun(String phrase) {
        String compact = TextNormalizer.compact(phrase);
        if (compact.isEmpty()) return Optional.empty();
        List<Token> tokens = Holder.TOKENIZER.tokenize(compact);
        Token last = tokens.get(tokens.size() - 1);
        return last.getPartOfSpeechLevel1().equals("名詞") && !last.getPartOfSpeechLevel2().equals("非自立")
                && !last.getPartOfSpeechLevel2().equals("数")
                ? Optional.of(last.getSurface()) : Optional.empty();
    }

    /** The longest known metric label that ends the compound, with what stands before it. */
    public static Optional<Split> split(String label, LabelDictionary labels) {
        String compact = TextNormalizer.compact(label);
        if (compact.isEmpty()) return Optional.empty();
        List<Token> tokens = Holder.TOKENIZER.tokenize(compact);
        for (Token t : tokens) {
            int at = t.getPosition();
            if (at == 0) continue;
            String suffix = compact.substring(at);
            Optional<Metric> metric = labels.lookup(suffix);
            if (metric.isPresent()) return Optional.of(new Split(compact.substring(0, at), suffix, metric.get()));
        }
        return Optional.empty();
    }
}
