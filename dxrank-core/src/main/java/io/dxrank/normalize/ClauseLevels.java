package io.dxrank.normalize;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import io.dxrank.extract.QuantityScanner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of government a figure's clause speaks of ("cấp xã", "toàn huyện", "cấp thôn"), to tell a plan's own
 * figure from one of the level above or below it.
 */
final class ClauseLevels {

    private ClauseLevels() {
    }

    private static final Pattern LEVEL_LABEL = Pattern.compile("(?iu)cấp\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*:$");
    private static final int LABEL_REACH = 20;
    private static final Pattern CLAUSE_LEVEL = Pattern.compile(
            "\\b(?:cap|toan|cac)\\s+(xa|phuong|thi tran|thon|ban|ap|to dan pho|huyen|quan|thi xa|thanh pho|tinh)\\b");

    /**
     * The level of government a figure's own clause names, from the figure to the next comma, semicolon or full
     * stop and back to the previous one: "20 nhóm Zalo của Tổ CNSCĐ cấp xã" is commune, "01 nhóm ... toàn huyện"
     * district, "89 ... cấp thôn" village; null when the clause names none.
     */
    static String levelOfClause(Fact f) {
        String q = f.quote() == null ? "" : f.quote();
        int at = f.valueText() == null || f.valueText().isEmpty() ? -1 : q.indexOf(f.valueText());
        if (at < 0) {
            return null;
        }
        int end = at + f.valueText().length();
        int stop = end;
        while (stop < q.length() && stop - end < 60 && ",;.".indexOf(q.charAt(stop)) < 0) {
            stop++;
        }
        int start = at;
        while (start > 0 && at - start < 40 && ",;:".indexOf(q.charAt(start - 1)) < 0) {
            start--;
        }
        if (start > 0 && q.charAt(start - 1) == ':') {
            // "(cấp xã: 138, cấp thôn: 1.733)": the level labels the figure after its colon
            int from = Math.max(0, start - LABEL_REACH);
            Matcher label = LEVEL_LABEL.matcher(q.substring(from, start));
            start = label.find() ? from + label.start() : start;
        }
        Matcher m = CLAUSE_LEVEL.matcher(VnText.fold(q.substring(start, stop)));
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "xa", "phuong", "thi tran" -> Level.Group.COMMUNE;
            case "thon", "ban", "ap", "to dan pho" -> "village";
            case "tinh" -> Level.Group.PROVINCE;
            default -> Level.Group.DISTRICT;
        };
    }

    /** A clause opening on a whole unit of a level ("Toàn tỉnh hiện có", "Cả huyện đã"), not ranking or topping it. */
    private static final Pattern WHOLE_AT_START = Pattern.compile(
            "^\\s*(?:[-+•]\\s*)?(?:hiện\\s+nay,?\\s+|đến\\s+nay,?\\s+)?(?:toàn|cả)\\s+(tỉnh|huyện|quận|thị\\s+xã)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STANDING = Pattern.compile("(?iu)(?<!\\p{L})(?:dẫn\\s+đầu|cao\\s+nhất|thấp\\s+nhất|đứng|xếp)(?!\\p{L})");

    /**
     * The level ("province", "district") whose whole a figure's clause opens on when it is above the document's own
     * ("Toàn tỉnh hiện có 1.250 tổ ...; riêng xã Hải Yến có 12 tổ" in a commune's news); null for any other figure, a
     * place in a ranking or a clause that tops the whole ("dẫn đầu toàn tỉnh").
     */
    static String wholeOfAHigherLevel(Fact f, String documentLevel) {
        String own = groupOf(documentLevel);
        if (own == null || Level.Group.PROVINCE.equals(own) || QuantityScanner.RANK_UNIT.equals(f.unit())) {
            return null;
        }
        String before = quoteClauseBefore(f.quote(), f.valueText());
        if (before == null || STANDING.matcher(before).find()) {
            return null;
        }
        Matcher m = WHOLE_AT_START.matcher(before);
        if (!m.find()) {
            return null;
        }
        String whole = VnText.fold(m.group(1)).equals("tinh") ? Level.Group.PROVINCE : Level.Group.DISTRICT;
        return Level.Group.COMMUNE.equals(own) || Level.Group.PROVINCE.equals(whole) ? whole : null;
    }

    /** The words of a quote's clause before its figure (from a comma, semicolon or colon), or null. */
    private static String quoteClauseBefore(String quote, String valueText) {
        int at = quote == null || valueText == null ? -1 : quote.indexOf(valueText);
        if (at < 0) {
            return null;
        }
        int from = at;
        while (from > 0 && ",;:".indexOf(quote.charAt(from - 1)) < 0) {
            from--;
        }
        return quote.substring(from, at);
    }

    /** A level code's group (commune, district, province), or null when unknown. */
    static String groupOf(String level) {
        Level l = Level.ofCode(level);
        return l == null ? null : l.group();
    }

    private static final Pattern LEVEL_OF_UNITS = Pattern.compile("\\bcap (xa|phuong|huyen|tinh)\\b");

    /** The subject names a level ("cấp huyện", "cấp xã", "cấp tỉnh") but not the plan's own. */
    static boolean namesOtherLevel(String subject, String level) {
        String f = VnText.fold(subject);
        return LEVEL_OF_UNITS.matcher(f).find()
                && !namesOwnLevel(subject, level);
    }

    /** The subject names the plan's own level ("cấp xã" in a commune's plan). */
    static boolean namesOwnLevel(String subject, String level) {
        Pattern own = switch (level == null ? "" : level) {
            case "xa", "phuong", "thi_tran" -> COMMUNE_LEVEL;
            case "huyen", "quan", "thi_xa", "thanh_pho" -> DISTRICT_LEVEL;
            case "tinh" -> PROVINCE_LEVEL;
            default -> null;
        };
        return own != null && own.matcher(VnText.fold(subject)).find();
    }

    private static final Pattern COMMUNE_LEVEL = Pattern.compile("\\bcap (xa|phuong)\\b");
    private static final Pattern DISTRICT_LEVEL = Pattern.compile("\\bcap huyen\\b");
    private static final Pattern PROVINCE_LEVEL = Pattern.compile("\\bcap tinh\\b");
}
