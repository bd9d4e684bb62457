package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.guard.ApiLimits;
import dev.todo.adapter.http.guard.SecurityHeaders;
import dev.todo.adapter.http.guard.SignInLimits;
import dev.todo.adapter.http.problem.ErrorMapping;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;

/**
 * Every route and filter of the public server, declared in this one place. Each GET route also answers
 * HEAD through the same handler (authentication, status and headers as GET; Jetty sends no body), since
 * Javalin would otherwise answer HEAD with 200 without running anything.
 */
public final class Routes {
    public static final String TASKS = "/api/{user_id}/tasks";
    public static final String TASK = TASKS + "/{id}";
    public static final String TRASH = "/api/{user_id}/trash";
    public static final String CHANGES = "/api/{user_id}/changes";
    public static final String EVENTS = "/api/{user_id}/events";

    private Routes() {}

    public static void declare(
            RoutesConfig routes,
            Guards guards,
            AuthHandlers auth,
            TaskHandlers tasks,
            ChangeHandlers changes,
            SystemHandlers system) {
        routes.before(SecurityHeaders::apply);
        routes.before(ctx -> {
            if (ctx.method() == HandlerType.TRACE) {
                throw new MethodNotAllowedResponse();
            }
        });
        routes.before(guards.cors()::apply);
        routes.before("/api/*", guards.apiLimits()::checkAddress);
        routes.before("/api/auth/sign-up/email", guards.signInLimits()::checkAddress);
        routes.before("/api/auth/sign-in/email", guards.signInLimits()::checkAddress);

        routes.post("/api/auth/sign-up/email", auth::signUp);
        routes.post("/api/auth/sign-in/email", auth::signIn);
        routes.post("/api/auth/refresh", auth::refresh);
        routes.post("/api/auth/sign-out", auth::signOut);
        getAndHead(routes, "/api/auth/me", auth::me);
        getAndHead(routes, "/api/auth/jwks", auth::jwks);

        getAndHead(routes, TASKS, tasks::list);
        routes.post(TASKS, tasks::create);
        getAndHead(routes, TASK, tasks::get);
        routes.put(TASK, tasks::replace);
        routes.delete(TASK, tasks::delete);
        routes.patch(TASK + "/complete", tasks::complete);
        getAndHead(routes, TRASH, tasks::listTrash);
        routes.post(TRASH + "/{id}/restore", tasks::restore);
        routes.delete(TRASH + "/{id}", tasks::purge);
        getAndHead(routes, CHANGES, changes::changes);
        getAndHead(routes, EVENTS, changes::events);

        getAndHead(routes, "/healthz", system::health);
        getAndHead(routes, "/readyz", system::ready);
        getAndHead(routes, "/openapi.yaml", system::openApi);

        ErrorMapping.register(routes);
    }

    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** The filters shared by all routes, built from the configuration. */
    public record Guards(Cors cors, ApiLimits apiLimits, SignInLimits signInLimits) {}
}
