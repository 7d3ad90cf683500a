package io.dxrank.normalize;

import java.io.Serializable;

/**
 * A gazetteer row (data/reference/localities.csv, kept by hand, or the national gazetteer.csv). Population and
 * households may be null; {@code validFrom}/{@code validTo} are ISO dates, empty when open (hand rows are open);
 * {@code populationYear} the year the population figure counts (a census, a register), null when not given.
 */
public record Locality(String id, String name, String level, String parent, String province, Long population,
                       Long households, String validFrom, String validTo, Integer populationYear)
        implements Serializable {

    /** A row whose population's year is not known. */
    public Locality(String id, String name, String level, String parent, String province, Long population,
                    Long households, String validFrom, String validTo) {
        this(id, name, level, parent, province, population, households, validFrom, validTo, null);
    }

    /** A row valid at any date (the hand-kept file). */
    public Locality(String id, String name, String level, String parent, String province, Long population,
                    Long households) {
        this(id, name, level, parent, province, population, households, "", "");
    }

    /** Whether the unit existed on {@code isoDate} (ISO dates compare as strings); true when the date is unknown. */
    public boolean validOn(String isoDate) {
        if (isoDate == null) {
            return true;
        }
        return (validFrom.isEmpty() || validFrom.compareTo(isoDate) <= 0)
                && (validTo.isEmpty() || validTo.compareTo(isoDate) >= 0);
    }
}
