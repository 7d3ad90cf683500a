package io.dxrank.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Picks a font that can display Vietnamese (every letter with its tone marks). DejaVu Sans travels inside the jar
 * (resources io/dxrank/charts/fonts, Bitstream Vera licence), so charts read the same on a machine or a cluster
 * node without fonts; the logical "SansSerif" font is the last resort.
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
        static final String FAMILY = pick(registerBundled().getAvailableFontFamilyNames(Locale.ROOT));
    }

    private static final List<String> BUNDLED = List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf");

    /** Registers the bundled fonts; an installed font of the same name stays (registerFont then says false). */
    private static GraphicsEnvironment registerBundled() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String resource : BUNDLED) {
            try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
                if (in != null) {
                    environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            } catch (IOException | FontFormatException e) {
                // a damaged jar: the installed fonts or SansSerif still draw the chart
            }
        }
        return environment;
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
