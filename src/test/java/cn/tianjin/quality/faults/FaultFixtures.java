package cn.tianjin.quality.faults;

import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.review.EntryMaterials;
import cn.tianjin.quality.review.ExpertSeatService;
import cn.tianjin.quality.review.PanelService;
import cn.tianjin.quality.review.ReviewEntry;
import cn.tianjin.quality.review.ReviewRound;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.ScoreSheetService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * The fault drills' deployment only (deploy/faults.sh adds it to a copy of the WAR, never to the portal's WAR): what
 * the drills cannot do through pages quickly enough. Each hook calls the same service a page calls, with no
 * transaction of its own, so an answer of 200 means the service's transaction committed: an acknowledged submission.
 * Answers are plain text, one fact per line, for a shell script to read.
 */
@Path("test-fixtures/faults")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
public class FaultFixtures {
    @Inject
    AccountService accounts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    RubricService rubrics;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ExpertSeatService expertSeats;

    @Inject
    ScoreSheetService sheets;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog audit;

    @Inject
    TestFixtures made;

    private Actor official() {
        return accounts.findByUsername("it-official").orElseThrow().actor();
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    /**
     * {@code n} new experts named prefix-1..n, one round of panels of five, each expert seated once, each sheet opened
     * and every item saved as a draft (what an expert does before pressing submit). Answers "username sheetId seatId" lines
     * and a last line "entry id" naming an entry that officials may attach materials to.
     */
    @POST
    @Path("experts/{prefix}/{n}")
    public String experts(@PathParam("prefix") String prefix, @PathParam("n") int n) {
        made.experts(prefix, n);
        Actor official = official();
        Long rubric = rubrics.latest("gbt19580-2012").orElseThrow().getId();
        ReviewRound round = rounds.create(official, "AWARD", "故障演练 " + prefix, rubric, 5);
        Long enterprise = accounts.findByUsername("it-applicant-a").orElseThrow().getEnterpriseId();
        StringBuilder out = new StringBuilder();
        ReviewEntry entry = null;
        for (int i = 1; i <= n; i++) {
            if ((i - 1) % 5 == 0) {
                entry = rounds.addEntry(official, round.getId(), enterprise, "演练参评 " + prefix + " " + i, "TEST", null, null);
            }
            Actor expert = actor(prefix + "-" + i);
            panels.seatByHand(official, round.getId(), entry.getId(), expert.userId());
            Long seat = expertSeats.seatsOf(expert).get(0).assignment().getId();
            var view = sheets.open(expert, seat);
            int percent = 5 * (1 + i % 19);
            var inputs = view.rubric().items().stream()
                    .map(item -> new ScoreSheetService.ItemInput(item.code(), percent, "优势", "改进")).toList();
            sheets.save(expert, view.sheet().getId(), view.sheet().getVersion(), inputs);
            out.append(prefix).append('-').append(i).append(' ').append(view.sheet().getId()).append(' ').append(seat).append('\n');
        }
        out.append("entry ").append(entry.getId()).append('\n');
        return out.toString();
    }

    /** The expert presses "submit" on their sheet. */
    @POST
    @Path("submit/{sheet}")
    public Response submit(@PathParam("sheet") Long sheetId, @QueryParam("user") String username) {
        try {
            var s = sheets.submit(actor(username), sheetId);
            return Response.ok("OK " + sheetId + " " + s.getTotal() + "\n").build();
        } catch (BusinessException e) {
            return Response.status(409).entity("REFUSED " + sheetId + " " + e.messageKey() + "\n").build();
        } catch (RuntimeException e) {
            return Response.status(500).entity("ERROR " + sheetId + " " + chain(e) + "\n").build();
        }
    }

    /** An official attaches a small PDF to an entry; a refusal names its message key and the text users read. */
    @POST
    @Path("upload/{entry}")
    public Response upload(@PathParam("entry") Long entryId, @QueryParam("tag") String tag) {
        byte[] pdf = ("%PDF-1.4\n% fault drill " + tag + " " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Attachment a = attachments.store(official(), EntryMaterials.OWNER_TYPE, entryId, "drill-" + tag + ".pdf",
                    new ByteArrayInputStream(pdf));
            return Response.ok("OK " + a.getId() + " " + a.getSha256() + "\n").build();
        } catch (BusinessException e) {
            return Response.status(409).entity("REFUSED " + e.messageKey() + "\nzh " + text(e, Locale.SIMPLIFIED_CHINESE)
                    + "\nen " + text(e, Locale.ENGLISH) + "\n").build();
        } catch (RuntimeException e) {
            return Response.status(500).entity("ERROR " + chain(e) + "\n").build();
        }
    }

    /**
     * The server dies between moving an upload's file into place and committing its row, as under kill -9 at that
     * instant: the file is stored and the row flushed inside this transaction, then the JVM halts (no shutdown hook,
     * no rollback runs). Never answers; the file it leaves has no row.
     */
    @POST
    @Path("upload-then-die/{entry}")
    @jakarta.transaction.Transactional
    public String uploadThenDie(@PathParam("entry") Long entryId) {
        byte[] pdf = ("%PDF-1.4\n% fault drill orphan " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Attachment a = attachments.store(official(), EntryMaterials.OWNER_TYPE, entryId, "drill-orphan.pdf",
                new ByteArrayInputStream(pdf));
        java.util.logging.Logger.getLogger(FaultFixtures.class.getName()).warning(
                "Fault drill: halting the server after storing upload " + a.getSha256() + " and before its commit");
        Runtime.getRuntime().halt(137);
        return "not reached";
    }

    /**
     * Two officials press "save" on the same enterprise at the same instant, each from the copy their page loaded:
     * one is saved, the other must be told, and neither may fail with an incident.
     */
    @POST
    @Path("race/enterprise/{id}")
    public String race(@PathParam("id") Long id) throws InterruptedException {
        Actor official = official();
        var loaded = enterprises.getFor(official, id);
        List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(2);
        CountDownLatch done = new CountDownLatch(2);
        for (String who : List.of("甲", "乙")) {
            var copy = loaded.copy();
            copy.setContactPerson("同时保存" + who);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    enterprises.correct(official, copy);
                    outcomes.add("SAVED " + who);
                } catch (BusinessException e) {
                    outcomes.add("REFUSED " + who + " " + e.messageKey());
                } catch (Exception e) {
                    outcomes.add("ERROR " + who + " " + chain(e));
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await(60, TimeUnit.SECONDS);
        return String.join("\n", outcomes) + "\nstored " + enterprises.getFor(official, id).getContactPerson() + "\n";
    }

    /** A second official (drill-official-2) and the id of enterprise A, for two officials editing one record. */
    @POST
    @Path("officials")
    public String officials() {
        if (accounts.findByUsername("drill-official-2").isEmpty()) {
            made.official("drill-official-2");
        }
        return "enterprise " + accounts.findByUsername("it-applicant-a").orElseThrow().getEnterpriseId() + "\n";
    }

    /**
     * One expert's sheet open in two tabs: both save a draft from the version they loaded, one after the other; the
     * second must be told, and the first tab's scores stay.
     */
    @POST
    @Path("two-tabs/{sheet}")
    public String twoTabs(@PathParam("sheet") Long sheetId, @QueryParam("user") String username) {
        Actor expert = actor(username);
        Long seat = expertSeats.seatsOf(expert).get(0).assignment().getId();
        var view = sheets.open(expert, seat);
        String item = view.rubric().items().get(0).code();
        int version = view.sheet().getVersion();
        StringBuilder out = new StringBuilder();
        for (int percent : new int[] {80, 20}) {
            try {
                sheets.save(expert, sheetId, version, List.of(new ScoreSheetService.ItemInput(item, percent, "标签页" + percent, null)));
                out.append("SAVED ").append(percent).append('\n');
            } catch (BusinessException e) {
                out.append("REFUSED ").append(percent).append(' ').append(e.messageKey()).append('\n')
                        .append("zh ").append(text(e, Locale.SIMPLIFIED_CHINESE)).append("\nen ").append(text(e, Locale.ENGLISH)).append('\n');
            } catch (RuntimeException e) {
                out.append("ERROR ").append(percent).append(' ').append(chain(e)).append('\n');
            }
        }
        int stored = sheets.open(expert, seat).items().stream().filter(i -> i.getItemCode().equals(item)).findFirst()
                .orElseThrow().getPercent();
        return out.append("stored ").append(stored).append('\n').toString();
    }

    /** The audit chain's verification, as the administrators' page runs it. */
    @GET
    @Path("audit")
    public String auditChain() {
        var v = audit.verify(actor("it-admin"));
        return "checked " + v.checked() + "\nintact " + v.intact() + "\npending " + v.pending() + "\n";
    }

    private static String text(BusinessException e, Locale locale) {
        return cn.tianjin.quality.platform.web.Messages.get(locale, e.messageKey(), e.args());
    }

    private static String chain(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            s.append(s.length() == 0 ? "" : " <- ").append(c.getClass().getSimpleName());
        }
        return s.toString();
    }
}
