package dev.todo.adapter.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client for tests: opens a stream and hands out its lines and events as they arrive. */
public final class EventStreamClient implements AutoCloseable {
    /** The end of the stream, as a line no server sends. */
    private static final String END = "\u0000end";

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    /** One event as received: its id, type and data. */
    public record Event(String id, String type, String data) {}

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (UncheckedIOException e) {
                // closed by the server or by close()
            } finally {
                lines.add(END);
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code baseUri + path} with the bearer token and, when given, {@code Last-Event-ID}. */
    public static EventStreamClient open(URI base, String path, String token, Optional<Long> lastEventId) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", Long.toString(id)));
        try {
            return new EventStreamClient(
                    HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    /** The next line within {@code wait}, empty if none came (or the stream ended). */
    public Optional<String> nextLine(Duration wait) {
        try {
            String line = lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || line.equals(END)) {
                if (END.equals(line)) {
                    lines.add(END);
                }
                return Optional.empty();
            }
            return Optional.of(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The next event (skipping comments and the retry field) within {@code wait}, empty if none came. */
    public Optional<Event> nextEvent(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        String id = null;
        String type = null;
        String data = null;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Optional<String> line = nextLine(Duration.ofNanos(left));
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String text = line.get();
            if (text.isEmpty() && data != null) {
                return Optional.of(new Event(id, type, data));
            } else if (text.startsWith("id: ")) {
                id = text.substring(4);
            } else if (text.startsWith("event: ")) {
                type = text.substring(7);
            } else if (text.startsWith("data: ")) {
                data = text.substring(6);
            }
        }
    }

    /** The events that arrive within {@code wait}, up to {@code count}. */
    public List<Event> events(int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Event> events = new ArrayList<>();
        while (events.size() < count) {
            long left = deadline - System.nanoTime();
            Optional<Event> event = left > 0 ? nextEvent(Duration.ofNanos(left)) : Optional.empty();
            if (event.isEmpty()) {
                break;
            }
            events.add(event.get());
        }
        return events;
    }

    /** Whether the server ended the stream within {@code wait} (lines still unread are skipped). */
    public boolean endsWithin(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String line =
                        lines.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                if (END.equals(line)) {
                    lines.add(END);
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            response.body().close();
        } catch (RuntimeException e) {
            // already closed
        }
    }
}
