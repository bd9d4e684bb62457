package dev.todo.application.port.in;

/** Checks an email and password and issues a token; every failure looks the same. */
public interface SignInUseCase {
    /**
     * Returns the account and a fresh token.
     *
     * @throws InvalidCredentialsException if the email is unknown, the password wrong or either malformed (one
     *     answer for all)
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    SignedIn signIn(SignInCommand command);
}
