package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.tables.InputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An analyst's table of one province's communes: rows named without their province, columns of a kind and a year. */
class TableOfOneProvinceTest {

    private static Normalizer normalizer;

    @BeforeAll
    static void load() throws Exception {
        normalizer = BundledNormalizer.get();
    }

    private static Normalizer.Result read(String file, String csv) {
        ExtractionResult r = InputFile.extract(file, csv.getBytes(StandardCharsets.UTF_8));
        return normalizer.normalizeTable(r);
    }

    @Test
    void aNameSeveralProvincesHaveIsTheOneInTheProvinceOfTheOtherRows() {
        // a probe in the form of a province's compiled indicators: Hoa Lư and Gia Viễn are also names in Gia Lai and Lâm Đồng
        Normalizer.Result r = read("bang-chi-so.csv", """
                STT,Đơn vị,Năm,Tỷ lệ hồ sơ TTHC trực tuyến (%)
                1,Phường Hoa Lư,2025,92.5
                2,Xã Gia Viễn,2025,84.1
                3,Xã Yên Mô,2025,79.3
                4,Phường Tam Điệp,2025,88.0
                """);
        List<String> ids = r.facts().stream().map(Fact::localityId).toList();
        assertEquals(List.of("14329", "14464"), ids.subList(0, 2));
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("locality_in_the_tables_province")
                && f.detail().contains("Ninh Bình")), r.findings().toString());
        Normalizer.Result mixed = read("bang.csv", """
                STT,Đơn vị,Năm,Tỷ lệ hồ sơ TTHC trực tuyến (%)
                1,Phường Hoa Lư,2025,92.5
                2,Xã Yên Mô,2025,79.3
                3,Phường Pleiku,2025,88.0
                """);
        assertTrue(mixed.findings().stream().anyMatch(f -> f.code().equals("ambiguous_locality")),
                "rows of two provinces decide nothing: " + mixed.findings());
    }

    @Test
    void aColumnNamingOnlyItsKindAndYearGoesOnWithTheIndicatorToItsLeft() {
        Normalizer.Result r = read("bang-xa.csv", """
                Tên xã;Tỷ lệ hồ sơ trực tuyến năm 2024;Tỷ lệ hồ sơ trực tuyến năm 2025;Kế hoạch năm 2026
                Xã Thu Cúc;55%;72,4%;88%
                Xã Minh Đài;48,3%;70%;85%
                """);
        assertEquals(List.of("dossiers_online actual 2024", "dossiers_online actual 2025", "dossiers_online target 2026"),
                r.facts().subList(0, 3).stream().map(f -> f.indicatorCode() + " " + f.kind() + " " + f.year()).toList());
    }
}
