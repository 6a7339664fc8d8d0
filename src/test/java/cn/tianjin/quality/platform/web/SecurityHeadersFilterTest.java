package cn.tianjin.quality.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
    /** A response that keeps its headers as a browser would receive them. */
    private static HttpServletResponse recording(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                        default -> { }
                    }
                    return null;
                });
    }

    @Test
    void thePolicyAllowsNoInlineScriptAndNoEval() {
        assertThat(SecurityHeadersFilter.POLICY).doesNotContain("unsafe-eval");
        String scripts = SecurityHeadersFilter.POLICY.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertThat(scripts).isEqualTo("'self'");
    }

    @Test
    void primeFacesNonceJoinsOurPolicyInOneHeader() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpServletResponse res = new SecurityHeadersFilter.Nonced(recording(headers));
        res.setHeader("Content-Security-Policy", SecurityHeadersFilter.POLICY);
        res.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-ZjFhMmIzYzQtZDVlNi0=';");
        assertThat(headers.get("Content-Security-Policy")).containsExactly(
                SecurityHeadersFilter.POLICY.replace("script-src 'self';", "script-src 'self' 'nonce-ZjFhMmIzYzQtZDVlNi0=';"));
        assertThat(headers.get("Content-Security-Policy").get(0)).contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
    }

    @Test
    void aPolicyWithoutANonceLeavesOursAsItIsAndOtherHeadersPass() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpServletResponse res = new SecurityHeadersFilter.Nonced(recording(headers));
        res.addHeader("content-security-policy", "script-src *");
        res.addHeader("X-Served-By", "node1");
        assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityHeadersFilter.POLICY);
        assertThat(headers.get("X-Served-By")).containsExactly("node1");
    }
}
