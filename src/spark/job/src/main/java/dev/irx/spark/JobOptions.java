package dev.irx.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code [--resume] [--list] [--timeout SECONDS] [--partitions N] INPUT OUT}. Serializable:
 * the executors get it with the work.
 *
 * @param input a file, directory or glob on any Hadoop file system (several joined by commas); with {@code list},
 *              a text file naming one input per line
 * @param out the directory that gets the tables {@code facts} and {@code files}
 * @param partitions the tasks to spread the inputs over; 0 for eight per core of the cluster
 */
public record JobOptions(String input, String out, boolean list, boolean resume, Duration timeout, int partitions)
        implements Serializable {

    static final String USAGE = """
            usage: IrxJob [--resume] [--list] [--timeout SECONDS] [--partitions N] INPUT OUT
              INPUT           PDF/text files: a file, a directory (its *.pdf and *.txt files, subdirectories
                              included) or a glob, on any Hadoop file system (file:, hdfs:, s3a:); several joined by commas
              OUT             the directory that gets the Parquet tables OUT/facts and OUT/files
              --list          INPUT is a text file naming one input file per line
              --resume        add to the tables in OUT, skipping inputs already done (same sha256, same irx version)
              --timeout S     the time one file may take (default 120; 0 for none)
              --partitions N  tasks to spread the inputs over (default: 8 per core)""";

    /** @throws IllegalArgumentException with what is wrong, for the usage message */
    public static JobOptions parse(String... args) {
        boolean list = false, resume = false;
        Duration timeout = dev.irx.IrxExtractor.DEFAULT_TIMEOUT;
        int partitions = 0;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> list = true;
                case "--resume" -> resume = true;
                case "--timeout" -> timeout = Duration.ofSeconds(number(args, ++i, "--timeout"));
                case "--partitions" -> {
                    partitions = number(args, ++i, "--partitions");
                    if (partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1");
                }
                default -> {
                    if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() != 2) throw new IllegalArgumentException("INPUT and OUT expected, got " + positional);
        return new JobOptions(positional.get(0), positional.get(1), list, resume, timeout, partitions);
    }

    private static int number(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a number");
        try {
            int n = Integer.parseInt(args[i]);
            if (n < 0) throw new IllegalArgumentException(option + " must not be negative");
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + args[i]);
        }
    }
}
