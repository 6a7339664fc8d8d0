package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.api.Paging;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** An expert's own seats over REST, for the desk and for experts' own tools; conflicted entries never appear. */
@Path("expert/seats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExpertSeatsResource {
    @Inject
    ExpertSeatService expertSeats;

    @Inject
    CurrentUser currentUser;

    public record SeatView(Long seat, Long round, String roundTitle, String stage, Long entry, String entryTitle,
                           String enterprise) {
    }

    public record SeatsPage(long total, int page, int size, List<SeatView> items) {
    }

    @GET
    @RolesAllowed("expert")
    @Operation(operationId = "listMySeats", summary = "The calling expert's active seats, without any entry the expert is in"
            + " conflict with")
    public SeatsPage mine(@Parameter(description = "page number, from 1 (default 1)",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("page") String page,
                          @Parameter(description = "items per page, from 1 to 100 (default 50)",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                          @QueryParam("size") String size) {
        Paging p = Paging.of(page, size, 50);
        // An expert holds tens of seats, never thousands: they are paged here rather than in SQL.
        var seats = expertSeats.seatsOf(currentUser.actor());
        return new SeatsPage(seats.size(), p.page(), p.size(), seats.stream().skip(p.offset()).limit(p.size())
                .map(s -> new SeatView(s.assignment().getId(), s.round().getId(), s.round().getTitle(), s.round().getStage().name(),
                        s.entry().getId(), s.entry().getTitle(), s.enterpriseName()))
                .toList());
    }
}
