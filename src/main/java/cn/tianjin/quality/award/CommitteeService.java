package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.ExpertService;
import cn.tianjin.quality.review.Ranking;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ReviewEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The award committee: officials shortlist entries from the locked materials-review ranking and appoint the members;
 * members vote on each shortlisted entry for the award, the nomination award or neither; officials close the voting,
 * and {@link CommitteeRules} turns the counts into decisions, quotas filled in ranking order. Who voted is kept to
 * stop a second vote; how anyone voted is never stored, only the counts.
 */
@ApplicationScoped
public class CommitteeService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    ResultsService results;

    @Inject
    ExpertService experts;

    @Inject
    CampaignSettingsService settings;

    @Inject
    AuditLog audit;

    /** An entry of the locked ranking, as the shortlist form shows it. */
    public record Candidate(int rank, Long applicationId, String title, String enterpriseName, BigDecimal score,
                            boolean shortlisted) implements Serializable {
    }

    /** A shortlisted entry as a member's ballot shows it. */
    public record BallotLine(ShortlistEntry entry, String title, String enterpriseName, boolean voted) implements Serializable {
    }

    /** The materials-review ranking of the campaign, once its method is locked. */
    @Transactional
    public List<Candidate> candidates(Actor actor, Long campaignId) {
        Campaign c = campaigns.get(actor, campaignId);
        if (c.getReviewRoundId() == null) {
            throw new BusinessException("committee.noReview");
        }
        ResultsService.Board board = results.board(actor, c.getReviewRoundId());
        if (!board.round().isLocked()) {
            throw new BusinessException("committee.rankingNotLocked");
        }
        Set<Long> shortlisted = new HashSet<>();
        shortlist(c.getId()).forEach(s -> shortlisted.add(s.getApplicationId()));
        List<Candidate> candidates = new ArrayList<>();
        for (Ranking.Place p : board.ranking()) {
            ReviewEntry e = board.entry(p.entry().entryId());
            candidates.add(new Candidate(p.rank(), e.getSourceId(), e.getTitle(), board.enterpriseNames().get(e.getEnterpriseId()),
                    p.entry().score(), shortlisted.contains(e.getSourceId())));
        }
        return candidates;
    }

    /** Replaces the shortlist; allowed until the committee starts voting. Ranks come from the ranking, not the order given. */
    @Transactional
    public List<ShortlistEntry> setShortlist(Actor actor, Long campaignId, List<Long> applicationIds) {
        Campaign c = campaigns.get(actor, campaignId);
        if (c.getStage() != Stage.REVIEW && c.getStage() != Stage.SITE_VISIT) {
            throw new BusinessException("committee.shortlistFixed");
        }
        List<Candidate> ranked = candidates(actor, campaignId);
        Set<Long> wanted = new HashSet<>(applicationIds);
        if (wanted.isEmpty()) {
            throw BusinessException.onField("shortlist", "committee.shortlist.empty");
        }
        if (!ranked.stream().map(Candidate::applicationId).toList().containsAll(wanted)) {
            throw new NotFoundException("application outside the ranking of campaign " + campaignId);
        }
        shortlist(c.getId()).forEach(em::remove);
        em.flush();
        for (Candidate candidate : ranked) {
            if (wanted.contains(candidate.applicationId())) {
                em.persist(new ShortlistEntry(c.getId(), candidate.applicationId(), candidate.rank(), candidate.score(),
                        actor.username(), clock.now()));
            }
        }
        em.flush();
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "shortlist", wanted.size() + " entries");
        return shortlist(c.getId());
    }

    @Transactional
    public List<ShortlistEntry> shortlist(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return shortlist(campaignId);
    }

    /** Appoints an expert account to the committee; allowed until voting is closed. */
    @Transactional
    public CommitteeMember appoint(Actor actor, Long campaignId, Long userId) {
        Campaign c = campaigns.get(actor, campaignId);
        UserAccount u = userId == null ? null : em.find(UserAccount.class, userId);
        if (u == null || u.getRole() != Role.EXPERT || u.getStatus() == AccountStatus.DEACTIVATED) {
            throw BusinessException.onField("member", "committee.member.invalid");
        }
        if (isMember(c.getId(), userId)) {
            throw BusinessException.onField("member", "committee.member.duplicate", u.getDisplayName());
        }
        CommitteeMember m = new CommitteeMember(c.getId(), userId, actor.username(), clock.now());
        em.persist(m);
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "appoint", u.getUsername());
        return m;
    }

    @Transactional
    public List<UserAccount> members(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        return em.createQuery("SELECT u FROM UserAccount u, CommitteeMember m WHERE m.userId = u.id AND m.campaignId = :c ORDER BY u.id",
                        UserAccount.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** The counts per shortlisted entry, in shortlist order; officials only. */
    @Transactional
    public List<VoteCount> counts(Actor actor, Long campaignId) {
        campaigns.get(actor, campaignId);
        List<VoteCount> counts = new ArrayList<>();
        for (ShortlistEntry s : shortlist(campaignId)) {
            counts.add(count(s.getApplicationId(), false));
        }
        return counts;
    }

    /** The campaigns whose committee is voting and which have the caller as a member. */
    @Transactional
    public List<Campaign> voting(Actor actor) {
        requireExpert(actor);
        return em.createQuery("SELECT c FROM Campaign c, CommitteeMember m WHERE m.campaignId = c.id AND m.userId = :u"
                        + " AND c.stage = :s ORDER BY c.id", Campaign.class)
                .setParameter("u", actor.userId()).setParameter("s", Stage.COMMITTEE).getResultList();
    }

    /** A member's ballot: the shortlisted entries, without any the member is in conflict with. */
    @Transactional
    public List<BallotLine> ballot(Actor actor, Long campaignId) {
        Campaign c = votingCampaign(actor, campaignId);
        Set<Long> voted = new HashSet<>(em.createQuery(
                        "SELECT b.applicationId FROM Ballot b WHERE b.memberUserId = :u", Long.class)
                .setParameter("u", actor.userId()).getResultList());
        List<BallotLine> lines = new ArrayList<>();
        for (ShortlistEntry s : shortlist(c.getId())) {
            Application a = em.find(Application.class, s.getApplicationId());
            Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
            if (!experts.isConflicted(actor.userId(), e.getCreditCode())) {
                lines.add(new BallotLine(s, a.getSubjectName(), e.getName(), voted.contains(a.getId())));
            }
        }
        return lines;
    }

    /** Casts the member's vote on one entry; once only, while voting is open, never on an entry in conflict. */
    @Transactional
    public void vote(Actor actor, Long campaignId, Long applicationId, CommitteeRules.Outcome choice) {
        Campaign c = votingCampaign(actor, campaignId);
        if (choice == null) {
            throw BusinessException.onField("choice", "committee.vote.choice");
        }
        boolean onBallot = ballot(actor, c.getId()).stream().anyMatch(l -> l.entry().getApplicationId().equals(applicationId));
        if (!onBallot) {
            throw new NotFoundException("entry " + applicationId + " on the ballot of " + actor.username());
        }
        VoteCount count = count(applicationId, true);
        if (count.getOutcome() != null) {
            throw new BusinessException("committee.closed");
        }
        long already = em.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.applicationId = :a AND b.memberUserId = :u", Long.class)
                .setParameter("a", applicationId).setParameter("u", actor.userId()).getSingleResult();
        if (already > 0) {
            throw new BusinessException("committee.vote.already");
        }
        em.persist(new Ballot(applicationId, actor.userId(), clock.now()));
        count.add(choice);
        // The audit says that a member voted, never how.
        audit.record(actor, Application.AUDIT_TYPE, applicationId, "vote", "");
    }

    /** Closes the voting and records each shortlisted entry's decision by the committee rules. */
    @Transactional
    public List<CommitteeRules.Decision> close(Actor actor, Long campaignId) {
        Campaign c = campaigns.get(actor, campaignId);
        if (c.getStage() != Stage.COMMITTEE) {
            throw new BusinessException("committee.notVoting", new Messages.Key("campaign.stage." + c.getStage()));
        }
        List<VoteCount> counts = new ArrayList<>();
        for (ShortlistEntry s : shortlist(c.getId())) {
            counts.add(count(s.getApplicationId(), true));
        }
        if (counts.stream().anyMatch(v -> v.getOutcome() != null)) {
            throw new BusinessException("committee.closed");
        }
        List<CommitteeRules.Decision> decisions = CommitteeRules.decide(settings.of(AwardSettings.class, c.getId()).committeeRules(),
                counts.stream().map(VoteCount::tally).toList());
        for (int i = 0; i < decisions.size(); i++) {
            counts.get(i).decided(decisions.get(i), clock.now());
        }
        StringBuilder summary = new StringBuilder();
        counts.forEach(v -> summary.append(v.getApplicationId()).append(':').append(v.getAward()).append('/')
                .append(v.getNomination()).append('/').append(v.getNeither()).append('=').append(v.getOutcome()).append(' '));
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "committee-close", summary.toString().trim());
        return decisions;
    }

    private Campaign votingCampaign(Actor actor, Long campaignId) {
        requireExpert(actor);
        Campaign c = campaigns.find(campaignId);
        if (!isMember(c.getId(), actor.userId())) {
            throw new NotFoundException("committee of campaign " + campaignId + " for " + actor.username());
        }
        if (c.getStage() != Stage.COMMITTEE) {
            throw new BusinessException("committee.notVoting", new Messages.Key("campaign.stage." + c.getStage()));
        }
        return c;
    }

    VoteCount count(Long applicationId, boolean lock) {
        var query = em.createQuery("SELECT v FROM VoteCount v WHERE v.applicationId = :a", VoteCount.class)
                .setParameter("a", applicationId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseGet(() -> {
            VoteCount v = new VoteCount(applicationId);
            if (lock) {
                // Only a writer stores the first count; a reader sees zeros.
                em.persist(v);
            }
            return v;
        });
    }

    private boolean isMember(Long campaignId, Long userId) {
        return em.createQuery("SELECT COUNT(m) FROM CommitteeMember m WHERE m.campaignId = :c AND m.userId = :u", Long.class)
                .setParameter("c", campaignId).setParameter("u", userId).getSingleResult() > 0;
    }

    /** Whether the application is on its campaign's shortlist. */
    @Transactional
    public boolean isShortlisted(Long applicationId) {
        return em.createQuery("SELECT COUNT(s) FROM ShortlistEntry s WHERE s.applicationId = :a", Long.class)
                .setParameter("a", applicationId).getSingleResult() > 0;
    }

    List<ShortlistEntry> shortlist(Long campaignId) {
        return em.createQuery("SELECT s FROM ShortlistEntry s WHERE s.campaignId = :c ORDER BY s.rank", ShortlistEntry.class)
                .setParameter("c", campaignId).getResultList();
    }

    private static void requireExpert(Actor actor) {
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " voting in an award committee");
        }
    }
}
