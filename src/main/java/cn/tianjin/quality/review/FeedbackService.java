package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.pdf.PdfFonts;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feedback report of an entry: per rubric category the score band, and the strengths and opportunities for
 * improvement the panel wrote, gathered from the sheets (after consensus) and edited by an official. Officials see
 * and edit it once the round's results are locked; the applicant gets it only after the programme releases it.
 */
@ApplicationScoped
public class FeedbackService {
    @Inject
    PortalClock clock;

    public static final int MAX_TEXT = 8000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewRoundService rounds;

    @Inject
    ResultsService results;

    @Inject
    ScoreSheetService sheets;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    /**
     * One category of the report.
     *
     * @param band    the band the category's mean percentage reached
     * @param edited  whether an official has saved the texts; otherwise they are the panel's, gathered
     * @param version the saved texts' version, for the stale-edit check; 0 when not saved yet
     */
    public record CategoryFeedback(RubricCategory category, ScoreBand band, String strengths, String opportunities,
                                   boolean edited, int version) implements Serializable {
    }

    /** The whole report. The overall band is that of the entry's score against the rubric's total. */
    public record Report(ReviewRound round, ReviewEntry entry, String enterpriseName, RubricDefinition rubric,
                         ScoreBand overallBand, List<CategoryFeedback> categories) implements Serializable {
    }

    /** The report as an official edits it, or as its applicant reads it once released. */
    @Transactional
    public Report report(Actor actor, Long entryId) {
        ReviewEntry entry = entryId == null ? null : em.find(ReviewEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("entry " + entryId);
        }
        ReviewRound round = em.find(ReviewRound.class, entry.getRoundId());
        boolean applicant = actor.is(Role.APPLICANT) && actor.belongsTo(entry.getEnterpriseId())
                && round.getFeedbackReleasedAt() != null;
        if (!applicant) {
            rounds.round(actor, round.getId());
        }
        if (!round.isLocked()) {
            throw new BusinessException("feedback.notLocked");
        }
        RoundResults.Row row = results.results(round, results.entries(round)).row(entry.getId());
        RubricDefinition rubric = round.getRubric().definition();
        Map<String, FeedbackText> saved = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM FeedbackText f WHERE f.entryId = :e", FeedbackText.class)
                .setParameter("e", entry.getId()).getResultList().forEach(f -> saved.put(f.getCategoryCode(), f));
        Map<String, StringBuilder[]> gathered = gather(entry, rubric);
        List<CategoryFeedback> categories = new ArrayList<>();
        for (RubricCategory category : rubric.categories()) {
            BigDecimal score = row.categoryScores().get(category.code());
            ScoreBand band = score == null ? null : band(score, category.points());
            FeedbackText text = saved.get(category.code());
            if (text != null) {
                categories.add(new CategoryFeedback(category, band, text.getStrengths(), text.getOpportunities(), true,
                        text.getVersion()));
            } else {
                StringBuilder[] panel = gathered.get(category.code());
                categories.add(new CategoryFeedback(category, band, panel[0].toString().strip(), panel[1].toString().strip(),
                        false, 0));
            }
        }
        BigDecimal overall = feedbackScore(row, round.getMethod());
        String enterpriseName = em.find(Enterprise.class, entry.getEnterpriseId()).getName();
        return new Report(round, entry, enterpriseName, rubric,
                overall == null ? null : band(overall, rubric.totalPoints()), categories);
    }

    /** Saves an official's texts for one category; a stale version is refused so nobody overwrites a colleague. */
    @Transactional
    public FeedbackText save(Actor actor, Long entryId, String categoryCode, String strengths, String opportunities,
                             int expectedVersion) {
        Report report = report(actor, entryId);
        rounds.round(actor, report.round().getId());
        if (report.rubric().findCategory(categoryCode).isEmpty()) {
            throw new NotFoundException("category " + categoryCode);
        }
        String s = Texts.optional(strengths, MAX_TEXT, "strengths");
        String o = Texts.optional(opportunities, MAX_TEXT, "opportunities");
        FeedbackText text = em.createQuery("SELECT f FROM FeedbackText f WHERE f.entryId = :e AND f.categoryCode = :c", FeedbackText.class)
                .setParameter("e", entryId).setParameter("c", categoryCode).getResultStream().findFirst().orElse(null);
        if (text == null) {
            // Someone who saw no text yet expects none: a text written meanwhile is someone else's change.
            Versions.expect(0, expectedVersion);
            text = new FeedbackText(entryId, categoryCode);
            text.edit(s, o, actor.username(), clock.now());
            em.persist(text);
        } else {
            Versions.expect(text.getVersion(), expectedVersion);
            text.edit(s, o, actor.username(), clock.now());
        }
        Versions.flush(em);
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entryId, "feedback-edit", categoryCode);
        return text;
    }

    /** Texts typed for one category. */
    public record Edit(String categoryCode, String strengths, String opportunities, int expectedVersion) {
    }

    /** Saves several categories at once: all of them, or, on any refusal, none. */
    @Transactional
    public int saveAll(Actor actor, Long entryId, List<Edit> edits) {
        for (Edit edit : edits) {
            save(actor, entryId, edit.categoryCode(), edit.strengths(), edit.opportunities(), edit.expectedVersion());
        }
        return edits.size();
    }

    /**
     * Releases the round's feedback reports to the applicants, who are told in their inbox. The programme calls this
     * when it publishes its results; officials may also release from the results page.
     */
    @Transactional
    public ReviewRound release(Actor actor, Long roundId) {
        ReviewRound round = rounds.round(actor, roundId);
        if (!round.isLocked()) {
            throw new BusinessException("feedback.notLocked");
        }
        if (round.getFeedbackReleasedAt() == null) {
            round.releaseFeedback(clock.now());
            for (ReviewEntry entry : results.entries(round)) {
                for (UserAccount user : em.createQuery("SELECT u FROM UserAccount u WHERE u.enterpriseId = :e", UserAccount.class)
                        .setParameter("e", entry.getEnterpriseId()).getResultList()) {
                    notifications.notify(user.getId(), user.getLocale(), "feedback.released.subject", "feedback.released.body",
                            "/enterprise/", entry.getTitle());
                }
            }
            audit.record(actor, ReviewRound.AUDIT_TYPE, round.getId(), "release-feedback", "");
        }
        return round;
    }

    /** The report as a PDF in the reader's language, Chinese text embedded. Same access as {@link #report}. */
    @Transactional
    public byte[] pdf(Actor actor, Long entryId, Locale locale) {
        Report report = report(actor, entryId);
        boolean english = "en".equals(locale.getLanguage());
        List<FeedbackPdf.Category> categories = report.categories().stream()
                .map(c -> new FeedbackPdf.Category(c.category().code(), english ? c.category().nameEn() : c.category().nameZh(),
                        c.category().points(), null, c.band() == null ? null : c.band().label(), c.strengths(), c.opportunities()))
                .toList();
        ReviewRound round = report.round();
        RubricDefinition rubric = report.rubric();
        String released = round.getFeedbackReleasedAt() == null ? null : round.getFeedbackReleasedAt().toLocalDate().toString();
        FeedbackPdf.Report document = new FeedbackPdf.Report(Messages.get(locale, "programme." + round.getProgramme()),
                round.getTitle(), report.enterpriseName(), report.entry().getTitle(),
                (english ? rubric.nameEn() : rubric.nameZh()) + " (" + rubric.totalPoints() + ")", null, rubric.totalPoints(),
                report.overallBand() == null ? null : report.overallBand().label(), released, categories);
        FeedbackPdf.Labels labels = new FeedbackPdf.Labels(text(locale, "title"), text(locale, "enterprise"), text(locale, "entry"),
                text(locale, "rubric"), text(locale, "score"), text(locale, "category"), text(locale, "points"),
                text(locale, "band"), text(locale, "strengths"), text(locale, "opportunities"), text(locale, "releasedOn"),
                text(locale, "page"), text(locale, "none"));
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entryId, "feedback-pdf", locale.getLanguage());
        return new FeedbackPdf(PdfFonts.find(config.pdfFont())).render(document, labels);
    }

    private static String text(Locale locale, String label) {
        return Messages.get(locale, "feedback.pdf." + label);
    }

    /** The released reports of the applicant's own enterprise. */
    @Transactional
    public List<ReviewEntry> released(Actor actor) {
        if (!actor.is(Role.APPLICANT) || actor.enterpriseId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM ReviewEntry e, ReviewRound r WHERE e.roundId = r.id AND e.enterpriseId = :ent"
                        + " AND r.feedbackReleasedAt IS NOT NULL ORDER BY r.feedbackReleasedAt DESC, e.id", ReviewEntry.class)
                .setParameter("ent", actor.enterpriseId()).getResultList();
    }

    /**
     * The score a report may speak of: the consensus score, else the locked method's figure, except that a
     * normalised figure is on the panel's scale rather than the rubric's, so the raw trimmed mean stands in for it.
     */
    static BigDecimal feedbackScore(RoundResults.Row row, AggregationMethod method) {
        if (row.consensusScore() != null || row.raw() == null) {
            return row.consensusScore();
        }
        return method == AggregationMethod.NORMALISED ? row.raw().trimmedMean() : method.pick(row.raw(), row.normalised());
    }

    /** The band a score reached: its percentage of the points, rounded down, so 64.9% is still in 50-65%. */
    static ScoreBand band(BigDecimal score, int points) {
        int percent = score.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(points), 0, RoundingMode.FLOOR).intValue();
        return ScoreBand.of(Math.max(0, Math.min(100, percent)));
    }

    /** The panel's strengths and opportunities per category, each line marked with its item, from the submitted sheets. */
    private Map<String, StringBuilder[]> gather(ReviewEntry entry, RubricDefinition rubric) {
        Map<String, StringBuilder[]> texts = new LinkedHashMap<>();
        rubric.categories().forEach(c -> texts.put(c.code(), new StringBuilder[]{new StringBuilder(), new StringBuilder()}));
        List<ScoreSheet> submitted = em.createQuery(
                        "SELECT s FROM ScoreSheet s WHERE s.entryId = :e AND s.status = :st ORDER BY s.id", ScoreSheet.class)
                .setParameter("e", entry.getId()).setParameter("st", ScoreSheet.Status.SUBMITTED).getResultList();
        for (ScoreSheet sheet : submitted) {
            for (ScoreItem item : sheets.items(sheet.getId())) {
                String category = rubric.categoryOf(item.getItemCode()).map(RubricCategory::code).orElse(null);
                if (category == null) {
                    continue;
                }
                append(texts.get(category)[0], item.getItemCode(), item.getStrengths());
                append(texts.get(category)[1], item.getItemCode(), item.getOpportunities());
            }
        }
        return texts;
    }

    private static void append(StringBuilder text, String itemCode, String line) {
        if (line != null && !line.isBlank()) {
            text.append(itemCode).append(' ').append(line.strip()).append('\n');
        }
    }
}
