package io.dxrank.run;

import io.dxrank.schedule.JobFile;
import io.dxrank.SparkTestSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactScopeTest {

    @TempDir
    Path dir;

    @Test
    void yearsAndGroupsParse() {
        assertTrue(FactScope.parse("", "").isAll());
        assertEquals(new FactScope(2024, 2024, Set.of()), FactScope.parse("2024", ""));
        assertEquals(new FactScope(2023, 2025, Set.of()), FactScope.parse("2023 - 2025", ""));
        assertEquals(new FactScope(2023, null, Set.of()), FactScope.parse("2023-", ""));
        assertEquals(new FactScope(null, 2025, Set.of("commune", "district")), FactScope.parse("-2025", "District, commune"));
        assertThrows(IllegalArgumentException.class, () -> FactScope.parse("2025-2023", ""));
        assertThrows(IllegalArgumentException.class, () -> FactScope.parse("last year", ""));
        assertThrows(IllegalArgumentException.class, () -> FactScope.parse("", "village"));
    }

    @Test
    void onlyTheScopedFactsAreCompared() {
        StructType schema = new StructType().add("plan_id", DataTypes.StringType).add("level", DataTypes.StringType)
                .add("year", DataTypes.IntegerType);
        Dataset<Row> facts = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("a", "xa", 2022), RowFactory.create("b", "phuong", 2024),
                RowFactory.create("c", "huyen", 2024), RowFactory.create("d", "tinh", 2024),
                RowFactory.create("e", "xa", null)), schema);
        Set<String> kept = new TreeSet<>();
        for (Row r : FactScope.parse("2023-2025", "commune,province").apply(facts).collectAsList()) {
            kept.add(r.getString(0));
        }
        assertEquals(Set.of("b", "d"), kept);
        assertEquals(5, FactScope.ALL.apply(facts).count());
    }

    @Test
    void jobFilesNameTheKeyOfABadScope() throws Exception {
        Path years = Files.writeString(dir.resolve("y.properties"), "name=y\ninputs=a\nyears=2024-2020\n");
        JobFile.InvalidJobException e = assertThrows(JobFile.InvalidJobException.class, () -> JobFile.load(years));
        assertTrue(e.getMessage().contains("key 'years'"), e.getMessage());
        Path groups = Files.writeString(dir.resolve("g.properties"), "name=g\ninputs=a\nlevel_groups=ward\n");
        e = assertThrows(JobFile.InvalidJobException.class, () -> JobFile.load(groups));
        assertTrue(e.getMessage().contains("key 'level_groups'"), e.getMessage());
        Path ok = Files.writeString(dir.resolve("o.properties"), "name=o\ninputs=a\nyears=2023-\nlevel_groups=commune\n");
        assertEquals(new FactScope(2023, null, Set.of("commune")), JobFile.load(ok).options().scope());
    }
}
