package dev.todo.application.port.out;

import java.util.Optional;

/**
 * Where the service keeps the private key it signs its tokens with, so that restarts and other
 * instances sign and verify with the same key.
 */
public interface SigningKeyRepository {
    Optional<StoredSigningKey> find();

    /** Stores the candidate unless a key is already stored; returns whichever key is stored afterwards. */
    StoredSigningKey saveIfAbsent(StoredSigningKey candidate);
}
