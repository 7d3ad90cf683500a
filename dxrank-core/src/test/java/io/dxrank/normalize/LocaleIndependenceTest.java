package io.dxrank.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The same documents read the same under any default locale and time zone (issue 21, part 4): every real
 * document of the dev sets and the bundled plans, extracted and normalized under C, vi_VN, tr_TR (its dotless i
 * breaks naive lower-casing) and de_DE (decimal comma) with a far time zone, gives identical metadata, facts and
 * findings. forbidden-apis keeps the default locale out of the code; this checks the behaviour.
 */
@Isolated // it changes the JVM's default locale: no other class may run beside it
class LocaleIndependenceTest {

    @Test
    void everyRealDocumentReadsTheSameUnderFourLocalesAndAFarTimeZone() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("data/plans", "devset/dev/plans", "devset/fresh/plans", "devset/fresh3/plans")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 70, "real documents: " + files.size());
        Normalizer normalizer = new Normalizer(Catalog.load(Path.of("data/catalog/indicators.csv")),
                Gazetteer.load(Path.of("data/reference/localities.csv")));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        String reference = null;
        try {
            for (String tag : List.of("und", "vi-VN", "tr-TR", "de-DE")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone(tag.equals("und") ? "UTC" : "Pacific/Kiritimati"));
                StringBuilder read = new StringBuilder();
                for (Path f : files) {
                    ExtractionResult r = PlanExtractor.extract(f.getFileName().toString(), Files.readAllBytes(f));
                    read.append(r.metadata()).append(r.statements()).append('\n');
                    if (ExtractionResult.OK.equals(r.status())) {
                        Normalizer.Result n = Normalizer.isTable(r) ? normalizer.normalizeTable(r)
                                : normalizer.normalize(r);
                        read.append(n.localityId()).append(n.facts()).append(n.findings()).append('\n');
                    }
                }
                if (reference == null) {
                    reference = read.toString();
                } else {
                    assertEquals(reference, read.toString(), "under " + tag);
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
