package io.dxrank.export;

/**
 * How CSVs are written for people. Presets: {@link #EXCEL} (comma, '.' decimals) and {@link #EXCEL_VI}
 * (semicolon, decimal comma, for Excel under a Vietnamese locale). Both UTF-8 with BOM, RFC 4180 quoting.
 */
public record CsvStyle(String name, char delimiter, char decimalMark, boolean bom) {

    public static final CsvStyle EXCEL = new CsvStyle("excel", ',', '.', true);
    public static final CsvStyle EXCEL_VI = new CsvStyle("excel-vi", ';', ',', true);

    /** The preset named on the command line or in a job file. */
    public static CsvStyle named(String name) {
        return switch (name == null ? "excel" : name) {
            case "excel", "default" -> EXCEL;
            case "excel-vi" -> EXCEL_VI;
            default -> throw new IllegalArgumentException("unknown CSV dialect '" + name + "': use excel or excel-vi");
        };
    }
}
