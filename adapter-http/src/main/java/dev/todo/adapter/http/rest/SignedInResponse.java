package dev.todo.adapter.http.rest;

import dev.todo.application.port.in.SignedIn;

/** The answer to sign-up and sign-in: the bearer token and the user it speaks for. */
record SignedInResponse(String token, UserResponse user) {
    static SignedInResponse from(SignedIn signedIn) {
        return new SignedInResponse(signedIn.token().value(), UserResponse.from(signedIn.user()));
    }
}
