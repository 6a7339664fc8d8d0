package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

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

    @GET
    @RolesAllowed("expert")
    @Operation(summary = "The calling expert's active seats, without any entry the expert is in conflict with")
    public List<SeatView> mine() {
        return expertSeats.seatsOf(currentUser.actor()).stream()
                .map(s -> new SeatView(s.assignment().getId(), s.round().getId(), s.round().getTitle(), s.round().getStage().name(),
                        s.entry().getId(), s.entry().getTitle(), s.enterpriseName()))
                .toList();
    }
}
