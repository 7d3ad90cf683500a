package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The population's year, from the gazetteer's own column or from the words of its source (both real sources). */
class PopulationYearTest {

    @Test
    void aColumnWinsElseTheYearTheSourceNamesForThePopulation() {
        assertEquals(2019, Gazetteer.populationYear("", "Code 38 verified (GSO code list as of 01/03/2025 (dvhcvn"
                + " snapshot of the GSO administrative-unit list); unchanged after the 1/7/2025 reform, Công văn"
                + " 915/CTK-CSCL); population: 2019 Population and Housing Census (1/4/2019)"));
        assertEquals(2025, Gazetteer.populationYear("", "2025_34-province-3221-ward_with_location.csv; population"
                + " sapnhap.bando.com.vn_ward_2025-07-17.csv"));
        assertEquals(2024, Gazetteer.populationYear("2024", "population: 2019 census"));
        assertNull(Gazetteer.populationYear("", "danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv"),
                "a source that names no population gives no year");
    }

    @Test
    void aPerThousandFigureCarriesThePopulationsYear() {
        Locality commune = new Locality("1", "Tân Lập", "xa", "", "Phú Thọ", 8000L, null, "", "", 2019);
        Fact f = new Fact("p", "1", "Tân Lập", "xa", "Phú Thọ", "c", "C", "economy", "actual", 2024, "2024", 40, null,
                "tài khoản", "eq", "p.txt", 1, "q", "s", "", "40", null, "prose", null, null);
        Fact per1000 = Normalizer.per1000(f, new Indicator("c", "C", "C", "economy", "tài khoản", "higher",
                List.of("c"), null, null, null), commune);
        assertEquals(5.0, per1000.valuePer1000());
        assertEquals(2019, per1000.populationYear());
        assertEquals(2024, per1000.year(), "the fact's own year is untouched");
    }
}
