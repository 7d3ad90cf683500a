package io.dxrank.extract;

import io.dxrank.core.VnText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The province and district names of Vietnam before and after the 1 July 2025 reform (resources written by
 * scripts/admin-names.py from the GSO register): where a province's name ends in running text, and which province
 * a district belongs to when a document names only its district.
 */
public final class AdminNames {

    /** Dashes and runs of spaces, one space in a name's key (declared before the maps the static block fills). */
    private static final Pattern DASH = Pattern.compile("\\s*[-–]\\s*|\\s+");
    private static final Map<String, String> PROVINCES = new HashMap<>(); // folded name -> display name
    /** The first word of every key of {@link #PROVINCES}: a run of words starting with none names no province. */
    private static final Set<String> PROVINCE_FIRST_WORDS = new HashSet<>();
    private static final Map<String, List<String>> DISTRICT_PROVINCES = new HashMap<>(); // folded district -> provinces
    /** Folded district name -> every district so named: "Vân Ninh" is no "Vạn Ninh", a "huyện" no "thị xã". */
    private static final Map<String, List<District>> DISTRICTS = new HashMap<>();
    /** The same districts by their folded name's letters and digits only: "lagi" for "La Gi". */
    private static final Map<String, List<District>> GLUED_DISTRICTS = new HashMap<>();
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]");

    /** A district of the register: the tone key of its name, its level word and its province. */
    private record District(String tones, String level, String province, String name) {
    }
    private static final Map<String, String> PROVINCE_SLUGS = new HashMap<>(); // "dongthap" -> display name
    private static final Map<String, List<String>> DISTRICT_SLUGS = new HashMap<>(); // "vungtau" -> provinces
    /** Every province's slug, short ones too: a host label that is exactly one ("sonla.gov.vn") names it. */
    private static final Map<String, String> HOST_LABELS = new HashMap<>();
    private static int longestProvinceWords;
    /** Provinces named in one word ("Huế"), as written. */
    private static final List<String> ONE_WORD_PROVINCES = new ArrayList<>();
    private static final List<String> ONE_WORD_VIEW = Collections.unmodifiableList(ONE_WORD_PROVINCES);
    /** A provincial newspaper's code as its articles open ("(GLO) - ", "BDK - "), as written -> its province. */
    private static final Map<String, String> PRESS_CODES = new HashMap<>();

    static {
        for (String[] row : rows("provinces.csv")) {
            PROVINCES.put(key(row[0]), row[0]);
            PROVINCE_FIRST_WORDS.add(key(row[0]).split(" ")[0]);
            String slug = VnText.fold(row[0]).replaceAll("[^a-z]", "");
            if (slug.length() >= 6) { // "hue", "hanoi": too many hosts contain them by chance
                PROVINCE_SLUGS.put(slug, row[0]);
            }
            HOST_LABELS.put(slug, row[0]);
            longestProvinceWords = Math.max(longestProvinceWords, row[0].split("[ \\-]+").length);
            if (!row[0].contains(" ")) {
                ONE_WORD_PROVINCES.add(row[0]);
            }
        }
        for (String[] row : rows("press_codes.csv")) {
            PRESS_CODES.put(row[0], row[1]);
        }
        for (String[] row : rows("districts.csv")) {
            District district = new District(VnText.toneKey(row[0]), row[1], row[2], row[0]);
            DISTRICTS.computeIfAbsent(VnText.fold(row[0]), k -> new ArrayList<>()).add(district);
            GLUED_DISTRICTS.computeIfAbsent(glued(VnText.fold(row[0])), k -> new ArrayList<>()).add(district);
            List<String> provinces = DISTRICT_PROVINCES.computeIfAbsent(VnText.fold(row[0]), k -> new ArrayList<>());
            if (!provinces.contains(row[2])) {
                provinces.add(row[2]);
            }
            String slug = VnText.fold(row[0]).replaceAll("[^a-z]", "");
            if (slug.length() >= 6 && VnText.fold(row[0]).contains(" ")) { // "vungtau", not "ba" or "hue"
                List<String> ofSlug = DISTRICT_SLUGS.computeIfAbsent(slug, k -> new ArrayList<>());
                if (!ofSlug.contains(row[2])) {
                    ofSlug.add(row[2]);
                }
            }
        }
    }

    private AdminNames() {
    }

    /** The province of a provincial newspaper's code ("GLO": Gia Lai), case as written; null for any other word. */
    public static String provinceOfPressCode(String code) {
        return PRESS_CODES.get(code);
    }

    /** The provinces whose name is one word ("Huế"), as the register writes them. */
    public static List<String> oneWordProvinces() {
        return ONE_WORD_VIEW;
    }

    /**
     * Whether a province's name may start with this word, compared as names are looked up: most capitalised words of a
     * text ("Theo", "UBND", "Trong") start none, and {@link #provinceAtStart} need not be asked for them.
     */
    public static boolean mayStartAProvince(String word) {
        return PROVINCE_FIRST_WORDS.contains(key(VnText.clean(word)));
    }

    /** The province's own spelling when {@code name} is a province of either map, else null. */
    public static String province(String name) {
        return name == null ? null : PROVINCES.get(key(name));
    }

    /** "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu" and "Bà Rịa Vũng Tàu" are one name: dashes and the spaces around them do not count. */
    private static String key(String name) {
        String folded = VnText.fold(name.trim()); // spaces already collapsed: only a dash needs the pattern (a hot path)
        return folded.indexOf('-') < 0 && folded.indexOf('–') < 0 ? folded : DASH.matcher(folded).replaceAll(" ");
    }

    /**
     * Whether "thành phố {@code name}" is a province's own city, named like its province ("thành phố Cà Mau" of tỉnh Cà
     * Mau, "TP Thái Nguyên"): a district of the province bears the name. A centrally-run city ("thành phố Cần Thơ",
     * "thành phố Hà Nội") has no such district and is the province itself.
     */
    public static boolean provincialCity(String name) {
        String province = province(name);
        List<String> provinces = name == null ? null : DISTRICT_PROVINCES.get(VnText.fold(name.trim()));
        return province != null && provinces != null && provinces.contains(province);
    }

    /**
     * The longest province name that {@code words} start with ("Quảng Ngãi Đến năm" -> "Quảng Ngãi"), or null.
     */
    public static String provinceAtStart(String words) {
        String[] w = VnText.clean(words).split(" ");
        for (int n = Math.min(w.length, longestProvinceWords + 2); n >= 1; n--) {
            String hit = province(String.join(" ", Arrays.copyOfRange(w, 0, n)));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /**
     * The province a web address names ("baodongthap.com.vn", "nghean.gov.vn", "sonla.gov.vn"): a label of the host
     * that is a province's name written without spaces and accents, else the longest such name the host contains;
     * names shorter than six letters are only taken as a whole label (too many hosts contain "hue" or "hanoi" by
     * chance), null when none.
     */
    public static String provinceInHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String label : h.split("\\.")) {
            if (HOST_LABELS.containsKey(label)) {
                return HOST_LABELS.get(label);
            }
        }
        String best = null;
        int longest = 0;
        for (Map.Entry<String, String> e : PROVINCE_SLUGS.entrySet()) {
            if (e.getKey().length() > longest && h.contains(e.getKey())) {
                best = e.getValue();
                longest = e.getKey().length();
            }
        }
        return best;
    }

    /**
     * The province a file's name names, by a province's or a district's name written with or without spaces
     * ("kh-cds-xa-vinh-hung-vinh-loc.txt", "phuong11_vungtau_2023.txt"); null when it names none or several.
     */
    public static String provinceInWords(List<String> foldedWords) {
        String found = null;
        for (int i = 0; i < foldedWords.size(); i++) {
            for (int n = 1; n <= 3 && i + n <= foldedWords.size(); n++) {
                String spaced = String.join(" ", foldedWords.subList(i, i + n));
                String hit = n > 1 ? PROVINCES.get(spaced) : PROVINCE_SLUGS.get(spaced);
                List<String> ofDistrict = n > 1 ? DISTRICT_PROVINCES.get(spaced) : DISTRICT_SLUGS.get(spaced);
                hit = hit != null ? hit : ofDistrict != null && ofDistrict.size() == 1 ? ofDistrict.get(0) : null;
                if (hit != null && found != null && !found.equals(hit)) {
                    return null;
                }
                found = hit != null ? hit : found;
            }
        }
        return found;
    }

    /**
     * The district of {@code province} that folded words name, spaced or glued ("la gi", "lagi"): its level word and
     * its name as the register writes it, or null when the province has none or several so named.
     */
    public static String[] districtOf(String foldedWords, String province) {
        List<String[]> found = GLUED_DISTRICTS.getOrDefault(glued(foldedWords), List.of()).stream()
                .filter(d -> d.province().equals(province)).map(d -> new String[] {d.level(), d.name()}).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** A folded name's letters and digits only ("la gi", "la-gi" -> "lagi"). */
    private static String glued(String folded) {
        return NOT_A_LETTER.matcher(folded).replaceAll("");
    }

    /** The province of a district name when exactly one province has a district of that name, else null. */
    public static String provinceOfDistrict(String districtName) {
        if (districtName == null) {
            return null;
        }
        String folded = VnText.fold(districtName.trim());
        List<String> provinces = DISTRICT_PROVINCES.get(folded);
        if (provinces != null && provinces.size() > 1 && !folded.equals(districtName.trim().toLowerCase(Locale.ROOT))) {
            // namesakes told apart by the tones as written ("Đông Sơn" is not "Đồng Sơn"); one district of the name is
            // taken whatever its tones, since texts write "Đăk Glei" for the register's "Đắk Glei"
            String tones = VnText.toneKey(districtName.trim());
            provinces = DISTRICTS.get(folded).stream().filter(d -> d.tones().equals(tones)).map(District::province).distinct()
                    .toList();
        }
        return provinces != null && provinces.size() == 1 ? provinces.get(0) : null;
    }

    /** The level word of the one district so named ("huyện", "thị xã", "thành phố", "quận"), null when none or several. */
    public static String districtLevel(String districtName) {
        if (districtName == null) {
            return null;
        }
        List<String> levels = DISTRICTS.getOrDefault(VnText.fold(districtName.trim()), List.of()).stream()
                .map(District::level).distinct().toList();
        return levels.size() == 1 ? levels.get(0) : null;
    }

    /** Whether some province has a district (before the reform) of this name. */
    public static boolean isDistrict(String districtName) {
        return districtName != null && DISTRICT_PROVINCES.containsKey(VnText.fold(districtName.trim()));
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = AdminNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
