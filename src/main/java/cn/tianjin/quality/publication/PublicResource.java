package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Open data, no login: every programme's directory of titles, the public notices with the entries on display, and
 * certificate verification, for newspapers, the national award's organisers and other portals. Only what the public
 * pages show.
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {
    private static final int MAX_PAGE = 100;

    @Inject
    TitleService titles;

    @Inject
    TitleSchemes schemes;

    @Inject
    DisplayService displays;

    @Inject
    NoticeService notices;

    @Inject
    Language language;

    /** One title as the directory lists it; {@code model} is the subject, by the name the award's first version used. */
    public record Winner(String programme, String serial, String enterprise, String creditCode, String subject, String model,
                         String level, int year, String status, LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn) {
        static Winner of(Title t) {
            return new Winner(t.getProgramme(), t.getSerial(), t.getEnterpriseName(), t.getCreditCode(), t.getSubjectName(),
                    t.getSubjectName(), t.getLevel(), t.getYear(), t.getStatus().name(), t.getValidFrom(), t.getValidUntil(),
                    t.getRevokedOn());
        }
    }

    public record WinnersPage(String programme, long total, int page, int size, List<Winner> winners) {
    }

    public record Proposed(String enterprise, String model, String level, boolean underObjection) {
    }

    public record Display(Long id, String programme, Long campaign, String name, LocalDate from, LocalDate until,
                          List<Proposed> proposed) {
    }

    public record NoticeView(Long id, String title, String programme, LocalDateTime published, String body, String link) {
    }

    public record Notices(List<NoticeView> notices, List<Display> onDisplay) {
    }

    public record Verification(String programme, String serial, String enterprise, String model, String level, int year,
                               String status, LocalDate validUntil, LocalDate revokedOn, boolean valid) {
    }

    @GET
    @Path("winners")
    @Operation(summary = "A programme's directory of titles (the Tianjin Quality Award's by default), newest year first, with"
            + " each title's status and validity")
    public WinnersPage winners(@Parameter(description = "programme code, e.g. AWARD or PACESETTER") @QueryParam("programme")
                               String programme,
                               @QueryParam("year") Integer year,
                               @Parameter(description = "a level of the programme, e.g. AWARD or NOMINATION") @QueryParam("level")
                               String level,
                               @Parameter(description = "part of the enterprise or subject name, or a full credit code") @QueryParam("q")
                               String q,
                               @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        TitleScheme scheme = schemes.find(programme == null || programme.isBlank() ? PublicPagesBacking.FIRST_DIRECTORY
                : programme.strip().toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> new NotFoundException("programme " + programme));
        String l = level == null ? null : scheme.levels().stream().map(TitleScheme.Level::code)
                .filter(c -> c.equalsIgnoreCase(level.strip())).findFirst().orElse(null);
        int s = Math.max(1, Math.min(size, MAX_PAGE));
        int p = Math.max(1, page);
        TitleService.Directory d = titles.directoryPage(new TitleService.Filter(scheme.code(), year, l, q), (p - 1) * s, s);
        return new WinnersPage(scheme.code(), d.total(), p, s, d.rows().stream().map(Winner::of).toList());
    }

    @GET
    @Path("notices")
    @Operation(summary = "The latest public notices in the reader's language, and the entries of every programme now on"
            + " public display (公示)")
    public Notices notices(@QueryParam("max") @DefaultValue("20") int max) {
        var locale = language.getLocale();
        List<NoticeView> list = notices.latest(Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(n -> new NoticeView(n.getId(), n.title(locale), n.getProgramme(), n.getPublishedAt(), n.body(locale), n.getLink()))
                .toList();
        List<Display> shown = displays.running().stream()
                .map(v -> new Display(v.display().getId(), v.display().getProgramme(), v.display().getRefId(), v.display().getTitle(),
                        v.display().getFrom(), v.display().getUntil(), v.proposed().stream()
                        .map(l -> new Proposed(l.entry().getEnterpriseName(), l.entry().getSubjectName(), l.entry().getLevel(),
                                l.isFrozen())).toList()))
                .toList();
        return new Notices(list, shown);
    }

    @GET
    @Path("certificates/{serial}")
    @Operation(summary = "Whether a certificate of any programme is genuine and still valid; unknown serials answer 404")
    public Verification certificate(@PathParam("serial") String serial) {
        Title t = titles.verify(serial).orElseThrow(() -> new NotFoundException("certificate " + serial));
        return new Verification(t.getProgramme(), t.getSerial(), t.getEnterpriseName(), t.getSubjectName(), t.getLevel(),
                t.getYear(), t.getStatus().name(), t.getValidUntil(), t.getRevokedOn(), t.isValid());
    }
}
