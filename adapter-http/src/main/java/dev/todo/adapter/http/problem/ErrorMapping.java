package dev.todo.adapter.http.problem;

import dev.todo.adapter.http.events.TooManyStreamsException;
import dev.todo.adapter.http.identity.InvalidTokenException;
import dev.todo.adapter.http.identity.IssuerUnavailableException;
import dev.todo.adapter.http.identity.PasswordHashingBusyException;
import dev.todo.application.port.in.ChangesExpiredException;
import dev.todo.application.port.in.IdempotencyKeyInFlightException;
import dev.todo.application.port.in.IdempotencyKeyReusedException;
import dev.todo.application.port.in.InvalidCredentialsException;
import dev.todo.application.port.in.InvalidPageCursorException;
import dev.todo.application.port.in.InvalidRefreshTokenException;
import dev.todo.application.port.in.TaskVersionMismatchException;
import dev.todo.application.port.out.StorageUnavailableException;
import dev.todo.domain.FieldViolation;
import dev.todo.domain.ValidationException;
import dev.todo.domain.task.TaskNotFoundException;
import dev.todo.domain.user.EmailAlreadyRegisteredException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become RFC 9457 problems; nothing else writes an error. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    static final String CHALLENGE = "Bearer realm=\"todo\"";
    static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private ErrorMapping() {}

    public static void register(RoutesConfig routes) {
        routes.exception(
                ValidationException.class,
                (e, ctx) -> write(
                        ctx,
                        Problem.of("validation-failed", "Validation failed", 422, "Some fields are not valid.")
                                .withErrors(e.violations())));
        routes.exception(BadRequestException.class, (e, ctx) -> {
            var problem = Problem.of("bad-request", "Bad request", 400, e.getMessage());
            write(ctx, e.violations().isEmpty() ? problem : problem.withErrors(e.violations()));
        });
        routes.exception(
                InvalidPageCursorException.class,
                (e, ctx) -> write(
                        ctx,
                        Problem.of("bad-request", "Bad request", 400, "The cursor is not valid for this listing.")
                                .withErrors(List.of(new FieldViolation("cursor", e.getMessage())))));
        routes.exception(MissingTokenException.class, (e, ctx) -> unauthorized(ctx, CHALLENGE, e.getMessage()));
        routes.exception(InvalidTokenException.class, (e, ctx) -> {
            LOG.debug("token refused: {}", e.getMessage());
            unauthorized(ctx, INVALID_TOKEN_CHALLENGE, "The bearer token is invalid or expired.");
        });
        routes.exception(
                InvalidRefreshTokenException.class,
                (e, ctx) -> unauthorized(
                        ctx, CHALLENGE, "The refresh token is not valid or its session has ended; sign in again."));
        routes.exception(
                InvalidCredentialsException.class,
                (e, ctx) -> unauthorized(ctx, CHALLENGE, "The email or the password is wrong."));
        routes.exception(
                ForeignUserException.class,
                (e, ctx) -> write(ctx, Problem.of("forbidden", "Forbidden", 403, "The path names another user.")));
        routes.exception(
                OriginNotAllowedException.class,
                (e, ctx) -> write(ctx, Problem.of("forbidden", "Forbidden", 403, "This origin may not call the API.")));
        routes.exception(TaskNotFoundException.class, (e, ctx) -> notFound(ctx, "There is no such task."));
        routes.exception(
                EmailAlreadyRegisteredException.class,
                (e, ctx) ->
                        write(ctx, Problem.of("email-taken", "Conflict", 409, "An account with this email exists.")));
        routes.exception(IdempotencyKeyInFlightException.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            write(
                    ctx,
                    Problem.of(
                            "request-in-flight",
                            "Conflict",
                            409,
                            "A request with this Idempotency-Key is being processed; retry in a moment."));
        });
        routes.exception(
                IdempotencyKeyReusedException.class,
                (e, ctx) -> write(
                        ctx,
                        Problem.of(
                                "idempotency-key-reused",
                                "Idempotency-Key reused",
                                422,
                                "This Idempotency-Key was used for a request with other content.")));
        routes.exception(
                ChangesExpiredException.class,
                (e, ctx) -> write(
                        ctx,
                        Problem.of(
                                "changes-expired",
                                "Gone",
                                410,
                                "The changes after this position are no longer kept (or it is beyond the newest);"
                                        + " read the tasks and the trash again, then follow the changes from the"
                                        + " position without since.")));
        routes.exception(TooManyStreamsException.class, (e, ctx) -> {
            if (e.instanceFull()) {
                unavailable(ctx, Duration.ofSeconds(5), "This instance holds as many event streams as it can.");
            } else {
                ctx.header("Retry-After", "10");
                write(
                        ctx,
                        Problem.of(
                                "too-many-streams",
                                "Too many requests",
                                429,
                                "This user holds as many event streams as allowed; close one first."));
            }
        });
        routes.exception(TaskVersionMismatchException.class, (e, ctx) -> preconditionFailed(ctx));
        routes.exception(PreconditionFailedException.class, (e, ctx) -> preconditionFailed(ctx));
        routes.exception(
                PayloadTooLargeException.class,
                (e, ctx) -> payloadTooLarge(ctx, "The body must be at most " + e.limit() + " bytes."));
        routes.exception(
                UnsupportedMediaTypeException.class,
                (e, ctx) -> write(
                        ctx,
                        Problem.of(
                                "unsupported-media-type",
                                "Unsupported media type",
                                415,
                                "The body must be application/json.")));
        routes.exception(RateLimitedException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            write(ctx, Problem.of("rate-limited", "Too many requests", 429, "Too many requests; wait and retry."));
        });
        routes.exception(RequestTimeoutException.class, (e, ctx) -> {
            ctx.header("Connection", "close");
            write(
                    ctx,
                    Problem.of(
                            "request-timeout",
                            "Request timeout",
                            408,
                            "The request body arrived too slowly or stopped."));
        });
        routes.exception(StorageUnavailableException.class, (e, ctx) -> {
            LOG.warn("storage unavailable: {}", e.getMessage());
            unavailable(ctx, "The database is unavailable; retry later.");
        });
        routes.exception(
                PasswordHashingBusyException.class,
                (e, ctx) -> unavailable(ctx, e.retryAfter(), "The server is busy; retry later."));
        routes.exception(IssuerUnavailableException.class, (e, ctx) -> {
            // RemoteJwks already warns once per failed fetch; this is per request
            LOG.debug("token issuer unavailable: {}", e.getMessage());
            unavailable(ctx, e.retryAfter(), "The token's issuer cannot be reached to check its key; retry later.");
        });
        routes.exception(NotReadyException.class, (e, ctx) -> unavailable(ctx, "The service is not ready."));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                // Javalin lists the route's methods as the one detail value (its key depends on Accept)
                e.getDetails().values().stream().findFirst().ifPresent(methods -> ctx.header("Allow", methods));
            }
            httpStatus(ctx, e.getStatus());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, Problem.of("internal", "Internal server error", 500, "The request could not be completed."));
        });
    }

    /**
     * Statuses Javalin raises itself (no route, wrong method, its own size limit); those this mapping
     * also raises get the same type and title as here, so each type has one title.
     */
    static void httpStatus(Context ctx, int status) {
        switch (status) {
            case 404 -> notFound(ctx, "There is no resource at this path.");
            case 413 -> payloadTooLarge(ctx, "The request body is too large.");
            default -> {
                String reason = HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT);
                String title = Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
                String detail = status == 405
                        ? "This method is not allowed on this resource."
                        : "The request could not be handled.";
                write(ctx, Problem.of(reason.replace(' ', '-'), title, status, detail));
            }
        }
    }

    private static void notFound(Context ctx, String detail) {
        write(ctx, Problem.of("not-found", "Not found", 404, detail));
    }

    private static void payloadTooLarge(Context ctx, String detail) {
        write(ctx, Problem.of("payload-too-large", "Content too large", 413, detail));
    }

    private static void unauthorized(Context ctx, String challenge, String detail) {
        ctx.header("WWW-Authenticate", challenge);
        write(ctx, Problem.of("unauthorized", "Unauthorized", 401, detail));
    }

    private static void preconditionFailed(Context ctx) {
        write(
                ctx,
                Problem.of("precondition-failed", "Precondition failed", 412, "The task has changed; read it again."));
    }

    private static void unavailable(Context ctx, String detail) {
        unavailable(ctx, RETRY_AFTER, detail);
    }

    private static void unavailable(Context ctx, Duration retryAfter, String detail) {
        ctx.header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        write(ctx, Problem.of("unavailable", "Service unavailable", 503, detail));
    }

    static void write(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem.at(ctx.path())).contentType(Problem.MEDIA_TYPE);
    }
}
