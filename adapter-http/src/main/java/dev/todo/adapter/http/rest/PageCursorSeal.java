package dev.todo.adapter.http.rest;

import dev.todo.application.port.in.PageCursor;
import dev.todo.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes page cursors tamper-evident: the cursor a client receives is the listing's own cursor followed by
 * {@code .} and a truncated HMAC-SHA256 of it, and only cursors whose tag verifies are passed on. The key
 * is shared by every instance (bootstrap derives it from the shared signing key), so a cursor from one
 * instance works on another.
 */
public final class PageCursorSeal {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final char SEPARATOR = '.';

    private final SecretKeySpec key;

    public PageCursorSeal(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    String seal(PageCursor cursor) {
        return cursor.value() + SEPARATOR + encode(tag(cursor.value()));
    }

    /** @throws ValidationException on {@code cursor} if the text is not a cursor this key sealed */
    PageCursor open(String sealed) {
        int separator = sealed.lastIndexOf(SEPARATOR);
        if (separator < 0) {
            throw forged();
        }
        String cursor = sealed.substring(0, separator);
        byte[] expected = tag(cursor);
        if (!MessageDigest.isEqual(
                encode(expected).getBytes(StandardCharsets.US_ASCII),
                sealed.substring(separator + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw forged();
        }
        return new PageCursor(cursor);
    }

    private byte[] tag(String cursor) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(cursor.getBytes(StandardCharsets.UTF_8)), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] tag) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }

    private static ValidationException forged() {
        return new ValidationException("cursor", "is not a cursor this server issued");
    }
}
