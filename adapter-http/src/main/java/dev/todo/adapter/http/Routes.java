package dev.todo.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;

/** Every route and filter of the public server, declared in this one place. */
final class Routes {
    static final String TASKS = "/api/{user_id}/tasks";
    static final String TASK = TASKS + "/{id}";

    private Routes() {}

    static void declare(
            RoutesConfig routes, Guards guards, AuthHandlers auth, TaskHandlers tasks, SystemHandlers system) {
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
        routes.get("/api/auth/me", auth::me);
        routes.get("/api/auth/jwks", auth::jwks);

        routes.get(TASKS, tasks::list);
        routes.post(TASKS, tasks::create);
        routes.get(TASK, tasks::get);
        routes.put(TASK, tasks::replace);
        routes.delete(TASK, tasks::delete);
        routes.patch(TASK + "/complete", tasks::complete);

        routes.get("/healthz", system::health);
        routes.get("/readyz", system::ready);
        routes.get("/openapi.yaml", system::openApi);

        ErrorMapping.register(routes);
    }

    /** The filters shared by all routes, built from the configuration. */
    record Guards(Cors cors, ApiLimits apiLimits, SignInLimits signInLimits) {}
}
