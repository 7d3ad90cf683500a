package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Finding;
import io.dxrank.extract.PlanExtractor;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "20/20 xã" against the gazetteer's count of the district's or province's communes on the document's date. */
class DenominatorCheckTest {

    static Normalizer normalizer;

    @BeforeAll
    static void load() throws Exception {
        normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
    }

    private static List<Finding> checked(String header, String date, String figure) {
        String text = header + "\nSố: 12/BC-UBND\n" + date + "\nBÁO CÁO\nKết quả chuyển đổi số\n"
                + "Đến nay, " + figure + " đã kết nối mạng truyền số liệu chuyên dùng.\n";
        return normalizer.normalize(PlanExtractor.extract("r.txt", text.getBytes(StandardCharsets.UTF_8))).findings()
                .stream().filter(f -> DenominatorCheck.CODE.equals(f.code())).toList();
    }

    @Test
    void aProvinceAfterTheReformCountsItsNewCommunesAndWards() {
        String header = "UBND TỈNH THANH HÓA";
        String date = "Thanh Hóa, ngày 10 tháng 9 năm 2025";
        // the gazetteer lists 166 communes and wards in Thanh Hóa from 1 July 2025
        assertEquals(List.of(), checked(header, date, "166/166 xã, phường"));
        List<Finding> wrong = checked(header, date, "160/160 xã, phường");
        assertEquals(1, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).detail().contains("lists 166 communes"), wrong.get(0).detail());
        assertTrue(wrong.get(0).detail().startsWith("160/160 xã, phường: "), wrong.get(0).detail());
        assertEquals(Finding.Severity.WARN, wrong.get(0).severity());
    }

    @Test
    void aDistrictIsCheckedOnlyWhereTheGazetteerKnowsItsCommunes() {
        String header = "UBND HUYỆN THANH HÀ\nTỈNH HẢI DƯƠNG";
        // 16 communes and townships under Thanh Hà in the list valid until 30 June 2025
        assertEquals(List.of(), checked(header, "Thanh Hà, ngày 15 tháng 3 năm 2025", "16/16 xã, thị trấn"));
        assertEquals(1, checked(header, "Thanh Hà, ngày 15 tháng 3 năm 2025", "20/20 xã, thị trấn").size());
        // in 2023 the district had more communes than the 2025 list holds: nothing to compare with
        assertEquals(List.of(), checked(header, "Thanh Hà, ngày 15 tháng 3 năm 2023", "20/20 xã, thị trấn"));
    }

    @Test
    void aCommuneKnowsItsDistrictForTheTotalsCheck() throws Exception {
        Map<String, String> districtOf = Gazetteer.load(Path.of("data/reference/localities.csv")).districtOfCommune();
        assertEquals("294", districtOf.get("10813"), "thị trấn Thanh Hà is in huyện Thanh Hà (Hải Dương)");
        assertTrue(districtOf.size() > 9000, "most communes before the reform: " + districtOf.size());
    }

    /**
     * Issue 19's bar on generated documents: 50 districts drawn from the national list, each reporting its own
     * count of communes in March 2025, one of them wrong by two: one finding, on that document.
     */
    @Test
    void fiftyDistrictsWithOnePlantedWrongCount() throws Exception {
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/reference/localities.csv"));
        List<CSVRecord> districts = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of("data/reference/gazetteer.csv"), StandardCharsets.UTF_8)) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(r -> {
                if ("huyen".equals(r.get("level"))) {
                    districts.add(r);
                }
            });
        }
        Collections.shuffle(districts, new Random(19));
        List<String> flagged = new ArrayList<>();
        int checked = 0;
        for (CSVRecord d : districts.subList(0, 50)) {
            Locality district = gazetteer.find(d.get("name"), "huyen", d.get("province"));
            Integer communes = district == null ? null : gazetteer.communesUnder(district, "2025-03-15");
            if (communes == null) {
                continue;
            }
            checked++;
            int stated = checked == 25 ? communes + 2 : communes;
            String header = "UBND HUYỆN " + d.get("name").toUpperCase(Locale.ROOT) + "\nTỈNH "
                    + d.get("province").toUpperCase(Locale.ROOT);
            for (Finding f : checked(header, d.get("name") + ", ngày 15 tháng 3 năm 2025", stated + "/" + stated
                    + " xã, thị trấn")) {
                flagged.add(d.get("name") + " " + stated + " " + f.detail());
            }
            if (checked == 25) {
                assertEquals(1, flagged.size(), "the planted count is found: " + flagged);
            }
        }
        assertTrue(checked >= 45, "districts with communes listed: " + checked);
        assertEquals(1, flagged.size(), flagged.toString());
    }
}
