package dev.irx.spark;

import dev.irx.IrxVersion;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

/**
 * irx's batch as a Spark job: PDF and text files from any Hadoop file system to two Parquet tables, {@code OUT/facts}
 * (the flat fact rows, partitioned by document kind and published year) and {@code OUT/files} (one row per input:
 * status, reason, counts, time, sha256, irx version). Each executor shares one extractor across its tasks; a file
 * that fails is a row in {@code files} and the job goes on. Started by spark-submit (docs/spark.md):
 *
 * <pre>spark-submit --master local[2] --class dev.irx.spark.IrxJob src/spark/target/irx-spark.jar samples out</pre>
 */
public final class IrxJob {

    /** What a run did. {@code skipped}: inputs done before (--resume); the others count this run's rows. */
    public record Summary(long inputs, long ok, long failed, long skipped, long facts) {}

    private IrxJob() {}

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("irx-spark: " + e.getMessage() + "\n" + JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "irx");
        // A task only fails when its executor is lost (each file's failure is a row): retry that once, not forever.
        // (local[N] never retries; local[N,F] does.)
        conf.setIfMissing("spark.task.maxFailures", "2");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int code = 0;
        try {
            Summary s = run(spark, options);
            System.err.printf("irx-spark: %d input(s), %d ok, %d failed, %d done before; %d facts; tables in %s%n",
                    s.inputs(), s.ok(), s.failed(), s.skipped(), s.facts(), options.out());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("irx-spark: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        if (code != 0) System.exit(code);
    }

    /** Runs the job on a session the caller owns (and stops). */
    public static Summary run(SparkSession spark, JobOptions o) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        org.apache.hadoop.conf.Configuration hadoop = sc.hadoopConfiguration();
        Path out = new Path(o.out());
        Path factsPath = new Path(out, "facts"), filesPath = new Path(out, "files");
        FileSystem outFs = out.getFileSystem(hadoop);
        if ((outFs.exists(factsPath) || outFs.exists(filesPath)) && !o.resume()) {
            throw new IllegalArgumentException(out + " already has tables; --resume adds to them");
        }
        Set<String> done = outFs.exists(filesPath) ? done(spark, filesPath.toString()) : Set.of();
        Broadcast<Set<String>> doneB = sc.broadcast(done);
        // many tasks a core, so that the last ones to finish leave few cores idle (each file is one unit of work)
        int partitions = o.partitions() > 0 ? o.partitions() : 8 * sc.defaultParallelism();

        JavaRDD<Conversion> converted = inputs(sc, o, partitions).mapPartitions(it -> {
            Conversion.Extraction irx = Extractors.withTimeout(o.timeout())::extract;
            List<Conversion> results = new ArrayList<>();
            while (it.hasNext()) {
                Input in = it.next();
                results.add(Conversion.of(in.path(), in.bytes(), irx, doneB.value()));
            }
            return results.iterator();
        });
        // both tables come from one conversion of each file
        converted.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = o.resume() ? SaveMode.Append : SaveMode.ErrorIfExists;
            Dataset<Row> facts = spark.createDataFrame(converted.flatMap(c -> c.facts.iterator()), Tables.FACTS);
            facts.write().mode(mode).partitionBy(Tables.PARTITION_COLUMNS.toArray(String[]::new))
                    .parquet(factsPath.toString());
            // written last: an input is done (for --resume) only once its facts are in
            Dataset<Row> files = spark.createDataFrame(converted.filter(c -> !c.skipped()).map(c -> c.file), Tables.FILES);
            files.coalesce(Math.max(1, partitions / 64)).write().mode(mode).parquet(filesPath.toString());
            long ok = 0, failed = 0, factCount = 0;
            for (Row r : files.groupBy("status").agg(sum("facts"), count("*")).collectAsList()) {
                long n = r.getLong(2);
                if ("ok".equals(r.getString(0))) {
                    ok = n;
                    factCount = r.getLong(1);
                } else {
                    failed += n;
                }
            }
            long skipped = converted.filter(Conversion::skipped).count(); // from the cache: counted once
            return new Summary(ok + failed + skipped, ok, failed, skipped, factCount);
        } finally {
            converted.unpersist(false);
            doneB.destroy();
        }
    }

    /**
     * The inputs done before: sha256 and irx version of each ok row, and of each error whose reason the bytes decide
     * (not io, internal or timeout, which may pass on a rerun).
     */
    private static Set<String> done(SparkSession spark, String files) {
        Set<String> done = new HashSet<>();
        Dataset<Row> rows = spark.read().parquet(files)
                .filter(col("sha256").isNotNull()
                        .and(col("status").equalTo("ok").or(not(col("reason").isin(Conversion.RETRIED.toArray())))))
                .select("sha256", "irxVersion").distinct();
        for (Row r : rows.collectAsList()) done.add(Conversion.doneKey(r.getString(0), r.getString(1)));
        return done;
    }

    /** The inputs, spread over the tasks: a --list's files, or the PDF and text files binaryFiles finds. */
    private static JavaRDD<Input> inputs(JavaSparkContext sc, JobOptions o, int partitions) {
        if (o.list()) {
            HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
            return sc.textFile(o.input()).map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .repartition(partitions).map(p -> Input.onPath(p, conf));
        }
        sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        return sc.binaryFiles(o.input(), partitions).filter(t -> isInput(t._1()))
                .repartition(partitions).map(t -> new Input(t._1(), () -> t._2().toArray()));
    }

    /** What batch takes from a directory: *.pdf and *.txt, by name. */
    static boolean isInput(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".pdf") || p.endsWith(".txt");
    }

    /** One input file: its path and how to read it. */
    record Input(String path, SerializableBytes bytes) implements java.io.Serializable {
        static Input onPath(String path, HadoopConf conf) {
            return new Input(path, () -> {
                Path p = new Path(path);
                try (FSDataInputStream in = p.getFileSystem(conf.get()).open(p)) {
                    return in.readAllBytes();
                }
            });
        }
    }

    interface SerializableBytes extends Conversion.Bytes, java.io.Serializable {}

}
