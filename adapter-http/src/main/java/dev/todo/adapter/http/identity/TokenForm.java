package dev.todo.adapter.http.identity;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form a token must have before any key is looked up: three parts in canonical unpadded base64url
 * (RFC 7515 §2; the JDK's decoder ignores non-zero padding bits, which would let one token have several
 * spellings), no {@code crit} header (RFC 7515 §4.1.11), a {@code typ} of JWT or access-token JWT when
 * present (RFC 8725 §3.11; Better Auth sends none), and a {@code sub} that is a JSON string (a number
 * would otherwise be read as its text).
 */
final class TokenForm {
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Set<String> TYPES = Set.of("jwt", "at+jwt");
    private static final String MEDIA_TYPE_PREFIX = "application/";

    private TokenForm() {}

    /** @throws InvalidTokenException if the token does not have the form above */
    static DecodedJWT decode(String compact) {
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("a token has three parts");
        }
        for (String part : parts) {
            if (!isCanonicalBase64Url(part)) {
                throw new InvalidTokenException("a token part is not canonical base64url");
            }
        }
        DecodedJWT token = JWT.decode(compact);
        if (!token.getHeaderClaim("crit").isMissing()) {
            throw new InvalidTokenException("critical header extensions are not supported");
        }
        if (!isAcceptedType(token.getHeaderClaim("typ"))) {
            throw new InvalidTokenException("the typ header names another kind of token");
        }
        Claim subject = token.getClaim("sub");
        if (!subject.isMissing() && subject.asString() == null) {
            throw new InvalidTokenException("the subject is not a string");
        }
        return token;
    }

    private static boolean isCanonicalBase64Url(String part) {
        if (!BASE64URL.matcher(part).matches()) {
            return false;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(part);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAcceptedType(Claim typ) {
        if (typ.isMissing()) {
            return true;
        }
        String type = typ.asString();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return TYPES.contains(
                lower.startsWith(MEDIA_TYPE_PREFIX) ? lower.substring(MEDIA_TYPE_PREFIX.length()) : lower);
    }
}
