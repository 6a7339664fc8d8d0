package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The work queues on every role's home page: each feature's lines for the signed-in user, late ones first, each with
 * its count, a link to the list behind it and the day it is due.
 */
@Named("workbench")
@RequestScoped
public class WorkbenchBacking {
    /** Due within this many days reads as soon. */
    static final int SOON_DAYS = 7;

    @Inject
    Workbench workbench;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Language language;

    private List<Line> lines;

    /** A line as the page shows it; {@code tone} is "late", "soon" or "". */
    public record Line(String text, long count, String link, String due, String tone) {
    }

    public List<Line> getLines() {
        if (lines == null) {
            Actor actor = currentUser.actor();
            LocalDate today = clock.today();
            lines = workbench.waitingFor(actor, today).stream().map(i -> new Line(
                    language.text(i.key(), i.messageArgs()), i.count(), i.link(),
                    i.due() == null ? "" : language.format(i.due()),
                    i.lateOn(today) ? "late" : i.dueSoonOn(today, SOON_DAYS) ? "soon" : "")).toList();
        }
        return lines;
    }
}
