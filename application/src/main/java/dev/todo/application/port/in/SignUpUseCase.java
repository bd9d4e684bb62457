package dev.todo.application.port.in;

/** Creates a built-in account and signs it in; fails if the email is taken. */
public interface SignUpUseCase {
    SignedIn signUp(SignUpCommand command);
}
