package dev.todo.adapter.http.identity;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Builds compact JWTs with exactly the header and claims a test wants (java-jwt would add {@code typ}). */
final class TestTokens {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTokens() {}

    static String sign(Algorithm algorithm, Map<String, ?> header, Map<String, ?> claims) {
        String content = part(json(header)) + "." + part(json(claims));
        String[] pieces = content.split("\\.");
        byte[] signature = algorithm.sign(
                pieces[0].getBytes(StandardCharsets.US_ASCII), pieces[1].getBytes(StandardCharsets.US_ASCII));
        return content + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    static String unsigned(Map<String, ?> header, Map<String, ?> claims) {
        return part(json(header)) + "." + part(json(claims)) + ".";
    }

    static String part(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
