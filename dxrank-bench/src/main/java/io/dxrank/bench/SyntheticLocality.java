package io.dxrank.bench;

import io.dxrank.core.VnText;

import java.util.Locale;

/**
 * One locality of the synthetic country: its level code (as the extractor writes it: tinh, huyen, thi_xa,
 * thanh_pho, xa, phuong, thi_tran), name, parent district (communes only) and province.
 */
record SyntheticLocality(int index, String id, String level, String name, SyntheticLocality parent,
                         String province, long population) {

    /** The level word as written before the name: "xã", "thị trấn", "huyện"... */
    String levelWord() {
        return switch (level) {
            case "tinh" -> "tỉnh";
            case "huyen" -> "huyện";
            case "thi_xa" -> "thị xã";
            case "thanh_pho" -> "thành phố";
            case "xa" -> "xã";
            case "phuong" -> "phường";
            case "thi_tran" -> "thị trấn";
            default -> throw new IllegalStateException("unknown level " + level);
        };
    }

    /** "xã Phú Lâm". */
    String fullName() {
        return levelWord() + " " + name;
    }

    /** "XÃ PHÚ LÂM" for the header block. */
    String upperName() {
        return fullName().toUpperCase(new Locale("vi"));
    }

    boolean isCommune() {
        return level.equals("xa") || level.equals("phuong") || level.equals("thi_tran");
    }

    boolean isProvince() {
        return level.equals("tinh");
    }

    /** Scale of count indicators: a province reports far more trainings and articles than a commune. */
    double scale() {
        return isProvince() ? 40 : isCommune() ? 1 : 6;
    }

    static String idOf(String province, String district, String level, String name) {
        return String.join("-", "syn", VnText.slug(province), district == null ? "na" : VnText.slug(district),
                level, VnText.slug(name));
    }
}
