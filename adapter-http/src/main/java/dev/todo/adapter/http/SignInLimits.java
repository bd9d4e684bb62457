package dev.todo.adapter.http;

import io.javalin.http.Context;
import java.util.Locale;

/** Rate limits of the sign-in and sign-up endpoints: one budget per client address, one per account. */
final class SignInLimits {
    private final RateLimiter perAddress;
    private final RateLimiter perAccount;
    private final ClientAddresses addresses;

    SignInLimits(HttpConfig config, ClientAddresses addresses) {
        this.perAddress = new RateLimiter(config.perAddressLimit(), System::nanoTime);
        this.perAccount = new RateLimiter(config.perAccountLimit(), System::nanoTime);
        this.addresses = addresses;
    }

    /** A before-handler: counts the attempt against the client's address before the body is read. */
    void checkAddress(Context ctx) {
        perAddress.acquire(addresses.of(ctx));
    }

    /** Counts the attempt against the account; emails are compared as the domain normalises them. */
    void checkAccount(String email) {
        if (email != null) {
            perAccount.acquire(email.strip().toLowerCase(Locale.ROOT));
        }
    }
}
