package io.dxrank.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/** Synthetic localities with Vietnamese names, for chart and report tests at any size. */
final class ChartFixtures {

    static final String[] NAMES = {"Xã Tĩnh Hải", "Phường Đồng Xuân", "Thị trấn Ứng Hòa", "Xã Ỷ La",
        "Phường Quỳnh Lưu", "Xã Khánh Sơn", "Huyện Thạch Hà", "Xã Hoàng Phú"};

    private ChartFixtures() {
    }

    static String name(int i) {
        return NAMES[i % NAMES.length] + (i < NAMES.length ? "" : " " + (i / NAMES.length));
    }

    /** A ranking of n localities, best (highest) first, with levels alternating xa/phuong. */
    static List<RankedValue> ranking(int n, String quote) {
        List<RankedValue> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new RankedValue("records_online", "Hồ sơ xử lý trên môi trường mạng", 2024, "2024", "actual",
                    "commune", "L" + i, name(i), i % 2 == 0 ? "xa" : "phuong", 100.0 - i * 50.0 / n, i + 1, n,
                    "percent", "plan_" + i + ".txt", 10 + i, quote, n == 1 ? 100 : 100.0 * (n - 1 - i) / (n - 1)));
        }
        return out;
    }

    static List<CompositeEntry> composite(int n, int year) {
        List<CompositeEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> pillars = new LinkedHashMap<>();
            pillars.put("government", 90.0 - i * 40.0 / n);
            pillars.put("society", 70.0 - i * 30.0 / n);
            pillars.put("data", 50.0);
            out.add(new CompositeEntry("L" + i, name(i), year, "actual", "commune", 70 - i * 35.0 / n, i + 1, pillars,
                    i == 0 ? null : Math.max(1.0, i - 1.0), i + 2.0));
        }
        return out;
    }

    static List<TrendPoint> trends(int localities) {
        List<TrendPoint> out = new ArrayList<>();
        for (int i = 0; i < localities; i++) {
            for (int year = 2022; year <= 2025; year++) {
                double target = 60 + 10 * (year - 2022);
                double actual = target - 5 + i % 10;
                out.add(new TrendPoint("L" + i, name(i), "records_online", year, actual, target, actual >= target));
            }
        }
        return out;
    }

    static Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("government", 0.5);
        w.put("society", 0.25);
        w.put("data", 0.25);
        return w;
    }

    /** A quote an attacker could put into a plan. */
    static final String HOSTILE_QUOTE = "Tỷ lệ <script>alert('x')</script> & \"99,9 %\"";

    /**
     * A small report: two charted indicators in two pillars out of three with data, a ranking of 12 localities
     * whose first value carries {@link #HOSTILE_QUOTE}, composites of two years, trends and targets.
     */
    static ReportData report() {
        List<RankedValue> rankings = new ArrayList<>();
        List<RankedValue> first = ranking(12, "quote");
        rankings.add(new RankedValue("records_online", "Hồ sơ xử lý trên môi trường mạng", 2024, "2024", "actual",
                "commune", "L0", name(0), "xa", 100, 1, 12, "percent", "plan_0.txt", 10, HOSTILE_QUOTE, 100));
        rankings.addAll(first.subList(1, first.size()));
        for (RankedValue v : ranking(4, "Có 4 người")) {
            rankings.add(new RankedValue("payment_accounts", "Người dân có tài khoản thanh toán", v.year(),
                    v.period(), "target", v.levelGroup(), v.localityId(), v.localityName(), v.level(), v.value(),
                    v.rank(), v.n(), v.unit(), v.sourceFile(), v.sourceLine(), v.quote(), v.percentile()));
        }
        List<CompositeEntry> composite = new ArrayList<>(composite(12, 2023));
        List<CompositeEntry> later = composite(12, 2024);
        for (int i = 0; i < later.size(); i++) {
            // same scores and ranks as 2023, localities in reverse order
            CompositeEntry who = later.get(later.size() - 1 - i);
            CompositeEntry e = later.get(i);
            composite.add(new CompositeEntry(who.localityId(), who.localityName(), 2024, e.kind(), e.levelGroup(),
                    e.score(), e.rank(), e.pillarScores(), e.rankP05(), e.rankP95()));
        }
        List<IndicatorInfo> indicators = List.of(
                new IndicatorInfo("records_online", "Hồ sơ xử lý trên môi trường mạng", "government", "percent",
                        90.0, 12),
                new IndicatorInfo("payment_accounts", "Người dân có tài khoản thanh toán", "society", "percent",
                        null, 4));
        Map<String, List<Ambition.Year>> targets = Map.of("records_online", List.of(
                new Ambition.Year("commune", 2023, 70, 70, 70, 1, null),
                new Ambition.Year("commune", 2025, 90, 80, 100, 3, 60.0),
                new Ambition.Year("all", 2025, 90, 80, 100, 3, 60.0)));
        // L0's composite fell 2023 -> 2024: seven parts, the largest its peers' rise on records online
        List<ScoreChangePart> why = new ArrayList<>();
        why.add(new ScoreChangePart("L0", "actual", "commune", 2024, 2023, "records_online", "government", "peers", -6.5,
                -8.0));
        for (int i = 0; i < 6; i++) {
            why.add(new ScoreChangePart("L0", "actual", "commune", 2024, 2023, "x" + i, "society",
                    i % 2 == 0 ? "value" : "coverage", -0.25, -8.0));
        }
        // L0 on its way to the communes' 2025 target for records online: on track, reaching it in 2025
        List<TrackEntry> track = List.of(new TrackEntry("L0", "records_online", "commune", 60, 2025, "on_track", 2024,
                55.0, 2025, 2025, 70.0));
        return new ReportData(12, indicators, 3, rankings, composite, weights(), trends(6), targets, "../out",
                Lineage.NONE, Map.of("L0", why), Map.of("L0", track), Map.of("implausible_jump", 2L));
    }

    /** Reads an image back and fails unless it is width x height and drawn with many colours. */
    static BufferedImage readImage(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new AssertionError(file + " is not a readable image");
        }
        return image;
    }

    /** Share of pixels that are not white, and how many distinct colours there are. */
    static String inkSummary(BufferedImage image) {
        return String.format(Locale.ROOT, "ink %.3f, colours %d", ink(image), colours(image));
    }

    static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
