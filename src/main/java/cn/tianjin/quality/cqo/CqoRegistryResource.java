package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.api.Paging;
import cn.tianjin.quality.platform.reference.Districts;
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

/** Open data, no login: the public registry of chief quality officers, as the public page shows it. */
@Path("public/cqo-registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CqoRegistryResource {
    @Inject
    CqoService cqo;

    @Inject
    Districts districts;

    /** One registered CQO: the enterprise, the officer's name masked (surname and stars), the number and since when. */
    public record Officer(String enterprise, String creditCode, String district, String name, String registryNumber,
                          LocalDate since) {
    }

    public record RegistryPage(long total, int page, int size, List<Officer> items) {
    }

    @GET
    @Operation(operationId = "listChiefQualityOfficers", summary = "The registered chief quality officers, newest first:"
            + " enterprise, masked name, registry number and the date of registration")
    public RegistryPage registry(@Parameter(description = "part of the enterprise's name, its full credit code, or a registry"
                                         + " number such as TJCQO-2026-16-0007-K") @QueryParam("q") String q,
                                 @Parameter(description = "district code, e.g. 120116") @QueryParam("district") String district,
                                 @Parameter(description = "page number, from 1 (default 1)",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
                                 @Parameter(description = "items per page, from 1 to 100 (default 20)",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                                 @QueryParam("size") String size) {
        String d = district == null || district.isBlank() ? null : district.strip();
        if (d != null && !districts.exists(d)) {
            throw BusinessException.onField("district", "api.district.unknown", d);
        }
        if (q != null && q.length() > 100) {
            throw BusinessException.onField("q", "api.q.long", 100);
        }
        Paging p = Paging.of(page, size, 20);
        CqoService.Registry r = cqo.registry(q, d, p.offset(), p.size());
        return new RegistryPage(r.total(), p.page(), p.size(), r.lines().stream()
                .map(l -> new Officer(l.enterpriseName(), l.creditCode(), l.districtCode(), l.maskedName(), l.registryNumber(),
                        l.since()))
                .toList());
    }
}
