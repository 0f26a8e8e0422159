package dev.irx.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XbrlFilingsTest {

    @Test
    void aFolderOfOneFilingIsOneAndAFolderOfSeveralSummariesIsEachOfThem(@TempDir Path dir) throws Exception {
        Path filing = Files.createDirectories(dir.resolve("tdnet/tse-acedjpsm-99990-2024"));
        Files.writeString(filing.resolve("tse-acedjpsm-99990-2024-ixbrl.htm"), "<html/>");
        Files.writeString(filing.resolve("0500000-acbs01-tse-acedjpsm-99990-ixbrl.htm"), "<html/>");
        Path flat = Files.createDirectories(dir.resolve("tanshin"));
        Files.writeString(flat.resolve("tse-anedjpsm-11110-2023-ixbrl.htm"), "<html/>");
        Files.writeString(flat.resolve("tse-qcedjpsm-22220-2024-ixbrl.htm"), "<html/>");
        assertEquals(List.of(filing), XbrlFilings.find(List.of(dir.resolve("tdnet"))));
        // two filings side by side are scored one by one, never as one filing with both summaries' tags
        assertEquals(List.of(flat.resolve("tse-anedjpsm-11110-2023-ixbrl.htm"), flat.resolve("tse-qcedjpsm-22220-2024-ixbrl.htm")),
                XbrlFilings.find(List.of(flat)));
    }
}
