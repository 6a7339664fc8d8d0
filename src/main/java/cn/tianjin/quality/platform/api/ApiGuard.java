package cn.tianjin.quality.platform.api;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.web.ClientAddress;
import cn.tianjin.quality.platform.web.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rules every API call follows. State-changing calls must carry the header {@code X-Requested-With: portal}, which a
 * form on another site cannot send, so a forged cross-site request is refused (403, CSRF); refused or missing objects
 * answer 404 and are logged; a business problem, a malformed or out-of-range parameter among them, answers 400 with
 * the message in the caller's language; the database out of reach answers 503 with Retry-After and the outage
 * message in the caller's language, never a stack trace. Every refusal is a problem document ({@link Problems}).
 */
public final class ApiGuard {
    private static final Logger LOG = Logger.getLogger(ApiGuard.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private ApiGuard() {
    }

    /** Runs before resource matching, so a forged request is refused whatever path it aims at. */
    @Provider
    @PreMatching
    public static class CsrfFilter implements ContainerRequestFilter {
        @Context
        HttpServletRequest request;

        @Override
        public void filter(ContainerRequestContext ctx) {
            if (!SAFE.contains(ctx.getMethod()) && !"portal".equals(ctx.getHeaderString("X-Requested-With"))) {
                LOG.log(Level.INFO, "Refused {0} {1} without the portal header from {2}",
                        new Object[] {ctx.getMethod(), ctx.getUriInfo().getRequestUri().getPath(), ClientAddress.of(request)});
                ctx.abortWith(Problems.response(request, 403, Problems.CSRF,
                        Problems.text(request, "problem.csrf.detail"), null));
            }
        }
    }

    @Provider
    public static class Refusals implements ExceptionMapper<RuntimeException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (t instanceof jakarta.ws.rs.WebApplicationException w) {
                // The runtime's own refusals (no such address, a method the address does not take, a role it does not
                // admit) keep their status and headers such as Allow, with a problem document as their body.
                Response r = w.getResponse();
                Response.ResponseBuilder b = Response.fromResponse(
                        Problems.response(request, r.getStatus(), Problems.kindOf(r.getStatus()), null, null));
                r.getStringHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                        values.forEach(v -> b.header(name, v));
                    }
                });
                return b.build();
            }
            if (t instanceof AccessDeniedException || t instanceof NotFoundException) {
                LOG.log(Level.INFO, "Refused {0} for {1} from {2}: {3}", new Object[] {request.getRequestURI(),
                        request.getRemoteUser(), ClientAddress.of(request), t.getMessage()});
                return Problems.response(request, 404, Problems.NOT_FOUND, null, null);
            }
            if (DatabaseOutage.isOutage(t)) {
                DatabaseOutage.log(request.getMethod() + " " + request.getRequestURI(), request.getRemoteUser(), t);
                return Response.fromResponse(Problems.response(request, 503, Problems.DATABASE_UNAVAILABLE,
                        Problems.text(request, "error.database.text"), null))
                        .header("Retry-After", "30").build();
            }
            if (t instanceof BusinessException b) {
                return Problems.rule(request, b.messageKey(), b.args(), b.field());
            }
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + request.getRequestURI(), e);
            return Problems.response(request, 500, Problems.INCIDENT,
                    Problems.text(request, "problem.incident.detail", incident), null);
        }
    }
}
