package io.dxrank.bench;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sentence frames for statements. {s} is the indicator's subject ({S} capitalised), {v} the figure, {w} a
 * second figure, {py} the results year, {y} the plan year, {h} a later horizon year, {verb} a count verb.
 * Each frame has an id written to the truth, so misses can be traced to a phrasing.
 */
final class Phrasing {

    /** A frame: id, text, comparator of the figure it sets. */
    record Frame(String id, String text, String comparator) {
    }

    static final List<Frame> PERCENT_ACTUAL = List.of(
            new Frame("pa_rate", "Tỷ lệ {s} đạt {v}.", "eq"),
            new Frame("pa_year_rate", "Năm {py}, tỷ lệ {s} đạt {v}.", "eq"),
            new Frame("pa_lead", "{v} {s}.", "eq"),
            new Frame("pa_so_far", "Đến nay, đã có {v} {s}.", "eq"),
            new Frame("pa_result", "Kết quả, {s} đạt tỷ lệ {v}.", "eq"),
            new Frame("pa_as_of", "Tính đến ngày 31/12/{py}, tỷ lệ {s} đạt {v}.", "eq"),
            new Frame("pa_estimate", "Tỷ lệ {s} năm {py} ước đạt {v}.", "eq"),
            new Frame("pa_over", "Đã có trên {v} {s}.", "gt"));

    static final List<Frame> PERCENT_TARGET = List.of(
            new Frame("pt_strive", "Phấn đấu {v} {s}.", "eq"),
            new Frame("pt_min", "Tỷ lệ {s} đạt tối thiểu {v}.", "gte"),
            new Frame("pt_over", "Tỷ lệ {s} đạt trên {v}.", "gt"),
            new Frame("pt_from", "{S} đạt từ {v} trở lên.", "gte"),
            new Frame("pt_at_least", "Ít nhất {v} {s}.", "gte"),
            new Frame("pt_year", "Năm {y}, phấn đấu tỷ lệ {s} đạt {v}.", "eq"),
            new Frame("pt_by_end", "Đến hết năm {y}, {v} {s}.", "eq"),
            new Frame("pt_ensure", "Bảo đảm {v} {s}.", "eq"));

    /** Targets for a later horizon ("đến năm 2025"): the truth's year is the horizon. */
    static final Frame PERCENT_HORIZON = new Frame("pt_horizon", "Phấn đấu đến năm {h}, tỷ lệ {s} đạt {v}.", "eq");

    /** A result and a target in one sentence: the first figure is the result. */
    static final Frame PERCENT_PAIR = new Frame("pp_pair", "Tỷ lệ {s}: năm {py} đã đạt {w}, phấn đấu năm {y} đạt {v}.",
            "eq");

    /** The same pair where only "hiện nay" says the first figure is a result (hard for cue-based extractors). */
    static final Frame PERCENT_PAIR_NOW = new Frame("pp_now", "Hiện nay, tỷ lệ {s} đạt {w}; phấn đấu năm {y} đạt {v}.",
            "eq");

    static final List<Frame> COUNT_ACTUAL = List.of(
            new Frame("ca_year", "Trong năm {py}, đã {verb} {v} {s}.", "eq"),
            new Frame("ca_done", "{Loc} đã {verb} được {v} {s}.", "eq"),
            new Frame("ca_total", "Tổng cộng đã {verb} {v} {s}.", "eq"));

    static final Frame COUNT_LABELLED = new Frame("ca_label", "{label} năm {py}: {v}.", "eq");

    static final List<Frame> COUNT_TARGET = List.of(
            new Frame("ct_min", "{Verb} tối thiểu {v} {s}.", "gte"),
            new Frame("ct_strive", "Phấn đấu {verb} ít nhất {v} {s}.", "gte"),
            new Frame("ct_year", "{Verb} {v} {s} trong năm {y}.", "eq"),
            new Frame("ct_from", "{Verb} từ {v} {s} trở lên.", "gte"));

    static final Map<String, List<String>> VERBS = Map.of(
            "news_posts", List.of("đăng tải", "đăng", "biên tập, phát"),
            "training_sessions", List.of("tổ chức", "mở"),
            "dx_conferences", List.of("tổ chức"),
            "tech_team_members", List.of("kiện toàn", "bổ sung"),
            "accounts_created", List.of("hướng dẫn kích hoạt", "hỗ trợ tạo"),
            "online_applications_count", List.of("tiếp nhận", "giải quyết"),
            "cameras", List.of("lắp đặt", "đưa vào sử dụng"),
            "ecommerce_merchants", List.of("hỗ trợ", "hướng dẫn"));

    private Phrasing() {
    }

    static String verb(SplittableRandom r, String code) {
        return Prose.pick(r, VERBS.getOrDefault(code, List.of("thực hiện")));
    }

    /** "95%", "95 %", "87,5%". */
    static String percentText(double v, SplittableRandom r) {
        String n = v == Math.rint(v) ? Long.toString((long) v) : TruthRow.number(v).replace('.', ',');
        return n + (r.nextInt(5) == 0 ? " %" : "%");
    }

    /** "04", "45", "1.250". */
    static String countText(double v, SplittableRandom r) {
        long n = (long) v;
        if (n < 10 && r.nextBoolean()) {
            return "0" + n;
        }
        if (n >= 1000) {
            return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
        }
        return Long.toString(n);
    }
}
