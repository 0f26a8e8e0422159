package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A worker JVM of a batch's pool ({@link WorkerPool}). It is given the batch's own command line, builds the same
 * extractor from it, then reads requests on stdin, one JSON line each ({@code file}, {@code output}: the name
 * the summary gives, {@code tmp}: where to write it), and answers each with one line: {@link Worker#REPLY} and
 * the file's summary entry. It writes the output to {@code tmp} only; the batch puts it in place, so a worker
 * killed half-way never leaves half an output. It ends when its stdin does or when the batch's JVM is gone.
 *
 * <p>Test hook: {@code -Dirx.worker.stallOn=NAME} makes the worker, on the input of that file name, write the
 * start of its output and then spin, deaf to interrupts, as a worker stuck inside a PDFBox call does: so that
 * tests can kill a worker half-way through a file.
 */
final class WorkerMain {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * The temporary output of the last request, deleted if the batch's JVM goes away before it put it in place
     * (a batch killed then records nothing for the file, and --resume reads it again). The next request means
     * that the batch is done with it.
     */
    private static volatile Path inFlight;

    private WorkerMain() {}

    public static void main(String[] args) throws IOException {
        // the replies go to the real stdout, and nothing else may: anything printed goes to stderr instead
        PrintStream replies = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        Main.prepare(args);
        endWithParent();
        CommandLine cl = new CommandLine(new Main());
        BatchCommand batch = (BatchCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
        FileJob job;
        try {
            job = new FileJob(batch.extractor(), batch.options);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("irx: worker: " + e.getMessage()); // the batch checked these before it started us
            System.exit(2);
            return;
        }
        String stallOn = System.getProperty("irx.worker.stallOn");
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            JsonNode req = MAPPER.readTree(line);
            Path file = Path.of(req.get("file").asText());
            Path tmp = Path.of(req.get("tmp").asText());
            inFlight = tmp;
            if (file.getFileName() != null && file.getFileName().toString().equals(stallOn)) stall(tmp);
            BatchSummary.Entry e = job.run(file, req.get("output").asText(), tmp, false);
            replies.println(Worker.REPLY + MAPPER.writeValueAsString(BatchSummary.json(e)));
            replies.flush();
        }
        deleteInFlight(); // in place already, unless the batch's JVM was killed
        System.exit(0);
    }

    /** Ends this JVM when the batch's is gone (killed with SIGKILL, which closes no pipe of a busy worker). */
    private static void endWithParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) return;
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
            deleteInFlight();
            Runtime.getRuntime().halt(137);
        }, "irx-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void deleteInFlight() {
        Path tmp = inFlight;
        try {
            if (tmp != null) java.nio.file.Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing more to do: the batch is gone
        }
    }

    @SuppressWarnings("InfiniteLoopStatement")
    private static void stall(Path tmp) throws IOException {
        java.nio.file.Files.writeString(tmp, "{\"source\":");
        long x = 0;
        while (true) x += System.nanoTime() & 1; // no sleep, no wait: an interrupt changes nothing
    }
}
