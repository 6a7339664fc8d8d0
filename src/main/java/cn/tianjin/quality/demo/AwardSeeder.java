package cn.tianjin.quality.demo;

import cn.tianjin.quality.award.AwardProgramme;
import cn.tianjin.quality.award.AwardSettings;
import cn.tianjin.quality.award.CommitteeRules;
import cn.tianjin.quality.award.CommitteeService;
import cn.tianjin.quality.award.NationalNominee;
import cn.tianjin.quality.award.NationalRound;
import cn.tianjin.quality.award.NationalSection;
import cn.tianjin.quality.award.NationalService;
import cn.tianjin.quality.award.SiteVisit;
import cn.tianjin.quality.award.SiteVisitService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignPublication;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.ProposalService;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.publication.DisplayService;
import cn.tianjin.quality.publication.Objection;
import cn.tianjin.quality.publication.ObjectionForm;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Quality Award's demo campaigns: this year's taking applications, one whose committee is voting (log in as
 * expert3 to vote), and one finished two years ago (an objection upheld, three titles, one revoked). Campaigns of other
 * days run on those days ({@link PortalClock#at}): nothing is dated by rewriting rows.
 */
@ApplicationScoped
class AwardSeeder {
    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AccountSeeder accounts;

    @Inject
    CampaignSeeder seeder;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignSettingsService settings;

    @Inject
    CommitteeService committee;

    @Inject
    SiteVisitService visits;

    @Inject
    DisplayService displays;

    @Inject
    ProposalService proposals;

    @Inject
    CampaignPublication publication;

    @Inject
    TitleService titles;

    @Inject
    NationalService national;

    @Inject
    cn.tianjin.quality.credit.CreditService credit;

    void seed(List<Enterprise> made) {
        earlierWinners();
        openCampaign();
        finishedCampaign(made);
        committeeCampaign(made);
        nationalStep();
    }

    /**
     * This year's China Quality Award step being prepared: the first valid winner recommended as organisation, two of
     * its sections written (the edition number and the texts invented for the demo).
     */
    private void nationalStep() {
        var official = accounts.actor("official");
        NationalRound round = national.open(official, 6, clock.today().getYear(), clock.today().plusDays(45));
        // The first winner not on the dishonesty list (the step refuses a listed one).
        NationalService.Candidate first = national.candidates(official, round.getId()).stream()
                .filter(c -> !credit.veto(c.creditCode(), clock.today()).vetoed()).findFirst()
                .orElse(null);
        if (first == null) {
            return;
        }
        NationalNominee n = national.addOrganisation(official, round.getId(), round.getVersion(), first.titleId());
        List<NationalSection> sections = national.nominee(official, n.getId()).sections();
        national.write(official, n.getId(), n.getVersion(), java.util.Map.of(
                sections.get(0).getId(), "企业成立以来专注于主业，质量管理体系覆盖研发、采购、制造和服务全过程。（演示文字）",
                sections.get(1).getId(), "以卓越绩效模式为框架，建立“零缺陷”质量文化和全员改进机制。（演示文字）"));
    }

    /**
     * The winners of the years before the portal, imported as an official would from the bureau's list: one enterprise
     * won the nomination award and later the award itself, another won again through the portal.
     */
    private void earlierWinners() {
        String file = "demo/earlier-award-winners.csv";
        TitleService.ImportReport r = titles.importEarlier(accounts.actor("official"), AwardProgramme.CODE, file,
                DemoFiles.bytes(file));
        if (!r.ok()) {
            throw new IllegalStateException(file + " refused: " + r.errors());
        }
    }

    /** This year's campaign, taking applications, so the demo applicant can apply at once. */
    private void openCampaign() {
        int year = clock.today().getYear();
        clock.at(clock.today().minusDays(10).atTime(9, 0), () -> seeder.open(AwardProgramme.CODE, year + "年度天津质量奖（演示）",
                year, 8));
    }

    /**
     * A campaign whose committee is voting: three applications recommended, found eligible, scored by a drawn panel of
     * five, shortlisted, visited and reported over the last five months; two members have voted, the others (expert3
     * to expert5) still can.
     */
    private void committeeCampaign(List<Enterprise> made) {
        int year = clock.today().getYear();
        LocalDate start = clock.today().minusDays(150);
        AtCommittee c = toCommittee(year + "年度天津质量奖（演示·委员会审议）", year, made, new int[] {12, 13, 14}, 20260315L, start);
        for (String member : List.of("expert1", "expert2")) {
            for (Application a : c.applied()) {
                committee.vote(accounts.actor(member), c.campaign().getId(), a.getId(),
                        a == c.applied().get(0) ? CommitteeRules.Outcome.AWARD : CommitteeRules.Outcome.NOMINATION);
            }
        }
    }

    /**
     * A campaign of two years ago, finished: four entries went to the committee, an objection against one was upheld
     * during the display (its place stayed empty), the city approved, the winners were published with certificates,
     * and one title was revoked the next summer after a spot-check failure.
     */
    private void finishedCampaign(List<Enterprise> made) {
        Actor official = accounts.actor("official");
        int year = clock.today().getYear() - 2;
        AtCommittee c = toCommittee(year + "年度天津质量奖", year, made, new int[] {15, 16, 17, 18}, 20240315L,
                LocalDate.of(year, 3, 1));
        Long id = c.campaign().getId();
        CommitteeRules.Outcome[] votes = {CommitteeRules.Outcome.AWARD, CommitteeRules.Outcome.AWARD,
                CommitteeRules.Outcome.NOMINATION, CommitteeRules.Outcome.NOMINATION};
        on(LocalDate.of(year, 10, 20), () -> {
            for (int i = 1; i <= 5; i++) {
                for (int k = 0; k < c.applied().size(); k++) {
                    committee.vote(accounts.actor("expert" + i), id, c.applied().get(k).getId(), votes[k]);
                }
            }
            committee.close(official, id);
        });
        on(LocalDate.of(year, 11, 3), () -> campaigns.advance(official, id, Stage.COMMITTEE));
        Long displayId = proposals.displayOf(campaigns.get(official, id)).orElseThrow().getId();
        Long entry = displays.entry(displayId, c.applied().get(3).getId()).orElseThrow().getId();
        Objection o = on(LocalDate.of(year, 11, 4), () -> displays.object(displayId, new ObjectionForm(entry, "陈建华",
                "13820001234", "chen.jianhua@example.cn", "该企业申报材料中所列的省级质量奖项实为行业协会评选，与申报表述不符，请予核查。"),
                List.of(), null, "zh-CN"));
        Objection taken = on(LocalDate.of(year, 11, 5), () -> displays.acknowledge(official, o.getId(), o.getVersion(),
                "向颁奖协会函询并调取原始文件。"));
        on(LocalDate.of(year, 11, 8), () -> displays.decide(official, o.getId(), taken.getVersion(), true,
                "经函询核实，申报材料对所获荣誉的表述与事实不符，异议成立。"));
        on(LocalDate.of(year, 11, 12), () -> campaigns.advance(official, id, Stage.DISPLAY));
        var published = on(LocalDate.of(year, 11, 28), () -> publication.publish(official, id,
                campaigns.get(official, id).getVersion(), "津政函〔" + year + "〕118号", LocalDate.of(year, 11, 23)));
        Title last = published.titles().get(published.titles().size() - 1);
        on(LocalDate.of(year + 1, 6, 2), () -> {
            var revocation = titles.open(official, last.getId(), "监督抽查中该企业主导产品连续两次不合格，不再符合获奖组织的条件。");
            titles.decide(official, revocation.getId(), revocation.getVersion(), true,
                    "经审查，依据评审管理办法撤销其天津质量奖提名奖称号，收回证书。");
        });
    }

    /** A campaign and its applications, as far as the committee's vote. */
    private record AtCommittee(Campaign campaign, List<Application> applied) {
    }

    /**
     * A campaign taken as far as its committee, its stages spread over the months from {@code start}: the given
     * enterprises apply and are recommended, found eligible, scored by a drawn panel of five (the first entry best),
     * shortlisted and visited; expert1 to expert5 are its committee, which a quorum of three decides.
     */
    private AtCommittee toCommittee(String name, int year, List<Enterprise> made, int[] enterprises, long seed, LocalDate start) {
        Actor official = accounts.actor("official");
        Campaign c = on(start, () -> {
            Campaign opened = seeder.open(AwardProgramme.CODE, name, year, 12);
            AwardSettings s = (AwardSettings) settings.of(AwardSettings.class, opened.getId()).copy();
            s.setCommitteeQuorum(3);
            settings.save(official, s);
            return opened;
        });
        List<Application> applied = on(start.plusDays(10), () -> seeder.applyAndRecommend(c,
                java.util.Arrays.stream(enterprises).mapToObj(made::get).toList(), "质量管理模式", "以顾客为中心、全员参与、持续改进的质量管理模式。"));
        on(start.plusWeeks(15), () -> {
            seeder.toEligibility(c);
            seeder.allEligible(applied);
        });
        on(start.plusWeeks(16), () -> seeder.reviewed(c, seed, 75));
        on(start.plusWeeks(19), () -> {
            committee.setShortlist(official, c.getId(), applied.stream().map(Application::getId).toList());
            campaigns.advance(official, c.getId(), Stage.REVIEW);
            for (Application a : applied) {
                SiteVisit visit = visits.plan(official, c.getId(), a.getId(), clock.today().plusDays(7), 3, seed + 86 + a.getId());
                Actor leader = em.find(UserAccount.class, visit.getLeaderUserId()).actor();
                Map<String, BigDecimal> scores = new HashMap<>();
                c.getRubric().definition().categories()
                        .forEach(cat -> scores.put(cat.code(), BigDecimal.valueOf(cat.points() * 6L / 10)));
                visits.report(leader, visit.getId(), "现场查看了生产、检验和顾客服务过程，与申报材料一致；关键绩效指标呈改善趋势。", scores);
            }
        });
        on(start.plusWeeks(21), () -> {
            campaigns.advance(official, c.getId(), Stage.SITE_VISIT);
            for (int i = 1; i <= 5; i++) {
                committee.appoint(official, c.getId(), accounts.actor("expert" + i).userId());
            }
        });
        return new AtCommittee(campaigns.get(official, c.getId()), applied);
    }

    /** Runs a step of a campaign on that day, in office hours. */
    private <T> T on(LocalDate day, java.util.function.Supplier<T> step) {
        return clock.at(day.atTime(LocalTime.of(10, 0)), step);
    }

    private void on(LocalDate day, Runnable step) {
        clock.at(day.atTime(LocalTime.of(10, 0)), step);
    }
}
