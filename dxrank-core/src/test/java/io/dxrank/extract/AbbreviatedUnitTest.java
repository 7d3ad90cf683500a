package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's abbreviated level ("P. Kim Tân (TP. Lào Cai)") ends no sentence: the year opening it reaches its figures. */
class AbbreviatedUnitTest {

    @Test
    void theYearBeforeAnAbbreviatedUnitReachesTheFiguresAfterIt() {
        String news = "Lào Cai đẩy mạnh số hóa hộ tịch\nNgày đăng: 12/03/2024\n"
                + "(Baolaocai.vn) - Năm 2022, P. Kim Tân (TP. Lào Cai) đã hoàn thành số hóa 12.500 hồ sơ hộ tịch.\n"
                + "Năm 2023, TX. Sa Pa có 95% hồ sơ trực tuyến. Đến nay, TS. Nguyễn Văn A cho biết 81% hồ sơ đã số hóa.\n";
        ExtractionResult r = PlanExtractor.extract("t.txt", news.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("3 12.500 hồ sơ 2022", "4 95% 2023", "4 81% null"),
                r.statements().stream().map(s -> s.line() + " " + s.valueText() + " " + s.year()).toList());
    }
}
