package dev.irx.internal.verify;

import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nine real 決算短信 in ../shared/realdata/tanshin, scored against goldens built from their own
 * inline-XBRL tags ({@link XbrlGolden}); no document may fall below samples/verify-baseline.json and
 * none may have a wrong figure. Skipped when ../shared is absent. Raise the recorded figures after an
 * improvement with {@code mvn -B test -Dtest=RealTanshinBaselineTest -Dirx.recordBaseline=true}.
 */
class RealTanshinBaselineTest {

    private static final Path DIR = Path.of("../shared/realdata/tanshin");

    @Test
    void noRealFilingFallsBelowItsBaseline() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "../shared/realdata/tanshin not present; skipped");
        IrxExtractor irx = IrxExtractor.builder().build();
        List<Score> scores = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                Path htm = DIR.resolve(pdf.getFileName().toString().replace(".pdf", "-ixbrl.htm"));
                if (!Files.exists(htm)) continue;
                IrxDocument doc = irx.extract(pdf);
                SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
                Score score = Scorer.score(pdf.getFileName().toString(), doc, Golden.parse(XbrlGolden.convert(htm)));
                System.out.printf("verify %-44s expected %4d found %4d wrong %3d missing %4d extra %3d%n",
                        score.document(), score.expected(), score.found(), score.wrong(), score.missing(),
                        score.extra());
                score.problems().stream().filter(p -> p.startsWith("wrong")).forEach(p -> wrong.add(pdf + ": " + p));
                scores.add(score);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        if (Boolean.getBoolean("irx.recordBaseline")) {
            Baseline.read(SamplesBaselineTest.BASELINE).raise(scores, SamplesBaselineTest.BASELINE);
        }
        List<String> drops = Baseline.read(SamplesBaselineTest.BASELINE).drops(scores);
        assertTrue(drops.isEmpty(), String.join("\n", drops));
    }
}
