package dev.irx.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes mutants to a directory, to run {@code irx batch} on them as a user would (its summary, its memory):
 *
 * <pre>FuzzCorpus OUT_DIR COUNT [MUTATOR_SEED]</pre>
 */
final class FuzzCorpus {

    private FuzzCorpus() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        List<PdfMutator.Mutant> mutants = FuzzHarness.mutants(FuzzHarness.seeds(true), seed, count);
        for (PdfMutator.Mutant m : mutants) Files.write(out.resolve(m.name()), m.bytes());
        System.out.println(mutants.size() + " mutants in " + out);
    }
}
