package dev.todo.adapter.http.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.todo.adapter.http.events.EventStreamHeaders;
import dev.todo.adapter.http.events.EventStreams;
import dev.todo.adapter.http.identity.AuthenticatedUser;
import dev.todo.adapter.http.problem.BadRequestException;
import dev.todo.application.port.in.ChangePage;
import dev.todo.application.port.in.UseCases;
import dev.todo.domain.FieldViolation;
import dev.todo.domain.change.ChangeEntry;
import dev.todo.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;

/** The change-log routes: delta sync ({@code GET …/changes}) and live events ({@code GET …/events}). */
public final class ChangeHandlers {
    private final UseCases useCases;
    private final BearerAuthentication auth;
    private final EventStreams streams;
    private final ObjectMapper json = JsonMappers.output();

    public ChangeHandlers(UseCases useCases, BearerAuthentication auth, EventStreams streams) {
        this.useCases = useCases;
        this.auth = auth;
        this.streams = streams;
    }

    void changes(Context ctx) {
        UserId owner = auth.pathOwner(ctx);
        var paging = new ListTasksRequest(QueryStrings.parse(ctx.queryString())).toChangesPaging();
        ChangePage page = useCases.listChanges().listChanges(owner, paging.since(), paging.limit());
        ctx.header(
                "Link",
                "<" + ctx.req().getRequestURI() + "?since=" + page.next() + "&limit=" + paging.limit()
                        + ">; rel=\"next\"");
        ctx.json(page.entries().stream().map(ChangeEntryResponse::from).toList());
    }

    void events(Context ctx) {
        AuthenticatedUser user = auth.pathUser(ctx);
        new ListTasksRequest(QueryStrings.parse(ctx.queryString())).refuseAnyParameter();
        OptionalLong after = lastEventId(ctx);
        if (ctx.method() == HandlerType.HEAD) {
            streams.checkRoom(user.id());
            if (after.isPresent()) {
                useCases.listChanges().listChanges(user.id(), after, 1);
            }
            EventStreamHeaders.apply(ctx);
            return;
        }
        streams.open(ctx, user.id(), user.expiresAt(), after, useCases.watchChanges(), this::frameData);
    }

    private String frameData(ChangeEntry entry) {
        try {
            return json.writeValueAsString(ChangeEntryResponse.from(entry));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position a reconnecting client resumes from: a non-negative integer, or none. */
    private static OptionalLong lastEventId(Context ctx) {
        String raw = ctx.header("Last-Event-ID");
        if (raw == null) {
            return OptionalLong.empty();
        }
        if (!ListTasksRequest.POSITION.matcher(raw).matches()) {
            throw new BadRequestException(
                    "the Last-Event-ID header is not valid",
                    List.of(new FieldViolation("Last-Event-ID", "must be a non-negative integer")));
        }
        return OptionalLong.of(Long.parseLong(raw));
    }
}
