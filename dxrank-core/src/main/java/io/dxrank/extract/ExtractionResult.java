package io.dxrank.extract;

import io.dxrank.core.Finding;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything the extractor learned from one input file. A rejected file has a reason and no statements.
 *
 * @param candidates every number of a text document and its fate ({@link Candidates}); empty for tables
 */
public record ExtractionResult(String planId, String sourceFile, String sha256, String format, long bytes,
                               String status, String reason, PlanMetadata metadata, List<Statement> statements,
                               List<Finding> findings, List<Candidates.Candidate> candidates) {

    public static final String OK = "ok";
    public static final String REJECTED = "rejected";

    public ExtractionResult {
        statements = List.copyOf(statements);
        findings = List.copyOf(findings);
        candidates = List.copyOf(candidates);
    }

    /** A result without a number scan (indicator tables, tests). */
    public ExtractionResult(String planId, String sourceFile, String sha256, String format, long bytes,
                            String status, String reason, PlanMetadata metadata, List<Statement> statements,
                            List<Finding> findings) {
        this(planId, sourceFile, sha256, format, bytes, status, reason, metadata, statements, findings, List.of());
    }

    public boolean ok() {
        return OK.equals(status);
    }

    /**
     * What the document states, without its format: a hash of every statement's kind, figure, unit, year and quote, in
     * reading order; null when it states nothing. One plan saved as .docx and as .txt (or in another encoding) has
     * other bytes but the same key, so it is known as a copy, not as a revision.
     */
    public String statementsKey() {
        if (statements.isEmpty()) {
            return null;
        }
        StringBuilder all = new StringBuilder();
        for (Statement s : statements) {
            all.append(s.kind()).append('\u001f').append(s.value()).append('\u001f')
                    .append(s.unit()).append('\u001f').append(s.year()).append('\u001f').append(s.quote()).append('\u001e');
        }
        return PlanExtractor.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static ExtractionResult rejected(String planId, String sourceFile, String sha256, String format,
                                            long bytes, String reason) {
        return new ExtractionResult(planId, sourceFile, sha256, format, bytes, REJECTED, reason, null, List.of(),
                List.of(new Finding(planId, sourceFile, 0, Finding.Severity.ERROR, "rejected", reason)));
    }
}
