package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news headline that opens with its unit's name and no level word ("Vĩnh Hưng tích cực chuyển đổi số từ cơ sở"),
 * over a text that speaks of that unit by its level alone ("Toàn xã ...", "chính quyền xã đã ..."): the unit is the
 * name at that level. Asked only when nothing else named the document's locality; the name must stand again in the
 * text, and the level word must be used so at least twice, all in one level. Whether such a unit exists is the
 * gazetteer's to say (the normalizer resolves the name, or lists it as unknown with the nearest names).
 */
final class BareHeadline {

    /** A machine date before the headline on its line (" date 2026-01-14 Vĩnh Hưng ..."). */
    private static final Pattern MACHINE_DATE = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+");
    /** Two or three capitalised words, then a word in lower case (one capitalised word opens many a sentence). */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "(?u)^((?-i:\\p{Lu})[\\p{L}\\p{M}]+(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}]+){1,2})\\s+(?-i:\\p{Ll})");
    /** The level words a text uses for its own unit without its name, as the register codes them. */
    private static final List<String[]> LEVELS = List.of(new String[] {"xã", "xa"}, new String[] {"phường", "phuong"},
            new String[] {"thị trấn", "thi_tran"}, new String[] {"huyện", "huyen"}, new String[] {"thị xã", "thi_xa"},
            new String[] {"quận", "quan"});
    private static final String OWN_BEFORE = "(?:toàn|chính\\s+quyền|UBND|Ủy\\s+ban\\s+nhân\\s+dân|Đảng\\s+ủy|Đảng\\s+bộ"
            + "|trên\\s+địa\\s+bàn|của|tại)\\s+";
    private static final int HEADLINE_LINES = 3;
    private static final int HEADLINE_MAX_CHARS = 160;
    private static final int TIMES = 2;

    private BareHeadline() {
    }

    /** The unit the headline opens with, or null. */
    static LocalityMentions.Choice unit(List<String> lines, String all) {
        String name = openingName(lines);
        if (name == null || AdminNames.province(name) != null || count(Pattern.compile("(?u)(?<![\\p{L}\\p{M}])"
                + Pattern.quote(name) + "(?![\\p{L}\\p{M}])"), all) < TIMES) {
            return null;
        }
        String level = null;
        for (String[] l : LEVELS) {
            // "Toàn xã có 12 tổ", "chính quyền xã đã ...": the level word not followed by another unit's name
            int times = count(Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + OWN_BEFORE + l[0] + "(?![\\p{L}\\p{M}])(?!\\s+(?-i:\\p{Lu}))"), all);
            if (times >= TIMES) {
                if (level != null) {
                    return null; // two levels spoken of so: no telling which the headline's unit is
                }
                level = l[1];
            }
        }
        return level == null ? null : new LocalityMentions.Choice(level, name, false);
    }

    private static String openingName(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEADLINE_LINES; i++) {
            String line = MACHINE_DATE.matcher(HeaderParser.strip(lines.get(i))).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > HEADLINE_MAX_CHARS) {
                return null;
            }
            Matcher m = OPENING_NAME.matcher(VnText.clean(line));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
