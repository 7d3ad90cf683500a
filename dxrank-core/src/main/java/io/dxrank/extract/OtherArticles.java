package io.dxrank.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A portal page saved whole ends with other articles: "Tin liên quan", "Tin khác", "Bài viết cùng chuyên mục", each a
 * headline and a lead of its own ("Năm 2023, huyện Bắc Hà có 120 sản phẩm ..."). Below such a heading the page is
 * no longer the document's: its figures and places are the other articles', not read.
 */
final class OtherArticles {

    static final String REASON = "other_article";
    private static final Pattern HEADING = Pattern.compile("(?iu)^\\s*(?:các\\s+)?(?:tin|bài(?:\\s+viết)?|tin\\s+bài)"
            + "\\s+(?:liên\\s+quan|khác|cùng\\s+chuyên\\s+mục|cùng\\s+chủ\\s+đề|đã\\s+đưa|mới\\s+hơn|cũ\\s+hơn)\\s*:?\\s*$"
            + "|^\\s*(?:xem\\s+thêm|đọc\\s+thêm)\\s*:?\\s*$");
    /** Lines of text above such a heading before it counts: a page opening with its menu is read as usual. */
    private static final int BODY_LINES = 3;

    private OtherArticles() {
    }

    /** The 0-based line of the heading that opens the other articles, or the number of lines when none does. */
    static int start(List<String> lines) {
        int text = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (text >= BODY_LINES && line.length() <= 40 && HEADING.matcher(HeaderParser.strip(line)).matches()) {
                return i;
            }
            text++;
        }
        return lines.size();
    }

    /** The candidates below the heading at {@code start}, left unread, get the reason {@link #REASON}. */
    static List<Candidates.Candidate> marked(List<Candidates.Candidate> candidates, int start) {
        List<Candidates.Candidate> out = new ArrayList<>(candidates.size());
        for (Candidates.Candidate c : candidates) {
            out.add(c.line() > start && Candidates.UNREAD.equals(c.reason())
                    ? new Candidates.Candidate(c.line(), c.column(), c.text(), Candidates.NOT_STATEMENT, REASON) : c);
        }
        return out;
    }
}
