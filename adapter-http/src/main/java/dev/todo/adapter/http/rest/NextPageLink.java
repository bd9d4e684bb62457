package dev.todo.adapter.http.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@code Link: <…>; rel="next"} value: the same absolute path and query, with the next cursor. */
final class NextPageLink {
    private NextPageLink() {}

    /**
     * @param rawPath the request path as the client sent it (still percent-encoded)
     * @param rawQuery the raw query string, already accepted by {@link QueryStrings#parse}, or {@code null}
     * @param sealedNext the next page's cursor, sealed
     */
    static String of(String rawPath, String rawQuery, String sealedNext) {
        List<String> parameters = new ArrayList<>();
        for (String pair : QueryStrings.pairs(rawQuery)) {
            if (!QueryStrings.name(pair).equals("cursor")) {
                parameters.add(pair);
            }
        }
        parameters.add("cursor=" + URLEncoder.encode(sealedNext, StandardCharsets.UTF_8));
        return "<" + rawPath + "?" + String.join("&", parameters) + ">; rel=\"next\"";
    }
}
