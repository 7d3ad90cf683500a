package io.dxrank.cli;

import io.dxrank.reference.GazetteerBuilder;
import io.dxrank.reference.GazetteerWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Rebuilds data/reference/gazetteer.csv and lineage.csv from the official registers; no Spark. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build the national gazetteer (every unit before and after 1 July 2025) and the lineage of "
                + "old communes from the registers in a vn-admin-units folder.")
final class GazetteerCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR",
            description = "folder of the registers (../shared/reference/vn-admin-units)")
    Path from;

    @Option(names = "--out", defaultValue = "data/reference", paramLabel = "DIR",
            description = "where gazetteer.csv and lineage.csv go (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException("not a folder: " + from);
        }
        GazetteerBuilder.Result result = GazetteerBuilder.build(from);
        GazetteerWriter.write(result, out);
        System.out.printf(Locale.ROOT, "dxrank: gazetteer: %d units, %d lineage rows -> %s%n",
                result.units().size(), result.lineage().size(), out);
        return ExitCodes.OK;
    }
}
