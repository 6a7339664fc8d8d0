package cn.tianjin.quality.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, as used for login throttling and refusal logs. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String a = request.getRemoteAddr();
        return a == null ? "unknown" : a.length() > 64 ? a.substring(0, 64) : a;
    }
}
