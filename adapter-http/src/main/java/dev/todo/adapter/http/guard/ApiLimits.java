package dev.todo.adapter.http.guard;

import dev.todo.domain.user.UserId;
import io.javalin.http.Context;

/** Rate limits of every API route: one budget per client address, one per signed-in user. */
public final class ApiLimits {
    private final Throttle perAddress;
    private final Throttle perUser;
    private final ClientAddresses addresses;

    public ApiLimits(RateLimits limits, ClientAddresses addresses) {
        this.perAddress = new Throttle("api-address", limits.apiPerAddress());
        this.perUser = new Throttle("api-user", limits.apiPerUser());
        this.addresses = addresses;
    }

    /** A before-handler of every API route, signed in or not. */
    public void checkAddress(Context ctx) {
        perAddress.take(ctx, addresses.of(ctx));
    }

    /** Counts the request against the user its token names, once the token is verified. */
    public void checkUser(Context ctx, UserId user) {
        perUser.take(ctx, user.value());
    }
}
