package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dxrank.extract.QuantityScanner;
import io.dxrank.extract.Statement;
import org.junit.jupiter.api.Test;

class AssessmentPillarsTest {

    private static String code(Statement s) {
        return AssessmentPillars.code(s, 0);
    }

    private static Statement figure(String sentence, String valueText, String unit) {
        return new Statement(1, sentence, sentence, "", null, Statement.ACTUAL, "", valueText, 1, null, null, unit, "eq",
                2022, "prose");
    }

    @Test
    void eachPillarOfAListTakesItsOwnPlace() {
        // devset/fresh7 va05 (a real report): "thay đổi xếp hạng: Chính quyền số 28/63 (...), kinh tế số 26/63, ..."
        String s = "Ba trụ cột có sự thay đổi xếp hạng: Chính quyền số 28/63, kinh tế số 26/63, xã hội số 53/63.";
        assertEquals("dx_government_rank", code(figure(s, "28/63", QuantityScanner.RANK_UNIT)));
        assertEquals("dx_economy_rank", code(figure(s, "26/63", QuantityScanner.RANK_UNIT)));
        assertEquals("dx_society_rank", code(figure(s, "53/63", QuantityScanner.RANK_UNIT)));
    }

    @Test
    void aScoreAfterItsPillarIsThePillarsAndTheIndexItselfIsNone() {
        // devset/dev a08 (a real plan): "Chính quyền số đạt 0,6674, xếp thứ 30/63"
        String s = "Trong đó: Chính quyền số đạt 0,6674, xếp thứ 30/63, giảm 03 bậc;";
        assertEquals("dx_government_score", code(figure(s, "0,6674", QuantityScanner.INDEX_UNIT)));
        assertEquals("dx_government_rank", code(figure(s, "xếp thứ 30/63", QuantityScanner.RANK_UNIT)));
        String index = "Về chính quyền số, chỉ số DTI của tỉnh đạt 0,6077, xếp thứ 25/63.";
        assertNull(code(figure(index, "0,6077", QuantityScanner.INDEX_UNIT)), "the DTI between");
        assertNull(code(figure("Chính quyền số có 20 điểm cầu", "20 điểm cầu", "điểm cầu")),
                "a count of endpoints is no score");
        assertNull(code(figure("Tỉnh xếp thứ 15/63 về chỉ số cải cách hành chính", "15/63",
                QuantityScanner.RANK_UNIT)), "no pillar named");
    }

    @Test
    void figuresInTurnAfterAListOfNamesAndAnotherIndexsPartAreNone() {
        // devset/fresh8 y01 and fresh f01 (real news items)
        String turn = "Thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh so với cả nước lần lượt là 22, 13, 9.";
        assertNull(code(figure(turn, "22", QuantityScanner.RANK_UNIT)));
        assertNull(code(figure(turn, "13", QuantityScanner.RANK_UNIT)));
        String shared = "cả 3 trụ cột gồm: Chính quyền số, kinh tế số và xã hội số đều xếp thứ 2.";
        assertNull(code(figure(shared, "xếp thứ 2", QuantityScanner.RANK_UNIT)));
        String par = "chỉ số thành phần hiện đại hóa (nay gọi là xây dựng chính quyền số) trong cải cách hành chính xếp thứ 1/63";
        assertNull(code(figure(par, "xếp thứ 1/63", QuantityScanner.RANK_UNIT)));
    }

    @Test
    void aPillarNamedRightAfterThePlaceIsItsPillar() {
        // devset/fresh8 w11 (a real news item)
        String s = "Quảng Ngãi xếp thứ 17/63 về chính quyền số, xếp thứ 18/63 về kinh tế số và đứng thứ 15/63 về xã hội số.";
        assertEquals("dx_government_rank", code(figure(s, "xếp thứ 17/63", QuantityScanner.RANK_UNIT)));
        assertEquals("dx_economy_rank", code(figure(s, "xếp thứ 18/63", QuantityScanner.RANK_UNIT)));
        assertEquals("dx_society_rank", code(figure(s, "đứng thứ 15/63", QuantityScanner.RANK_UNIT)));
    }

    @Test
    void twoPillarsOfOnePlaceAreEachTheirOwn() {
        // devset/fresh8 w11 as written: the same "xếp thứ 17/63" twice, each of its own pillar
        String s = "Quảng Ngãi xếp thứ 17/63 về chính quyền số, xếp thứ 17/63 về kinh tế số và đứng thứ 15/63 về xã hội số.";
        Statement second = figure(s, "xếp thứ 17/63", QuantityScanner.RANK_UNIT);
        assertEquals("dx_government_rank", AssessmentPillars.code(second, 0));
        assertEquals("dx_economy_rank", AssessmentPillars.code(second, 1));
    }
}
