package dev.todo.application.port.in;

/** Checks an email and password and issues a token; every failure looks the same. */
public interface SignInUseCase {
    SignedIn signIn(SignInCommand command);
}
