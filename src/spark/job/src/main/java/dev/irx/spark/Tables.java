package dev.irx.spark;

import dev.irx.IrxExtractor;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two tables' columns. {@code facts} has the flat rows' columns ({@link IrxExtractor#factColumns()}, as in
 * {@code --format csv}; schemas/facts-row.schema.json), typed as the rows' values are, then {@code publishedYear}
 * (the year of {@code publishedOn}), by which, with {@code documentKind}, the table is partitioned. {@code files} has
 * one row per input, as batch-summary.jsonl has one line.
 */
final class Tables {

    /** The fact columns that are not strings; a column missing here is written as a string. */
    static final Map<String, DataType> FACT_TYPES = Map.ofEntries(
            Map.entry("consolidated", DataTypes.BooleanType), Map.entry("approximate", DataTypes.BooleanType),
            Map.entry("page", DataTypes.IntegerType), Map.entry("alsoSeen", DataTypes.IntegerType),
            Map.entry("bboxX0", DataTypes.DoubleType), Map.entry("bboxY0", DataTypes.DoubleType),
            Map.entry("bboxX1", DataTypes.DoubleType), Map.entry("bboxY1", DataTypes.DoubleType),
            Map.entry("rowBboxX0", DataTypes.DoubleType), Map.entry("rowBboxY0", DataTypes.DoubleType),
            Map.entry("rowBboxX1", DataTypes.DoubleType), Map.entry("rowBboxY1", DataTypes.DoubleType));

    static final String PUBLISHED_YEAR = "publishedYear";
    static final List<String> PARTITION_COLUMNS = List.of("documentKind", PUBLISHED_YEAR);

    static final StructType FACTS = facts();

    static final StructType FILES = new StructType(new StructField[] {
            field("path", DataTypes.StringType, false), field("file", DataTypes.StringType, false),
            field("status", DataTypes.StringType, false), field("reason", DataTypes.StringType, true),
            field("message", DataTypes.StringType, true), field("facts", DataTypes.LongType, false),
            field("checks", DataTypes.LongType, false), field("failedChecks", DataTypes.LongType, false),
            field("conflicts", DataTypes.LongType, false), field("reconciled", DataTypes.LongType, false),
            field("warnings", DataTypes.LongType, false), field("ms", DataTypes.LongType, false),
            field("finishedAt", DataTypes.TimestampType, false), field("sha256", DataTypes.StringType, true),
            field("irxVersion", DataTypes.StringType, false)});

    private Tables() {}

    private static StructType facts() {
        List<StructField> fields = new ArrayList<>();
        for (String c : IrxExtractor.factColumns()) fields.add(field(c, FACT_TYPES.getOrDefault(c, DataTypes.StringType), true));
        fields.add(field(PUBLISHED_YEAR, DataTypes.IntegerType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /** One flat row (from {@link IrxExtractor#toRows}) as a {@link #FACTS} row. */
    static Row factRow(Map<String, Object> flat) {
        List<String> columns = IrxExtractor.factColumns();
        Object[] values = new Object[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            Object v = flat.get(c);
            values[i] = v == null || FACT_TYPES.containsKey(c) ? v : v.toString();
        }
        Object published = flat.get("publishedOn"); // ISO 8601: the year is its first four digits
        values[columns.size()] = published == null ? null : Integer.valueOf(published.toString().substring(0, 4));
        return RowFactory.create(values);
    }

    /** One {@link #FILES} row. */
    static Row fileRow(String path, String file, String status, String reason, String message, long facts,
                       long checks, long failedChecks, long conflicts, long reconciled, long warnings, long ms,
                       String sha256, String irxVersion) {
        return RowFactory.create(path, file, status, reason, message, facts, checks, failedChecks, conflicts,
                reconciled, warnings, ms, new Timestamp(System.currentTimeMillis()), sha256, irxVersion);
    }
}
