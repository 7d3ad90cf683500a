package io.dxrank.analytics;

import io.dxrank.core.Coded;

/** How an indicator's values become comparable scores for the composite (docs/methods.md). */
public enum Normalization implements Coded {
    /** 0-100 between the group's lowest and highest value. */
    MINMAX,
    /** 0-100 between fixed goalposts: 0 and 100 for percents. */
    GOALPOST,
    /** standard scores within the group. */
    ZSCORE
}
