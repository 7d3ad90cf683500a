package io.dxrank.normalize;

/**
 * A normalized, comparable statement: one row of facts.csv (columns in {@link io.dxrank.core.Table#FACTS}).
 * {@code indicatorCode} is {@code unmapped} when no catalog indicator matched.
 */
public record Fact(String planId, String localityId, String localityName, String level, String province,
                   String indicatorCode, String indicatorName, String pillar, String kind, int year, String period,
                   double value, Double valueHigh, String unit, String comparator, String sourceFile, int sourceLine,
                   String quote, String subject, String section, String valueText, Double denominator,
                   String source, String asOf, Double valuePer1000) {

    /** The same fact with other figures (annualized rates, per-1,000 denominations). */
    public Fact withFigures(double newValue, Double newValueHigh, Double newValuePer1000) {
        return new Fact(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind,
                year, period, newValue, newValueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section,
                valueText, denominator, source, asOf, newValuePer1000);
    }
}
