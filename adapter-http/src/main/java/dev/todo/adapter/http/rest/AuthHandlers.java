package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.guard.SignInLimits;
import dev.todo.adapter.http.identity.AuthenticatedUser;
import dev.todo.adapter.http.problem.MissingTokenException;
import dev.todo.application.port.in.InvalidRefreshTokenException;
import dev.todo.application.port.in.SignedIn;
import dev.todo.application.port.in.UseCases;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Translates the built-in identity endpoints: sign-up, sign-in, refresh, sign-out, the current user and
 * the JWKS. The refresh token travels in the body, or in the {@link SessionCookie} for clients that prefer it.
 */
public final class AuthHandlers {
    private final UseCases useCases;
    private final BearerAuthentication auth;
    private final JsonBodyReader bodies;
    private final SignInLimits limits;
    private final SessionCookie cookie;
    private final Supplier<Map<String, Object>> jwks;

    public AuthHandlers(
            UseCases useCases,
            BearerAuthentication auth,
            JsonBodyReader bodies,
            SignInLimits limits,
            SessionCookie cookie,
            Supplier<Map<String, Object>> jwks) {
        this.useCases = useCases;
        this.auth = auth;
        this.bodies = bodies;
        this.limits = limits;
        this.cookie = cookie;
        this.jwks = jwks;
    }

    void signUp(Context ctx) {
        var request = SignUpRequest.parse(bodies.readObject(ctx));
        limits.checkAccount(ctx, request.email());
        answer(ctx.status(201), useCases.signUp().signUp(request.toCommand()), SessionCookie.isPreferred(ctx));
    }

    void signIn(Context ctx) {
        var request = SignInRequest.parse(bodies.readObject(ctx));
        limits.checkAccount(ctx, request.email());
        answer(ctx, useCases.signIn().signIn(request.toCommand()), SessionCookie.isPreferred(ctx));
    }

    /** The body's refresh token, else the cookie's (and the new one goes back where the old one came from). */
    void refresh(Context ctx) {
        Optional<String> inBody = refreshTokenInBody(ctx);
        Optional<String> presented = inBody.or(() -> SessionCookie.read(ctx));
        boolean intoCookie = inBody.isEmpty() || SessionCookie.isPreferred(ctx);
        try {
            String token = presented.orElseThrow(InvalidRefreshTokenException::new);
            answer(ctx, useCases.refreshSession().refresh(token), intoCookie);
        } catch (InvalidRefreshTokenException e) {
            if (inBody.isEmpty()) {
                SessionCookie.clear(ctx);
            }
            throw e;
        }
    }

    /**
     * Ends the session of the bearer token, if it has one (external and shared-secret tokens have none
     * here), and the session of the refresh token in the body or cookie; the cookie is cleared.
     */
    void signOut(Context ctx) {
        Optional<String> refreshToken = refreshTokenInBody(ctx).or(() -> SessionCookie.read(ctx));
        if (ctx.header("Authorization") != null) {
            AuthenticatedUser user = auth.authenticate(ctx);
            user.session().ifPresent(session -> useCases.signOut().signOut(user.id(), session));
        } else if (refreshToken.isEmpty()) {
            throw new MissingTokenException();
        }
        refreshToken.ifPresent(token -> useCases.signOut().signOut(token));
        if (SessionCookie.read(ctx).isPresent()) {
            SessionCookie.clear(ctx);
        }
        NoContent.answer(ctx);
    }

    /**
     * The built-in account for the server's own tokens; the token's own description of its user for
     * external and shared-secret tokens, else the account with that id; else the id alone.
     */
    void me(Context ctx) {
        AuthenticatedUser user = auth.authenticate(ctx);
        ctx.json(user.profile()
                .or(() -> useCases.currentUser().currentUser(user.id()))
                .map(UserResponse::from)
                .orElseGet(() -> UserResponse.idOnly(user.id())));
    }

    void jwks(Context ctx) {
        ctx.json(jwks.get());
    }

    private void answer(Context ctx, SignedIn signedIn, boolean refreshTokenInCookie) {
        if (refreshTokenInCookie) {
            cookie.write(ctx, signedIn.refreshToken().value());
        }
        ctx.header("Cache-Control", "no-store");
        ctx.json(SignedInResponse.from(signedIn, refreshTokenInCookie));
    }

    private Optional<String> refreshTokenInBody(Context ctx) {
        return bodies.readOptionalObject(ctx)
                .map(body -> JsonFields.lenient(body).textIfPresent("refresh_token"));
    }
}
