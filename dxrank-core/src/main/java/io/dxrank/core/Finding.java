package io.dxrank.core;

/**
 * A data-quality finding: something a stage noticed and did not silently decide.
 * One row of quality.csv, e.g. {@code new Finding(planId, "000_x.txt", 812, Severity.WARN, "year_mismatch", "...")}.
 */
public record Finding(String planId, String sourceFile, int line, Severity severity, String code, String detail) {

    /** How much an analyst should care. */
    public enum Severity { INFO, WARN, ERROR }

    public Finding {
        planId = planId == null ? "" : planId;
        sourceFile = sourceFile == null ? "" : sourceFile;
        detail = detail == null ? "" : detail;
    }

    public static Finding warn(String planId, String sourceFile, int line, String code, String detail) {
        return new Finding(planId, sourceFile, line, Severity.WARN, code, detail);
    }

    public static Finding info(String planId, String sourceFile, int line, String code, String detail) {
        return new Finding(planId, sourceFile, line, Severity.INFO, code, detail);
    }
}
