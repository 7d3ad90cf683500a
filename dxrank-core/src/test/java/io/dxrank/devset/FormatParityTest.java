package io.dxrank.devset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.DocumentReader;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The same documents published as docx, html and PDF read as they do as text: every real document of the tuning splits
 * is set in each format ({@link Renderings}) and its statements (value, kind, year, unit) and metadata (locality, level,
 * years, kind of document) compared with the text's. A PDF cuts paragraphs into lines at the margin, which the
 * reader must join again. The table goes to target/format-parity.md.
 */
class FormatParityTest {

    /** The splits read while writing rules (the held-aside ones are not rendered either: nothing of them is printed). */
    private static final List<String> SPLITS = List.of("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6",
            "fresh7", "fresh8", "fresh9", "fresh10", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
            "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh27", "fresh28", "fresh29", "fresh31",
            "fresh34");
    /** Bars: the share of the text's statements each format keeps, and of documents whose metadata is the same. */
    private static final Map<String, double[]> BARS = Map.of("docx", new double[] {0.99, 0.97},
            "html", new double[] {0.99, 0.97}, "pdf", new double[] {0.95, 0.97});

    @Test
    void docxHtmlAndPdfReadLikeTheText() throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>(); // format -> statements, kept, documents, metadata same
        for (String format : List.of("docx", "html", "pdf")) {
            tally.put(format, new int[4]);
        }
        for (String split : SPLITS) {
            for (DevSet.Document doc : DevSet.load(split).documents()) {
                byte[] bytes = Files.readAllBytes(doc.file());
                String name = doc.file().getFileName().toString();
                ExtractionResult text = PlanExtractor.extract(name, bytes);
                if (!ExtractionResult.OK.equals(text.status())) {
                    continue;
                }
                List<String> lines = List.of(DocumentReader.read(name, bytes).text().split("\\r?\\n", -1));
                for (Map.Entry<String, int[]> e : tally.entrySet()) {
                    String format = e.getKey();
                    byte[] rendered = switch (format) {
                        case "docx" -> Renderings.docx(lines);
                        case "html" -> Renderings.html(lines);
                        default -> Renderings.pdf(lines);
                    };
                    ExtractionResult other = PlanExtractor.extract(name.replaceFirst("\\.[^.]+$", "." + format), rendered);
                    List<String> left = keys(other);
                    int[] t = e.getValue();
                    for (String k : keys(text)) {
                        t[0]++;
                        t[1] += left.remove(k) ? 1 : 0;
                    }
                    t[2]++;
                    t[3] += sameMetadata(text.metadata(), other.metadata()) ? 1 : 0;
                }
            }
        }
        StringBuilder report = new StringBuilder("| format | documents | text's statements | kept | share | same metadata | share |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        List<String> below = new ArrayList<>();
        tally.forEach((format, t) -> {
            double kept = (double) t[1] / t[0];
            double meta = (double) t[3] / t[2];
            report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %d | %.3f |%n", format, t[2], t[0], t[1],
                    kept, t[3], meta));
            if (kept < BARS.get(format)[0] || meta < BARS.get(format)[1]) {
                below.add(format);
            }
        });
        System.out.print(report);
        Files.writeString(Path.of("target/format-parity.md"), report, StandardCharsets.UTF_8);
        assertTrue(below.isEmpty(), "below their bars: " + below + "\n" + report);
    }

    private static List<String> keys(ExtractionResult r) {
        List<String> keys = new ArrayList<>();
        for (Statement s : r.statements()) {
            keys.add(s.value() + "|" + s.kind() + "|" + s.year() + "|" + s.unit());
        }
        return keys;
    }

    private static boolean sameMetadata(PlanMetadata a, PlanMetadata b) {
        return Objects.equals(a.localityName(), b.localityName()) && Objects.equals(a.level(), b.level())
                && Objects.equals(a.planYear(), b.planYear()) && Objects.equals(a.resultsYear(), b.resultsYear())
                && Objects.equals(a.docType(), b.docType());
    }
}
