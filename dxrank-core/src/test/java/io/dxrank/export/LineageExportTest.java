package io.dxrank.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lineage.csv of a run: the whole merge of every successor a locality of the run belongs to, from the reference. */
class LineageExportTest {

    private static final Path REFERENCE = Path.of("data/reference/lineage.csv");

    @TempDir
    Path tmp;

    private List<CSVRecord> written(Set<String> ids) throws Exception {
        Path out = tmp.resolve("lineage-" + String.join("-", ids) + ".csv");
        LineageExport.write(REFERENCE, ids, out, CsvStyle.EXCEL);
        String text = Files.readString(out, StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertTrue(text.startsWith(String.join(",", LineageExport.COLUMNS) + "\r\n"), "the header");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void anOldWardOfTheRunBringsEveryUnitItsSuccessorWasFormedFrom() throws Exception {
        // phường Phúc Xá (Hà Nội, 00001) went into phường Hồng Hà (00097) with the wards around it
        List<CSVRecord> rows = written(Set.of("00001"));
        assertTrue(rows.size() >= 3, "Hồng Hà was formed from several wards: " + rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("new_id").equals("00097") && r.get("new_name").equals("Hồng Hà")));
        assertTrue(rows.stream().anyMatch(r -> r.get("old_name").equals("Phúc Xá")));
        assertTrue(rows.stream().allMatch(r -> r.get("change").startsWith("merge")), "a merge (a ward may be split too)");
    }

    @Test
    void aNewCommuneOfTheRunGivesItsPredecessorsAndOtherUnitsGiveNone() throws Exception {
        // codes are reused across the reform: 00097 is also an old ward, whose successor comes along
        List<String> viaSuccessor = written(Set.of("00097")).stream().map(r -> r.get("old_id") + ">" + r.get("new_id")).toList();
        assertTrue(viaSuccessor.containsAll(written(Set.of("00001")).stream().map(r -> r.get("old_id") + ">" + r.get("new_id"))
                .toList()), viaSuccessor.toString());
        assertEquals(0, written(Set.of("x-unknown")).size(), "a unit outside the gazetteer has no lineage");
    }

    @Test
    void theKindOfChangeIsNamed() {
        assertEquals("merge_split", LineageExport.change(true, true, false));
        assertEquals("split", LineageExport.change(false, true, false));
        assertEquals("kept", LineageExport.change(false, false, true));
        assertEquals("renamed", LineageExport.change(false, false, false));
    }
}
