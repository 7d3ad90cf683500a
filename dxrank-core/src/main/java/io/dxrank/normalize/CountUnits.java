package io.dxrank.normalize;

import io.dxrank.core.VnText;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a count's own unit word says it counts, as the catalog's units: "2.156 thủ tục" counts procedures (or the
 * dossiers of them), "01 điểm" points, "150 tài khoản" accounts. A count maps to a catalog indicator only when its
 * word can count what the indicator counts ("2.156 thủ tục hành chính" is no count of e-mail accounts, "01 điểm cố
 * định hỗ trợ" no count of teams); a word not listed here decides nothing.
 */
final class CountUnits {

    /** Folded first words of a count's unit and the catalog units they can count, longest words first. */
    private static final List<Map.Entry<String, Set<String>>> WORDS = List.of(
            Map.entry("tai khoan", Set.of("accounts")),
            Map.entry("tk", Set.of("accounts")),
            Map.entry("hop thu", Set.of("accounts")),
            Map.entry("thu dien tu", Set.of("accounts")),
            Map.entry("thu tuc", Set.of("procedures", "documents")),
            Map.entry("tthc", Set.of("procedures", "documents")),
            Map.entry("dich vu", Set.of("procedures", "documents")),
            Map.entry("dvc", Set.of("procedures", "documents")),
            Map.entry("ho so", Set.of("documents")),
            // households, participations, rounds and programmes are counts of their own ("tiếp cận hơn 1.000 hộ",
            // "hơn 27.200 lượt tập huấn", "03 đợt tập huấn", "31 chương trình, kế hoạch"): none is a count of teams
            Map.entry("ho", Set.of("households")),
            Map.entry("luot", Set.of("people")),
            Map.entry("dot", Set.of("sessions")),
            Map.entry("chuong trinh", Set.of("documents")),
            Map.entry("ke hoach", Set.of("documents")),
            Map.entry("van ban", Set.of("documents")),
            Map.entry("chu ky", Set.of("signatures")),
            Map.entry("chung thu", Set.of("signatures")),
            Map.entry("camera", Set.of("devices")),
            Map.entry("thiet bi", Set.of("devices")),
            Map.entry("mat", Set.of("devices")),
            Map.entry("tram", Set.of("stations")),
            Map.entry("nhom", Set.of("groups")),
            Map.entry("tin", Set.of("posts")),
            Map.entry("bai", Set.of("posts")),
            Map.entry("lop", Set.of("sessions")),
            Map.entry("khoa", Set.of("sessions")),
            Map.entry("diem", Set.of("points")),
            // "110 tổ dân phố" counts residential groups, places where teams were set up, not the teams
            Map.entry("to dan pho", Set.of("places")),
            Map.entry("to", Set.of("teams")),
            // items and models of anything: the catalog counts none of them ("8 hạng mục thanh toán không dùng tiền mặt")
            Map.entry("hang muc", Set.of()),
            Map.entry("mo hinh", Set.of()),
            // products ("85 sản phẩm OCOP được đưa lên sàn"): no count of the households or firms that sell them
            Map.entry("san pham", Set.of()),
            // an amount of money counts nothing the catalog counts ("đầu tư 80 triệu đồng lắp camera" is no 80 cameras)
            Map.entry("ty dong", Set.of()),
            Map.entry("trieu dong", Set.of()),
            Map.entry("nghin dong", Set.of()),
            Map.entry("ngan dong", Set.of()));

    private CountUnits() {
    }

    /** False when the count's unit word names something other than what a catalog count in {@code unit} counts. */
    static boolean fits(String indicatorUnit, String countUnit) {
        if (countUnit == null || indicatorUnit == null) {
            return true;
        }
        String folded = VnText.fold(countUnit).strip();
        for (Map.Entry<String, Set<String>> e : WORDS) {
            String word = e.getKey();
            if (folded.equals(word) || folded.startsWith(word + " ") || folded.startsWith(word + ",")) {
                return e.getValue().contains(indicatorUnit);
            }
        }
        return true;
    }
}
