package io.dxrank.reference;

import io.dxrank.core.VnText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the national gazetteer from the registers in ../shared/reference/vn-admin-units (see its PROVENANCE.md):
 * the GSO lists of communes and districts before 1 July 2025 (63 provinces), the 3,321 communes and 34 provinces
 * after it with area, population and centroid, and the lineage of every old commune.
 */
public final class GazetteerBuilder {

    /** The day the 2025 reform took effect: old units end the day before. */
    public static final String REFORM = "2025-07-01";
    static final String LAST_OLD_DAY = "2025-06-30";

    static final String GSO_WARDS = "danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv";
    static final String GSO_DISTRICTS = "danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv";
    static final String NEW_WARDS = "2025_34-province-3221-ward_with_location.csv";
    static final String BANDO_PROVINCES = "sapnhap.bando.com.vn_province_2025-07-17.csv";
    static final String BANDO_WARDS = "sapnhap.bando.com.vn_ward_2025-07-17.csv";
    static final String LINEAGE = "convert_legacy_2025_simple.csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** The gazetteer: units sorted by era (old first), level (province, district, commune) and id; lineage rows. */
    public record Result(List<Unit> units, List<LineageRow> lineage) {
    }

    private GazetteerBuilder() {
    }

    /**
     * Units the registers list under a name they took shortly before the reform, with the name documents of earlier
     * years write: id, former name, level, its last day, the act. The pre-reform register is of June 2025, after these.
     */
    private static final List<String[]> FORMER_NAMES = List.<String[]>of(
            new String[] {"46", "Thừa Thiên Huế", "tinh", "2024-12-31",
                "former name: tỉnh Thừa Thiên Huế became thành phố Huế, centrally run, on 1/1/2025"
                    + " (Nghị quyết 1314/NQ-UBTVQH15, 30/11/2024)"});

    public static Result build(Path dir) throws IOException {
        List<Unit> units = new ArrayList<>();
        units.addAll(oldUnits(dir));
        for (String[] f : FORMER_NAMES) {
            units.add(new Unit(f[0], f[1], f[2], "", "", f[1], null, f[4], "", f[3], null, null, null));
        }
        units.addAll(newUnits(dir));
        units.sort(Comparator.comparing((Unit u) -> u.validTo().isEmpty() ? 1 : 0)
                .thenComparing(u -> u.id().length()).thenComparing(Unit::id));
        return new Result(units, lineage(dir));
    }

    private static List<Unit> oldUnits(Path dir) throws IOException {
        Map<String, Unit> provinces = new LinkedHashMap<>();
        Map<String, Unit> districts = new LinkedHashMap<>();
        for (CSVRecord r : read(dir.resolve(GSO_DISTRICTS))) {
            String provinceId = UnitNames.code(r.get("Mã TP"), 2);
            String province = UnitNames.bare(r.get("Tỉnh / Thành Phố"));
            provinces.putIfAbsent(provinceId, old(provinceId, province, "tinh", "", "", province, GSO_DISTRICTS));
            String id = UnitNames.code(r.get("Mã"), 3);
            districts.put(id, old(id, UnitNames.bare(r.get("Tên")), UnitNames.level(r.get("Cấp")), province, provinceId,
                    province, GSO_DISTRICTS));
        }
        List<Unit> out = new ArrayList<>(provinces.values());
        out.addAll(districts.values());
        for (CSVRecord r : read(dir.resolve(GSO_WARDS))) {
            String provinceId = UnitNames.code(r.get("Mã TP"), 2);
            String province = UnitNames.bare(r.get("Tỉnh / Thành Phố"));
            provinces.putIfAbsent(provinceId, old(provinceId, province, "tinh", "", "", province, GSO_WARDS));
            out.add(old(UnitNames.code(r.get("Mã"), 5), UnitNames.bare(r.get("Tên")), UnitNames.level(r.get("Cấp")),
                    UnitNames.bare(r.get("Quận Huyện")), UnitNames.code(r.get("Mã QH"), 3), province, GSO_WARDS));
        }
        if (out.size() != provinces.size() + districts.size() + countRows(dir.resolve(GSO_WARDS))) {
            throw new IllegalStateException("a province appears only in the commune register");
        }
        return out;
    }

    private static Unit old(String id, String name, String level, String parent, String parentId, String province,
                            String source) {
        return new Unit(id, name, level, parent, parentId, province, null, source, "", LAST_OLD_DAY, null, null, null);
    }

    private static List<Unit> newUnits(Path dir) throws IOException {
        // population and area of the bando files, keyed by folded bare names (their codes are not GSO codes)
        Map<String, CSVRecord> bandoProvinces = new HashMap<>();
        for (CSVRecord r : read(dir.resolve(BANDO_PROVINCES))) {
            bandoProvinces.put(VnText.fold(UnitNames.bare(r.get("tentinh"))), r);
        }
        Map<String, CSVRecord> bandoWards = new HashMap<>();
        for (CSVRecord r : read(dir.resolve(BANDO_WARDS))) {
            bandoWards.put(VnText.fold(UnitNames.bare(r.get("tentinh"))) + "|" + VnText.fold(r.get("tenhc")), r);
        }
        Map<String, Unit> provinces = new LinkedHashMap<>();
        List<Unit> wards = new ArrayList<>();
        for (CSVRecord r : read(dir.resolve(NEW_WARDS))) {
            String provinceId = UnitNames.code(r.get("provinceCode"), 2);
            String province = r.get("provinceShort").trim();
            if (!provinces.containsKey(provinceId)) {
                CSVRecord b = bandoProvinces.get(VnText.fold(province));
                provinces.put(provinceId, new Unit(provinceId, province, "tinh", "", "", province,
                        population(b), source(b, NEW_WARDS, BANDO_PROVINCES), REFORM, "",
                        b == null ? null : UnitNames.decimal(b.get("dientichkm2")),
                        UnitNames.decimal(r.get("provinceLat")), UnitNames.decimal(r.get("provinceLon"))));
            }
            CSVRecord b = bandoWards.get(VnText.fold(province) + "|" + VnText.fold(r.get("wardShort")));
            wards.add(new Unit(UnitNames.code(r.get("wardCode"), 5), r.get("wardShort").trim(),
                    UnitNames.level(r.get("wardType")), province, provinceId, province,
                    "dac_khu".equals(UnitNames.level(r.get("wardType"))) ? population(b) : wardPopulation(b),
                    source(b, NEW_WARDS, BANDO_WARDS), REFORM, "", UnitNames.decimal(r.get("wardAreaKm2")),
                    UnitNames.decimal(r.get("wardLat")), UnitNames.decimal(r.get("wardLon"))));
        }
        List<Unit> out = new ArrayList<>(provinces.values());
        out.addAll(wards);
        return out;
    }

    private static Long population(CSVRecord bando) {
        return bando == null ? null : UnitNames.count(bando.get("dansonguoi"));
    }

    /** Fewer inhabitants than any commune had before the reform: an error of the source when several were merged. */
    static final long MERGED_WARD_MIN_POPULATION = 1_000;

    /**
     * A new commune's population, none where the source's figure cannot be true: fewer than 1,000 inhabitants in a
     * unit formed from two or more communes (the source gives xã Bảo Thắng, the town of Phố Lu with three communes,
     * 328; per 1,000 inhabitants its counts would rank a hundredfold too high). Island zones are kept as given.
     */
    private static Long wardPopulation(CSVRecord bando) {
        Long population = population(bando);
        if (population == null || population >= MERGED_WARD_MIN_POPULATION) {
            return population;
        }
        String formedFrom = bando.isMapped("truocsapnhap") ? bando.get("truocsapnhap") : "";
        return formedFrom.split(",\\s*(?=(?:Xã|Phường|Thị trấn|Thị Trấn|Đặc khu)\\s)").length >= 2
                ? null : population;
    }

    private static String source(CSVRecord bando, String register, String populationFile) {
        return bando == null ? register : register + "; population " + populationFile;
    }

    private static List<LineageRow> lineage(Path dir) throws IOException {
        List<LineageRow> out = new ArrayList<>();
        for (CSVRecord r : read(dir.resolve(LINEAGE))) {
            // an island district without communes (Bạch Long Vĩ, Cồn Cỏ) became a special zone as a whole
            boolean wholeDistrict = r.get("wardCode").isBlank();
            out.add(new LineageRow(wholeDistrict ? UnitNames.code(r.get("districtCode"), 3)
                    : UnitNames.code(r.get("wardCode"), 5), UnitNames.bare(wholeDistrict ? r.get("district") : r.get("ward")),
                    UnitNames.level(wholeDistrict ? r.get("districtType") : r.get("wardType")),
                    UnitNames.code(r.get("districtCode"), 3),
                    UnitNames.code(r.get("provinceCode"), 2), UnitNames.code(r.get("newWardCode"), 5),
                    UnitNames.bare(r.get("newWard")), UnitNames.level(r.get("newWardType")),
                    UnitNames.code(r.get("newProvinceCode"), 2), Boolean.parseBoolean(r.get("isMergedWard").trim()),
                    Boolean.parseBoolean(r.get("isDividedWard").trim())));
        }
        out.sort(Comparator.comparing(LineageRow::oldId).thenComparing(LineageRow::newId));
        return out;
    }

    private static int countRows(Path file) throws IOException {
        return read(file).size();
    }

    static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text)) {
            return FORMAT.parse(reader).getRecords();
        }
    }
}
