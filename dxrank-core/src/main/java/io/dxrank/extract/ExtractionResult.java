package io.dxrank.extract;

import io.dxrank.core.Finding;

import java.util.List;

/**
 * Everything the extractor learned from one input file. A rejected file has a reason and no statements.
 */
public record ExtractionResult(String planId, String sourceFile, String sha256, String format, long bytes,
                               String status, String reason, PlanMetadata metadata, List<Statement> statements,
                               List<Finding> findings) {

    public static final String OK = "ok";
    public static final String REJECTED = "rejected";

    public ExtractionResult {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return OK.equals(status);
    }

    public static ExtractionResult rejected(String planId, String sourceFile, String sha256, String format,
                                            long bytes, String reason) {
        return new ExtractionResult(planId, sourceFile, sha256, format, bytes, REJECTED, reason, null, List.of(),
                List.of(new Finding(planId, sourceFile, 0, Finding.Severity.ERROR, "rejected", reason)));
    }
}
