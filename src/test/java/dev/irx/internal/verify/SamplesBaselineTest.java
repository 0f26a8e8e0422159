package dev.irx.internal.verify;

import dev.irx.IrxExtractor;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code irx verify} as part of {@code mvn verify}: every sample with a golden is extracted and scored,
 * and no document may fall below its recorded recall and precision in samples/verify-baseline.json.
 * To record an improvement: {@code java -jar target/irx.jar verify samples --record-baseline
 * samples/verify-baseline.json} (it only ever raises the figures).
 */
class SamplesBaselineTest {

    static final Path SAMPLES = Path.of("samples");
    static final Path BASELINE = SAMPLES.resolve("verify-baseline.json");

    @Test
    void noSampleFallsBelowItsBaseline() throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        List<Score> scores = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            for (Path in : s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".txt"))
                    .sorted().toList()) {
                Path golden = SAMPLES.resolve(in.getFileName().toString().replaceFirst("\\.[^.]+$", "")
                        + ".expected.json");
                if (!Files.exists(golden)) continue;
                var doc = irx.extract(in);
                SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
                Score score = Scorer.score(in.getFileName().toString(), doc, Golden.read(golden));
                System.out.printf("verify %-36s expected %4d found %4d wrong %3d missing %4d extra %3d%n",
                        score.document(), score.expected(), score.found(), score.wrong(), score.missing(),
                        score.extra());
                assertTrue(score.wrong() == 0, in + " has wrong figures: " + score.problems().stream()
                        .filter(p -> p.startsWith("wrong")).toList());
                scores.add(score);
            }
        }
        assertTrue(!scores.isEmpty(), "no sample with a golden in samples/");
        if (Boolean.getBoolean("irx.recordBaseline")) {
            Baseline.read(SamplesBaselineTest.BASELINE).raise(scores, SamplesBaselineTest.BASELINE);
        }
        List<String> drops = Baseline.read(BASELINE).drops(scores);
        assertTrue(drops.isEmpty(), String.join("\n", drops));
    }
}
