package dev.todo.adapter.http.guard;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Rate limits of the sign-in and sign-up endpoints: one budget per client address, and one per account
 * and address, so that guesses from one place slow that place down without locking the owner out from
 * another. With shared buckets every instance counts against the same budgets.
 */
public final class SignInLimits {
    private final Throttle perAddress;
    private final Throttle perAccount;
    private final ClientAddresses addresses;

    public SignInLimits(RateLimits limits, ClientAddresses addresses, Optional<ProxyManager<String>> shared) {
        this.perAddress = new Throttle("sign-in-address", limits.signInPerAddress(), shared);
        this.perAccount = new Throttle("sign-in-account", limits.signInPerAccount(), shared);
        this.addresses = addresses;
    }

    /** A before-handler: counts the attempt against the client's address before the body is read. */
    public void checkAddress(Context ctx) {
        perAddress.take(ctx, addresses.of(ctx));
    }

    /** Counts the attempt against the account from this address; emails are compared as the domain normalises them. */
    public void checkAccount(Context ctx, String email) {
        if (email != null) {
            perAccount.take(ctx, email.strip().toLowerCase(Locale.ROOT) + " " + addresses.of(ctx));
        }
    }
}
