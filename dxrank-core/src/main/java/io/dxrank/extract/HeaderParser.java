package io.dxrank.extract;

import java.util.ArrayList;
import java.util.Locale;
import io.dxrank.core.Finding;
import io.dxrank.core.VnText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's metadata from its title, header and opening: locality and level, parent district, province,
 * plan year and period, results year, issue date. Pure; the rules are the frame every plan follows
 * ("KẾ HOẠCH Chuyển đổi số [trên địa bàn] &lt;level&gt; &lt;name&gt; [6 tháng cuối] năm &lt;year&gt;").
 */
public final class HeaderParser {
    /** The finding of a plan whose year rests on nothing of its own: its figures without a year are held. */
    public static final String PLAN_YEAR_UNCERTAIN = "plan_year_uncertain";

    /** Upper-case-initial word of a proper name (Vietnamese capitals included). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’]\\p{L}[\\p{L}\\p{M}]*)?"; // "R’lấp", "M'gar"
    private static final String NAME = "(" + NAME_WORD + "(?:[ \\-]" + NAME_WORD + "){0,3})";
    private static final String LEVEL_WORDS = "thị xã|thị trấn|thành phố|xã|phường|huyện|quận|tỉnh";

    private static final Pattern TITLE = Pattern.compile(
            "(?iu)chuyển\\s+đổi\\s+số\\s+(?:trên\\s+địa\\s+bàn\\s+|của\\s+)?(" + LEVEL_WORDS + ")\\s+"
                    + "([\\p{L}\\p{M}][\\p{L}\\p{M}\\-'’ ]{0,40}?)\\s+(?:(?:(6\\s+tháng\\s+(đầu|cuối)|giai\\s+đoạn[^n]{0,20})\\s+)?"
                    + "năm\\s+(\\d{4})"
                    // "giai đoạn 2021 - 2025, định hướng đến năm 2030": the phase's last year, not the horizon
                    + "|giai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?(?:19|20)\\d{2}\\s*[-–]\\s*(?:năm\\s+)?((?:19|20)\\d{2}))");
    /** A title with its year before the locality: "Chuyển đổi số năm 2024 trên địa bàn tỉnh Hậu Giang" (one line). */
    private static final Pattern TITLE_YEAR_FIRST = Pattern.compile(
            "(?iu)chuyển\\s+đổi\\s+số\\s+(?:6\\s+tháng\\s+(đầu|cuối)\\s+)?năm\\s+((?:19|20)\\d{2})\\s+"
                    + "(?:trên\\s+địa\\s+bàn\\s+|của\\s+)(" + LEVEL_WORDS + ")\\s+(?-i)" + NAME + "\\s*$");
    /** A document's kind as a heading line of its own, which the title follows below a web page's menus. */
    private static final Pattern KIND_HEADING = Pattern.compile(
            "(?u)^(?:KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|ĐỀ ÁN)$");
    private static final int KIND_HEADING_LINES = 60;
    /** Words that cite a document by number as what the text carries out: "Thực hiện Kế hoạch số 313". */
    private static final String CITING = "(?:thực\\s+hiện|triển\\s+khai|căn\\s+cứ|theo)\\s+(?:các\\s+)?(?:kế\\s+hoạch|"
            + "quyết\\s+định|nghị\\s+quyết|công\\s+văn|chỉ\\s+thị|văn\\s+bản)\\s+số\\s+\\d";
    /** A title that lost its year ("KẾ HOẠCH Chuyển đổi số trên địa bàn phường Tĩnh Hải"): the name, capitalised. */
    private static final Pattern TITLE_WITHOUT_YEAR = Pattern.compile(
            "(?iu)chuyển\\s+đổi\\s+số\\s+(?:trên\\s+địa\\s+bàn\\s+|của\\s+)?(" + LEVEL_WORDS + ")\\s+(?-i)" + NAME);
    /**
     * What a title is not read from: the words before it in its sentence cite another body's document ("Thực hiện Kế hoạch
     * số 313/KH-UBND ... của UBND thị xã Nghi Sơn về việc ... chuyển đổi số trên địa bàn thị xã Nghi Sơn năm 2023",
     * "... của UBND tỉnh Hải Dương về Chuyển đổi số tỉnh Hải Dương năm 2023").
     */
    private static final Pattern CITED = Pattern.compile(
            "(?iu)\\b" + CITING + "[^.;]*?\\bcủa\\s+(?:UBND|Ủy\\s+ban|Uỷ\\s+ban|Ban\\s+Thường\\s+vụ|"
                    + "(?:Tỉnh|Huyện|Thị|Thành)\\s+(?:ủy|uỷ))|(?-i:\\bUBND\\s+(?:tỉnh|huyện|thị\\s+xã|thành\\s+phố|quận|xã|phường)\\s+"
                    + "(?:\\p{Lu}[\\p{L}\\p{M}]*\\s+){1,4}về\\s*$)");
    /** A body line that opens by citing, by number, what the text carries out ("Thực hiện Kế hoạch số 313/..."). */
    private static final Pattern CITING_OPENING = Pattern.compile("(?iu)^" + CITING);
    /** The text names its own issuer: "UBND huyện Thanh Hà xây dựng Kế hoạch triển khai", "UBND Phường X ban hành kế hoạch". */
    private static final Pattern SELF_ISSUER = Pattern.compile(
            "(?u)\\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(?i:(" + LEVEL_WORDS + "))\\s+" + NAME
                    + "\\s+(?i:xây\\s+dựng|ban\\s+hành)\\s+(?i:kế\\s+hoạch)");
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?u)(?:ỦY|UỶ)\\s+BAN\\s+NHÂN\\s+DÂN\\s+(THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|XÃ|PHƯỜNG|HUYỆN|QUẬN|TỈNH)\\s+"
                    // the motto beside or below the issuer ("XÃ LAM SƠN / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is no part of its name
                    + "(\\p{Lu}+(?:\\s+(?!CỘNG\\s+H[OÒ]A|CỘNG\\s+HOÀ)\\p{Lu}+){0,3})");
    // the look-ahead lets the scan of a whole plan reject most positions on one character
    private static final Pattern PROVINCE = Pattern.compile("(?u)(?=[tT])\\b[tT]ỉnh\\s+" + NAME);
    private static final Pattern RESULTS_HEADING = Pattern.compile(
            "(?u)(?:KẾT QUẢ|ĐÁNH GIÁ)[^\\n]{0,80}?NĂM\\s+(\\d{4})");
    private static final Pattern ISSUE_DATE = Pattern.compile(
            "(?u),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)(?=[tT])trên\\s+đây\\s+là\\s+kế\\s+hoạch[^./]{0,120}?năm\\s+(\\d{4})");

    // the whole-text rules tried only where their first word stands (see MatchStarts)
    private static final MatchStarts CLOSINGS = MatchStarts.ofWords(CLOSING, "trên");
    private static final MatchStarts PROVINCES = MatchStarts.ofWords(PROVINCE, "tỉnh");

    private static final Pattern TITLE_YEAR = Pattern.compile("(?iu)\\bnăm\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern HORIZON_YEAR = Pattern.compile(
            "(?iu)(?:19|20)\\d{2}\\s*[-–]\\s*((?:19|20)\\d{2})|đến\\s+(?:hết\\s+)?năm\\s+((?:19|20)\\d{2})");
    private static final int TITLE_LINES = 25;
    private static final int TITLE_LINE_CHARS = 200;
    /** Past this length a line closed by a full stop is a sentence of the body. */
    private static final int SENTENCE_CHARS = 120;
    private static final Pattern BODY_BULLET = Pattern.compile("^[-+•*]\\s");
    /** "I. ĐÁNH GIÁ KẾT QUẢ", "II. MỤC TIÊU": the body's first part, where a title without a blank line below it ends. */
    private static final Pattern BODY_PART = Pattern.compile("^[IVX]{1,5}\\.\\s+\\S");
    private static final Pattern MARKUP = Pattern.compile("</?b>|\\*\\*|^#+\\s*");

    private HeaderParser() {
    }

    /**
     * Metadata and the findings reading it produced (missing year, year mismatch...), and the date of the document's
     * place-and-date line (", ngày 12 tháng 3 năm 2024"), null when it has none: the date it gives itself.
     */
    public record Result(PlanMetadata metadata, List<Finding> findings, String placeAndDate) {
    }

    public static Result parse(List<String> lines, String planId, String sourceFile) {
        String head = flatten(lines, 0, Math.min(lines.size(), 80));
        String all = flatten(lines, 0, lines.size());
        List<Finding> findings = new ArrayList<>();

        String level = null;
        String name = null;
        Integer planYear = null;
        String period = PlanMetadata.FULL_YEAR;
        // a title stands at the top; "Cuộc thi ... Chuyển đổi số tỉnh Sơn La năm 2023" in an article's body is no title
        int titleStart = titleStart(lines);
        int titleEnd = titleEnd(lines, titleStart);
        String title = flatten(lines, titleStart, titleEnd);
        Matcher t = uncited(TITLE.matcher(title), title);
        Matcher yearFirst = t == null ? yearFirstTitle(lines, titleStart, titleEnd) : null;
        Matcher cited = TITLE.matcher(title);
        // the year of the plan the text carries out: a guess for its own when nothing better names it
        Integer citedYear = t == null && yearFirst == null && cited.find() ? titleYear(cited) : null;
        if (t != null) {
            level = levelCode(t.group(1));
            name = VnText.titleCase(t.group(2));
            planYear = titleYear(t);
            period = TitlePeriods.half(t.group(4), period);
        } else if (yearFirst != null) {
            level = levelCode(yearFirst.group(3));
            name = VnText.titleCase(yearFirst.group(4));
            planYear = Integer.valueOf(yearFirst.group(2));
            period = TitlePeriods.half(yearFirst.group(1), period);
        } else {
            // "KẾ HOẠCH / Chuyển đổi số năm 2024" under "UBND HUYỆN ...": the title names its year, the letterhead its unit
            Matcher headed = headedTitleYear(lines, titleStart, titleEnd);
            if (headed != null) {
                planYear = Integer.valueOf(headed.group(2));
                period = TitlePeriods.half(headed.group(1), period);
            }
        }
        period = TitlePeriods.ofTitle(title, planYear, period);
        // the issuer's block: "UBND HUYỆN BẢO YÊN" over "UBND XÃ NGHĨA ĐÔ" is the commune's, in that district
        Letterhead.Read letterhead = Letterhead.of(lines);
        boolean superiorAbove = letterhead.province() != null || letterhead.district() != null;
        if (superiorAbove && letterhead.issuer() != null && (name == null
                || sameName(name, superiorName(letterhead)) && !isCommuneLevel(level))) {
            level = letterhead.issuerLevel();
            name = letterhead.issuer();
        }
        Matcher c = COMMITTEE.matcher(head);
        if (c.find() && name == null) {
            level = levelCode(c.group(1));
            name = VnText.titleCase(c.group(2));
        }
        // the text's own words about itself before counting mentions, which a citation of the parent's plan can win
        Matcher self = SELF_ISSUER.matcher(head);
        if (name == null && self.find()) {
            level = levelCode(self.group(1));
            name = VnText.titleCase(self.group(2));
        }
        Matcher untimed = name == null ? uncited(TITLE_WITHOUT_YEAR.matcher(title), title) : null;
        if (untimed != null) {
            level = levelCode(untimed.group(1));
            name = VnText.titleCase(untimed.group(2));
        }
        String docType = DocType.of(lines, FileNameHints.kind(sourceFile));
        LocalityMentions.Choice chosenFromText = null; // when the title names no locality
        Map<String, Integer> named = null; // the provinces the whole text names, counted when first needed
        Matcher headline = name == null ? headlineUnit(lines) : null;
        if (headline != null) {
            // "Xã Y Tý: Đưa chuyển đổi số về bản": a portal's headline opens (or closes) with the unit the article is about
            level = levelCode(headline.group(1).replaceFirst("(?i)^tp\\.?$", "thành phố"));
            name = VnText.titleCase(headline.group(2));
        }
        if (name == null) {
            named = LocalityMentions.provinceCounts(all);
            LocalityMentions.Choice choice = LocalityMentions.preferTheProvinceNamedMost(LocalityMentions.best(lines), lines,
                    named);
            if (choice == null && LocalityMentions.mostNamed(named) != null) {
                // a province's news names itself without a level word ("Trà Vinh xếp hạng 25/63 tỉnh")
                choice = new LocalityMentions.Choice("tinh", LocalityMentions.mostNamed(named), false);
            }
            if (choice != null) {
                level = choice.level();
                name = choice.name();
                chosenFromText = choice;
            }
        } else if (AdminNames.province(name) == null) {
            name = LocalityMentions.cut(name) == null ? name : LocalityMentions.cut(name);
        }
        if (name != null && AdminNames.province(name) != null
                && ("thanh_pho".equals(level) && !AdminNames.provincialCity(name) || "tinh".equals(level))) {
            name = AdminNames.province(name);
            level = "tinh"; // a centrally-run city is a province
        }
        FileNameHints.Hint fromFileName = FileNameHints.of(sourceFile);
        if (name == null && fromFileName.name() != null) {
            level = fromFileName.level();
            name = fromFileName.name();
            findings.add(Finding.warn(planId, sourceFile, 0, "locality_from_file_name", "the text names no locality: "
                    + LocalityMentions.shown(level, name) + " is taken from the file's name"));
        }
        LocalityMentions.Choice bare = name == null ? BareHeadline.unit(lines, all) : null;
        if (bare != null) {
            level = bare.level();
            name = bare.name();
            findings.add(Finding.warn(planId, sourceFile, 0, "locality_from_headline", "the headline opens with "
                    + name + " and the text speaks of its " + LocalityMentions.shown(level, "").strip() + " by the level"
                    + " word alone: taken as " + LocalityMentions.shown(level, name)));
        }
        if (name == null) {
            findings.add(Finding.warn(planId, sourceFile, 0, "no_locality", "no locality named in the title, header or text"));
        }

        String headerDate = issueDate(head);
        // a table's page is posted long after the date its figures are of
        String byline = headerDate == null && !DocType.TABLE.equals(docType) ? DocumentDates.bylineDate(lines) : null;
        String issueDate = headerDate != null ? headerDate : byline;
        String uncited = issueDate == null ? DocumentDates.firstUncitedDate(head) : null;
        if (issueDate == null) {
            issueDate = uncited != null ? uncited : DocumentDates.firstDate(head);
        }
        Integer resultsYear = resultsYear(lines);
        Integer machineYear = DocumentDates.machineYear(head);
        // a page dated only to the month ("date 2025-03") still says its year
        Integer datedYear = issueDate != null ? Integer.valueOf(issueDate.substring(0, 4)) : machineYear;
        boolean titled = planYear != null;
        if (planYear == null && citedYear != null) {
            planYear = citedYear;
            findings.add(Finding.warn(planId, sourceFile, 0, "plan_year_guessed", "no year in the title: " + planYear
                    + " taken from the plan of another body it carries out (\"" + VnText.clean(cited.group()) + "\")"));
        } else if (planYear == null) {
            boolean ownDate = headerDate != null || byline != null || machineYear != null;
            planYear = guessedYear(lines, all, docType, datedYear, ownDate);
            if (ownDate && planYear != null && planYear.equals(datedYear) && DocType.reportsResults(docType)
                    && earlyInTheYear(issueDate, head) && DocumentDates.mostNamedYear(all, datedYear, 1) == null) {
                // news of January or February that names no year reports on the year that ended
                planYear = datedYear - 1;
            }
            if (planYear == null && fromFileName.year() != null) {
                planYear = fromFileName.year();
                findings.add(Finding.warn(planId, sourceFile, 0, "plan_year_guessed", "no year in the text: " + planYear
                        + " is taken from the file's name"));
            } else if (planYear == null) {
                findings.add(Finding.warn(planId, sourceFile, 0, "no_plan_year", "no year named in the title, the date or the text"));
            } else if (!DocType.reportsResults(docType) && !DocType.TABLE.equals(docType) && !ownDate
                    && !planYear.equals(leadingOrHorizonYear(lines))) {
                // a plan's year decides which targets it sets: a date the text cites or a year it names often is no
                // ground to file them under
                findings.add(Finding.warn(planId, sourceFile, 0, PLAN_YEAR_UNCERTAIN, "no year in the title, first lines,"
                        + " horizon or the document's own date: " + planYear + " is only the year of "
                        + (issueDate == null ? "the year the text names most" : "a date it cites (" + issueDate + ")")
                        + "; its figures without a year of their own are held out of rankings (add the year to the title)"));
            } else {
                findings.add(Finding.warn(planId, sourceFile, 0, "plan_year_guessed", "no year in the title: " + planYear
                        + " taken from " + (issueDate == null ? "the year the text names most" : "the document's date "
                        + issueDate + " and the years the text names")));
            }
        }
        if (resultsYear == null && DocType.MULTI_YEAR_PLAN.equals(docType) && headerDate != null && planYear != null
                && Integer.parseInt(headerDate.substring(0, 4)) < planYear) {
            // a programme for 2021-2025 signed in April 2021 states the situation "hiện nay" of its own year
            resultsYear = Integer.valueOf(headerDate.substring(0, 4));
        }
        if (resultsYear == null && DocType.reportsResults(docType)) {
            resultsYear = planYear;
            // only a date the text gives itself: a cited plan's "ngày 9/02/2023" says nothing of when the text was written
            String ownDate = headerDate != null ? headerDate : byline != null ? byline : DocumentDates.firstUncitedDate(head);
            Integer month = ownDate != null ? Integer.valueOf(ownDate.substring(5, 7)) : DocumentDates.machineMonth(head);
            if (!titled && planYear != null && planYear.equals(datedYear) && month != null && month <= 2) {
                // news of January or February reports where the year ended ("Đến nay" on 5 January 2026: 2025)
                resultsYear = planYear - 1;
            }
        }

        boolean ownLetterhead = sameName(name, letterhead.issuer());
        String province = "tinh".equals(level) ? name
                : ownLetterhead && letterhead.province() != null ? letterhead.province() : mostFrequentProvince(all, name);
        province = province == null && name != null ? provinceInTitle(title) : province;
        String parent = !isCommuneLevel(level) ? null
                : ownLetterhead && letterhead.district() != null ? letterhead.district() : ParentDistricts.of(all, textLines(lines, HEADLINE_LINES), name);
        if (province == null && parent != null) {
            province = AdminNames.provinceOfDistrict(bareDistrict(parent));
        }
        if (province == null && name != null && isDistrictLevel(level)) {
            province = AdminNames.provinceOfDistrict(name); // "huyện Thăng Bình": one province has a district so named
        }
        if (province == null) {
            named = named != null ? named : LocalityMentions.provinceCounts(all);
            province = LocalityMentions.mostNamed(withoutOwnName(named, name));
        }
        String provinceOfFileName = province == null && name != null ? FileNameHints.province(sourceFile, name) : null;
        if (provinceOfFileName != null) {
            province = provinceOfFileName; // "kh-cds-xa-vinh-hung-vinh-loc.txt": a namesake told apart
            findings.add(Finding.warn(planId, sourceFile, 0, "province_from_file_name", "the text names no province for "
                    + name + ": " + province + " is taken from the file's name"));
        }
        if (province == null && name != null) {
            findings.add(Finding.warn(planId, sourceFile, 0, "no_province", "no province named for " + name));
        }
        // "Công an xã Đức Thắng (Mộ Đức) thực hiện ..." under a photo and "Trưởng Công an xã Đức Thắng cho biết" in a text
        // that names "Quảng Ngãi" again and again and speaks of "toàn tỉnh": a unit never named as issuer, territory or
        // in the title gives way to the province the text speaks of (still uncertain: the unit stays a candidate)
        if (chosenFromText != null && !chosenFromText.supported() && !"tinh".equals(level) && province != null
                && named != null && named.getOrDefault(province, 0) >= PROVINCE_NAMED_OFTEN
                && SPEAKS_OF_THE_PROVINCE.matcher(all).find()) {
            chosenFromText = chosenFromText.instead("tinh", province);
            level = "tinh";
            name = province;
            parent = null;
        }
        // a choice among units the text names as often; or "xã Bình Xa" in one reader's words with "Tuyên Quang" all
        // through the text: the article may be the province's
        if (chosenFromText != null && (!chosenFromText.certain() || !chosenFromText.supported() && !"tinh".equals(level)
                && named.getOrDefault(province, 0) >= PROVINCE_NAMED_OFTEN)) {
            findings.add(Finding.warn(planId, sourceFile, 0, "locality_uncertain", "the title names no locality;"
                    + " the text names several as often as " + level + " " + name + ", taken as the document's; candidates: "
                    + String.join(", ", candidates(chosenFromText, province))));
        }

        Matcher closing = CLOSINGS.matcher(all);
        for (int from = 0; planYear != null && CLOSINGS.next(closing, all, from); from = closing.end()) {
            int year = Integer.parseInt(closing.group(1));
            if (year != planYear) {
                findings.add(Finding.warn(planId, sourceFile, lineOf(lines, closing.group()), "plan_year_mismatch",
                        "closing sentence names " + year + " but the title names " + planYear + ": \""
                                + VnText.clean(closing.group()) + "\""));
            }
        }
        if (headerDate == null && byline == null && uncited == null) {
            // only a cited document's date ("Quyết định số 749/QĐ-TTg ngày 03/6/2020"): the text was written after it,
            // which bounds the years above but is not its date
            issueDate = null;
        }
        if (issueDate == null && !DocType.TABLE.equals(docType)) {
            // a page dated to the month only (" date 2023-10 ..."): its month, which tells the reform's sides apart
            issueDate = DocumentDates.machineMonthDate(head);
        }
        return new Result(new PlanMetadata(name, level, parent, province, planYear, period, resultsYear, issueDate,
                docType), findings, headerDate);
    }

    /** The document's own date, or its page's month, falls in January or February. */
    private static boolean earlyInTheYear(String issueDate, String head) {
        Integer month = issueDate != null ? Integer.valueOf(issueDate.substring(5, 7)) : DocumentDates.machineMonth(head);
        return month != null && month <= 2;
    }

    /**
     * The document's year when its title names none: a year in its first lines, else for reports and news the year
     * the text names most up to its date (what it reports on), else the year of its date, else the most named year.
     */
    private static Integer guessedYear(List<String> lines, String all, String docType, Integer dated, boolean ownDate) {
        Integer after = DocType.reportsResults(docType) ? ElapsedSince.yearsAfter(String.join("\n", textLines(lines, 2))) : null;
        if (after != null) {
            return after; // "Kết quả 03 năm thực hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022": a review of 2025
        }
        Integer leading = leadingYear(lines, DocType.reportsResults(docType));
        if (leading != null) {
            return leading;
        }
        Integer runsTo = DocType.TABLE.equals(docType) ? YearRows.latestYear(lines) : null;
        if (runsTo != null) {
            return runsTo; // a statistics table is of the latest year it runs to
        }
        if (DocType.reportsResults(docType)) {
            // "Bến Tre xếp thứ 31/63 tỉnh thành về mức độ chuyển đổi số": an article on a ranking reports on the edition
            // it names, not on the year it is published in
            Integer edition = rankingTitle(lines) ? IndexYears.edition(all) : null;
            if (edition != null) {
                return edition;
            }
            // a date the text may only cite ("ngày 21/9/2022, UBND tỉnh ban hành ...") bounds the years it names less
            // than a year it reports as past ("Năm 2023, Sở ... đã triển khai 10 lớp"): the text was written after both
            Integer reported = DocumentDates.latestYearReported(all);
            if (ownDate && dated != null) {
                // an article of its own date reports on that year unless it opens a sentence with an earlier one
                // ("Năm 2025, phường ... có trên 98% hồ sơ") or names one again and again
                Integer named = DocumentDates.mostNamedYear(all, dated, 2);
                return named != null ? named : reported != null && reported <= dated ? reported : dated;
            }
            int notAfter = dated == null ? 2100 : reported == null ? dated : Math.max(dated, reported);
            Integer named = DocumentDates.mostNamedYear(all, notAfter);
            Integer guess = named != null ? named : dated;
            // an undated text comparing its figures with a year ("tăng 100% so với năm 2022") reports on a later one
            Integer compared = DocumentDates.latestYearComparedWith(all);
            guess = compared != null && (guess == null || guess <= compared) ? Integer.valueOf(compared + 1) : guess;
            // a text of the two-level local government ("chính quyền địa phương hai cấp", "xếp thứ 2/34 tỉnh") was
            // written in its time: it reports on no year before the one that ended as it began
            Integer era = DocumentDates.eraYear(all);
            guess = era != null && (guess == null || guess < era - 1) ? era : guess;
            // "Năm 2022, tỉnh lựa chọn xã ... Sau hơn một năm thực hiện, ...": the time passed since a start it names
            Integer elapsed = ElapsedSince.year(all);
            guess = elapsed != null && (guess == null || guess < elapsed) ? elapsed : guess;
            // a text that follows Nghị quyết 57 (December 2024) and names an earlier year only as a cited date ("Nghị
            // quyết 05-NQ/TU, ngày 22/10/2021 ... đã hoàn thành 24/26 chỉ tiêu") reports on 2025 at the earliest, and so
            // does one whose 2024 is the resolution's own date, no year it reports ("Thực hiện Nghị quyết số 57-NQ/TW ngày
            // 22/12/2024 ..., đến nay ..."); one that names no year at all is left undated
            boolean citedOnly = guess != null && (guess < RESOLUTION_57_YEAR
                    || guess == RESOLUTION_57_YEAR && (reported == null || reported < RESOLUTION_57_YEAR));
            return citedOnly && DocumentDates.afterResolution57(all) ? Integer.valueOf(RESOLUTION_57_YEAR + 1) : guess;
        }
        // a plan or decision without a year in its title is for its horizon: "giai đoạn 2022-2025", "đến năm 2025"
        Integer horizon = horizonYear(lines);
        if (horizon != null) {
            return horizon;
        }
        return dated != null ? dated : DocumentDates.mostNamedYear(all, 2100);
    }

    /** The year Nghị quyết 57-NQ/TW was issued (22 December 2024). */
    private static final int RESOLUTION_57_YEAR = 2024;

    private static final Pattern RANKING_TITLE = Pattern.compile("(?iu)\\bxếp\\s+(?:thứ|hạng|vị\\s+trí)|\\bDTI\\b|\\btốp\\s+\\d|\\btop\\s+\\d");

    /** The first line that holds text names a ranking. */
    private static boolean rankingTitle(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return RANKING_TITLE.matcher(line).find();
            }
        }
        return false;
    }

    /** The year the first lines name, else a plan's horizon in its first dozen lines; null when neither. */
    private static Integer leadingOrHorizonYear(List<String> lines) {
        Integer leading = leadingYear(lines, false);
        return leading != null ? leading : horizonYear(lines);
    }

    private static Integer horizonYear(List<String> lines) {
        // from the kind's heading ("KẾ HOẠCH") when the letterhead above it runs long, else from the top
        int from = titleStart(lines);
        Matcher horizon = HORIZON_YEAR.matcher(flatten(lines, from, Math.min(lines.size(), from + 12)));
        return horizon.find() ? Integer.valueOf(horizon.group(1) != null ? horizon.group(1) : horizon.group(2)) : null;
    }

    /** The first {@code n} lines that hold text, without markup. */
    private static List<String> textLines(List<String> lines, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < lines.size() && out.size() < n; i++) {
            if (!lines.get(i).isBlank()) {
                out.add(strip(lines.get(i)));
            }
        }
        return out;
    }

    /** "năm YYYY" in the first two lines that hold text. */
    private static Integer leadingYear(List<String> lines, boolean reportsResults) {
        for (String stripped : textLines(lines, 2)) {
            Matcher m = TITLE_YEAR.matcher(stripped);
            while (m.find()) {
                // "định hướng đến năm 2030", "thành lập từ năm 2018", "Luật Căn cước năm 2023", "tăng 2 bậc so với năm
                // 2020" name no year of the document
                if (!DocumentDates.strategyHorizon(stripped, m.start()) && !DocumentDates.since(stripped, m.start())
                        && !DocumentDates.lawOf(stripped, m.start()) && !DocumentDates.comparedWith(stripped, m.start())
                        && !WEEKDAY_DATE_BEFORE.matcher(stripped.substring(Math.max(0, m.start() - 40), m.start())).find()
                        // news of a resolution "về chuyển đổi số đến năm 2025" reports on no year of its horizon
                        && !(reportsResults && DocumentDates.citedHorizon(stripped, m.start()))) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }

    /** "xã", "Phường", "thị trấn", ... as the gazetteer's level codes; null for anything else. */
    public static String levelCode(String word) {
        return switch (VnText.fold(word)) {
            case "xa" -> "xa";
            case "phuong" -> "phuong";
            case "thi tran" -> "thi_tran";
            case "huyen" -> "huyen";
            case "quan" -> "quan";
            case "thi xa" -> "thi_xa";
            case "thanh pho" -> "thanh_pho";
            case "tinh" -> "tinh";
            default -> null;
        };
    }

    /** The other units of an uncertain choice, and the province of a unit below it: a text about several is often its. */
    private static List<String> candidates(LocalityMentions.Choice choice, String province) {
        List<String> out = new ArrayList<>(choice.others());
        String theProvince = province == null ? null : LocalityMentions.shown("tinh", province);
        if (theProvince != null && !"tinh".equals(choice.level()) && !out.contains(theProvince)) {
            out.add(theProvince);
        }
        return out.isEmpty() ? List.of("none named") : out;
    }

    /** How often a text must name a province by its bare name to rival a unit below it named only in passing text. */
    private static final int PROVINCE_NAMED_OFTEN = 2;
    /** "toàn tỉnh đã ...", "nhiều địa phương trong tỉnh": the text speaks of its province (not "tỉnh Quảng Ngãi"). */
    private static final Pattern SPEAKS_OF_THE_PROVINCE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:toàn|trong|cả)\\s+tỉnh(?![\\p{L}])(?!\\s+(?-i:\\p{Lu}))");

    static boolean isCommuneLevel(String level) {
        return "xa".equals(level) || "phuong".equals(level) || "thi_tran".equals(level);
    }

    static boolean isDistrictLevel(String level) {
        return "huyen".equals(level) || "quan".equals(level) || "thi_xa".equals(level) || "thanh_pho".equals(level);
    }

    /** The name of the superior unit a letterhead names above its issuer: its district's, else its province's (or null). */
    private static String superiorName(Letterhead.Read letterhead) {
        return letterhead.district() != null ? bareDistrict(letterhead.district()) : letterhead.province();
    }

    /** "huyện Bảo Yên" -> "Bảo Yên": a district as the register names it. */
    private static String bareDistrict(String district) {
        return district.replaceFirst("^(huyện|quận|thị xã|thành phố)\\s+", "");
    }

    /** Two names alike but for accents and case; a null is like nothing. */
    private static boolean sameName(String a, String b) {
        return a != null && b != null && VnText.fold(a).equals(VnText.fold(b));
    }

    /** A headline opening with a unit and a colon: "Xã Y Tý: ...", "Phường Ba Đình: ...", "TP. Vĩnh Yên: ...". */
    private static final Pattern HEADLINE_UNIT = Pattern.compile("(?u)^\\s*(Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|TP\\.?)"
            + "\\s*(\\p{Lu}[\\p{L}\\p{M}'’]*(?:[ \\-]\\p{Lu}[\\p{L}\\p{M}'’]*){0,3}|\\d{1,2})\\s*:\\s+\\S");
    /**
     * A headline closing on the unit it looks from: "Kết quả chiến dịch ...: Góc nhìn từ phường Tây Hồ", "Chuyển đổi số
     * ở xã Y Tý". A sentence ends in a full stop and may name any unit on the way: a headline has none.
     */
    private static final Pattern HEADLINE_CLOSING_UNIT = Pattern.compile("(?u)(?<!\\p{L})(?i:từ|tại|ở)\\s+(?i:(xã|phường|thị trấn"
            + "|huyện|quận|thị xã))\\s+(\\p{Lu}[\\p{L}\\p{M}'’]*(?:[ \\-]\\p{Lu}[\\p{L}\\p{M}'’]*){0,3})\\s*$");
    private static final int HEADLINE_MAX_CHARS = 160;
    /** Site lines above a portal's headline: its name, its menu. */
    private static final Pattern SITE_LINE = Pattern.compile(
            "(?iu)^\\s*(?:cổng thông tin|trang thông tin|báo\\s+(?!cáo)|trang chủ|tin tức|thời sự|chuyển đổi số\\s*$"
                    + "|đường\\s+dây\\s+nóng)");

    /** A site's line above the headline (its name, its menu, its hotline): no title. */
    static boolean siteLine(String line) {
        return SITE_LINE.matcher(line).find();
    }

    /** The unit a headline in the first lines of text (site lines skipped) opens or closes with, or null. */
    private static Matcher headlineUnit(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEADLINE_LINES; i++) {
            String line = strip(lines.get(i));
            if (line.isBlank() || SITE_LINE.matcher(line).find()) {
                continue;
            }
            seen++;
            Matcher m = HEADLINE_UNIT.matcher(line);
            if (m.find()) {
                return m;
            }
            Matcher closing = line.length() <= HEADLINE_MAX_CHARS ? HEADLINE_CLOSING_UNIT.matcher(line) : null;
            if (closing != null && closing.find()) {
                return closing;
            }
        }
        return null;
    }

    /** How many lines of text a headline is looked for in (a date or a menu may stand above it). */
    private static final int HEADLINE_LINES = 3;



    /** "xã Hòa Bình" named in its own text is no mention of the province Hòa Bình: the counts without it. */
    private static Map<String, Integer> withoutOwnName(Map<String, Integer> named, String name) {
        String own = name == null ? null : AdminNames.province(name);
        if (own == null || !named.containsKey(own)) {
            return named;
        }
        Map<String, Integer> others = new LinkedHashMap<>(named);
        others.remove(own);
        return others;
    }

    /**
     * The province named most often as "tỉnh X", counting only the names of provinces: "Phó Chủ tịch UBND tỉnh Hồ Quang
     * Bửu" names a person after the level word, not a province.
     */
    private static String mostFrequentProvince(String text, String exclude) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = PROVINCES.matcher(text);
        for (int from = 0; PROVINCES.next(m, text, from); from = m.end()) {
            String known = AdminNames.provinceAtStart(m.group(1));
            if (known != null && (exclude == null || !VnText.fold(known).equals(VnText.fold(exclude)))
                    && !LocalityMentions.former(text, Math.min(text.length(), m.start(1) + known.length()))) {
                counts.merge(known, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Integer resultsYear(List<String> lines) {
        for (String line : lines) {
            Matcher m = RESULTS_HEADING.matcher(strip(line));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        // news of the meeting that reviews a year: "hội nghị tổng kết công tác chuyển đổi số năm 2023" in the lead
        for (String line : textLines(lines, LEAD_LINES)) {
            Matcher m = YEAR_REVIEWED.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Matcher r = YEAR_OF_RESULTS.matcher(line);
            if (r.find()) {
                return Integer.parseInt(r.group(1));
            }
        }
        return null;
    }

    /**
     * A lead opening with the year whose results it reports: "Năm 2024, Bắc Kạn ghi nhận những kết quả tích cực ..."
     * (under a title aiming at 2025), "Trong năm 2023, huyện đã đạt được nhiều kết quả".
     */
    private static final Pattern YEAR_OF_RESULTS = Pattern.compile("(?iu)^\\s*(?:trong\\s+)?năm\\s+((?:19|20)\\d{2})\\s*,"
            + "[^.;]{0,80}?(?:ghi\\s+nhận|đạt\\s+được|đạt)\\s+(?:những|nhiều)\\s+kết\\s+quả");

    /** A year's review named in a lead: "tổng kết công tác chuyển đổi số năm 2023", not "6 tháng" (a half-year review). */
    private static final Pattern YEAR_REVIEWED = Pattern.compile(
            "(?iu)\\btổng\\s+kết\\s+(?:công\\s+tác\\s+|kết\\s+quả\\s+)?(?:thực\\s+hiện\\s+)?(?:nhiệm\\s+vụ\\s+)?chuyển\\s+đổi\\s+số"
                    + "[^.;]{0,40}?\\bnăm\\s+((?:19|20)\\d{2})\\b");
    private static final int LEAD_LINES = 5;

    private static String issueDate(String head) {
        Matcher m = ISSUE_DATE.matcher(head);
        while (m.find()) {
            if (WEEKDAY_BEFORE.matcher(head.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // "Thứ Sáu, ngày 23 tháng 08 năm 2019" atop a web page: its clock, not the article's date
            }
            return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static final String WEEKDAY = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)";
    /** "Thứ Sáu, ngày 23 tháng 08 " before a "năm 2019": a web page's clock, no year of the document's title. */
    private static final Pattern WEEKDAY_DATE_BEFORE = Pattern.compile(
            "(?iu)" + WEEKDAY + "\\s*,\\s*ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+$");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?iu)" + WEEKDAY + "\\s*$");

    /** The first match whose sentence does not cite another document before it, or null. */
    private static Matcher uncited(Matcher m, String text) {
        while (m.find()) {
            int sentenceStart = Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf("; ", m.start())) + 1;
            // "Ban Chỉ đạo Chuyển đổi số tỉnh ban hành kế hoạch năm 2023": a name starts with a capital in any title
            if (!CITED.matcher(text.substring(sentenceStart, m.start())).find() && Character.isUpperCase(m.group(2).charAt(0))) {
                return m;
            }
        }
        return null;
    }

    /** The year a title names: "năm 2024", or the last year of "giai đoạn 2021-2025". */
    private static int titleYear(Matcher title) {
        return Integer.parseInt(title.group(5) != null ? title.group(5) : title.group(6));
    }

    /** The first title line written year-first, each line on its own: its locality's name ends where the line ends. */
    private static Matcher yearFirstTitle(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = strip(lines.get(i)).trim();
            Matcher m = TITLE_YEAR_FIRST.matcher(line);
            if (m.find() && !CITED.matcher(line.substring(0, m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    /** A title's year after "chuyển đổi số", no horizon: "Chuyển đổi số năm 2024", "... số 6 tháng đầu năm 2025". */
    // "Triển khai Đề án 06 ... năm 2025", "Phát triển chính quyền số ... năm 2026": a title of the work's other names;
    // "Về nhiệm vụ phát triển kinh tế - xã hội năm 2026": of the year's work as a whole
    private static final Pattern HEADED_TITLE_YEAR = Pattern.compile("(?iu)(?:chuyển\\s+đổi\\s+số|Đề\\s+án\\s+06"
            + "|chính\\s+quyền\\s+(?:số|điện\\s+tử)|kinh\\s+tế\\s+số|xã\\s+hội\\s+số"
            // a council's resolution or a committee's report on the year's socio-economic tasks carries DX targets too
            + "|kinh\\s+tế\\s*[-–]\\s*xã\\s+hội)\\b[^.;:]{0,60}?(?<!đến\\s)"
            + "(?<!hết\\s)(?:6\\s+tháng\\s+(đầu|cuối)\\s+)?năm\\s+((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*(?:19|20)\\d{2})");
    /** The lines under a kind's heading that a title without its locality spreads over. */
    private static final int HEADED_TITLE_LINES = 3;

    /**
     * The year of a title under the document's kind as a heading ("BÁO CÁO" over "Kết quả thực hiện chuyển đổi số năm
     * 2024"), when the title names no locality (the letterhead does); null without such a heading or year, or when the
     * title cites another body's document.
     */
    private static Matcher headedTitleYear(List<String> lines, int start, int end) {
        if (start >= lines.size() || !KIND_HEADING.matcher(strip(lines.get(start)).trim()).matches()) {
            return null;
        }
        String title = flatten(lines, start + 1, Math.min(end, start + 1 + HEADED_TITLE_LINES));
        Matcher m = HEADED_TITLE_YEAR.matcher(title);
        return m.find() && !CITED.matcher(title.substring(0, m.start())).find()
                && !DocumentDates.strategyHorizon(title, m.start(2)) ? m : null;
    }

    /** Where a title can start: the document's kind as a heading of its own (below a web page's menus), else the top. */
    private static int titleStart(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), KIND_HEADING_LINES); i++) {
            if (KIND_HEADING.matcher(strip(lines.get(i)).trim()).matches()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The end of the top lines that can hold a title: those before the body starts (a bullet, a paragraph-long line, a
     * line that opens by citing the plan the text carries out).
     */
    private static int titleEnd(List<String> lines, int start) {
        int end = start;
        while (end < Math.min(lines.size(), start + TITLE_LINES)) {
            String line = strip(lines.get(end)).trim();
            if (line.length() > TITLE_LINE_CHARS || BODY_BULLET.matcher(line).find() || BODY_PART.matcher(line).find()
                    || CITING_OPENING.matcher(line).find() || bodySentence(line)) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * A long line of clauses closed by a full stop is the body's first sentence ("Phó Chủ tịch UBND xã Lìa ..., Phó Ban
     * Chỉ đạo chuyển đổi số xã Lìa, huyện Hướng Hóa cho biết, trong năm 2022, xã đã thành lập 10 tổ ..."), no title; a
     * title may end in a full stop ("Nghị Quyết số 22/NQ-TU ... về Chuyển đổi số tỉnh Kiên Giang đến năm 2025 ...").
     */
    private static boolean bodySentence(String line) {
        return line.length() > SENTENCE_CHARS && line.endsWith(".") && line.indexOf(", ") > 0;
    }

    /** "XÃ ĐỨC THỌ, TỈNH HÀ TĨNH NĂM 2026": the province a title in capitals names after its unit. */
    private static final Pattern TITLE_PROVINCE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:tỉnh|thành\\s+phố)\\s+(\\p{L}+(?:[ \\-]+\\p{L}+){0,3}?)(?=\\s+(?:năm|giai|đến|6)\\b|\\s*[,.;:(]|\\s*$)");

    /** The province the title names with its level word ("tỉnh Hà Tĩnh", "TỈNH HÀ TĨNH"), or null. */
    private static String provinceInTitle(String title) {
        Matcher m = TITLE_PROVINCE.matcher(title);
        while (m.find()) {
            String province = AdminNames.province(VnText.titleCase(m.group(1)));
            if (province != null) {
                return province;
            }
        }
        return null;
    }

    static String flatten(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(strip(lines.get(i))).append('\n');
        }
        return joinLines(sb);
    }

    /** "[ \t]*\n[ \t]*" to " " without a regex: flattening every plan is a hot path. */
    private static String joinLines(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int kept = 0; // what a trim may not cut: the space that replaced the previous newline
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                int end = out.length();
                while (end > kept && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                    end--;
                }
                out.setLength(end);
                out.append(' ');
                kept = out.length();
                while (i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String strip(String line) {
        String s = line.indexOf('<') < 0 && line.indexOf('*') < 0 && line.indexOf('#') < 0 ? line
                : MARKUP.matcher(line).replaceAll("");
        return s.replace('\u00a0', ' ');
    }

    private static int lineOf(List<String> lines, String fragment) {
        String firstWords = VnText.clean(fragment);
        firstWords = firstWords.substring(0, Math.min(12, firstWords.length()));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (VnText.clean(lines.get(i)).contains(firstWords)) {
                return i + 1;
            }
        }
        return 0;
    }
}
