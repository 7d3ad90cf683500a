package io.dxrank.normalize;

import java.util.HashMap;
import java.util.Map;
import io.dxrank.core.VnText;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reference localities. Names from plans reconcile accent- and case-insensitively, with level and province to
 * choose between namesakes; an unknown locality gets a stable id derived from province, parent, level and name.
 */
public final class Gazetteer implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final List<Locality> localities;
    /** Localities by folded name, in file order: find() looks only at namesakes (plans x gazetteer was a hot path). */
    private final Map<String, List<Locality>> byName = new HashMap<>();

    private Gazetteer(List<Locality> localities) {
        this.localities = List.copyOf(localities);
        for (Locality l : this.localities) {
            byName.computeIfAbsent(VnText.fold(l.name()), k -> new ArrayList<>()).add(l);
        }
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    public static Gazetteer load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Gazetteer parse(String csv) throws IOException {
        List<Locality> rows = new ArrayList<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : FORMAT.parse(reader)) {
                if (!r.isConsistent() || r.get("locality_id").isBlank()) {
                    continue;
                }
                rows.add(new Locality(r.get("locality_id"), VnText.clean(r.get("name")), r.get("level"),
                        r.get("parent"), r.get("province"), longOrNull(r.get("population")),
                        longOrNull(r.get("households"))));
            }
        }
        return new Gazetteer(rows);
    }

    private static Long longOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.trim().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The reference row for a plan's locality, or null when the gazetteer does not know it. */
    public Locality find(String name, String level, String province) {
        String key = VnText.fold(name);
        Locality best = null;
        int bestScore = -1;
        for (Locality l : byName.getOrDefault(key, List.of())) {
            int score = 0;
            if (level != null && level.equals(l.level())) {
                score += 2;
            }
            if (province != null && VnText.fold(province).equals(VnText.fold(l.province()))) {
                score += 1;
            }
            if (level != null && l.level() != null && !l.level().isBlank() && !level.equals(l.level())) {
                continue;
            }
            if (score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        return best;
    }

    /** Stable id for a locality the gazetteer lacks: "x-<province>-<parent>-<level>-<name>" in ASCII. */
    public static String derivedId(String province, String parent, String level, String name) {
        return "x-" + String.join("-", nz(VnText.slug(province)), nz(VnText.slug(parent)), nz(level),
                nz(VnText.slug(name)));
    }

    private static String nz(String s) {
        return s == null || s.isEmpty() ? "na" : s;
    }

    public int size() {
        return localities.size();
    }
}
