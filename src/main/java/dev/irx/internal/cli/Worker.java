package dev.irx.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The batch's end of one worker JVM ({@link WorkerMain}): a request line goes to its stdin, and its reply is the
 * next line on its stdout that starts with {@link #REPLY}. A worker that does not reply in time is killed.
 * Used by one thread at a time.
 */
final class Worker implements AutoCloseable {

    /** Starts each reply line, so that anything else a worker might print on stdout is not taken for one. */
    static final String REPLY = "irx-worker-reply ";
    /** Queued when the worker's stdout ends: it has exited. Compared by identity. */
    private static final String ENDED = new String("ended");

    private final Process process;
    private final Writer toWorker;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private volatile boolean late;

    private Worker(Process process) {
        this.process = process;
        this.toWorker = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "irx-worker-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a worker JVM; its stderr is the batch's (errors with -v, nothing otherwise). */
    static Worker start(List<String> command) throws IOException {
        return new Worker(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    long pid() { return process.pid(); }

    /**
     * Sends one request and waits for its reply, at most {@code limitMillis} (0: no limit). Null when there is
     * none: the worker ran past the limit and was killed ({@link #late()}), or it ended ({@link #ended()} says how).
     */
    String ask(String request, long limitMillis) throws InterruptedException {
        try {
            toWorker.write(request);
            toWorker.write('\n');
            toWorker.flush();
        } catch (IOException e) {
            // it has ended: its stdout's end says so below
        }
        String line = limitMillis > 0 ? replies.poll(limitMillis, TimeUnit.MILLISECONDS) : replies.take();
        if (line == null || line == ENDED) {
            late = line == null;
            kill();
            return null;
        }
        return line;
    }

    /** Whether the worker was killed for running past the limit of {@link #ask}. */
    boolean late() { return late; }

    /** How the worker ended, for the file it was reading: "exit code 1", "killed by signal 9". */
    String ended() {
        try {
            int code = process.waitFor();
            return code > 128 ? "killed by signal " + (code - 128) : "exit code " + code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not known";
        }
    }

    /** Stops the worker at once (a thread stuck inside PDFBox cannot be stopped any other way). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends an idle worker: its stdin closed, it exits; one that does not is killed. */
    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException e) {
            // ended already
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void readReplies() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(REPLY)) replies.add(line.substring(REPLY.length()));
            }
        } catch (IOException e) {
            // its end
        }
        replies.add(ENDED);
    }
}
