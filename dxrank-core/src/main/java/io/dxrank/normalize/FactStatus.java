package io.dxrank.normalize;

/**
 * Where a statement read stands in facts.csv ({@code status}): facts.csv keeps every statement, and rankings,
 * composite, trends and charts read the {@link #USED} rows only.
 */
public final class FactStatus {

    /** The one value of its locality, indicator, kind and period that analytics takes. */
    public static final String USED = "used";
    /** The same value stated again in the same document. */
    public static final String DUPLICATE = "duplicate";
    /** Another value of the same indicator, kind and period in the same document; the used one won. */
    public static final String CONFLICT_OTHER = "conflict_other";
    /**
     * Another value of the same indicator, kind and period whose own clause counts at another level of government
     * ("20 nhóm Zalo ... cấp xã" in a district's report that has "01 nhóm Zalo ... toàn huyện").
     */
    public static final String OTHER_LEVEL = "other_level";
    /**
     * A part of the figure before it, of the same indicator, after "trong đó" ("1.740 trạm BTS, trong đó 117 trạm 5G",
     * and a breakdown in the sentences or lines just below): no other value of the whole ({@code SameFigure}).
     */
    public static final String PART = "part";
    /** From a document that a later revision (or an identical copy) of the same locality and period replaces. */
    public static final String SUPERSEDED = "superseded";
    /** An indicator table states the same fact and takes precedence (or, with --precedence plan, the plan does). */
    public static final String TABLE_OVERRIDE = "table_override";
    /** No catalog indicator matched. */
    public static final String UNMAPPED = "unmapped";
    /** Read from a document that names no locality, or whose year is uncertain: nothing to rank it under. */
    public static final String HELD = "held";

    private FactStatus() {
    }
}
