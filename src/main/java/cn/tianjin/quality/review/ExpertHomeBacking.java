package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.DeskList;
import cn.tianjin.quality.platform.work.DeskLines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The expert's desk (/expert/): the entries they are seated on, the latest {@value DeskList#SHOWN} unless all are
 * asked for (/expert/?all=1).
 */
@Named
@RequestScoped
public class ExpertHomeBacking {
    @Inject
    ExpertSeatService expertSeats;

    @Inject
    DeskLines desk;

    @Inject
    CurrentUser currentUser;

    private DeskList<ExpertSeatService.Seat> seats;

    private DeskList<ExpertSeatService.Seat> seats() {
        if (seats == null) {
            seats = DeskList.read(() -> expertSeats.seatsOf(currentUser.actor()),
                    n -> desk.of("expert-seats", currentUser.actor(), () -> expertSeats.latestSeatsOf(currentUser.actor(), n)));
        }
        return seats;
    }

    public List<ExpertSeatService.Seat> getSeats() {
        return seats().shown();
    }

    /** Whether there are more seats than the desk shows. */
    public boolean isMore() {
        return seats().more();
    }

    public int getShown() {
        return DeskList.SHOWN;
    }
}
