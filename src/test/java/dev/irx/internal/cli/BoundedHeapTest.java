package dev.irx.internal.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedHeapTest {

    @Test
    void aHeapOptionOfTheUsersMeansNoChild() {
        assertTrue(BoundedHeap.wanted(List.of("-XX:+UseSerialGC", "-Dfoo=bar")));
        assertFalse(BoundedHeap.wanted(List.of("-Xmx2g")));
        assertFalse(BoundedHeap.wanted(List.of("-XX:MaxHeapSize=1073741824")));
        assertFalse(BoundedHeap.wanted(List.of("-XX:MaxRAMPercentage=50")));
    }

    @Test
    void theHeapGrowsWithTheJobsUpToTheDefault() {
        long gib8 = 8L << 30;
        assertEquals(1024, BoundedHeap.heapMiB(1, gib8));
        assertEquals(1024, BoundedHeap.heapMiB(2, gib8));
        assertEquals(2048, BoundedHeap.heapMiB(4, gib8));
        assertEquals(768, BoundedHeap.heapMiB(4, 768L << 20), "never above what the JVM would have had");
    }

    @Test
    void theChildGetsTheSameOptionsClassPathAndArgumentsWithABoundedHeap() {
        List<String> cmd = BoundedHeap.command("/jdk/bin/java", List.of("-Dx=1", "-XX:ArchiveClassesAtExit=a.jsa"),
                "irx.jar", 1024, new String[] {"batch", "in", "--out", "o"});
        assertEquals(List.of("/jdk/bin/java", "-Dx=1", "-Xmx1024m", "-D" + BoundedHeap.CHILD_PROPERTY + "=true",
                "-cp", "irx.jar", "dev.irx.internal.cli.Main", "batch", "in", "--out", "o"), cmd);
        assertFalse(BoundedHeap.wanted(cmd.subList(1, cmd.size())), "the child starts no other");
    }
}
