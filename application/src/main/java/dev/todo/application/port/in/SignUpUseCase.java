package dev.todo.application.port.in;

/** Creates a built-in account and signs it in; fails if the email is taken. */
public interface SignUpUseCase {
    /**
     * Opens the account and returns it with a fresh token.
     *
     * @throws dev.todo.domain.user.EmailAlreadyRegisteredException if an account has this email
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    SignedIn signUp(SignUpCommand command);
}
