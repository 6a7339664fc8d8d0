package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.publication.NoticeService;
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
 * Open data, no login: the winners directory, the public notices with the entries on display, and certificate
 * verification, for newspapers, the national award's organisers and other portals. Only what the public pages show.
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicAwardResource {
    private static final int MAX_PAGE = 100;

    @Inject
    TitleService titles;

    @Inject
    DisplayService display;

    @Inject
    NoticeService notices;

    public record Winner(String serial, String enterprise, String creditCode, String model, String level, int year,
                         String status, LocalDate revokedOn) {
        static Winner of(AwardTitle t) {
            return new Winner(t.getSerial(), t.getEnterpriseName(), t.getCreditCode(), t.getModelName(), t.getLevel().name(),
                    t.getYear(), t.getStatus().name(), t.getRevokedOn());
        }
    }

    public record WinnersPage(long total, int page, int size, List<Winner> winners) {
    }

    public record Proposed(String enterprise, String model, String level, boolean underObjection) {
    }

    public record Display(Long campaign, String name, LocalDate from, LocalDate until, List<Proposed> proposed) {
    }

    public record NoticeView(Long id, String title, String programme, LocalDateTime published, String body, String link) {
    }

    public record Notices(List<NoticeView> notices, List<Display> onDisplay) {
    }

    public record Verification(String serial, String enterprise, String model, String level, int year, String status,
                               LocalDate revokedOn, boolean valid) {
    }

    @GET
    @Path("winners")
    @Operation(summary = "The winners directory of the Tianjin Quality Award, newest year first, with each title's status")
    public WinnersPage winners(@QueryParam("year") Integer year,
                               @Parameter(description = "AWARD or NOMINATION") @QueryParam("level") String level,
                               @Parameter(description = "part of the enterprise or model name, or a full credit code") @QueryParam("q") String q,
                               @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        CommitteeRules.Outcome l = "AWARD".equalsIgnoreCase(level) ? CommitteeRules.Outcome.AWARD
                : "NOMINATION".equalsIgnoreCase(level) ? CommitteeRules.Outcome.NOMINATION : null;
        TitleService.Filter f = new TitleService.Filter(year, l, q);
        int s = Math.max(1, Math.min(size, MAX_PAGE));
        int p = Math.max(1, page);
        TitleService.Directory d = titles.directoryPage(f, (p - 1) * s, s);
        return new WinnersPage(d.total(), p, s, d.rows().stream().map(Winner::of).toList());
    }

    @GET
    @Path("notices")
    @Operation(summary = "The latest public notices, and the award entries now on public display (公示)")
    public Notices notices(@QueryParam("max") @DefaultValue("20") int max) {
        List<NoticeView> list = notices.latest(Math.max(1, Math.min(max, MAX_PAGE))).stream()
                .map(n -> new NoticeView(n.getId(), n.getTitle(), n.getProgramme(), n.getPublishedAt(), n.getBody(), n.getLink()))
                .toList();
        List<Display> shown = display.onDisplay().stream().map(c -> display.publicDisplay(c.getId()))
                .map(d -> new Display(d.campaign().getId(), d.campaign().getName(), d.campaign().getDisplayFrom(),
                        d.campaign().getDisplayUntil(), d.proposed().stream().map(l -> new Proposed(l.enterpriseName(), l.modelName(),
                        l.count().getFinalOutcome().name(), l.isFrozen())).toList()))
                .toList();
        return new Notices(list, shown);
    }

    @GET
    @Path("certificates/{serial}")
    @Operation(summary = "Whether a certificate is genuine and still valid; unknown serials answer 404")
    public Verification certificate(@PathParam("serial") String serial) {
        AwardTitle t = titles.verify(serial).orElseThrow(() -> new NotFoundException("certificate " + serial));
        return new Verification(t.getSerial(), t.getEnterpriseName(), t.getModelName(), t.getLevel().name(), t.getYear(),
                t.getStatus().name(), t.getRevokedOn(), t.isValid());
    }
}
