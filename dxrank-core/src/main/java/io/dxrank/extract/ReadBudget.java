package io.dxrank.extract;

import java.util.concurrent.TimeUnit;

/**
 * The time one document may take to be read (issue 21: bounded work per document). Checked line by line: past it,
 * the rest of the document is left unread and a finding says where reading stopped, so one pathological file
 * cannot hold up a run of thousands. The default is far above what any real document needs (milliseconds), so
 * only a hostile or broken file meets it; {@code -Ddxrank.extract.budgetMs=N} sets another.
 */
final class ReadBudget {

    /** Default milliseconds per document, overridable by the system property {@value #PROPERTY}. */
    static final long DEFAULT_MS = 60_000;
    static final String PROPERTY = "dxrank.extract.budgetMs";

    private final long millis;
    private final long deadline;
    private int stoppedAt;

    ReadBudget(long millis) {
        this.millis = millis;
        this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    static ReadBudget fromSettings() {
        return new ReadBudget(Long.getLong(PROPERTY, DEFAULT_MS));
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
}
