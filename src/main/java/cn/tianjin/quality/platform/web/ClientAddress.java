package cn.tianjin.quality.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, as used for login throttling, the objection limit and refusal logs. Behind a
 * reverse proxy every connection comes from the proxy, which would make all users one address: the proxies named in
 * {@code portal.trusted-proxies} (comma-separated, none by default) are trusted to say in X-Forwarded-For whom they
 * forwarded. Only their word counts: the header is read from the right, past trusted proxies, so an address a client
 * wrote into it itself is never taken.
 */
public final class ClientAddress {
    private static volatile Set<String> trusted;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /** The client's address, given the connection's address, the forwarded-for header and the trusted proxies. */
    static String resolve(String remote, String forwardedFor, Set<String> trustedProxies) {
        String address = remote;
        if (address != null && trustedProxies.contains(address) && forwardedFor != null) {
            List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                address = hops.get(i);
                if (!trustedProxies.contains(address)) {
                    break;
                }
            }
        }
        return address == null || address.isEmpty() ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static Set<String> trustedProxies() {
        Set<String> t = trusted;
        if (t == null) {
            String list = ConfigProvider.getConfig().getOptionalValue("portal.trusted-proxies", String.class).orElse("");
            t = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
            trusted = t;
        }
        return t;
    }
}
