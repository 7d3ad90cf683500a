package io.dxrank.pipeline;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a table a stage wrote. Spark learns a Parquet folder's schema by starting a job that reads one file's
 * footer (about 25 such jobs in a run of six files); the driver reads that footer itself and hands Spark the
 * schema Spark wrote into it. Any other folder is read as Spark reads it.
 */
public final class ParquetTables {

    /** The footer key under which Spark stores the schema of the rows it wrote. */
    static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

    private ParquetTables() {
    }

    public static Dataset<Row> read(SparkSession spark, String dir) {
        StructType schema = writtenSchema(spark.sparkContext().hadoopConfiguration(), dir);
        return schema == null ? spark.read().parquet(dir) : spark.read().schema(schema).parquet(dir);
    }

    /** @return the schema in the first data file's footer, or null when there is none to read */
    static StructType writtenSchema(Configuration conf, String dir) {
        try {
            Path folder = new Path(dir);
            for (FileStatus f : folder.getFileSystem(conf).listStatus(folder)) {
                String name = f.getPath().getName();
                if (f.isFile() && name.endsWith(".parquet") && !name.startsWith("_") && !name.startsWith(".")) {
                    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
                        String json = reader.getFooter().getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA);
                        return json != null && DataType.fromJson(json) instanceof StructType s ? s : null;
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // Spark's own read reports what is wrong with the folder
        }
    }
}
