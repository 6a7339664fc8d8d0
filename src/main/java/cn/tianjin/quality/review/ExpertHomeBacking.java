package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The expert's desk (/expert/): the entries they are seated on, and nothing else. */
@Named
@RequestScoped
public class ExpertHomeBacking {
    @Inject
    ExpertSeatService expertSeats;

    @Inject
    CurrentUser currentUser;

    private List<ExpertSeatService.Seat> seats;

    public List<ExpertSeatService.Seat> getSeats() {
        if (seats == null) {
            seats = expertSeats.seatsOf(currentUser.actor());
        }
        return seats;
    }
}
