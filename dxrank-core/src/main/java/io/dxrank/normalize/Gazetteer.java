package io.dxrank.normalize;

import io.dxrank.core.ConfigCsv;
import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
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

    /** Folded former names of provinces (a row of the same code that ends earlier) to their later name, folded. */
    private final Map<String, String> formerProvinceNames = new HashMap<>();

    /** Communes, wards and townships by folded province and parent district name ("" for the whole province). */
    private final Map<String, List<Locality>> communesUnder = new HashMap<>();

    /**
     * Units listed without a start date are known from this day: the national list holds the units after the
     * 2023-2025 commune mergers, the last of which took effect on 1 January 2025. Before it, counts are unknown.
     */
    static final String UNDATED_UNITS_FROM = "2025-01-01";

    /**
     * Each old unit's id to the ids of the units it went into on 1 July 2025 ({@value #LINEAGE_FILE}: communes, and
     * the island districts that became special zones; an old province's from its communes').
     */
    private final Map<String, Set<String>> successorIds;

    /** The units after the reform by id. */
    private final Map<String, Locality> afterReform = new HashMap<>();
    /** The units that ended on 30 June 2025 by id, and the old units each new one was formed from. */
    private final Map<String, Locality> beforeReform = new HashMap<>();
    private final Map<String, Set<String>> predecessorIds = new HashMap<>();

    private Gazetteer(List<Locality> localities) {
        this(localities, Map.of());
    }

    private Gazetteer(List<Locality> localities, Map<String, Set<String>> successorIds) {
        this.localities = List.copyOf(localities);
        this.successorIds = Map.copyOf(successorIds);
        for (Locality l : this.localities) {
            if (!l.validFrom().isEmpty()) {
                afterReform.putIfAbsent(l.id(), l);
            }
            if (!l.validTo().isEmpty()) {
                beforeReform.putIfAbsent(l.id(), l);
            }
            byName.computeIfAbsent(VnText.fold(l.name()), k -> new ArrayList<>()).add(l);
            Level level = Level.ofCode(l.level());
            if (level != null && Level.Group.COMMUNE.equals(level.group())) {
                communesUnder.computeIfAbsent(unitKey(l.province(), ""), k -> new ArrayList<>()).add(l);
                if (l.parent() != null && !l.parent().isBlank()) {
                    communesUnder.computeIfAbsent(unitKey(l.province(), l.parent()), k -> new ArrayList<>()).add(l);
                }
            }
        }
        this.localities.forEach(this::formerName);
        this.successorIds.forEach((o, next) -> next.forEach(n -> predecessorIds.computeIfAbsent(n, k -> new TreeSet<>()).add(o)));
    }

    /**
     * A province's row under a former name (one that ends before the row of the same code the register gives) is found
     * as that row: "Thừa Thiên Huế" resolves to 46 "Huế", so facts and rankings carry one name per unit; the former
     * name is also read as a province clue.
     */
    private void formerName(Locality l) {
        if (!"tinh".equals(l.level()) || l.validTo().isEmpty()) {
            return;
        }
        for (Locality register : localities) {
            if (register != l && register.id().equals(l.id()) && "tinh".equals(register.level())
                    && !register.validTo().isEmpty() && register.validTo().compareTo(l.validTo()) > 0
                    && !VnText.fold(register.name()).equals(VnText.fold(l.name()))) {
                formerProvinceNames.put(VnText.fold(l.name()), VnText.fold(register.name()));
                byName.get(VnText.fold(l.name())).replaceAll(named -> named == l ? register : named);
                return;
            }
        }
    }

    private static String unitKey(String province, String district) {
        return VnText.fold(province == null ? "" : province) + "|" + VnText.fold(district);
    }

    /**
     * Each commune, ward and township's district (ids), where the gazetteer lists the district under the name the
     * unit gives as its parent, in the same province and period: what a district's own total is compared with.
     */
    public Map<String, String> districtOfCommune() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Locality l : localities) {
            Level level = Level.ofCode(l.level());
            if (level == null || !Level.Group.COMMUNE.equals(level.group()) || l.parent() == null || l.parent().isBlank()) {
                continue;
            }
            for (Locality d : byName.getOrDefault(VnText.fold(l.parent()), List.of())) {
                Level dl = Level.ofCode(d.level());
                if (dl != null && Level.Group.DISTRICT.equals(dl.group()) && VnText.fold(String.valueOf(d.province()))
                        .equals(VnText.fold(String.valueOf(l.province()))) && d.validTo().equals(l.validTo())) {
                    out.putIfAbsent(l.id(), d.id());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * How many communes, wards and townships the gazetteer lists under a district or a province on a date (each
     * unit once), or null when that cannot be told: no date, another level, none listed, or a date before the
     * gazetteer knows its units ({@link #UNDATED_UNITS_FROM}).
     */
    public Integer communesUnder(Locality unit, String isoDate) {
        Level level = Level.ofCode(unit.level());
        if (isoDate == null || level == null) {
            return null;
        }
        String key;
        if (Level.Group.DISTRICT.equals(level.group())) {
            key = unitKey(unit.province(), unit.name());
        } else if (Level.Group.PROVINCE.equals(level.group())) {
            key = unitKey(unit.name(), "");
        } else {
            return null;
        }
        List<Locality> listed = communesUnder.getOrDefault(key, List.of());
        // a hand-kept row (no dates) of a unit the national list dates says nothing about when it existed
        Set<String> dated = new HashSet<>();
        listed.stream().filter(l -> !l.validFrom().isEmpty() || !l.validTo().isEmpty()).forEach(l -> dated.add(l.id()));
        List<Locality> valid = listed.stream().filter(l -> l.validOn(isoDate)).filter(l -> dated.contains(l.id())
                == (!l.validFrom().isEmpty() || !l.validTo().isEmpty())).toList();
        if (valid.isEmpty() || valid.stream().anyMatch(l -> l.validFrom().isEmpty()
                && isoDate.compareTo(UNDATED_UNITS_FROM) < 0)) {
            return null;
        }
        return (int) valid.stream().map(Locality::id).distinct().count();
    }

    /**
     * The units an old unit went into on 1 July 2025 (one for a merger, several for a split), empty when it went into
     * none the gazetteer lists (a district: districts were abolished) or it is no old unit.
     */
    public List<Locality> successors(Locality old) {
        return successorIds.getOrDefault(old.id(), Set.of()).stream().map(afterReform::get)
                .filter(Objects::nonNull).toList();
    }

    /** The old units a unit of 1 July 2025 was formed from, by code; empty for any other unit. */
    public List<Locality> predecessors(Locality unit) {
        return predecessorIds.getOrDefault(unit.id(), Set.of()).stream().map(beforeReform::get)
                .filter(Objects::nonNull).toList();
    }

    /**
     * A hand-kept row (valid at any date) with the dates of the national row of the same code, level and name when
     * the national gazetteer lists exactly one such unit; any other row as it is.
     */
    public Locality dated(Locality unit) {
        if (!unit.validFrom().isEmpty() || !unit.validTo().isEmpty()) {
            return unit;
        }
        List<Locality> same = byName.getOrDefault(VnText.fold(unit.name()), List.of()).stream()
                .filter(l -> l.id().equals(unit.id()) && String.valueOf(l.level()).equals(String.valueOf(unit.level())))
                .filter(l -> !l.validFrom().isEmpty() || !l.validTo().isEmpty()).toList();
        if (same.size() != 1) {
            return unit;
        }
        Locality n = same.get(0);
        return new Locality(unit.id(), unit.name(), unit.level(), unit.parent(), unit.province(), unit.population(),
                unit.households(), n.validFrom(), n.validTo(), unit.populationYear());
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** The national gazetteer's file name: read after a hand-kept file that lies beside it. */
    public static final String NATIONAL_FILE = "gazetteer.csv";

    /**
     * The hand-kept file, then the national gazetteer when {@value #NATIONAL_FILE} lies beside it (built by
     * {@code dxrank gazetteer}); a hand row wins over a national row of the same name.
     */
    public static Gazetteer load(Path file) throws IOException {
        List<Locality> rows = new ArrayList<>(rows(ConfigCsv.readText(file), file.toString()));
        Path national = file.toAbsolutePath().resolveSibling(NATIONAL_FILE);
        if (!file.getFileName().toString().equals(NATIONAL_FILE) && Files.isRegularFile(national)) {
            rows.addAll(rows(ConfigCsv.readText(national), national.toString()));
        }
        Path lineage = file.toAbsolutePath().resolveSibling(LINEAGE_FILE);
        return new Gazetteer(rows, Files.isRegularFile(lineage) ? successorIds(ConfigCsv.readText(lineage)) : Map.of());
    }

    /** The lineage file beside the gazetteer (built by {@code dxrank gazetteer}): old unit, new unit, one row each. */
    public static final String LINEAGE_FILE = "lineage.csv";

    public static Gazetteer parse(String csv) throws IOException {
        return new Gazetteer(rows(csv, "gazetteer"));
    }

    /** Units and the lineage between the eras ({@value #LINEAGE_FILE}'s columns). */
    public static Gazetteer parse(String csv, String lineageCsv) throws IOException {
        return new Gazetteer(rows(csv, "gazetteer"), successorIds(lineageCsv));
    }

    /** Old id to new ids; an old province goes where its communes went (each old province went whole into one). */
    private static Map<String, Set<String>> successorIds(String csv) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : FORMAT.parse(reader)) {
                if (!r.isConsistent()) {
                    continue;
                }
                out.computeIfAbsent(r.get("old_id"), k -> new TreeSet<>()).add(r.get("new_id"));
                if (!r.get("old_province_id").isBlank()) {
                    out.computeIfAbsent(r.get("old_province_id"), k -> new TreeSet<>())
                            .add(r.get("new_province_id"));
                }
            }
        }
        return out;
    }

    private static List<Locality> rows(String csv, String name) throws IOException {
        List<Locality> rows = new ArrayList<>();
        // one row per unit and period: a unit renamed keeps its code with another valid_from or valid_to
        Map<String, Long> rowOfUnit = new HashMap<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord r : FORMAT.parse(reader)) {
                if (!r.isConsistent() || r.get("locality_id").isBlank()) {
                    continue;
                }
                Long first = rowOfUnit.putIfAbsent(r.get("locality_id") + "|" + optional(r, "valid_from") + "|"
                        + optional(r, "valid_to"), r.getRecordNumber());
                if (first != null) {
                    throw new IllegalArgumentException(name + " row " + r.getRecordNumber() + ": locality_id '"
                            + r.get("locality_id") + "' is listed twice for the same period (first at row " + first
                            + "); keep one row per unit, or give each its valid_from or valid_to");
                }
                rows.add(new Locality(r.get("locality_id"), VnText.clean(r.get("name")), r.get("level"),
                        r.get("parent"), r.get("province"), longOrNull(r.get("population")),
                        longOrNull(r.get("households")), optional(r, "valid_from"), optional(r, "valid_to"),
                        populationYear(optional(r, "population_year"), optional(r, "source"))));
            }
        }
        return rows;
    }

    /** The year a source names right after the word "population": "population: 2019 Population and Housing Census". */
    private static final Pattern POPULATION_SOURCE_YEAR = Pattern.compile(
            "(?i)\\bpopulation\\b[^;]*?(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    /**
     * The population's year: the {@code population_year} column when there is one, else the year the source names
     * for the population ("population: 2019 Population and Housing Census", "population sapnhap..._2025-07-17.csv").
     */
    static Integer populationYear(String column, String source) {
        if (!column.isEmpty()) {
            return Integer.valueOf(column);
        }
        Matcher m = POPULATION_SOURCE_YEAR.matcher(source);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column).trim() : "";
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

    /**
     * Which unit a document means: {@code match} when one unit fits, else null with the {@code candidates} that fit
     * equally (namesakes: "xã Tân Lập" is in dozens of provinces), empty when the name is unknown.
     */
    public record Resolution(Locality match, List<Locality> candidates) {
        /**
         * The province of the unit: the match's, else the one the text wrote, else the one every candidate lies in
         * ("xã Thiệu Trung" before and after the reform, two units of Thanh Hóa); null when none is known.
         */
        public String province(String written) {
            if (match != null && match.province() != null) {
                return match.province();
            }
            if (written != null && !written.isBlank()) {
                return written;
            }
            Set<String> provinces = new HashSet<>();
            for (Locality c : candidates) {
                provinces.add(c.province() == null ? "" : VnText.fold(c.province()));
            }
            return provinces.size() == 1 && !provinces.contains("") ? candidates.get(0).province() : null;
        }
    }

    /** The longest start of a name of three or more words that names a unit, keeping two words at least; else null. */
    private WrittenName knownStart(WrittenName written) {
        String[] words = written.name().split(" ");
        for (int n = words.length - 1; n >= 2 && words.length >= 3; n--) {
            String start = String.join(" ", Arrays.copyOfRange(words, 0, n));
            if (byName.containsKey(VnText.fold(start))) {
                return new WrittenName(written.level(), start);
            }
        }
        return null;
    }

    /**
     * Resolves a name (accent- and case-insensitive) by level, parent, province and the document's date: each
     * clue narrows the namesakes when some of them fit it and is ignored when none does (a misread province does
     * not lose a unique name). A hand-kept row that fits wins; units of one code in both eras are one unit.
     *
     * @param isoDate the document's date (issue date, else a date in its year), null when unknown
     */
    public Resolution resolve(String writtenName, String level, String writtenParent, String province, String isoDate) {
        if (writtenName == null || writtenName.isBlank()) {
            return new Resolution(null, List.of());
        }
        String name = plainApostrophes(writtenName);
        String parent = writtenParent == null ? null : plainApostrophes(writtenParent);
        List<Locality> named = byName.get(VnText.fold(name));
        String levelCode = level;
        WrittenName written = WrittenName.parse(name);
        if (named == null) {
            // "TT. Xuân Mai", "Phường Phúc Xá": the level word is no part of the name
            named = byName.getOrDefault(VnText.fold(written.name()), List.of());
            levelCode = level == null ? written.level() : level;
        }
        if (named.isEmpty()) {
            // "phường Hòa Thuận Tây Võ Lê Anh": the text ran a unit's name into the next words (its chairman's name)
            WrittenName shorter = knownStart(written);
            if (shorter != null) {
                written = shorter;
                named = byName.get(VnText.fold(shorter.name()));
            }
        }
        List<Locality> fit = new ArrayList<>(named);
        if (levelCode != null && !levelCode.isBlank()) {
            String wanted = levelCode;
            fit.removeIf(l -> l.level() != null && !l.level().isBlank() && !wanted.equals(l.level()));
            // a commune that became a ward when its district became a town ("xã Hồng Giang, huyện Lục Ngạn (Bắc
            // Giang)" of 2023, a ward of thị xã Chũ in the register): the province outweighs the level word
            if (province != null && !province.isBlank() && fit.stream().noneMatch(l -> inProvince(l, province))) {
                List<Locality> there = named.stream().filter(l -> inProvince(l, province) && sameTier(wanted, l.level()))
                        .toList();
                if (there.size() == 1) { // the one namesake of its tier there; two would be a guess
                    fit = new ArrayList<>(there);
                }
            }
        }
        // "Văn Đức" and "Vạn Đức" fold alike: a namesake only without its diacritics must not contradict the
        // province or the date the document gives (Vạn Đức of Gia Lai, formed 2025, is not a 2022 Hà Nội commune)
        if (hasDiacritics(written.name())) {
            String toneless = VnText.toneless(written.name());
            fit.removeIf(l -> !toneless.equals(VnText.toneless(l.name()))
                    && (province != null && !province.isBlank() && !inProvince(l, province)
                    || isoDate != null && !l.validOn(isoDate)));
        }
        // the text writes its parent with the level word ("huyện Bảo Yên", "quận 3"), the register without it
        String parentName = parent == null || parent.isBlank() ? null : VnText.fold(WrittenName.parse(parent).name());
        fit = narrow(fit, l -> parentName != null && (VnText.fold(parent).equals(VnText.fold(l.parent()))
                || parentName.equals(VnText.fold(l.parent()))));
        fit = narrow(fit, l -> province != null && inProvince(l, province));
        fit = narrow(fit, l -> isoDate != null && l.validOn(isoDate));
        // "Đông Sơn" as written is not "Đồng Sơn" of another province: the tones decide last, the other clues first
        if (hasDiacritics(written.name())) {
            String tones = VnText.toneKey(written.name());
            fit = narrow(fit, l -> tones.equals(VnText.toneKey(l.name())));
        }
        for (Locality l : fit) {
            if (l.validFrom().isEmpty() && l.validTo().isEmpty()) {
                return new Resolution(l, List.of(l));
            }
        }
        Map<String, Locality> byId = new LinkedHashMap<>();
        for (Locality l : fit) {
            byId.putIfAbsent(l.id(), l);
        }
        List<Locality> distinct = List.copyOf(byId.values());
        return new Resolution(distinct.size() == 1 ? distinct.get(0) : null, distinct);
    }

    /** A commune, a ward and a township are one tier: a unit moves between them when its district changes kind. */
    private static boolean sameTier(String level, String other) {
        Level a = Level.ofCode(level);
        Level b = Level.ofCode(other);
        return a != null && b != null && a.group().equals(b.group());
    }

    private boolean inProvince(Locality l, String province) {
        return provinceKey(province).equals(provinceKey(l.province()));
    }

    /** A province's name folded, its former name ("Thừa Thiên Huế") as the name the register gives the unit ("Huế"). */
    private String provinceKey(String province) {
        String folded = VnText.fold(province);
        return formerProvinceNames.getOrDefault(folded, folded);
    }

    /** "Đăk R’lấp", "Cư Mʼgar": the register writes a plain apostrophe ("Đắk R'Lấp", "Cư M'gar"). */
    private static String plainApostrophes(String name) {
        return name.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'');
    }

    private static boolean hasDiacritics(String name) {
        return name != null && !VnText.fold(name).equals(name.toLowerCase(Locale.ROOT));
    }

    /** The rows that fit a clue, or all of them when none does. */
    private static List<Locality> narrow(List<Locality> rows, Predicate<Locality> clue) {
        List<Locality> fit = rows.stream().filter(clue).toList();
        return fit.isEmpty() ? rows : fit;
    }

    /**
     * Up to {@code max} known names nearest to an unknown one (edit distance on folded names, at most a third of
     * the name), of the same level and province when given: what the analyst probably meant.
     */
    public List<Locality> nearest(String name, String level, String province, int max) {
        String key = VnText.fold(WrittenName.parse(name == null ? "" : name).name());
        int limit = Math.max(1, key.length() / 3);
        List<Locality> best = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        for (Map.Entry<String, List<Locality>> e : byName.entrySet()) {
            if (Math.abs(e.getKey().length() - key.length()) > limit) {
                continue;
            }
            int d = editDistance(key, e.getKey(), limit);
            if (d > limit) {
                continue;
            }
            for (Locality l : e.getValue()) {
                boolean sameLevel = level == null || level.isBlank() || level.equals(l.level());
                boolean sameProvince = province == null || province.isBlank() || inProvince(l, province);
                if (sameLevel && sameProvince && best.stream().noneMatch(b -> b.id().equals(l.id()))) {
                    int at = 0;
                    while (at < distances.size() && distances.get(at) <= d) {
                        at++;
                    }
                    best.add(at, l);
                    distances.add(at, d);
                }
            }
        }
        return best.subList(0, Math.min(max, best.size()));
    }

    /** Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit. */
    static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The reference row for a plan's locality, or null when the gazetteer does not know it. */
    public Locality find(String name, String level, String province) {
        return name == null ? null : resolve(name, level, null, province, null).match();
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
