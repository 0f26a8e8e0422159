package dev.irx.internal.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers {@link TextNormalizer#fold}'s results while one document is processed on this thread: the stages fold
 * the same lines and labels again and again, and a fold is NFKC plus several regex passes. Opened around one
 * document and closed after it, so memory stays bounded by the document and a run's results never depend on
 * the documents before it. Nested opens share the outer memo.
 */
public final class FoldMemo implements AutoCloseable {

    /** A document with more distinct texts than this folds the rest without remembering them. */
    static final int MAX_ENTRIES = 1 << 15; // a few MB at most: the memo must not be what fills a small heap
    private static final ThreadLocal<Map<String, String>> MEMO = new ThreadLocal<>();

    private final boolean owner;

    private FoldMemo(boolean owner) { this.owner = owner; }

    /** Starts remembering folds on this thread until {@link #close}. */
    public static FoldMemo open() {
        if (MEMO.get() != null) return new FoldMemo(false);
        MEMO.set(new HashMap<>());
        return new FoldMemo(true);
    }

    static Map<String, String> current() { return MEMO.get(); }

    @Override
    public void close() {
        if (owner) MEMO.remove();
    }
}
