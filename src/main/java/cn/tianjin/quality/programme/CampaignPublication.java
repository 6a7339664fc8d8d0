package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.publication.Display;
import cn.tianjin.quality.publication.Notice;
import cn.tianjin.quality.publication.NoticeService;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.review.FeedbackService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last step of a campaign in every programme: officials record the approval (the document number and date of the
 * approving authority: the city government for the award) and publish. Right before anything is published the credit
 * veto is checked once more; an entry whose enterprise is now on the dishonesty list is taken off and its place stays
 * empty. Publication creates the titles with their certificate serials and validity, the announcement (公告) in both
 * languages, and releases every applicant's feedback report.
 */
@ApplicationScoped
public class CampaignPublication {
    @Inject
    PortalClock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    Programmes programmes;

    @Inject
    ProposalService proposals;

    @Inject
    TitleService titles;

    @Inject
    NoticeService notices;

    @Inject
    FeedbackService feedback;

    @Inject
    AuditLog audit;

    @Inject
    ApplicationService applications;

    @Inject
    jakarta.enterprise.event.Event<ApplicationEvents.NotAwarded> notAwarded;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** What publishing did: the titles created and the entries the veto stopped. */
    public record Published(Campaign campaign, List<Title> titles, List<String> vetoed) {
    }

    @Transactional
    public Published publish(Actor actor, Long campaignId, int expectedVersion, String document, LocalDate approvedOn) {
        actor.requireStaff("publishing a campaign");
        Campaign c = campaigns.get(actor, campaignId);
        if (c.getStage() != Stage.APPROVAL) {
            throw new BusinessException("publication.notAwaiting", new Messages.Key("campaign.stage." + c.getStage()));
        }
        Versions.expect(c.getVersion(), expectedVersion);
        String doc = Texts.required(document, 100, "approvalDocument", "publication.document.required");
        if (approvedOn == null) {
            throw BusinessException.onField("approvalDate", "publication.date.required");
        }
        if (approvedOn.isAfter(clock.today())) {
            throw BusinessException.onField("approvalDate", "publication.date.future");
        }
        Optional<LocalDate> displayEnd = proposals.displayOf(c).map(Display::getUntil);
        if (displayEnd.isPresent() && !approvedOn.isAfter(displayEnd.get())) {
            throw BusinessException.onField("approvalDate", "publication.date.beforeDisplayEnd", displayEnd.get());
        }
        Programme programme = programmes.get(c.getProgramme());
        List<String> vetoed = new ArrayList<>();
        List<ProposalService.Entry> winners = proposals.afterLastCreditCheck(actor, c, vetoed);
        c.published(doc, approvedOn, clock.now(), null);
        LocalDate from = clock.today();
        String issuer = programme.issuer(c).orElse(null);
        List<Title> issued = new ArrayList<>();
        for (ProposalService.Entry e : winners) {
            issued.add(titles.issue(actor, new TitleService.Draft(c.getProgramme(), c.getId(), e.application().getId(),
                    e.enterprise().getId(), e.enterprise().getCreditCode(), e.enterprise().getName(),
                    e.application().getSubjectName(), e.level(), c.getYear(), doc, from, from,
                    programme.titleValidUntil(c, from).orElse(null)), issuer));
        }
        Notice notice = notices.publish(actor, c.getProgramme(), "/public/winners?programme=" + c.getProgramme() + "&year="
                + c.getYear(), locale -> {
                    StringBuilder body = new StringBuilder(Messages.get(locale, "notice.announcement.intro." + c.getProgramme(),
                            doc, String.valueOf(c.getYear()))).append("\n\n");
                    for (Title t : issued) {
                        body.append(Messages.get(locale, "notice.display.line", new Messages.Key("title.level." + t.getLevel()),
                                t.getEnterpriseName(), t.getSubjectName())).append('\n');
                    }
                    if (issued.isEmpty()) {
                        body.append(Messages.get(locale, "notice.announcement.none")).append('\n');
                    }
                    body.append('\n').append(Messages.get(locale, "notice.announcement.verify"));
                    return new NoticeService.Text(Messages.get(locale, "notice.announcement.title", c.getName()), body.toString());
                });
        c.published(doc, approvedOn, clock.now(), notice.getId());
        campaigns.published(c);
        java.util.Set<Long> won = issued.stream().map(Title::getApplicationId).collect(java.util.stream.Collectors.toSet());
        em.createQuery("SELECT a FROM Application a WHERE a.campaignId = :c AND a.status = :s ORDER BY a.id", Application.class)
                .setParameter("c", c.getId()).setParameter("s", ApplicationStatus.ELIGIBLE).getResultList().stream()
                .filter(a -> !won.contains(a.getId()))
                .forEach(a -> notAwarded.fire(new ApplicationEvents.NotAwarded(applications.about(a, c))));
        if (c.getReviewRoundId() != null) {
            feedback.release(actor, c.getReviewRoundId());
        }
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "publish", doc + " of " + approvedOn + ", " + issued.size()
                + " titles" + (vetoed.isEmpty() ? "" : ", stopped by the veto: " + String.join(", ", vetoed)));
        return new Published(c, issued, vetoed);
    }
}
