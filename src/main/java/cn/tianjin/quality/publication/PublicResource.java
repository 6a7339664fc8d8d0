package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.api.Paging;
import cn.tianjin.quality.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    static final String PAGE = "page number, from 1 (default 1)";
    static final String SIZE = "items per page, from 1 to 100 (default 20)";

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

    @Inject
    CreditProfiles profiles;

    /**
     * One title as the directory lists it; {@code model} is the subject, by the name the award's first version used. A
     * title given before the portal has no serial ({@code null}) and {@code imported} true.
     */
    public record Winner(String programme, @Schema(nullable = true) String serial, String enterprise, String creditCode, String subject, String model,
                         String level, int year, String status, LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn,
                         boolean imported,
                         @Schema(description = "a title of a level no longer given (天津市名牌产品 of before 2019), kept as history")
                         boolean historical) {
        static Winner of(Title t, TitleScheme scheme) {
            return new Winner(t.getProgramme(), t.getSerial(), t.getEnterpriseName(), t.getCreditCode(), t.getSubjectName(),
                    t.getSubjectName(), t.getLevel(), t.getYear(), t.getStatus().name(), t.getValidFrom(), t.getValidUntil(),
                    t.getRevokedOn(), t.isImported(), scheme.historical(t.getLevel()));
        }
    }

    public record WinnersPage(String programme, long total, int page, int size, List<Winner> items) {
    }

    public record Proposed(String enterprise, String model, String level, boolean underObjection) {
    }

    public record Display(Long id, String programme, Long campaign, String name, LocalDate from, LocalDate until,
                          List<Proposed> proposed) {
    }

    public record DisplaysPage(long total, int page, int size, List<Display> items) {
    }

    /** A notice; {@code published} is a moment with Tianjin's offset, e.g. 2026-12-05T09:30:00+08:00. */
    public record NoticeView(Long id, String title, String programme, OffsetDateTime published, String body, String link) {
    }

    public record NoticesPage(long total, int page, int size, List<NoticeView> items) {
    }

    public record Verification(String programme, String serial, String enterprise, String model, String level, int year,
                               String status, LocalDate validUntil, LocalDate revokedOn, boolean valid) {
    }

    @GET
    @Path("winners")
    @Operation(operationId = "listWinners", summary = "A programme's directory of titles (the Tianjin Quality Award's by"
            + " default), newest year first, with each title's status and validity")
    public WinnersPage winners(@Parameter(description = "programme code, e.g. AWARD or PACESETTER") @QueryParam("programme")
                               String programme,
                               @Parameter(description = "year of the title, e.g. 2025", schema = @Schema(type = SchemaType.INTEGER))
                               @QueryParam("year") String year,
                               @Parameter(description = "a level of the programme, e.g. AWARD or NOMINATION") @QueryParam("level")
                               String level,
                               @Parameter(description = "part of the enterprise or subject name, or a full credit code") @QueryParam("q")
                               String q,
                               @Parameter(description = "standing: VALID, SUSPENDED, EXPIRED or REVOKED (titles given now), or"
                                       + " HISTORICAL (a level no longer given)") @QueryParam("status") String status,
                               @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                               @QueryParam("page") String page,
                               @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                               @QueryParam("size") String size) {
        TitleScheme scheme = scheme(programme);
        String l = level == null || level.isBlank() ? null : scheme.levels().stream().map(TitleScheme.Level::code)
                .filter(c -> c.equalsIgnoreCase(level.strip())).findFirst()
                .orElseThrow(() -> BusinessException.onField("level", "api.level.unknown", scheme.code(), level,
                        scheme.levels().stream().map(TitleScheme.Level::code).collect(Collectors.joining(", "))));
        String standing = status == null || status.isBlank() ? null : TitleService.standings().stream()
                .filter(c -> c.equalsIgnoreCase(status.strip())).findFirst()
                .orElseThrow(() -> BusinessException.onField("status", "api.status.unknown", status,
                        String.join(", ", TitleService.standings())));
        Integer y = year == null || year.isBlank() ? null : Paging.whole("year", year, 0, 1990, 2100);
        Paging p = Paging.of(page, size, 20);
        TitleService.Directory d = titles.directoryPage(new TitleService.Filter(scheme.code(), y, l, q, standing), p.offset(),
                p.size());
        return new WinnersPage(scheme.code(), d.total(), p.page(), p.size(),
                d.rows().stream().map(t -> Winner.of(t, scheme)).toList());
    }

    /** A programme with a directory, by its code in any case; the first directory's when none is named. */
    private TitleScheme scheme(String programme) {
        String code = programme == null || programme.isBlank() ? PublicPagesBacking.FIRST_DIRECTORY
                : programme.strip().toUpperCase(java.util.Locale.ROOT);
        return schemes.find(code).orElseThrow(() -> BusinessException.onField("programme", "api.programme.unknown",
                programme, schemes.all().stream().map(TitleScheme::code).collect(Collectors.joining(", "))));
    }

    @GET
    @Path("notices")
    @Operation(operationId = "listNotices", summary = "The public notices, newest first, in the reader's language")
    public NoticesPage notices(@Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                               @QueryParam("page") String page,
                               @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                               @QueryParam("size") String size) {
        Paging p = Paging.of(page, size, 20);
        var locale = language.getLocale();
        List<NoticeView> list = notices.published(p.offset(), p.size()).stream()
                .map(n -> new NoticeView(n.getId(), n.title(locale), n.getProgramme(),
                        n.getPublishedAt().atZone(PortalConfig.ZONE).toOffsetDateTime(), n.body(locale), n.getLink()))
                .toList();
        return new NoticesPage(notices.publishedCount(), p.page(), p.size(), list);
    }

    @GET
    @Path("displays")
    @Operation(operationId = "listDisplays", summary = "The entries of every programme now on public display (公示), with"
            + " those under objection marked")
    public DisplaysPage displays(@Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                 @QueryParam("page") String page,
                                 @Parameter(description = SIZE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                                 @QueryParam("size") String size) {
        Paging p = Paging.of(page, size, 20);
        // A handful run at a time (one per programme's campaign at most), so they are paged here rather than in SQL.
        List<DisplayService.View> running = displays.running();
        List<Display> shown = running.stream().skip(p.offset()).limit(p.size())
                .map(v -> new Display(v.display().getId(), v.display().getProgramme(), v.display().getRefId(), v.display().getTitle(),
                        v.display().getFrom(), v.display().getUntil(), v.proposed().stream()
                        .map(l -> new Proposed(l.entry().getEnterpriseName(), l.entry().getSubjectName(), l.entry().getLevel(),
                                l.isFrozen())).toList()))
                .toList();
        return new DisplaysPage(running.size(), p.page(), p.size(), shown);
    }

    /** A title as an enterprise's profile lists it; one given before the portal has no serial. */
    public record Honour(String programme, @Schema(nullable = true) String serial, String subject, String level, int year, String status,
                         LocalDate validUntil, LocalDate revokedOn) {
    }

    /** A commitment or self-declared standard; {@code status} is ACTIVE or BREACHED. */
    public record Declared(String kind, String title, String standardNo, String content, String link, LocalDate declaredOn,
                           String status, String breachReason) {
    }

    public record Listing(String reason, String legalBasis, LocalDate listedOn, LocalDate until) {
    }

    public record CreditProfile(String enterprise, String creditCode, boolean listed, List<Listing> listings,
                                List<Honour> honours, List<Declared> declarations) {
    }

    @GET
    @Path("credit-profiles/{code}")
    @Operation(operationId = "getCreditProfile", summary = "An enterprise's public credit profile: its honours of every"
            + " programme with their status, its commitments and self-declared standards, and any dishonesty listing running"
            + " today; unknown codes answer 404")
    public CreditProfile creditProfile(@Parameter(description = "the enterprise's unified social credit code") @PathParam("code")
                                       String code) {
        CreditProfiles.Profile p = profiles.of(code).orElseThrow(() -> new NotFoundException("credit profile " + code));
        return new CreditProfile(p.name(), p.creditCode(), !p.listings().isEmpty(),
                p.listings().stream().map(l -> new Listing(l.reason(), l.legalBasis(), l.listedOn(), l.until())).toList(),
                p.titles().stream().map(t -> new Honour(t.getProgramme(), t.getSerial(), t.getSubjectName(), t.getLevel(),
                        t.getYear(), t.getStatus().name(), t.getValidUntil(), t.getRevokedOn())).toList(),
                p.declarations().stream().map(d -> new Declared(d.getKind().name(), d.getTitle(), d.getStandardNo(),
                        d.getContent(), d.getLink(), d.getDeclaredOn(), d.getStatus().name(), d.getBreachReason())).toList());
    }

    @GET
    @Path("certificates/{serial}")
    @Operation(operationId = "verifyCertificate", summary = "Whether a certificate of any programme is genuine and still"
            + " valid; unknown serials answer 404")
    public Verification certificate(@Parameter(description = "the serial printed on the certificate") @PathParam("serial")
                                    String serial) {
        Title t = titles.verify(serial).orElseThrow(() -> new NotFoundException("certificate " + serial));
        return new Verification(t.getProgramme(), t.getSerial(), t.getEnterpriseName(), t.getSubjectName(), t.getLevel(),
                t.getYear(), t.getStatus().name(), t.getValidUntil(), t.getRevokedOn(), t.isValid());
    }
}
