package dev.todo.bootstrap;

import dev.todo.bootstrap.config.AppConfig;
import dev.todo.bootstrap.config.ConfigurationException;
import dev.todo.bootstrap.config.Setting;
import dev.todo.bootstrap.ops.LoggingSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the service from the environment; {@code --help} lists every setting, {@code --version} prints
 * the version. Any failure to start is one line on standard error and exit status 2. Stops on SIGTERM.
 */
public final class Main {
    /** The exit status of every failed start: bad configuration or a start-up step that failed. */
    static final int STARTUP_FAILED = 2;

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(answer(args, System.out, System.err));
            return;
        }
        TodoApplication app;
        try {
            AppConfig config = AppConfig.fromEnvironment(System.getenv());
            LoggingSetup.configure(config.logFormat());
            LoggerFactory.getLogger(Main.class).info("starting Todo {} with {}", version(), config);
            app = TodoApplication.start(config);
        } catch (ConfigurationException e) {
            e.problems().forEach(problem -> System.err.println("todo: " + problem));
            exitAfterLogs();
            return;
        } catch (StartupFailure e) {
            System.err.println("todo: " + e.getMessage());
            exitAfterLogs();
            return;
        } catch (RuntimeException e) {
            System.err.println("todo: could not start: " + e);
            exitAfterLogs();
            return;
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("stopping: finishing requests in flight");
                            app.close();
                            log.info("stopped");
                            LoggingSetup.flush();
                        },
                        "shutdown"));
        log.info("Todo is running at {} (metrics, health and readiness at {})", app.baseUri(), app.managementUri());
    }

    /** What the command line asks for: help, the version, or nothing this program knows (exit status 2). */
    static int answer(String[] args, PrintStream out, PrintStream err) {
        String only = args.length == 1 ? args[0] : "";
        if (only.equals("--help") || only.equals("-h")) {
            out.print(Setting.help());
            return 0;
        }
        if (only.equals("--version") || only.equals("-V")) {
            out.println("todo " + version());
            return 0;
        }
        err.println("todo: unknown argument" + (args.length == 1 ? "" : "s") + " '" + String.join(" ", args)
                + "': the only arguments are --help and --version, one at a time; settings come from environment"
                + " variables (example: PORT=9000 java -jar todo.jar)");
        return STARTUP_FAILED;
    }

    /** The version the build wrote into the jar. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            var properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(unknown)");
        } catch (IOException e) {
            return "(unknown)";
        }
    }

    private static void exitAfterLogs() {
        LoggingSetup.flush();
        System.exit(STARTUP_FAILED);
    }
}
