package io.dxrank.normalize;

/**
 * A normalized statement: one row of facts.csv (columns in {@link io.dxrank.core.Table#FACTS}).
 * {@code indicatorCode} is {@code unmapped} when no catalog indicator matched; {@code status} says whether analytics
 * uses it ({@link FactStatus}); {@code doubts} what the extractor guessed (kind, year; empty when nothing),
 * {@code confidence} the measured chance that the guesses are right (1 when nothing was guessed),
 * {@code populationYear} the year of the population behind {@code valuePer1000} (null when unknown or none),
 * {@code era} how the 1 July 2025 reform files it ({@link ReformFiling}: empty, or a flag of facts.csv).
 */
public record Fact(String planId, String localityId, String localityName, String level, String province,
                   String indicatorCode, String indicatorName, String pillar, String kind, int year, String period,
                   double value, Double valueHigh, String unit, String comparator, String sourceFile, int sourceLine,
                   String quote, String subject, String section, String valueText, Double denominator,
                   String source, String asOf, Double valuePer1000, String status, String doubts,
                   double confidence, Integer populationYear, String era) {

    /** A fact its unit's era holds (the reform does not refile it). */
    public Fact(String planId, String localityId, String localityName, String level, String province,
                String indicatorCode, String indicatorName, String pillar, String kind, int year, String period,
                double value, Double valueHigh, String unit, String comparator, String sourceFile, int sourceLine,
                String quote, String subject, String section, String valueText, Double denominator,
                String source, String asOf, Double valuePer1000, String status, String doubts,
                double confidence, Integer populationYear) {
        this(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind, year,
                period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section, valueText,
                denominator, source, asOf, valuePer1000, status, doubts, confidence, populationYear, "");
    }

    /** A fact with a status and no doubts. */
    public Fact(String planId, String localityId, String localityName, String level, String province,
                String indicatorCode, String indicatorName, String pillar, String kind, int year, String period,
                double value, Double valueHigh, String unit, String comparator, String sourceFile, int sourceLine,
                String quote, String subject, String section, String valueText, Double denominator,
                String source, String asOf, Double valuePer1000, String status) {
        this(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind, year,
                period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section, valueText,
                denominator, source, asOf, valuePer1000, status, "", 1.0, null);
    }

    /** A fact as read: {@code used}, or {@code unmapped} when no indicator matched. */
    public Fact(String planId, String localityId, String localityName, String level, String province,
                String indicatorCode, String indicatorName, String pillar, String kind, int year, String period,
                double value, Double valueHigh, String unit, String comparator, String sourceFile, int sourceLine,
                String quote, String subject, String section, String valueText, Double denominator,
                String source, String asOf, Double valuePer1000) {
        this(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind, year,
                period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section, valueText,
                denominator, source, asOf, valuePer1000,
                Indicator.UNMAPPED.equals(indicatorCode) ? FactStatus.UNMAPPED : FactStatus.USED);
    }

    /** The same fact with other figures (annualized rates, per-1,000 denominations). */
    public Fact withFigures(double newValue, Double newValueHigh, Double newValuePer1000) {
        return new Fact(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind,
                year, period, newValue, newValueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section,
                valueText, denominator, source, asOf, newValuePer1000, status, doubts, confidence, populationYear, era);
    }

    /** The same fact with another status. */
    public Fact withStatus(String newStatus) {
        return new Fact(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind,
                year, period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section,
                valueText, denominator, source, asOf, valuePer1000, newStatus, doubts, confidence, populationYear, era);
    }

    /**
     * The same fact with what the extractor guessed about it (extract.Doubts, ";"-separated) and the chance that the
     * reading is right (1 when nothing was guessed).
     */
    public Fact withDoubts(String newDoubts, double newConfidence) {
        return new Fact(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind,
                year, period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section,
                valueText, denominator, source, asOf, valuePer1000, status, newDoubts, newConfidence, populationYear, era);
    }

    /** The same fact with the year of the population its per-1,000 figure was computed with. */
    public Fact withPopulationYear(Integer newPopulationYear) {
        return new Fact(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind,
                year, period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section,
                valueText, denominator, source, asOf, valuePer1000, status, doubts, confidence, newPopulationYear, era);
    }

    /**
     * The same figure filed under another unit (the one its unit went into on 1 July 2025), with how the reform filed
     * it; a count's per-1,000 figure is dropped: the successor's population is not the old unit's.
     */
    public Fact filedUnder(Locality unit, String newEra) {
        return new Fact(planId, unit.id(), unit.name(), unit.level(), unit.province(), indicatorCode, indicatorName,
                pillar, kind, year, period, value, valueHigh, this.unit, comparator, sourceFile, sourceLine, quote, subject,
                section, valueText, denominator, source, asOf, null, status, doubts, confidence, null, newEra);
    }

    /** The same fact with how the reform files it (a flag of facts.csv, empty when its unit's era holds it). */
    public Fact withEra(String newEra) {
        return new Fact(planId, localityId, localityName, level, province, indicatorCode, indicatorName, pillar, kind,
                year, period, value, valueHigh, unit, comparator, sourceFile, sourceLine, quote, subject, section,
                valueText, denominator, source, asOf, valuePer1000, status, doubts, confidence, populationYear, newEra);
    }
}
