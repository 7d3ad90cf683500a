package io.dxrank.devset;

import io.dxrank.extract.Doubts;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.core.Finding;
import io.dxrank.core.Level;
import io.dxrank.core.VnText;
import io.dxrank.extract.Candidates;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.VietNumber;
import io.dxrank.extract.PlanMetadata;
import io.dxrank.extract.Statement;
import io.dxrank.normalize.DocumentLocalities;
import io.dxrank.normalize.Gazetteer;
import io.dxrank.normalize.Locality;
import io.dxrank.normalize.Normalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores the extractor on a dev set, per document kind. A statement is found when an extracted statement has
 * the gold row's value on its line (±1, for a sentence broken over lines); each extracted statement matches
 * once. Kind and year are scored on the found statements; metadata (locality, level, province, year) per
 * document, a rejected document counting as wrong on all four.
 */
final class DevSetScore {

    /** Counts for one document kind (or all). */
    static final class Tally {
        int docs;
        int rejected;
        int gold;
        int found;
        int hits;
        int kindRight;
        int yearRight;
        int localityRight;
        int levelRight;
        int provinceRight;
        int docYearRight;
        /**
         * Documents whose labelled locality names one unit of the gazetteer; of those, the ones the product resolves
         * to that unit, to none (an ambiguous or unknown locality: a finding with candidates) or to another (silent).
         */
        int codeLabelled;
        int codeRight;
        int codeUnresolved;
        int codeWrong;
        /** Of those resolved to another unit, the ones whose locality_uncertain finding lists the labelled unit. */
        int codeFlagged;
        /** Of those resolved to the labelled unit, the ones with a locality_uncertain finding all the same. */
        int codeRightFlagged;
        /** Of the labelled ones, those whose text names the unit at all, and how many of those resolve to it. */
        int codeNamed;
        int codeNamedRight;
        /** Found statements whose kind (year) the extractor guessed ({@link Doubts}), and how many of those are wrong. */
        int kindGuessed;
        int kindGuessedWrong;
        int kindReadWrong;
        int yearGuessed;
        int yearGuessedWrong;
        int yearReadWrong;

        double recall() {
            return ratio(hits, gold);
        }

        double precision() {
            return ratio(hits, found);
        }

        double kind() {
            return ratio(kindRight, hits);
        }

        double year() {
            return ratio(yearRight, hits);
        }

        double metadata() {
            return ratio(localityRight + levelRight + provinceRight + docYearRight, 4 * docs);
        }

        void add(Tally t) {
            docs += t.docs;
            rejected += t.rejected;
            gold += t.gold;
            found += t.found;
            hits += t.hits;
            kindRight += t.kindRight;
            yearRight += t.yearRight;
            localityRight += t.localityRight;
            levelRight += t.levelRight;
            provinceRight += t.provinceRight;
            docYearRight += t.docYearRight;
            codeLabelled += t.codeLabelled;
            codeRight += t.codeRight;
            codeUnresolved += t.codeUnresolved;
            codeWrong += t.codeWrong;
            codeFlagged += t.codeFlagged;
            codeRightFlagged += t.codeRightFlagged;
            codeNamed += t.codeNamed;
            codeNamedRight += t.codeNamedRight;
            kindGuessed += t.kindGuessed;
            kindGuessedWrong += t.kindGuessedWrong;
            kindReadWrong += t.kindReadWrong;
            yearGuessed += t.yearGuessed;
            yearGuessedWrong += t.yearGuessedWrong;
            yearReadWrong += t.yearReadWrong;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    final Map<String, Tally> byKind = new TreeMap<>();
    final Tally all = new Tally();
    /** Each document's own counts with its kind, in the set's order. */
    final List<Map.Entry<String, Tally>> documents = new ArrayList<>();
    final List<String> misses = new ArrayList<>();
    final List<String> extras = new ArrayList<>();
    /** Found statements whose kind or year differs from the label. */
    final List<String> wrong = new ArrayList<>();
    final List<String> metadataErrors = new ArrayList<>();
    /** Documents resolved to another unit than the one labelled. */
    final List<String> codeErrors = new ArrayList<>();
    /** Missed labelled figures by what the number scan said of them (unread, date, legal_reference, ...). */
    final Map<String, Integer> missReasons = new TreeMap<>();
    /** The gazetteer the product resolves a document's locality with (its province when the text omits it). */
    private final Gazetteer gazetteer;

    DevSetScore() {
        this(Gazetteer.empty());
    }

    DevSetScore(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What the number scan made of a labelled figure the extractor missed: the reason it gave, or not_found. */
    private static String fate(ExtractionResult r, DevSet.Gold g) {
        for (Candidates.Candidate c : r.candidates()) {
            if (c.line() == g.line() && !c.fate().equals(Candidates.STATEMENT) && sameValue(c.text(), g.value())) {
                return c.reason();
            }
        }
        return "not_found";
    }

    private static boolean sameValue(String text, double value) {
        try {
            return Math.abs(VietNumber.parse(text) - value) < 1e-6;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The unit the labels name (name, level, parent, province, issue date), when exactly one fits them. */
    private void scoreCode(DevSet.Document doc, Locality known, Tally t, String name, List<Finding> findings) {
        String date = doc.issued().matches("\\d{4}-\\d{2}-\\d{2}") ? doc.issued()
                : labelYearDate(doc.year() != null ? doc.year() : doc.resultsYear());
        Locality labelled = gazetteer.resolve(doc.localityName(), doc.level(), doc.parent(), doc.province(), date).match();
        if (labelled == null) {
            return;
        }
        t.codeLabelled = 1;
        try {
            t.codeNamed = VnText.fold(Files.readString(doc.file())).contains(VnText.fold(labelled.name())) ? 1 : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (known != null && known.id().equals(labelled.id())
                && VnText.fold(known.name()).equals(VnText.fold(labelled.name()))) {
            t.codeNamedRight = t.codeNamed;
        }
        if (known == null) {
            t.codeUnresolved = 1;
            codeErrors.add(name + ": unresolved, labelled " + labelled.level() + " " + labelled.name() + " ("
                    + labelled.id() + ")");
        } else if (known.id().equals(labelled.id()) && VnText.fold(known.name()).equals(VnText.fold(labelled.name()))) {
            t.codeRight = 1;
            t.codeRightFlagged = findings.stream().anyMatch(f -> f.code().equals("locality_uncertain")) ? 1 : 0;
        } else {
            t.codeWrong = 1;
            Level level = Level.ofCode(labelled.level());
            String wanted = VnText.fold((level == null ? labelled.level() : level.words()) + " " + labelled.name());
            t.codeFlagged = findings.stream().anyMatch(f -> f.code().equals("locality_uncertain")
                    && VnText.fold(f.detail()).contains(wanted)) ? 1 : 0;
            codeErrors.add(name + ": resolved " + known.level() + " " + known.name() + " (" + known.id() + "), labelled "
                    + labelled.level() + " " + labelled.name() + " (" + labelled.id() + ")"
                    + (t.codeFlagged == 1 ? "; flagged locality_uncertain with it among the candidates" : ""));
        }
    }

    /** A day of the year on its side of the reform, as the product dates an undated document; null for 2025. */
    private static String labelYearDate(Integer year) {
        if (year == null || year == 2025) {
            return null;
        }
        return year < 2025 ? year + "-06-30" : year + "-07-01";
    }

    /** Scores every document of the set with the given extractor (file name, bytes to result). */
    static DevSetScore of(DevSet set, Function<DevSet.Document, ExtractionResult> extractor, Gazetteer gazetteer) {
        DevSetScore score = new DevSetScore(gazetteer);
        for (DevSet.Document doc : set.documents()) {
            Tally t = score.score(doc, extractor.apply(doc));
            score.byKind.computeIfAbsent(doc.docType(), k -> new Tally()).add(t);
            score.all.add(t);
            score.documents.add(Map.entry(doc.docType(), t));
        }
        return score;
    }

    static ExtractionResult extract(DevSet.Document doc) {
        try {
            return PlanExtractor.extract(doc.file().getFileName().toString(),
                    Files.readAllBytes(doc.file()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Tally score(DevSet.Document doc, ExtractionResult r) {
        Tally t = new Tally();
        String name = doc.file().getFileName().toString();
        t.docs = 1;
        t.gold = doc.gold().size();
        if (!r.ok()) {
            t.rejected = 1;
            metadataErrors.add(name + ": rejected (" + r.reason() + ")");
            doc.gold().forEach(g -> misses.add(name + " " + g));
            return t;
        }
        PlanMetadata meta = r.metadata();
        t.localityRight = sameUnit(doc.localityName(), meta.localityName(), doc.level()) ? 1 : 0;
        // LABELS.md has no code for an urban district: labellers write a quận as huyen
        t.levelRight = Objects.equals(doc.level(), meta.level()) || "huyen".equals(doc.level()) && "quan".equals(meta.level()) ? 1 : 0;
        // plans.csv carries the province the gazetteer gives a locality it knows, as the normalizer resolves it
        Gazetteer.Resolution resolution = DocumentLocalities.resolveLocality(gazetteer, meta).resolution();
        Locality known = resolution.match();
        String province = resolution.province(meta.province());
        scoreCode(doc, known, t, name, r.findings());
        t.provinceRight = sameUnit(doc.province(), province, PROVINCE) ? 1 : 0;
        // a document labelled with the year it reports on and no plan year is scored on the year the product gives
        // its results; otherwise on the plan year
        boolean resultsOnly = doc.year() == null && doc.resultsYear() != null;
        t.docYearRight = (resultsOnly ? Objects.equals(doc.resultsYear(), meta.resultsYear())
                : Objects.equals(doc.year(), meta.planYear())) ? 1 : 0;
        if (t.localityRight + t.levelRight + t.provinceRight + t.docYearRight < 4) {
            metadataErrors.add(String.format(Locale.ROOT, "%s: got %s %s, %s, %s; labelled %s %s, %s, %s", name,
                    meta.level(), meta.localityName(), province,
                    resultsOnly ? "results " + meta.resultsYear() : meta.planYear(), doc.level(),
                    doc.localityName(), doc.province(), resultsOnly ? "results " + doc.resultsYear() : doc.year()));
        }
        List<Statement> found = r.statements();
        t.found = found.size();
        boolean[] used = new boolean[found.size()];
        for (DevSet.Gold g : doc.gold()) {
            int match = -1;
            for (int i = 0; i < found.size() && match < 0; i++) {
                Statement s = found.get(i);
                if (!used[i] && Math.abs(s.line() - g.line()) <= 1 && Math.abs(s.value() - g.value()) < 1e-6) {
                    match = i;
                }
            }
            if (match < 0) {
                misses.add(name + " " + g + " [number scan: " + fate(r, g) + "]");
                missReasons.merge(fate(r, g), 1, Integer::sum);
                continue;
            }
            used[match] = true;
            t.hits++;
            Statement s = found.get(match);
            // the year the fact gets: the statement's own, else the normalizer's rule (results year, plan year)
            Integer year = Normalizer.year(meta, s);
            year = year == 0 ? null : year; // 0 is the normalizer's "no year" (such facts are held): a label's null
            boolean kindRight = g.kind().equals(s.kind());
            boolean yearRight = Objects.equals(g.year(), year);
            t.kindRight += kindRight ? 1 : 0;
            t.yearRight += yearRight ? 1 : 0;
            List<String> doubts = Doubts.of(s);
            boolean kindDoubt = doubts.contains(Doubts.KIND);
            boolean yearDoubt = doubts.contains(Doubts.YEAR);
            t.kindGuessed += kindDoubt ? 1 : 0;
            t.kindGuessedWrong += kindDoubt && !kindRight ? 1 : 0;
            t.kindReadWrong += !kindDoubt && !kindRight ? 1 : 0;
            t.yearGuessed += yearDoubt ? 1 : 0;
            t.yearGuessedWrong += yearDoubt && !yearRight ? 1 : 0;
            t.yearReadWrong += !yearDoubt && !yearRight ? 1 : 0;
            if (!Objects.equals(g.year(), year) || !g.kind().equals(s.kind())) {
                wrong.add(name + " line " + g.line() + " " + g.value() + ": got " + s.kind() + " " + year
                        + ", labelled " + g.kind() + " " + g.year());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                Statement s = found.get(i);
                extras.add(String.format(Locale.ROOT, "%s:%d %s (%s)", name, s.line(), s.valueText(), s.quote()));
            }
        }
        return t;
    }

    /** Names compare without accents, case and the old/new tone placement ("Hoà"/"Hòa"). */
    private static boolean same(String labelled, String got) {
        return labelled != null && got != null && VnText.fold(labelled).equals(VnText.fold(got));
    }

    private static final String PROVINCE = "tinh";

    /**
     * Two names of one unit: the same when folded, or each naming the one unit of one code in the gazetteer ("TP Hồ
     * Chí Minh" and "Hồ Chí Minh"; "Thừa Thiên Huế" and "Huế", province 46 before and after it became a city).
     */
    private boolean sameUnit(String labelled, String got, String level) {
        if (same(labelled, got)) {
            return true;
        }
        if (labelled == null || got == null) {
            return false;
        }
        Set<String> a = codes(labelled, level);
        return a.size() == 1 && a.equals(codes(got, level));
    }

    private Set<String> codes(String name, String level) {
        Set<String> codes = new HashSet<>();
        gazetteer.resolve(name, level, null, null, null).candidates().forEach(l -> codes.add(l.id()));
        return codes;
    }

    /** The per-kind table, as printed by the test and kept in target/devset-&lt;split&gt;.md. */
    String table(String title) {
        StringBuilder b = new StringBuilder("### ").append(title).append("\n\n")
                .append("| doc_type | docs | rejected | gold | found | recall | precision | kind | year | metadata |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byKind.forEach((k, t) -> row(b, k, t));
        row(b, "**all**", all);
        return b.toString();
    }

    private static void row(StringBuilder b, String kind, Tally t) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", kind,
                t.docs, t.rejected, t.gold, t.found, t.recall(), t.precision(), t.kind(), t.year(), t.metadata()));
    }
}
