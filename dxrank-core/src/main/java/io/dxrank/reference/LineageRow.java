package io.dxrank.reference;

/**
 * An old commune (before 1 July 2025) and the new commune it became, wholly or in part: a row of
 * data/reference/lineage.csv. A commune split across several new ones has one row per new commune
 * ({@code divided}); {@code merged} says the new commune took in others too. An island district that had no
 * communes (Bạch Long Vĩ, Cồn Cỏ) stands as the old unit itself, with its district code.
 */
public record LineageRow(String oldId, String oldName, String oldLevel, String oldDistrictId, String oldProvinceId,
                         String newId, String newName, String newLevel, String newProvinceId, boolean merged,
                         boolean divided) {

    public static final String[] COLUMNS = {"old_id", "old_name", "old_level", "old_district_id", "old_province_id",
        "new_id", "new_name", "new_level", "new_province_id", "merged", "divided"};
}
