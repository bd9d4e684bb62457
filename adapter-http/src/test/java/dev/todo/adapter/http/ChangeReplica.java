package dev.todo.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A client's copy of one user's list and trash, built only from change-log entries applied in order. */
public final class ChangeReplica {
    private final Map<Long, JsonNode> tasks = new HashMap<>();
    private final Map<Long, JsonNode> trash = new HashMap<>();
    private final List<Long> applied = new ArrayList<>();
    private long position;

    /** The id of the last entry applied (0 before any). */
    public long position() {
        return position;
    }

    /** The ids of the entries applied, in order. */
    public List<Long> applied() {
        return applied;
    }

    /** Applies the next entry, whose id must be above the position (anything else fails the test: a repeat). */
    public void apply(JsonNode entry) {
        assertThat(entry.get("id").asLong()).as("the entry after " + position).isGreaterThan(position);
        position = entry.get("id").asLong();
        applied.add(position);
        long id = entry.get("task_id").asLong();
        switch (entry.get("type").asText()) {
            case "task.deleted" -> {
                tasks.remove(id);
                trash.put(id, entry.get("task"));
            }
            case "task.purged" -> trash.remove(id);
            default -> {
                trash.remove(id);
                tasks.put(id, entry.get("task"));
            }
        }
    }

    /** The tasks of the copy's list, by id. */
    public Map<Long, JsonNode> tasks() {
        return tasks;
    }

    /** The tasks of the copy's trash, by id. */
    public Map<Long, JsonNode> trash() {
        return trash;
    }

    /** A JSON array of tasks (a list or trash answer) by id, to compare with the copy. */
    public static Map<Long, JsonNode> byId(JsonNode tasks) {
        Map<Long, JsonNode> found = new HashMap<>();
        tasks.forEach(task -> found.put(task.get("id").asLong(), task));
        return found;
    }
}
