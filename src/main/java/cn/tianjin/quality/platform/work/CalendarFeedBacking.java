package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.Optional;

/** The calendar feed card under the work queue: make, renew or stop the link; the new link is shown this once. */
@Named
@RequestScoped
public class CalendarFeedBacking {
    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentUser currentUser;

    private String link;

    /** The user's feed as last read in this request; null until read, and again after a change. */
    private Optional<CalendarFeed> feed;

    /** When the current link was made, or null without one (read once per request, the page asks several times). */
    public LocalDateTime getSince() {
        if (feed == null) {
            feed = feeds.of(currentUser.actor());
        }
        return feed.map(CalendarFeed::getCreatedAt).orElse(null);
    }

    /** The link just made, only in the answer to the request that made it. */
    public String getLink() {
        return link;
    }

    public void renew() {
        Pages.attempt(() -> {
            link = feeds.renew(currentUser.actor());
            feed = null;
            Pages.info("calendar.made");
        });
    }

    public void stop() {
        Pages.attempt(() -> {
            feeds.stop(currentUser.actor());
            feed = null;
            Pages.info("calendar.stopped");
        });
    }
}
