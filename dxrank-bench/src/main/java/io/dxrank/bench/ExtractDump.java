package io.dxrank.bench;

import io.dxrank.core.Finding;
import io.dxrank.extract.Candidates;
import io.dxrank.extract.ExtractionResult;
import io.dxrank.extract.PlanExtractor;
import io.dxrank.extract.Statement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every field of every extraction result of a list of files, as text in one file, so that a change meant only to make
 * the extractor faster can be checked byte for byte ({@code cmp}) against a dump taken before it.
 * <pre>
 *   java ... io.dxrank.bench.ExtractDump files.txt dump.txt   (files.txt: one path a line)
 * </pre>
 */
public final class ExtractDump {

    private ExtractDump() {
    }

    public static void main(String[] args) throws IOException {
        List<String> files = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String file : files) {
                if (file.isBlank()) {
                    continue;
                }
                Path path = Path.of(file);
                ExtractionResult r = PlanExtractor.extract(path.getFileName().toString(), Files.readAllBytes(path));
                out.write("== " + file + '\n');
                // record toString names every component, so nothing the extractor returns escapes the comparison
                out.write("result " + r.planId() + '|' + r.sourceFile() + '|' + r.sha256() + '|' + r.format() + '|'
                        + r.bytes() + '|' + r.status() + '|' + r.reason() + '|' + r.statementsKey() + '\n');
                out.write("metadata " + r.metadata() + '\n');
                for (Statement s : r.statements()) {
                    out.write("statement " + s + '\n');
                }
                for (Candidates.Candidate c : r.candidates()) {
                    out.write("candidate " + c + '\n');
                }
                for (Finding f : r.findings()) {
                    out.write("finding " + f + '\n');
                }
            }
        }
    }
}
