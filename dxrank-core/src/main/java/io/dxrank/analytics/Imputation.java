package io.dxrank.analytics;

import io.dxrank.core.Coded;

/** What the composite does with an indicator a locality does not report. */
public enum Imputation implements Coded {
    /** nothing: the locality's coverage is lower. */
    NONE,
    /** the group's median, counted in composite.imputed and never towards coverage. */
    MEDIAN
}
