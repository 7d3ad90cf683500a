package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The district a commune's text names as its parent, when no letterhead says it: the one it names most as "huyện X",
 * else the one in brackets after the commune ("xã Bình Minh (Thăng Bình)"), else a headline's ("Thanh Chương: ..."),
 * else a numbered or abbreviated one ("Quận 3", "Q. Gò Vấp"), else the one city or town it abbreviates ("TP Sầm Sơn").
 */
final class ParentDistricts {

    private static final Pattern NAME_ENDING_WORD = Pattern.compile("ve|va|nam|den|de|tren|cua|trong|tai|theo|da|la|thuc|xay|ke|the|co|sau|dia");
    private static final Pattern UNIT_WORD = Pattern.compile("xa|phuong|huyen|quan|tinh|ubnd|uy");
    private static final Pattern XA_OR_TRAN = Pattern.compile("xa|tran");
    private static final Pattern DISTRICT = Pattern.compile("(?iu)(?=[thqTHQ])\\b(thị\\s+xã|huyện|thành\\s+phố|quận)\\s+"
            + "(\\p{L}[\\p{L}\\p{M}'’]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’]*){0,2})");
    // the whole-text rule tried only where its first word stands (see MatchStarts)
    private static final MatchStarts DISTRICTS = MatchStarts.ofWords(DISTRICT, "thị huyện thành quận");

    private ParentDistricts() {
    }

    /**
     * The parent district of the commune {@code commune} as its text names it; or null.
     *
     * @param all       the document's lines joined
     * @param headlines the first lines that hold text, without markup, where a headline may stand
     */
    static String of(String all, List<String> headlines, String commune) {
        String parent = district(all, commune);
        parent = parent == null ? bracketedDistrict(all, commune) : parent;
        parent = parent == null ? districtBeforeColon(headlines) : parent;
        parent = parent == null ? numberedOrAbbreviatedDistrict(all) : parent;
        return parent == null ? abbreviatedTown(all) : parent;
    }

    /** The district the text names most often, other than the unit itself. */
    private static String district(String text, String self) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        Matcher m = DISTRICTS.matcher(text);
        for (int from = 0; DISTRICTS.next(m, text, from); from = m.end()) {
            String name = trimToProperName(m.group(2));
            name = name == null ? null : LocalityMentions.cut(name);
            if (name == null || VnText.fold(name).equals(VnText.fold(self))) {
                continue;
            }
            if (VnText.fold(m.group(1)).equals("thanh pho") && AdminNames.province(name) != null
                    && !AdminNames.provincialCity(name)) {
                continue; // "phường Ba Đình, thành phố Hà Nội": a centrally-run city is the province, no parent
            }
            String label = VnText.fold(m.group(1)).equals("huyen") ? "huyện" : m.group(1).toLowerCase(Locale.ROOT);
            String full = VnText.clean(label) + " " + VnText.titleCase(name);
            String key = VnText.fold(full);
            counts.merge(key, 1, Integer::sum);
            display.putIfAbsent(key, full);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> display.get(e.getKey())).orElse(null);
    }

    /** "Quận 3", "Q.3", "Q. Gò Vấp": a district numbered or abbreviated, as news of Hồ Chí Minh City writes them. */
    private static final Pattern NUMBERED_OR_ABBREVIATED_DISTRICT = Pattern.compile("(?u)(?<![\\p{L}\\d])(?:(?i:quận)\\s+(\\d{1,2})"
            + "|Q\\.\\s?(\\d{1,2})|Q\\.\\s?(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,2}))(?![\\d\\p{L}])");

    /** The first numbered or abbreviated district the text names ("quận 3", "quận Gò Vấp"), or null. */
    private static String numberedOrAbbreviatedDistrict(String text) {
        Matcher m = NUMBERED_OR_ABBREVIATED_DISTRICT.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return m.group(3) == null || AdminNames.isDistrict(name) ? "quận " + name : null;
    }

    /** "TP Sầm Sơn", "TX. Kinh Môn": a city or town below the province as news abbreviates it. */
    private static final Pattern ABBREVIATED_TOWN = Pattern.compile("(?u)(?<![\\p{L}\\d])(TP|TX)\\.?\\s?"
            + "(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s\\p{Lu}[\\p{L}\\p{M}]*){0,2})(?![\\d\\p{L}])");

    /**
     * The one city or town below the province the text abbreviates, when a district of that name is known ("Lãnh đạo TP
     * Sầm Sơn kiểm tra ... tại xã Quảng Minh"): a commune's parent of last resort; two so named leave it open. A
     * centrally-run city ("TP Hồ Chí Minh", "TP Cần Thơ") is a province, no parent.
     */
    private static String abbreviatedTown(String text) {
        Map<String, String> named = new HashMap<>(); // folded -> as shown
        for (Matcher m = ABBREVIATED_TOWN.matcher(text); m.find(); ) {
            String[] words = m.group(2).split("\\s");
            for (int n = words.length; n > 0; n--) {
                String name = String.join(" ", Arrays.copyOf(words, n));
                if (AdminNames.isDistrict(name) && (AdminNames.province(name) == null || AdminNames.provincialCity(name))) {
                    String full = (m.group(1).equals("TP") ? "thành phố " : "thị xã ") + name;
                    named.putIfAbsent(VnText.fold(full), full);
                    break;
                }
            }
        }
        return named.size() == 1 ? named.values().iterator().next() : null;
    }

    /** "Thanh Chương: UBND xã Thanh Hương triển khai ...": a district portal's headline opens with the district's name. */
    private static final Pattern NAME_BEFORE_COLON = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}\\p{M}'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’]*){0,3})\\s*:\\s+\\S");

    /** The district a headline in the first lines opens with ("Thanh Chương: ..."), as the register names it; or null. */
    private static String districtBeforeColon(List<String> headlines) {
        for (String line : headlines) {
            Matcher m = NAME_BEFORE_COLON.matcher(line);
            if (m.find()) {
                String district = m.group(1).trim();
                String levelWord = AdminNames.districtLevel(district);
                // "Hà Tĩnh: ..." names the province, not its city of that name
                return levelWord != null && AdminNames.isDistrict(district) && AdminNames.province(district) == null
                        ? levelWord + " " + district : null;
            }
        }
        return null;
    }

    /** "xã Bình Minh (Thăng Bình)", "thị trấn Mậu A (Văn Yên, Yên Bái)": a commune's district in brackets after it. */
    private static final Pattern BRACKETED_DISTRICT = Pattern.compile(
            "(?iu)^\\s*\\(\\s*(?:(huyện|thị\\s+xã|thành\\s+phố|tp\\.?|quận)\\s*)?(\\p{Lu}[\\p{L}\\p{M}'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’]*){0,3})"
                    + "\\s*[,)–-]");

    /** The district a commune's name is followed by in brackets, named as the register names it; null when none. */
    private static String bracketedDistrict(String text, String commune) {
        if (commune == null || commune.length() < 2) {
            return null;
        }
        String folded = VnText.fold(commune);
        for (int at = text.indexOf('('); at > 0; at = text.indexOf('(', at + 1)) {
            String before = VnText.fold(text.substring(Math.max(0, at - commune.length() - 2), at)).trim();
            if (!before.endsWith(folded)) {
                continue;
            }
            Matcher m = BRACKETED_DISTRICT.matcher(text.substring(at, Math.min(text.length(), at + 60)));
            if (!m.lookingAt()) {
                continue;
            }
            String district = m.group(2).trim();
            String levelWord = m.group(1) == null ? AdminNames.districtLevel(district)
                    : VnText.fold(m.group(1)).startsWith("tp") ? "thành phố" : m.group(1).toLowerCase(Locale.ROOT);
            if (levelWord != null && AdminNames.isDistrict(district)) {
                return VnText.clean(levelWord) + " " + district;
            }
        }
        return null;
    }

    /** Keeps the leading words that look like a name: first capitalised, later ones up to a common word. */
    private static String trimToProperName(String words) {
        String[] parts = VnText.clean(words).split(" ");
        if (parts.length == 0 || !Character.isUpperCase(parts[0].charAt(0))) {
            return null;
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String folded = VnText.fold(parts[i]);
            // "Nghi sơn": a lowercase typo inside a name is tolerated, a function word ends the name, and so does any
            // lowercase word after a known district's name ("huyện Đăk Glei sử dụng")
            if (!Character.isUpperCase(parts[i].charAt(0))
                    && (NAME_ENDING_WORD.matcher(folded).matches() || AdminNames.isDistrict(out.toString()))) {
                break;
            }
            // a header in capitals runs on into the next line's unit: "HUYỆN KỲ SƠN / ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"
            String next = i + 1 < parts.length ? VnText.fold(parts[i + 1]) : "";
            if (UNIT_WORD.matcher(folded).matches() || folded.equals("thi") && XA_OR_TRAN.matcher(next).matches()
                    || folded.equals("thanh") && next.equals("pho") || LocalityMentions.personNamedAfter(parts, i)) {
                break;
            }
            out.append(' ').append(parts[i]);
        }
        return out.toString();
    }
}
