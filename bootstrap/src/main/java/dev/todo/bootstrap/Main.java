package dev.todo.bootstrap;

import dev.todo.bootstrap.config.AppConfig;
import dev.todo.bootstrap.config.ConfigurationException;
import dev.todo.bootstrap.config.Setting;
import dev.todo.bootstrap.ops.LoggingSetup;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the service from the environment; {@code --help} lists every setting. Stops on SIGTERM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(Setting.help());
            return;
        }
        AppConfig config;
        TodoApplication app;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
            LoggingSetup.configure(config.logFormat());
            LoggerFactory.getLogger(Main.class).info("starting with {}", config);
            app = TodoApplication.start(config);
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
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
}
