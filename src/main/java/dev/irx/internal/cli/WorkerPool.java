package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A batch's files read in worker JVMs ({@link WorkerMain}), one file at a time each, so that a file stuck where
 * no interrupt reaches (a loop inside a PDFBox call) or a JVM brought down by one file costs that file only: the
 * worker is killed or found dead, its file gets its one summary line, and the next file gets a new worker. The
 * batch's threads call {@link #run} (each uses one worker at a time), so there are never more workers than jobs.
 *
 * <p>A worker writes its output to a temporary file beside the target, and the batch renames it into place when
 * the worker's reply says it is whole. A worker killed at any point thus leaves no output and no partial file,
 * and one that finished lost nothing.
 */
final class WorkerPool implements AutoCloseable {

    /** {@code -Dirx.pool=false} reads the files in threads of the batch's own JVM, as before the pool. */
    static final String PROPERTY = "irx.pool";
    /** A worker's heap when the user gave no heap option: a large real document reads in well under this. */
    static final long WORKER_HEAP_MIB = 512;

    /**
     * A worker's JVM options, each unless the user gave one of its kind (the pattern). The serial collector: one
     * thread reads a file, so one thread collects (G1's threads would compete with the other workers for the
     * cores). No optimising JIT (C2): each worker compiles for itself, and on 77 samples and real 短信 C2 cost
     * each JVM 10 to 15 s of CPU for code only about 15% faster, so it pays only after many hundreds of files:
     * a worker with {@link #LONG_RUN} files or more to read keeps it. docs/development.md has the measurements.
     */
    static final Map<String, String> TUNING = tuning();
    /** Files per worker from which the optimising JIT earns back its compile time. */
    static final int LONG_RUN = 500;
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private static Map<String, String> tuning() {
        Map<String, String> t = new java.util.LinkedHashMap<>();
        t.put("-XX:[+-]Use\\w*GC", "-XX:+UseSerialGC");
        t.put("-XX:TieredStopAtLevel=.*|-XX:[+-]TieredCompilation", C1_ONLY);
        return java.util.Collections.unmodifiableMap(t);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> command;
    private final Duration timeout;
    private final Path out;
    private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
    /** The workers reading a file, and the temporary output each writes. */
    private final Map<Worker, Path> busy = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private final Set<Worker> live = ConcurrentHashMap.newKeySet();
    private final Thread stopAll = new Thread(this::killAll, "irx-stop-workers");

    WorkerPool(List<String> command, Duration timeout, Path out) {
        this.command = List.copyOf(command);
        this.timeout = timeout;
        this.out = out;
        // a SIGTERM or Ctrl-C of the batch stops its workers and removes their partial outputs
        Runtime.getRuntime().addShutdownHook(stopAll);
    }

    /**
     * Whether a batch reads its files in a pool: yes when it runs as the irx command ({@code launched}), unless
     * {@code -Dirx.pool=false}; {@code -Dirx.pool=true} asks for it in any case (a batch run inside another
     * program, as in tests).
     */
    static boolean wanted(boolean launched) {
        String p = System.getProperty(PROPERTY);
        return p == null ? launched : Boolean.parseBoolean(p);
    }

    /**
     * A worker's command line: this JVM's options (a heap option of the user's applies to each worker), a heap of
     * {@link #WORKER_HEAP_MIB} when none was given, the irx properties set in this JVM, the class path, and the
     * batch's own arguments.
     */
    static List<String> command(String java, List<String> jvmArgs, Map<String, String> irxProperties,
                                String classPath, String[] batchArgs, int filesPerWorker) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        boolean heapGiven = !BoundedHeap.wanted(jvmArgs);
        for (String a : jvmArgs) {
            // one archive, written by this JVM; one debugger, attached to this JVM
            if (a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-agentlib:jdwp") || a.startsWith("-Xrunjdwp")) continue;
            if (a.startsWith("-D" + BoundedHeap.CHILD_PROPERTY + "=")) continue;
            cmd.add(a);
        }
        TUNING.forEach((kind, option) -> {
            if (option.equals(C1_ONLY) && filesPerWorker >= LONG_RUN) return;
            if (jvmArgs.stream().noneMatch(a -> a.matches(kind))) cmd.add(option);
        });
        if (!heapGiven) cmd.add("-Xmx" + WORKER_HEAP_MIB + "m");
        irxProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(WorkerMain.class.getName());
        for (String a : batchArgs) cmd.add(a);
        return cmd;
    }

    /** The pool for a batch with these arguments (the whole command line, "batch" included), in this JVM. */
    static WorkerPool forThisJvm(String[] batchArgs, Duration timeout, Path out, int filesPerWorker) {
        Map<String, String> irx = new java.util.TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("irx.") && !key.equals(BoundedHeap.CHILD_PROPERTY)) irx.put(key, v.toString());
        });
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new WorkerPool(command(java, ManagementFactory.getRuntimeMXBean().getInputArguments(), irx,
                System.getProperty("java.class.path"), batchArgs, filesPerWorker), timeout, out);
    }

    /** Reads one file in a worker and puts its output in place; its entry, whatever happens to the worker. */
    BatchSummary.Entry run(Path file, String outName) throws InterruptedException {
        long t0 = System.nanoTime();
        Path target = out.resolve(outName);
        Path tmp = AtomicFiles.temp(target);
        Worker w = idle.poll();
        if (w == null) {
            try {
                w = Worker.start(command);
                live.add(w);
            } catch (IOException e) {
                return BatchSummary.Entry.error(file, "internal", file.getFileName()
                        + ": internal error: cannot start a worker JVM: " + Errors.describe(e), FileJob.ms(t0),
                        Hashes.sha256OrNull(file));
            }
        }
        busy.put(w, tmp);
        try {
            return ask(w, file, outName, target, tmp, t0);
        } finally {
            busy.remove(w);
        }
    }

    /** Sends the file to the worker, waits for it, puts its output in place; keeps the worker or ends it. */
    private BatchSummary.Entry ask(Worker w, Path file, String outName, Path target, Path tmp, long t0)
            throws InterruptedException {
        ObjectNode req = MAPPER.createObjectNode();
        req.put("file", file.toString());
        req.put("output", outName);
        req.put("tmp", tmp.toString());
        String reply = w.ask(req.toString(), limitMillis());
        if (reply == null) { // killed past its time, or ended by itself: no output, no partial file
            live.remove(w);
            deleteQuietly(tmp);
            // the batch is being stopped (SIGTERM): its files in flight get no line, and --resume does them
            if (stopping) throw new InterruptedException("the batch is stopping");
            return lost(file, w, t0);
        }
        BatchSummary.Entry e;
        try {
            e = BatchSummary.fromJson(MAPPER.readTree(reply));
        } catch (IOException ex) {
            e = BatchSummary.Entry.error(file, "internal", file.getFileName() + ": internal error: a worker's "
                    + "reply does not parse: " + Errors.describe(ex), FileJob.ms(t0), Hashes.sha256OrNull(file));
        }
        if (e.ok()) {
            try {
                AtomicFiles.publish(tmp, target);
            } catch (IOException ex) {
                e = FileJob.outputError(file, ex, e.ms() == null ? FileJob.ms(t0) : e.ms());
            }
        }
        deleteQuietly(tmp); // what a failed file may have begun
        if ("timeout".equals(e.reason()) || "internal".equals(e.reason())) {
            // past its time, its thread may still be spinning; after a bug, its state is not to be trusted
            live.remove(w);
            w.kill();
        } else {
            idle.add(w); // only now: its next request tells it that this output is in place
        }
        return e;
    }

    /** The time a worker has for one file: the file's own limit, which the worker keeps itself, and a grace. */
    private long limitMillis() {
        if (timeout.isZero()) return 0;
        return timeout.toMillis() + 5_000 + timeout.toMillis() / 10;
    }

    /** The entry of a file whose worker gave no reply: timeout when it was killed for its time, else internal. */
    private BatchSummary.Entry lost(Path file, Worker w, long t0) {
        long ms = FileJob.ms(t0);
        String name = String.valueOf(file.getFileName());
        if (w.late()) {
            String over = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            return BatchSummary.Entry.error(file, IrxException.Reason.TIMEOUT.code(),
                    new IrxException(name, IrxException.Reason.TIMEOUT, "over " + over + "; its worker JVM was stopped")
                            .getMessage(), ms, Hashes.sha256OrNull(file));
        }
        // a JVM that dies on a file (its memory, a crash, a kill from outside) is irx failing on it, not the file
        return BatchSummary.Entry.error(file, "internal", name + ": internal error: the worker JVM reading it ended ("
                + w.ended() + ")", ms, Hashes.sha256OrNull(file));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stray .tmp file: hidden, and never taken for an output
        }
    }

    /** Kills every worker and removes the outputs they were writing: the batch is stopping. */
    private void killAll() {
        stopping = true;
        for (Worker w : live) w.kill();
        for (Path tmp : busy.values()) deleteQuietly(tmp);
    }

    /** Ends the idle workers (each exits when its stdin closes). */
    @Override
    public void close() {
        for (Worker w; (w = idle.poll()) != null; ) {
            live.remove(w);
            w.close();
        }
        for (Worker w : live) w.kill(); // none: every file has had its reply
        try {
            Runtime.getRuntime().removeShutdownHook(stopAll);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs
        }
    }
}
