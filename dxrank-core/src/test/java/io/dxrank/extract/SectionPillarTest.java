package io.dxrank.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A heading that names two pillars takes the one it names first, the same in every run. */
class SectionPillarTest {

    private static String pillarOf(String heading) {
        SectionTracker tracker = new SectionTracker(false);
        tracker.accept(heading);
        return tracker.context().pillar();
    }

    @Test
    void thePillarNamedFirstWins() {
        // devset/dev a05: its pillar changed from run to run while a map's iteration order decided
        assertEquals("infrastructure", pillarOf("3. Hạ tầng dữ liệu và điện toán đám mây"));
        assertEquals("data", pillarOf("4. Dữ liệu số và hạ tầng"));
        assertEquals("economy", pillarOf("II. PHÁT TRIỂN KINH TẾ SỐ"));
    }

    @Test
    void aBarePartHeadingTakesTheCapitalLineBelowAsItsTitle() {
        // a probe in the form of a commune's year-end report: the part's year is on the line below "PHẦN THỨ HAI"
        SectionTracker tracker = new SectionTracker(true);
        tracker.accept("PHẦN THỨ HAI");
        tracker.accept("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025");
        assertEquals("PHẦN THỨ HAI PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", tracker.context().sectionPath());
        assertEquals(Statement.TARGET, tracker.context().mode());
        tracker.accept("1. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 80%.");
        assertEquals("PHẦN THỨ HAI PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", tracker.context().sectionPath(),
                "a sentence below is no title");
        SectionTracker titled = new SectionTracker(true);
        titled.accept("PHẦN I. KẾT QUẢ NĂM 2024");
        titled.accept("CÔNG TÁC CHỈ ĐẠO");
        assertEquals("PHẦN I. KẾT QUẢ NĂM 2024", titled.context().sectionPath(), "a part with its title takes no more");
        SectionTracker numbered = new SectionTracker(true);
        numbered.accept("PHẦN I");
        numbered.accept("I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024");
        assertEquals("PHẦN I > I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024", numbered.context().sectionPath(),
                "a numbered heading below a bare part is a heading of its own");
    }
}
