package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer's block at the top of an official document, one unit per line, the superior above the issuer:
 * "UBND HUYỆN BẢO YÊN" over "UBND XÃ NGHĨA ĐÔ", "TỈNH LÀO CAI" over "ỦY BAN NHÂN DÂN" / "XÃ Y TÝ", "ĐẢNG BỘ TỈNH LÀO CAI"
 * over "ĐẢNG ỦY XÃ Y TÝ", "THÀNH PHỐ HỒ CHÍ MINH" over "PHƯỜNG THỦ DẦU MỘT". The superior lines give the issuer's province
 * and district, and the lowest unit named is the issuer. Only lines in capitals count: a sentence naming a unit is
 * no letterhead.
 */
final class Letterhead {

    /**
     * @param issuerLevel the lowest unit's level code (null when no line names a unit)
     * @param issuer      its name as the register writes names ("Nghĩa Đô")
     * @param province    the province a line names ("TỈNH LÀO CAI", "THÀNH PHỐ HỒ CHÍ MINH"), or null
     * @param district    the district a line above a commune names ("huyện Bảo Yên"), or null
     */
    record Read(String issuerLevel, String issuer, String province, String district) {
        static final Read NONE = new Read(null, null, null, null);
    }

    /** How many lines of text the block is looked for in. */
    private static final int TOP_LINES = 8;
    private static final Pattern UNIT_LINE = Pattern.compile("(?u)^(?:(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|ĐẢNG BỘ|ĐẢNG ỦY"
            + "|ĐẢNG UỶ|HĐND|HỘI ĐỒNG NHÂN DÂN)\\s+)?(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\s+"
            + "(\\p{Lu}[\\p{Lu}\\p{M}'’]*(?:[ \\-]+\\p{Lu}[\\p{Lu}\\p{M}'’]*){0,3}|\\d{1,2})$");
    /** The motto or the Party's name on the same line, after a run of spaces or a tab. */
    private static final Pattern BESIDE = Pattern.compile("(?:\\t|\\s{2,}).*$");

    private Letterhead() {
    }

    static Read of(List<String> lines) {
        String issuerLevel = null;
        String issuer = null;
        String province = null;
        String district = null;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TOP_LINES; i++) {
            String line = BESIDE.matcher(HeaderParser.strip(lines.get(i)).strip()).replaceFirst("");
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            // "UBND XÃ TÂN PHÚ, TỈNH ĐỒNG NAI": the issuer and its superiors on one line, the superiors after it
            List<Matcher> units = new ArrayList<>();
            for (String part : VnText.clean(line).split("\\s*,\\s*")) {
                Matcher m = UNIT_LINE.matcher(part);
                if (!m.matches()) {
                    units.clear();
                    break;
                }
                units.add(0, m);
            }
            for (Matcher m : units) {
                String level = HeaderParser.levelCode(m.group(1));
                String name = m.group(2).chars().allMatch(Character::isDigit) ? m.group(2) : VnText.titleCase(m.group(2));
                boolean centrallyRun = "thanh_pho".equals(level) && AdminNames.province(name) != null
                        && !AdminNames.provincialCity(name);
                if ("tinh".equals(level) || centrallyRun) {
                    province = AdminNames.province(name) != null ? AdminNames.province(name) : province;
                    issuerLevel = issuerLevel == null ? "tinh" : issuerLevel;
                    issuer = issuer == null ? province : issuer;
                } else if (HeaderParser.isDistrictLevel(level)) {
                    district = VnText.clean(m.group(1)).toLowerCase(Locale.ROOT) + " " + name;
                    issuerLevel = level;
                    issuer = name;
                } else {
                    issuerLevel = level;
                    issuer = name;
                }
            }
        }
        if (issuer == null) {
            return Read.NONE;
        }
        // the district line is a parent only above a commune's line
        boolean commune = HeaderParser.isCommuneLevel(issuerLevel);
        return new Read(issuerLevel, issuer, province, commune ? district : null);
    }
}
