package org.papergraph.cli;

import java.io.PrintWriter;

import org.papergraph.Setup;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The {@code papergraph} command: thin subcommands over the pipeline; exit 0 success, 1 failure, 2 usage error. */
@Command(name = "papergraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Publishes Markdown tables of research papers as linked data.",
        subcommands = {UpCommand.class, ConvertCommand.class, InspectCommand.class, ValidateCommand.class, LoadCommand.class, ServeCommand.class,
                QueryCommand.class, ExportCommand.class, StatsCommand.class, TopicsCommand.class,
                CompactCommand.class, SnapshotCommand.class, RestoreCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. up, load, serve, convert");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; the exit code is returned, never passed to System.exit. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Setup.init();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            err.println(c.getCommandName() + ": " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more.");
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CliException e) {
                err.println("papergraph: " + e.getMessage());
                if (isVerbose(parsed)) ex.printStackTrace(err);
                return e.exitCode();
            }
            err.println("papergraph: error: " + describe(ex));
            if (isVerbose(parsed)) ex.printStackTrace(err);
            else err.println("(run with --verbose for the stack trace)");
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand())
            if (p.hasMatchedOption("--verbose")) return true;
        return false;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
