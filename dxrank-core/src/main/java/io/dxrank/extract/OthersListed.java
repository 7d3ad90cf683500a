package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures of other units listed by name with their figure in brackets: "vượt Đà Nẵng (58,89%), Hà Giang (55,76%)",
 * "Bạc Liêu (7,4%), Sơn La (8,3%)", "Bộ Tài nguyên và Môi trường (909.000 lượt)". In a sentence that lists two or more
 * such, a figure is the document's only when the name before its bracket is the document's locality ("Đà Nẵng (67%)"
 * in Đà Nẵng's own news item). Needs the document's locality, so it runs after the header is read.
 */
final class OthersListed {

    /** Why such a number is no statement (candidates.csv). */
    static final String REASON = "other_units_figure";

    /**
     * A bracket holding only a figure and its unit: "(58,89%)", "(1,1 triệu lượt)", "(6,8 triệu lượt truy cập)", "(trên
     * 0,7 điểm)".
     */
    private static final Pattern FIGURE_IN_BRACKETS = Pattern.compile(
            "\\(\\s*(?:(?:trên|hơn|gần|khoảng|đạt)\\s+)?(\\d[\\d.,]*\\s*(?:%|[\\p{Ll}\\p{M}]+(?:\\s+[\\p{Ll}\\p{M}]+){0,3})?)\\s*\\)");
    /** The words right before the bracket name a unit: one of them capitalised, no figure among them. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\p{M}]*(?:[\\s\\-]+[\\p{L}\\p{M}]+){0,5}\\s*$");
    private static final int NAME_SPAN = 45;

    private OthersListed() {
    }

    /** The statements kept and those set aside as other units' figures. */
    record Split(List<Statement> kept, List<Statement> others) {
    }

    static Split split(List<Statement> statements, String locality) {
        if (locality == null || locality.isBlank()) {
            return new Split(statements, List.of());
        }
        String own = VnText.fold(locality);
        List<Statement> kept = new ArrayList<>(statements.size());
        List<Statement> others = new ArrayList<>();
        for (Statement s : statements) {
            if (s.sentence() != null && isOthers(s, s.sentence(), own)) {
                others.add(s);
            } else {
                kept.add(s);
            }
        }
        return new Split(kept, others);
    }

    /**
     * A unit named right before a rank ("thành phố Đà Nẵng xếp thứ nhất", "tỉnh Hậu Giang đứng hạng 19") or right after it
     * ("đứng thứ hai là huyện Văn Yên").
     */
    private static final String UNIT = "(?iu:tỉnh|thành\\s+phố|huyện|thị\\s+xã|quận|xã|phường|thị\\s+trấn)\\s+"
            + "(\\p{Lu}[\\p{L}\\p{M}']*(?:\\s+\\p{Lu}[\\p{L}\\p{M}']*){0,3})";
    private static final Pattern UNIT_BEFORE = Pattern.compile("(?u)" + UNIT + "(?:\\s+(?:đứng|xếp))?\\s*$");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?u)^\\s*(?iu:là|thuộc\\s+về)\\s+" + UNIT);

    /** A rank another unit holds: the unit it names is not the document's. */
    private static boolean othersRank(Statement s, String sentence, String own) {
        if (!QuantityScanner.RANK_UNIT.equals(s.unit()) || s.valueText() == null) {
            return false;
        }
        int at = sentence.indexOf(s.valueText());
        if (at < 0) {
            return false;
        }
        Matcher before = UNIT_BEFORE.matcher(sentence.substring(Math.max(0, at - NAME_SPAN), at));
        Matcher after = UNIT_AFTER.matcher(sentence.substring(at + s.valueText().length()));
        String named = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
        return named != null && !VnText.fold(named).contains(own) && !own.contains(VnText.fold(named));
    }

    private static boolean isOthers(Statement s, String sentence, String own) {
        if (othersRank(s, sentence, own)) {
            return true;
        }
        List<String[]> listed = new ArrayList<>(); // {name before, bracket content}
        Matcher m = FIGURE_IN_BRACKETS.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - NAME_SPAN), m.start());
            int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(':'), before.lastIndexOf(')')));
            before = before.substring(cut + 1);
            if (NAMED_BEFORE.matcher(before).find()) {
                listed.add(new String[] {before, m.group(1)});
            }
        }
        if (listed.size() < 2 || s.valueText() == null) {
            return false;
        }
        for (String[] item : listed) {
            if (item[1].contains(s.valueText().trim()) || s.valueText().contains(item[1].trim())) {
                return !VnText.fold(item[0]).contains(own);
            }
        }
        return false;
    }
}
