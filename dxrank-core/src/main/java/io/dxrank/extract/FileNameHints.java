package io.dxrank.extract;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a document's file name says when its text does not: analysts name their files after the locality and the year
 * ("kh-ha-tang-so-xa-xuan-truc-2023-2025.txt", "c12_da-nang-ho-gia-dinh-internet.txt", "lagi_binhthuan_3nam.txt").
 * Only the name of the file itself is read, never its folders; the text always wins.
 */
final class FileNameHints {

    /** A locality (level code and name without diacritics) and a year read from a file name; parts may be null. */
    record Hint(String level, String name, Integer year) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** Words of a file name that end a locality's name: what the document is, not where. */
    private static final Set<String> NOT_A_NAME = Set.of("kh", "ke", "hoach", "bc", "bao", "cao", "cds", "chuyen", "doi",
            "so", "nam", "ket", "qua", "qd", "quyet", "dinh", "nq", "tt", "tin", "ve", "va", "cua", "tren", "dia", "ban",
            "giai", "doan", "dau", "cuoi", "thang", "quy", "final", "scan", "copy", "draft", "du", "thao", "moi");
    private static final int NAME_WORDS = 4;

    private FileNameHints() {
    }

    /** The words of the file's own name (not its folders, not its extension), folded; none for no name. */
    private static List<String> words(String sourceFile) {
        if (sourceFile == null) {
            return List.of();
        }
        String file = sourceFile.substring(Math.max(sourceFile.lastIndexOf('/'), sourceFile.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        String stem = VnText.fold(dot > 0 ? file.substring(0, dot) : file);
        return Arrays.stream(SEPARATORS.split(stem)).filter(w -> !w.isEmpty()).toList();
    }

    static Hint of(String sourceFile) {
        List<String> words = words(sourceFile);
        Integer year = null;
        for (String w : words) {
            if (YEAR.matcher(w).matches()) {
                year = Integer.valueOf(w); // "2023-2025": the last year a range names
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String level = levelAt(words, i);
            if (level == null) {
                continue;
            }
            int from = i + (level.equals("thi_xa") || level.equals("thi_tran") || level.equals("thanh_pho")
                    && words.get(i).equals("thanh") ? 2 : 1);
            String name = nameFrom(words, from);
            if (name != null) {
                if ("tinh".equals(level) || "thanh_pho".equals(level)) {
                    String province = AdminNames.provinceAtStart(name);
                    if (province != null) {
                        return new Hint("tinh", province, year);
                    }
                }
                return new Hint(level, name, year);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            // a province named without a level word: "da-nang", "quang_ngai", "binhthuan"
            String province = AdminNames.provinceAtStart(String.join(" ", words.subList(i, Math.min(words.size(), i + 3))));
            if (province == null || VnText.fold(province).split(" ").length < 2) {
                String glued = words.get(i).length() >= 5 ? AdminNames.provinceInHost(words.get(i)) : null;
                province = glued != null && VnText.fold(glued).replace(" ", "").equals(words.get(i)) ? glued : null;
            }
            if (province != null) {
                // "lagi_binhthuan", "la-gi-binhthuan": a district of that province named before it, without its level word
                String[] district = districtBefore(words, i, province);
                return district != null ? new Hint(Level.codeOfWords(district[0]), district[1], year) : new Hint("tinh", province, year);
            }
        }
        return new Hint(null, null, year);
    }

    /** The district of {@code province} that the words just before {@code at} name (the longest run first), or null. */
    private static String[] districtBefore(List<String> words, int at, String province) {
        int from = at;
        while (from > 0 && at - from < NAME_WORDS && words.get(from - 1).chars().allMatch(Character::isLetter)
                && !NOT_A_NAME.contains(words.get(from - 1)) && levelAt(words, from - 1) == null) {
            from--;
        }
        for (int start = from; start < at; start++) {
            String[] district = AdminNames.districtOf(String.join(" ", words.subList(start, at)), province);
            if (district != null) {
                return district;
            }
        }
        return null;
    }

    /**
     * The kind of document a file's name says ("kh-cds-2025": a plan; "bc-ket-qua": a report; "qd-giao-chi-tieu": a
     * decision), or null. Read only when the text has no title that says it.
     */
    static String kind(String sourceFile) {
        String stem = " " + String.join(" ", words(sourceFile)) + " ";
        if (stem.contains(" kh ") || stem.contains(" ke hoach ")) {
            boolean multiYear = stem.contains(" giai doan ") || YEAR_RANGE.matcher(stem).find();
            return multiYear ? DocType.MULTI_YEAR_PLAN : DocType.PLAN;
        }
        if (stem.contains(" bc ") || stem.contains(" bao cao ")) {
            return stem.contains(" 6 thang ") || stem.contains(" so ket ") ? DocType.HALF_YEAR_REPORT : DocType.REPORT;
        }
        return stem.contains(" qd ") || stem.contains(" quyet dinh ") || stem.contains(" nq ") ? DocType.DECISION : null;
    }

    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2} (?:19|20)\\d{2}");

    /**
     * The province a file's name names by a province's or a district's name, besides the locality's own name (a
     * commune "Vĩnh Hưng" shares its name with a district of Long An); null when none or several.
     */
    static String province(String sourceFile, String localityName) {
        String stem = " " + String.join(" ", words(sourceFile)) + " ";
        if (localityName != null) {
            String own = VnText.fold(localityName).replaceAll("[^a-z0-9]+", " ").trim();
            stem = stem.replace(" " + own + " ", " ").replace(" " + own.replace(" ", "") + " ", " ");
        }
        return AdminNames.provinceInWords(Arrays.stream(stem.trim().split(" ")).filter(w -> !w.isEmpty()).toList());
    }

    private static String levelAt(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        return switch (w) {
            case "thi" -> next.equals("xa") ? "thi_xa" : next.equals("tran") ? "thi_tran" : null;
            case "thanh" -> next.equals("pho") ? "thanh_pho" : null;
            case "tp" -> "thanh_pho";
            case "tx" -> "thi_xa";
            case "xa" -> "xa";
            case "phuong" -> "phuong";
            case "huyen" -> "huyen";
            case "quan" -> "quan";
            case "tinh" -> "tinh";
            default -> null;
        };
    }

    /** The words of a name from {@code from}: letters only, up to a year, a number or a word of what the file is. */
    private static String nameFrom(List<String> words, int from) {
        StringBuilder name = new StringBuilder();
        int taken = 0;
        for (int i = from; i < words.size() && taken < NAME_WORDS; i++) {
            String w = words.get(i);
            if (!w.chars().allMatch(Character::isLetter) || NOT_A_NAME.contains(w) || levelAt(words, i) != null) {
                break;
            }
            name.append(taken == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            taken++;
        }
        // a numbered ward: "phuong-11"
        if (taken == 0 && from < words.size() && words.get(from).matches("\\d{1,2}")) {
            return words.get(from);
        }
        return taken == 0 ? null : name.toString();
    }
}
