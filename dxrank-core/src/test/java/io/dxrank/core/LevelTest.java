package io.dxrank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.analytics.LevelGroups;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One list of levels: the words documents use, the codes of plans.csv and the groups ranked together. */
class LevelTest {

    @Test
    void wordsInAnyCaseOrWithoutDiacriticsGiveTheCode() {
        assertEquals("thi_tran", Level.codeOfWords("Thị Trấn"));
        assertEquals("thanh_pho", Level.codeOfWords("THÀNH PHỐ"));
        assertEquals("thi_xa", Level.codeOfWords("thi xa"));
        assertEquals("phuong", Level.codeOfWords(" Phường "));
        assertNull(Level.codeOfWords("thôn"));
        assertNull(Level.codeOfWords(null));
    }

    @Test
    void theLongerLevelWordWinsInTheRegex() {
        Matcher m = Pattern.compile("(?iu)(" + Level.WORDS_REGEX + ")\\s+(\\p{Lu}\\p{L}*)").matcher("UBND thị xã Nghi Sơn");
        assertTrue(m.find());
        assertEquals("thị xã", m.group(1));
    }

    @Test
    void groupsInJavaAndSqlComeFromTheSameLevels() {
        assertEquals("commune", LevelGroups.of("thi_tran"));
        assertEquals("district", LevelGroups.of("quan"));
        assertEquals("province", LevelGroups.of("tinh"));
        assertEquals("unknown", LevelGroups.of(null));
        assertEquals("CASE WHEN level IN ('xa','phuong','thi_tran','dac_khu') THEN 'commune'"
                + " WHEN level IN ('huyen','quan','thi_xa','thanh_pho') THEN 'district'"
                + " WHEN level IN ('tinh') THEN 'province' ELSE 'unknown' END", LevelGroups.sqlCase("level"));
    }
}
