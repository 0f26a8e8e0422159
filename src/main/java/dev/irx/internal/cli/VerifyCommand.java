package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import dev.irx.internal.verify.Baseline;
import dev.irx.internal.verify.Golden;
import dev.irx.internal.verify.Score;
import dev.irx.internal.verify.Scorer;
import dev.irx.internal.verify.XbrlFilings;
import dev.irx.internal.verify.XbrlScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code irx verify}: extraction scored against golden fixtures (<name>.expected.json beside each input). */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract each document that has a golden (<name>.expected.json beside it) and report "
                + "expected, found, wrong, missing, extra, recall and precision.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: samples).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--strict", description = "Also fail (exit 1) when irx produced figures the golden lacks.")
    boolean strict;

    @Option(names = "--details", description = "List every wrong, missing and extra figure.")
    boolean details;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fail when any document's recall or precision falls below this recorded baseline.")
    Path baseline;

    @Option(names = "--record-baseline", paramLabel = "FILE",
            description = "Raise the recorded baseline to today's figures (never lowers it).")
    Path recordBaseline;

    @Option(names = "--xbrl", description = "Score filing folders (a 短信's PDF beside the filer's inline-XBRL "
            + "parts) against the filer's own tags, per part, per form and per concept.")
    boolean xbrl;

    @Option(names = "--concepts", description = "With --xbrl: also list every concept's counts, most missed first.")
    boolean concepts;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces on errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @Override
    public Integer call() throws IOException {
        if (xbrl) return verifyXbrl();
        if (paths.isEmpty()) paths = List.of(Path.of("samples"));
        List<Path> inputs = inputsWithGoldens();
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no document with a golden in " + paths);
        }
        IrxExtractor irx;
        try {
            irx = dictionaries.extractor();
        } catch (IOException e) {
            System.err.println("irx: " + e.getMessage());
            return 2;
        }
        List<Score> scores = new ArrayList<>();
        boolean failed = false;
        for (Path in : inputs) {
            Golden golden = Golden.read(goldenOf(in));
            try {
                Score s = Scorer.score(in.getFileName().toString(), irx.extract(in), golden);
                scores.add(s);
                failed |= s.failed(strict);
            } catch (IrxException e) {
                Errors.report(e, verbose);
                failed = true;
            }
        }
        List<String> drops = baseline == null ? List.of() : Baseline.read(baseline).drops(scores);
        if (recordBaseline != null) Baseline.read(recordBaseline).raise(scores, recordBaseline);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) printJson(out, scores, drops);
        else printTable(out, scores, drops);
        out.flush();
        return failed || !drops.isEmpty() ? 1 : 0;
    }

    /** Exit 0 when every filing was read, 1 when one failed; the scores are a report, not a pass/fail test. */
    private Integer verifyXbrl() throws IOException {
        if (paths.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--xbrl needs filing folders");
        List<Path> filings;
        try {
            filings = XbrlFilings.find(paths);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (filings.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no filing folder (a tse-…-ixbrl.htm summary "
                    + "beside its PDF) in " + paths);
        }
        IrxExtractor irx;
        try {
            irx = dictionaries.extractor();
        } catch (IOException e) {
            System.err.println("irx: " + e.getMessage());
            return 2;
        }
        List<XbrlScore> scores = new ArrayList<>();
        boolean failed = false;
        for (Path f : filings) {
            try {
                scores.add(XbrlFilings.verify(irx, f));
            } catch (IrxException e) {
                Errors.report(e, verbose);
                failed = true;
            } catch (IOException | RuntimeException e) {
                Errors.report(f, e, verbose);
                failed = true;
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) XbrlReport.printJson(out, scores);
        else XbrlReport.printTable(out, scores, concepts, details);
        out.flush();
        return failed ? 1 : 0;
    }

    /** Named files must have a golden; from directories, the documents that have one. */
    private List<Path> inputsWithGoldens() throws IOException {
        for (Path p : paths) {
            if (Files.isRegularFile(p) && !Files.exists(goldenOf(p))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no golden beside " + p
                        + " (expected " + goldenOf(p).getFileName() + ")");
            }
        }
        return InputFiles.collect(paths, false, spec).stream().filter(f -> Files.exists(goldenOf(f))).toList();
    }

    static Path goldenOf(Path input) {
        String n = input.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? n.substring(0, dot) : n) + ".expected.json");
    }

    private void printTable(PrintStream out, List<Score> scores, List<String> drops) {
        out.printf(Locale.ROOT, "%-40s %8s %6s %6s %8s %6s %7s %9s%n", "document", "expected", "found", "wrong",
                "missing", "extra", "recall", "precision");
        int e = 0, f = 0, w = 0, m = 0, x = 0, p = 0, sightings = 0, seen = 0;
        for (Score s : scores) {
            sightings += s.sightings();
            seen += s.seen();
            out.printf(Locale.ROOT, "%-40s %8d %6d %6d %8d %6d %6.1f%% %9s%n", s.document(), s.expected(),
                    s.found(), s.wrong(), s.missing(), s.extra(), 100 * s.recall(),
                    Double.isNaN(s.precision()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * s.precision()));
            e += s.expected(); f += s.found(); w += s.wrong(); m += s.missing(); x += s.extra(); p += s.produced();
        }
        out.printf(Locale.ROOT, "%-40s %8d %6d %6d %8d %6d %6.1f%% %8.1f%%%n", "TOTAL", e, f, w, m, x,
                e == 0 ? 100.0 : 100.0 * f / e, p == 0 ? 100.0 : 100.0 * f / p);
        if (sightings > 0) {
            // A figure printed on several pages is checked against itself only where irx read each printing.
            out.printf(Locale.ROOT, "read on %d of the %d pages the goldens list their figures on (%.1f%%)%n", seen,
                    sightings, 100.0 * seen / sightings);
        }
        for (Score s : scores) {
            for (String d : s.documentMismatches()) out.println(s.document() + ": " + d);
            if (details) for (String pr : s.problems()) out.println(s.document() + ": " + pr);
        }
        for (String d : drops) out.println("BASELINE DROP: " + d);
    }

    private static void printJson(PrintStream out, List<Score> scores, List<String> drops) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (Score s : scores) {
            ObjectNode n = docs.addObject();
            n.put("document", s.document());
            n.put("expected", s.expected());
            n.put("found", s.found());
            n.put("wrong", s.wrong());
            n.put("missing", s.missing());
            n.put("extra", s.extra());
            n.put("produced", s.produced());
            n.put("sightings", s.sightings());
            n.put("seen", s.seen());
            n.put("recall", s.recall());
            if (Double.isNaN(s.precision())) n.putNull("precision");
            else n.put("precision", s.precision());
            ArrayNode dm = n.putArray("documentMismatches");
            s.documentMismatches().forEach(dm::add);
            ArrayNode pr = n.putArray("problems");
            s.problems().forEach(pr::add);
        }
        ArrayNode d = root.putArray("baselineDrops");
        drops.forEach(d::add);
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
