package dev.irx.internal.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a batch's memory bounded when the JVM was started without a heap size and its files are read in threads of
 * one JVM ({@code -Dirx.pool=false}; the worker JVMs of {@link WorkerPool} get a heap of their own). A jar cannot set its own heap, and
 * the JVM's default (a quarter of the machine's memory) lets a batch of hostile files grow to several gigabytes, as
 * the collector expands the heap rather than collect. {@code batch} then runs itself again in a child JVM with a
 * heap sized to its jobs, passing on its arguments, standard streams and exit code. A heap option given
 * ({@code -Xmx}, {@code -XX:MaxHeapSize}, {@code -XX:MaxRAMPercentage}, …) is the user's choice: no child.
 */
final class BoundedHeap {

    /** Set in the child, so that it never starts another. */
    static final String CHILD_PROPERTY = "irx.boundedHeap";
    /** Heap per job, and at least: a large real document reads in well under this. */
    static final long MIB_PER_JOB = 512;
    static final long MIN_MIB = 1024;

    private BoundedHeap() {}

    /** Whether a batch with these JVM arguments should run in a child JVM: none of them sizes the heap. */
    static boolean wanted(List<String> jvmArgs) {
        if (Boolean.getBoolean(CHILD_PROPERTY)) return false;
        for (String a : jvmArgs) {
            if (a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize") || a.startsWith("-XX:MaxRAM")
                    || a.startsWith("-XX:InitialRAMPercentage") || a.startsWith("-XX:MinRAMPercentage")) return false;
        }
        return true;
    }

    /** The child's heap in MiB: {@link #MIB_PER_JOB} a job, at least {@link #MIN_MIB}, at most the default heap. */
    static long heapMiB(int jobs, long defaultMaxBytes) {
        long want = Math.max(MIN_MIB, MIB_PER_JOB * jobs);
        return Math.max(64, Math.min(want, defaultMaxBytes >> 20));
    }

    /** The child's command line: this JVM's options, a bounded heap, the same class path and arguments. */
    static List<String> command(String java, List<String> jvmArgs, String classPath, long heapMiB, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:ArchiveClassesAtExit")) continue; // one archive, written by this JVM
            cmd.add(a);
        }
        cmd.add("-Xmx" + heapMiB + "m");
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        for (String a : args) cmd.add(a);
        return cmd;
    }

    /**
     * Runs the arguments in a child JVM and returns its exit code; null when no child can be started (the batch
     * then runs here). A SIGTERM or Ctrl-C of this JVM stops the child too.
     */
    static Integer runInChild(String[] args, int jobs) {
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = command(java, jvmArgs, System.getProperty("java.class.path"),
                heapMiB(jobs, Runtime.getRuntime().maxMemory()), args);
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "irx-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 2;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs
            }
        }
    }

    /**
     * In the child: ends it when its parent is gone (killed with SIGKILL, which runs no hook), as a batch killed
     * with its JVM would end. Outputs are atomic and --resume finishes the run.
     */
    static void exitWithParent() {
        if (!Boolean.getBoolean(CHILD_PROPERTY)) return;
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) return;
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(137);
        }, "irx-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
