package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.api.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Open data, no login: the serious dishonesty list as the public page discloses it, the listings running today. */
@Path("public/dishonesty-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureResource {
    @Inject
    CreditService credit;

    /** One running listing: the enterprise, the reason, the decision it rests on and its period. */
    public record Listing(String enterprise, String creditCode, String reason, String legalBasis, LocalDate listedOn,
                          LocalDate until) {
    }

    public record ListingPage(long total, int page, int size, List<Listing> items) {
    }

    @GET
    @Operation(operationId = "listSeriousDishonesty", summary = "The enterprises on the serious dishonesty list today, newest"
            + " listing first: name, credit code, reason, legal basis and the period of the listing")
    public ListingPage list(@Parameter(description = "part of the enterprise's name or its full credit code") @QueryParam("q") String q,
                            @Parameter(description = "page number, from 1 (default 1)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
                            @Parameter(description = "items per page, from 1 to 100 (default 20)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                            @QueryParam("size") String size) {
        if (q != null && q.length() > 100) {
            throw BusinessException.onField("q", "api.q.long", 100);
        }
        Paging p = Paging.of(page, size, 20);
        CreditService.Disclosure d = credit.disclosed(q == null || q.isBlank() ? null : q.strip(), p.offset(), p.size());
        return new ListingPage(d.total(), p.page(), p.size(), d.lines().stream()
                .map(l -> new Listing(l.enterpriseName(), l.creditCode(), l.reason(), l.legalBasis(), l.listedOn(), l.until()))
                .toList());
    }
}
