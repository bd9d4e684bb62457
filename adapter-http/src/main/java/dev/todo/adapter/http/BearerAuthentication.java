package dev.todo.adapter.http;

import dev.todo.adapter.http.auth.AuthenticatedUser;
import dev.todo.adapter.http.auth.InvalidTokenException;
import dev.todo.adapter.http.auth.TokenVerifier;
import dev.todo.domain.user.UserId;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Reads {@code Authorization: Bearer …}, verifies it, counts the request against the user's rate limit,
 * and checks that the path's user is the token's.
 */
final class BearerAuthentication {
    private static final String SCHEME = "bearer ";

    private final TokenVerifier verifier;
    private final ApiLimits limits;

    BearerAuthentication(TokenVerifier verifier, ApiLimits limits) {
        this.verifier = verifier;
        this.limits = limits;
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
        ctx.attribute(RequestObservation.USER_ATTRIBUTE, user.id().value());
        limits.checkUser(ctx, user.id());
        return user;
    }

    /** The token's subject, who must be the {@code user_id} of the path. @throws ForeignUserException if not */
    UserId pathOwner(Context ctx) {
        UserId subject = authenticate(ctx).id();
        if (!subject.value().equals(ctx.pathParam("user_id"))) {
            throw new ForeignUserException();
        }
        return subject;
    }
}
