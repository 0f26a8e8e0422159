package dev.irx.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A batch's progress on stderr. On a terminal: one bar redrawn in place, with the rate and the time left. Else
 * (a log, a pipe, CI): one plain line per file, {@code [n/total] name: ok, N facts} or {@code ...: error, reason},
 * for scripts to read, and only for runs of 10 files or more, as before ({@code ...: skipped, done before} for one --resume found done).
 *
 * <p>Written here rather than taken from a library: me.tongfei:progressbar is not among the packages this
 * project can fetch, and JLine (which is) would put a terminal library into the irx artifact for one line of
 * output. Thread-safe.
 */
final class Progress {

    static final int PLAIN_THRESHOLD = 10;
    private static final int BAR_WIDTH = 24;

    private final PrintStream err;
    private final int total;
    private final boolean bar;
    private final boolean plain;
    private final LongSupplier nanos;
    private final long start;
    private int done;
    /** Files done by this run's own work: the rate counts these, not those --resume skipped. */
    private int worked;
    private boolean drawn;

    Progress(PrintStream err, int total, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.total = total;
        this.bar = terminal && total > 1;
        this.plain = !terminal && total >= PLAIN_THRESHOLD;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** For a batch on this JVM's stderr. */
    static Progress onStderr(int total) {
        return new Progress(System.err, total, stderrIsTerminal(), System::nanoTime);
    }

    /** A message (an error) on a line of its own, never inside the bar. */
    synchronized void message(String line) {
        clear();
        err.println(line);
        redraw(null);
    }

    /** A file is finished; {@code worked} false for one --resume found done. */
    synchronized void fileDone(String name, String outcome, boolean worked) {
        done++;
        if (worked) this.worked++;
        if (plain) err.printf("[%d/%d] %s: %s%n", done, total, name, outcome);
        redraw(name);
    }

    /** Ends the bar's line, before the batch's closing line. */
    synchronized void finish() {
        if (drawn) err.println();
        drawn = false;
        err.flush();
    }

    private void clear() {
        if (drawn) err.print("\r\033[K");
        drawn = false;
    }

    private void redraw(String last) {
        if (!bar) return;
        err.print("\r\033[K" + line(last));
        err.flush();
        drawn = true;
    }

    /** "[=========>              ]  12/40  30%  2.5 files/s  ETA 0:11  x.pdf" */
    String line(String last) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < BAR_WIDTH; i++) sb.append(i < filled ? '=' : i == filled ? '>' : ' ');
        sb.append("] ").append(done).append('/').append(total)
                .append(String.format(Locale.ROOT, " %3d%%", total == 0 ? 100 : done * 100L / total));
        double seconds = (nanos.getAsLong() - start) / 1e9;
        if (worked > 0 && seconds > 0) {
            double rate = worked / seconds;
            sb.append(String.format(Locale.ROOT, "  %.1f files/s  ETA %s", rate, clock((total - done) / rate)));
        } else {
            sb.append("  ETA --:--");
        }
        if (last != null) sb.append("  ").append(last.length() > 40 ? last.substring(0, 39) + "…" : last);
        return sb.toString();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Whether stderr is a terminal. Java 17 can tell only of stdin and stdout together ({@link System#console()});
     * on Linux the link /proc/self/fd/2 names a terminal device.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.exists(fd2.getParent())) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // not Linux, or no /proc: fall back below
        }
        return System.console() != null;
    }
}
