package dev.todo.adapter.http.rest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.todo.adapter.http.HttpConfig;
import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.domain.ValidationException;

/**
 * Any bytes given as a task body either become task details or fail with a documented exception
 * (400 or 422); nothing else may escape. Replays its seed corpus inside the normal test run.
 */
class TaskBodyFuzzTest {
    private final JsonBodyReader reader = new JsonBodyReader(HttpConfig.DEFAULT_MAX_BODY_BYTES);

    @FuzzTest(maxDuration = "10s")
    void task_bodies_fail_only_in_documented_ways(byte[] body) {
        try {
            TaskRequest.parse(reader.parse(body)).details();
        } catch (BadRequestException | ValidationException expected) {
            // the two answers the contract documents for a bad body: 400 and 422
        }
    }
}
