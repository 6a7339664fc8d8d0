package cn.tianjin.quality.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In a cluster, names the instance that answered in an X-Served-By header, so a fail-over can be followed from
 * outside (deploy/cluster/failover-test.sh). Only when the instance is given a name with -Dportal.instance=...;
 * a single server says nothing about itself.
 */
@WebFilter(urlPatterns = "/*", filterName = "servedBy")
public class ServedByFilter extends HttpFilter {
    static final String PROPERTY = "portal.instance";
    static final String HEADER = "X-Served-By";

    private final String instance = System.getProperty(PROPERTY);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (instance != null && !instance.isBlank()) {
            res.setHeader(HEADER, instance);
        }
        chain.doFilter(req, res);
    }
}
