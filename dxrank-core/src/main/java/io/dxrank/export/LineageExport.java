package io.dxrank.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * out/lineage.csv: how the run's localities changed on 1 July 2025, taken from the reference lineage
 * (data/reference/lineage.csv). Every successor that a locality of the run went into or is, with all the units it was
 * formed from, so that an analyst sees the whole merge. No register gives the share of an old unit in its successor
 * (their populations before the reform are not published), so none is written.
 */
public final class LineageExport {

    public static final String FILE = "lineage.csv";
    public static final List<String> COLUMNS = List.of("old_id", "old_name", "old_level", "old_province_id", "new_id",
            "new_name", "new_level", "new_province_id", "change");

    /**
     * merge: several units became one; split: a unit went into several; merge_split: both; renamed: one unit became
     * one of another name; kept: the same unit (its province may have merged).
     */
    static String change(boolean merged, boolean divided, boolean sameName) {
        if (merged && divided) {
            return "merge_split";
        }
        return merged ? "merge" : divided ? "split" : sameName ? "kept" : "renamed";
    }

    /** The reference rows (lineage.csv's columns by name) that concern the given locality ids, in reference order. */
    static List<List<Object>> select(List<CSVRecord> lineage, Collection<String> runIds) {
        Set<String> successors = new HashSet<>();
        for (CSVRecord r : lineage) {
            if (runIds.contains(r.get("old_id")) || runIds.contains(r.get("new_id"))) {
                successors.add(r.get("new_id"));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CSVRecord r : lineage) {
            if (successors.contains(r.get("new_id"))) {
                rows.add(List.of(r.get("old_id"), r.get("old_name"), r.get("old_level"), r.get("old_province_id"),
                        r.get("new_id"), r.get("new_name"), r.get("new_level"), r.get("new_province_id"),
                        change(Boolean.parseBoolean(r.get("merged")), Boolean.parseBoolean(r.get("divided")),
                                r.get("old_name").equals(r.get("new_name")))));
            }
        }
        return rows;
    }

    /** Writes the rows of {@code reference} that concern {@code runIds}; a missing reference gives a header only. */
    public static long write(Path reference, Collection<String> runIds, Path file, CsvStyle style) throws IOException {
        List<CSVRecord> lineage = new ArrayList<>();
        if (Files.isRegularFile(reference)) {
            try (Reader in = Files.newBufferedReader(reference, StandardCharsets.UTF_8)) {
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(lineage::add);
            }
        }
        return CsvWriter.write(file, COLUMNS, select(lineage, runIds).iterator(), style);
    }
}
