package io.dxrank.cli;

import io.dxrank.run.RunLock;
import io.dxrank.run.RunContext;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; every stage is a subcommand. */
@Command(name = "dxrank", mixinStandardHelpOptions = true, version = "dxrank 0.1.0",
        description = "Compares Vietnamese localities' digital-transformation plans: extract, normalize, "
                + "rank, chart and export.",
        subcommands = {RunCommand.class, JobCommand.class, GazetteerCommand.class, StageCommands.Extract.class, StageCommands.Normalize.class,
                StageCommands.Analyze.class, StageCommands.Charts.class, StageCommands.Export.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE)
public final class DxrankCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(DxrankCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try --help)");
    }

    /** The configured command line: one-line errors on stderr, documented exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DxrankCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("dxrank: " + ex.getMessage());
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(failureLine(ex));
            // the one line is for the operator; the trace, for whoever mends it (DXRANK_LOG_LEVEL=debug)
            LOG.debug("the failure's trace", ex);
            if (ex instanceof RunLock.LockedException) {
                return ExitCodes.LOCKED;
            }
            return ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILED;
        });
        return cl;
    }

    /** The one line a failed command leaves on stderr: what went wrong and, where known, what to do. */
    static String failureLine(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("OutOfMemoryError")) {
                return "dxrank: failed: out of memory (" + rootMessage(ex) + "): raise DXRANK_JAVA_OPTS, e.g."
                        + " DXRANK_JAVA_OPTS=-Xmx8g, or run on a cluster (--master); nothing new was published";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "dxrank: failed: " + rootMessage(ex);
    }

    static String rootMessage(Throwable t) {
        return RunContext.rootMessage(t);
    }
}
