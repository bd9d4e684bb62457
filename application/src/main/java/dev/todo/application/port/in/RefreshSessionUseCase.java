package dev.todo.application.port.in;

/** Renews a session: a new access token and a new refresh token for the one presented. */
public interface RefreshSessionUseCase {
    /**
     * Rotates the refresh token. Presenting a token that was already rotated ends its whole session.
     *
     * @throws InvalidRefreshTokenException if the token is unknown, spent, or its session ended or expired
     * @throws dev.todo.application.port.out.StorageUnavailableException if the store cannot be reached or does not answer in time (retrying later may succeed)
     */
    SignedIn refresh(String refreshToken);
}
