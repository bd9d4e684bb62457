package dev.todo.adapter.http.identity.archfixture;

/** Deliberate violation: identity code that reads an HTTP request itself. */
public final class IdentityUsingJavalin {
    public String token(io.javalin.http.Context ctx) {
        return ctx.header("Authorization");
    }
}
