package io.dxrank.tables;

import java.time.LocalDate;
import static io.dxrank.tables.Workbooks.bytes;
import static io.dxrank.tables.Workbooks.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Indicator tables as Vietnamese offices make them, beyond {@link Workbooks}: a title block of merged rows with
 * the national motto and a date line, Roman-numeral section rows, a locality written once over its indicator rows,
 * comparators and empty markers in figure cells, hidden and chart sheets, years as date cells, headers in English,
 * abbreviated "KH"/"TH" columns and a wide-by-indicator sheet whose year is only in the file name.
 */
final class OfficeTables {

    private OfficeTables() {
    }

    /**
     * A district office's compilation (long layout) under a full title block; each commune named once above its
     * rows; comparators, "x" and "-" in figure cells; a completion-ratio column; a hidden sheet with last year's
     * draft and a very hidden list of communes for drop-downs.
     */
    static byte[] districtCompilation() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Tổng hợp");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            row(s, 0, "UBND HUYỆN NAM ĐÀN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            row(s, 1, "PHÒNG VĂN HÓA VÀ THÔNG TIN", "", "", "Độc lập - Tự do - Hạnh phúc");
            row(s, 2, "", "", "", "Nam Đàn, ngày 10 tháng 01 năm 2025");
            row(s, 3, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ CÁC XÃ NĂM 2024");
            row(s, 4, "(Kèm theo Báo cáo số 12/BC-VHTT ngày 10/01/2025 của Phòng Văn hóa và Thông tin)");
            for (int r = 0; r < 3; r++) {
                s.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
                s.addMergedRegion(new CellRangeAddress(r, r, 3, 7));
            }
            s.addMergedRegion(new CellRangeAddress(3, 3, 0, 7));
            s.addMergedRegion(new CellRangeAddress(4, 4, 0, 7));
            row(s, 6, "STT", "Tên đơn vị", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024",
                    "Tỷ lệ đạt so với kế hoạch (%)", "Ghi chú");
            row(s, 7, "I", "KHỐI XÃ");
            s.addMergedRegion(new CellRangeAddress(7, 7, 1, 7));
            row(s, 8, "1", "Xã Khánh Sơn", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "%", "≥ 80%", 98.5,
                    123.1, "");
            row(s, 9, "", "", "Tổng số tài khoản thư điện tử công vụ được cấp", "Tài khoản", "-", "1.234", "x", "");
            row(s, 10, "", "", "Hộ gia đình có kết nối Internet băng rộng cáp quang", "%", "Trên 90%", "x", "x", "");
            row(s, 11, "2", "Cộng Lạc", "Tin, bài tuyên truyền về chuyển đổi số", "Tin, bài", 12, 15, 125, "");
            row(s, 12, "II", "KHỐI PHƯỜNG");
            row(s, 13, "3", "Phường Tây Hiếu", "Tỷ lệ người dân có tài khoản thanh toán", "%", "Từ 70% trở lên", null,
                    null, "");
            s.getRow(13).createCell(5).setCellValue(0.725);
            s.getRow(13).getCell(5).setCellStyle(percent);
            row(s, 14, "", "Tổng cộng", "Tin, bài tuyên truyền về chuyển đổi số", "Tin, bài", 12, 15, 125, "");

            Sheet draft = wb.createSheet("Dự thảo (cũ)");
            row(draft, 0, "STT", "Tên đơn vị", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024");
            row(draft, 1, "1", "Xã Khánh Sơn", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "%", 70, 75);
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            Sheet list = wb.createSheet("DS");
            row(list, 0, "Tên đơn vị", "Cấp");
            row(list, 1, "Khánh Sơn", "Xã");
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            return bytes(wb);
        }
    }

    /**
     * One commune's self-assessment (wide by year) with an all-caps title, Roman-numeral pillars, "KH 2024",
     * "TH 2024" and "Kế hoạch năm 2025" columns.
     */
    static byte[] selfAssessment() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            row(s, 0, "BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024 CỦA XÃ KHÁNH SƠN");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            row(s, 2, "STT", "Nội dung chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "Kế hoạch năm 2025", "Ghi chú");
            row(s, 3, "I", "HẠ TẦNG SỐ");
            row(s, 4, "1", "Hộ gia đình có kết nối Internet băng rộng cáp quang", "%", 85, "87,3%", "Trên 90%");
            row(s, 5, "2", "Tổng số hồ sơ thủ tục hành chính tiếp nhận trực tuyến", "Hồ sơ", "1.500", "1.622", "2.000");
            row(s, 6, "II", "CHÍNH QUYỀN SỐ");
            row(s, 7, "1", "Văn bản đi được ký số", "%", "≥ 95%", "98,5%", "Không dưới 98%");
            row(s, 8, "2", "Tài khoản thư điện tử công vụ được cấp", "Tài khoản", "x", 25, "-");
            return bytes(wb);
        }
    }

    /** The same self-assessment with English headers, as a province's DTI team sends it to a consultant. */
    static byte[] englishHeaders() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Summary");
            row(s, 0, "No.", "Locality", "Province", "Indicator", "Unit", "Target 2024", "Result 2024", "Plan 2025");
            row(s, 1, 1, "Khanh Son commune", "Nghe An", "Văn bản đi được ký số", "%", 95, 98.5, 98);
            row(s, 2, 2, "Xã Khánh Sơn", "Nghệ An", "Tài khoản thư điện tử công vụ được cấp", "accounts", 20, 25, 30);
            return bytes(wb);
        }
    }

    /** Wide by indicator, one row per commune; no title: the year and kind are only in the file name. */
    static byte[] wideByIndicatorYearInFileName() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            row(s, 0, "STT", "Xã, phường, thị trấn", "Tỷ lệ thủ tục hành chính thực hiện trực tuyến toàn trình (%)",
                    "Tỷ lệ hồ sơ có kết quả giải quyết thủ tục hành chính được số hóa (%)", "Nhóm Zalo (nhóm)");
            row(s, 1, 1, "Xã Khánh Sơn", "85,5", 60, 3);
            row(s, 2, 2, "Phường Tây Hiếu", 90, "70%", 5);
            return bytes(wb);
        }
    }

    /** Wide by indicator with "KH | TH" under each indicator (a two-row header), year in the title. */
    static byte[] wideByIndicatorPlanAndResult() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("KQ");
            row(s, 0, "TỔNG HỢP CHỈ TIÊU CHUYỂN ĐỔI SỐ CÁC XÃ NĂM 2024");
            row(s, 1, "Xã, phường", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%)", "",
                    "Tin, bài tuyên truyền về chuyển đổi số (tin, bài)", "");
            row(s, 2, "", "KH", "TH", "KH", "TH");
            s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
            s.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            row(s, 3, "Xã Khánh Sơn", 90, "85,5", 12, 10);
            row(s, 4, "Phường Tây Hiếu", 95, 97, 20, 24);
            return bytes(wb);
        }
    }

    /** Long layout whose "Năm" cells are dates: 31/12/2024 as a date, and 2025 entered as a date shown "yyyy". */
    static byte[] yearsAsDates() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Số liệu");
            CellStyle dmy = wb.createCellStyle();
            dmy.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle yyyy = wb.createCellStyle();
            yyyy.setDataFormat(wb.createDataFormat().getFormat("yyyy"));
            row(s, 0, "Tên đơn vị", "Chỉ tiêu", "ĐVT", "Năm", "Kế hoạch", "Thực hiện");
            row(s, 1, "Xã Khánh Sơn", "Nhóm Zalo", "nhóm", null, null, 4);
            s.getRow(1).createCell(3).setCellValue(LocalDate.of(2024, 12, 31));
            s.getRow(1).getCell(3).setCellStyle(dmy);
            row(s, 2, "Xã Khánh Sơn", "Nhóm Zalo", "nhóm", null, 6, null);
            s.getRow(2).createCell(3).setCellValue(LocalDate.of(2025, 1, 1));
            s.getRow(2).getCell(3).setCellStyle(yyyy);
            return bytes(wb);
        }
    }

    /**
     * A workbook whose second sheet is a chart sheet (Excel's "Move chart: New sheet"), added to a POI workbook
     * as Excel writes it: a chartsheet part, its workbook entry and content type.
     */
    static byte[] withChartSheet() throws IOException {
        byte[] plain;
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Số liệu");
            row(s, 0, "Tên đơn vị", "Chỉ tiêu", "ĐVT", "Năm", "Thực hiện");
            row(s, 1, "Xã Khánh Sơn", "Nhóm Zalo", "nhóm", 2024, 4);
            plain = bytes(wb);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                switch (e.getName()) {
                    case "[Content_Types].xml" -> text = text.replace("</Types>", "<Override PartName=\"/xl/chartsheets/"
                            + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                            + "chartsheet+xml\"/></Types>");
                    case "xl/workbook.xml" -> text = text.replace("</sheets>", "<sheet name=\"Biểu đồ\" sheetId=\"9\" "
                            + "r:id=\"rIdChart\"/></sheets>");
                    case "xl/_rels/workbook.xml.rels" -> text = text.replace("</Relationships>", "<Relationship "
                            + "Id=\"rIdChart\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>");
                    default -> {
                    }
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/chartsheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><chartsheet xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheetPr/><sheetViews><sheetView workbookViewId=\"0\"/>"
                    + "</sheetViews><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                    + "footer=\"0.3\"/></chartsheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * A sheet saved by Vietnamese Excel as "CSV (dấu phẩy)": Windows-1258, ';' between cells, CRLF, the title rows
     * padded with empty cells, decimal commas.
     */
    static final String EXCEL_CSV = String.join("\r\n",
            "BIỂU TỔNG HỢP KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2024;;;;;",
            ";;;;;",
            "STT;Tên đơn vị;Chỉ tiêu;ĐVT;Kế hoạch;Thực hiện",
            "1;Xã Khánh Sơn;Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng;%;Trên 80%;98,5",
            "2;Xã Khánh Sơn;Cán bộ, công chức được trang bị máy tính;%;100;100",
            "3;Phường Tây Hiếu;Nhóm Zalo;nhóm;x;7",
            ";;;;;", "");

    /** Wide by indicator in a ';' CSV: the locality and indicator headers hold commas, the figures decimal commas. */
    static final String WIDE_CSV = String.join("\r\n",
            "Xã, phường;Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (%);Cán bộ, công chức, viên chức được trang bị máy tính (%)",
            "Xã Khánh Sơn;98,5;99,5",
            "Phường Tây Hiếu;97,5;100", "");
}
