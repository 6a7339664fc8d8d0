package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Enterprises over REST: an applicant reads its own, staff any (the credit veto: {@code credit.VetoResource}). */
@Path("enterprises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {
    @Inject
    EnterpriseService enterprises;

    @Inject
    CurrentUser currentUser;

    public record EnterpriseView(Long id, String creditCode, String name, String districtCode, String industry,
                                 String size, LocalDate foundedOn, boolean outsideTianjin) {
        static EnterpriseView of(Enterprise e) {
            return new EnterpriseView(e.getId(), e.getCreditCode(), e.getName(), e.getDistrictCode(),
                    e.getIndustry().name(), e.getSize().name(), e.getFoundedOn(), e.isOutsideTianjin());
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"applicant", "official", "admin"})
    @Operation(operationId = "getEnterprise", summary = "One enterprise; applicants may read only their own")
    public EnterpriseView get(@PathParam("id") Long id) {
        return EnterpriseView.of(enterprises.getFor(currentUser.actor(), id));
    }
}
