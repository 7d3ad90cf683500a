package io.dxrank.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;

/**
 * Picks a font that can display Vietnamese (every letter with its tone marks), falling back to the logical
 * "SansSerif" font when none of the preferred families is installed.
 */
public final class ChartFonts {

    /** Letters that exercise every Vietnamese diacritic combination family. */
    public static final String VIETNAMESE_SAMPLE = "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐđăâêôơưĩũ";
    private static final List<String> PREFERRED = List.of("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial");

    private ChartFonts() {
    }

    /** The family charts use; looked up once per JVM (listing installed fonts is slow). */
    public static String family() {
        return Holder.FAMILY;
    }

    private static final class Holder {
        static final String FAMILY = pick(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
    }

    /** The first preferred family among the installed ones that covers Vietnamese, else logical SansSerif. */
    static String pick(String[] installed) {
        for (String want : PREFERRED) {
            for (String have : installed) {
                if (have.equalsIgnoreCase(want) && covers(new Font(have, Font.PLAIN, 12))) {
                    return have;
                }
            }
        }
        return Font.SANS_SERIF;
    }

    public static boolean covers(Font font) {
        return font.canDisplayUpTo(VIETNAMESE_SAMPLE) == -1;
    }

    public static Font font(int style, int size) {
        return new Font(family(), style, size);
    }
}
