package dev.irx.internal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code irx} command line. */
@Command(name = "irx", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns Japanese IR documents (FISCO reports, results decks, 決算短信) into checked, "
                + "canonical JSON.",
        subcommands = {ExtractCommand.class, BatchCommand.class, AnnotateCommand.class, TextCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The arguments of this JVM's command line; null when the CLI is run in another program (tests). */
    private static volatile String[] launchArgs;

    public static void main(String[] args) {
        launchArgs = args.clone();
        System.exit(run(args));
    }

    static String[] launchArgs() { return launchArgs == null ? null : launchArgs.clone(); }

    /** Runs the CLI and returns its exit code: 0 ok, 1 some input failed, 2 usage. */
    public static int run(String... args) {
        prepare(args);
        return new CommandLine(new Main()).execute(args);
    }

    /** What this JVM needs before a command runs: its logging, per -v, and no display. */
    static void prepare(String[] args) {
        configureLogging(args);
        // annotate draws with Java2D: no display is needed or wanted
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: extract or batch");
    }

    private static void configureLogging(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/irx/internal/cli/logback-cli.xml");
        }
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                System.setProperty("irx.log.level", "DEBUG");
                System.setProperty("irx.pdfbox.level", "WARN");
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"irx " + dev.irx.IrxVersion.current()};
        }
    }
}
