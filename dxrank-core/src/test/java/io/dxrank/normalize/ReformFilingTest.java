package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.PlanExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures filed under the units of their period, on the real gazetteer and lineage (data/reference): an old ward's
 * 2026 target under the ward it went into, a split ward's and an abolished district's later figures unranked, a new
 * ward's 2024 figure unranked, a unit the reform kept untouched.
 */
class ReformFilingTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = Gazetteer.load(Path.of("data/reference/localities.csv"));
    }

    private static Locality unit(String name, String level, String province, String date) {
        Locality l = gazetteer.resolve(name, level, null, province, date).match();
        assertTrue(l != null, name + " resolves");
        return l;
    }

    private static Fact fact(Locality l, int year, String period, String unit, Double per1000) {
        return new Fact("p1", l.id(), l.name(), l.level(), l.province(), "dvc_online", "Dịch vụ công", "government",
                "target", year, period, 90, null, unit, "ge", "a.txt", 3, "q", "s", "", "90", null, "prose", null,
                per1000, FactStatus.USED);
    }

    private static ReformFiling.Result file(Locality l, Fact... facts) {
        return ReformFiling.file(List.of(facts), l, gazetteer, "p1", "a.txt");
    }

    @Test
    void anOldWardsLaterFigureIsFiledUnderTheWardItWentInto() {
        Locality phucXa = unit("Phúc Xá", "phuong", "Hà Nội", "2024-03-01");
        assertEquals("00001", phucXa.id());
        ReformFiling.Result r = file(phucXa, fact(phucXa, 2024, "2024", "percent", null),
                fact(phucXa, 2026, "2026", "count", 12.5));
        Fact earlier = r.facts().get(0);
        Fact later = r.facts().get(1);
        assertEquals("00001", earlier.localityId(), "2024 is the old ward's own year");
        assertEquals("", earlier.era());
        assertEquals("00097", later.localityId(), "Phúc Xá went into phường Hồng Hà");
        assertEquals("Hồng Hà", later.localityName());
        assertEquals("successor:00001", later.era());
        assertNull(later.valuePer1000(), "the old ward's count is no count per inhabitant of the new ward");
        assertTrue(FactFlags.of(later).contains("successor:00001"));
        assertEquals("filed_under_successor", r.findings().get(0).code());
        assertTrue(r.findings().get(0).detail().contains("Hồng Hà (00097)"), r.findings().get(0).detail());
    }

    @Test
    void theFirstHalfOf2025IsTheOldUnitsAndTheSecondTheNewOnes() {
        Locality phucXa = unit("Phúc Xá", "phuong", "Hà Nội", "2024-03-01");
        ReformFiling.Result r = file(phucXa, fact(phucXa, 2025, "2025 H1", "percent", null),
                fact(phucXa, 2025, "2025", "percent", null));
        assertEquals("00001", r.facts().get(0).localityId());
        assertEquals("00097", r.facts().get(1).localityId());
    }

    @Test
    void aQuarterEndsOnItsLastDaySoTheFirstTwoOf2025AreBeforeTheReform() {
        assertEquals("2025-03-31", ReformFiling.periodEnd(2025, "2025 Q1"));
        assertEquals("2025-06-30", ReformFiling.periodEnd(2025, "2025 Q2"));
        assertEquals("2025-06-30", ReformFiling.periodEnd(2025, "2025 H1"));
        assertEquals("2025-09-30", ReformFiling.periodEnd(2025, "2025 Q3"));
        assertEquals("2025-12-31", ReformFiling.periodEnd(2025, "2025"));
    }

    @Test
    void aSplitWardsLaterFigureStaysWithItUnranked() {
        Locality congVi = unit("Cống Vị", "phuong", "Hà Nội", "2024-03-01");
        ReformFiling.Result r = file(congVi, fact(congVi, 2026, "2026", "percent", null));
        assertEquals("00007", r.facts().get(0).localityId());
        assertEquals(ReformFiling.OUTSIDE_ERA, r.facts().get(0).era());
        assertTrue(r.findings().get(0).detail().contains("divided"), r.findings().get(0).detail());
        assertTrue(r.findings().get(0).detail().contains("Giảng Võ (00025)"), r.findings().get(0).detail());
    }

    @Test
    void anAbolishedDistrictsLaterFigureIsNotRanked() {
        Locality baDinh = unit("Ba Đình", "quan", "Hà Nội", "2024-03-01");
        assertEquals("001", baDinh.id());
        ReformFiling.Result r = file(baDinh, fact(baDinh, 2025, "2025", "percent", null));
        assertEquals(ReformFiling.OUTSIDE_ERA, r.facts().get(0).era());
        assertEquals("outside_era", r.findings().get(0).code());
    }

    @Test
    void aNewWardsFigureOfABeforeTheReformYearIsNotRanked() {
        Locality hongHa = unit("Hồng Hà", "phuong", "Hà Nội", "2026-01-15");
        assertEquals("2025-07-01", hongHa.validFrom());
        ReformFiling.Result r = file(hongHa, fact(hongHa, 2024, "2024", "percent", null),
                fact(hongHa, 2026, "2026", "percent", null));
        assertEquals(ReformFiling.OUTSIDE_ERA, r.facts().get(0).era());
        assertEquals("", r.facts().get(1).era());
        assertTrue(r.findings().get(0).detail().contains("formed on 2025-07-01"), r.findings().get(0).detail());
    }

    @Test
    void anOldProvinceGoesWhereItsCommunesWent() {
        Locality quangBinh = unit("Quảng Bình", "tinh", null, "2024-03-01");
        ReformFiling.Result r = file(quangBinh, fact(quangBinh, 2026, "2026", "percent", null));
        assertEquals("Quảng Trị", r.facts().get(0).localityName());
        assertEquals("successor:44", r.facts().get(0).era());
    }

    @Test
    void aUnitTheReformKeptIsOneUnitAcrossTheEras() {
        Locality haNoi = unit("Hà Nội", "tinh", null, "2024-03-01");
        ReformFiling.Result r = file(haNoi, fact(haNoi, 2026, "2026", "percent", null));
        assertEquals("", r.facts().get(0).era());
        assertTrue(r.findings().isEmpty());
    }

    @Test
    void aHandKeptRowTakesTheDatesOfTheNationalUnitOfItsCodeLevelAndName() {
        Locality hand = new Locality("16642", "Tĩnh Hải", "phuong", "Nghi Sơn", "Thanh Hóa", 12000L, null);
        assertEquals("2025-06-30", gazetteer.dated(hand).validTo());
        assertEquals(12000L, gazetteer.dated(hand).population());
        Locality unknown = new Locality("x-1", "Nowhere", "xa", "", "", null, null);
        assertEquals(unknown, gazetteer.dated(unknown));
        ReformFiling.Result r = file(unknown, fact(unknown, 2026, "2026", "percent", null));
        assertEquals("", r.facts().get(0).era(), "a unit without dates belongs to every era");
    }

    @Test
    void aNewCommunesTextGivesAFigureOfBeforeTheReformToTheOldUnitItNames() throws Exception {
        // a probe in the form of a merged commune's news: each predecessor's 2024 figure under that predecessor
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/gazetteer.csv")));
        String news = """
                Xã Văn Miếu sau sáp nhập: chuyển đổi số đi vào chiều sâu
                Ngày 20/10/2026
                Xã Văn Miếu (tỉnh Phú Thọ) được thành lập trên cơ sở sáp nhập xã Văn Miếu, xã Tân Minh và xã Tân Lập.
                Trước sáp nhập, năm 2024, xã Tân Lập (cũ) chỉ đạt 41% hồ sơ trực tuyến, xã Văn Miếu cũ đạt 55%.
                Năm 2024, xã Văn Miếu đã tổ chức 12 lớp tập huấn kỹ năng số.
                """;
        Normalizer.Result r = normalizer.normalize(PlanExtractor.extract("vm.txt",
                news.getBytes(StandardCharsets.UTF_8)));
        List<String> filed = r.facts().stream().map(f -> f.valueText() + " " + f.localityId() + " " + f.era() + " "
                + f.status()).toList();
        assertEquals(List.of("41% 08641 predecessor:08611 used", "55% 08611 predecessor:08611 used",
                "12 lớp 08611 outside_era used"), filed, "a namesake of the new unit is the old one only as written 'cũ'");
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("filed_under_predecessor")), r.findings().toString());
    }
}
