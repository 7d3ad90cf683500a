package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.extract.PlanMetadata;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names from the national register written as documents write them resolve to their GSO code; namesakes that no
 * clue tells apart are flagged with their candidates, never guessed.
 */
class GazetteerResolutionTest {

    private static final Path HAND = Path.of("data/reference/localities.csv");
    private static Gazetteer gazetteer;
    private static List<CSVRecord> units;
    private static Set<String> handIds;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = Gazetteer.load(HAND);
        units = new ArrayList<>();
        handIds = new HashSet<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new StringReader(Files.readString(HAND, StandardCharsets.UTF_8)))) {
            handIds.add(r.get("locality_id"));
        }
        String csv = Files.readString(Path.of("data/reference", Gazetteer.NATIONAL_FILE), StandardCharsets.UTF_8);
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new StringReader(csv))) {
            if (Level.ofCode(r.get("level")) != null) {
                units.add(r);
            }
        }
    }

    /** The abbreviations documents write before a unit's name, with or without a dot after capitals. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("xa", "X. ", "phuong", "P. ", "thi_tran", "TT ",
            "thanh_pho", "TP. ", "thi_xa", "TX ", "quan", "Q. ", "huyen", "H. ");

    /** A register unit's name as a document writes it, whether the writing carries the level and the diacritics. */
    private record Written(String text, boolean levelWritten, boolean marksWritten) { }

    /** A register unit of any level written as a document might: level word or abbreviation, no diacritics, old tone marks, case. */
    private static Written written(CSVRecord r, Random random) {
        String name = r.get("name");
        String level = Level.ofCode(r.get("level")).words();
        int form = random.nextInt(4);
        boolean marks = form != 0;
        name = switch (form) {
            case 0 -> VnText.fold(name);
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> name.replace("òa", "oà").replace("òe", "oè").replace("ùy", "uỳ").replace("óa", "oá");
            default -> name;
        };
        return switch (random.nextInt(3)) {
            case 0 -> new Written(level + " " + name, true, marks);
            case 1 -> new Written(ABBREVIATIONS.getOrDefault(r.get("level"), "") + name, ABBREVIATIONS.containsKey(r.get("level")),
                    marks);
            default -> new Written(name, false, marks);
        };
    }

    /**
     * The register's own answer, counted without the resolver: the units of the sampled one's province, in force on
     * the date, whose name reads alike (with its tones where the writing keeps them) and whose level and parent fit
     * what the writing gives. More than one is a true namesake, which no resolver can tell apart from these clues,
     * unless one of them is a row the analyst keeps by hand: that one wins by rule.
     */
    private static long namesakes(CSVRecord r, Written w, String parent, String date) {
        Function<String, String> key = w.marksWritten() ? VnText::toneKey : VnText::fold;
        String name = key.apply(r.get("name"));
        List<String> fits = units.stream().filter(u -> u.get("province").equals(r.get("province"))
                && key.apply(u.get("name")).equals(name)
                && (!w.levelWritten() || u.get("level").equals(r.get("level")))
                && (parent == null || u.get("parent").equals(parent))
                && (u.get("valid_from").isEmpty() || u.get("valid_from").compareTo(date) <= 0)
                && (u.get("valid_to").isEmpty() || u.get("valid_to").compareTo(date) >= 0)).map(u -> u.get("locality_id")).toList();
        return fits.stream().anyMatch(handIds::contains) ? 1 : fits.size();
    }

    @Test
    void aThousandRegisterNamesWrittenAsDocumentsWriteThemResolve() {
        Random random = new Random(20_250_701L);
        int unique = 0;
        int uniqueRight = 0;
        int namesakes = 0;
        int namesakesFlagged = 0;
        List<String> wrong = new ArrayList<>();
        int n = 1_000;
        for (int i = 0; i < n; i++) {
            CSVRecord r = units.get(random.nextInt(units.size()));
            boolean old = !r.get("valid_to").isEmpty();
            String date = old ? "2024-03-15" : "2026-01-10";
            String parent = old && !r.get("parent").isEmpty() && random.nextBoolean() ? r.get("parent") : null;
            Written w = written(r, random);
            Gazetteer.Resolution res = gazetteer.resolve(w.text(), null, parent, r.get("province"), date);
            boolean right = res.match() != null && res.match().id().equals(r.get("locality_id"));
            boolean flagged = res.match() == null && res.candidates().stream().anyMatch(c -> c.id().equals(
                    r.get("locality_id")));
            if (namesakes(r, w, parent, date) > 1) {
                namesakes++;
                namesakesFlagged += flagged ? 1 : 0;
            } else {
                unique++;
                uniqueRight += right ? 1 : 0;
            }
            if (!right && !flagged) {
                wrong.add(r.get("locality_id") + " " + r.get("level") + " " + r.get("name") + " written '" + w.text() + "' -> " + res);
            }
        }
        assertEquals(List.of(), wrong, "never a wrong code");
        assertEquals(namesakes, namesakesFlagged, "a true namesake is flagged with its candidates, never guessed");
        assertTrue(uniqueRight >= 0.99 * unique, uniqueRight + " right of " + unique + " that the clues tell apart");
        assertTrue(unique >= 0.95 * n, "the sample is mostly names the clues tell apart: " + unique);
        System.out.printf(Locale.ROOT, "gazetteer resolution: %d of %d names the clues tell apart right, %d of %d true"
                + " namesakes flagged with candidates, 0 wrong%n", uniqueRight, unique, namesakesFlagged, namesakes);
    }

    @Test
    void namesakesWithoutAClueAreFlaggedWithTheirCandidates() {
        Gazetteer.Resolution tanLap = gazetteer.resolve("Tân Lập", "xa", null, null, "2024-03-15");
        assertNull(tanLap.match(), "xã Tân Lập exists in many provinces");
        assertTrue(tanLap.candidates().size() > 5, tanLap.candidates().toString());
    }

    @Test
    void aParentWrittenWithItsLevelWordTellsNumberedWardsApart() {
        // "Phường 3, Quận 3" and "P.3 (Q.Gò Vấp)": the extractor gives the parent as the text writes it
        assertNull(gazetteer.resolve("Phường 3", "phuong", null, "Hồ Chí Minh", "2024-04-12").match());
        assertEquals("27154", gazetteer.resolve("Phường 3", "phuong", "quận 3", "Hồ Chí Minh", "2024-04-12").match().id());
        assertEquals("26902", gazetteer.resolve("Phường 3", "phuong", "quận Gò Vấp", "Hồ Chí Minh", "2024-04-12").match().id());
        assertEquals("02953", gazetteer.resolve("Nghĩa Đô", "xa", "huyện Bảo Yên", "Lào Cai", "2024-04-12").match().id());
    }

    @Test
    void aNameRunIntoThePersonsNameAfterItEndsWhereAUnitsNameEnds() {
        // devset/fresh2 g04: "Chủ tịch UBND phường Hòa Thuận Tây Võ Lê Anh" was read as phường "Hòa Thuận Tây Võ"
        assertEquals("20245", gazetteer.resolve("Hòa Thuận Tây Võ", "phuong", null, "Đà Nẵng", "2024-03-15").match().id());
        assertNull(gazetteer.resolve("Võ Lê", "phuong", null, "Đà Nẵng", "2024-03-15").match(),
                "two words are never cut to one");
    }

    @Test
    void theDocumentsDateChoosesTheEra() {
        // phường Ngọc Hà of quận Ba Đình (00016) became part of the new phường Ngọc Hà (00008) on 1 July 2025
        assertEquals("00016", gazetteer.resolve("Ngọc Hà", "phuong", null, "Hà Nội", "2024-03-15").match().id());
        assertEquals("00008", gazetteer.resolve("Ngọc Hà", "phuong", null, "Hà Nội", "2026-01-10").match().id());
        Gazetteer.Resolution undated = gazetteer.resolve("Ngọc Hà", "phuong", null, "Hà Nội", null);
        assertNull(undated.match(), "without a date the two units are candidates, not a guess");
        assertEquals(2, undated.candidates().size());
    }

    @Test
    void aProvinceRenamedBeforeTheReformIsFoundUnderItsFormerName() {
        // tỉnh Thừa Thiên Huế became thành phố Huế (46) on 1 January 2025; the June 2025 register knows only "Huế"
        Locality hue = gazetteer.resolve("Thừa Thiên Huế", "tinh", null, "Thừa Thiên Huế", "2022-06-30").match();
        assertEquals("46", hue.id());
        assertEquals("Huế", hue.name(), "one name per unit in facts and rankings: the register's");
        assertEquals("46", gazetteer.resolve("Thua Thien Hue", null, null, null, null).match().id());
        // the former name is a province clue like the register's: xã Phú Sơn lies in a dozen provinces
        assertEquals("19990", gazetteer.resolve("Phú Sơn", "xa", null, "Thừa Thiên Huế", "2023-05-30").match().id());
        assertEquals("19990", gazetteer.resolve("Phú Sơn", "xa", null, "Huế", "2023-05-30").match().id());
    }

    @Test
    void aNameThatMatchesOnlyWithoutItsDiacriticsMustFitTheProvinceAndDate() {
        // devset/fresh8 w01: xã Văn Đức (huyện Gia Lâm, Hà Nội) is not in the register; xã Vạn Đức (Gia Lai, formed on
        // 1 July 2025) folds alike but contradicts the province and the date
        assertNull(gazetteer.resolve("Văn Đức", "xa", "huyện Gia Lâm", "Hà Nội", "2024-03-15").match());
        assertEquals("21703", gazetteer.resolve("Vạn Đức", "xa", null, "Hà Nội", "2026-01-10").match().id(),
                "the name as written still resolves against a misread province");
        assertEquals("21703", gazetteer.resolve("Van Duc", "xa", null, "Gia Lai", "2026-01-10").match().id(),
                "a name written without diacritics is matched by its folded form");
        assertEquals(VnText.toneless("Hoà"), VnText.toneless("Hòa"), "old and new tone placement are one name");
    }

    @Test
    void theProvinceOutweighsALevelWordTheRegisterNoLongerHas() {
        // devset/fresh43 zr02 (a real 2023 news item): "xã Hồng Giang, huyện Lục Ngạn (Bắc Giang)" became a ward of
        // thị xã Chũ in 2024; the register's only xã Hồng Giang lies in Thái Bình
        assertEquals("07561", gazetteer.resolve("Hồng Giang", "xa", "huyện Lục Ngạn", "Bắc Giang", "2023-05-30").match().id());
        assertEquals("12790", gazetteer.resolve("Hồng Giang", "xa", null, "Thái Bình", "2023-05-30").match().id());
        assertEquals("12790", gazetteer.resolve("Hồng Giang", "xa", null, null, "2023-05-30").match().id(),
                "without a province the level word still decides");
    }

    @Test
    void anUnknownNameGetsTheNearestKnownOnes() {
        // a typing slip: "Khánh Sơm" for xã Khánh Sơn of Nghệ An
        assertNull(gazetteer.resolve("Khánh Sơm", "xa", null, "Nghệ An", "2024-03-15").match());
        List<Locality> near = gazetteer.nearest("Khánh Sơm", "xa", "Nghệ An", 3);
        assertTrue(near.stream().anyMatch(l -> l.id().equals("17986")), near.toString());
        assertEquals(1, Gazetteer.editDistance("khanh som", "khanh son", 3));
        assertEquals(4, Gazetteer.editDistance("abcdefgh", "zzzzefgh", 3), "gives up past the limit");
    }

    @Test
    void theTonesAsWrittenTellNamesakesApartLastOfAllClues() {
        // devset/fresh9 x05: "phường Đông Sơn" of Thanh Hóa after the reform, not "phường Đồng Sơn" of Quảng Trị
        assertEquals("16378", gazetteer.resolve("Đông Sơn", "phuong", null, null, "2026-07-01").match().id());
        assertEquals("18871", gazetteer.resolve("Đông Sơn", "phuong", null, "Quảng Trị", "2026-07-01").match().id(),
                "a province the text names outweighs a tone mark it may have slipped");
        assertEquals(VnText.toneKey("Thanh Hoá"), VnText.toneKey("Thanh Hóa"), "tone placement is no tone");
        assertTrue(!VnText.toneKey("Đông").equals(VnText.toneKey("Đồng")));
    }

    @Test
    void namesakesOfOneProvinceStillGiveTheProvince() {
        // devset/fresh9 x04: xã Thiệu Trung before the reform (15841) and after it (15835), both of Thanh Hóa
        Gazetteer.Resolution undated = gazetteer.resolve("Thiệu Trung", "xa", null, null, null);
        assertNull(undated.match(), "an undated document does not say which of the two");
        assertEquals("Thanh Hóa", undated.province(null));
        assertEquals("Nghệ An", undated.province("Nghệ An"), "the province the text writes comes first");
        Gazetteer.Resolution spread = gazetteer.resolve("Tam Thanh", "xa", null, null, null);
        assertNull(spread.province(null), "namesakes in several provinces give none");
    }

    @Test
    void aPageDatedToTheMonthIsResolvedOnItsSideOfTheReform() {
        // devset/fresh6 s06: a page dated " date 2023-10" whose headline sets goals for 2025 (its plan year)
        String page = " date 2023-10 Đồng Tháp đặt mục tiêu đến năm 2025 nằm trong top 25 tỉnh có chỉ số chuyển đổi số tốt nhất.\n"
                + "Năm 2022, Đồng Tháp đứng thứ 39/63 tỉnh, thành phố.\n";
        PlanMetadata meta = PlanExtractor.extract("t.txt", page.getBytes(StandardCharsets.UTF_8)).metadata();
        assertEquals("2023-10", meta.issueDate(), "the page's month is its date");
        assertEquals("2023-10-15", DocumentLocalities.documentDate(meta));
        assertEquals("87", DocumentLocalities.resolveLocality(gazetteer, meta).resolution().match().id(),
                "Đồng Tháp before the reform, not the province formed in July 2025");
    }

    @Test
    void theHandKeptRowsOfTheSeedsStillWin() {
        assertEquals("16642", gazetteer.find("Tĩnh Hải", "phuong", "Thanh Hóa").id());
        assertEquals("17986", gazetteer.find("Khánh Sơn", "xa", "Nghệ An").id());
        assertEquals(11_915L, gazetteer.find("Tĩnh Hải", "phuong", "Thanh Hóa").population(), "the hand row's figure");
    }

    @Test
    void writtenNamesLoseTheirLevelWords() {
        assertEquals(new WrittenName("thi_tran", "Xuân Mai"), WrittenName.parse("TT. Xuân Mai"));
        assertEquals(new WrittenName("phuong", "Phúc Xá"), WrittenName.parse("Phường Phúc Xá"));
        assertEquals(new WrittenName("thi_xa", "Nghi Son"), WrittenName.parse("thi xa Nghi Son"), "no diacritics");
        assertEquals(new WrittenName(null, "Tân Lập"), WrittenName.parse("Tân Lập"));
        assertEquals(new WrittenName("thanh_pho", "Hồ Chí Minh"), WrittenName.parse("TP Hồ Chí Minh"), "no dot");
        assertEquals(new WrittenName("thi_tran", "cam xuyen"), WrittenName.parse("TT cam xuyen"), "no dot, no diacritics");
        assertEquals(new WrittenName(null, "Tân Phú"), WrittenName.parse("Tân Phú"), "a name starting with T is no abbreviation");
        assertEquals("79", gazetteer.resolve("TP Hồ Chí Minh", "tinh", null, null, "2026-01-01").match().id());
    }
}
