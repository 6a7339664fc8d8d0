package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.credit.CreditService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Enterprises over REST: an applicant reads its own, staff any; staff ask the credit veto. */
@Path("enterprises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {
    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditService credit;

    @Inject
    CurrentUser currentUser;

    public record EnterpriseView(Long id, String creditCode, String name, String districtCode, String industry,
                                 String size, LocalDate foundedOn, boolean outsideTianjin) {
        static EnterpriseView of(Enterprise e) {
            return new EnterpriseView(e.getId(), e.getCreditCode(), e.getName(), e.getDistrictCode(),
                    e.getIndustry().name(), e.getSize().name(), e.getFoundedOn(), e.isOutsideTianjin());
        }
    }

    public record VetoView(String creditCode, LocalDate on, boolean vetoed, List<Long> entries) {
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"applicant", "official", "admin"})
    @Operation(summary = "One enterprise; applicants may read only their own")
    public EnterpriseView get(@PathParam("id") Long id) {
        return EnterpriseView.of(enterprises.getFor(currentUser.actor(), id));
    }

    @GET
    @Path("{id}/veto")
    @RolesAllowed({"official", "admin"})
    @Operation(summary = "Whether the enterprise is vetoed by the dishonesty list on a day (default today)")
    public VetoView veto(@PathParam("id") Long id, @QueryParam("on") String on) {
        Enterprise e = enterprises.getFor(currentUser.actor(), id);
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? clock.today() : LocalDate.parse(on);
        } catch (java.time.format.DateTimeParseException ex) {
            throw cn.tianjin.quality.platform.BusinessException.onField("on", "api.date.invalid", on);
        }
        CreditService.Veto v = credit.veto(e.getCreditCode(), day);
        return new VetoView(e.getCreditCode(), day, v.vetoed(), v.entries().stream().map(d -> d.getId()).toList());
    }
}
