package io.dxrank.charts;

import io.dxrank.core.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Every word a person reads in the report and its charts, from one bundle per language
 * (io/dxrank/charts/messages_vi.properties, the default, and messages_en.properties for {@code --lang en}).
 * The report is written by one thread per run; {@link #use} chooses the language before it starts.
 */
public final class ReportText {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";
    public static final List<String> LANGUAGES = List.of(VIETNAMESE, ENGLISH);

    private static final ResourceBundle VI_BUNDLE = load(VIETNAMESE);
    private static final ResourceBundle EN_BUNDLE = load(ENGLISH);
    private static volatile String language = VIETNAMESE;

    private ReportText() {
    }

    /** The language of what is written next: vi or en; anything else is refused. */
    public static void use(String lang) {
        language = checked(lang);
    }

    /** The language code if it is one the report speaks, else an IllegalArgumentException naming the choices. */
    public static String checked(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unknown report language '" + lang + "': expected one of " + LANGUAGES);
        }
        return lang;
    }

    public static String language() {
        return language;
    }

    /** The message {@code key} with its arguments (a java.util.Formatter pattern, locale-neutral). */
    public static String t(String key, Object... args) {
        ResourceBundle bundle = ENGLISH.equals(language) ? EN_BUNDLE : VI_BUNDLE;
        try {
            return String.format(Locale.ROOT, bundle.getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report text '" + key + "' missing for language " + language, e);
        }
    }

    /** A level code in words: "xã", "phường", "thị trấn", ... (in English the code itself, e.g. thi_tran). */
    public static String level(String code) {
        Level l = Level.ofCode(code);
        if (l == null) {
            return code == null ? "" : code;
        }
        return ENGLISH.equals(language) ? l.code() : l.words();
    }

    /** actual or target as the reader says it: "kết quả", "chỉ tiêu". */
    public static String kind(String kind) {
        return "actual".equals(kind) || "target".equals(kind) ? t("kind." + kind) : kind;
    }

    /** A level group: "cấp xã", "mọi cấp", ... */
    public static String group(String group) {
        return List.of("commune", "district", "province", "all", "unknown").contains(group) ? t("group." + group)
                : group;
    }

    /**
     * A unit in words: "accounts" -> "tài khoản"; a count per 1,000 ("accounts per_1000") keeps its suffix in the
     * reader's words; a unit the bundle lacks stays as written.
     */
    public static String unit(String code) {
        if (code == null) {
            return "";
        }
        String base = code;
        String suffix = "";
        if (code.endsWith(" " + PER_1000)) {
            base = code.substring(0, code.length() - PER_1000.length() - 1);
            suffix = "households".equals(base) ? t("unit.per1000Households") : t("unit.per1000");
        }
        try {
            return t("unit." + base) + suffix;
        } catch (IllegalStateException e) {
            return base + suffix;
        }
    }

    /** The marker ReportInputs appends to a unit ranked per 1,000 inhabitants (households for household counts). */
    public static final String PER_1000 = "per_1000";

    /** A pillar's name: "Chính quyền số". */
    public static String pillar(String code) {
        try {
            return t("pillar." + code);
        } catch (IllegalStateException e) {
            return code;
        }
    }

    private static ResourceBundle load(String lang) {
        String resource = "messages_" + lang + ".properties";
        try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report texts missing from the jar: " + resource);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
