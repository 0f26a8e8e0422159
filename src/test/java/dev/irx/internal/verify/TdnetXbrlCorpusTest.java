package dev.irx.internal.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxExtractor;
import dev.irx.internal.verify.XbrlScore.Tally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 60 real TDnet filings of ../shared/realdata/tdnet, each PDF scored against every part's inline-XBRL tags
 * ({@link XbrlFilings}). Per part, the figures found may not fall below the floors in tdnet-xbrl-floors.json and
 * the wrong ones may not rise above them. The floors only rise: after an improvement, record them with
 * {@code mvn -B test -Dtest=TdnetXbrlCorpusTest -Dirx.recordFloors=true}. Skipped when ../shared is absent.
 */
class TdnetXbrlCorpusTest {

    private static final Path DIR = Path.of("../shared/realdata/tdnet");
    private static final Path FLOORS = Path.of("src/test/resources/dev/irx/verify/tdnet-xbrl-floors.json");

    @Test
    void noPartFallsBelowItsFloor() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "../shared/realdata/tdnet not present; skipped");
        IrxExtractor irx = IrxExtractor.builder().build();
        List<XbrlScore> scores = new ArrayList<>();
        for (Path filing : XbrlFilings.find(List.of(DIR))) scores.add(XbrlFilings.verify(irx, filing));
        assertTrue(scores.size() >= 60, "expected the 60 filings, scored " + scores.size());

        Map<String, Tally> parts = new LinkedHashMap<>();
        for (XbrlScore s : scores) s.parts().forEach((p, t) -> parts.merge(p, t, Tally::plus));
        ObjectMapper json = new ObjectMapper();
        JsonNode floors = json.readTree(FLOORS.toFile());
        List<String> drops = new ArrayList<>();
        ObjectNode raised = json.createObjectNode();
        for (Map.Entry<String, Tally> e : parts.entrySet()) {
            Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "tdnet %-22s expected %5d found %5d wrong %3d missing %5d extra %4d "
                    + "(%.1f%%)%n", e.getKey(), t.expected(), t.found(), t.wrong(), t.missing(), t.extra(), 100 * t.recall());
            JsonNode floor = floors.path(e.getKey());
            int minFound = floor.path("found").asInt(0);
            int maxWrong = floor.path("wrong").asInt(0);
            if (t.found() < minFound) drops.add(e.getKey() + ": found " + t.found() + " < floor " + minFound);
            if (t.wrong() > maxWrong) drops.add(e.getKey() + ": wrong " + t.wrong() + " > floor " + maxWrong);
            ObjectNode r = raised.putObject(e.getKey());
            r.put("found", Math.max(minFound, t.found()));
            r.put("wrong", floor.has("wrong") ? Math.min(maxWrong, t.wrong()) : t.wrong());
        }
        if (Boolean.getBoolean("irx.recordFloors") && drops.isEmpty()) {
            Files.writeString(FLOORS, json.writerWithDefaultPrettyPrinter().writeValueAsString(raised) + "\n");
        }
        assertTrue(drops.isEmpty(), String.join("\n", drops));
    }
}
