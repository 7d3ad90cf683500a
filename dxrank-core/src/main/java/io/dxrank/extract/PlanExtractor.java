package io.dxrank.extract;

import io.dxrank.core.FailureReasons;
import java.util.Arrays;
import io.dxrank.core.Finding;
import io.dxrank.core.VnText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one plan document into metadata and statements. Pure Java, thread-safe, no Spark.
 * <pre>
 *   ExtractionResult r = PlanExtractor.extract("000_x.txt", Files.readAllBytes(path));
 * </pre>
 */
public final class PlanExtractor {
    private static final Pattern FIGURE_CELL = Pattern.compile("[<>≥≤]?\\s*\\d+(?:[.,]\\d+)?\\s*%?");
    /** A cell holding a count and its unit word: "5 lớp", "1.200 hộ", "12 tổ". */
    private static final Pattern COUNT_CELL = Pattern.compile(
            "(?u)(\\d+(?:[.,]\\d+)*)\\s+(\\p{Ll}[\\p{L}\\p{M}]{0,11}(?:\\s\\p{Ll}[\\p{L}\\p{M}]{0,11})?)");
    private static final Pattern RESULT_CUE = Pattern.compile("(?isu).*\\b(đã|tính đến|đến nay|hiện nay|hiện tại)\\b.*");

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-+*•–]|\\d{1,2}\\)|[a-zđ]\\))\\s+");
    /** "phải được", "phải đạt": an obligation; "không phải đi lại" is none. */
    private static final String MUST_WORDS = "(?<!không\\s)\\bphải\\s+(?:được|đạt|có|hoàn thành|tiếp nhận|bảo đảm|đảm bảo)\\b";
    static final Pattern TARGET_CUES = Pattern.compile(
            "(?iu)phấn đấu|tối thiểu|ít nhất|mục tiêu|chỉ tiêu|kế hoạch|đảm bảo|bảo đảm|\\bđến năm\\b|\\bđến hết năm\\b|\\bsẽ\\b|cần đạt|kỳ vọng"
                    // "KH giao 50%, TH đạt 45%": a report's columns written out, the plan abbreviated
                    + "|" + MUST_WORDS + "|(?-i:\\bKH\\s+(?:giao|năm|đề\\s+ra)\\b)");
    static final MatchStarts TARGET_CUE_WORDS = MatchStarts.ofWords(TARGET_CUES, "phấn tối ít mục chỉ kế đảm bảo đến sẽ cần kỳ phải kh");
    /**
     * Result words; "hồ sơ và kết quả giải quyết thủ tục" names a thing processed, no result, and "đã đặt mục tiêu" a goal
     * set.
     */
    static final Pattern ACTUAL_CUES = Pattern.compile(
            "(?iu)\\bđã\\b(?!\\s+(?:đặt|đề\\s+ra|xác\\s+định)\\s+(?:ra\\s+)?mục\\s+tiêu)"
                    + "|tính đến|đến nay|đạt được|hiện có|hiện nay|kết quả(?!\\s+(?:giải quyết|xử lý))|\\bnăm qua\\b|được cấp"
                    + "|(?-i:\\bTH\\s+(?:đạt|năm)\\b)");
    static final MatchStarts ACTUAL_CUE_WORDS = MatchStarts.ofWords(ACTUAL_CUES, "đã tính đến đạt hiện kết năm được th");
    /**
     * "hoàn thành chỉ tiêu giao", "hoàn thành toàn bộ 24 chỉ tiêu", "đạt 73,3% so với chỉ tiêu": a target met or
     * measured against: results; not one to
     * be met ("để hoàn thành chỉ tiêu hơn 738.000 tài khoản").
     */
    private static final Pattern COMPLETED_TARGET = Pattern.compile(
            // "hoàn thành sớm các chỉ tiêu", "hoàn thành trước hạn 12/15 chỉ tiêu": when, before what was done
            "(?iu)(?<!để\\s)(?<!nhằm\\s)(?:hoàn thành(?:\\s+(?:sớm|trước\\s+hạn|vượt\\s+mức|xong))?|so với)\\s+"
                    + "(?:các\\s+|toàn bộ\\s+)?(?:\\d{1,3}(?:/\\d{1,3})?\\s+)?chỉ tiêu"
                    // "hoàn thành chương trình tập huấn với mục tiêu phổ cập AI cho 100% giáo viên": a goal reached
                    + "|(?<!để\\s)(?<!nhằm\\s)hoàn thành\\s+[^,.;]{0,40}?\\bvới\\s+mục tiêu"
                    // "17/48 chỉ tiêu vượt kế hoạch": a plan exceeded
                    + "|vượt\\s+(?:kế\\s+hoạch|chỉ\\s+tiêu)"
                    // "Cán đích mục tiêu xây dựng NTM kiểu mẫu ... đạt xấp xỉ 100%": a goal reached
                    + "|(?:cán|về)\\s+đích(?:\\s+sớm)?(?:\\s+(?:các\\s+)?(?:mục\\s+tiêu|chỉ\\s+tiêu))?");
    private static final MatchStarts COMPLETED_TARGET_WORDS = MatchStarts.ofWords(COMPLETED_TARGET, "hoàn so vượt cán về");
    private static final Pattern EDITION_AFTER = Pattern.compile(
            "(?iu)^[^.;]*?\\bvề\\s+(?:chỉ\\s+số\\s+|mức\\s+độ\\s+)?chuyển\\s+đổi\\s+số\\s+năm\\s+((?:19|20)\\d{2})\\b");
    private static final int EDITION_REACH = 120;
    private static final Pattern YEAR_RIGHT_AFTER = Pattern.compile("(?iu)^\\s*năm\\s+((?:19|20)\\d{2})\\b");
    /** A phase of years: "giai đoạn 2023-2025", "giai đoạn từ năm 2024 - 2025". */
    private static final Pattern PHASE = Pattern.compile(
            "(?iu)\\bgiai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?(?:19|20)\\d{2}\\s*[-–]\\s*(?:năm\\s+)?((?:19|20)\\d{2})\\b");
    private static final MatchStarts PHASES = MatchStarts.ofWords(PHASE, "giai");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    /** "tăng từ 30% lên 85%": the words between a rise's two figures. */
    private static final Pattern TO_BETWEEN = Pattern.compile("(?iu)\\s*(?:lên|đến|tới)(?:\\s+mức)?\\s*");

    private PlanExtractor() {
    }

    public static ExtractionResult extract(String sourceFile, byte[] bytes) {
        return extract(sourceFile, bytes, ReadBudget.fromSettings());
    }

    static ExtractionResult extract(String sourceFile, byte[] bytes, ReadBudget budget) {
        String sha = sha256(bytes);
        String planId = sha.substring(0, 16);
        String format = DocumentReader.formatOf(sourceFile);
        try {
            DocumentReader.Read read = DocumentReader.read(sourceFile, bytes);
            if (!read.ok()) {
                return ExtractionResult.rejected(planId, sourceFile, sha, read.format(), bytes.length,
                        read.reason());
            }
            return extractText(planId, sourceFile, sha, read.format(), bytes.length, read.text(), budget);
        } catch (RuntimeException | StackOverflowError e) {
            // A library failing on a malformed file must not stop the run: the file becomes a reject.
            return ExtractionResult.rejected(planId, sourceFile, sha, format, bytes.length,
                    "unreadable document: " + FailureReasons.of(e));
        }
    }

    static ExtractionResult extractText(String planId, String sourceFile, String sha, String format, long bytes,
                                        String text) {
        return extractText(planId, sourceFile, sha, format, bytes, text, ReadBudget.fromSettings());
    }

    private static ExtractionResult extractText(String planId, String sourceFile, String sha, String format, long bytes,
                                                String text, ReadBudget budget) {
        String read = budget.within(text);
        List<String> page = lines(read);
        // a portal page's other articles below "Tin liên quan" are not read, for its metadata nor its figures
        int otherArticles = OtherArticles.start(page);
        List<String> lines = otherArticles < page.size() ? page.subList(0, otherArticles) : page;
        HeaderParser.Result header = HeaderParser.parse(lines, planId, sourceFile);
        PlanMetadata meta = header.metadata();
        List<Finding> findings = new ArrayList<>(header.findings());
        if (read.length() < text.length()) {
            findings.add(Finding.warn(planId, sourceFile, lines.size(), "text_budget_spent", String.format(Locale.ROOT,
                    "the text runs to %,d characters; the first %,d (up to line %d) are read, the rest is not (the"
                    + " document's text budget, -D%s)", text.length(), read.length(), lines.size(),
                    ReadBudget.CHARS_PROPERTY)));
        }
        List<Candidates.SetAside> setAside = new ArrayList<>();
        List<Statement> statements = Candidates.withoutMisreadNumbers(lines, statements(lines,
                meta.resultsYear() != null || DocType.reportsResults(meta.docType()), targetsFrom(meta, findings, lines), setsTargets(meta),
                ownYear(meta, findings), budget, setAside));
        if (budget.stoppedAt() > 0) {
            findings.add(Finding.warn(planId, sourceFile, budget.stoppedAt(), "read_budget_spent", "reading stopped at line "
                    + budget.stoppedAt() + " of " + lines.size() + " after the document's time budget ("
                    + budget.millis() + " ms, -D" + ReadBudget.PROPERTY + "): the lines below are not read"));
        }
        statements = RowUnits.inTheProvince(withRankRows(lines, statements, meta), meta.province());
        OthersListed.Split others = OthersListed.split(statements, meta.localityName());
        statements = others.kept();
        // read whatever names a locality or holds a number (its fate is in the candidates); what is uncertain is a
        // finding, not a reject
        Repeats.Mentions mentions = Repeats.of(statements);
        // another unit's figures first, then the figures the reading set aside, as each names its number
        List<Candidates.SetAside> notRead = new ArrayList<>();
        others.others().forEach(s -> notRead.add(new Candidates.SetAside(s.line(), s.valueText(), OthersListed.REASON)));
        notRead.addAll(setAside);
        List<Candidates.Candidate> candidates = OtherArticles.marked(Candidates.markSetAside(
                Candidates.markRepeated(Candidates.of(page, statements), mentions.later()), notRead), otherArticles);
        // after the repeats are told: two places of one value in one text are told apart by the years they name
        statements = IndexYears.apply(mentions.first(), lines);
        statements = FutureYears.apply(statements, meta, FutureYears.ownYear(lines, header.placeAndDate()));
        statements = YearBefore.apply(statements, DocType.reportsResults(meta.docType()) ? meta.resultsYear() : null);
        statements = YearBefore.thisYear(statements, DocType.reportsResults(meta.docType()) && meta.issueDate() != null
                && meta.issueDate().length() >= 4 ? Integer.valueOf(meta.issueDate().substring(0, 4)) : null);
        statements = beforeThePhase(statements, meta, lines);
        if (meta.localityName() == null && statements.isEmpty() && candidates.isEmpty()) {
            return ExtractionResult.rejected(planId, sourceFile, sha, format, bytes,
                    "nothing to read: no locality named and no figure");
        }
        return new ExtractionResult(planId, sourceFile, sha, format, bytes, ExtractionResult.OK, "", meta,
                statements, findings, candidates);
    }

    /**
     * The first year a table column headed by its year alone ("2024", "Năm 2025") holds targets of: for a plan or a
     * decision its own year or the year it was signed in, the earlier (baseline columns before it are results); else
     * the year after the one the text reports on, when the text names it; null when every such column is results.
     */
    private static Integer targetsFrom(PlanMetadata meta, List<Finding> findings, List<String> lines) {
        if (setsTargets(meta)) {
            // a decision "giao chỉ tiêu năm 2023-2024" signed in 2023 sets targets for 2023 too
            Integer signed = meta.issueDate() == null || meta.issueDate().length() < 4 ? null
                    : Integer.valueOf(meta.issueDate().substring(0, 4));
            if (signed == null || meta.planYear() == null) {
                // unsigned, a programme "giai đoạn 2026 - 2028" sets targets from its phase's first year
                Integer phase = signed == null && meta.planYear() != null ? DocumentDates.phaseStart(lines, meta.planYear()) : null;
                return signed == null ? phase != null ? phase : meta.planYear() : signed;
            }
            return Math.min(signed, meta.planYear());
        }
        boolean guessed = findings.stream().anyMatch(f -> f.code().startsWith("plan_year_") || f.code().equals(NO_PLAN_YEAR));
        return meta.resultsYear() == null || guessed ? null : meta.resultsYear() + 1;
    }

    /**
     * An unsigned multi-year plan ("giai đoạn 2026 - 2030") states its results of the year before its phase: without it,
     * a result naming no year was filed under the year before the phase's last (2029), a year the plan has not lived.
     */
    private static List<Statement> beforeThePhase(List<Statement> statements, PlanMetadata meta, List<String> lines) {
        if (!DocType.MULTI_YEAR_PLAN.equals(meta.docType()) || meta.resultsYear() != null || meta.issueDate() != null
                || meta.planYear() == null) {
            return statements;
        }
        Integer start = DocumentDates.phaseStart(lines, meta.planYear());
        if (start == null) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            out.add(s.year() == null && Statement.ACTUAL.equals(s.kind()) ? s.with(s.kind(), start - 1, s.source()) : s);
        }
        return out;
    }

    /**
     * The year a document speaks of (a plan's year, else the year a text reports on), as its prose figures take it;
     * null when it rests on nothing.
     */
    private static Integer ownYear(PlanMetadata meta, List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.code().equals(HeaderParser.PLAN_YEAR_UNCERTAIN) || f.code().equals(NO_PLAN_YEAR))) {
            return null;
        }
        return setsTargets(meta) || meta.resultsYear() == null ? meta.planYear() : meta.resultsYear();
    }

    private static final String NO_PLAN_YEAR = "no_plan_year";

    /** A line in capitals without a digit (a letterhead, the document's kind): four letters or more, none lower case. */
    static boolean letterhead(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c) || Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= LETTERHEAD_LETTERS;
    }

    private static final int LETTERHEAD_LETTERS = 4;

    /** A plan or a decision: a table's figures of no stated year or kind are its targets. */
    private static boolean setsTargets(PlanMetadata meta) {
        return DocType.PLAN.equals(meta.docType()) || DocType.MULTI_YEAR_PLAN.equals(meta.docType())
                || DocType.DECISION.equals(meta.docType());
    }

    /**
     * @param targetsFrom see {@link #targetsFrom(PlanMetadata, List, List)}
     * @param setsTargets see {@link #setsTargets(PlanMetadata)}
     * @param ownYear     see {@link #ownYear(PlanMetadata, List)}: the year of a units' table naming none
     */
    private static List<Statement> statements(List<String> lines, boolean hasResultsPart, Integer targetsFrom,
                                              boolean setsTargets, Integer ownYear, ReadBudget budget,
                                              List<Candidates.SetAside> setAside) {
        SectionTracker sections = new SectionTracker(hasResultsPart);
        List<Statement> out = new ArrayList<>();
        SentenceBuffer sentences = new SentenceBuffer();
        boolean afterBlank = false; // the line before was blank
        SectionTracker.Context context = sections.context();
        // reads each sentence as it ends, in the section context of that moment (renewed with the context below)
        SentenceBuffer.Reader reader = readerIn(context, out, setAside);
        AppendixTable.Header table = null;
        List<Integer> yearColumns = null; // the years across the header of a statistics table being read
        int linesUnderHeader = -1; // lines since that header before its first row (-1: rows are being read)
        List<int[]> tableSpans = null; // where the cells of a space-separated table's header stand
        String headerLine = null; // a row that may be the first line of a wrapped header
        List<String> headerCells = null; // the cells of a tab or pipe row that may be a wrapped header's first row
        List<String> recent = new ArrayList<>(); // the last lines of text: a year table's title and caption
        List<String> stripped = lines.stream().map(HeaderParser::strip).toList();
        YearRows.CellBlocks cellBlocks = YearRows.cellBlocks(stripped);
        YearCellTable.Read yearCells = YearCellTable.of(stripped);
        BarCells.Rows barRows = BarCells.of(stripped).with(LineCells.of(stripped,
                cells -> AppendixTable.wholeHeader(cells) != null || UnitColumnsTable.header(cells) != null), yearCells.covered());
        AppendixTable.Header barTable = null; // the header of the bar table being read
        UnitColumnsTable.Header unitTable = null; // the header of a table of units across its rows being read
        List<String> unitHeaderCells = null; // that header's cells while the row below may continue it
        for (int i = 0; i < lines.size(); i++) {
            String raw = stripped.get(i);
            int lineNo = i + 1;
            if (budget.spentAt(lineNo)) {
                break;
            }
            if (yearCells.covered().contains(i)) {
                sentences.flush(reader);
                out.addAll(yearCells.byLine().getOrDefault(i, List.of()));
                continue;
            }
            if (barRows.covered().contains(i)) {
                BarCells.Row barRow = barRows.byFirstLine().get(i);
                if (barRow != null) {
                    sentences.flush(reader);
                    AppendixTable.Header h = AppendixTable.wholeHeader(barRow.cells());
                    UnitColumnsTable.Header u = h == null ? UnitColumnsTable.header(barRow.cells()) : null;
                    if (h != null || u != null) {
                        barTable = h;
                        unitTable = u;
                    } else if (barTable != null) {
                        tableRow(barRow.cells(), barRow.lines(), barTable, String.join(" | ", barRow.cells()), targetsFrom,
                                context, out);
                    } else if (unitTable != null) {
                        out.addAll(UnitColumnsTable.row(barRow.cells(), barRow.lines(), unitTable,
                                String.join(" | ", barRow.cells()), targetsFrom, setsTargets, ownYear, context));
                    }
                }
                continue;
            }
            Integer cellYear = cellBlocks.yearOfLine().get(i);
            if (cellYear != null) {
                sentences.flush(reader);
                out.addAll(YearRows.cellStatements(raw, cellYear, lineNo, longest(recent), String.join(" ", recent),
                        context.sectionPath(), context.pillar()));
                continue;
            }
            if (cellBlocks.headings().contains(i)) {
                continue; // the year heading a block of cells: read with its figures
            }
            List<Integer> header = YearRows.yearHeader(raw);
            if (header != null) {
                sentences.flush(reader);
                yearColumns = header; // a statistics table with its years across
                linesUnderHeader = 0;
                continue;
            }
            if (yearColumns != null) {
                List<Statement> row = YearRows.columnRow(raw, yearColumns, lineNo, longest(recent),
                        String.join(" ", recent), context.sectionPath(), context.pillar());
                if (!row.isEmpty()) {
                    sentences.flush(reader);
                    out.addAll(row);
                    linesUnderHeader = -1;
                    continue;
                }
                if (linesUnderHeader < 0 && YearRows.groupRow(raw) && rowFollows(stripped, i, yearColumns)) {
                    continue; // "Phân theo thành thị, nông thôn": a group of the rows below it, the table goes on
                }
                if (!raw.isBlank() && linesUnderHeader >= 0 && linesUnderHeader < HEADER_LINES) {
                    // a bilingual yearbook repeats its header in English ("Dec-06 Jan-07 ..."): still the header
                    linesUnderHeader++;
                    continue;
                }
                if (!raw.isBlank()) {
                    yearColumns = null;
                }
            }
            if (YearRows.isRow(raw)) {
                sentences.flush(reader);
                out.addAll(YearRows.statements(raw, lineNo, longest(recent), String.join(" ", recent),
                        context.sectionPath(), context.pillar()));
                continue;
            }
            String cleaned = null; // the line cleaned once: kept in recent, read as a heading or as prose below
            if (!raw.isBlank()) {
                if (recent.size() == RECENT_LINES) {
                    recent.remove(0);
                }
                cleaned = VnText.clean(raw);
                recent.add(cleaned);
            }
            if (headerLine != null && table == null && AppendixTable.spaced(raw) && !raw.isBlank()) {
                // "Thực hiện" above "năm 2023": a space-separated header wrapped onto this line
                List<int[]> spans = AppendixTable.spans(headerLine);
                AppendixTable.Header wrapped = AppendixTable.header(AppendixTable.wrapped(spans, headerLine, raw));
                if (wrapped != null) {
                    table = wrapped;
                    tableSpans = spans;
                    headerLine = null;
                    continue;
                }
            }
            boolean spaced = AppendixTable.spaced(raw);
            boolean row = AppendixTable.isRow(raw);
            AppendixTable.Header h = row ? AppendixTable.header(AppendixTable.cells(raw)) : null;
            if (h == null && row && !spaced) {
                // a tab or pipe header naming no year ("Chỉ tiêu cụ thể", "Kết quả"), unless it wraps onto the row below
                h = wholeHeaderOnItsLine(AppendixTable.cells(raw), i + 1 < stripped.size() ? stripped.get(i + 1) : "");
            }
            // a space-separated line is a row only under a space-separated header: prose has double spaces too
            if (row && (!spaced || h != null || table != null && tableSpans != null)) {
                sentences.flush(reader);
                if (h == null && table == null && !spaced) {
                    // "Thực hiện" over "năm 2024" in the row below: a header wrapped over two rows reads as one
                    List<String> cells = AppendixTable.cells(raw);
                    h = headerCells == null ? null : AppendixTable.header(AppendixTable.stacked(headerCells, cells));
                    headerCells = h == null ? cells : null;
                }
                if (h != null) {
                    table = h;
                    unitTable = null;
                    tableSpans = spaced ? AppendixTable.spans(raw) : null;
                    headerLine = null;
                } else if (table != null) {
                    tableRow(spaced ? AppendixTable.aligned(tableSpans, raw) : AppendixTable.cells(raw), table,
                            lineNo, raw, targetsFrom, context, out);
                } else if (!spaced) {
                    List<String> cells = AppendixTable.cells(raw);
                    UnitColumnsTable.Header u = UnitColumnsTable.header(cells);
                    if (u == null && unitTable != null && unitHeaderCells != null) {
                        // "Năm 2023", "Năm 2024" under a cell spanning both: the header wrapped onto this row
                        u = UnitColumnsTable.header(AppendixTable.stacked(unitHeaderCells, cells));
                    }
                    if (u != null) {
                        unitHeaderCells = unitTable == null ? cells : null;
                        unitTable = u;
                    } else if (unitTable != null) {
                        unitHeaderCells = null;
                        out.addAll(UnitColumnsTable.row(cells, Collections.nCopies(cells.size(), i), unitTable, raw,
                                targetsFrom, setsTargets, ownYear, context));
                    }
                }
                continue;
            }
            headerLine = row && spaced ? raw : null; // perhaps the first line of a wrapped header
            headerCells = null;
            if (raw.isBlank()) {
                afterBlank = true;
                continue;
            }
            if (table != null && tableSpans != null && AppendixTable.nameGoesOn(tableSpans, table.name(), raw)) {
                // "2  Tỷ lệ dân số trưởng thành có  %  48  65" over "   chữ ký số cá nhân": a PDF table's row name wrapped
                // onto the next line, alone under the name column; the table goes on below it
                String more = VnText.clean(raw);
                for (int k = out.size() - 1; k >= 0 && out.get(k).line() == lineNo - 1 && "table".equals(out.get(k).source()); k--) {
                    out.set(k, out.get(k).withSubject(out.get(k).subject() + " " + more));
                }
                continue;
            }
            table = null;
            unitTable = null;
            boolean bullet = BULLET.matcher(raw).find();
            if (sections.acceptCleaned(cleaned)) {
                sentences.flush(reader);
                context = sections.context();
                reader = readerIn(context, out, setAside);
                afterBlank = false;
                continue;
            }
            if (letterhead(cleaned) || DocumentDates.dateOnly(cleaned)) {
                // "UBND XÃ XUÂN LAI   CỘNG HÒA XÃ HỘI ...", "BÁO CÁO": a line in capitals with no figure ends a sentence
                // and starts none (a letterhead without blank lines ran into the body's first sentence); so does a
                // page's dateline between its headline and its first paragraph ("15/12/2024")
                sentences.flush(reader);
                afterBlank = true;
                continue;
            }
            // a paragraph that opens with a capital after a blank line is a sentence of its own, even when the line
            // before (a photo's caption) had no full stop; a PDF's text layer wraps a sentence onto a lower-case line,
            // and a lead-in ("Tính đến ngày 15/12/2023 như sau:") runs into the item below it
            // a lead-in ("Tỷ lệ người dân có tài khoản định danh điện tử:") starts a sentence after an item without a stop
            if (bullet || (afterBlank || cleaned.endsWith(":")) && startsUpper(cleaned) && !sentences.leadsOn()) {
                sentences.flush(reader);
            }
            afterBlank = false;
            sentences.appendLine(cleaned, lineNo, reader);
            context = sections.context(); // a sentence announcing a list sets the mode of the lines below it
            reader = readerIn(context, out, setAside);
        }
        sentences.flush(reader);
        return inTheirColumns(HeadingYears.apply(ParagraphYears.apply(LeadIns.apply(ofWhichTakeTheYearBefore(out), stripped),
                stripped)), CellColumns.of(stripped));
    }

    /**
     * The header of a tab or pipe row that names no year ({@link AppendixTable#wholeHeader}), or null when the row below
     * completes a header with it ("Thực hiện" over "năm 2024"): that one is read as a wrapped header.
     */
    private static AppendixTable.Header wholeHeaderOnItsLine(List<String> cells, String next) {
        AppendixTable.Header whole = AppendixTable.wholeHeader(cells);
        if (whole == null || !AppendixTable.isRow(next)) {
            return whole;
        }
        return AppendixTable.header(AppendixTable.stacked(cells, AppendixTable.cells(next))) == null ? whole : null;
    }

    /** A ranking of provinces in the text replaces what prose reading made of its lines (see {@link RankRows}). */
    private static List<Statement> withRankRows(List<String> lines, List<Statement> statements, PlanMetadata meta) {
        List<RankRows.Row> rows = RankRows.of(lines);
        if (rows.isEmpty()) {
            return statements;
        }
        Set<Integer> rowLines = new HashSet<>();
        rows.forEach(r -> rowLines.add(r.line()));
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            if (!rowLines.contains(s.line())) {
                out.add(s);
            }
        }
        String title = lines.stream().map(HeaderParser::strip).map(String::trim).filter(l -> !l.isEmpty())
                .findFirst().orElse(null);
        out.addAll(RankRows.statements(rows, meta.resultsYear() != null ? meta.resultsYear() : meta.planYear(), title));
        return out;
    }

    /** Figures of a one-cell-per-line table take the kind and year of their column ("Đề ra năm 2023": target 2023). */
    private static List<Statement> inTheirColumns(List<Statement> statements, Map<Integer, CellColumns.Column> columns) {
        if (columns.isEmpty()) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            CellColumns.Column c = columns.get(s.line() - 1);
            if (c == null || !"prose".equals(s.source())) {
                out.add(s);
                continue;
            }
            out.add(s.with(c.kind(), c.year() != null ? c.year() : s.year(), "table"));
        }
        return out;
    }

    private static final int RECENT_LINES = 4;

    /** The longest of the lines before a year table: its title ("Tỷ lệ hộ gia đình có kết nối Internet"). */
    private static String longest(List<String> lines) {
        String best = "";
        for (String l : lines) {
            if (l.length() > best.length() && l.length() < 200) {
                best = l;
            }
        }
        return best;
    }

    /** The text split at \r\n, \n or \r, trailing empty lines kept (as split("\\r?\\n|\\r", -1)), without a regex. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return List.copyOf(out);
    }

    private static boolean startsUpper(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** Lines a table's header may run on for after its years (a translation, a unit) before its first row. */
    private static final int HEADER_LINES = 2;

    /** True when the next line with text after line {@code i} is a row of the year table being read. */
    private static boolean rowFollows(List<String> lines, int i, List<Integer> yearColumns) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return !YearRows.columnRow(lines.get(j), yearColumns, j + 1, "", "", "", null).isEmpty();
            }
        }
        return false;
    }

    /** Reads each finished sentence in {@code context}: its statements to {@code out}, its set-aside figures aside. */
    private static SentenceBuffer.Reader readerIn(SectionTracker.Context context, List<Statement> out,
                                                  List<Candidates.SetAside> setAside) {
        return (piece, base, offsets) -> statementsOf(piece, base, offsets, context, out, setAside);
    }

    private static void statementsOf(String sentence, int base, List<int[]> offsets, SectionTracker.Context context,
                                     List<Statement> out, List<Candidates.SetAside> setAside) {
        List<QuantityScanner.Quantity> quantities = QuantityScanner.scan(sentence);
        if (quantities.isEmpty()) {
            return;
        }
        List<int[]> namedYears = NamedYears.of(sentence);
        int yearsBefore = 0;
        Integer namedYear = null;
        // "giai đoạn 2023-2025, toàn tỉnh phấn đấu tối thiểu 97% ...": a target of a phase is for the phase's last year
        // unless a year named after the phase says otherwise
        Matcher phase = PHASES.matcher(sentence);
        List<int[]> phases = new ArrayList<>();
        for (int at = 0; PHASES.next(phase, sentence, at); at = phase.end()) {
            Matcher first = FOUR_DIGITS.matcher(phase.group());
            phases.add(new int[] {phase.end(), Integer.parseInt(phase.group(1)), first.find() ? Integer.parseInt(first.group()) : 0});
        }
        int phasesBefore = 0;
        Integer phaseYear = null;
        Integer phaseStart = null;
        int phaseEnd = -1;
        int namedEnd = -1;
        boolean announced = false;
        // the item before, when this sentence continues a list it ended with ";" (each item is a sentence of its own)
        Statement last = out.isEmpty() ? null : out.get(out.size() - 1);
        String previousLabel = null; // the report column that named the figure before ("chỉ tiêu 80%")
        String previousKind = last != null && "prose".equals(last.source()) && last.sentence() != null
                && last.sentence().stripTrailing().endsWith(";")
                && !COMPLETED_TARGET_WORDS.in(last.sentence()) && !planned(last) ? last.kind() : null;
        boolean listOfTargets = !COMPLETED_TARGET_WORDS.in(sentence);
        // "xây dựng 12 chỉ tiêu cụ thể về ... như: tỷ lệ A đạt 55% trở lên; ...": the targets the sentence announces
        Matcher announcing = listOfTargets ? TARGETS_ANNOUNCED.matcher(sentence) : null;
        int targetsFrom = announcing != null && announcing.find() ? announcing.end() : Integer.MAX_VALUE;
        // "phấn đấu đến năm 2025 A phủ 100% ..., 100% B được ... (trừ ...), 100% C ...": a target named by its cue
        // holds for the figures after it in the sentence that name no kind of their own, however long the items
        boolean cuedTarget = false;
        // the figure before (in this sentence, or ending the item before with ";") was a result by a cue of its own
        boolean cuedActual = Statement.ACTUAL.equals(previousKind) && !isResult(last.unit(), last.comparator())
                && Objects.equals(last.sectionPath(), context.sectionPath());
        // a compared year whose own figure stands in the bracket after it ("So với năm 2024 (78%)") is that figure's
        // only: the year named before it holds again past the bracket
        int bracketEnd = -1;
        Integer yearPastBracket = null;
        int endPastBracket = -1;
        boolean announcedPastBracket = false;
        for (int q = 0; q < quantities.size(); q++) {
            QuantityScanner.Quantity qty = quantities.get(q);
            if (bracketEnd >= 0 && qty.start() >= bracketEnd) {
                namedYear = yearPastBracket;
                namedEnd = endPastBracket;
                announced = announcedPastBracket;
                bracketEnd = -1;
            }
            for (; yearsBefore < namedYears.size() && namedYears.get(yearsBefore)[0] <= qty.start(); yearsBefore++) {
                if (q > 0 && NamedYears.ownYearRightAfter(sentence, quantities.get(q - 1).end(), namedYears.get(yearsBefore))) {
                    continue; // "tăng từ 45% (năm 2023) lên 78% (năm 2025)": the year of the figure before, no other's
                }
                if (namedYears.get(yearsBefore)[4] > 0 && bracketEnd < 0) {
                    bracketEnd = namedYears.get(yearsBefore)[4];
                    yearPastBracket = namedYear;
                    endPastBracket = namedEnd;
                    announcedPastBracket = announced;
                }
                int named = namedYears.get(yearsBefore)[1];
                namedYear = named == 0 ? namedYear : Integer.valueOf(named);
                namedEnd = named == 0 ? namedEnd : namedYears.get(yearsBefore)[0];
                announced = named == 0 ? announced : namedYears.get(yearsBefore)[2] == 1;
            }
            for (; phasesBefore < phases.size() && phases.get(phasesBefore)[0] <= qty.start(); phasesBefore++) {
                phaseYear = phases.get(phasesBefore)[1];
                phaseStart = phases.get(phasesBefore)[2];
                phaseEnd = phases.get(phasesBefore)[0];
            }
            int from = q == 0 ? 0 : quantities.get(q - 1).end();
            int to = q + 1 < quantities.size() ? quantities.get(q + 1).start() : sentence.length();
            String setAsideBy = NotAStatement.whySetAside(sentence, q == 0 ? null : quantities.get(q - 1), qty, from, to);
            if (setAsideBy != null) {
                // its number's candidate says why ("why was this 85% not taken?")
                setAside.add(new Candidates.SetAside(SentenceBuffer.lineAt(offsets, base + qty.start()), qty.text(), setAsideBy));
                continue;
            }
            String clause = sentence.substring(from, to);
            // Kind cues belong to the words leading to the figure (and, in a results part, just after it),
            // not to the rest of a long sentence ("... đã được phê duyệt" describes the
            // subject of a task, it does not make the task a result).
            int cueEnd = Statement.ACTUAL.equals(context.mode())
                    ? Math.min(to, nextWordBoundary(sentence, qty.end() + 24)) : qty.end();
            String cueWindow = cueWords(sentence.substring(from, qty.start()), sentence.substring(qty.end(), cueEnd), q > 0);
            // a rank, its move and an index score are results, whatever part of the plan states them
            String kind = isResult(qty.unit(), qty.comparator()) ? Statement.ACTUAL : kind(context.mode(), cueWindow);
            // "Toàn huyện hướng đến 100% thủ tục ...", "Nâng tỷ lệ tái sử dụng hồ sơ ... đạt 50%": aimed at, right before it
            String aimWindow = sentence.substring(Math.max(from, qty.start() - AIMED_REACH), qty.start());
            // the words' letters first ("hướng", "nâng"/"Nâng"): the pattern is tried only where they stand
            boolean aimed = !isResult(qty.unit(), qty.comparator())
                    && (aimWindow.contains("ướng") || aimWindow.contains("âng") || aimWindow.contains("tiêu")) && AIMED_AT.matcher(aimWindow).find();
            kind = aimed ? Statement.TARGET : kind;
            // "100% kết quả giải quyết TTHC phải được trả trước hoặc đúng hạn": what the figure's subject must be, past
            // the words read for cues
            kind = Statement.ACTUAL.equals(kind) && !isResult(qty.unit(), qty.comparator()) && mustBe(sentence, cueEnd, to)
                    ? Statement.TARGET : kind;
            // "chỉ tiêu 80%, thực hiện 86,5%", "Kế hoạch: 95%; Thực hiện: 97,3%": the column a report writes out right
            // before the figure says what it is
            String label = isResult(qty.unit(), qty.comparator()) ? null
                    : columnLabel(sentence.substring(from, qty.start()), Statement.TARGET.equals(previousLabel));
            previousLabel = label;
            kind = label != null ? label : kind;
            // "với mục tiêu cụ thể là A đạt 90%; B tối thiểu 30%; C 50%", "ít nhất 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp
            // huyện và 60% hồ sơ cấp xã": an item of a list of targets without a cue of its own is a target like the
            // item before it
            if (listOfTargets && Statement.TARGET.equals(previousKind) && Statement.ACTUAL.equals(kind) && label == null
                    && !isResult(qty.unit(), qty.comparator())
                    && (q == 0 || cuedTarget || listItem(sentence.substring(from, qty.start())))
                    && !TARGET_CUE_WORDS.in(cueWindow)
                    && !ACTUAL_CUE_WORDS.in(cueWindow)) {
                kind = Statement.TARGET;
            }
            if (qty.start() >= targetsFrom && Statement.ACTUAL.equals(kind) && label == null && !isResult(qty.unit(), qty.comparator())
                    && !ACTUAL_CUE_WORDS.in(cueWindow)) {
                kind = Statement.TARGET;
            }
            // "Hiện nay, 100% xã có cáp quang; 38,56% số hộ có thuê bao cáp quang; ...": in a plan's part that states
            // targets, an item of a list the sentence opens as results, with no cue or year of its own, is a result too
            if (cuedActual && Statement.TARGET.equals(kind) && Statement.TARGET.equals(context.mode())
                    && label == null && !aimed && namedEnd < from && (q == 0 || listItem(sentence.substring(from, qty.start())))
                    && !TARGET_CUE_WORDS.in(cueWindow) && !TARGET_CUE_WORDS.in(sentence.substring(from, qty.start()))) {
                kind = Statement.ACTUAL;
            }
            cuedActual = Statement.ACTUAL.equals(kind) && !isResult(qty.unit(), qty.comparator())
                    && (cuedActual || ACTUAL_CUE_WORDS.in(cueWindow));
            cuedTarget |= Statement.TARGET.equals(kind) && (aimed || TARGET_CUE_WORDS.in(cueWindow));
            // "đạt 93% (kế hoạch 85%), tỷ lệ thanh toán trực tuyến 63%": a plan's figure written beside a result opens no
            // list of targets
            previousKind = Statement.TARGET.equals(label) ? previousKind : kind;
            if (label == null
                    && PLANNED_FIGURE.matcher(sentence.substring(Math.max(from, qty.start() - PLANNED_REACH), qty.start())).find()) {
                // "đạt 99% (chỉ tiêu giao cả năm là 95%)", "vượt kế hoạch đề ra 90 %; 82/131 thủ tục ...": the plan's
                // figure is a target, and the list goes on with results
                kind = Statement.TARGET;
            }
            Integer year = NamedYears.horizonOf(clause, kind);
            year = year != null ? year : Statement.TARGET.equals(kind) && phaseEnd > namedEnd ? phaseYear : namedYear;
            if (year == null && Statement.ACTUAL.equals(kind) && phaseEnd > namedEnd) {
                year = yearOfARise(sentence, quantities, q, phaseStart, phaseYear);
            }
            if (isResult(qty.unit(), qty.comparator())) {
                // "chỉ số DTI được công bố vào cuối tháng 5/2025, Hà Tĩnh xếp hạng thứ 25/63": a ranking is announced in
                // the year after the one it evaluates
                year = announced && year != null && year.equals(namedYear) ? Integer.valueOf(year - 1) : year;
                // "xếp thứ 14/34 ... về mức độ chuyển đổi số năm 2024": a rank names its edition after it, and the
                // year said before it is the announcement's ("tại Ngày Chuyển đổi số quốc gia năm 2025, ...")
                Matcher edition = EDITION_AFTER.matcher(sentence.substring(qty.end(), Math.min(sentence.length(),
                        qty.end() + EDITION_REACH)));
                year = edition.find() ? Integer.valueOf(edition.group(1)) : year;
                // "xếp thứ 2 năm 2021, thứ 4 năm 2022": the year right after a place is its year
                Matcher own = YEAR_RIGHT_AFTER.matcher(sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 12)));
                year = own.find() ? Integer.valueOf(own.group(1)) : year;
            }
            // "45% (năm 2023)", "88% vào cuối năm 2024": a year right after the figure is its own
            Integer ownAfter = NamedYears.ownYearAfter(sentence, qty.end());
            year = ownAfter != null ? ownAfter : year;
            out.add(new Statement(SentenceBuffer.lineAt(offsets, base + qty.start()), sentence, quote(sentence, qty), context.sectionPath(),
                    context.pillar(), kind, subject(sentence, from, qty, to), qty.text(), qty.value(), qty.valueHigh(),
                    qty.denominator(), qty.unit(), qty.comparator(), year, "prose"));
        }
    }

    /** A list of targets announced inside a sentence: "xây dựng 12 chỉ tiêu cụ thể về ... như:", "các mục tiêu sau:". */
    private static final Pattern TARGETS_ANNOUNCED = Pattern.compile(
            "(?iu)(?<!kết quả\\s)(?:chỉ\\s+tiêu|mục\\s+tiêu)[^:;.()]{0,100}?\\b(?:như|gồm|sau|cụ\\s+thể)\\s*:");

    /** An obligation the figure's clause states ("chưa phải đạt" is none either). */
    private static final Pattern MUST = Pattern.compile("(?iu)(?<!chưa\\s)" + MUST_WORDS);
    private static final int MUST_REACH = 60;

    /** Whether the figure's clause, from {@code from} to its next comma or semicolon, says what its subject must be. */
    private static boolean mustBe(String sentence, int from, int to) {
        int end = Math.min(to, from + MUST_REACH);
        if (from >= end || sentence.indexOf("phải", from) < 0) {
            return false;
        }
        int comma = sentence.indexOf(',', from);
        int semicolon = sentence.indexOf(';', from);
        end = comma >= 0 && comma < end ? comma : end;
        end = semicolon >= 0 && semicolon < end ? semicolon : end;
        return MUST.matcher(sentence).region(from, end).find();
    }

    /**
     * Words aiming at the figure right after them: "hướng đến", "hướng tới mục tiêu", and a task opening its sentence
     * "Nâng tỷ lệ ... lên/đạt" ("giúp ... nâng tỷ lệ hồ sơ trực tuyến đạt trên 60%" tells a result).
     */
    private static final Pattern AIMED_AT = Pattern.compile("(?iu)(?:\\bhướng\\s+(?:đến|tới)\\s+(?:mục\\s+tiêu\\s+)?(?:đạt\\s+)?"
            // "xã đặt mục tiêu 100% hồ sơ được số hóa kết quả giải quyết": a goal set, whatever words follow the figure
            + "|\\b(?:đặt|đề\\s+ra|xác\\s+định)\\s+(?:ra\\s+)?mục\\s+tiêu\\s+(?:(?:là|đạt)\\s+)?"
            + "|(?:^|[.;:]\\s+|[-+•]\\s+)nâng\\s+(?:cao\\s+)?t[ỷỉ]\\s+lệ\\b[^.;]{0,100}?\\b(?:lên|đạt)(?:\\s+(?:mức|trên|tối\\s+thiểu))?\\s+)$");
    private static final int AIMED_REACH = 140;

    /** The plan's own figure named right before a number: "chỉ tiêu giao cả năm là", "kế hoạch đề ra". */
    private static final Pattern PLANNED_FIGURE = Pattern.compile(
            // "chỉ tiêu huyện giao (85%)": who set it may stand between
            "(?iu)(?:chỉ\\s+tiêu|kế\\s+hoạch)\\s+(?:được\\s+)?(?:(?:tỉnh|huyện|thành\\s+phố|thị\\s+xã|xã|cấp\\s+trên)\\s+)?"
                    + "(?:giao|đề\\s+ra|đặt\\s+ra)(?:\\s+(?:cả|trong)\\s+năm|\\s+năm\\s+nay)?"
                    + "(?:\\s+(?:là|ở\\s+mức))?\\s*[:(]?\\s*$");
    private static final int PLANNED_REACH = 48;

    /** The statement is the plan's figure beside a result ("vượt kế hoạch đề ra 90 %"): it starts no list of targets. */
    private static boolean planned(Statement s) {
        int at = s.valueText() == null ? -1 : s.sentence().lastIndexOf(s.valueText());
        return at > 0 && PLANNED_FIGURE.matcher(s.sentence().substring(Math.max(0, at - PLANNED_REACH), at)).find();
    }
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?u);|,|\\svà\\s");
    static final int LIST_ITEM_GAP = 80;

    /** The words between two figures continue a list: a ";" or a short ", ..." or "... và ...". */
    private static boolean listItem(String gap) {
        return gap.indexOf(';') >= 0 || gap.length() <= LIST_ITEM_GAP && LIST_SEPARATOR.matcher(gap).find();
    }

    /** Words that name targets without setting one: a count of targets met, a cited plan. */
    private static final Pattern TARGET_NOUN = Pattern.compile("(?iu)^[\\s,:]*(?:mục tiêu|chỉ tiêu)");
    /** "91% kế hoạch, tỷ lệ ...": the plan the figure before was a share of opens the next figure's words. */
    private static final Pattern PLAN_OF_THE_FIGURE_BEFORE = Pattern.compile(
            "(?iu)^[\\s,:]*(?:so\\s+với\\s+)?kế\\s+hoạch(?:\\s+(?:năm|giao|được\\s+giao|đề\\s+ra))?(?=[\\s,;.]|$)");
    /** A table's unit of money: "triệu đồng", "Tỷ đồng", "đồng", "VNĐ". */
    private static final Pattern MONEY_UNIT = Pattern.compile("(?iu)^\\s*(?:(?:triệu|tỷ|tỉ|nghìn|ngàn|tr\\.?)\\s*)?(?:đồng|đ)\\s*$|\\bvn[dđ]\\b");
    /** "(kế hoạch 85%)" after the figure before: its aside, no cue of the next figure. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    /**
     * A report's column written out right before its figure, after a bracket, a colon or the figure before: "chỉ tiêu
     * 80%", "Kế hoạch: 95%", "chỉ tiêu giao 50%"; and the result beside such a plan ("chỉ tiêu 80%, thực hiện 86,5%") or
     * after a colon ("Thực hiện: 97,3%"). Not "hoàn thành chỉ tiêu 100% ...", nor "; thực hiện 40 mô hình" (a task).
     */
    private static final Pattern PLAN_LABEL = Pattern.compile(
            "(?iu)(?:^|[,;:(])\\s*(?:kế\\s+hoạch|chỉ\\s+tiêu|(?-i:KH))(?:\\s+(?:năm|giao|được\\s+giao|đề\\s+ra))?\\s*:?\\s*(?:là\\s+)?$");
    private static final Pattern RESULT_LABEL = Pattern.compile(
            "(?iu)(?:^|[,;:(])\\s*(?:(?:thực\\s+hiện|(?-i:TH))\\s*(:)?\\s*(?:đạt\\s+(?:được\\s+)?)?|đạt(?:\\s+được)?\\s*)$");
    private static final Pattern CITED_PLAN = Pattern.compile("(?iu)kế hoạch\\s+số\\s+\\d+");
    private static final Pattern OF_WHICH = Pattern.compile("(?iu)^trong đó\\b");
    /**
     * The verb of a share achieved right before its figure, with the bound it may carry: "đạt hơn 72% so với kế hoạch",
     * "hoàn thành gần 42% kế hoạch", "vượt 5,2% so với kế hoạch".
     */
    private static final Pattern SHARE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:đạt|bằng|hoàn\\s+thành|vượt)"
            + "(?:\\s+(?:hơn|gần|trên|khoảng|xấp\\s+xỉ|tới|được))?\\s*$");
    /** The plan named right after the figure of a share achieved ("đạt 92% kế hoạch", "so với chỉ tiêu giao"). */
    private static final Pattern PLAN_SHARE_AFTER = Pattern.compile(
            "(?iu)^\\s*(?:so\\s+với\\s+)?(?:kế\\s+hoạch|chỉ\\s+tiêu)(?:\\s+(?:năm|giao|được\\s+giao|đề\\s+ra))?");
    /**
     * The words whose cues decide a figure's kind: those leading to it, and those just after it up to a bracket
     * ("đạt 60,41% (chỉ tiêu giao là 50%)" is a result). "23/34 mục tiêu" counts targets, "Kế hoạch số 82"
     * cites a plan: neither makes a figure a target.
     */
    private static String cueWords(String before, String after, boolean afterAFigure) {
        int bracket = after.indexOf('(');
        String tail = bracket < 0 ? after : after.substring(0, bracket);
        // the noun right after the figure before ("23/34 mục tiêu, ...") counts targets; opening a sentence ("Mục tiêu
        // cụ thể ... là ít nhất 70% ...") it names them
        String lead = afterAFigure ? TARGET_NOUN.matcher(PLAN_OF_THE_FIGURE_BEFORE.matcher(ASIDE.matcher(before)
                .replaceAll(" ")).replaceFirst("")).replaceFirst("") : before;
        // "đạt 73,3% so với chỉ tiêu", "19/218 địa phương hoàn thành chỉ tiêu giao": a target measured against or met
        // is no cue of a target
        // "đạt 92% kế hoạch", "bằng 105% so với kế hoạch năm": the share of a plan achieved is a result
        String ownTail = SHARE_BEFORE.matcher(before).find() ? PLAN_SHARE_AFTER.matcher(tail).replaceFirst("") : tail;
        String words = CITED_PLAN.matcher(lead).replaceAll(" ") + " " + TARGET_NOUN.matcher(ownTail).replaceFirst("");
        return COMPLETED_TARGET_WORDS.replaceAll(words, " ");
    }

    /**
     * "Giai đoạn 2021-2025, tỷ lệ hộ có cáp quang tăng từ 30% lên 85%": the first figure of a rise over a phase is of the
     * phase's first year, the second of its last; null for a figure of no such rise.
     */
    private static Integer yearOfARise(String sentence, List<QuantityScanner.Quantity> quantities, int q, Integer start,
                                       Integer end) {
        QuantityScanner.Quantity qty = quantities.get(q);
        int from = q == 0 ? 0 : quantities.get(q - 1).end();
        if (q + 1 < quantities.size() && DocumentDates.FROM_BEFORE.matcher(sentence.substring(from, qty.start())).find()
                && TO_BETWEEN.matcher(sentence.substring(qty.end(), quantities.get(q + 1).start())).matches()) {
            return start;
        }
        return q > 0 && TO_BETWEEN.matcher(sentence.substring(from, qty.start())).matches()
                && DocumentDates.FROM_BEFORE.matcher(sentence.substring(0, quantities.get(q - 1).start())).find() ? end : null;
    }

    /** "Trong đó: ..." breaks down the sentence before it: its figures without a year of their own take that year. */
    private static List<Statement> ofWhichTakeTheYearBefore(List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        Integer yearBefore = null;
        String sentenceBefore = null;
        boolean inBreakdown = false;
        for (Statement s : statements) {
            Statement kept = s;
            boolean sameSentence = s.sentence() != null && s.sentence().equals(sentenceBefore);
            // the breakdown runs on through the clauses it lists ("Trong đó: A đạt 0,66; B đạt 0,60; ...")
            boolean breakdown = sameSentence ? inBreakdown : s.sentence() != null
                    && (OF_WHICH.matcher(s.sentence()).find() || inBreakdown && sentenceBefore.endsWith(";"));
            if (s.year() == null && yearBefore != null && "prose".equals(s.source()) && breakdown) {
                kept = s.with(s.kind(), yearBefore, s.source());
            } else if (!breakdown && (!sameSentence || s.year() != null)) {
                yearBefore = s.year();
            }
            if (!sameSentence) {
                inBreakdown = breakdown;
                sentenceBefore = s.sentence();
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * A rank, its move and an index score are results; a bound on a rank ("phấn đấu thuộc nhóm 20 tỉnh dẫn đầu",
     * "nằm trong top 10") is a goal or a result as its words say.
     */
    static boolean isResult(String unit, String comparator) {
        return QuantityScanner.RANK_UNIT.equals(unit) && !"lte".equals(comparator)
                || QuantityScanner.RANK_MOVE_UNIT.equals(unit) || QuantityScanner.INDEX_UNIT.equals(unit);
    }

    /** End of the words right after a figure: the next punctuation, or the word boundary after {@code pos}. */
    private static int nextWordBoundary(String s, int pos) {
        int start = Math.min(pos - 24, s.length());
        for (int p = Math.max(0, start); p < Math.min(pos, s.length()); p++) {
            if (",;:.".indexOf(s.charAt(p)) >= 0) {
                return p;
            }
        }
        int p = Math.min(pos, s.length());
        while (p < s.length() && s.charAt(p) != ' ') {
            p++;
        }
        return p;
    }

    private static void tableRow(List<String> cells, AppendixTable.Header h, int lineNo, String raw, Integer targetsFrom,
                                 SectionTracker.Context context, List<Statement> out) {
        tableRow(cells, Collections.nCopies(cells.size(), lineNo - 1), h, raw, targetsFrom, context, out);
    }

    /** @param cellLines the 0-based line of each cell (a row whose cells stand on lines of their own) */
    private static void tableRow(List<String> cells, List<Integer> cellLines, AppendixTable.Header h, String raw,
                                 Integer targetsFrom, SectionTracker.Context context, List<Statement> out) {
        if (h.name() >= cells.size()) {
            return;
        }
        String name = cells.get(h.name());
        String unit = h.unit() >= 0 && h.unit() < cells.size() ? cells.get(h.unit()) : "";
        if (MONEY_UNIT.matcher(unit).find()) {
            return; // "Kinh phí đầu tư | triệu đồng | 150": an amount of money, as in prose, is no indicator
        }
        for (int k = 0; k < h.yearColumns().size(); k++) {
            int col = h.yearColumns().get(k)[0];
            int year = h.yearColumns().get(k)[1];
            if (col >= cells.size()) {
                continue;
            }
            String valueText = cells.get(col);
            boolean figure = FIGURE_CELL.matcher(valueText).matches();
            // "5 lớp", "120 người": a count with its unit in the cell, when no column gives the unit
            Matcher counted = figure || !unit.isBlank() ? null : COUNT_CELL.matcher(valueText);
            if (!figure && (counted == null || !counted.matches())) {
                continue;
            }
            // "Số người dân được tập huấn kỹ năng số (người)": without a unit column, the name's bracket may give it
            String rowUnit = !figure ? counted.group(2) : unit.isBlank() ? unitInName(name) : unit;
            double value = VietNumber.parse((figure ? valueText : counted.group(1)).replaceAll("[^\\d.,]", ""));
            // without a unit column, a row named "Tỷ lệ ..." or "... (%)" is a percentage
            boolean percent = unit.contains("%") || valueText.contains("%")
                    || unit.isBlank() && (name.contains("(%)") || VnText.fold(name).startsWith("ty le"));
            int digit = valueText.replaceFirst("\\d.*", "").length();
            String comparator = QuantityScanner.comparator(valueText, digit, valueText.length());
            String kind = h.kinds().get(k);
            if (AppendixTable.YEAR_ONLY.equals(kind)) {
                kind = targetsFrom != null && year >= targetsFrom ? Statement.TARGET : Statement.ACTUAL;
            }
            out.add(new Statement(cellLines.get(col) + 1, VnText.clean(raw.replace('\t', ' ')), name + ": " + valueText
                    + (percent && !valueText.contains("%") ? "%" : ""), context.sectionPath(), context.pillar(),
                    kind, name, valueText, value, null, null, percent ? Statement.PERCENT : rowUnit,
                    comparator, year == AppendixTable.PLAN_YEAR ? null : year, "table"));
        }
    }

    /** A count's unit in lower case in the bracket ending a row's name ("(người)", "(tài khoản)"); not "(VNeID)". */
    private static final Pattern UNIT_IN_NAME = Pattern.compile("(?u)\\(\\s*(\\p{Ll}[\\p{Ll}\\p{M} ]{0,18}?)\\s*\\)\\s*$");

    private static String unitInName(String name) {
        Matcher m = UNIT_IN_NAME.matcher(name);
        return m.find() ? m.group(1) : "";
    }

    /**
     * ACTUAL or TARGET when the words before a figure end with a report's column ({@link #PLAN_LABEL}), else null.
     *
     * @param besidePlan whether the figure before was named by the plan's column
     */
    private static String columnLabel(String before, boolean besidePlan) {
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        // "(đạt 45%, kế hoạch 60%) và ... (đạt 72%, kế hoạch 80%)": beside a plan's figure, "đạt" opens the result's
        if (!tail.contains("hiện") && !tail.contains("hoạch") && !tail.contains("tiêu") && !tail.contains("TH")
                && !tail.contains("KH") && !(besidePlan && tail.contains("đạt"))) {
            return null; // most figures: decided without a regex
        }
        Matcher result = RESULT_LABEL.matcher(tail);
        if (result.find() && (besidePlan || result.group(1) != null)) {
            return Statement.ACTUAL;
        }
        return PLAN_LABEL.matcher(tail).find() ? Statement.TARGET : null;
    }

    /** The section decides; explicit cues in the clause override (a target sentence inside a results part). */
    static String kind(String mode, String clause) {
        boolean target = TARGET_CUE_WORDS.in(clause);
        boolean actual = ACTUAL_CUE_WORDS.in(clause);
        if (Statement.ACTUAL.equals(mode)) {
            return target && !actual ? Statement.TARGET : Statement.ACTUAL;
        }
        return actual && !target && RESULT_CUE.matcher(clause).matches() ? Statement.ACTUAL
                : Statement.TARGET;
    }

    private static String subject(String sentence, int from, QuantityScanner.Quantity qty, int to) {
        String before = sentence.substring(from, qty.start());
        int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
        if (cut >= 0 && before.length() - cut > 12) {
            before = before.substring(cut + 1);
        }
        String after = sentence.substring(qty.end(), to);
        // the words after a figure end with its clause: "... 100% trên không gian số; kinh tế số chiếm ..." is not its
        int semicolon = after.indexOf(';');
        after = semicolon >= 0 ? after.substring(0, semicolon) : after;
        int close = after.isBlank() || !after.strip().equals("(") ? -1 : sentence.indexOf(')', to);
        if (close > 0) {
            // "100% (21/21 xã, phường) có Tổ công nghệ số cộng đồng": the concept follows the bracket
            int stop = sentence.indexOf(';', close);
            after = sentence.substring(close + 1, stop < 0 ? sentence.length() : stop);
        }
        String s = VnText.clean(tail(before, 14) + " " + head(after, 24));
        return s.replaceAll("^[-+*•,;:.\\s]+", "");
    }

    private static String tail(String s, int words) {
        String[] w = VnText.clean(s).split(" ");
        return String.join(" ", Arrays.copyOfRange(w, Math.max(0, w.length - words), w.length));
    }

    private static String head(String s, int words) {
        String[] w = VnText.clean(s).split(" ");
        return String.join(" ", Arrays.copyOfRange(w, 0, Math.min(words, w.length)));
    }

    /** A sentence up to this length is quoted whole: the cue that makes a figure a target often opens it. */
    static final int WHOLE_SENTENCE = 300;

    /**
     * The statement's sentence, whole when it is short enough to read; else the words around the figure (140
     * characters before, 160 after, cut between words) with an ellipsis where the sentence goes on.
     */
    static String quote(String sentence, QuantityScanner.Quantity q) {
        int from = 0;
        int to = sentence.length();
        if (sentence.length() > WHOLE_SENTENCE) {
            from = Math.max(0, q.start() - 140);
            to = Math.min(sentence.length(), q.end() + 160);
            while (from > 0 && from < q.start() && sentence.charAt(from - 1) != ' ') {
                from++;
            }
            while (to < sentence.length() && to > q.end() && sentence.charAt(to - 1) != ' ') {
                to--;
            }
        }
        // a quote is the statement's words: list bullets are layout, not text
        String words = sentence.substring(from, to).trim().replaceFirst("^[-+*•–]\\s*", "");
        return (from > 0 ? "…" : "") + words + (to < sentence.length() ? "…" : "");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
