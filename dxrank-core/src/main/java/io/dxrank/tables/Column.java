package io.dxrank.tables;

import io.dxrank.extract.Statement;
import io.dxrank.core.VnText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column of an indicator table holds, recognized from its header accent- and case-insensitively in
 * Vietnamese or English.
 *
 * @param year a value column's year ("Thực hiện năm 2024"), else null
 * @param kind a value column's kind (actual or target), else null
 */
public record Column(int index, Role role, String header, Integer year, String kind) {

    /** Column roles. VALUE: figures of one year and kind; TARGET / ACTUAL: figures whose year is in a year column. */
    public enum Role { ORDINAL, LOCALITY, LEVEL, PROVINCE, INDICATOR, UNIT, YEAR, KIND, TARGET, ACTUAL, VALUE, NOTE, OTHER }

    private static final Pattern ORDINAL = Pattern.compile("^(stt|tt|so tt|so thu tu|no\\.?|#)$");
    private static final Pattern NOTE = Pattern.compile("ghi chu|note|chu tri|phu trach|don vi thuc hien|co quan");
    private static final Pattern UNIT = Pattern.compile("^(dvt|d\\.v\\.t|don vi tinh|don vi do|unit)\\b");
    private static final Pattern LEVEL = Pattern.compile("^(cap|cap hanh chinh|level)$");
    private static final Pattern PROVINCE = Pattern.compile("^(tinh|tinh/thanh pho|tinh, thanh pho|province)$");
    private static final Pattern YEAR = Pattern.compile("^(nam|year)$");
    /** A long table's column saying whether each row's figure is a result or a target ("Loại": "Kế hoạch"). */
    private static final Pattern KIND = Pattern.compile("^(loai|loai so lieu|phan loai|kh/th|ke hoach/thuc hien|kind|type)$");
    /** A long table's one figure column, its year and kind in other columns or the title ("Giá trị", "Value"). */
    private static final Pattern FIGURE = Pattern.compile("^(gia tri|so lieu|value|con so)$");
    private static final Pattern LOCALITY = Pattern.compile("ten don vi|dia phuong|^don vi$|^don vi hanh chinh"
            + "|^xa[,/ ]+phuong|^ten xa|^xa$|^phuong$|locality|commune|^ten dia ban"
            // "Huyện", "Quận/huyện", "Huyện, thị xã, thành phố", "Tên huyện": a table of districts
            + "|^(?:ten\\s+)?(?:quan|huyen|thi xa)(?:\\s*[,/]\\s*(?:quan|huyen|thi xa|thanh pho|tp|tx))*$");
    private static final Pattern INDICATOR = Pattern.compile("noi dung|ten chi tieu|^chi tieu$|^chi so$|indicator"
            + "|^tieu chi");
    private static final Pattern TARGET_WORDS = Pattern.compile(
            "ke hoach|muc tieu|muc dat|chi tieu|target|phan dau|dang ky");
    private static final Pattern ACTUAL_WORDS = Pattern.compile(
            "thuc hien|ket qua|actual|uoc dat|uoc thuc hien|da dat|hien trang");
    /** Abbreviations and English words a header cell uses for its kind: "KH 2025", "TH 2024", "Plan", "Result". */
    private static final Pattern TARGET_HEADER = Pattern.compile("\\b(kh|plan|planned|goal)\\b");
    private static final Pattern ACTUAL_HEADER = Pattern.compile("\\b(th|uth|result|results|achieved)\\b");
    /** A column derived from two others ("Tỷ lệ đạt so với kế hoạch (%)", "So sánh cùng kỳ"): no figure of its own. */
    private static final Pattern RATIO = Pattern.compile("^(so sanh|danh gia|xep loai|muc do hoan thanh"
            + "|ty le (dat|hoan thanh|thuc hien|th)? ?(so voi|/|\\(?%\\)?$)|ty le (dat|hoan thanh)\\b|% (dat|so voi|hoan thanh))"
            + "|so voi (ke hoach|kh|cung ky|nam truoc)");
    private static final Pattern A_YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern NAMED_YEAR = Pattern.compile("\\b(?:nam|year)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern PERIOD = Pattern.compile("\\b(?:19|20)\\d\\d\\s*[-–]\\s*((?:19|20)\\d\\d)\\b");

    /** The role a header names on its own (the reader still checks the column's content). */
    public static Column of(int index, String header) {
        String f = VnText.fold(header).replaceAll("\\s+", " ").trim();
        if (f.isEmpty()) {
            return new Column(index, Role.OTHER, header, null, null);
        }
        Integer y = year(f);
        String kind = kind(f);
        if (kind == null) {
            Matcher t = TARGET_HEADER.matcher(f);
            Matcher a = ACTUAL_HEADER.matcher(f);
            kind = t.find() ? Statement.TARGET : a.find() ? Statement.ACTUAL : null;
        }
        Role role;
        if (ORDINAL.matcher(f).find()) {
            role = Role.ORDINAL;
        } else if (NOTE.matcher(f).find() || RATIO.matcher(f).find()) {
            role = Role.NOTE;
        } else if (UNIT.matcher(f).find()) {
            role = Role.UNIT;
        } else if (LEVEL.matcher(f).find()) {
            role = Role.LEVEL;
        } else if (PROVINCE.matcher(f).find()) {
            role = Role.PROVINCE;
        } else if (YEAR.matcher(f).find()) {
            role = Role.YEAR;
        } else if (KIND.matcher(f).find()) {
            role = Role.KIND;
        } else if (FIGURE.matcher(f).find()) {
            role = Role.VALUE;
        } else if (LOCALITY.matcher(f).find()) {
            role = Role.LOCALITY;
        } else if (INDICATOR.matcher(f).find() && y == null) {
            role = Role.INDICATOR;
        } else if (y != null) {
            // "Thực hiện năm 2024", "Năm 2025", "Số liệu 2024": figures of that year (kind from the title if none)
            role = Role.VALUE;
        } else if (kind != null) {
            role = Statement.TARGET.equals(kind) ? Role.TARGET : Role.ACTUAL;
        } else {
            role = Role.OTHER;
        }
        return new Column(index, role, header, role == Role.VALUE ? y : null, kind);
    }

    /** actual, target or null, from the words of a header or a title ("KẾT QUẢ NĂM 2024", "Kế hoạch 2025"). */
    static String kind(String folded) {
        Matcher t = TARGET_WORDS.matcher(folded);
        Matcher a = ACTUAL_WORDS.matcher(folded);
        boolean target = t.find();
        boolean actual = a.find();
        if (target && actual) {
            // "Kế hoạch thực hiện" is a plan; "Kết quả thực hiện kế hoạch" a result: the first word decides
            return t.start() < a.start() ? Statement.TARGET : Statement.ACTUAL;
        }
        return target ? Statement.TARGET : actual ? Statement.ACTUAL : null;
    }

    /**
     * The year a header or title names: after "năm" first ("giai đoạn 2021-2025, năm 2024" is 2024), else the end
     * of a period ("Mục tiêu giai đoạn 2021-2025" is 2025), else the first year.
     */
    static Integer year(String folded) {
        Matcher named = NAMED_YEAR.matcher(folded);
        if (named.find()) {
            return Integer.valueOf(named.group(1));
        }
        Matcher period = PERIOD.matcher(folded);
        if (period.find()) {
            return Integer.valueOf(period.group(1));
        }
        Matcher m = A_YEAR.matcher(folded);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Whether a header names the provinces ("Tỉnh", "Tỉnh/thành phố", "Province"). */
    static boolean namesProvinces(String header) {
        return PROVINCE.matcher(VnText.fold(header).replaceAll("\\s+", " ").trim()).find();
    }

    /** Words a header adds to a year without naming what is measured ("Năm 2024", "KH 2025", "Thực hiện 2024"). */
    private static final Pattern YEAR_OR_KIND_WORDS = Pattern.compile(
            "\\b((?:19|20)\\d\\d|nam|year|kh|th|ke hoach|thuc hien|ket qua|muc tieu|uoc dat|plan|target|actual|result)\\b");

    /** Whether a header names only a year, a kind or both: no indicator of its own. */
    static boolean onlyYearOrKind(String header) {
        String f = VnText.fold(header);
        return A_YEAR.matcher(f).find() && YEAR_OR_KIND_WORDS.matcher(f).replaceAll(" ").replaceAll("[^\\p{L}\\d]+", "")
                .isEmpty();
    }

    public boolean recognized() {
        return role != Role.OTHER;
    }
}
