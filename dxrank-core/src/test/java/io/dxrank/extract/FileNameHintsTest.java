package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file's name gives the locality and the year its text leaves out, and never overrules the text. */
class FileNameHintsTest {

    @Test
    void aLevelWordAndTheWordsAfterItNameTheLocality() {
        assertEquals(new FileNameHints.Hint("xa", "Xuan Truc", 2025),
                FileNameHints.of("plans/a05_kh-ha-tang-so-xa-xuan-truc-2023-2025.txt"));
        assertEquals(new FileNameHints.Hint("thi_xa", "La Gi", 2024), FileNameHints.of("BC ket qua CDS thi xa La Gi 2024.docx"));
        assertEquals(new FileNameHints.Hint("tinh", "Hậu Giang", null), FileNameHints.of("KH_CDS_tinh_Hau_Giang.pdf"));
        assertEquals(new FileNameHints.Hint("phuong", "11", 2023), FileNameHints.of("bao-cao-phuong-11-2023.txt"));
    }

    @Test
    void aProvinceNeedsNoLevelWordAndAHashNamesNothing() {
        assertEquals("Đà Nẵng", FileNameHints.of("c12_da-nang-ho-gia-dinh-internet.txt").name());
        assertEquals("Bình Thuận", FileNameHints.of("binhthuan_3nam.txt").name());
        assertEquals("Trà Vinh", FileNameHints.of("c10_tra-vinh-dti-2022.txt").name());
        assertEquals(new FileNameHints.Hint(null, null, null), FileNameHints.of("000_94ef183eb1e07201.txt"));
        assertEquals(new FileNameHints.Hint(null, null, null), FileNameHints.of("f01.txt"));
    }

    @Test
    void aDistrictOfTheProvinceNamedBeforeItNeedsNoLevelWord() {
        // the dev set's "Thị ủy: Kết quả 03 năm ..." names no unit: its file names the town and its province
        assertEquals(new FileNameHints.Hint("thi_xa", "La Gi", null), FileNameHints.of("b05_lagi_binhthuan_3nam.txt"));
        assertEquals(new FileNameHints.Hint("thi_xa", "La Gi", null), FileNameHints.of("c08_la-gi-binhthuan-nq10-3-nam.txt"));
        assertEquals(new FileNameHints.Hint("huyen", "Hòa Vang", 2024), FileNameHints.of("bc-cds-hoa-vang-da-nang-2024.txt"));
        // words before the province that name none of its districts leave the province
        assertEquals(new FileNameHints.Hint("tinh", "Đà Nẵng", null), FileNameHints.of("tin-moi-da-nang.txt"));
    }

    @Test
    void theFileNameSaysWhatKindOfDocumentAnUntitledTextIs() {
        assertEquals(DocType.MULTI_YEAR_PLAN, FileNameHints.kind("a05_kh-ha-tang-so-xa-xuan-truc-2023-2025.txt"));
        assertEquals(DocType.PLAN, FileNameHints.kind("Ke hoach CDS xa Tan Lap 2025.pdf"));
        assertEquals(DocType.HALF_YEAR_REPORT, FileNameHints.kind("BC so ket 6 thang CDS 2024.docx"));
        assertEquals(DocType.DECISION, FileNameHints.kind("qd-giao-chi-tieu-2025.txt"));
        assertNull(FileNameHints.kind("c12_da-nang-ho-gia-dinh-internet.txt"));
        String bullets = "- Tỷ lệ hộ gia đình có cáp quang: 80%.\n- Số thuê bao băng rộng di động/100 dân: 90%.\n";
        assertEquals(DocType.PLAN, PlanExtractor.extract("kh-cds-xa-xuan-truc-2025.txt", bullets.getBytes(StandardCharsets.UTF_8))
                .metadata().docType());
        String titled = "Xã Xuân Trúc: kết quả chuyển đổi số năm 2024\n" + bullets;
        assertEquals(DocType.NEWS, PlanExtractor.extract("kh-cds-xa-xuan-truc-2025.txt", titled.getBytes(StandardCharsets.UTF_8))
                .metadata().docType());
    }

    @Test
    void theFileNameTellsANamesakesProvinceByADistrictOrProvinceName() {
        // a commune "Vĩnh Hưng" shares its name with a district of Long An: its own name is left out of the search
        assertEquals("Thanh Hóa", FileNameHints.province("c01_vinh-hung-vinh-loc-onestop.txt", "Vĩnh Hưng"));
        assertEquals("Thanh Hóa", FileNameHints.province("b06_vinhhung_vinhloc_2023.txt", "Vĩnh Hưng"));
        assertEquals("Bà Rịa - Vũng Tàu", FileNameHints.province("b04_phuong11_vungtau_2023.txt", "Phường 11"));
        assertEquals("Hậu Giang", FileNameHints.province("KH_CDS_xa_Tan_Binh_tinh_Hau_Giang.pdf", "Tân Bình"));
        assertNull(FileNameHints.province("f01.txt", "Tân Bình"));
        ExtractionResult r = PlanExtractor.extract("kh-cds-xa-vinh-hung-vinh-loc-2025.txt",
                "Xã Vĩnh Hưng đạt 95% hồ sơ trực tuyến năm 2024.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Thanh Hóa", r.metadata().province());
        assertTrue(r.findings().stream().anyMatch(f -> f.code().equals("province_from_file_name")));
    }

    @Test
    void theTextWinsAndTheFileNameOnlyFillsWhatItLeavesOut() {
        String text = "Tỷ lệ hồ sơ trực tuyến đạt 85%; 100% cán bộ sử dụng chữ ký số.\n";
        ExtractionResult untitled = PlanExtractor.extract("kh-cds-xa-xuan-truc-2025.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("Xuan Truc", untitled.metadata().localityName());
        assertEquals(2025, untitled.metadata().planYear());
        assertTrue(untitled.findings().stream().anyMatch(f -> f.code().equals("locality_from_file_name")));
        ExtractionResult titled = PlanExtractor.extract("kh-cds-xa-xuan-truc-2025.txt",
                ("KẾ HOẠCH Chuyển đổi số xã Minh Đức năm 2024\n" + text).getBytes(StandardCharsets.UTF_8));
        assertEquals("Minh Đức", titled.metadata().localityName());
        assertEquals(2024, titled.metadata().planYear());
        assertNull(FileNameHints.of(null).name());
    }
}
