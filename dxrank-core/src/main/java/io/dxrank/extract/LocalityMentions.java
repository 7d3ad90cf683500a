package io.dxrank.extract;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locality a document is about when its title does not say it in a plan's words: every "level + name"
 * in the text ("xã Minh Đức", "UBND thành phố Sầm Sơn", "TP Hạ Long", "Phường 11") is a candidate; the one named
 * first and most often wins, an issuer phrase ("UBND", "Đảng ủy", "Ban Chỉ đạo ... của") counting more. Names end
 * where the name ends: the capitalized words after the level word, cut before a function word or a next unit.
 */
final class LocalityMentions {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Set<String> NUMBERED_LEVELS = Set.of("phuong", "quan");
    private static final Pattern NUMBERED = Pattern.compile("[1-9]|II?I?");
    /** Words that start the next unit, with their diacritics: "Xa" ends no name ("xã Bình Xa"), "xã" does. */
    private static final Set<String> UNIT_WORDS = Set.of("xã", "phường", "huyện", "tỉnh", "quận", "ubnd");
    private static final Pattern XA_OR_TRAN = Pattern.compile("xa|tran");
    private static final Pattern NO_VOWEL = Pattern.compile("[^aeiouy]+");
    /** A web address, or a bare Vietnamese domain as a dateline writes it ("(sonla.gov.vn) Hiện tỷ lệ ..."). */
    private static final Pattern HOST = Pattern.compile("(?i)(?:https?://|www\\.)([a-z0-9.-]+)"
            + "|(?<![\\p{L}\\d@./-])([a-z0-9-]{1,40}(?:\\.[a-z0-9-]{1,40}){0,4}\\.vn)(?![\\p{L}\\d-])");
    /** The code a provincial newspaper opens its articles with: "(GLO)- Theo thống kê", "BDK - Năm 2024". */
    private static final Pattern PRESS_CODE = Pattern.compile("^[\\s.]*\\(?([\\p{Lu}][\\p{L}]{1,4})\\)?\\s*[-–—]");
    private static final Pattern HCM = Pattern.compile("(?<![\\p{L}])TP\\.?\\s?HCM(?![\\p{L}])");

    /** A capitalised word of a name; a highland name keeps its apostrophe ("Cư M'gar", "Ea H’leo"). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’]\\p{Ll}[\\p{L}\\p{M}]*)?";

    /** "Bí thư Huyện ủy Quảng Điền": a district's, town's or city's party committee names the unit it leads. */
    private static final String PARTY_COMMITTEES = "huyện ủy|huyện uỷ|thị ủy|thị uỷ|thành ủy|thành uỷ";
    /**
     * A level word (or its abbreviation) followed by a name of capitalized words or a ward's number; "Sở TT&TT An
     * Giang" names a department, no township.
     */
    private static final Pattern MENTION = Pattern.compile("(?u)(?<![\\p{L}&])(" + caseless(PARTY_COMMITTEES) + "|"
            + caseless(Level.WORDS_REGEX)
            // "H.Cần Giuộc", "Q. Bình Thạnh", "P.Tân Phú", "X.Hòa Long": a dotted abbreviation needs no space after it
            + "|TP\\.?|TX\\.?|TT\\.?|[HQPX]\\.(?!\\s*(?:Chủ|Giám|Trưởng|Phó|Bí|Tổng)(?!\\p{L})))(?:(?<=\\.)\\s*|\\s+)"
            + "(\\d{1,2}(?!\\d|[/.,]\\d)|" + NAME_WORD + "(?:[ \\-]" + NAME_WORD + "){0,3}"
            // "xã Hòa Tú 1", "xã Tam Xuân II": a numbered name, not a count after it ("xã Tân Lập 2 thôn", "3 năm")
            + "(?:\\s(?:[1-9]|II?I?)(?![\\p{L}\\d/%]|[.,]\\d)(?!\\s*(?:" + QuantityScanner.COUNT_UNITS
            + "|năm|tháng|ngày|lần)(?![\\p{L}])))?)");
    private static final Pattern ISSUER = Pattern.compile(
            "(?iu)(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|đảng ủy|đảng uỷ|ban chỉ đạo[^.\\n]{0,120}?|chủ tịch ubnd)\\s*$");
    /**
     * A level word without a name: how a document speaks of itself ("toàn huyện", "UBND huyện đã ban hành",
     * "trên địa bàn xã."), not a list of units ("các xã", "cấp xã", "xã, phường, thị trấn").
     */
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?u)(?<![\\p{L}])(?<!các\\s)(?<!cấp\\s)(?<!mỗi\\s)"
            + "(?<!từng\\s)(?<!những\\s)(?<!thị\\s)(?<![,/]\\s)(?<!,)(" + Level.WORDS_REGEX + ")"
            + "(?=\\s*[.;:),]|\\s*$|\\s+\\p{Ll})(?!\\s*,\\s*(?:" + Level.WORDS_REGEX + "))");
    /** "xã hội (số)" is society, no commune speaking of itself: a DX text names it in every other paragraph. */
    private static final Pattern SOCIETY = Pattern.compile("(?iu)xã\\s+hội");
    /** A unit given as the first or last of a ranking, or as an example: "thấp nhất là", "dẫn đầu là", "tiêu biểu như". */
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?iu)(?:(?:thấp|cao)\\s+nhất|dẫn\\s+đầu|đứng\\s+(?:đầu|cuối)"
            + "|tiêu\\s+biểu|điển\\s+hình)(?:\\s+(?:là|như|gồm|có))?\\s*[:,]?\\s*$");
    /** The words before a mention that {@link #EXAMPLE_BEFORE} looks at: its longest phrase and some spaces. */
    private static final int EXAMPLE_REACH = 40;
    /**
     * A person quoted and the bracket of where they live, up to the unit: "Chị Nguyễn Thị Thảo (phường Nam Cường, ",
     * "ông Lò Văn Dũng (bản Mé, xã ".
     */
    private static final Pattern RESIDENT_BEFORE = Pattern.compile("(?u)(?:\\b(?:[Cc]hị|[Aa]nh|[Ôô]ng|[Bb]à|[Ee]m|[Cc]ô|[Cc]hú|[Cc]ụ)"
            + "(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}]*){1,4})\\s*\\([^()]{0,60}$");
    private static final int RESIDENT_REACH = 100;
    private static final Pattern MET_WITH = Pattern.compile("(?iu)\\b(?:với|cùng|tại(?:\\s+trụ\\s+sở)?)\\s+"
            + "(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|đảng ủy|đảng uỷ)\\s*$");
    /** "trên địa bàn huyện Thuận Châu": the unit whose territory the figures are about. */
    private static final Pattern ON_THE_TERRITORY = Pattern.compile("(?iu)trên\\s+địa\\s+bàn\\s*$");
    private static final double SELF_REFERENCE_WEIGHT = 0.5;
    /** How often a text speaks of a unit of a level without its name for the one unit it names of it to be its own. */
    private static final int SPOKEN_OF = 3;
    private static final int FIRST_LINES = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("đến", "về", "tại", "và", "trong", "theo", "trên", "của",
            "đã", "là", "năm", "ủy", "uỷ", "chuyển", "kế", "báo", "quyết", "giai", "sau", "với", "khi", "nhằm", "đạt",
            "được", "có", "tổ", "triển", "thực", "hiện", "tiếp", "đứng", "xếp", "tham", "ban", "hội", "sở", "phòng");

    private LocalityMentions() {
    }

    /**
     * The chosen locality: level code, name as written (title case), how sure the choice is, and whether it rests on
     * one passing mention (once, not in the title line, not as issuer or territory: a photo caption's "xã Phù Ninh"),
     * the other units the text names (strongest first), and whether it was ever named as issuer, as territory or in the
     * title line.
     */
    record Choice(String level, String name, boolean certain, boolean passing, List<String> others, boolean supported) {
        Choice(String level, String name, boolean certain) {
            this(level, name, certain, false, List.of(), true);
        }

        /** The same choice, another unit taken: what was chosen before joins the others. */
        Choice instead(String newLevel, String newName) {
            List<String> all = new ArrayList<>();
            all.add(shown(level, name));
            others.stream().filter(o -> !o.equals(shown(newLevel, newName))).forEach(all::add);
            return new Choice(newLevel, newName, false, false, List.copyOf(all.subList(0, Math.min(OTHERS, all.size()))), true);
        }
    }

    /** What opening the title line adds: the unit the title is about, not one it names after its verb. */
    private static final double TITLE_SUBJECT = 2;

    /** How many other units a choice keeps as candidates (the strongest first). */
    private static final int OTHERS = 4;

    /** "huyện Thăng Bình": a unit as a reader writes it. */
    static String shown(String level, String name) {
        Level l = Level.ofCode(level);
        return (l == null ? level : l.words()) + " " + name;
    }

    static Choice best(List<String> lines) {
        Map<String, double[]> score = new LinkedHashMap<>(); // key: level|folded name -> {score, first position}
        Map<String, Integer> mentions = new LinkedHashMap<>(); // how often, outside the title line and not as issuer
        Map<String, String[]> display = new LinkedHashMap<>();
        int position = 0;
        int nonBlank = 0;
        Map<String, Integer> selfReferences = new LinkedHashMap<>();
        Set<String> issuers = new LinkedHashSet<>();
        Set<String> supported = new LinkedHashSet<>(); // named as issuer, as territory or in the title line
        for (String raw : lines) {
            String line = HeaderParser.strip(raw);
            if (line.isBlank() || nonBlank == 0 && HeaderParser.siteLine(line)) {
                continue; // "Đường dây nóng: 0237 3721150" above the headline is the site's, no title
            }
            nonBlank++;
            Matcher self = SELF_REFERENCE.matcher(line);
            while (self.find()) {
                if (!SOCIETY.matcher(line).region(self.start(1), line.length()).lookingAt()) {
                    selfReferences.merge(Level.codeOfWords(self.group(1)), 1, Integer::sum);
                }
            }
            Matcher m = MENTION.matcher(line);
            while (m.find()) {
                String level = levelOf(m.group(1));
                String name = cut(m.group(2));
                if (level == null || name == null || DIGITS.matcher(name).matches() && !NUMBERED_LEVELS.contains(level)) {
                    continue; // only wards and urban districts are numbered: "Thành phố 6 tháng đầu năm" names none
                }
                if (AdminNames.province(name) != null && ("thanh_pho".equals(level) && !AdminNames.provincialCity(name)
                        || "tinh".equals(level))) {
                    level = "tinh"; // a centrally-run city is a province
                } else if ("tinh".equals(level)) {
                    continue; // "Phó Chủ tịch UBND tỉnh Hồ Quang Bửu": a person after the level word, no province
                }
                String before = line.substring(0, m.start());
                if (nonBlank > 1 && EXAMPLE_BEFORE.matcher(before.substring(Math.max(0, before.length() - EXAMPLE_REACH)))
                        .find()) {
                    continue; // "thấp nhất là xã Hà Đông": a unit the text ranks among others is no subject of it
                }
                if (RESIDENT_BEFORE.matcher(before.substring(Math.max(0, before.length() - RESIDENT_REACH))).find()) {
                    continue; // "Chị Nguyễn Thị Thảo (phường Nam Cường, thành phố Lào Cai) cho biết": where a speaker lives
                }
                // a photo's caption ("Người dân đến giải quyết thủ tục tại ... UBND huyện Quan Sơn.") names a place in
                // passing: less than the text does
                boolean caption = nonBlank > 1 && isCaption(line);
                double weight = caption ? CAPTION_WEIGHT : 1;
                // "làm việc với UBND huyện Thoại Sơn về ... xã Thoại Giang", "đặt tại trụ sở UBND thị trấn Kẻ Sặt": the body met
                // with or a place, not the one speaking
                boolean issuer = !caption && ISSUER.matcher(before).find() && !MET_WITH.matcher(before).find();
                boolean issuerOrTerritory = issuer || !caption && ON_THE_TERRITORY.matcher(before).find();
                if (issuerOrTerritory) {
                    weight += 2;
                }
                if (nonBlank <= FIRST_LINES && !caption) {
                    weight += 2;
                }
                if (nonBlank == 1 && m.start() == 0) {
                    weight += TITLE_SUBJECT; // "Phường Đống Đa nhận Thư khen của lãnh đạo Thành phố Hà Nội": the title's subject
                }
                String key = level + "|" + VnText.fold(name);
                if (issuer) {
                    issuers.add(key);
                }
                if (issuerOrTerritory || nonBlank == 1) {
                    supported.add(key);
                }
                // a mention as issuer, in the title line or as territory below the lead is no passing one
                boolean prominent = issuer || nonBlank == 1 || issuerOrTerritory && nonBlank > FIRST_LINES;
                mentions.merge(key, prominent ? 2 : 1, Integer::sum);
                double[] s = score.computeIfAbsent(key, k -> new double[] {0, 0});
                if (s[0] == 0) {
                    s[1] = position;
                }
                s[0] += weight;
                display.putIfAbsent(key, new String[] {level, level.equals("phuong") && DIGITS.matcher(name).matches()
                        ? "Phường " + name : name});
                position++;
            }
        }
        if (score.isEmpty()) {
            return null;
        }
        titledByBareName(lines, score, mentions);
        // "toàn huyện", "UBND huyện": each time the text speaks of a unit of a level, its named units gain
        score.forEach((key, s) -> s[0] += SELF_REFERENCE_WEIGHT
                * selfReferences.getOrDefault(key.substring(0, key.indexOf('|')), 0));
        Map.Entry<String, double[]> top = score.entrySet().stream()
                .max(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> e.getValue()[0])
                        .thenComparing(e -> -e.getValue()[1]))
                .orElseThrow();
        List<String> rivals = score.entrySet().stream().filter(e -> e.getValue()[0] >= top.getValue()[0] * 0.8)
                .map(Map.Entry::getKey).toList();
        String chosen = top.getKey();
        if (rivals.size() > 1) {
            // "UBND thành phố Sầm Sơn tổ chức hội nghị ... phường Bắc Sơn và phường Quảng Tiến": units tied below
            // the unit that issues the text are its subject matter; the document is the issuer's
            int rivalRank = rank(chosen);
            boolean oneLevel = rivals.stream().allMatch(k -> rank(k) == rivalRank);
            chosen = issuers.stream().filter(k -> oneLevel && rank(k) > rivalRank)
                    .max(Comparator.comparingDouble(k -> score.get(k)[0])).orElse(chosen);
        }
        String[] d = display.get(chosen);
        String taken = chosen;
        List<String> others = score.entrySet().stream().filter(e -> !e.getKey().equals(taken))
                .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparingDouble(e -> e.getValue()[1]))
                .limit(OTHERS).map(e -> shown(display.get(e.getKey())[0], display.get(e.getKey())[1])).toList();
        // named once with its level word and again without it ("huyện Bá Thước ... tại Bá Thước"): no passing mention
        // nor when the text speaks of a unit of its level again and again ("UBND huyện, ...", "Trung tâm hành chính
        // công huyện"): a district's own report names itself once
        boolean passing = mentions.get(chosen) == 1 && !namedAgainBare(lines, d[1])
                && selfReferences.getOrDefault(d[0], 0) < SPOKEN_OF;
        return new Choice(d[0], d[1], rivals.size() == 1, passing, others, supported.contains(chosen));
    }

    /**
     * "Hà Trung đẩy mạnh cải cách hành chính ..." above "huyện Hà Trung" and a caption's "UBND xã Hà Bình": a unit the
     * title names without its level word weighs as if the title named it in full.
     */
    private static void titledByBareName(List<String> lines, Map<String, double[]> score, Map<String, Integer> mentions) {
        String title = lines.stream().map(HeaderParser::strip).filter(l -> !l.isBlank() && !HeaderParser.siteLine(l))
                .findFirst().orElse("");
        String folded = " " + VnText.fold(title).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Map.Entry<String, double[]> e : score.entrySet()) {
            String key = e.getKey();
            String name = key.substring(key.indexOf('|') + 1);
            boolean inFull = MENTION.matcher(title).results().anyMatch(m -> VnText.fold(String.valueOf(cut(m.group(2))))
                    .equals(name));
            if (!inFull && name.length() > 3 && folded.contains(" " + name + " ")) {
                e.getValue()[0] += TITLE_WEIGHT;
                mentions.merge(key, 2, Integer::sum);
            }
        }
    }

    /** Whether the text names {@code name} more than once, with or without a level word, as written. */
    private static boolean namedAgainBare(List<String> lines, String name) {
        int seen = 0;
        for (String line : lines) {
            for (int i = line.indexOf(name); i >= 0; i = line.indexOf(name, i + name.length())) {
                if (wordAt(line, i, name.length()) && ++seen > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A caption is one short sentence without a figure, closed by a full stop or a photo credit. */
    private static final Pattern CAPTION = Pattern.compile("(?u)^[^\\d.!?:;]{20,180}(?:\\.|\\(\\s*[ẢảAa]nh\\s*:[^)]*\\))\\s*$");

    private static final double CAPTION_WEIGHT = 0.5;

    static boolean isCaption(String line) {
        return line.length() <= 200 && CAPTION.matcher(line.trim()).matches();
    }

    /** What a mention in the title line adds: it is in the first lines and is no passing one. */
    private static final double TITLE_WEIGHT = 3;

    /** 1 for a commune-level unit, 2 for a district-level one, 3 for a province ({@link Level#group()} decides). */
    private static int rank(String key) {
        Level level = Level.ofCode(key.substring(0, key.indexOf('|')));
        String group = level == null ? Level.Group.COMMUNE : level.group();
        return Level.Group.PROVINCE.equals(group) ? 3 : Level.Group.DISTRICT.equals(group) ? 2 : 1;
    }

    /**
     * The province a text names most often by its bare name ("TP Hạ Long (Quảng Ninh)", "Trà Vinh xếp hạng ..."), from
     * its {@link #provinceCounts}; null when it names none.
     */
    static String mostNamed(Map<String, Integer> named) {
        return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * A unit below the province chosen from one passing mention gives way to the province the text names.
     * A province chosen from one mention with a level word ("Thành phố Hồ Chí Minh" in a ranking) gives way to the
     * province the text names at least twice as often without one ("Hậu Giang nằm trong top 10 ...", "Người dân
     * Hậu Giang ..."); any other choice stands.
     */
    static Choice preferTheProvinceNamedMost(Choice choice, List<String> lines, Map<String, Integer> named) {
        if (choice != null && choice.passing() && rank(choice.level() + "|") < 3) {
            // "chuyển đổi số ở Phú Thọ ..." with one caption naming "xã Phù Ninh": the text is the province's
            String most = mostNamed(named);
            if (most != null) {
                return choice.instead("tinh", most);
            }
        }
        // a centrally-run city ("thành phố Đà Nẵng") is a province too
        if (choice == null || AdminNames.province(choice.name()) == null
                || !"tinh".equals(choice.level()) && !"thanh_pho".equals(choice.level())) {
            return choice;
        }
        // the lead counts thrice: a list of other provinces further down ("dẫn đầu: Đà Nẵng, ...") is not the subject
        Map<String, Integer> counts = new LinkedHashMap<>(named);
        String lead = lines.stream().map(HeaderParser::strip).filter(l -> !l.isBlank()).findFirst().orElse("");
        provinceCounts(lead).forEach((p, n) -> counts.merge(p, 2 * n, Integer::sum));
        String most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        String chosen = AdminNames.province(choice.name());
        if (most == null || most.equals(chosen)) {
            return choice;
        }
        int mostCount = counts.get(most);
        return mostCount >= 2 && mostCount > counts.getOrDefault(chosen, 0) ? choice.instead("tinh", most)
                : choice;
    }

    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "(?u)(?<![\\p{L}])" + NAME_WORD + "(?:[ \\-]+" + NAME_WORD + "){1,3}");

    /** "tỉnh Yên Bái cũ", "Bình Dương (cũ)": a province the reform of 2025 merged away, named as where a place was. */
    static boolean former(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '(')) {
            i++;
        }
        return text.startsWith("cũ", i) && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    /**
     * How often the text names each province by its bare name (with the city's short name and the host's), in the
     * order first named. A whole document's text is costly to count: its reader counts it once and passes the counts.
     */
    static Map<String, Integer> provinceCounts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED_WORDS.matcher(text);
        // the pattern tried only where a run can start, an upper-case letter after no letter: what find() finds
        int at = nextRunStart(text, 0);
        while (at >= 0) {
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at = nextRunStart(text, at + 1);
                continue;
            }
            at = nextRunStart(text, m.end());
            // "Tại Sơn La, công dân số ...": a capitalised word that opens the sentence stands before the name
            String[] words = m.group().split("[ \\-]+");
            for (int from = 0; from < words.length; from++) {
                if (!AdminNames.mayStartAProvince(words[from])) {
                    continue; // no province's name starts with the word: the suffix from it names none
                }
                String rest = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                String p = AdminNames.provinceAtStart(rest);
                // past the run's first word, the name as written, tones too: "Vũ Huệ" signs an article, "Huế" is none of it
                if (p != null && (from == 0 || VnText.clean(rest).startsWith(p))) {
                    if (!former(text, m.end())) {
                        counts.merge(p, 1, Integer::sum);
                    }
                    break;
                }
            }
        }
        if (counts.isEmpty() && mayHoldAHost(text)) {
            // no name in the words: the publisher's web address may carry it ("http://baodongthap.com.vn/...")
            Matcher host = HOST.matcher(text);
            while (host.find()) {
                String p = AdminNames.provinceInHost(host.group(1) != null ? host.group(1) : host.group(2));
                if (p != null) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty()) {
            // nor a web address: a provincial newspaper's code opening the article ("(GLO)- ...") names its province
            Matcher press = PRESS_CODE.matcher(text);
            String p = press.lookingAt() ? AdminNames.provinceOfPressCode(press.group(1)) : null;
            if (p != null) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        // a province of one word ("Huế đã vươn lên"), which no run of two or more words holds; as written, tones too
        for (String one : AdminNames.oneWordProvinces()) {
            for (int i = text.indexOf(one); i >= 0; i = text.indexOf(one, i + one.length())) {
                if (standsAlone(text, i, one.length())) {
                    // "Huế" in a text of "Thừa Thiên Huế" is that province's short name
                    String longer = counts.keySet().stream().filter(p -> p.endsWith(" " + one)).findFirst().orElse(one);
                    counts.merge(longer, 1, Integer::sum);
                }
            }
        }
        // the city's everyday short name: "TPHCM", "TP.HCM", "TP. HCM"
        Matcher hcm = HCM.matcher(text);
        String city = AdminNames.province("Hồ Chí Minh");
        while (city != null && text.contains("HCM") && hcm.find()) {
            counts.merge(city, 1, Integer::sum);
        }
        return counts;
    }

    /** Whether the word at {@code at} is a name of its own: no letter joins it, no capitalised word stands beside it. */
    private static boolean standsAlone(String text, int at, int length) {
        if (!wordAt(text, at, length)) {
            return false;
        }
        int end = at + length;
        boolean capitalisedBefore = at >= 2 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '-')
                && isNameLetter(text.charAt(at - 2)) && capitalisedWordEndsAt(text, at - 1);
        boolean capitalisedAfter = end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-')
                && Character.isUpperCase(text.charAt(end + 1));
        return !capitalisedBefore && !capitalisedAfter;
    }

    /** Whether the text at {@code at} holds a whole word of {@code length} characters: no letter joins it on either side. */
    private static boolean wordAt(String text, int at, int length) {
        int end = at + length;
        return (at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !isNameLetter(text.charAt(end)));
    }

    private static boolean isNameLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Whether the word ending just before {@code end} starts with a capital ("Thiên" of "Thừa Thiên Huế"). */
    private static boolean capitalisedWordEndsAt(String text, int end) {
        int start = end;
        while (start > 0 && isNameLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start));
    }

    /** The first position from {@code from} where an upper-case letter follows no letter, or -1. */
    private static int nextRunStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@link #HOST} can match at all: a web address or a ".vn" domain, in any case. */
    private static boolean mayHoldAHost(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("http") || lower.contains("www.") || lower.contains(".vn");
    }

    private static String levelOf(String word) {
        String folded = VnText.fold(word).replace(".", "");
        return switch (folded) {
            case "tp" -> "thanh_pho";
            case "tx" -> "thi_xa";
            case "tt" -> "thi_tran";
            case "h" -> "huyen";
            case "q" -> "quan";
            case "p" -> "phuong";
            case "x" -> "xa";
            case "huyen uy" -> "huyen";
            case "thi uy" -> "thi_xa";
            case "thanh uy" -> "thanh_pho";
            default -> Level.codeOfWords(word);
        };
    }

    /** The name's own words: a province name is cut where it ends, a function word in capitals ends a name. */
    static String cut(String mentioned) {
        if (DIGITS.matcher(mentioned).matches()) {
            return mentioned;
        }
        String words = mentioned.replace('’', '\''); // the register writes "Cư M'gar" with a plain apostrophe
        String province = AdminNames.provinceAtStart(words);
        if (province != null) {
            return province;
        }
        String[] parts = VnText.clean(words).split(" ");
        StringBuilder out = new StringBuilder();
        String number = ""; // "Hòa Tú 1", "Tam Xuân II": the number is part of the name, as written
        for (int i = 0; i < parts.length; i++) {
            if (i > 0 && i == parts.length - 1 && NUMBERED.matcher(parts[i]).matches() && out.length() > 0) {
                number = " " + parts[i];
                break;
            }
            String lower = parts[i].toLowerCase(Locale.ROOT);
            String next = i + 1 < parts.length ? VnText.fold(parts[i + 1]) : "";
            String folded = VnText.fold(parts[i]);
            // exact words with their diacritics: "Đà" and "La" are names, "Đã" and "Là" are not
            // a word without a vowel is an acronym, no Vietnamese syllable: "thành phố CĐS", "thị trấn ĐBTP"
            if (FUNCTION_WORDS.contains(lower) || UNIT_WORDS.contains(lower) || NO_VOWEL.matcher(folded).matches()
                    || folded.equals("thi") && XA_OR_TRAN.matcher(next).matches() || folded.equals("thanh") && next.equals("pho")
                    || personNamedAfter(parts, i)) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(parts[i]);
        }
        return out.length() == 0 ? null : VnText.titleCase(out.toString()) + number;
    }

    /** The commonest family names: "Chủ tịch UBND xã Yến Sơn Nguyễn Văn Nhân" names the chairman after the commune. */
    private static final Set<String> FAMILY_NAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

    /**
     * Whether a person's name starts at word {@code i} of a name: a family name after two words of the place and
     * followed by a capitalised given name, or after three (a place's name is rarely longer; the words read may end
     * there).
     */
    static boolean personNamedAfter(String[] parts, int i) {
        return i >= 2 && FAMILY_NAMES.contains(parts[i]) && (i >= 3 || i + 1 < parts.length && !parts[i + 1].isEmpty()
                && Character.isUpperCase(parts[i + 1].charAt(0)));
    }

    /** "thị xã|xã|..." matching any letter case: headers write "UBND XÃ MINH ĐỨC". */
    private static String caseless(String alternation) {
        StringBuilder out = new StringBuilder();
        for (String w : alternation.split("\\|")) {
            if (out.length() > 0) {
                out.append('|');
            }
            StringBuilder word = new StringBuilder();
            for (char c : w.toCharArray()) {
                word.append(Character.isLetter(c) ? "[" + c + Character.toUpperCase(c) + "]" : String.valueOf(c));
            }
            out.append(word);
        }
        return out.toString();
    }
}
