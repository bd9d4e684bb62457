package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.todo.application.port.in.SignedIn;
import java.time.Instant;

/**
 * The answer to sign-up, sign-in and refresh: the access token, when it expires, the refresh token (left
 * out when it went into the {@link SessionCookie}) and the user.
 */
record SignedInResponse(
        String token,
        Instant expiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String refreshToken,
        UserResponse user) {
    static SignedInResponse from(SignedIn signedIn, boolean refreshTokenInCookie) {
        return new SignedInResponse(
                signedIn.token().value(),
                signedIn.token().expiresAt(),
                refreshTokenInCookie ? null : signedIn.refreshToken().value(),
                UserResponse.from(signedIn.user()));
    }
}
