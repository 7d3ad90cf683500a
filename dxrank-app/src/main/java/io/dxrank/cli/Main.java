package io.dxrank.cli;

/** Entry point of the launcher and of spark-submit: {@code dxrank run|extract|normalize|analyze|charts|export}. */
public final class Main {

    private Main() {
    }

    /** Set when the command returned: a shutdown before that is a stop the process did not choose. */
    private static volatile boolean returned;

    public static void main(String[] args) {
        // Spark ends the process from its own threads on an out-of-memory error (exit 52), and a kill ends it from
        // outside (137, 143): neither passes through the command's error handling, so the last line is said here
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!returned) {
                System.err.println(ExitCodes.STOPPED_MESSAGE);
            }
        }, "dxrank-stopped"));
        int code = DxrankCommand.commandLine().execute(args);
        returned = true;
        System.exit(code);
    }
}
