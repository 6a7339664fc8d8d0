package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The one-vote veto of an enterprise, for officials' other systems: {@code /api/v1/enterprises/{id}/veto}. */
@Path("enterprises/{id}/veto")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VetoResource {
    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditService credit;

    @Inject
    CurrentUser currentUser;

    public record VetoView(String creditCode, LocalDate on, boolean vetoed, List<Long> entries) {
    }

    @GET
    @RolesAllowed({"official", "admin"})
    @Operation(operationId = "getVeto", summary = "Whether the enterprise is vetoed by the dishonesty list on a day (default today)")
    public VetoView veto(@PathParam("id") Long id, @QueryParam("on") String on) {
        Enterprise e = enterprises.getFor(currentUser.actor(), id);
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? clock.today() : LocalDate.parse(on);
        } catch (DateTimeParseException ex) {
            throw BusinessException.onField("on", "api.date.invalid", on);
        }
        CreditService.Veto v = credit.veto(e.getCreditCode(), day);
        return new VetoView(e.getCreditCode(), day, v.vetoed(), v.entries().stream().map(DishonestyEntry::getId).toList());
    }
}
