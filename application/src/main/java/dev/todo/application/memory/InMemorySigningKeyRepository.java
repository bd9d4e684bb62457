package dev.todo.application.memory;

import dev.todo.application.port.out.SigningKeyRepository;
import dev.todo.application.port.out.StoredSigningKey;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link SigningKeyRepository} in memory: the first key saved stays. */
public final class InMemorySigningKeyRepository implements SigningKeyRepository {
    private final AtomicReference<StoredSigningKey> key = new AtomicReference<>();

    @Override
    public Optional<StoredSigningKey> find() {
        return Optional.ofNullable(key.get());
    }

    @Override
    public StoredSigningKey saveIfAbsent(StoredSigningKey candidate) {
        key.compareAndSet(null, candidate);
        return key.get();
    }
}
