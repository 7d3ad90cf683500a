package io.dxrank.normalize;

import io.dxrank.core.ConfigCsv;
import io.dxrank.core.Level;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads national_targets.csv (indicator_code, level_group, year, target, source): the national programmes' targets
 * per level group and year, beside the catalog's single national_target column. Comma or semicolon CSV, decimal
 * point or comma. A row it cannot read is a problem, never a guess.
 */
public final class NationalTargets {

    /** The file's name, next to the catalog. */
    public static final String FILE = "national_targets.csv";

    private static final Set<String> GROUPS = Set.of(Level.Group.COMMUNE, Level.Group.DISTRICT,
            Level.Group.PROVINCE, Level.Group.ALL);

    private NationalTargets() {
    }

    /** The rows read, and one line per row that could not be read appended to {@code problems}. */
    public static List<NationalTarget> parse(String csv, String name, List<String> problems) throws IOException {
        List<NationalTarget> out = new ArrayList<>();
        String text = ConfigCsv.withoutBom(csv);
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : ConfigCsv.format(text).parse(reader)) {
                String where = name + " row " + r.getRecordNumber();
                if (!r.isConsistent() || !r.isSet("indicator_code") || !r.isSet("target")) {
                    problems.add(where + ": wrong number of columns");
                    continue;
                }
                String group = r.get("level_group").trim();
                if (!GROUPS.contains(group)) {
                    problems.add(where + ": level_group must be one of " + GROUPS + ", not '" + group + "'");
                    continue;
                }
                try {
                    out.add(new NationalTarget(r.get("indicator_code").trim(), group,
                            Integer.parseInt(r.get("year").trim()), ConfigCsv.decimal(r.get("target")),
                            r.isSet("source") ? r.get("source") : ""));
                } catch (NumberFormatException e) {
                    problems.add(where + ": year or target is not a number");
                }
            }
        }
        return out;
    }
}
