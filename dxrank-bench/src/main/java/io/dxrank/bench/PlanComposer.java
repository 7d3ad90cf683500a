package io.dxrank.bench;

import io.dxrank.bench.Phrasing.Frame;
import io.dxrank.bench.PlanDocument.Para;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one locality's plan for one year in the frame every plan follows: the committee's header and title,
 * the documents it implements, Part I (last year's results per pillar, shortcomings), Part II (general and
 * specific targets, tasks per pillar, solutions, funding, organisation), the closing, and sometimes an
 * appendix table of targets. Every figure it writes becomes a {@link TruthRow}.
 */
final class PlanComposer {

    private static final String[][] PILLAR_HEADINGS = {
        {"awareness", "Nhận thức số", "Về nhận thức số", "Chuyển đổi nhận thức"},
        {"institution", "Thể chế số", "Về thể chế số", "Kiến tạo thể chế"},
        {"infrastructure", "Hạ tầng số", "Về hạ tầng số", "Phát triển hạ tầng số"},
        {"data", "Dữ liệu số", "Về dữ liệu số", "Phát triển dữ liệu số"},
        {"platform", "Nền tảng số", "Về nền tảng số", "Phát triển nền tảng số"},
        {"workforce", "Nhân lực số", "Về nhân lực số", "Phát triển nhân lực số"},
        {"security", "An toàn thông tin mạng", "Về an toàn thông tin mạng", "Bảo đảm an toàn thông tin mạng"},
        {"government", "Chính quyền số", "Về chính quyền số", "Phát triển chính quyền số"},
        {"economy", "Kinh tế số", "Về kinh tế số", "Phát triển kinh tế số"},
        {"society", "Xã hội số", "Về xã hội số", "Phát triển xã hội số"},
    };

    private static final List<String> TASK_VERBS = List.of("Tiếp tục", "Đẩy mạnh", "Tổ chức", "Triển khai",
            "Duy trì", "Tăng cường", "Rà soát", "Nâng cao chất lượng");

    private static final List<String> AGENCIES = List.of("Văn phòng HĐND và UBND", "Công an", "Phòng Kinh tế",
            "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công", "Trạm Y tế", "Các trường học",
            "Bưu điện văn hóa", "Đoàn Thanh niên");

    private final SplittableRandom r;
    private final PlanContext ctx;
    private final SyntheticLocality loc;
    private final int year;
    private final Map<String, Trajectory> trajectories;
    private final List<IndicatorSpec> specs;
    private final PlanDocument doc;
    private final int fillerPerSlot;
    /** Characters to reach (UTF-8 Vietnamese is ~1.28 bytes a character): the solutions section fills up. */
    private final int targetChars;

    private PlanComposer(SyntheticLocality loc, int year, List<IndicatorSpec> specs,
                         Map<String, Trajectory> trajectories, long seed) {
        this.r = new SplittableRandom(Seeds.mix(seed, loc.id(), Integer.toString(year)));
        this.loc = loc;
        this.year = year;
        this.ctx = new PlanContext(loc, year);
        this.specs = specs;
        this.trajectories = trajectories;
        int roll = r.nextInt(100);
        PlanDocument.Layout layout = roll < 45 ? PlanDocument.Layout.WRAPPED
                : roll < 75 ? PlanDocument.Layout.PDF_TEXT : PlanDocument.Layout.PARAGRAPH_PER_LINE;
        this.doc = new PlanDocument(layout, 68 + r.nextInt(18));
        // 25-60 KB in UTF-8: about 19,000-46,000 characters, most of them filler sentences of ~110 characters
        this.targetChars = 20_400 + r.nextInt(23_000);
        this.fillerPerSlot = Math.max(1, (targetChars - 7_000) * 6 / 10 / 110 / 38);
    }

    /** The plan of {@code loc} for {@code year}. */
    static PlanDocument compose(SyntheticLocality loc, int year, List<IndicatorSpec> specs,
                                Map<String, Trajectory> trajectories, long seed) {
        return new PlanComposer(loc, year, specs, trajectories, seed).write();
    }

    private PlanDocument write() {
        boolean hasResults = r.nextInt(100) < 85;
        boolean hasTable = r.nextInt(100) < 40;
        List<IndicatorSpec> actuals = new ArrayList<>();
        List<IndicatorSpec> targets = new ArrayList<>();
        for (IndicatorSpec s : specs) {
            if (r.nextInt(100) < 55) {
                actuals.add(s);
            }
            if (r.nextInt(100) < 60) {
                targets.add(s);
            }
        }
        header();
        if (hasResults) {
            resultsPart(actuals);
        }
        targetsPart(targets, hasResults);
        closing();
        if (hasTable) {
            appendix(targets, hasResults);
        }
        return doc;
    }

    private void header() {
        String committee = "ỦY BAN NHÂN DÂN";
        String pad = " ".repeat(6 + r.nextInt(10));
        if (loc.isCommune()) {
            doc.line(("UBND " + loc.parent().upperName()), List.of());
        }
        doc.line(committee + pad + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", List.of());
        doc.line(loc.upperName() + pad + "Độc lập - Tự do - Hạnh phúc", List.of());
        doc.blank();
        doc.line("Số: " + (1 + r.nextInt(400)) + "/KH-UBND" + pad + loc.name() + ", ngày " + (1 + r.nextInt(28))
                + " tháng " + (10 + r.nextInt(3)) + " năm " + (year - 1), List.of());
        doc.blank();
        doc.heading("KẾ HOẠCH");
        String onArea = r.nextBoolean() ? "trên địa bàn " : "";
        doc.heading("Chuyển đổi số " + onArea + loc.fullName() + " năm " + year);
        Para p = new Para().text("Thực hiện Kế hoạch số " + (1 + r.nextInt(900)) + "/KH-UBND ngày "
                + PlanContext.date(r, year - 1) + " của " + ctx.parentOrg() + " về chuyển đổi số "
                + (loc.isProvince() ? "quốc gia" : loc.isCommune() ? "trên địa bàn " + loc.parent().fullName()
                : "tỉnh " + loc.province()) + " năm " + year + "; căn cứ tình hình thực tế, UBND " + loc.fullName()
                + " xây dựng Kế hoạch chuyển đổi số năm " + year + ", cụ thể như sau:");
        doc.paragraph(p);
    }

    private void resultsPart(List<IndicatorSpec> actuals) {
        int py = year - 1;
        switch (r.nextInt(3)) {
            case 0 -> doc.heading("PHẦN I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM " + py);
            case 1 -> {
                doc.heading("Phần I");
                doc.heading("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM " + py);
            }
            default -> doc.heading("PHẦN I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM " + py);
        }
        doc.heading("I. ĐÁNH GIÁ CHUNG");
        filler(null, 2);
        doc.heading(r.nextBoolean() ? "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ NĂM " + py
                : "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ");
        Map<String, List<IndicatorSpec>> byPillar = byPillar(actuals);
        int n = 0;
        for (String[] heading : PILLAR_HEADINGS) {
            List<IndicatorSpec> here = byPillar.getOrDefault(heading[0], List.of());
            if (here.isEmpty() && r.nextInt(3) == 0) {
                continue;
            }
            n++;
            doc.heading(n + ". " + heading[1 + r.nextInt(3)]);
            boolean sub = r.nextInt(3) == 0;
            if (sub) {
                doc.heading("a) Kết quả đạt được:");
            }
            filler(heading[0], 1);
            for (IndicatorSpec spec : here) {
                actualStatement(spec, py);
            }
            if (sub) {
                doc.heading("b) Tồn tại, hạn chế:");
                filler(heading[0], 1);
            }
        }
        doc.heading("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
        filler(null, 2);
    }

    private void actualStatement(IndicatorSpec spec, int py) {
        double value = trajectories.get(spec.code()).actual(py);
        String subject = Prose.pick(r, spec.subjects());
        Para p = new Para();
        boolean bullet = r.nextInt(3) == 0;
        if (bullet) {
            p.text("-");
        } else if (r.nextBoolean()) {
            p.text(Prose.sentence(r, spec.pillar(), ctx));
        }
        Frame f;
        if (spec.percent()) {
            f = pickFor(Phrasing.PERCENT_ACTUAL, value);
        } else if (spec.label() != null && r.nextInt(4) == 0) {
            f = Phrasing.COUNT_LABELLED;
        } else {
            f = Prose.pick(r, Phrasing.COUNT_ACTUAL);
        }
        if (f == Phrasing.COUNT_LABELLED) {
            // "Số lớp tập huấn kỹ năng số năm 2023: 04." names the year; the figure stands alone
            frame(p, f, spec, subject, Phrasing.countText(value, r), row("actual", py, value, spec, f), null, null);
        } else {
            String text = spec.percent() ? Phrasing.percentText(value, r) : Phrasing.countText(value, r) + " " + spec.unit();
            frame(p, f, spec, subject, text, row("actual", py, value, spec, f), null, null);
        }
        if (!bullet && r.nextBoolean()) {
            p.text(Prose.sentence(r, spec.pillar(), ctx));
        }
        doc.paragraph(p);
    }

    private void targetsPart(List<IndicatorSpec> targets, boolean hasResults) {
        if (hasResults) {
            doc.heading(r.nextBoolean() ? "PHẦN II. KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM " + year
                    : "PHẦN II. MỤC TIÊU, NHIỆM VỤ NĂM " + year);
        }
        doc.heading("I. MỤC TIÊU");
        doc.heading("1. Mục tiêu chung");
        filler(null, 2);
        doc.heading("2. Mục tiêu cụ thể");
        List<IndicatorSpec> inGoals = new ArrayList<>();
        List<IndicatorSpec> inTasks = new ArrayList<>();
        for (IndicatorSpec s : targets) {
            (s.percent() || r.nextInt(4) == 0 ? inGoals : inTasks).add(s);
        }
        for (IndicatorSpec spec : inGoals) {
            targetStatement(spec, true);
        }
        doc.heading("II. NHIỆM VỤ" + (r.nextBoolean() ? " TRỌNG TÂM" : ""));
        Map<String, List<IndicatorSpec>> byPillar = byPillar(inTasks);
        for (int i = 0; i < PILLAR_HEADINGS.length; i++) {
            String[] heading = PILLAR_HEADINGS[i];
            doc.heading((i + 1) + ". " + heading[1 + r.nextInt(3)]);
            taskBullets(heading[0]);
            for (IndicatorSpec spec : byPillar.getOrDefault(heading[0], List.of())) {
                targetStatement(spec, false);
            }
        }
        doc.heading("III. GIẢI PHÁP");
        filler(null, 2);
        int rest = 2_500 + (targets.size() + 2) * 90;
        while (doc.size() < targetChars - rest) {
            filler(PILLAR_HEADINGS[r.nextInt(PILLAR_HEADINGS.length)][0], 1);
        }
        doc.heading("IV. KINH PHÍ THỰC HIỆN");
        doc.paragraph(new Para().text("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách " + loc.levelWord()
                + " trong dự toán năm " + year + " và các nguồn hợp pháp khác theo quy định."));
        doc.heading("V. TỔ CHỨC THỰC HIỆN");
        int agencies = 3 + r.nextInt(4);
        for (int i = 0; i < agencies; i++) {
            doc.heading((i + 1) + ". " + AGENCIES.get((i + r.nextInt(3)) % AGENCIES.size()));
            filler(null, 1);
        }
    }

    private void targetStatement(IndicatorSpec spec, boolean bulletList) {
        double value = trajectories.get(spec.code()).target(year);
        String subject = Prose.pick(r, spec.subjects());
        Para p = new Para();
        if (bulletList || r.nextBoolean()) {
            p.text("-");
        }
        int roll = r.nextInt(100);
        if (spec.percent() && roll < 6) {
            Frame f = roll < 4 ? Phrasing.PERCENT_PAIR : Phrasing.PERCENT_PAIR_NOW;
            double previous = trajectories.get(spec.code()).actual(year - 1);
            frame(p, f, spec, subject, Phrasing.percentText(value, r), row("target", year, value, spec, f),
                    Phrasing.percentText(previous, r), row("actual", year - 1, previous, spec, f));
        } else if (spec.percent() && roll < 10 && year < 2030) {
            Frame f = Phrasing.PERCENT_HORIZON;
            int horizon = year + 1 + r.nextInt(2);
            double later = Math.min(100, value + 5 * (horizon - year));
            Frame withYear = new Frame(f.id(), f.text().replace("{h}", Integer.toString(horizon)), f.comparator());
            frame(p, withYear, spec, subject, Phrasing.percentText(later, r), row("target", horizon, later, spec, f),
                    null, null);
        } else if (spec.percent()) {
            Frame f = pickFor(Phrasing.PERCENT_TARGET, value);
            frame(p, f, spec, subject, Phrasing.percentText(value, r), row("target", year, value, spec, f), null, null);
        } else {
            Frame f = Prose.pick(r, Phrasing.COUNT_TARGET);
            frame(p, f, spec, subject, Phrasing.countText(value, r) + " " + spec.unit(),
                    row("target", year, value, spec, f), null, null);
        }
        doc.paragraph(p);
    }

    private void taskBullets(String pillar) {
        int n = 1 + r.nextInt(Math.max(1, fillerPerSlot));
        for (int i = 0; i < n; i++) {
            String core = Prose.sentence(r, pillar, ctx);
            doc.paragraph(new Para().text("- " + Prose.pick(r, TASK_VERBS) + " " + lowerFirst(core)));
        }
    }

    private void closing() {
        doc.paragraph(new Para().text("Trên đây là Kế hoạch chuyển đổi số năm " + year + " của UBND "
                + loc.fullName() + ". Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, "
                + "đơn vị kịp thời báo cáo UBND " + loc.levelWord() + " để xem xét, chỉ đạo./."));
        doc.line("Nơi nhận:", List.of());
        doc.line("- " + ctx.parentOrg() + ";", List.of());
        doc.line("- Lưu: VT.", List.of());
        doc.line("TM. ỦY BAN NHÂN DÂN", List.of());
        doc.line("CHỦ TỊCH", List.of());
        doc.blank();
    }

    /** "PHỤ LỤC" with one row per indicator: the target, and with a results part sometimes last year's result. */
    private void appendix(List<IndicatorSpec> targets, boolean hasResults) {
        doc.heading("PHỤ LỤC");
        doc.heading("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM " + year + " CỦA " + loc.upperName());
        boolean withActual = hasResults && r.nextBoolean();
        doc.line("TT\tNội dung chỉ tiêu\tĐơn vị tính\t" + (withActual ? "Thực hiện năm " + (year - 1) + "\t" : "")
                + "Mức đạt năm " + year + "\tĐơn vị phụ trách", List.of());
        int n = 0;
        for (IndicatorSpec spec : targets) {
            if (r.nextInt(3) == 0) {
                continue;
            }
            n++;
            Trajectory t = trajectories.get(spec.code());
            String unitCell = spec.percent() ? "%" : spec.unit();
            List<TruthRow> rows = new ArrayList<>();
            StringBuilder line = new StringBuilder().append(n).append('\t').append(spec.tableName()).append('\t')
                    .append(unitCell).append('\t');
            if (withActual) {
                double a = t.actual(year - 1);
                String cell = cell(a, spec);
                line.append(cell).append('\t');
                rows.add(new TruthRow(0, "actual", year - 1, a, spec.unit(), spec.code(), "eq", "table", "table",
                        cell));
            }
            double v = t.target(year);
            String cell = cell(v, spec);
            line.append(cell).append('\t').append(Prose.pick(r, AGENCIES));
            rows.add(new TruthRow(0, "target", year, v, spec.unit(), spec.code(), "eq", "table", "table", cell));
            doc.line(line.toString(), rows);
        }
        doc.blank();
    }

    private String cell(double v, IndicatorSpec spec) {
        return spec.percent() ? TruthRow.number(v).replace('.', ',') : Phrasing.countText(v, r);
    }

    /** A frame for a percentage; "trên 100%" says nothing, so 100% never gets a "more than" frame. */
    private Frame pickFor(List<Frame> frames, double value) {
        Frame f = Prose.pick(r, frames);
        while (value >= 100 && f.comparator().equals("gt")) {
            f = Prose.pick(r, frames);
        }
        return f;
    }

    private TruthRow row(String kind, int y, double value, IndicatorSpec spec, Frame f) {
        return new TruthRow(0, kind, y, value, spec.unit(), spec.code(), f.comparator(), "prose", f.id(), "");
    }

    /** Writes a frame into the paragraph: text, the figure {v} (and {w}) with their truth rows. */
    private void frame(Para p, Frame f, IndicatorSpec spec, String subject, String vText, TruthRow vRow,
                       String wText, TruthRow wRow) {
        String verb = Phrasing.verb(r, spec.code());
        String text = f.text().replace("{s}", subject).replace("{S}", Prose.capitalize(subject))
                .replace("{py}", Integer.toString(year - 1)).replace("{y}", Integer.toString(year))
                .replace("{verb}", verb).replace("{Verb}", Prose.capitalize(verb))
                .replace("{Loc}", "UBND " + loc.fullName())
                .replace("{label}", spec.label() == null ? "" : spec.label());
        int at = 0;
        while (at < text.length()) {
            int v = text.indexOf("{v}", at);
            int w = text.indexOf("{w}", at);
            int next = v < 0 ? w : w < 0 ? v : Math.min(v, w);
            if (next < 0) {
                appendText(p, text.substring(at), at > 0);
                break;
            }
            appendText(p, text.substring(at, next), at > 0);
            boolean isV = next == v;
            String figure = isV ? vText : wText;
            TruthRow row = isV ? vRow : wRow;
            p.figure(figure, new TruthRow(0, row.kind(), row.year(), row.value(), row.unit(), row.indicatorCode(),
                    row.comparator(), row.source(), row.template(), figure));
            at = next + 3;
        }
    }

    /** Text after a figure may start with punctuation that belongs to it ("95%." / "95%,"). */
    private static void appendText(Para p, String s, boolean afterFigure) {
        if (s.isEmpty()) {
            return;
        }
        if (afterFigure && !Character.isWhitespace(s.charAt(0))) {
            int space = s.indexOf(' ');
            p.punct(space < 0 ? s : s.substring(0, space));
            if (space >= 0) {
                p.text(s.substring(space + 1));
            }
        } else {
            p.text(s);
        }
    }

    private void filler(String pillar, int paragraphs) {
        for (int i = 0; i < paragraphs; i++) {
            int sentences = Math.max(1, fillerPerSlot / paragraphs + r.nextInt(3) - 1);
            doc.paragraph(new Para().text(Prose.paragraph(r, pillar, ctx, sentences)));
        }
    }

    private static Map<String, List<IndicatorSpec>> byPillar(List<IndicatorSpec> specs) {
        Map<String, List<IndicatorSpec>> out = new LinkedHashMap<>();
        for (IndicatorSpec s : specs) {
            out.computeIfAbsent(s.pillar(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
