package dev.todo.domain.task;

import dev.todo.domain.ValidationException;
import java.util.Locale;
import java.util.Optional;

/** How important a task is. A task may also have no priority, which ranks below {@link #LOW}. */
public enum Priority {
    LOW(1),
    MEDIUM(2),
    HIGH(3);

    /** The rank of a task without priority. */
    public static final int NONE_RANK = 0;

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The lowercase name used in the public data model: {@code low}, {@code medium}, {@code high}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The priority of a rank, or none for {@link #NONE_RANK}; the inverse of {@link #rankOf}. */
    public static Optional<Priority> ofRank(int rank) {
        return switch (rank) {
            case NONE_RANK -> Optional.empty();
            case 1 -> Optional.of(LOW);
            case 2 -> Optional.of(MEDIUM);
            case 3 -> Optional.of(HIGH);
            default -> throw new IllegalArgumentException("no priority has rank " + rank);
        };
    }

    public static int rankOf(Optional<Priority> priority) {
        return priority.map(Priority::rank).orElse(NONE_RANK);
    }

    public static Priority parse(String code) {
        for (Priority p : values()) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        throw new ValidationException("priority", "must be one of low, medium, high");
    }

    public static Optional<Priority> parseNullable(String code) {
        return code == null ? Optional.empty() : Optional.of(parse(code));
    }
}
