package dev.todo.adapter.http.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The web UI: plain HTML, CSS and ES modules from the classpath folder {@code /web}, served at the root
 * of the public port. It talks to the REST API like any other client; the API's security headers (a
 * strict Content-Security-Policy among them) apply to its files too.
 */
public final class WebUi {
    /** Where the UI's files live on the classpath. */
    public static final String CLASSPATH_FOLDER = "/web";

    private WebUi() {}

    /** Serves the UI's files from the classpath at {@code /}. */
    public static void serve(JavalinConfig javalin) {
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = CLASSPATH_FOLDER;
            files.location = Location.CLASSPATH;
        });
    }
}
