package io.dxrank.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Realistic indicator workbooks built with POI: a district office's compilation of the five seed plans'
 * localities (their names, levels and provinces as the plans give them) in the three layouts.
 */
final class Workbooks {

    private Workbooks() {
    }

    /** Long layout: a title, a header, seed communes, a separator row, a totals row and a bad cell. */
    static byte[] longLayout() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Tổng hợp");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            row(s, 0, "TỔNG HỢP CHỈ TIÊU CHUYỂN ĐỔI SỐ CÁC XÃ, PHƯỜNG");
            row(s, 2, "STT", "Tên đơn vị", "Cấp", "Tỉnh", "Chỉ tiêu", "Đơn vị tính", "Năm", "Kế hoạch", "Thực hiện",
                    "Ghi chú");
            row(s, 3, 1, "Xã Khánh Sơn", "xã", "Nghệ An", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
                    "%", 2024, "90", null, "");
            s.getRow(3).createCell(8).setCellValue(0.855);
            s.getRow(3).getCell(8).setCellStyle(percent);
            row(s, 4, 2, "Phường Tĩnh Hải", "phường", "Thanh Hóa", "Tin, bài tuyên truyền về chuyển đổi số", "tin, bài",
                    2023, 12, "10", "");
            // a blank separator row, then the totals row that is not a locality
            row(s, 6, "", "Tổng cộng", "", "", "Tin, bài tuyên truyền về chuyển đổi số", "tin, bài", 2023, 12, 10, "");
            row(s, 7, 3, "Xã Khánh Sơn", "xã", "Nghệ An", "Tin, bài tuyên truyền về chuyển đổi số", "tin, bài", 2024,
                    "đang cập nhật", "1.522", "");
            return bytes(wb);
        }
    }

    /** Wide by year, the appendix layout: merged "Năm 2025" over "Kế hoạch | Thực hiện", a formula cell. */
    static byte[] wideByYear() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Phụ lục");
            row(s, 0, "PHỤ LỤC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026 CỦA xã Hoàng Phú");
            row(s, 1, "STT", "Nội dung chỉ tiêu", "ĐVT", "Năm 2025", "", "Mức đạt năm 2026");
            row(s, 2, "", "", "", "Kế hoạch", "Thực hiện", "");
            s.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            s.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
            row(s, 3, 1, "Thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình", "%", 80, "85,5", null);
            s.getRow(3).createCell(5).setCellFormula("D4+10");
            row(s, 4, 2, "Tin, bài tuyên truyền về chuyển đổi số", "tin, bài", 40, 52, 60);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytes(wb);
        }
    }

    /** Wide by indicator: a sheet per year and kind, a row per locality, a column per indicator. */
    static byte[] wideByIndicator(boolean xls) throws IOException {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Kết quả 2024");
            row(s, 0, "Xã, phường", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%)", "Nhóm Zalo (nhóm)");
            row(s, 1, "Xã Khánh Sơn", "100%", 3);
            row(s, 2, "Phường Tây Hiếu", "85,5", 5);
            row(s, 3, "Cộng", "", 8);
            Sheet notes = wb.createSheet("Ghi chú");
            row(notes, 0, "Số liệu do các xã báo cáo, chưa thẩm định.");
            return bytes(wb);
        }
    }

    static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue((String) v);
            }
        }
    }

    static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
