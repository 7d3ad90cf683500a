package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure counted up to a date ("đến ngày 12/2/2024") is of that date's year; a date a text cites is no figure's. */
class AsOfDateYearTest {

    private static List<String> read(String text) {
        ExtractionResult r = PlanExtractor.extract("n.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.statements().stream().map(s -> s.valueText() + ":" + s.year()).toList();
    }

    @Test
    void aCountUpToADateTakesThatDatesYear() {
        // devset/fresh53 yf06 (a real news item of February 2024 on the year 2023): its count up to 12/2/2024 is of 2024
        assertEquals(List.of("775 nghìn hồ sơ:2024"), read("""
                Quảng Ngãi: kết quả thực hiện Đề án 06 năm 2023

                Qua triển khai phong trào, đến ngày 12/2/2024, toàn tỉnh đã thu nhận 775 nghìn hồ sơ cấp tài khoản định danh điện tử mức độ 2 cho người dân.
                """));
        // news writes the date with dots or dashes too
        assertEquals(List.of("4.471.982 trường hợp:2023"), read("""
                Hà Nội: kết quả kích hoạt định danh điện tử năm 2022

                Tính đến ngày 1.7.2023, Công an thành phố đã kích hoạt định danh điện tử cho 4.471.982 trường hợp.
                """));
        // "tính đến hết ngày" and "tới" say the same
        assertEquals(List.of("98%:2025"), read("""
                Quảng Ngãi: kết quả thực hiện Đề án 06 năm 2024

                Tính đến hết ngày 30/6/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 98%.
                """));
    }

    @Test
    void aDateTheTextCitesGivesNoYear() {
        // the decision's date is when it was signed, not when the figure was counted: the figure has no year of its
        // own (null) and takes the document's
        assertEquals(List.of("98%:null"), read("""
                Quảng Ngãi: kết quả thực hiện Đề án 06 năm 2024

                Thực hiện Quyết định số 12/QĐ-UBND ngày 5/3/2023 của UBND tỉnh, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 98%.
                """));
    }
}
