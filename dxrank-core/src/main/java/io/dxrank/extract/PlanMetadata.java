package io.dxrank.extract;

/**
 * What a plan says about itself.
 *
 * @param localityName  locality as written in the title, NFC, trimmed, title case (e.g. "An Phú")
 * @param level         xa, phuong, thi_tran, huyen, thi_xa, thanh_pho or tinh; null when unknown
 * @param parent        parent district/town as "thị xã Nghi Sơn", or null
 * @param province      province name (e.g. "Thanh Hóa"), or null
 * @param planYear      the year the plan is for
 * @param period        FY for a full year, H1 or H2 for half-year plans
 * @param resultsYear   the year the evaluation part reports on, or null when the plan has none
 * @param issueDate     ISO date of issue when the header gives a full date, else null
 * @param docType       plan, multi_year_plan, report, half_year_report, decision, news or table (DocType); null
 *                      when not read
 */
public record PlanMetadata(String localityName, String level, String parent, String province, Integer planYear,
                           String period, Integer resultsYear, String issueDate, String docType) {

    /** Metadata without a document kind (indicator tables, tests). */
    public PlanMetadata(String localityName, String level, String parent, String province, Integer planYear,
                        String period, Integer resultsYear, String issueDate) {
        this(localityName, level, parent, province, planYear, period, resultsYear, issueDate, null);
    }

    public static final String FULL_YEAR = "FY";

    /** "2025 H2" or "2024" — the period label used in facts. */
    public String periodLabel(int year) {
        return FULL_YEAR.equals(period) || period == null ? Integer.toString(year) : year + " " + period;
    }
}
