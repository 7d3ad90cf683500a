package io.dxrank.reference;

/**
 * One administrative unit of one era: a row of data/reference/gazetteer.csv. Names are bare ("Tĩnh Hải", not
 * "Phường Tĩnh Hải"); ids are GSO codes with their leading zeros (2 digits a province, 3 a district, 5 a commune).
 *
 * @param validFrom ISO date the unit exists from, empty when it existed before the registers begin
 * @param validTo   ISO date of its last day, empty when it still exists
 */
public record Unit(String id, String name, String level, String parent, String parentId, String province,
                   Long population, String source, String validFrom, String validTo, Double areaKm2, Double lat,
                   Double lon) {

    /** The columns of gazetteer.csv; the first ones are those of localities.csv, so one reader reads both. */
    public static final String[] COLUMNS = {"locality_id", "name", "level", "parent", "parent_id", "province",
        "population", "households", "source", "valid_from", "valid_to", "area_km2", "lat", "lon"};
}
