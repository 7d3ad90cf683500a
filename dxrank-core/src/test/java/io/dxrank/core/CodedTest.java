package io.dxrank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dxrank.analytics.Imputation;
import io.dxrank.analytics.Normalization;
import io.dxrank.charts.ChartFormat;
import io.dxrank.export.CsvStyle;
import org.junit.jupiter.api.Test;

/** Flags and job-file keys name a choice; its enum is the one list of what is allowed. */
class CodedTest {

    @Test
    void aChoiceIsReadByItsCodeWhateverTheCase() {
        assertEquals(Normalization.GOALPOST, Coded.parse(Normalization.class, " Goalpost ", "normalization"));
        assertEquals(ChartFormat.SVG, ChartFormat.named("SVG"));
        assertEquals(ChartFormat.PNG, ChartFormat.named(null));
        assertEquals(CsvStyle.EXCEL_VI, CsvStyle.named("excel-vi"));
    }

    @Test
    void anUnknownChoiceNamesEveryAllowedOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Coded.parse(Imputation.class, "mean", "imputation"));
        assertEquals("unknown imputation 'mean': use none or median", e.getMessage());
        assertEquals("minmax, goalpost or zscore", Coded.choices(Normalization.class));
        assertEquals("unknown CSV dialect 'excel-de': use excel or excel-vi",
                assertThrows(IllegalArgumentException.class, () -> CsvStyle.named("excel-de")).getMessage());
    }
}
