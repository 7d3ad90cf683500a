package io.dxrank.normalize;

/**
 * A normalized, comparable statement: one row of facts.csv (columns in {@link io.dxrank.core.Table#FACTS}).
 * {@code indicatorCode} is {@code unmapped} when no catalog indicator matched.
 */
public record Fact(String planId, String localityId, String localityName, String level, String province,
                   String indicatorCode, String indicatorName, String pillar, String kind, int year, String period,
                   double value, Double valueHigh, String unit, String comparator, String sourceFile, int sourceLine,
                   String quote, String subject, String section, String valueText, Double denominator,
                   String source) {
}
