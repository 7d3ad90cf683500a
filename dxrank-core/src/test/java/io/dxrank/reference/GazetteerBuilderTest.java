package io.dxrank.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national gazetteer holds every unit of the registers, and the committed files are what the builder gives. */
class GazetteerBuilderTest {

    static final Path REGISTERS = Path.of("../shared/reference/vn-admin-units");
    private static GazetteerBuilder.Result built;

    @BeforeAll
    static void build() throws Exception {
        built = GazetteerBuilder.build(REGISTERS);
    }

    /** Units, not rows: a unit renamed before the reform has a row under each name ("Thừa Thiên Huế", "Huế"). */
    private static long count(String level, boolean old) {
        return built.units().stream().filter(u -> level.equals(groupOf(u.level())) && old == !u.validTo().isEmpty())
                .map(Unit::id).distinct().count();
    }

    private static String groupOf(String level) {
        return switch (level) {
            case "tinh" -> "province";
            case "huyen", "quan", "thi_xa", "thanh_pho" -> "district";
            default -> "commune";
        };
    }

    @Test
    void everyUnitOfBothErasAndEveryLineageRow() throws Exception {
        assertEquals(63, count("province", true));
        assertEquals(696, count("district", true));
        assertEquals(10_035, count("commune", true));
        assertEquals(34, count("province", false));
        assertEquals(0, count("district", false), "districts were abolished on 1 July 2025");
        assertEquals(3_321, count("commune", false));
        assertEquals(GazetteerBuilder.read(REGISTERS.resolve(GazetteerBuilder.LINEAGE)).size(), built.lineage().size());
        assertEquals(10_602, built.lineage().size());
    }

    @Test
    void aSampleOfUnitsAsTheRegistersGiveThem() {
        Map<String, Unit> old = built.units().stream().filter(u -> !u.validTo().isEmpty())
                .collect(Collectors.toMap(Unit::id, Function.identity(), (register, former) -> register));
        Map<String, Unit> now = built.units().stream().filter(u -> u.validTo().isEmpty())
                .collect(Collectors.toMap(Unit::id, Function.identity(), (register, former) -> register));
        assertEquals(new Unit("00001", "Phúc Xá", "phuong", "Ba Đình", "001", "Hà Nội", null,
                GazetteerBuilder.GSO_WARDS, "", "2025-06-30", null, null, null), old.get("00001"));
        assertEquals("quan", old.get("001").level());
        assertEquals("Thanh Hóa", old.get("38").name());
        assertEquals(List.of("Huế", "Thừa Thiên Huế"), built.units().stream().filter(u -> "46".equals(u.id())
                && !u.validTo().isEmpty()).map(Unit::name).toList(), "the register's name, then the former one");
        assertEquals("Tĩnh Hải", old.get("16642").name(), "a seed's ward");
        assertEquals("Nghi Sơn", old.get("16642").parent());
        Unit hongHa = now.get("00097");
        assertEquals("Hồng Hà", hongHa.name());
        assertEquals("phuong", hongHa.level());
        assertEquals("01", hongHa.parentId());
        assertEquals(123_282L, hongHa.population());
        assertEquals(15.09, hongHa.areaKm2());
        assertEquals("2025-07-01", hongHa.validFrom());
        assertEquals(8_718_000L, now.get("01").population(), "8.718.000 people");
        assertEquals(3_359.8, now.get("01").areaKm2(), 1e-9, "3.359,80 km2");
        assertTrue(built.units().stream().anyMatch(u -> "dac_khu".equals(u.level())), "special zones");
        assertTrue(built.units().stream().allMatch(u -> u.level() != null), "every type word is known");
    }

    @Test
    void aPopulationNoMergedCommuneCanHaveIsLeftOut() {
        Map<String, Unit> now = built.units().stream().filter(u -> u.validTo().isEmpty())
                .collect(Collectors.toMap(Unit::id, Function.identity(), (register, former) -> register));
        assertNull(now.get("02905").population(), "xã Bảo Thắng, Phố Lu and three communes: the source's 328 is wrong");
        assertEquals(9_797L, now.get("16855").population(), "xã Chiêu Lưu keeps its figure");
        assertTrue(now.values().stream().anyMatch(u -> "dac_khu".equals(u.level()) && u.population() != null
                && u.population() < GazetteerBuilder.MERGED_WARD_MIN_POPULATION), "an island zone keeps its small figure");
    }

    @Test
    void vietnameseSeparatorsAndCodesWithTheirZeros() {
        assertEquals(3_359.8, UnitNames.decimal("3.359,80"), 1e-9);
        assertEquals(8_718_000L, UnitNames.count("8.718.000"));
        assertEquals(28.69, UnitNames.decimal("28.69"));
        assertEquals(106.046, UnitNames.decimal("106.046"), "a longitude's three decimals are no thousands");
        assertEquals(102_136L, UnitNames.count("102136"));
        assertEquals("00001", UnitNames.code("1.0", 5));
        assertEquals("Hà Nội", UnitNames.bare("Thành phố Hà Nội"));
        assertEquals("Phúc Xá", UnitNames.bare("Phường Phúc Xá"));
        assertEquals("thi_tran", UnitNames.level("Thị trấn"));
        assertEquals("dac_khu", UnitNames.level("Đặc khu"));
    }

    @Test
    void theCommittedFilesAreWhatTheBuilderGives(@TempDir Path tmp) throws Exception {
        GazetteerWriter.write(built, tmp);
        for (String file : List.of(GazetteerWriter.GAZETTEER_FILE, GazetteerWriter.LINEAGE_FILE)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(file)), Files.readAllBytes(Path.of("data/reference", file)),
                    "data/reference/" + file + " differs from the registers: rebuild it with "
                            + "./dxrank gazetteer --from ../shared/reference/vn-admin-units");
        }
    }
}
