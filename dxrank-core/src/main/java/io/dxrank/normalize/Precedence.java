package io.dxrank.normalize;

import io.dxrank.core.Coded;

/** Which source keeps a fact that an indicator table and a plan both state differently. */
public enum Precedence implements Coded {
    TABLE,
    PLAN
}
