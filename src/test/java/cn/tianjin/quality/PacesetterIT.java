package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.credit.CreditEvent;
import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.pacesetter.PacesetterProgramme;
import cn.tianjin.quality.pacesetter.PacesetterRules;
import cn.tianjin.quality.pacesetter.PacesetterSettings;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationDocuments;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignPublication;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.EligibilityItem;
import cn.tianjin.quality.programme.EligibilityRules;
import cn.tianjin.quality.programme.EligibilityService;
import cn.tianjin.quality.programme.ProposalService;
import cn.tianjin.quality.programme.RecommendationLetters;
import cn.tianjin.quality.programme.Stage;
import cn.tianjin.quality.publication.CertificateSerial;
import cn.tianjin.quality.publication.Display;
import cn.tianjin.quality.publication.DisplayEntry;
import cn.tianjin.quality.publication.DisplayService;
import cn.tianjin.quality.publication.Objection;
import cn.tianjin.quality.publication.ObjectionForm;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.review.AggregationMethod;
import cn.tianjin.quality.review.PanelService;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ReviewAssignment;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.ScoreSheetService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quality-benchmark selection, the second programme, on the shared workflow and MariaDB: its own stages, settings,
 * eligibility check and proposal rule, and titles that lapse when their years are over.
 */
@ExtendWith(ArquillianExtension.class)
class PacesetterIT {

    @Inject
    PortalClock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignSettingsService settings;

    @Inject
    ApplicationService applications;

    @Inject
    EligibilityService eligibility;

    @Inject
    RubricService rubrics;

    @Inject
    AccountService accounts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AttachmentService attachments;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ScoreSheetService sheets;

    @Inject
    ResultsService results;

    @Inject
    ProposalService proposals;

    @Inject
    DisplayService display;

    @Inject
    CampaignPublication publication;

    @Inject
    TitleService titles;

    @Inject
    CreditFile creditFile;

    @Inject
    AuditLog audit;

    @Resource
    UserTransaction transaction;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    private Actor official() {
        return actor("it-official");
    }

    private static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Enterprise freshEnterprise(int i) throws Exception {
        Enterprise e = TestFixtures.newEnterprise("91120116MA06", "集成测试标杆企业" + i + "-" + System.nanoTime() % 100_000);
        transaction.begin();
        Enterprise created = enterprises.createWithoutUser(e);
        transaction.commit();
        return created;
    }

    /** Applied with a practice, submitted, and recommended with the test recommender's letter. */
    private Application recommended(Actor applicant, Campaign c, String practice) {
        Actor recommender = actor("it-recommender");
        Application a = applications.start(applicant, c.getId());
        Map<String, String> sections = new HashMap<>();
        c.getRubric().definition().categories().forEach(cat -> sections.put(cat.code(), "<p>" + cat.nameZh() + "的做法与成效。</p>"));
        a = applications.save(applicant, a.getId(), a.getVersion(),
                new ApplicationService.Form(practice, "实践的做法、推广范围和成效。", recommender.userId(), true, sections));
        attachments.store(applicant, ApplicationDocuments.OWNER_TYPE, a.getId(), "实践材料.pdf", pdf());
        a = applications.submit(applicant, a.getId());
        attachments.store(recommender, RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf", pdf());
        return applications.recommend(recommender, a.getId(), "同意推荐该实践。");
    }

    private void score(Actor expert, ReviewAssignment seat, int percent) {
        var view = sheets.open(expert, seat.getId());
        sheets.save(expert, view.sheet().getId(), view.sheet().getVersion(), view.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), percent, null, null)).toList());
        sheets.submit(expert, view.sheet().getId());
    }

    @Test
    void aSelectionRunsTheSharedWorkflowProposesOnlyWhatReachesTheMarkAndItsTitlesLapse() throws Exception {
        Campaign form = new Campaign();
        form.setName("集成测试质量标杆遴选 " + System.nanoTime());
        form.setYear(clock.today().getYear());
        form.setApplicationsOpen(clock.today().minusDays(1));
        form.setApplicationsClose(clock.today().plusDays(20));
        form.setRecommendationDeadline(clock.today().plusDays(30));
        form.setFreedPlace(Campaign.FreedPlace.NEXT);
        Campaign created = campaigns.create(official(), PacesetterProgramme.CODE, form,
                rubrics.latest("tianjin-benchmark-2026").orElseThrow().getId());
        assertThat(campaigns.stagesOf(created)).doesNotContain(Stage.SITE_VISIT, Stage.COMMITTEE).contains(Stage.RECOMMENDATION,
                Stage.REVIEW, Stage.DISPLAY);

        // The selection's own settings: two places, the pass mark at 60% of 300 points, titles valid for three years.
        PacesetterSettings own = (PacesetterSettings) settings.of(PacesetterSettings.class, created.getId()).copy();
        own.setPlaces(0);
        refused(() -> settings.save(official(), own), "pacesetter.places.invalid");
        own.setPlaces(2);
        own.setPassPercent(60);
        own.setValidityYears(3);
        settings.save(official(), own);
        Campaign c = campaigns.advance(official(), created.getId(), Stage.DRAFT);

        List<Enterprise> firms = List.of(freshEnterprise(1), freshEnterprise(2), freshEnterprise(3));
        List<Application> apps = new ArrayList<>();
        for (int i = 0; i < firms.size(); i++) {
            Enterprise e = firms.get(i);
            apps.add(recommended(new Actor(-1L, "it-bench-" + e.getId(), Role.APPLICANT, e.getId()), c, "标杆实践" + (i + 1)));
        }
        campaigns.advance(official(), c.getId(), Stage.OPEN);
        campaigns.advance(official(), c.getId(), Stage.RECOMMENDATION);

        // Eligibility: the shared checks and the selection's own, which the official decides.
        for (Application a : apps) {
            List<EligibilityItem> items = eligibility.checklist(official(), a.getId());
            assertThat(items).extracting(EligibilityItem::getCheck).endsWith(PacesetterProgramme.PRACTICE_YEARS)
                    .contains(EligibilityRules.TIANJIN, EligibilityRules.CREDIT).doesNotContain("ACCIDENTS");
            refused(() -> eligibility.decide(official(), a.getId(), true, "符合条件"), "eligibility.notAllPassed");
            eligibility.record(official(), a.getId(), PacesetterProgramme.PRACTICE_YEARS, EligibilityRules.Result.PASS,
                    "实践已连续运行三年，有年度报告为证。");
            eligibility.decide(official(), a.getId(), true, "符合遴选条件。");
        }

        // The review: a panel of three by default; one expert scores 80%, 70% and 50% (240, 210 and 150 of 300).
        Long roundId = campaigns.advance(official(), c.getId(), Stage.ELIGIBILITY).getReviewRoundId();
        assertThat(rounds.round(official(), roundId).getPanelSize()).isEqualTo(3);
        Actor expert = actor("it-panel3");
        var entries = rounds.entries(official(), roundId);
        entries.forEach(entry -> panels.seatByHand(official(), roundId, entry.getId(), expert.userId()));
        List<Long> ids = apps.stream().map(Application::getId).toList();
        for (var seat : panels.assignments(official(), roundId)) {
            Long source = entries.stream().filter(e -> e.getId().equals(seat.getEntryId())).findFirst().orElseThrow().getSourceId();
            score(expert, seat, List.of(80, 70, 50).get(ids.indexOf(source)));
        }
        refused(() -> campaigns.advance(official(), c.getId(), Stage.REVIEW), "pacesetter.rankingNotLocked");
        results.lock(official(), roundId, AggregationMethod.MEAN, results.board(official(), roundId).round().getVersion());

        // Straight from the review to the display: the two above the mark are proposed, the third is shown unproposed.
        campaigns.advance(official(), c.getId(), Stage.REVIEW);
        Display d = proposals.displayOf(campaigns.get(official(), c.getId())).orElseThrow();
        assertThat(display.view(d.getId()).lines()).extracting(l -> l.entry().getRefId(), l -> l.entry().getLevel()).containsExactly(
                Tuple.tuple(ids.get(0), PacesetterRules.BENCHMARK), Tuple.tuple(ids.get(1), PacesetterRules.BENCHMARK),
                Tuple.tuple(ids.get(2), null));

        // An upheld objection takes the first off; the freed place goes on, but nobody below the mark takes it.
        Long first = display.entry(d.getId(), ids.get(0)).orElseThrow().getId();
        Objection o = display.object(d.getId(), new ObjectionForm(first, "赵敏", "13812345678", "zm@example.cn",
                "该实践并未在企业内推行，申报材料中的推广数据无法核实。"), List.of(), "10.8." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + ".1", "zh-CN");
        Objection taken = display.acknowledge(official(), o.getId(), o.getVersion(), "调取推广记录核对");
        display.decide(official(), o.getId(), taken.getVersion(), true, "经核查，推广数据不实，异议成立。");
        assertThat(display.view(d.getId()).lines()).extracting(l -> l.entry().getLevel(), l -> l.entry().getRemovedFor())
                .containsExactly(Tuple.tuple(null, DisplayEntry.Removal.OBJECTION), Tuple.tuple(PacesetterRules.BENCHMARK, null),
                        Tuple.tuple(null, null));

        // A week later: approval and publication; the one title holds for three years.
        LocalDate publishedOn = clock.today().plusDays(8);
        Title title = clock.at(publishedOn.atTime(10, 0), () -> {
            campaigns.advance(official(), c.getId(), Stage.DISPLAY);
            var published = publication.publish(official(), c.getId(), campaigns.get(official(), c.getId()).getVersion(),
                    "津市监质〔2026〕7号", clock.today());
            assertThat(published.titles()).hasSize(1);
            return published.titles().get(0);
        });
        assertThat(title.getProgramme()).isEqualTo(PacesetterProgramme.CODE);
        assertThat(title.getEnterpriseId()).isEqualTo(firms.get(1).getId());
        assertThat(title.getSubjectName()).isEqualTo("标杆实践2");
        assertThat(title.getLevel()).isEqualTo(PacesetterRules.BENCHMARK);
        assertThat(title.getSerial()).startsWith("TQB-" + c.getYear() + "-B-");
        assertThat(CertificateSerial.isWellFormed(title.getSerial())).isTrue();
        assertThat(title.getValidFrom()).isEqualTo(publishedOn);
        assertThat(title.getValidUntil()).isEqualTo(publishedOn.plusYears(3).minusDays(1));
        assertThat(titles.directoryPage(new TitleService.Filter(PacesetterProgramme.CODE, c.getYear(), null, "标杆实践2"), 0, 20)
                .rows()).extracting(Title::getSerial).containsExactly(title.getSerial());
        assertThat(titles.directoryPage(new TitleService.Filter("AWARD", null, null, "标杆实践2"), 0, 20).rows())
                .as("the award's directory does not list the selection's titles").isEmpty();
        assertThat(creditFile.timeline(official(), firms.get(1).getId())).extracting(CreditEvent::getKind).contains("TITLE_AWARDED");

        // The day after its last day the title lapses; a second run, as another instance of a cluster would make, finds
        // nothing left to do.
        LocalDate lapsed = title.getValidUntil().plusDays(1);
        titles.expireDue(title.getValidUntil());
        assertThat(titles.verify(title.getSerial())).get().extracting(Title::isValid).as("still valid on its last day").isEqualTo(true);
        assertThat(clock.at(lapsed.atTime(0, 3), () -> titles.expireDue(clock.today()))).isPositive();
        assertThat(titles.expireDue(lapsed)).isZero();
        assertThat(titles.verify(title.getSerial())).get().satisfies(t -> {
            assertThat(t.getStatus()).isEqualTo(Title.Status.EXPIRED);
            assertThat(t.isValid()).isFalse();
        });
        assertThat(audit.history(Title.AUDIT_TYPE, title.getId())).filteredOn(e -> "expire".equals(e.getAction())).hasSize(1);
        assertThat(creditFile.timeline(official(), firms.get(1).getId())).extracting(CreditEvent::getKind).contains("TITLE_EXPIRED");
    }
}
