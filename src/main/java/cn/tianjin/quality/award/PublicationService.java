package cn.tianjin.quality.award;

import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.Notice;
import cn.tianjin.quality.publication.NoticeService;
import cn.tianjin.quality.review.FeedbackService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of a campaign: officials record the city government's approval (市政府批准: document number and date)
 * and publish. Right before anything is published the credit veto is checked once more; an entry whose enterprise is
 * now on the dishonesty list is taken off and its place stays empty. Publication creates the titles with their
 * certificate serials, the announcement (公告), the credit-file lines, and releases every applicant's feedback report.
 */
@ApplicationScoped
public class PublicationService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    DisplayService display;

    @Inject
    ApplicationService applications;

    @Inject
    CreditService credit;

    @Inject
    CreditFile creditFile;

    @Inject
    NoticeService notices;

    @Inject
    FeedbackService feedback;

    @Inject
    AuditLog audit;

    /** What publishing did: the titles created and the entries the veto stopped. */
    public record Published(AwardCampaign campaign, List<AwardTitle> titles, List<String> vetoed) {
    }

    /** The proposed entries whose enterprise is on the dishonesty list today: what publishing would stop. */
    @Transactional
    public List<DisplayService.Line> vetoedNow(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return display.lines(campaignId).stream().filter(DisplayService.Line::isProposed)
                .filter(l -> credit.veto(creditCode(l.applicationId()), clock.today()).vetoed()).toList();
    }

    @Transactional
    public Published publish(Actor actor, Long campaignId, int expectedVersion, String document, LocalDate approvedOn) {
        AwardCampaign c = campaigns.get(actor, campaignId);
        if (c.getStage() != CampaignStage.APPROVAL) {
            throw new BusinessException("publication.notAwaiting", c.getStage());
        }
        Versions.expect(c.getVersion(), expectedVersion);
        String doc = Texts.required(document, 100, "approvalDocument", "publication.document.required");
        if (approvedOn == null) {
            throw BusinessException.onField("approvalDate", "publication.date.required");
        }
        if (approvedOn.isAfter(clock.today())) {
            throw BusinessException.onField("approvalDate", "publication.date.future");
        }
        if (c.getDisplayUntil() != null && !approvedOn.isAfter(c.getDisplayUntil())) {
            throw BusinessException.onField("approvalDate", "publication.date.beforeDisplayEnd", c.getDisplayUntil());
        }
        List<String> vetoed = new ArrayList<>();
        for (DisplayService.Line l : display.lines(c.getId())) {
            if (l.isProposed()) {
                var veto = credit.veto(creditCode(l.applicationId()), clock.today());
                if (veto.vetoed()) {
                    display.remove(actor, c, l.applicationId(), VoteCount.Removal.VETO);
                    AwardApplication a = em.find(AwardApplication.class, l.applicationId());
                    applications.tellApplicant(a, "publication.vetoed.subject", "publication.vetoed.body", c.getName(),
                            veto.entries().get(0).getReason());
                    vetoed.add(l.enterpriseName());
                }
            }
        }
        c.published(doc, approvedOn, clock.now(), null);
        List<AwardTitle> titles = new ArrayList<>();
        StringBuilder body = new StringBuilder("经市人民政府批准（").append(doc).append("），决定授予下列组织").append(c.getYear())
                .append("年度天津质量奖或天津质量奖提名奖。\n\n");
        for (DisplayService.Line l : display.lines(c.getId())) {
            if (!l.isProposed()) {
                continue;
            }
            AwardApplication a = em.find(AwardApplication.class, l.applicationId());
            Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
            CommitteeRules.Outcome level = l.count().getFinalOutcome();
            AwardTitle t = new AwardTitle(c, a, e.getCreditCode(), e.getName(), level, nextSerial(c.getYear(), level), clock.today());
            em.persist(t);
            em.flush();
            titles.add(t);
            String honour = level == CommitteeRules.Outcome.AWARD ? "天津质量奖" : "天津质量奖提名奖";
            body.append(honour).append("：").append(e.getName()).append("（").append(a.getModelName()).append("）\n");
            creditFile.add(e.getCreditCode(), clock.today(), level == CommitteeRules.Outcome.AWARD ? "AWARD_WON" : "AWARD_NOMINATED",
                    c.getName() + "：" + a.getModelName() + "（" + t.getSerial() + "）", "award-title", t.getId());
            applications.tellApplicant(a, "publication.won.subject", "publication.won.body", c.getName(), honour, t.getSerial());
            audit.record(actor, "award-title", t.getId(), "create", t.getSerial() + " " + e.getCreditCode() + " " + level);
        }
        if (titles.isEmpty()) {
            body.append("本届无组织获得表彰。\n");
        }
        body.append("\n获奖名单及证书可在本平台“获奖名录”中查询和核验。");
        Notice notice = notices.publish(actor, "关于" + c.getName() + "获奖名单的公告", body.toString(), "AWARD",
                "/public/winners?year=" + c.getYear());
        c.published(doc, approvedOn, clock.now(), notice.getId());
        c.stage(CampaignStage.PUBLISHED);
        if (c.getReviewRoundId() != null) {
            feedback.release(actor, c.getReviewRoundId());
        }
        audit.record(actor, "award-campaign", c.getId(), "publish", doc + " of " + approvedOn + ", " + titles.size()
                + " titles" + (vetoed.isEmpty() ? "" : ", stopped by the veto: " + String.join(", ", vetoed)));
        return new Published(c, titles, vetoed);
    }

    private String creditCode(Long applicationId) {
        AwardApplication a = em.find(AwardApplication.class, applicationId);
        return em.find(Enterprise.class, a.getEnterpriseId()).getCreditCode();
    }

    /** The next serial of the year and level; the unique key on the serial stops two publications taking the same. */
    private String nextSerial(int year, CommitteeRules.Outcome level) {
        long taken = em.createQuery("SELECT COUNT(t) FROM AwardTitle t WHERE t.year = :y AND t.level = :l", Long.class)
                .setParameter("y", year).setParameter("l", level).getSingleResult();
        return CertificateSerial.of(year, level == CommitteeRules.Outcome.AWARD ? 'A' : 'N', (int) taken + 1);
    }
}
