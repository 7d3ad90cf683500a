package io.dxrank.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Vietnamese-looking place names made of two syllables from common place-name syllables, e.g. "Phú Lâm".
 * Unique within one instance, so namesakes never meet inside a province.
 */
final class VietNames {

    private static final List<String> FIRST = List.of(
            "An", "Bình", "Hòa", "Phú", "Tân", "Long", "Xuân", "Hưng", "Đông", "Tây", "Nam", "Bắc", "Trung",
            "Phước", "Vĩnh", "Quang", "Minh", "Thanh", "Hồng", "Kim", "Ngọc", "Gia", "Đại", "Tam", "Cẩm", "Mỹ",
            "Hoằng", "Quảng", "Nghĩa", "Diễn", "Yên", "Lạc", "Thạch", "Đức", "Cao", "Bảo", "Thiệu", "Triệu",
            "Hải", "Liên", "Cát", "Thuận", "Khánh", "Định", "Hà", "Sơn", "Lâm", "Vân", "Hương", "Thọ");
    private static final List<String> SECOND = List.of(
            "Lâm", "Sơn", "Hòa", "Phú", "Lộc", "Thọ", "Hiệp", "Thành", "Lợi", "Hội", "Điền", "Tiến", "Thắng",
            "Hợp", "Quỳnh", "Giang", "Hà", "Châu", "Phong", "Trạch", "Xuyên", "Khê", "Đồng", "Thịnh", "Vượng",
            "Mỹ", "Ninh", "Bình", "An", "Tân", "Long", "Nguyên", "Trường", "Cường", "Dương", "Đạt", "Hưng",
            "Yên", "Lạc", "Hải", "Thủy", "Tường", "Phúc", "Tài", "Hòa", "Lương", "Vinh", "Đoài", "Chánh", "Kỳ");

    private final Set<String> used = new HashSet<>();

    /** Marks a name as taken (a province's own name is not reused for its districts). */
    void reserve(String name) {
        used.add(name);
    }

    /** A fresh name; falls back to a third syllable once two-syllable names run short. */
    String next(SplittableRandom random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String a = FIRST.get(random.nextInt(FIRST.size()));
            String b = SECOND.get(random.nextInt(SECOND.size()));
            String name = attempt < 100 ? a + " " + b : a + " " + b + " " + SECOND.get(random.nextInt(SECOND.size()));
            if (!a.equals(b) && used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("name space exhausted");
    }
}
