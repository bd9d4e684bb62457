package dev.todo.adapter.http.guard;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the
 * direct peer is a trusted proxy; then the right-most address that is not itself a trusted proxy is
 * the client (entries further left were written by the client and can be forged).
 */
public final class ClientAddresses {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    public ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies =
                trustedProxies.stream().map(ClientAddresses::normalise).collect(Collectors.toSet());
    }

    String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /** @param forwardedFor the values of every {@code X-Forwarded-For} header, in order */
    String of(String remoteAddress, List<String> forwardedFor) {
        String peer = normalise(remoteAddress);
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(ClientAddresses::normalise)
                .toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                break;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return client;
    }

    /** One spelling per address, so that {@code ::1} and {@code [0:0:0:0:0:0:0:1]} are the same key. */
    static String normalise(String address) {
        String bare = address.strip().replace("[", "").replace("]", "");
        if (!bare.contains(":") || !IP_LITERAL.matcher(bare).matches()) {
            return bare;
        }
        try {
            // a literal containing ':' is parsed, never looked up in DNS
            return InetAddress.getByName(bare).getHostAddress();
        } catch (UnknownHostException e) {
            return bare;
        }
    }
}
