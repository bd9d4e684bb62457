package dev.todo.adapter.http.rest;

import dev.todo.adapter.http.guard.ApiLimits;
import dev.todo.adapter.http.identity.AuthenticatedUser;
import dev.todo.adapter.http.identity.InvalidTokenException;
import dev.todo.adapter.http.identity.TokenVerifier;
import dev.todo.adapter.http.problem.ForeignUserException;
import dev.todo.adapter.http.problem.MissingTokenException;
import dev.todo.application.port.in.EndedSessionsUseCase;
import dev.todo.domain.user.UserId;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Reads {@code Authorization: Bearer …}, verifies it, refuses it if its session has ended, counts the
 * request against the user's rate limit, and checks that the path's user is the token's.
 */
public final class BearerAuthentication {
    /** The request attribute holding the authenticated user id, for the access log. */
    public static final String USER_ATTRIBUTE = "todo.user";

    private static final String SCHEME = "bearer ";

    private final TokenVerifier verifier;
    private final ApiLimits limits;
    private final EndedSessionsUseCase endedSessions;

    public BearerAuthentication(TokenVerifier verifier, ApiLimits limits, EndedSessionsUseCase endedSessions) {
        this.verifier = verifier;
        this.limits = limits;
        this.endedSessions = endedSessions;
    }

    /** @throws MissingTokenException without a bearer token; {@link InvalidTokenException} for a bad one */
    AuthenticatedUser authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new MissingTokenException();
        }
        String token = header.substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw new InvalidTokenException("empty bearer token");
        }
        AuthenticatedUser user = verifier.verify(token);
        if (user.session().isPresent() && endedSessions.hasEnded(user.session().get())) {
            throw new InvalidTokenException("the token's session has ended");
        }
        ctx.attribute(USER_ATTRIBUTE, user.id().value());
        limits.checkUser(ctx, user.id());
        return user;
    }

    /** The token's subject, who must be the {@code user_id} of the path. @throws ForeignUserException if not */
    UserId pathOwner(Context ctx) {
        return pathUser(ctx).id();
    }

    /** The token's subject with its expiry, who must be the {@code user_id} of the path. */
    AuthenticatedUser pathUser(Context ctx) {
        AuthenticatedUser subject = authenticate(ctx);
        if (!subject.id().value().equals(ctx.pathParam("user_id"))) {
            throw new ForeignUserException();
        }
        return subject;
    }
}
