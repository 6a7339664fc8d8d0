package cn.tianjin.quality.platform.work;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Secrets;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Each user's deadlines as an iCalendar feed behind a secret link ({@code /calendar/<secret>.ics}), for the calendar
 * program they already use: every line of their workbench that has a due day, as an all-day event. The secret is
 * shown once when made; renewing makes a new one and the old link stops answering; stopping removes it.
 */
@ApplicationScoped
public class CalendarFeeds {
    public static final String AUDIT_TYPE = "calendar-feed";
    public static final String PATH = "/calendar/";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Workbench workbench;

    /** Whether the user has a feed, and since when. */
    @Transactional
    public Optional<CalendarFeed> of(Actor actor) {
        return actor.userId() == null ? Optional.empty() : Optional.ofNullable(em.find(CalendarFeed.class, actor.userId()));
    }

    /** Makes the user's feed, or gives it a new secret; answers the link, which is not stored and not shown again. */
    @Transactional
    public String renew(Actor actor) {
        if (actor.userId() == null) {
            throw new AccessDeniedException(actor.username() + " making a calendar feed");
        }
        String fresh = Secrets.newToken();
        CalendarFeed feed = em.find(CalendarFeed.class, actor.userId());
        boolean renewed = feed != null;
        if (renewed) {
            feed.renew(Secrets.sha256(fresh), clock.now());
        } else {
            em.persist(new CalendarFeed(actor.userId(), Secrets.sha256(fresh), clock.now()));
        }
        audit.record(actor, AUDIT_TYPE, actor.userId(), renewed ? "renew" : "create",
                renewed ? "calendar feed link renewed; the old link stops working" : "calendar feed link made");
        return config.baseUrl() + PATH + fresh + ".ics";
    }

    /** Removes the user's feed: its link stops answering. */
    @Transactional
    public void stop(Actor actor) {
        CalendarFeed feed = actor.userId() == null ? null : em.find(CalendarFeed.class, actor.userId());
        if (feed != null) {
            em.remove(feed);
            audit.record(actor, AUDIT_TYPE, actor.userId(), "stop", "calendar feed link removed");
        }
    }

    /** The feed behind a secret, in its holder's language; empty for an unknown secret or an account no longer active. */
    @Transactional
    public Optional<String> feed(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM CalendarFeed f, UserAccount a WHERE a.id = f.userId AND f.tokenHash = :h",
                        UserAccount.class).setParameter("h", Secrets.sha256(secret)).getResultStream().findFirst()
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE)
                .map(this::render);
    }

    private String render(UserAccount account) {
        Locale locale = Messages.locale(account.getLocale());
        LocalDate today = clock.today();
        ICalendar cal = new ICalendar(Messages.get(locale, "calendar.name"),
                clock.now().atZone(clock.clock().getZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        for (WorkItem item : workbench.waitingFor(account.actor(), today)) {
            if (item.due() != null) {
                String summary = Messages.get(locale, item.key(), item.messageArgs());
                cal.allDay(uid(account, item), item.due(), summary, Messages.get(locale, "calendar.event", item.count()),
                        config.baseUrl() + item.link());
            }
        }
        return cal.text();
    }

    /** The same thing due the same day keeps its identity between fetches, whatever its count. */
    private String uid(UserAccount account, WorkItem item) {
        return Secrets.sha256(account.getId() + "|" + item.key() + "|" + item.link() + "|" + item.args() + "|" + item.due())
                .substring(0, 32) + "@tianjin-quality-portal";
    }
}
