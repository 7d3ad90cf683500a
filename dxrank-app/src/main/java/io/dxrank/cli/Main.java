package io.dxrank.cli;


/** Entry point of the launcher and of spark-submit: {@code dxrank run|extract|normalize|analyze|charts|export}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DxrankCommand.commandLine().execute(args));
    }
}
