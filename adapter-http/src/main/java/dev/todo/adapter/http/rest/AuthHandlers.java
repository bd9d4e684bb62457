package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.guard.SignInLimits;
import dev.todo.adapter.http.identity.AuthenticatedUser;
import dev.todo.application.port.in.UseCases;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/** Translates the built-in identity endpoints: sign-up, sign-in, the current user and the JWKS. */
public final class AuthHandlers {
    private final UseCases useCases;
    private final BearerAuthentication auth;
    private final JsonBodyReader bodies;
    private final SignInLimits limits;
    private final Supplier<Map<String, Object>> jwks;

    public AuthHandlers(
            UseCases useCases,
            BearerAuthentication auth,
            JsonBodyReader bodies,
            SignInLimits limits,
            Supplier<Map<String, Object>> jwks) {
        this.useCases = useCases;
        this.auth = auth;
        this.bodies = bodies;
        this.limits = limits;
        this.jwks = jwks;
    }

    void signUp(Context ctx) {
        var request = SignUpRequest.parse(bodies.readObject(ctx));
        limits.checkAccount(ctx, request.email());
        var signedIn = useCases.signUp().signUp(request.toCommand());
        ctx.status(201).json(SignedInResponse.from(signedIn));
    }

    void signIn(Context ctx) {
        var request = SignInRequest.parse(bodies.readObject(ctx));
        limits.checkAccount(ctx, request.email());
        ctx.json(SignedInResponse.from(useCases.signIn().signIn(request.toCommand())));
    }

    /** A token from an external issuer describes its user itself; built-in users are looked up. */
    void me(Context ctx) {
        AuthenticatedUser user = auth.authenticate(ctx);
        var profile = user.profile().orElseGet(() -> useCases.currentUser().currentUser(user.id()));
        ctx.json(UserResponse.from(profile));
    }

    void jwks(Context ctx) {
        ctx.json(jwks.get());
    }
}
