package dev.irx.spark;

import dev.irx.IrxExtractor;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link IrxExtractor} per executor JVM (per setting), built on first use: it is thread-safe, and building one
 * loads the dictionaries, which is too dear to do per task or per file.
 */
final class Extractors {

    private static final ConcurrentHashMap<Duration, IrxExtractor> BY_TIMEOUT = new ConcurrentHashMap<>();

    private Extractors() {}

    static IrxExtractor withTimeout(Duration timeout) {
        return BY_TIMEOUT.computeIfAbsent(timeout, t -> IrxExtractor.builder().timeout(t).build());
    }
}
