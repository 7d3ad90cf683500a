package io.dxrank.normalize;

import io.dxrank.core.ConfigCsv;
import java.util.stream.Stream;
import io.dxrank.core.Pillar;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The indicator catalog (data/catalog/indicators.csv), loaded at run time so analysts extend it without code.
 * Malformed rows are reported in {@link #problems()} and skipped, never fatal.
 */
public final class Catalog implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Indicator> byCode;
    private final List<String> problems;
    private final List<NationalTarget> nationalTargets;

    private Catalog(Map<String, Indicator> byCode, List<String> problems, List<NationalTarget> nationalTargets) {
        this.byCode = byCode;
        this.problems = List.copyOf(problems);
        this.nationalTargets = List.copyOf(nationalTargets);
    }

    /** The catalog file, and the national targets per level group and year beside it when that file exists. */
    public static Catalog load(Path file) throws IOException {
        Catalog catalog = parse(ConfigCsv.readText(file), file.toString());
        Path targets = file.toAbsolutePath().resolveSibling(NationalTargets.FILE);
        if (!Files.isRegularFile(targets)) {
            return catalog;
        }
        List<String> problems = new ArrayList<>(catalog.problems);
        List<NationalTarget> rows = NationalTargets.parse(ConfigCsv.readText(targets),
                targets.toString(), problems);
        return catalog.withNationalTargets(rows, problems);
    }

    /** This catalog with national targets per level group and year (rows naming unknown indicators are problems). */
    public Catalog withNationalTargets(List<NationalTarget> rows, List<String> problemsSoFar) {
        List<String> all = new ArrayList<>(problemsSoFar);
        List<NationalTarget> known = new ArrayList<>();
        for (NationalTarget t : rows) {
            if (byCode.containsKey(t.indicatorCode())) {
                known.add(t);
            } else {
                all.add(NationalTargets.FILE + ": unknown indicator '" + t.indicatorCode() + "'");
            }
        }
        return new Catalog(byCode, all, known);
    }

    public static Catalog parse(String csv, String name) throws IOException {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        Map<String, Long> rowOfCode = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String text = ConfigCsv.withoutBom(csv);
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : ConfigCsv.format(text).parse(reader)) {
                String where = name + " row " + r.getRecordNumber();
                if (!r.isConsistent() || !r.isMapped("code") || !r.isSet("phrases")) {
                    problems.add(where + ": wrong number of columns");
                    continue;
                }
                String code = r.get("code");
                String pillar = r.get("pillar");
                if (code.isBlank() || Pillar.fromCode(pillar) == null) {
                    problems.add(where + ": missing code or unknown pillar '" + pillar + "'");
                    continue;
                }
                Long first = rowOfCode.putIfAbsent(code, r.getRecordNumber());
                if (first != null) {
                    // the last row would silently win: which of the two the analyst meant is theirs to say
                    throw new IllegalArgumentException(where + ": indicator code '" + code + "' is defined twice (first"
                            + " at row " + first + "); keep one row per code");
                }
                // the indicator's own name is one of its phrasings: a table row labelled with it must find it
                List<String> phrases = Stream.concat(
                                Arrays.stream(r.get("phrases").split("\\|")), Stream.of(r.get("name_vi")))
                        .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
                byCode.put(code, new Indicator(code, r.get("name_vi"), r.get("name_en"), pillar.trim(),
                        r.get("unit").trim(), r.get("direction").trim(), phrases,
                        number(r, "national_target"), integer(r, "national_target_year"),
                        r.isSet("national_source") ? r.get("national_source") : ""));
            }
        }
        if (byCode.isEmpty()) {
            // an empty catalog maps nothing: the run would publish an empty report over the last good one
            throw new IllegalArgumentException(name + ": no indicator rows" + (problems.isEmpty() ? ""
                    : " (" + problems.size() + " row(s) unreadable, first: " + problems.get(0) + ")"));
        }
        return new Catalog(byCode, problems, List.of());
    }

    private static Double number(CSVRecord r, String column) {
        if (!r.isSet(column) || r.get(column).isBlank()) {
            return null;
        }
        try {
            return ConfigCsv.decimal(r.get(column));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(CSVRecord r, String column) {
        Double d = number(r, column);
        return d == null ? null : d.intValue();
    }

    public List<Indicator> indicators() {
        return List.copyOf(byCode.values());
    }

    public Indicator get(String code) {
        return byCode.get(code);
    }

    /**
     * National targets per level group and year: the rows of national_targets.csv, then the catalog's own
     * national_target column as level group "all" for its year.
     */
    public List<NationalTarget> nationalTargets() {
        List<NationalTarget> out = new ArrayList<>(nationalTargets);
        for (Indicator i : byCode.values()) {
            if (i.nationalTarget() != null && i.nationalTargetYear() != null) {
                out.add(new NationalTarget(i.code(), "all", i.nationalTargetYear(), i.nationalTarget(),
                        i.nationalSource()));
            }
        }
        return out;
    }

    public List<String> problems() {
        return problems;
    }

    public int size() {
        return byCode.size();
    }
}
