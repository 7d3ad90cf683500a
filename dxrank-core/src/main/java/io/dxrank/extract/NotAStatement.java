package io.dxrank.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a sentence states that are no statement of the locality's digital transformation: how a plan is
 * organised, the country's average, the new-rural standard, places in a list of scores, the places where the same
 * number of things are, the number of places a ranking lists, an office's paper workload. Sentence reading
 * ({@link PlanExtractor}) asks here before it makes a statement of a figure.
 */
final class NotAStatement {

    private NotAStatement() {
    }

    /** The parts a plan is organised in; counted without a status they are no measure (also the number scan's rule). */
    static final String STRUCTURE_UNITS = "chỉ tiêu|nhóm|mục tiêu|nhiệm vụ|giải pháp|tiêu chí";
    private static final Pattern STRUCTURE_UNIT = Pattern.compile("(?iu)" + STRUCTURE_UNITS);
    static final Pattern TARGET_STATUS = Pattern.compile(
            "(?iu)hoàn thành|\\bđạt\\b|\\bchưa\\b|\\bđang\\b|\\bcòn\\b|vượt");

    /**
     * "5 nhóm", "(7 chỉ tiêu)", "10 chỉ tiêu cần tập trung": how a plan is organised, not a measure. A count of
     * targets is a statement only with its status ("24/26 chỉ tiêu hoàn thành", "còn 2 chỉ tiêu đang thực hiện").
     */
    static boolean structureCount(String sentence, QuantityScanner.Quantity qty) {
        if (qty.denominator() != null || qty.unit() == null || !STRUCTURE_UNIT.matcher(qty.unit()).matches()) {
            return false;
        }
        // the status is the figure's clause's: "có 6 tiêu chí; đến nay 16 tiêu chí đạt" counts the index's parts once
        int from = Math.max(Math.max(0, qty.start() - 25), sentence.lastIndexOf(';', qty.start()) + 1);
        String around = sentence.substring(from, Math.min(sentence.length(), qty.end() + 45));
        int after = qty.end() - from;
        int close = around.indexOf(')', Math.min(around.length(), after));
        int semicolon = around.indexOf(';', Math.min(around.length(), after));
        int end = close < 0 ? semicolon : semicolon < 0 ? close : Math.min(close, semicolon);
        if (TARGETS.matcher(qty.unit()).matches()) {
            // targets have their status after them ("8 mục tiêu hoàn thành", "11 mục tiêu thực hiện đạt trên 80%") or
            // are completed ("đã hoàn thành 8 mục tiêu"); "Để đạt được 17 mục tiêu đề ra", "đặt ra 6 mục tiêu cụ thể
            // (Tỷ trọng KTS đạt 20% ...)" count a plan's parts
            int open = around.indexOf('(', after);
            int stop = end < 0 ? around.length() : end;
            stop = open < 0 ? stop : Math.min(stop, open);
            return !TARGET_STATUS.matcher(around.substring(after, Math.max(after, stop))).find()
                    && !COMPLETED_BEFORE.matcher(around.substring(0, Math.max(0, after - qty.text().length()))).find();
        }
        return !TARGET_STATUS.matcher(end < 0 ? around : around.substring(0, end)).find();
    }

    private static final Pattern TARGETS = Pattern.compile("(?iu)mục\\s+tiêu");
    private static final Pattern COMPLETED_BEFORE = Pattern.compile("(?iu)hoàn\\s+thành\\s*$");

    /**
     * "11/11 xã của huyện đã đạt chuẩn nông thôn mới": the new-rural standard is another national programme; its
     * smart villages ("nông thôn mới thông minh") and its ICT criterion ("Tiêu chí số 8 về thông tin") are DX.
     */
    private static final Pattern NEW_RURAL_STANDARD = Pattern.compile(
            "(?iu)^[^.;]*đạt\\s+chuẩn\\s+nông\\s+thôn\\s+mới(?!\\s+(?:nâng\\s+cao\\s+)?thông\\s+minh)"
                    + "|^\\s*(?:xã|thôn|huyện)?\\s*xây\\s+dựng\\s+nông\\s+thôn\\s+mới(?!\\s+(?:nâng\\s+cao\\s+|kiểu\\s+mẫu\\s+)?thông\\s+minh)");
    /**
     * "(bình quân cả nước 75.5 điểm)", "(trung bình toàn quốc đạt 62,3%)", "... toàn trình cả nước đạt 42%": the country's
     * figure, not the locality's.
     */
    private static final Pattern NATIONAL_FIGURE = Pattern.compile(
            "(?iu)(?:(?:bình quân|trung bình)(?:\\s+chung)?(?:\\s+của)?\\s+(?:cả nước|toàn quốc)(?:\\s+(?:đạt|là))?\\s*[:(]?"
                    // "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 42%"
                    + "|(?<!trong\\s)(?:cả nước|toàn quốc)\\s+(?:đạt|là)(?:\\s+(?:khoảng|gần|hơn|trên))?)\\s*$");

    /**
     * "... của tôi chỉ chiếm khoảng 30%": a person quoted about their own stall or household speaks in the first person
     * singular; the figure is theirs, not the locality's ("chúng tôi", an office speaking for the locality, is not).
     */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)(?<!\\p{L})(?<!chúng\\s)tôi(?!\\p{L})");

    private static final Pattern HOUSEHOLD = Pattern.compile("(?iu)^hộ(?:\\s+gia\\s+đình|\\s+dân|\\s+kinh\\s+doanh)?$");
    private static final Pattern HAS = Pattern.compile(
            "(?iu)\\bcó\\s+(?:tổng\\s+(?:số\\s+)?)?(?:khoảng\\s+|gần\\s+|trên\\s+|hơn\\s+)?$");
    private static final Pattern NOTHING_DONE = Pattern.compile(
            "(?u)^\\s*(?:(?:gia\\s+đình|dân|kinh\\s+doanh)\\s*)?(?:[,.;:)…]|với\\b|$)");

    /**
     * "thôn có 735 hộ gia đình, ...", "TDP 1 có 170 hộ với trên 700 khẩu", "Chợ Gú ... có hơn 300 hộ kinh doanh với
     * đầy đủ các mặt hàng": how many households or stalls a place has is its size,
     * not a measure of its transformation ("có 1.200 hộ sử dụng dịch vụ" says what they do, and is one).
     */
    static boolean households(QuantityScanner.Quantity qty, String leading, String after) {
        return qty.unit() != null && qty.denominator() == null && HOUSEHOLD.matcher(qty.unit()).matches()
                && HAS.matcher(leading).find() && NOTHING_DONE.matcher(after).find();
    }

    private static final Pattern LEVEL_UNIT = Pattern.compile(
            "(?iu)^(?:xã|huyện|phường|thị\\s+trấn|thị\\s+xã|thôn|xóm|bản|tổ\\s+dân\\s+phố|TDP|tỉnh|địa\\s+phương)\\b");
    private static final Pattern OF = Pattern.compile("(?iu)\\b(?:của|trực\\s+thuộc|thuộc)\\s+(?:các\\s+|toàn\\s+bộ\\s+|cả\\s+)?$");

    /**
     * "Cơ sở dữ liệu chính của 6 huyện, thành phố", "153 xóm, TDP trực thuộc 15 xã, thị trấn": the units something
     * belongs to, counted to say whose it is, not a measure ("12/12 xã của huyện" has its denominator and is one).
     */
    static boolean unitsOf(QuantityScanner.Quantity qty, String leading) {
        return qty.unit() != null && qty.denominator() == null && LEVEL_UNIT.matcher(qty.unit()).find()
                && OF.matcher(leading).find();
    }

    private static final Pattern DELEGATES = Pattern.compile("(?iu)^(?:đại\\s+biểu|khách\\s+mời|cán\\s+bộ)\\b");
    private static final Pattern ATTENDING = Pattern.compile("(?iu)tham\\s+dự|dự\\s+(?:hội\\s+nghị|lễ|buổi)");

    /**
     * "Hơn 200 đại biểu tham dự", "Tham dự có gần 500 cán bộ": who attended an event is no measure of digital
     * transformation ("16.803 đại biểu tham gia học tập" online is one: labellers take it).
     */
    static boolean attendance(QuantityScanner.Quantity qty, String leading, String after) {
        String near = leading.length() > 30 ? leading.substring(leading.length() - 30) : leading;
        return qty.denominator() == null && qty.unit() != null && DELEGATES.matcher(qty.unit()).find()
                && (ATTENDING.matcher(after).find() || ATTENDING.matcher(near).find());
    }

    /** "8 hạng mục đó bao gồm ...": a count pointed back at ("those 8 items") was stated before. */
    private static final Pattern THOSE = Pattern.compile("(?iu)^\\s*(?:đó|này|nói\\s+trên)(?!\\p{L})");

    private static final Pattern PER = Pattern.compile("(?iu)(?:bình\\s+quân\\s+)?trên\\s*$");

    /** "Số dân phục vụ bình quân trên 01 điểm phục vụ": "per one", the base of a ratio, not a count. */
    static boolean perOne(QuantityScanner.Quantity qty, String leading) {
        return qty.value() == 1 && qty.unit() != null && qty.denominator() == null && PER.matcher(leading).find();
    }

    /**
     * How far around a figure its sentence is read for these rules: a sentence of thousands of figures (a table
     * flattened into one line) is read in time linear in its length, not once whole per figure.
     */
    private static final int NEAR = 300;

    /** The part of the sentence around the figure up to {@code stop} either side, at most {@link #NEAR} each way. */
    private static String near(String sentence, QuantityScanner.Quantity qty, char stop) {
        int start = qty.start();
        while (start > 0 && start > qty.start() - NEAR && sentence.charAt(start - 1) != stop) {
            start--;
        }
        int end = qty.end();
        while (end < sentence.length() && end < qty.end() + NEAR && sentence.charAt(end) != stop) {
            end++;
        }
        return sentence.substring(start, end);
    }

    /** Socio-economic targets a congress resolution or a yearly report sets beside DX ones. */
    private static final Pattern OTHER_PROGRAMME = Pattern.compile(
            "(?iu)đạt\\s+chuẩn\\s+quốc\\s+gia|cứng\\s+ho[áa]|bảo\\s+hiểm\\s+y\\s+tế|giao\\s+quân"
                    + "|tốc\\s+độ\\s+tăng|thu\\s+nhập\\s+bình\\s+quân|hộ\\s+nghèo|che\\s+phủ\\s+rừng|nước\\s+sạch|rác\\s+thải"
                    // OCOP products and their stars, the ethnic make-up of a population, a Party congress and its cells
                    + "|\\bOCOP\\b|(?<=\\d\\s)sao\\b|đồng\\s+bào|dân\\s+tộc\\s+thiểu\\s+số|cơ\\s+sở\\s+đảng|đại\\s+hội"
                    // the postal network's reach: people served per post office, the radius it serves
                    + "|bán\\s+kính\\s+phục\\s+vụ|dân\\s+(?:được\\s+)?phục\\s+vụ\\s+bình\\s+quân");
    private static final MatchStarts OTHER_PROGRAMME_WORDS = MatchStarts.ofWords(OTHER_PROGRAMME,
            "đạt cứng bảo giao tốc thu hộ che nước rác ocop sao đồng dân cơ đại bán");
    /** Words of digital transformation: a segment naming one of them is a DX statement, whatever else it names. */
    private static final Pattern DIGITAL = Pattern.compile(
            "(?iu)chuyển\\s+đổi\\s+số|số\\s+ho[áa]|điện\\s+tử|trực\\s+tuyến|internet|\\bmạng\\b|công\\s+nghệ|thông\\s+minh|dữ\\s+liệu"
                    + "|phần\\s+mềm|ứng\\s+dụng|nền\\s+tảng|(?:kinh\\s+tế|xã\\s+hội|chính\\s+quyền)\\s+số|CNTT|\\b[45]G\\b|cáp\\s+quang"
                    + "|băng\\s+rộng|camera|\\bQR\\b|không\\s+dùng\\s+tiền\\s+mặt|ký\\s+số|VNeID|định\\s+danh|trí\\s+tuệ\\s+nhân\\s+tạo"
                    + "|(?:kỹ\\s+năng|học\\s+vụ|công\\s+dân|nhận\\s+thức|hạ\\s+tầng|nhân\\s+lực|thiết\\s+bị)\\s+số|CCCD|căn\\s+cước"
                    + "|tài\\s+khoản|ngân\\s+hàng|\\bsàn\\b|\\bTMĐT\\b|truy\\s+xuất\\s+nguồn\\s+gốc");

    /**
     * "tỷ lệ trường học đạt chuẩn Quốc gia đạt 100%", "hoàn thành 100% chỉ tiêu giao quân": a figure of another programme
     * (schools and clinics to national standard, roads, health insurance, recruitment, growth, income) in a segment of its
     * sentence (between semicolons) that names nothing digital is no DX statement ("100% trường học đạt chuẩn quốc gia
     * có kết nối Internet" is one).
     */
    static boolean otherProgramme(String sentence, QuantityScanner.Quantity qty) {
        String segment = near(sentence, qty, ';');
        return OTHER_PROGRAMME_WORDS.in(segment) && !DIGITAL.matcher(segment).find();
    }

    /** Indices of administrative reform, governance and competitiveness: rankings of their own, not of DX. */
    private static final Pattern OTHER_INDEX = Pattern.compile(
            "(?iu)chỉ\\s+số\\s+(?:CCHC|cải\\s+cách\\s+hành\\s+chính)|PAR\\s*INDEX|PAPI|hiệu\\s+quả\\s+quản\\s+trị|SIPAS|\\bPCI\\b"
                    + "|năng\\s+lực\\s+cạnh\\s+tranh");
    /** What makes such an index's figure a DX one: its e-government or modernisation part, or DX named beside it. */
    private static final Pattern DIGITAL_PART = Pattern.compile(
            "(?iu)hiện\\s+đại\\s+hó?a|điện\\s+tử|chuyển\\s+đổi\\s+số|\\bDTI\\b|trực\\s+tuyến|chính\\s+quyền\\s+số|ICT");

    /**
     * "Chỉ số CCHC của tỉnh năm 2022 đạt 82,58 điểm, xếp hạng 53/63", "Chỉ số Hiệu quả Quản trị và Hành chính công ...
     * đạt 40,97 điểm": the score, place and move of an index of another reform are no DX statement; its
     * modernisation or e-government part is ("Hiện đại hóa hành chính xếp thứ 1/63").
     */
    static boolean otherIndex(String sentence, QuantityScanner.Quantity qty) {
        String unit = qty.unit();
        if (!QuantityScanner.RANK_UNIT.equals(unit) && !QuantityScanner.RANK_MOVE_UNIT.equals(unit)
                && !QuantityScanner.INDEX_UNIT.equals(unit) && !"điểm".equals(unit)) {
            return false;
        }
        String leading = sentence.substring(Math.max(0, qty.start() - NEAR), qty.start());
        return OTHER_INDEX.matcher(leading).find() && !DIGITAL_PART.matcher(leading).find();
    }

    private static final Pattern NATIONAL_SOURCE = Pattern.compile(
            "(?iu)Chính\\s+phủ|Thủ\\s+tướng|NQ-CP|QĐ-TTg|CT-TTg|Quốc\\s+hội|Bộ\\s+Chính\\s+trị|NQ/TW");
    private static final int BRACKET_LEAD = 24;
    private static final int SOURCE_REACH = 80;

    /**
     * "vượt chỉ tiêu năm 2025 theo Nghị quyết số 01/NQ-CP của Chính phủ (tối thiểu 80%)": the national target a
     * text measures the locality against, in brackets after the national document that sets it, is the country's.
     */
    static boolean nationalTargetCited(String sentence, QuantityScanner.Quantity qty) {
        String lead = sentence.substring(Math.max(0, qty.start() - BRACKET_LEAD), qty.start());
        int inLead = lead.lastIndexOf('(');
        if (inLead < 0 || lead.indexOf(')', inLead) >= 0) {
            return false;
        }
        int open = qty.start() - lead.length() + inLead;
        return NATIONAL_SOURCE.matcher(sentence.substring(Math.max(0, open - SOURCE_REACH), open)).find();
    }

    private static final Pattern HELD_BY = Pattern.compile("(?u)^[^.;]{0,40}?\\b(?:là|thuộc\\s+về)\\s+\\p{Lu}");
    private static final Pattern PLACE = Pattern.compile("(?iu)vị\\s+trí");

    /**
     * "Ở vị trí thứ 2 là TP.Hồ Chí Minh", "Vị trí thứ 3 trong bảng xếp hạng thuộc về TP.Huế": a ranking told place by
     * place names the unit holding each place after it; the places of other units are no figure of the locality.
     */
    static boolean placeHeldByANamedUnit(QuantityScanner.Quantity qty, String after) {
        return QuantityScanner.RANK_UNIT.equals(qty.unit()) && qty.denominator() == null
                && PLACE.matcher(qty.text()).find() && HELD_BY.matcher(after).find();
    }

    /**
     * A number the sentence states that is no figure of the locality: how a plan is organised, the country's average,
     * a person's own figure, a place's households, the units something belongs to, a figure of another programme or
     * of another reform's index, a national target cited, communes of the new-rural standard, places in a list of
     * scores or held by units named after them, the places where the same number of things are, the number of places
     * a ranking then lists, a count pointed back at, "per one", a committee's size; then a count of dossiers with nothing
     * online about it, a scale's maximum, a meeting's reach, a threshold. {@code from} and {@code to}: where the words
     * leading to it start and where its clause ends (the next figure).
     *
     * @return the rule that holds, tried in order, as a candidate's reason ("national_figure", "households", ...); null
     *         when none does: then the number may be a figure of the locality
     */
    static String whySetAside(String sentence, QuantityScanner.Quantity before, QuantityScanner.Quantity qty, int from,
                              int to) {
        String why = whyNoFigureOfTheLocality(sentence, before, qty, from);
        return why != null ? why
                : paperVolume(qty, sentence.substring(from, to)) ? "paper_volume"
                : scaleMaximum(sentence, qty) ? "scale_maximum"
                : meetingReach(sentence, qty) ? "meeting_reach"
                : threshold(sentence, qty) ? "threshold"
                : EXECUTION_CLAUSE.matcher(sentence).find() ? "execution_clause" : null;
    }

    /**
     * "Điều 3. Chánh Văn phòng ..., Chủ tịch UBND 23 xã, thị trấn chịu trách nhiệm thi hành Quyết định này": who carries
     * out a decision, no figure of what it decides.
     */
    private static final Pattern EXECUTION_CLAUSE = Pattern.compile("(?iu)chịu\\s+trách\\s+nhiệm\\s+thi\\s+hành");

    /**
     * {@link #whySetAside}'s rules of a figure of another unit, place or scope, tried in order.
     */
    private static String whyNoFigureOfTheLocality(String sentence, QuantityScanner.Quantity before,
                                           QuantityScanner.Quantity qty, int from) {
        String leading = sentence.substring(from, qty.start());
        String after = sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 30));
        String why = structureCount(sentence, qty) ? "structure_count"
                : NATIONAL_FIGURE.matcher(leading).find() ? "national_figure"
                : FIRST_PERSON.matcher(near(sentence, qty, '.')).find() ? "first_person"
                : households(qty, leading, after) ? "households"
                : unitsOf(qty, leading) ? "units_it_belongs_to"
                : attendance(qty, leading, after) ? "attendance"
                : otherProgramme(sentence, qty) ? "other_programme"
                : nationalTargetCited(sentence, qty) ? "national_target_cited"
                : otherIndex(sentence, qty) ? "other_index"
                : qty.unit() != null && THOSE.matcher(after).find() ? "count_pointed_back"
                : perOne(qty, leading) ? "per_one" : null;
        if (why != null) {
            return why;
        }
        return NEW_RURAL_STANDARD.matcher(sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 48))).find()
                ? "new_rural_standard"
                : placeInAListOfScores(sentence, qty) ? "place_in_a_list_of_scores"
                : placeHeldByANamedUnit(qty, sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 60)))
                ? "place_held_by_a_named_unit"
                : before != null && whereTheSameAre(before, qty, leading) ? "places_of_the_same_count"
                : namesListed(qty, sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 140)))
                ? "places_a_list_names"
                : membersListed(qty, sentence.substring(0, qty.start()),
                        sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 90))) ? "members_listed"
                : ministrysFigure(sentence, qty) ? "ministry_figure"
                : boundOfAGroup(sentence, qty) ? "bound_of_a_group"
                : NATIONAL_GOAL.matcher(sentence).find() ? "national_goal"
                : carriersOfTheMarket(sentence, qty) ? "carriers_market"
                : FIELD.matcher(leading).find() ? "ranking_field"
                : offTheGrid(sentence, qty) ? "off_the_grid"
                : ETHNIC_SHARE.matcher(after).lookingAt() ? "ethnic_share"
                : committeeSize(qty, leading) ? "committee_size"
                : MARGIN_BEFORE.matcher(leading).find() && MARGIN_AFTER.matcher(after).lookingAt() ? "margin_over_another"
                : null;
    }

    /** "cao hơn 0,105 so với mức điểm bình quân của cả nước": a margin over another figure, not a level. */
    private static final Pattern MARGIN_BEFORE = Pattern.compile("(?iu)(?:cao|thấp)\\s+hơn\\s*$");
    private static final Pattern MARGIN_AFTER = Pattern.compile("(?iu)\\s*(?:điểm\\s+)?so\\s+với");

    /**
     * "100% dân số là người Dao", "35% dân số là đồng bào dân tộc thiểu số": who the people are, not what they do.
     */
    private static final Pattern ETHNIC_SHARE = Pattern.compile(
            "(?iu)\\s*(?:dân\\s+số|số\\s+hộ|hộ(?:\\s+dân)?|người\\s+dân|nhân\\s+khẩu)\\s+là\\s+(?:người\\s+dân\\s+tộc|đồng\\s+bào|"
                    + "dân\\s+tộc|người\\s+(?!dân\\b)(?-i:\\p{Lu}))");

    /** The power grid named in the figure's own clause: "4 thôn chưa có điện lưới quốc gia", "mạng lưới điện". */
    private static final Pattern POWER_GRID = Pattern.compile("(?iu)^[^,;.:]{0,50}?(?:điện\\s+lưới|lưới\\s+điện)");

    /**
     * Villages off the national power grid ("19/98 bản chưa có hệ thống mạng lưới điện quốc gia") measure
     * electrification, which no labelled set counts as digital transformation, though the same sentence goes on to
     * mobile coverage.
     */
    static boolean offTheGrid(String sentence, QuantityScanner.Quantity qty) {
        return POWER_GRID.matcher(sentence).region(qty.end(), sentence.length()).lookingAt();
    }

    /** "dẫn đầu trên 108 xã, phường": how many units a ranking is among, not a count of the locality's. */
    private static final Pattern FIELD = Pattern.compile(
            "(?iu)(?:dẫn\\s+đầu|đứng\\s+đầu|(?:xếp|đứng)\\s+(?:thứ|hạng)\\s+\\d{1,3})\\s+(?:trên|trong(?:\\s+(?:số|tổng\\s+số))?)\\s*$");

    private static final Pattern CARRIER = Pattern.compile("(?iu)(?:doanh\\s+nghiệp|điểm)$");
    private static final Pattern OPERATING = Pattern.compile("(?iu)^\\s*(?:đang\\s+hoạt\\s+động|cung\\s+cấp|kinh\\s+doanh)(?!\\p{L})");
    private static final Pattern POST_OR_TELECOM = Pattern.compile("(?iu)viễn\\s+thông|bưu\\s+chính");
    private static final int MARKET_REACH = 60;

    /**
     * How many carriers serve the market: "tỉnh có 26 doanh nghiệp đang hoạt động với 265 điểm cung cấp các dịch vụ bưu
     * chính", "07 doanh nghiệp cung cấp dịch vụ viễn thông". The telecom and postal market's structure, which every
     * labelled set leaves out, is no measure of the locality's digital transformation.
     */
    static boolean carriersOfTheMarket(String sentence, QuantityScanner.Quantity qty) {
        if (!CARRIER.matcher(qty.text().strip()).find()) {
            return false;
        }
        String after = sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + MARKET_REACH));
        return OPERATING.matcher(after).find() && POST_OR_TELECOM.matcher(
                sentence.substring(Math.max(0, qty.start() - MARKET_REACH / 2), qty.start()) + after).find();
    }

    /**
     * A sentence whose subject is the country's programme setting its goals: "Văn kiện Đại hội đại biểu toàn quốc lần thứ
     * XIII ... đã đặt rõ mục tiêu ...: kinh tế số sẽ chiếm 20% GDP", "Chính phủ đặt mục tiêu ...". A locality's plan
     * carrying such a goal out says so in its own words ("Thực hiện Nghị quyết ..., tỉnh phấn đấu ...").
     */
    private static final Pattern NATIONAL_GOAL = Pattern.compile("(?u)^[\\s\\p{Punct}]*(?:Văn\\s+kiện\\s+Đại\\s+hội"
            + "|Đại\\s+hội\\s+đại\\s+biểu\\s+toàn\\s+quốc|Chính\\s+phủ|Thủ\\s+tướng|Chiến\\s+lược\\s+quốc\\s+gia"
            + "|Chương\\s+trình\\s+Chuyển\\s+đổi\\s+số\\s+quốc\\s+gia|Bộ\\s+Chính\\s+trị)(?!\\p{L})[^.;]{0,160}?"
            + "(?iu:\\b(?:đặt|đề\\s+ra|xác\\s+định|đặt\\s+ra)\\b[^.;]{0,40}?mục\\s+tiêu)");

    /** Units counted or named as a group, then the rate they have: "15 bộ, ngành và địa phương có tỷ lệ ... dưới". */
    private static final Pattern GROUP_BELOW = Pattern.compile("(?iu)(?:(?<![\\p{L}\\d.,])\\d+|\\bcác|\\bnhững)\\s+"
            + "(?:bộ|ngành|địa\\s+phương|tỉnh|thành\\s+phố|xã|phường|huyện|đơn\\s+vị|cơ\\s+quan)(?!\\p{L})[^.;]{0,80}?"
            + "(?:\\b(?:có|đạt)\\s+tỷ\\s+lệ(?!\\p{L})[^.;]{0,80}?\\b(?:dưới|thấp\\s+hơn|(?:đạt\\s+)?trên)|\\bcòn\\s+lại\\s+dưới)\\s*$"
            // a counted group: "24 xã/phường thực hiện số hóa Sổ hộ tịch đạt dưới 10%"
            + "|(?<![\\p{L}\\d.,])\\d+\\s+(?:bộ|ngành|địa\\s+phương|tỉnh|xã|phường|huyện|đơn\\s+vị|cơ\\s+quan)(?!\\p{L})[^.;]{0,80}?"
            + "\\bđạt\\s+(?:dưới|thấp\\s+hơn|trên)\\s*$");

    /**
     * The bound of a group in national news: "Các tỉnh thành còn lại đạt tỷ lệ dưới 50%, ... dưới 10%", "15 bộ, ngành
     * và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%", "24 xã/phường thực hiện số hóa Sổ hộ tịch đạt
     * dưới 10%": a class of units below a rate, no figure of
     * the locality ("Phấn đấu tỷ lệ hộ nghèo dưới 2%" names no group and stays a target).
     */
    static boolean boundOfAGroup(String sentence, QuantityScanner.Quantity qty) {
        return Statement.PERCENT.equals(qty.unit()) && GROUP_BELOW.matcher(sentence.substring(
                Math.max(0, sentence.lastIndexOf(';', qty.start() - 1) + 1), qty.start())).find();
    }

    /** "Ở khối bộ, ngành, ...": a sentence about the ministries' block. */
    private static final Pattern MINISTRIES = Pattern.compile("(?iu)^[\\s\\p{Punct}]*(?:ở|đối\\s+với|trong)?\\s*khối\\s+(?:các\\s+)?bộ,\\s*ngành");
    /** A clause whose subject is a ministry or the State Bank: "Bộ Y tế có ...", "Ngân hàng Nhà nước dẫn đầu ...". */
    private static final Pattern MINISTRY_SUBJECT = Pattern.compile(
            "(?u)^\\s*(?:Bộ\\s+(?!Chỉ\\s+số|chỉ\\s+số|Tiêu\\s+chí)\\p{Lu}|Ngân\\s+hàng\\s+Nhà\\s+nước)");

    /**
     * A ministry's figure in national news: "Ở khối bộ, ngành, Ngân hàng Nhà nước dẫn đầu ... với 100%, Bộ Công Thương
     * đứng thứ hai với tỷ lệ 99,7%", "Bộ Y tế có lượng truy cập ... 14,58 triệu lượt". A locality is no ministry; a
     * ministry named inside the clause ("được Bộ TT&TT đánh giá đạt 90 điểm") leaves the figure the locality's.
     */
    static boolean ministrysFigure(String sentence, QuantityScanner.Quantity qty) {
        if (MINISTRIES.matcher(sentence).find()) {
            return true;
        }
        int from = Math.max(sentence.lastIndexOf(',', qty.start() - 1), sentence.lastIndexOf(';', qty.start() - 1));
        return MINISTRY_SUBJECT.matcher(sentence.substring(from + 1, qty.start())).find();
    }

    private static final Pattern SCALE_BEFORE = Pattern.compile("(?iu)(?:thang\\s+điểm|tối\\s+đa)[^.;:\\d]{0,25}$|\\btổng\\s*$");
    private static final Pattern PARTS_AFTER = Pattern.compile("(?iu)^\\s*gồm\\s*:");

    /**
     * "với thang điểm tính tối đa là 1.000 điểm", "có 6 tiêu chí, tổng 500 điểm gồm: ...": the most an index gives, not
     * a score anyone reached ("tổng điểm đạt 826,8 điểm" is one).
     */
    static boolean scaleMaximum(String sentence, QuantityScanner.Quantity qty) {
        if (qty.unit() == null || !qty.unit().equalsIgnoreCase("điểm")) {
            return false;
        }
        Matcher before = SCALE_BEFORE.matcher(sentence.substring(Math.max(0, qty.start() - 40), qty.start()));
        return before.find() && (!before.group().toLowerCase(Locale.ROOT).startsWith("tổng")
                || PARTS_AFTER.matcher(sentence.substring(qty.end())).find());
    }

    /** A count, what its members did or have, then the share they passed: no digit, bracket or clause break between. */
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("(?iu)(?<![\\d.,/])(?!1[/\\s])\\d[\\d.]*(?:/\\d[\\d.]*)?\\s+\\p{L}"
            + "[^,;:()\\d%]{0,80}?\\s(?:có\\s+tỷ\\s+lệ|hoàn\\s+thành|thực\\s+hiện|trả\\s+lời\\s+đúng)"
            + "[^,;:()\\d%]{0,60}?(?:trên|từ|dưới|đạt)\\s*$");

    /**
     * "17 đơn vị ... có tỷ lệ hồ sơ xử lý đúng hạn đạt 100%", "10/20 tiêu chí hoàn thành trên 90%": the share the
     * counted units passed, a threshold; the count is the statement ("1.050 hồ sơ trực tuyến, đạt 95%" is a share, and
     * "1/16 mục tiêu hoàn thành trên 87%" the one target's own progress).
     */
    static boolean threshold(String sentence, QuantityScanner.Quantity qty) {
        if (!Statement.PERCENT.equals(qty.unit())) {
            return false;
        }
        String before = sentence.substring(Math.max(0, qty.start() - 200), qty.start());
        // the verbs stand after the count, never first in the sentence: their lower case is looked for before the pattern
        return (before.contains("tỷ lệ") || before.contains("hoàn thành") || before.contains("thực hiện")
                || before.contains("trả lời")) && THRESHOLD_BEFORE.matcher(before).find();
    }

    private static final Pattern BROADCAST_TO = Pattern.compile("(?iu)trực\\s+tuyến\\s+(?:đến|tới)\\s+(?:các\\s+)?$");
    private static final Pattern MEETING = Pattern.compile("(?iu)hội\\s+nghị|hội\\s+thảo|cuộc\\s+họp|buổi\\s+lễ|lễ\\s+");

    /**
     * "Hội nghị được tổ chức trực tuyến đến 78 xã, phường": where a meeting was broadcast to, not a measure ("kết nối
     * 241 điểm cầu" counts the points themselves, and is one).
     */
    static boolean meetingReach(String sentence, QuantityScanner.Quantity qty) {
        return qty.unit() != null && qty.denominator() == null && PLACE_UNIT.matcher(qty.unit()).find()
                && BROADCAST_TO.matcher(sentence.substring(Math.max(0, qty.start() - 30), qty.start())).find()
                && MEETING.matcher(sentence).find();
    }

    private static final Pattern DOSSIERS = Pattern.compile("(?iu)^hồ\\s+sơ");
    private static final Pattern ONLINE = Pattern.compile(
            "(?iu)trực\\s+tuyến|qua\\s+mạng|điện\\s+tử|DVCTT|dịch\\s+vụ\\s+công|môi\\s+trường\\s+mạng|số\\s+hóa|số\\s+hoá|VNeID|định\\s+danh"
                    + "|lưu\\s+trữ|trước\\s+hạn|căn\\s+cước|CCCD|ĐDĐT");

    /**
     * "Tổng số hồ sơ tiếp nhận là 8.930 hồ sơ", "14 hồ sơ bị quá hạn": a count of dossiers whose clause says nothing
     * online or digital is the office's workload, not a DX statement ("1.688 hồ sơ trực tuyến" is one, and so are
     * records stored, dossiers settled ahead of time, a measure of the one-stop service, and dossiers of the
     * chip ID card and the digital ID, abbreviated too: "775 nghìn hồ sơ cấp tài khoản ĐDĐT", "hồ sơ cấp CCCD").
     */
    static boolean paperVolume(QuantityScanner.Quantity qty, String clause) {
        return qty.unit() != null && qty.denominator() == null && DOSSIERS.matcher(qty.unit()).find()
                && !ONLINE.matcher(clause).find();
    }

    private static final Pattern PLACE_UNIT = Pattern.compile("(?iu)^(?:địa\\s+phương|tỉnh|huyện|xã|phường)");
    private static final Pattern NAMES_FOLLOW = Pattern.compile(
            "(?u)^[^.;:]{0,40}?(?:dẫn đầu|xếp loại|xếp hạng|đứng đầu|tốp|[Tt]op)[^.;:]{0,80}:\\s*\\p{Lu}");

    /**
     * "9 địa phương dẫn đầu về nhận thức số: Đà Nẵng, Lạng Sơn, ...", "13 địa phương được xếp loại tốt, gồm: Nam Giang,
     * ...": the number of places of a ranking a list then names, said to introduce who they are, not a measure of the
     * locality ("hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố: ..." is one).
     */
    static boolean namesListed(QuantityScanner.Quantity qty, String after) {
        return qty.denominator() == null && qty.unit() != null && PLACE_UNIT.matcher(qty.unit()).find()
                && NAMES_FOLLOW.matcher(after).find();
    }

    /** What may stand before the group's number when the sentence opens with it: "Top ", "Cùng trong Top ", "Nhóm ". */
    private static final Pattern OPENS_THE_SENTENCE = Pattern.compile(
            "(?iu)^\\W*(?:(?:cùng\\s+)?trong\\s+)?(?:nhóm\\s+)?(?:top|tốp|nhóm)\\s*$");
    private static final Pattern MEMBERS_FOLLOW = Pattern.compile(
            "(?u)^[^.;:]{0,70}?(?:\\bgồm\\s*:?|:|,\\s*có)\\s*(?-i:\\p{Lu})");

    /**
     * "Top 10 tỉnh, thành phố đứng đầu về DTI 2023 gồm: Đà Nẵng, ...", "Cùng trong Top 5, có Sở Thông tin và Truyền thông,
     * Sở Y tế, ...": a sentence that opens with a group of leaders and lists who is in it introduces them; no unit's place
     * ("Hà Nội lọt vào Top 10" names the locality's, and is one).
     */
    static boolean membersListed(QuantityScanner.Quantity qty, String before, String after) {
        return QuantityScanner.RANK_UNIT.equals(qty.unit()) && "lte".equals(qty.comparator())
                && OPENS_THE_SENTENCE.matcher(before).matches()
                && MEMBERS_FOLLOW.matcher(after).find();
    }

    /** One steering body named in the figure's clause, then how many it has: "Ban Chỉ đạo ... của phường gồm 10". */
    private static final Pattern ONE_COMMITTEE = Pattern.compile(
            "(?iu)(?<!các\\s)(?<!những\\s)\\b(?:ban\\s+chỉ\\s+đạo|tổ\\s+giúp\\s+việc)(?!\\p{L})[^,;.:()]{0,90}?(?:\\bgồm\\s*)?$");
    private static final Pattern MEMBERS = Pattern.compile("(?iu)^thành\\s+viên$");

    /**
     * "Ban Chỉ đạo chuyển đổi số của phường gồm 10 thành viên", "Tổ giúp việc cho Ban Chỉ đạo 15 thành viên": how a
     * committee is made up, as a plan's parts are, no measure; the members of many teams together ("các tổ công nghệ số
     * cộng đồng với 12.000 thành viên") stay one.
     */
    static boolean committeeSize(QuantityScanner.Quantity qty, String leading) {
        return qty.denominator() == null && qty.unit() != null && MEMBERS.matcher(qty.unit().strip()).matches()
                && ONE_COMMITTEE.matcher(leading).find();
    }

    private static final Pattern AT_PLACES = Pattern.compile("(?iu)\\b(?:tại|ở)\\s+(?:các\\s+)?$");

    /**
     * "32 Tổ công nghệ số cộng đồng tại 32 thôn": the places where the same number of things are, said of the count
     * before, not a second figure.
     */
    static boolean whereTheSameAre(QuantityScanner.Quantity before, QuantityScanner.Quantity qty, String gap) {
        return before.value() == qty.value() && qty.denominator() == null && before.denominator() == null
                && gap.length() <= PlanExtractor.LIST_ITEM_GAP && AT_PLACES.matcher(gap).find();
    }

    /** "xếp thứ 2 với 508,17 điểm", "lần lượt xếp thứ 2 và 3", "xếp thứ 2 và 3 lần lượt là Sở Tài chính với ...". */
    private static final Pattern SCORE_AFTER = Pattern.compile("(?iu)^\\s*(?:và\\s+(?:thứ\\s+)?\\d{1,3}\\s+)?(?:lần lượt|với\\s+[\\d.,]+\\s+điểm)");
    private static final Pattern RESPECTIVELY_BEFORE = Pattern.compile(
            "(?iu)lần lượt\\s+(?:(?:xếp|đứng)(?:\\s+hạng|\\s+vị\\s+trí)?\\s+)?(?:thứ\\s+)?$");

    /**
     * A place in a list of units and their scores: the score is the statement ("huyện Yên Sơn xếp thứ 2 với 508,17
     * điểm"), and "lần lượt" ("respectively") gives places of the units it lists, not of the document's locality.
     */
    static boolean placeInAListOfScores(String sentence, QuantityScanner.Quantity qty) {
        if (!QuantityScanner.RANK_UNIT.equals(qty.unit())) {
            return false;
        }
        return SCORE_AFTER.matcher(sentence.substring(qty.end(), Math.min(sentence.length(), qty.end() + 40))).find()
                || RESPECTIVELY_BEFORE.matcher(sentence.substring(Math.max(0, qty.start() - 30), qty.start())).find();
    }
}
