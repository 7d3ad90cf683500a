package io.dxrank.export;

import java.util.List;

/**
 * How CSVs are written for people. Presets: {@link #EXCEL} (comma, '.' decimals) and {@link #EXCEL_VI}
 * (semicolon, decimal comma, for Excel under a Vietnamese locale). Both UTF-8 with BOM, RFC 4180 quoting.
 *
 * @param summaryHeaders the language of the summary files' header row (the contract tables keep their codes)
 */
public record CsvStyle(String name, char delimiter, char decimalMark, boolean bom, HeaderLanguage summaryHeaders) {

    public CsvStyle(String name, char delimiter, char decimalMark, boolean bom) {
        this(name, delimiter, decimalMark, bom, HeaderLanguage.EN);
    }

    /** The same dialect with the summary files' headers in {@code language}. */
    public CsvStyle withSummaryHeaders(HeaderLanguage language) {
        return new CsvStyle(name, delimiter, decimalMark, bom, language);
    }

    public static final CsvStyle EXCEL = new CsvStyle("excel", ',', '.', true);
    public static final CsvStyle EXCEL_VI = new CsvStyle("excel-vi", ';', ',', true);

    /** Every preset, by the name a flag or a job file gives it. */
    public static final List<CsvStyle> PRESETS = List.of(EXCEL, EXCEL_VI);

    /** The preset named on the command line or in a job file; null means {@link #EXCEL}. */
    public static CsvStyle named(String name) {
        String wanted = name == null || name.equals("default") ? EXCEL.name : name.trim();
        return PRESETS.stream().filter(s -> s.name.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown CSV dialect '" + name + "': use "
                        + String.join(" or ", PRESETS.stream().map(CsvStyle::name).toList())));
    }
}
