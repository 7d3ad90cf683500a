package io.dxrank.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dxrank.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTablesTest {

    private static final StructType SCHEMA = new StructType().add("locality_id", DataTypes.StringType)
            .add("value", DataTypes.DoubleType).add("year", DataTypes.IntegerType)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType));

    @TempDir
    Path dir;

    @Test
    void aTableIsReadBackWithTheSchemaAndRowsItWasWrittenWith() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> written = spark.createDataFrame(List.of(RowFactory.create("x1", 12.5, 2024, new String[] {"a"}),
                RowFactory.create(null, null, null, null)), SCHEMA);
        String table = dir.resolve("t").toString();
        written.write().mode(SaveMode.Overwrite).parquet(table);

        assertEquals(SCHEMA, ParquetTables.writtenSchema(spark.sparkContext().hadoopConfiguration(), table));
        Dataset<Row> read = ParquetTables.read(spark, table);
        assertEquals(spark.read().parquet(table).schema(), read.schema());
        assertEquals(spark.read().parquet(table).orderBy("locality_id").collectAsList(),
                read.orderBy("locality_id").collectAsList());
    }

    @Test
    void anEmptyTableKeepsItsSchema() {
        SparkSession spark = SparkTestSession.get();
        String table = dir.resolve("empty").toString();
        spark.createDataFrame(List.of(), SCHEMA).write().mode(SaveMode.Overwrite).parquet(table);

        assertEquals(0, ParquetTables.read(spark, table).count());
        assertEquals(SCHEMA.fieldNames().length, ParquetTables.read(spark, table).schema().fieldNames().length);
    }

    @Test
    void aFolderWithoutSparkParquetHasNoWrittenSchema() throws Exception {
        SparkSession spark = SparkTestSession.get();
        Path folder = Files.createDirectories(dir.resolve("none"));
        Files.writeString(folder.resolve("part-0.parquet"), "not parquet");

        assertNull(ParquetTables.writtenSchema(spark.sparkContext().hadoopConfiguration(), folder.toString()));
        assertNull(ParquetTables.writtenSchema(spark.sparkContext().hadoopConfiguration(), dir.resolve("missing").toString()));
    }
}
