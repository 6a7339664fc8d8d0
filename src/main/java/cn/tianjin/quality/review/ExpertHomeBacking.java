package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The expert's desk (/expert/): the entries they are seated on, the latest {@value #SHOWN} unless all are asked for
 * (/expert/?all=1): years of rounds add up, and the work of the day sits in the newest.
 */
@Named
@RequestScoped
public class ExpertHomeBacking {
    @Inject
    ExpertSeatService expertSeats;

    @Inject
    CurrentUser currentUser;

    static final int SHOWN = 30;

    @Inject
    jakarta.faces.context.FacesContext faces;

    private List<ExpertSeatService.Seat> seats;

    public List<ExpertSeatService.Seat> getSeats() {
        if (seats == null) {
            seats = isAll() ? expertSeats.seatsOf(currentUser.actor())
                    : expertSeats.latestSeatsOf(currentUser.actor(), SHOWN + 1);
        }
        return isAll() || seats.size() <= SHOWN ? seats : seats.subList(0, SHOWN);
    }

    /** Whether there are more seats than the desk shows. */
    public boolean isMore() {
        getSeats();
        return !isAll() && seats.size() > SHOWN;
    }

    public boolean isAll() {
        return "1".equals(faces.getExternalContext().getRequestParameterMap().get("all"));
    }
}
