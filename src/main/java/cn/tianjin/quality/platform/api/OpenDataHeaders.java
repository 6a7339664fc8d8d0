package cn.tianjin.quality.platform.api;

import cn.tianjin.quality.platform.web.SecurityHeadersFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The open data under {@code /api/v1/public/} may be read by any web page (CORS for reads, without credentials) and
 * kept by browsers and proxies for a minute: a newspaper's page that shows the winners asks for them once a minute at
 * most, and revalidates with the entity tag the public store gives every answer ({@code If-None-Match}, 304).
 * Anything asked by someone signed in stays uncached, like every personal answer.
 */
@Provider
public class OpenDataHeaders implements ContainerResponseFilter {
    static final String PUBLIC = "public/";
    static final String MAX_AGE = "public, max-age=60";

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext req, ContainerResponseContext res) {
        String path = req.getUriInfo().getPath();
        if (!(path.startsWith("/") ? path.substring(1) : path).startsWith(PUBLIC)) {
            return;
        }
        MultivaluedMap<String, Object> h = res.getHeaders();
        h.putSingle("Access-Control-Allow-Origin", "*");
        h.putSingle("Access-Control-Expose-Headers", "ETag");
        h.add("Vary", "Accept-Language, Cookie");
        if ("OPTIONS".equals(req.getMethod())) {
            h.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            h.putSingle("Access-Control-Allow-Headers", "Accept-Language, If-None-Match");
            h.putSingle("Access-Control-Max-Age", "600");
        } else if (res.getStatus() == 200 && !SecurityHeadersFilter.personal(request)) {
            h.putSingle("Cache-Control", MAX_AGE);
        }
    }
}
