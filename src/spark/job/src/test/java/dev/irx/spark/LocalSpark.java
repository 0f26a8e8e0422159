package dev.irx.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/** A local Spark session for tests, kept small: no UI, few shuffle partitions; and the repository's root. */
final class LocalSpark {

    private LocalSpark() {}

    static SparkSession start(int cores) {
        return SparkSession.builder().master("local[" + cores + "]").appName("irx-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(cores))
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** The repository's root (set by the build; the tests read samples/ and run the CLI's target/irx.jar). */
    static Path root() {
        return Path.of(System.getProperty("irx.root", "../../..")).toAbsolutePath().normalize();
    }
}
