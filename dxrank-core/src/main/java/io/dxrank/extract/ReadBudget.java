package io.dxrank.extract;

import java.util.concurrent.TimeUnit;

/**
 * The work one document may cost (issue 21: bounded work per document): its time and the size of its text.
 * <ul>
 *   <li>Time, checked line by line: past it, the rest of the document is left unread and a finding says where
 *       reading stopped, so one pathological file cannot hold up a run of thousands. The default is far above what
 *       any real document needs (milliseconds); {@code -Ddxrank.extract.budgetMs=N} sets another.</li>
 *   <li>Characters of text, the document's memory: everything extraction keeps (lines, numbers, statements) grows
 *       with the text, and a 20 MB docx or PDF can decode to far more than 20 MB. Only the text up to the last line
 *       break within the limit is read, with a finding. The default, 1,000,000 characters, is about 330 pages (a
 *       plan or report runs to tens; a text of many more is a dump, and reading it would cost the run its minutes);
 *       {@code -Ddxrank.extract.maxChars=N} sets another.</li>
 * </ul>
 */
final class ReadBudget {

    /** Default milliseconds per document, overridable by the system property {@value #PROPERTY}. */
    static final long DEFAULT_MS = 60_000;
    static final String PROPERTY = "dxrank.extract.budgetMs";
    /** Default characters of text per document, overridable by the system property {@value #CHARS_PROPERTY}. */
    static final int DEFAULT_CHARS = 1_000_000;
    static final String CHARS_PROPERTY = "dxrank.extract.maxChars";

    private final long millis;
    private final int maxChars;
    private final long deadline;
    private int stoppedAt;

    ReadBudget(long millis) {
        this(millis, DEFAULT_CHARS);
    }

    ReadBudget(long millis, int maxChars) {
        this.millis = millis;
        this.maxChars = maxChars;
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    static ReadBudget fromSettings() {
        return new ReadBudget(Long.getLong(PROPERTY, DEFAULT_MS), Integer.getInteger(CHARS_PROPERTY, DEFAULT_CHARS));
    }

    /** True once the budget is spent; the line about to be read is remembered as where reading stopped. */
    boolean spentAt(int line) {
        if (stoppedAt == 0 && System.nanoTime() > deadline) {
            stoppedAt = line;
        }
        return stoppedAt != 0;
    }

    /** The line reading stopped at (1-based), 0 when the whole document was read. */
    int stoppedAt() {
        return stoppedAt;
    }

    long millis() {
        return millis;
    }

    int maxChars() {
        return maxChars;
    }

    /** The text to read: all of it within the limit, else up to the last line break before the limit. */
    String within(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int lastBreak = text.lastIndexOf('\n', maxChars);
        return text.substring(0, lastBreak > 0 ? lastBreak : maxChars);
    }
}
