package io.dxrank.analytics;

/** Which localities are ranked together: communes, districts, provinces; "all" for percent indicators and for counts per 1,000 inhabitants. */
public final class LevelGroups {

    public static final String COMMUNE = "commune";
    public static final String DISTRICT = "district";
    public static final String PROVINCE = "province";
    public static final String ALL = "all";

    private LevelGroups() {
    }

    /** The group of a level code (xa, phuong, thi_tran; huyen, quan, thi_xa, thanh_pho; tinh). */
    public static String of(String level) {
        if (level == null) {
            return "unknown";
        }
        return switch (level) {
            case "xa", "phuong", "thi_tran" -> COMMUNE;
            case "huyen", "quan", "thi_xa", "thanh_pho" -> DISTRICT;
            case "tinh" -> PROVINCE;
            default -> "unknown";
        };
    }

    /** The same rule as a Spark SQL CASE expression over a column named {@code level}. */
    public static String sqlCase(String column) {
        return "CASE WHEN " + column + " IN ('xa','phuong','thi_tran') THEN '" + COMMUNE + "' "
                + "WHEN " + column + " IN ('huyen','quan','thi_xa','thanh_pho') THEN '" + DISTRICT + "' "
                + "WHEN " + column + " = 'tinh' THEN '" + PROVINCE + "' ELSE 'unknown' END";
    }
}
