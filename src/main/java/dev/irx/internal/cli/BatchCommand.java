package dev.irx.internal.cli;

import dev.irx.IrxExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code irx batch}: many documents, one JSON each, a summary line each, never stopping at a bad file. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract every PDF/text file given (directories: their *.pdf and *.txt files, subdirectories "
                + "included) into --out, "
                + "one <name>.json each (at the input's path below the inputs' common directory), and append one "
                + "line per input to <out>/batch-summary.jsonl. With --format jsonl|csv: one <name>.jsonl or "
                + "<name>.csv each, and <out>/batch-facts.jsonl|csv with the rows of all that succeeded.")
final class BatchCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
            description = "Directories and/or files; - reads a list of them from stdin, one per line.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Files processed in parallel (default: cores, at most 4).")
    int jobs = Math.min(4, Runtime.getRuntime().availableProcessors());

    @Option(names = "--recursive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Look in subdirectories too (default); --no-recursive takes a directory's own files only.")
    boolean recursive;

    @Option(names = "--resume", description = "Skip inputs a run into the same --out already did (same bytes, same "
            + "irx version) and keep one summary line per input.")
    boolean resume;

    @CommandLine.Mixin
    OutputOptions options = new OutputOptions();

    @CommandLine.Mixin
    ReadOptions read = new ReadOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        String[] launched = Main.launchArgs();
        boolean pooled = WorkerPool.wanted(launched != null);
        if (!pooled && launched != null
                && BoundedHeap.wanted(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            Integer code = BoundedHeap.runInChild(launched, jobs); // the same batch, with a bounded heap
            if (code != null) return code;
        }
        BoundedHeap.exitWithParent();
        List<Path> roots = InputFiles.withStdinList(inputs, spec);
        List<Path> files = InputFiles.collect(roots, recursive, spec);
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no .pdf or .txt files in " + roots);
        }
        Path summaryFile = out.resolve("batch-summary.jsonl");
        BatchSummary summary;
        Resume done;
        try {
            // before any input is read: a run whose results cannot be kept is not started
            Files.createDirectories(out);
            AtomicFiles.checkWritable(out);
            done = resume ? Resume.open(summaryFile) : null;
            summary = new BatchSummary(summaryFile);
        } catch (IOException | RuntimeException e) {
            System.err.println("irx: cannot write to " + out + ": " + Errors.describe(e));
            return 2;
        }
        OutputNames naming = OutputNames.forRoots(roots);
        Map<Path, String> names = new HashMap<>();
        for (Path f : files) names.put(f, options.format.outputName(naming.of(f), f.getFileName().toString()));
        IrxExtractor irx;
        try {
            irx = extractor(); // in a pool too: a bad option is one usage error here, not one per worker
        } catch (IOException | IllegalArgumentException e) {
            summary.close();
            System.err.println("irx: " + e.getMessage());
            return 2;
        }
        Path combined = options.format.combinedName() == null ? null : out.resolve(options.format.combinedName());
        try {
            // an interrupted run must not leave the rows of an earlier one looking like its own
            if (combined != null) Files.deleteIfExists(combined);
        } catch (IOException e) {
            summary.close();
            System.err.println("irx: cannot write to " + out + ": " + Errors.describe(e));
            return 2;
        }
        Map<Path, Boolean> written = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger withConflicts = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Progress progress = Progress.onStderr(files.size());

        FileJob job = new FileJob(irx, options);
        WorkerPool workers = pooled ? WorkerPool.forThisJvm(
                spec.commandLine().getParseResult().originalArgs().toArray(String[]::new),
                java.time.Duration.ofSeconds(limits.timeoutSeconds), out, (files.size() + jobs - 1) / jobs) : null;
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path f : largestFirst(files)) {
                futures.add(pool.submit(() -> {
                    Resume.Outcome before = done == null ? Resume.Outcome.REDO : done.decide(f, names.get(f), out);
                    if (before.skip()) {
                        // done by an earlier run: counted with its status, its line appended only if it had none
                        if (before.rebuilt() != null) summary.append(before.rebuilt());
                        skipped.incrementAndGet();
                        if (before.ok()) written.put(f, true); // its rows, from the earlier run, join the combined file
                        if (!before.ok() || (options.strict && before.failedChecks() > 0)) failed.incrementAndGet();
                        if (before.failedChecks() > 0) withConflicts.incrementAndGet();
                        progress.fileDone(f.getFileName().toString(), "skipped, done before", false);
                        return null;
                    }
                    BatchSummary.Entry e = workers != null ? workers.run(f, names.get(f))
                            : job.run(f, names.get(f), out.resolve(names.get(f)), true);
                    summary.append(e);
                    if (e.ok()) written.put(f, true);
                    if (!e.ok() || (options.strict && e.failedChecks() > 0)) failed.incrementAndGet();
                    if (e.failedChecks() > 0) withConflicts.incrementAndGet();
                    if (!e.ok()) progress.message("irx: " + e.message());
                    if (e.ok() && options.strict && e.failedChecks() > 0) {
                        progress.message("irx: " + f.getFileName() + ": " + e.failedChecks() + " failed check(s), "
                                + e.conflicts() + " conflicting fact(s); see the warnings in " + e.output());
                    }
                    progress.fileDone(f.getFileName().toString(),
                            e.ok() ? "ok, " + e.facts() + " facts" : "error, " + e.reason(), true);
                    return null;
                }));
            }
            for (Future<?> fu : futures) fu.get();
        } finally {
            pool.shutdown();
            if (workers != null) workers.close();
            summary.close();
            progress.finish();
        }
        if (done != null && !summary.failed()) {
            try {
                done.compact(files);
            } catch (IOException e) {
                System.err.println("irx: cannot write the summary: " + Errors.describe(e));
                return 2;
            }
        }
        if (combined != null) {
            try {
                FlatBatch.combine(combined, out, files.stream().filter(written::containsKey).map(names::get).toList(),
                        options.format == OutputFormat.CSV);
            } catch (IOException e) {
                System.err.println("irx: cannot write " + combined + ": " + Errors.describe(e));
                return 2;
            }
        }
        if (summary.failed()) {
            System.err.println("irx: the summary " + summaryFile + " could not be written in full; outputs are in " + out);
            return 2;
        }
        System.err.printf("irx: %d file(s), %d ok, %d failed, %d with conflicts%s; summary in %s%n", files.size(),
                files.size() - failed.get(), failed.get(), withConflicts.get(),
                done == null ? "" : ", " + skipped.get() + " done before (--resume)", out.resolve("batch-summary.jsonl"));
        return failed.get() == 0 ? 0 : 1;
    }

    /**
     * The order files are handed out in: with more than one job, largest first (by bytes), so that a run does not
     * end with one core busy on a big file and the others idle. Lines are appended as files finish either way;
     * with one job, in the inputs' order.
     */
    private List<Path> largestFirst(List<Path> files) {
        if (jobs == 1) return files;
        Map<Path, Long> size = new HashMap<>();
        for (Path f : files) {
            try {
                size.put(f, Files.isRegularFile(f) ? Files.size(f) : 0L);
            } catch (IOException | RuntimeException e) {
                size.put(f, 0L); // its error comes when it is read
            }
        }
        List<Path> order = new ArrayList<>(files);
        order.sort(java.util.Comparator.comparing(size::get).reversed()); // stable: equal sizes keep their order
        return order;
    }

    /** The extractor the options ask for; a bad option or dictionary file is an exception naming it. */
    IrxExtractor extractor() throws IOException {
        return dictionaries.extractor(read.apply(limits.apply(IrxExtractor.builder())));
    }
}
