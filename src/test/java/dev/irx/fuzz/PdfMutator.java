package dev.irx.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages a PDF the ways files are damaged in the wild and by hostile writers: flipped bytes, a file cut short
 * (with and without a {@code %%EOF} put back, which our truncation check cannot tell), a chunk doubled or
 * dropped, a number of the object syntax changed (a /Length, a /Count, an object number, a /Columns).
 *
 * <p>Seeded: mutant {@code i} of seed {@code s} is the same bytes on every run and machine, so a failure is
 * reproduced from its name alone.
 */
final class PdfMutator {

    enum Kind { FLIP, TRUNCATE, TRUNCATE_KEEP_EOF, DUPLICATE, DELETE, NUMBER, MIXED }

    /** One damaged file: its name says how to make it again. */
    record Mutant(String name, Kind kind, byte[] bytes) {}

    /** Numbers that break parsers: zero, negative, past 32 bits, past 64 bits, a fraction. */
    private static final String[] NASTY = {"0", "-1", "1", "2147483648", "99999999999", "-2147483649", "0.5",
            "9999999999999999999999", "65535", "1000000"};

    private final long seed;

    PdfMutator(long seed) { this.seed = seed; }

    Mutant mutate(String seedName, byte[] pdf, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        byte[] out = kind == Kind.MIXED ? pdf : apply(kind, pdf, r);
        if (kind == Kind.MIXED) {
            int n = 2 + r.nextInt(3);
            for (int k = 0; k < n; k++) out = apply(Kind.values()[r.nextInt(Kind.MIXED.ordinal())], out, r);
        }
        return new Mutant(seedName + "-s" + seed + "-m" + index + "-" + kind.name().toLowerCase() + ".pdf", kind, out);
    }

    static byte[] apply(Kind kind, byte[] in, Random r) {
        if (in.length < 16) return in.clone();
        return switch (kind) {
            case FLIP -> flip(in, r);
            case TRUNCATE -> java.util.Arrays.copyOf(in, cut(in, r));
            case TRUNCATE_KEEP_EOF -> concat(java.util.Arrays.copyOf(in, cut(in, r)),
                    "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            case DUPLICATE -> duplicate(in, r);
            case DELETE -> delete(in, r);
            case NUMBER -> number(in, r);
            case MIXED -> throw new IllegalArgumentException("not a single mutation");
        };
    }

    private static byte[] flip(byte[] in, Random r) {
        byte[] out = in.clone();
        int n = 1 + r.nextInt(16);
        for (int k = 0; k < n; k++) out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
        return out;
    }

    /** Somewhere after the header, before the end. */
    private static int cut(byte[] in, Random r) {
        return in.length / 20 + r.nextInt(in.length - in.length / 20);
    }

    private static byte[] duplicate(byte[] in, Random r) {
        int len = 1 + r.nextInt(Math.max(1, Math.min(8192, in.length / 4)));
        int from = r.nextInt(in.length - len);
        int at = r.nextInt(in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + len);
        out.write(in, 0, at);
        out.write(in, from, len);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] in, Random r) {
        int len = 1 + r.nextInt(Math.max(1, Math.min(8192, in.length / 4)));
        int from = r.nextInt(in.length - len);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, from);
        out.write(in, from + len, in.length - from - len);
        return out.toByteArray();
    }

    /** A number of the object syntax (a run of digits between delimiters) changed to a nasty or a near value. */
    private static byte[] number(byte[] in, Random r) {
        List<int[]> numbers = numbers(in);
        if (numbers.isEmpty()) return flip(in, r);
        int[] n = numbers.get(r.nextInt(numbers.size()));
        String old = new String(in, n[0], n[1] - n[0], StandardCharsets.ISO_8859_1);
        String repl;
        int pick = r.nextInt(NASTY.length + 3);
        if (pick < NASTY.length) repl = NASTY[pick];
        else {
            long v = old.length() > 17 ? 1 : Long.parseLong(old);
            repl = Long.toString(switch (pick - NASTY.length) {
                case 0 -> v + 1;
                case 1 -> Math.max(0, v - 1);
                default -> v * 1000;
            });
        }
        if (repl.equals(old)) repl = old + "0"; // a change, always
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 24);
        out.write(in, 0, n[0]);
        out.writeBytes(repl.getBytes(StandardCharsets.ISO_8859_1));
        out.write(in, n[1], in.length - n[1]);
        return out.toByteArray();
    }

    /** [start, end) of each digit run standing alone between PDF delimiters or whitespace. */
    static List<int[]> numbers(byte[] in) {
        List<int[]> out = new ArrayList<>();
        for (int i = 1; i < in.length; i++) {
            if (!isDigit(in[i]) || !isDelimiter(in[i - 1])) continue;
            int j = i;
            while (j < in.length && isDigit(in[j])) j++;
            if (j < in.length && isDelimiter(in[j])) out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    private static boolean isDigit(byte b) { return b >= '0' && b <= '9'; }

    private static boolean isDelimiter(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '[' || b == ']' || b == '<' || b == '>' || b == '/';
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
