package io.dxrank.reference;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes data/reference/gazetteer.csv and lineage.csv: UTF-8, one header row, "\n" line ends, stable order. */
public final class GazetteerWriter {

    public static final String GAZETTEER_FILE = "gazetteer.csv";
    public static final String LINEAGE_FILE = "lineage.csv";

    private GazetteerWriter() {
    }

    public static void write(GazetteerBuilder.Result gazetteer, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<List<String>> units = new ArrayList<>();
        for (Unit u : gazetteer.units()) {
            units.add(List.of(u.id(), u.name(), u.level(), u.parent(), u.parentId(), u.province(),
                    u.population() == null ? "" : Long.toString(u.population()), "", u.source(), u.validFrom(),
                    u.validTo(), decimal(u.areaKm2()), decimal(u.lat()), decimal(u.lon())));
        }
        write(dir.resolve(GAZETTEER_FILE), Unit.COLUMNS, units);
        List<List<String>> lineage = new ArrayList<>();
        for (LineageRow l : gazetteer.lineage()) {
            lineage.add(List.of(l.oldId(), l.oldName(), l.oldLevel(), l.oldDistrictId(), l.oldProvinceId(), l.newId(),
                    l.newName(), l.newLevel(), l.newProvinceId(), Boolean.toString(l.merged()),
                    Boolean.toString(l.divided())));
        }
        write(dir.resolve(LINEAGE_FILE), LineageRow.COLUMNS, lineage);
    }

    private static String decimal(Double d) {
        if (d == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.4f", d);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static void write(Path file, String[] header, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, format)) {
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        }
    }
}
