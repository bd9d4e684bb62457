package dev.todo.adapter.http.guard;

import java.util.Objects;

/**
 * Every request budget of the public server: sign-in and sign-up attempts per account and client address,
 * and API requests per signed-in user and per client address.
 */
public record RateLimits(
        RateLimit signInPerAccount, RateLimit signInPerAddress, RateLimit apiPerUser, RateLimit apiPerAddress) {
    /** Ten sign-in attempts per account and address every five minutes: a guesser is slowed, the owner elsewhere is not. */
    public static final RateLimit DEFAULT_SIGN_IN_PER_ACCOUNT = RateLimit.parse("10/PT5M");

    /** Thirty sign-in or sign-up attempts a minute from one address, whatever the accounts. */
    public static final RateLimit DEFAULT_SIGN_IN_PER_ADDRESS = RateLimit.parse("30/PT1M");

    /** 1200 API requests a minute per user: far above what a person or a UI makes. */
    public static final RateLimit DEFAULT_API_PER_USER = RateLimit.parse("1200/PT1M");

    /** 3000 API requests a minute per address, which may be shared by several users (NAT). */
    public static final RateLimit DEFAULT_API_PER_ADDRESS = RateLimit.parse("3000/PT1M");

    public static final RateLimits DEFAULTS = new RateLimits(
            DEFAULT_SIGN_IN_PER_ACCOUNT, DEFAULT_SIGN_IN_PER_ADDRESS, DEFAULT_API_PER_USER, DEFAULT_API_PER_ADDRESS);

    public RateLimits {
        Objects.requireNonNull(signInPerAccount, "signInPerAccount");
        Objects.requireNonNull(signInPerAddress, "signInPerAddress");
        Objects.requireNonNull(apiPerUser, "apiPerUser");
        Objects.requireNonNull(apiPerAddress, "apiPerAddress");
    }
}
