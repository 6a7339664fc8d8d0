package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.award.AwardProgramme;
import cn.tianjin.quality.award.AwardSettings;
import cn.tianjin.quality.award.CommitteeRules;
import cn.tianjin.quality.award.VoteCount;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationDocuments;
import cn.tianjin.quality.programme.ApplicationService;
import cn.tianjin.quality.programme.ApplicationStatus;
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
import cn.tianjin.quality.publication.Display;
import cn.tianjin.quality.publication.DisplayEntry;
import cn.tianjin.quality.publication.DisplayService;
import cn.tianjin.quality.publication.Objection;
import cn.tianjin.quality.publication.ObjectionEvidence;
import cn.tianjin.quality.publication.ObjectionForm;
import cn.tianjin.quality.publication.RevocationCase;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.StaffAccountService;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Quality Award on the shared workflow, on MariaDB: campaigns and the award's own settings, applying, recommending,
 * returning, the veto, eligibility, the committee, display with objections, publication and revocation.
 */
@ExtendWith(ArquillianExtension.class)
class AwardIT {
    @Inject
    cn.tianjin.quality.credit.SpotCheckService spotChecks;

    @Inject
    PortalClock clock;


    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    EligibilityService eligibility;

    @Inject
    RubricService rubrics;

    @Inject
    AccountService accounts;

    @Inject
    StaffAccountService staffAccounts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditService credit;

    @Inject
    AttachmentService attachments;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    @Inject
    cn.tianjin.quality.review.ReviewRoundService rounds;

    @Inject
    cn.tianjin.quality.review.PanelService panels;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    private Actor official() {
        return actor("it-official");
    }

    @Inject
    CampaignSettingsService settings;

    /** An open campaign taking applications today, on the brand rubric (four categories keep the tests short). */
    private Campaign openCampaign() {
        return openCampaign(new Campaign(), s -> {
        });
    }

    private Campaign openCampaign(Campaign form, java.util.function.Consumer<AwardSettings> own) {
        form.setName("集成测试质量奖 " + System.nanoTime());
        form.setYear(clock.today().getYear());
        form.setApplicationsOpen(clock.today().minusDays(1));
        form.setApplicationsClose(clock.today().plusDays(20));
        form.setRecommendationDeadline(clock.today().plusDays(30));
        Campaign c = campaigns.create(official(), AwardProgramme.CODE, form, rubrics.latest("tianjin-brand-2026").orElseThrow().getId());
        AwardSettings edited = (AwardSettings) settings.of(AwardSettings.class, c.getId()).copy();
        own.accept(edited);
        settings.save(official(), edited);
        return campaigns.advance(official(), c.getId(), Stage.DRAFT);
    }

    /** A campaign whose committee has three members and which has one place of each level. */
    private Campaign openCommitteeCampaign(Campaign form) {
        return openCampaign(form, s -> {
            s.setCommitteeQuorum(3);
            s.setAwardQuota(1);
            s.setNominationQuota(1);
        });
    }

    /** A complete form naming the test recommender, with a narrative for every category. */
    private ApplicationService.Form complete(Campaign c, boolean honest) {
        RubricDefinition rubric = c.getRubric().definition();
        Map<String, String> narratives = new HashMap<>();
        rubric.categories().forEach(cat -> narratives.put(cat.code(), "<p><strong>" + cat.nameZh() + "</strong>的做法与成效。</p>"));
        return new ApplicationService.Form("精益求精质量管理模式", "以顾客为中心、全员参与的质量管理模式。",
                actor("it-recommender").userId(), honest, narratives);
    }

    private Application submitted(Actor applicant, Campaign c) {
        Application a = applications.start(applicant, c.getId());
        applications.save(applicant, a.getId(), a.getVersion(), complete(c, true));
        attachments.store(applicant, ApplicationDocuments.OWNER_TYPE, a.getId(), "质量手册.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        return applications.submit(applicant, a.getId());
    }

    private void letter(Application a) {
        attachments.store(actor("it-recommender"), RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void campaignSettingsAreCheckedAndStagesMoveForwardOneAtATimeAudited() {
        Campaign bad = new Campaign();
        bad.setName("日期错误的活动");
        bad.setYear(2026);
        bad.setApplicationsOpen(LocalDate.of(2026, 5, 1));
        bad.setApplicationsClose(LocalDate.of(2026, 4, 1));
        bad.setRecommendationDeadline(LocalDate.of(2026, 6, 1));
        long before = campaigns.list(official()).size();
        assertThatThrownBy(() -> campaigns.create(official(), AwardProgramme.CODE, bad, rubrics.latest("gbt19580-2012").orElseThrow().getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.dates.closeBeforeOpen"));
        assertThat(campaigns.list(official())).hasSize((int) before);
        assertThatThrownBy(() -> campaigns.list(actor("it-applicant-a"))).isInstanceOf(cn.tianjin.quality.platform.AccessDeniedException.class);

        Campaign c = openCampaign();
        assertThat(c.getStage()).isEqualTo(Stage.OPEN);
        assertThat(c.getProgramme()).isEqualTo(AwardProgramme.CODE);
        assertThat(c.getRubric().isFrozen()).isTrue();
        assertThatThrownBy(() -> campaigns.advance(official(), c.getId(), Stage.DRAFT))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.stageMoved"));
        assertThat(campaigns.open()).extracting(Campaign::getId).contains(c.getId());
        assertThat(audit.history(Campaign.AUDIT_TYPE, c.getId())).extracting("action")
                .containsExactly("create", "programme-settings", "stage");

        // The award's own settings are checked as the campaign's are; a refused save leaves them as they were.
        AwardSettings own = (AwardSettings) settings.of(AwardSettings.class, c.getId()).copy();
        own.setCommitteeQuorum(0);
        assertThatThrownBy(() -> settings.save(official(), own))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.committee.invalid"));
        assertThat(settings.of(AwardSettings.class, c.getId()).getCommitteeQuorum()).isPositive();
        assertThatThrownBy(() -> settings.save(actor("it-applicant-a"), own)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anApplicationIsCompleteBeforeSubmissionAndVisibleOnlyToItsOwnSide() {
        Campaign c = openCampaign();
        Actor applicant = actor("it-applicant-a");
        Application a = applications.start(applicant, c.getId());
        assertThat(applications.start(applicant, c.getId()).getId()).as("one application per campaign").isEqualTo(a.getId());

        // A recommender who is not one stores nothing, not even the valid fields beside it.
        ApplicationService.Form form = complete(c, true);
        assertThatThrownBy(() -> applications.save(applicant, a.getId(), a.getVersion(),
                new ApplicationService.Form("不应保存", null, actor("it-expert").userId(), false, form.sections())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.recommender.unknown"));
        assertThat(applications.view(applicant, a.getId()).application().getSubjectName()).isNull();

        // Scripts typed into a narrative never reach the database.
        Map<String, String> narratives = new HashMap<>(form.sections());
        String first = narratives.keySet().iterator().next();
        narratives.put(first, "<p>正文<script>alert(1)</script><img src=x onerror=alert(2)></p>");
        Application saved = applications.save(applicant, a.getId(), a.getVersion(),
                new ApplicationService.Form(form.subjectName(), form.subjectDescription(), form.recommenderUserId(), false, narratives));
        assertThat(applications.view(applicant, a.getId()).sections().get(first)).isEqualTo("<p>正文</p>");
        assertThatThrownBy(() -> applications.submit(applicant, a.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.submit.honesty"));

        applications.save(applicant, a.getId(), saved.getVersion(), complete(c, true));
        assertThatThrownBy(() -> applications.view(actor("it-recommender"), a.getId()))
                .as("a draft is not shown to the recommender").isInstanceOf(NotFoundException.class);
        applications.submit(applicant, a.getId());

        assertThatThrownBy(() -> applications.view(actor("it-applicant-b"), a.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.view(actor("it-expert"), a.getId())).isInstanceOf(NotFoundException.class);
        assertThat(applications.view(actor("it-recommender"), a.getId()).application().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.namingMe(actor("it-recommender"))).extracting(Application::getId).contains(a.getId());
        assertThat(notifications.inbox(actor("it-recommender"), 50)).extracting("subject")
                .anyMatch(s -> s.toString().contains("集成测试甲企业有限公司"));
        assertThatThrownBy(() -> applications.save(applicant, a.getId(), a.getVersion() + 1, complete(c, true)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.locked"));
    }

    @Test
    void aReturnedApplicationIsResubmittedBeforeTheDeadlineAndRecommendedWithALetter() {
        Campaign c = openCampaign();
        Actor applicant = actor("it-applicant-b");
        Actor recommender = actor("it-recommender");
        Application a = submitted(applicant, c);

        assertThatThrownBy(() -> applications.returnToApplicant(recommender, a.getId(), " "))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.return.reasons"));
        applications.returnToApplicant(recommender, a.getId(), "请补充近三年顾客满意度数据");
        Application returned = applications.view(applicant, a.getId()).application();
        assertThat(returned.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.getReturnedReason()).isEqualTo("请补充近三年顾客满意度数据");
        applications.save(applicant, a.getId(), returned.getVersion(), complete(c, true));
        applications.submit(applicant, a.getId());

        assertThatThrownBy(() -> applications.recommend(recommender, a.getId(), "同意推荐"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.recommend.letter"));
        letter(a);
        applications.recommend(recommender, a.getId(), "该企业质量管理体系健全，同意推荐。");
        assertThat(applications.view(applicant, a.getId()).application().getStatus()).isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThatThrownBy(() -> applications.withdraw(applicant, a.getId(), "改变主意"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.withdraw.tooLate"));
        assertThat(audit.history(Application.AUDIT_TYPE, a.getId())).extracting("action")
                .containsSubsequence("start", "save-draft", "submit", "return", "save-draft", "submit", "recommend");
    }

    @Inject
    cn.tianjin.quality.platform.work.Workbench workbench;

    @Inject
    cn.tianjin.quality.platform.work.CalendarFeeds calendars;

    /** The lines of a user's workbench about one campaign (its name among their arguments). */
    private List<cn.tianjin.quality.platform.work.WorkItem> work(Actor actor, Campaign c) {
        return workbench.waitingFor(actor, clock.today()).stream().filter(i -> i.args().contains(c.getName())).toList();
    }

    @Test
    void eachSideSeesOnItsWorkbenchWhatTheApplicationAsksOfItAndWhereToDoIt() {
        Campaign c = openCampaign();
        Actor applicant = actor("it-applicant-b");
        Actor recommender = actor("it-recommender");
        assertThat(work(applicant, c)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("work.call");
            assertThat(i.link()).isEqualTo("/enterprise/award#open-campaigns");
            assertThat(i.due()).isEqualTo(c.getApplicationsClose());
        });
        assertThat(work(actor("it-applicant-a"), c)).extracting("key").containsExactly("work.call");

        Application draft = applications.start(applicant, c.getId());
        assertThat(work(applicant, c)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("work.draft");
            assertThat(i.link()).isEqualTo("/enterprise/application?id=" + draft.getId());
        });
        applications.save(applicant, draft.getId(), draft.getVersion(), complete(c, true));
        attachments.store(applicant, ApplicationDocuments.OWNER_TYPE, draft.getId(), "质量手册.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        applications.submit(applicant, draft.getId());
        assertThat(work(applicant, c)).isEmpty();
        assertThat(work(recommender, c)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("work.recommendation");
            assertThat(i.count()).isEqualTo(1);
            assertThat(i.due()).isEqualTo(c.getRecommendationDeadline());
        });
        assertThat(work(official(), c)).isEmpty();

        // The same deadline reaches the recommender's calendar through the secret link, until the link is renewed.
        String link = calendars.renew(recommender);
        String secret = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        String day = c.getRecommendationDeadline().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(calendars.feed(secret)).hasValueSatisfying(ics -> assertThat(ics.replace("\r\n ", ""))
                .contains("BEGIN:VCALENDAR", "SUMMARY:待您推荐的申请 · " + c.getName(), "DTSTART;VALUE=DATE:" + day));
        String renewed = calendars.renew(recommender);
        assertThat(calendars.feed(secret)).isEmpty();
        assertThat(renewed).isNotEqualTo(link);
        calendars.stop(recommender);
        assertThat(calendars.feed(renewed.substring(renewed.lastIndexOf('/') + 1).replace(".ics", ""))).isEmpty();
        assertThat(audit.history(cn.tianjin.quality.platform.work.CalendarFeeds.AUDIT_TYPE, recommender.userId()))
                .extracting("action").containsSubsequence("create", "renew", "stop");

        applications.returnToApplicant(recommender, draft.getId(), "请补充近三年顾客满意度数据");
        assertThat(work(recommender, c)).isEmpty();
        assertThat(work(applicant, c)).extracting("key").containsExactly("work.returned");
        Application returned = applications.view(applicant, draft.getId()).application();
        applications.save(applicant, draft.getId(), returned.getVersion(), complete(c, true));
        applications.submit(applicant, draft.getId());
        letter(draft);
        applications.recommend(recommender, draft.getId(), "该企业质量管理体系健全，同意推荐。");
        assertThat(work(official(), c)).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("work.eligibility");
            assertThat(i.count()).isEqualTo(1);
            assertThat(i.link()).isEqualTo("/official/campaign?id=" + c.getId());
        });
        assertThat(work(recommender, c)).isEmpty();
        assertThat(work(applicant, c)).isEmpty();
    }

    @Test
    void aReturnedApplicationCannotBeResubmittedAfterTheRecommendationDeadline() {
        Campaign c = openCampaign();
        Actor applicant = actor("it-applicant-a");
        Application a = submitted(applicant, c);
        applications.returnToApplicant(actor("it-recommender"), a.getId(), "缺少附件");
        Campaign current = campaigns.get(official(), c.getId());
        current.setApplicationsOpen(clock.today().minusDays(20));
        current.setApplicationsClose(clock.today().minusDays(10));
        current.setRecommendationDeadline(clock.today().minusDays(1));
        campaigns.update(official(), c.getId(), current.getVersion(), current);

        assertThatThrownBy(() -> applications.submit(applicant, a.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("application.closed"));
        assertThat(applications.view(applicant, a.getId()).application().getStatus()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void anEnterpriseOnTheDishonestyListCannotSubmitAndTheEntryIsCited() throws Exception {
        Enterprise e = freshEnterprise();
        Actor applicant = new Actor(-1L, "it-fresh-" + e.getId(), Role.APPLICANT, e.getId());
        Campaign c = openCampaign();
        Application a = applications.start(applicant, c.getId());
        applications.save(applicant, a.getId(), a.getVersion(), complete(c, true));
        DishonestyEntry listing = new DishonestyEntry();
        listing.setCreditCode(e.getCreditCode());
        listing.setEnterpriseName(e.getName());
        listing.setReason("提供虚假质量检验报告");
        listing.setSourceDocument("津市监信〔2026〕9号");
        listing.setListedOn(clock.today().minusDays(3));
        credit.add(official(), listing);

        assertThatThrownBy(() -> applications.submit(applicant, a.getId()))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("application.vetoed");
                    assertThat(ex.args()).contains("提供虚假质量检验报告", "津市监信〔2026〕9号");
                });
        assertThat(applications.view(applicant, a.getId()).application().getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void eligibilityStartsFromTheAutomaticChecksAndNeedsEveryCheckMetBeforeTheApplicantIsTold() {
        Campaign c = openCampaign();
        Actor applicant = actor("it-applicant-b");
        Application a = submitted(applicant, c);
        letter(a);
        applications.recommend(actor("it-recommender"), a.getId(), "同意推荐");
        assertThatThrownBy(() -> eligibility.checklist(official(), a.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("eligibility.wrongStage"));
        campaigns.advance(official(), c.getId(), Stage.OPEN);
        campaigns.advance(official(), c.getId(), Stage.RECOMMENDATION);

        List<EligibilityItem> items = eligibility.checklist(official(), a.getId());
        assertThat(items).extracting(EligibilityItem::getCheck).containsExactly(EligibilityRules.TIANJIN, EligibilityRules.YEARS,
                EligibilityRules.INDUSTRY, EligibilityRules.CREDIT, EligibilityRules.EARLIER_WIN, EligibilityRules.GRADE, AwardProgramme.ACCIDENTS);
        assertThat(items).filteredOn(i -> i.getCheck().equals(EligibilityRules.TIANJIN)).singleElement()
                .satisfies(i -> assertThat(i.getAutoResult()).isEqualTo(EligibilityRules.Result.PASS));
        assertThat(items).filteredOn(i -> i.getCheck().equals(AwardProgramme.ACCIDENTS)).singleElement()
                .satisfies(i -> assertThat(i.getAutoResult()).isEqualTo(EligibilityRules.Result.REVIEW));

        assertThatThrownBy(() -> eligibility.decide(official(), a.getId(), true, "符合条件"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("eligibility.notAllPassed"));
        assertThatThrownBy(() -> eligibility.record(official(), a.getId(), AwardProgramme.ACCIDENTS, EligibilityRules.Result.PASS, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("eligibility.finding.required"));
        eligibility.record(official(), a.getId(), AwardProgramme.ACCIDENTS, EligibilityRules.Result.PASS,
                "经向市应急局、市生态环境局核实，近五年无事故记录。");
        assertThatThrownBy(() -> eligibility.decide(actor("it-expert"), a.getId(), true, "x"))
                .isInstanceOf(cn.tianjin.quality.platform.AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.advance(official(), c.getId(), Stage.ELIGIBILITY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("campaign.undecided"));
        eligibility.decide(official(), a.getId(), true, "各项条件均符合，进入材料评审。");

        Application decided = applications.view(applicant, a.getId()).application();
        assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(decided.getEligibilityReason()).isEqualTo("各项条件均符合，进入材料评审。");
        assertThat(notifications.inbox(applicant, 50)).extracting("subject").anyMatch(s -> s.toString().startsWith("资格审核通过"));
        assertThat(audit.history(Application.AUDIT_TYPE, a.getId())).extracting("action")
                .containsSubsequence("eligibility-open", "eligibility-check", "eligible");

        // Leaving eligibility review opens the materials review: the eligible application becomes an entry whose
        // documents its panel reads, and nobody else.
        var document = attachments.ofOwner(official(), ApplicationDocuments.OWNER_TYPE, a.getId()).get(0);
        Campaign inReview = campaigns.advance(official(), c.getId(), Stage.ELIGIBILITY);
        assertThat(inReview.getReviewRoundId()).isNotNull();
        var entries = rounds.entries(official(), inReview.getReviewRoundId());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getSourceId()).isEqualTo(a.getId());
            assertThat(e.getTitle()).isEqualTo("精益求精质量管理模式");
        });
        assertThatThrownBy(() -> attachments.get(actor("it-panel3"), document.getId())).isInstanceOf(NotFoundException.class);
        panels.seatByHand(official(), inReview.getReviewRoundId(), entries.get(0).getId(), actor("it-panel3").userId());
        assertThat(attachments.get(actor("it-panel3"), document.getId()).getFileName()).isEqualTo("质量手册.pdf");
        assertThatThrownBy(() -> attachments.get(actor("it-panel4"), document.getId())).isInstanceOf(NotFoundException.class);
    }

    /** A new enterprise without users; the registry creates such enterprises only inside a caller's transaction. */
    private Enterprise freshEnterprise() throws Exception {
        Enterprise e = TestFixtures.newEnterprise("91120116MA07", null);
        e.setName("集成测试失信企业" + e.getCreditCode().substring(12, 17));
        e.setSize(SizeClass.SMALL);
        transaction.begin();
        Enterprise created = enterprises.createWithoutUser(e);
        transaction.commit();
        return created;
    }

    @Inject
    cn.tianjin.quality.award.CommitteeService committee;

    @Inject
    cn.tianjin.quality.award.SiteVisitService visits;

    @Inject
    cn.tianjin.quality.review.ScoreSheetService sheets;

    @Inject
    cn.tianjin.quality.review.ResultsService results;

    /** Submitted, recommended and, once the campaign reaches eligibility, found eligible by the caller. */
    private Application recommended(Actor applicant, Campaign c) {
        Application a = submitted(applicant, c);
        letter(a);
        return applications.recommend(actor("it-recommender"), a.getId(), "同意推荐");
    }

    private void eligible(Application a) {
        eligibility.checklist(official(), a.getId());
        eligibility.record(official(), a.getId(), AwardProgramme.ACCIDENTS, EligibilityRules.Result.PASS, "已核实无事故");
        eligibility.decide(official(), a.getId(), true, "符合条件");
    }

    private void score(Actor expert, cn.tianjin.quality.review.ReviewAssignment seat, int percent) {
        var view = sheets.open(expert, seat.getId());
        sheets.save(expert, view.sheet().getId(), view.sheet().getVersion(), view.rubric().items().stream()
                .map(i -> new cn.tianjin.quality.review.ScoreSheetService.ItemInput(i.code(), percent, null, null)).toList());
        sheets.submit(expert, view.sheet().getId());
    }

    private Actor freshMember() {
        String name = "cm" + Long.toString(System.nanoTime(), 36);
        return staffAccounts.createStaffAccount(official(), new StaffAccountService.StaffAccountForm(name, "委员" + name, name + "@it.example.cn",
                null, Role.EXPERT, "天津市质量协会", null, "zh-CN")).actor();
    }

    @Test
    void theCommitteeVotesSecretlyAndAPlaceStaysEmptyWhenTooFewEntriesAreCarried() {
        Campaign c = openCommitteeCampaign(new Campaign());
        Application first = recommended(actor("it-applicant-a"), c);
        Application second = recommended(actor("it-applicant-b"), c);
        campaigns.advance(official(), c.getId(), Stage.OPEN);
        campaigns.advance(official(), c.getId(), Stage.RECOMMENDATION);
        eligible(first);
        eligible(second);
        Long roundId = campaigns.advance(official(), c.getId(), Stage.ELIGIBILITY).getReviewRoundId();

        // One expert scores both entries: the first at 80%, the second at 50%, so the ranking is first, second.
        Actor expert = actor("it-panel3");
        var entries = rounds.entries(official(), roundId);
        for (var entry : entries) {
            panels.seatByHand(official(), roundId, entry.getId(), expert.userId());
        }
        Long firstEntry = entries.stream().filter(e -> e.getSourceId().equals(first.getId())).findFirst().orElseThrow().getId();
        for (var seat : panels.assignments(official(), roundId)) {
            score(expert, seat, seat.getEntryId().equals(firstEntry) ? 80 : 50);
        }
        assertThatThrownBy(() -> committee.candidates(official(), c.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("committee.rankingNotLocked"));
        results.lock(official(), roundId, cn.tianjin.quality.review.AggregationMethod.MEAN, results.board(official(), roundId).round().getVersion());
        var candidates = committee.candidates(official(), c.getId());
        assertThat(candidates).extracting(cn.tianjin.quality.award.CommitteeService.Candidate::applicationId)
                .containsExactly(first.getId(), second.getId());
        committee.setShortlist(official(), c.getId(), List.of(second.getId(), first.getId()));

        Actor m1 = freshMember();
        Actor m2 = freshMember();
        Actor m3 = freshMember();
        for (Actor m : List.of(m1, m2, m3)) {
            committee.appoint(official(), c.getId(), m.userId());
        }
        assertThatThrownBy(() -> committee.vote(m1, c.getId(), first.getId(), CommitteeRules.Outcome.AWARD))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("committee.notVoting"));
        campaigns.advance(official(), c.getId(), Stage.REVIEW);

        // Site visit of the first entry: a team of two drawn with a stored seed; the leader reports.
        var visit = visits.plan(official(), c.getId(), first.getId(), clock.today().plusDays(7), 2, 20260601L);
        var team = visits.get(official(), visit.getId()).team();
        assertThat(team).hasSize(2);
        assertThat(visit.getDrawSeed()).isEqualTo(20260601L);
        Actor leader = accounts.findByUsername(team.get(0).getUsername()).orElseThrow().actor();
        Actor other = accounts.findByUsername(team.get(1).getUsername()).orElseThrow().actor();
        assertThat(visits.mine(leader)).extracting(v -> v.visit().getId()).contains(visit.getId());
        assertThat(attachments.ofOwner(leader, ApplicationDocuments.OWNER_TYPE, first.getId())).isNotEmpty();
        Actor outsider = freshMember();
        assertThatThrownBy(() -> visits.get(outsider, visit.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> visits.plan(official(), c.getId(), first.getId(), clock.today().plusDays(8), 2, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("visit.exists"));
        RubricDefinition rubric = c.getRubric().definition();
        Map<String, java.math.BigDecimal> scores = new HashMap<>();
        rubric.categories().forEach(cat -> scores.put(cat.code(), java.math.BigDecimal.valueOf(cat.points() / 2)));
        assertThatThrownBy(() -> visits.report(other, visit.getId(), "发现", scores))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("visit.leaderOnly"));
        Map<String, java.math.BigDecimal> tooHigh = new HashMap<>(scores);
        tooHigh.put(rubric.categories().get(0).code(), java.math.BigDecimal.valueOf(1000));
        assertThatThrownBy(() -> visits.report(leader, visit.getId(), "发现", tooHigh))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("visit.score.invalid"));
        visits.report(leader, visit.getId(), "质量管理体系运行有效，现场与申报材料一致。", scores);
        assertThat(visits.get(official(), visit.getId()).visit().getStatus()).isEqualTo(cn.tianjin.quality.award.SiteVisit.Status.REPORTED);
        assertThat(visits.get(official(), visit.getId()).scores()).hasSize(rubric.categories().size());

        campaigns.advance(official(), c.getId(), Stage.SITE_VISIT);

        for (Actor m : List.of(m1, m2, m3)) {
            committee.vote(m, c.getId(), first.getId(), CommitteeRules.Outcome.AWARD);
        }
        committee.vote(m1, c.getId(), second.getId(), CommitteeRules.Outcome.AWARD);
        committee.vote(m2, c.getId(), second.getId(), CommitteeRules.Outcome.NONE);
        committee.vote(m3, c.getId(), second.getId(), CommitteeRules.Outcome.NONE);
        assertThatThrownBy(() -> committee.vote(m1, c.getId(), first.getId(), CommitteeRules.Outcome.NONE))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("committee.vote.already"));
        assertThatThrownBy(() -> committee.vote(actor("it-panel4"), c.getId(), first.getId(), CommitteeRules.Outcome.AWARD))
                .as("not a member").isInstanceOf(NotFoundException.class);

        var decisions = committee.close(official(), c.getId());
        assertThat(decisions).extracting(CommitteeRules.Decision::outcome)
                .containsExactly(CommitteeRules.Outcome.AWARD, CommitteeRules.Outcome.NONE);
        assertThat(committee.counts(official(), c.getId())).extracting(VoteCount::getAward, VoteCount::getNeither)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 0), org.assertj.core.groups.Tuple.tuple(1, 2));
        // The nomination place stays empty: nobody was carried for it. How each member voted is nowhere.
        assertThat(audit.history(Application.AUDIT_TYPE, second.getId())).filteredOn(e -> "vote".equals(e.getAction()))
                .hasSize(3).allSatisfy(e -> assertThat(e.getSummary()).isEmpty());
        assertThatThrownBy(() -> committee.close(official(), c.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("committee.closed"));
    }

    @Inject
    DisplayService display;

    @Inject
    ProposalService proposals;

    @Inject
    CampaignPublication publication;

    @Inject
    TitleService titles;

    @Inject
    cn.tianjin.quality.credit.CreditFile creditFile;

    @Inject
    cn.tianjin.quality.platform.security.TestFixtures fixtures;

    private void list(Enterprise e, String reason) {
        DishonestyEntry listing = new DishonestyEntry();
        listing.setCreditCode(e.getCreditCode());
        listing.setEnterpriseName(e.getName());
        listing.setReason(reason);
        listing.setSourceDocument("津市监信〔2026〕21号");
        listing.setListedOn(clock.today());
        credit.add(official(), listing);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void anUpheldObjectionFreesAPlaceTheVetoStopsAListedWinnerAndAPublishedTitleCanBeRevoked() throws Exception {
        Campaign form = new Campaign();
        form.setFreedPlace(Campaign.FreedPlace.NEXT);
        Campaign c = openCommitteeCampaign(form);
        List<Enterprise> firms = List.of(freshEnterprise(), freshEnterprise(), freshEnterprise());
        List<Application> apps = new java.util.ArrayList<>();
        for (Enterprise e : firms) {
            apps.add(recommended(new Actor(-1L, "it-fresh-" + e.getId(), Role.APPLICANT, e.getId()), c));
        }
        campaigns.advance(official(), c.getId(), Stage.OPEN);
        campaigns.advance(official(), c.getId(), Stage.RECOMMENDATION);
        apps.forEach(this::eligible);
        Long roundId = campaigns.advance(official(), c.getId(), Stage.ELIGIBILITY).getReviewRoundId();
        Actor expert = actor("it-panel3");
        var entries = rounds.entries(official(), roundId);
        entries.forEach(entry -> panels.seatByHand(official(), roundId, entry.getId(), expert.userId()));
        for (var seat : panels.assignments(official(), roundId)) {
            Long source = entries.stream().filter(e -> e.getId().equals(seat.getEntryId())).findFirst().orElseThrow().getSourceId();
            score(expert, seat, 80 - 10 * apps.stream().map(Application::getId).toList().indexOf(source));
        }
        results.lock(official(), roundId, cn.tianjin.quality.review.AggregationMethod.MEAN, results.board(official(), roundId).round().getVersion());
        committee.setShortlist(official(), c.getId(), apps.stream().map(Application::getId).toList());
        List<Actor> members = List.of(freshMember(), freshMember(), freshMember());
        members.forEach(m -> committee.appoint(official(), c.getId(), m.userId()));
        campaigns.advance(official(), c.getId(), Stage.REVIEW);
        campaigns.advance(official(), c.getId(), Stage.SITE_VISIT);
        for (Actor m : members) {
            committee.vote(m, c.getId(), apps.get(0).getId(), CommitteeRules.Outcome.AWARD);
            committee.vote(m, c.getId(), apps.get(1).getId(), CommitteeRules.Outcome.AWARD);
            committee.vote(m, c.getId(), apps.get(2).getId(), CommitteeRules.Outcome.NOMINATION);
        }
        refused(() -> campaigns.advance(official(), c.getId(), Stage.COMMITTEE), "display.committeeOpen");
        committee.close(official(), c.getId());

        // The display: first proposed for the award, second for the nomination (award places full), third left out.
        campaigns.advance(official(), c.getId(), Stage.COMMITTEE);
        Display opened = proposals.displayOf(campaigns.get(official(), c.getId())).orElseThrow();
        var shown = display.view(opened.getId());
        assertThat(shown.display().getFrom()).isEqualTo(clock.today());
        assertThat(shown.display().getUntil()).isEqualTo(clock.today().plusDays(6));
        assertThat(shown.proposed()).extracting(l -> l.entry().getRefId(), l -> l.entry().getLevel()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(apps.get(0).getId(), AwardProgramme.AWARD),
                org.assertj.core.groups.Tuple.tuple(apps.get(1).getId(), AwardProgramme.NOMINATION));
        Long d = opened.getId();
        // An address of this run's own: one address files at most five objections an hour, whatever the display.
        String address = "10.9." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(256);
        java.util.function.Function<Integer, Long> entryOf = i -> display.entry(d, apps.get(i).getId()).orElseThrow().getId();

        // Objections: a bad one leaves nothing behind; one against an entry not proposed is refused; a good one freezes.
        String grounds = "该组织在申报材料中填报的顾客满意度数据与第三方调查结果明显不符，请核查。";
        var badEvidence = new DisplayService.Evidence("证据.exe",
                new ByteArrayInputStream("MZ not a document".getBytes(StandardCharsets.US_ASCII)));
        refused(() -> display.object(d, new ObjectionForm(entryOf.apply(0), "张伟", "13912345678", "zw@example.cn", grounds),
                List.of(badEvidence), address, "zh-CN"), "upload.typeRefused");
        refused(() -> display.object(d, new ObjectionForm(entryOf.apply(0), "张伟", "13912345678", "zw@example.cn", "太短"),
                List.of(), address, "zh-CN"), "objection.grounds.short");
        refused(() -> display.object(d, new ObjectionForm(entryOf.apply(2), "张伟", "13912345678", "zw@example.cn", grounds),
                List.of(), address, "zh-CN"), "objection.entry.required");
        assertThat(display.objections(official(), d)).isEmpty();
        Objection o = display.object(d, new ObjectionForm(entryOf.apply(0), "张伟", "13912345678", "zw@example.cn", grounds),
                List.of(new DisplayService.Evidence("调查报告.pdf",
                        new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))), address, "zh-CN");
        assertThat(o.getReference()).startsWith("YY").hasSize(12);
        // One address files at most five objections an hour; the refused sixth leaves nothing behind.
        List<Objection> more = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            more.add(display.object(d, new ObjectionForm(entryOf.apply(1), "王" + i, "13912345678", "w@example.cn", grounds),
                    List.of(), address, "zh-CN"));
        }
        refused(() -> display.object(d, new ObjectionForm(entryOf.apply(1), "王五", "13912345678", "w@example.cn", grounds),
                List.of(), address, "zh-CN"), "objection.tooMany");
        assertThat(display.objections(official(), d)).hasSize(5);
        for (Objection extra : more) {
            display.decide(official(), extra.getId(), extra.getVersion(), false, "经核查，与事实不符。");
        }
        assertThat(attachments.ofOwner(official(), ObjectionEvidence.OWNER_TYPE, o.getId())).hasSize(1);
        assertThatThrownBy(() -> attachments.ofOwner(actor("it-applicant-a"), ObjectionEvidence.OWNER_TYPE, o.getId()))
                .as("the objector's evidence is for staff only").isInstanceOf(cn.tianjin.quality.platform.AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.store(Actor.anonymous(), ObjectionEvidence.OWNER_TYPE, o.getId(),
                "later.pdf", new ByteArrayInputStream("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))
                .as("nobody adds evidence after filing").isInstanceOf(cn.tianjin.quality.platform.AccessDeniedException.class);
        assertThat(display.view(d).proposed().get(0).isFrozen()).isTrue();
        refused(() -> campaigns.advance(official(), c.getId(), Stage.DISPLAY), "display.notOver");
        // A week later the display is over: the rest runs then, on this thread.
        clock.at(clock.now().plusDays(8), () -> {
            refused(() -> campaigns.advance(official(), c.getId(), Stage.DISPLAY), "display.objectionsOpen");

            Objection taken = display.acknowledge(official(), o.getId(), o.getVersion(), "向第三方调查机构调取原始数据核对");
            refused(() -> display.decide(official(), o.getId(), taken.getVersion(), true, " "), "objection.decision.required");
            display.decide(official(), o.getId(), taken.getVersion(), true, "经核查，申报数据与原始调查数据不符，异议成立。");
            refused(() -> display.decide(official(), o.getId(), taken.getVersion() + 1, false, "再次处理"), "objection.alreadyDecided");
            // The campaign's rule is NEXT: the second entry takes the freed award place, the third the nomination place.
            assertThat(display.view(d).lines()).extracting(l -> l.entry().getLevel(), l -> l.entry().getRemovedFor())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(null, DisplayEntry.Removal.OBJECTION),
                            org.assertj.core.groups.Tuple.tuple(AwardProgramme.AWARD, null),
                            org.assertj.core.groups.Tuple.tuple(AwardProgramme.NOMINATION, null));

            campaigns.advance(official(), c.getId(), Stage.DISPLAY);
            refused(() -> campaigns.advance(official(), c.getId(), Stage.APPROVAL), "campaign.publishWithApproval");

            // The third enterprise is put on the dishonesty list before publication: the veto stops it, its place stays empty.
            list(firms.get(2), "产品质量监督抽查不合格且拒不整改");
            assertThat(proposals.vetoedNow(official(), campaigns.get(official(), c.getId()))).extracting(l -> l.application().getId()).containsExactly(apps.get(2).getId());
            int version = campaigns.get(official(), c.getId()).getVersion();
            refused(() -> publication.publish(official(), c.getId(), version, " ", clock.today()), "publication.document.required");
            refused(() -> publication.publish(official(), c.getId(), version, "津政函〔2026〕88号", clock.today().plusDays(1)),
                    "publication.date.future");
            refused(() -> publication.publish(official(), c.getId(), version, "津政函〔2026〕88号", clock.today().minusDays(10)),
                    "publication.date.beforeDisplayEnd");
            assertThat(campaigns.get(official(), c.getId()).getStage()).isEqualTo(Stage.APPROVAL);
            var published = publication.publish(official(), c.getId(), version, "津政函〔2026〕88号", clock.today());

            assertThat(published.vetoed()).containsExactly(firms.get(2).getName());
            assertThat(published.titles()).singleElement().satisfies(t -> {
                assertThat(t.getEnterpriseId()).isEqualTo(firms.get(1).getId());
                assertThat(t.getLevel()).isEqualTo(AwardProgramme.AWARD);
                assertThat(t.getValidUntil()).as("an award does not lapse").isNull();
                assertThat(cn.tianjin.quality.publication.CertificateSerial.isWellFormed(t.getSerial())).isTrue();
                assertThat(t.getApprovalDocument()).isEqualTo("津政函〔2026〕88号");
            });
            Title title = published.titles().get(0);
            assertThat(campaigns.get(official(), c.getId()).getStage()).isEqualTo(Stage.PUBLISHED);
            assertThat(rounds.round(official(), roundId).getFeedbackReleasedAt()).as("feedback released on publication").isNotNull();
            assertThat(titles.verify(title.getSerial().toLowerCase())).get().extracting(Title::isValid).isEqualTo(true);
            assertThat(titles.directoryPage(new TitleService.Filter(AwardProgramme.CODE, c.getYear(), null, firms.get(1).getName()), 0, 20)
                    .rows()).extracting(Title::getSerial).containsExactly(title.getSerial());
            assertThat(titles.years(AwardProgramme.CODE, firms.get(1).getId(), AwardProgramme.AWARD)).as("an earlier win for later eligibility checks").containsExactly(c.getYear());
            assertThat(creditFile.timeline(official(), firms.get(1).getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind)
                    .contains("TITLE_AWARDED");
            assertThat(audit.history(Campaign.AUDIT_TYPE, c.getId())).extracting("action").contains("stage", "publish");
            assertThat(audit.history(Display.AUDIT_TYPE, d)).extracting("action").contains("open", "close");

            // A failed spot check of the holder opens a case for the bureau to weigh; dismissed, the title stands.
            cn.tianjin.quality.credit.SpotCheckForm spot = new cn.tianjin.quality.credit.SpotCheckForm();
            spot.setCreditCode(firms.get(1).getCreditCode());
            spot.setProduct("获奖产品");
            spot.setBatch("2026-11");
            spot.setCheckedOn(clock.today().minusDays(2));
            spot.setPassed(false);
            spot.setFailedItems("标志和说明");
            spot.setInspectionBody("天津市产品质量监督检测技术研究院");
            spot.setRectifyBy(clock.today().plusDays(30));
            spotChecks.record(official(), spot);
            var spotCases = titles.cases(official()).stream().filter(k -> k.title().getId().equals(title.getId())).toList();
            assertThat(spotCases).singleElement().satisfies(k -> {
                assertThat(k.revocation().getOrigin()).isEqualTo(RevocationCase.Origin.SPOT_CHECK);
                assertThat(k.revocation().getGrounds()).contains("获奖产品", "标志和说明");
            });
            titles.decide(official(), spotCases.get(0).revocation().getId(), spotCases.get(0).revocation().getVersion(), false,
                    "不合格项目轻微，已责令整改，不影响称号。");
            assertThat(titles.verify(title.getSerial())).get().extracting(Title::isValid).isEqualTo(true);

            // A new dishonesty entry against the holder opens a revocation case; the official revokes; everyone sees it.
            list(firms.get(1), "提供虚假质量检验报告");
            var cases = titles.cases(official()).stream().filter(k -> k.title().getId().equals(title.getId()))
                    .filter(k -> k.revocation().getStatus() == RevocationCase.Status.OPEN).toList();
            assertThat(cases).singleElement().satisfies(k -> {
                assertThat(k.revocation().getOrigin()).isEqualTo(RevocationCase.Origin.DISHONESTY);
                assertThat(k.revocation().getStatus()).isEqualTo(RevocationCase.Status.OPEN);
            });
            var open = cases.get(0).revocation();
            refused(() -> titles.open(official(), title.getId(), "另行立案"), "revocation.caseOpen");
            titles.decide(official(), open.getId(), open.getVersion(), true, "获奖后被列入严重失信名单，依规撤销称号。");
            assertThat(titles.verify(title.getSerial())).get().satisfies(t -> {
                assertThat(t.isValid()).isFalse();
                assertThat(t.getRevokedOn()).isEqualTo(clock.today());
            });
            assertThat(titles.years(AwardProgramme.CODE, firms.get(1).getId(), AwardProgramme.AWARD)).isEmpty();
            assertThat(creditFile.timeline(official(), firms.get(1).getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind)
                    .contains("TITLE_REVOKED");
            refused(() -> titles.open(official(), title.getId(), "再次立案"), "revocation.alreadyRevoked");
        });
    }

    @Test
    void officialsReadACampaignsApplicationsOnePageAtATimeWithTheEnterprisesNamed() {
        Campaign c = openCampaign();
        Application a = submitted(actor("it-applicant-a"), c);
        Application b = applications.start(actor("it-applicant-b"), c.getId());
        String nameA = enterprises.getFor(official(), a.getEnterpriseId()).getName();

        assertThat(applications.countOfCampaign(official(), c.getId(), null)).isEqualTo(2);
        assertThat(applications.pageOfCampaign(official(), c.getId(), null, 0, 1, null, true))
                .singleElement().satisfies(row -> {
                    assertThat(row.getId()).isEqualTo(a.getId());
                    assertThat(row.getEnterpriseName()).isEqualTo(nameA);
                    assertThat(row.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
                    assertThat(row.getSubmittedAt()).isNotNull();
                });
        assertThat(applications.pageOfCampaign(official(), c.getId(), null, 1, 1, null, true))
                .extracting(ApplicationService.CampaignRow::getId).containsExactly(b.getId());
        assertThat(applications.pageOfCampaign(official(), c.getId(), null, 0, 5, "id", false))
                .extracting(ApplicationService.CampaignRow::getId).containsExactly(b.getId(), a.getId());
        assertThat(applications.pageOfCampaign(official(), c.getId(), nameA, 0, 5, null, true))
                .extracting(ApplicationService.CampaignRow::getId).containsExactly(a.getId());
        assertThat(applications.pageOfCampaign(official(), c.getId(), String.valueOf(b.getId()), 0, 5, null, true))
                .extracting(ApplicationService.CampaignRow::getId).contains(b.getId());
        assertThat(applications.countOfCampaign(official(), c.getId(), "没有这样的企业")).isZero();

        for (String outsider : List.of("it-applicant-a", "it-expert", "it-recommender")) {
            assertThatThrownBy(() -> applications.pageOfCampaign(actor(outsider), c.getId(), null, 0, 20, null, true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.countOfCampaign(actor(outsider), c.getId(), null))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
    @Inject
    cn.tianjin.quality.steering.TargetService targets;

    private long awardHolders() {
        return targets.progress(official()).stream().filter(p -> p.target().getCode().equals("award-holders")).findFirst()
                .orElseThrow().figure().longValueExact();
    }

    private static byte[] workbook(String[]... rows) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("获奖名单");
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int k = 0; k < rows[i].length; k++) {
                    row.createCell(k).setCellValue(rows[i][k]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void winnersFromBeforeThePortalAreImportedAllOrNoneAndCountOnceTowardsTheCitysTarget() throws Exception {
        Enterprise twice = freshEnterprise();
        Enterprise lapsed = freshEnterprise();
        long before = awardHolders();
        String[] header = {"统一社会信用代码", "企业名称", "表彰事项", "称号", "年度", "证书编号", "批准文件", "发布日期", "有效期至"};
        String unknown = TestFixtures.newEnterprise("91120116MA07", null).getCreditCode();

        // One enterprise not in the register: the whole file is refused and nothing is stored.
        TitleService.ImportReport refusedFile = titles.importEarlier(official(), AwardProgramme.CODE, "历年获奖.xlsx", workbook(header,
                new String[] {twice.getCreditCode(), twice.getName(), "零缺陷管理", "天津质量奖提名奖", "2019", "津质奖〔2019〕第11号", "津政函〔2019〕142号", "2019-12-20", ""},
                new String[] {unknown, "未登记企业", "模式", "天津质量奖", "2020", "", "津政函〔2020〕137号", "2020-12-18", ""}));
        assertThat(refusedFile.errors()).extracting(cn.tianjin.quality.platform.tables.RowError::line,
                cn.tianjin.quality.platform.tables.RowError::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple(3, "title.import.enterpriseUnknown"));
        assertThat(titles.ofCode(twice.getCreditCode())).isEmpty();

        byte[] good = workbook(header,
                new String[] {twice.getCreditCode(), twice.getName(), "零缺陷管理", "天津质量奖提名奖", "2019", "津质奖〔2019〕第11号", "津政函〔2019〕142号", "2019-12-20", ""},
                new String[] {twice.getCreditCode(), twice.getName(), "零缺陷管理", "AWARD", "2021", "", "津政函〔2021〕156号", "2021-12-17", ""},
                new String[] {lapsed.getCreditCode(), lapsed.getName(), "全员质量管理", "天津质量奖", "2016", "津质奖〔2016〕第02号", "津政函〔2016〕98号", "2016-12-16", "2019-12-15"});
        TitleService.ImportReport stored = titles.importEarlier(official(), AwardProgramme.CODE, "历年获奖.xlsx", good);
        assertThat(stored.errors()).isEmpty();
        assertThat(stored.stored()).isEqualTo(3);
        assertThat(awardHolders()).as("two enterprises, one of them with two titles").isEqualTo(before + 2);
        assertThat(titles.ofCode(twice.getCreditCode())).allSatisfy(t -> {
            assertThat(t.isImported()).isTrue();
            assertThat(t.getSerial()).as("no serial of the portal's").isNull();
        }).extracting(Title::getNumber).containsExactly("", "津质奖〔2019〕第11号");
        assertThat(titles.ofCode(lapsed.getCreditCode())).extracting(Title::getStatus).containsExactly(Title.Status.EXPIRED);
        assertThat(titles.years(AwardProgramme.CODE, twice.getId(), AwardProgramme.AWARD)).as("seen by later eligibility checks")
                .containsExactly(2021);
        assertThat(creditFile.timeline(official(), twice.getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind)
                .containsExactly("REGISTERED", "TITLE_AWARDED", "TITLE_AWARDED");
        assertThat(audit.history(Title.AUDIT_TYPE, titles.ofCode(lapsed.getCreditCode()).get(0).getId())).extracting("action")
                .containsExactly("import");

        // The same file again: every row is recorded already, nothing is stored twice.
        TitleService.ImportReport again = titles.importEarlier(official(), AwardProgramme.CODE, "历年获奖.xlsx", good);
        assertThat(again.errors()).extracting(cn.tianjin.quality.platform.tables.RowError::messageKey).containsOnly("title.import.recorded")
                .hasSize(3);
        assertThat(titles.ofCode(twice.getCreditCode())).hasSize(2);

        // A revoked title no longer counts; the holder's other title would.
        Title old = titles.ofCode(lapsed.getCreditCode()).get(0);
        assertThatThrownBy(() -> titles.open(official(), old.getId(), "材料造假")).isInstanceOf(BusinessException.class);
        Title nomination = titles.ofCode(twice.getCreditCode()).get(1);
        var opened = titles.open(official(), nomination.getId(), "核查发现申报材料不实。");
        titles.decide(official(), opened.getId(), opened.getVersion(), true, "撤销提名奖称号。");
        assertThat(awardHolders()).as("the award of 2021 still counts the enterprise").isEqualTo(before + 2);
        Title award = titles.ofCode(twice.getCreditCode()).get(0);
        var second = titles.open(official(), award.getId(), "核查发现申报材料不实。");
        titles.decide(official(), second.getId(), second.getVersion(), true, "撤销天津质量奖称号。");
        assertThat(awardHolders()).as("both titles revoked: the enterprise no longer counts").isEqualTo(before + 1);
    }

    @Test
    void officialsRecordTheFiguresOfOtherDepartmentsTargetsAndChangeATargetAudited() {
        var standards = targets.byCode("standards-led").orElseThrow();
        cn.tianjin.quality.steering.FigureForm f = new cn.tianjin.quality.steering.FigureForm();
        f.setFigure(new java.math.BigDecimal("-3"));
        f.setAsOf(clock.today());
        f.setSource("标准化处季度报送");
        refused(() -> targets.record(official(), standards.getId(), f), "target.figure.invalid");
        f.setFigure(new java.math.BigDecimal("297"));
        f.setAsOf(clock.today().plusDays(1));
        refused(() -> targets.record(official(), standards.getId(), f), "target.figure.asOf");
        f.setAsOf(clock.today());
        targets.record(official(), standards.getId(), f);
        var progress = targets.progress(official()).stream().filter(p -> p.target().getCode().equals("standards-led")).findFirst().orElseThrow();
        assertThat(progress.figure()).isEqualByComparingTo("297");
        assertThat(progress.percent()).isEqualTo(99);
        assertThat(progress.source()).isEqualTo("标准化处季度报送");

        var counted = targets.byCode("award-holders").orElseThrow();
        refused(() -> targets.record(official(), counted.getId(), f), "target.figure.counted");
        assertThatThrownBy(() -> targets.progress(actor("it-applicant-a"))).isInstanceOf(cn.tianjin.quality.platform.AccessDeniedException.class);

        cn.tianjin.quality.steering.TargetForm change = new cn.tianjin.quality.steering.TargetForm();
        change.setTargetValue(new java.math.BigDecimal("320"));
        change.setDeadlineYear(2027);
        change.setSourceDocument("质量强市建设纲要（2024年）");
        change.setOwner("市市场监管委标准化处");
        targets.change(official(), standards.getId(), standards.getVersion(), change);
        refused(() -> targets.change(official(), standards.getId(), standards.getVersion(), change), cn.tianjin.quality.platform.Versions.CHANGED);
        assertThat(targets.byCode("standards-led").orElseThrow().getTargetValue()).isEqualByComparingTo("320");
        assertThat(audit.history(cn.tianjin.quality.steering.CityTarget.AUDIT_TYPE, standards.getId())).extracting("action")
                .contains("figure", "update");
    }

    @Inject
    cn.tianjin.quality.steering.AnalysisReports analysis;

    @Inject
    cn.tianjin.quality.steering.AnalysisCompiler compiler;

    /** The figure of a row of the overview table: "granted" is the enterprises given a title in the year. */
    private static java.math.BigDecimal overview(cn.tianjin.quality.steering.AnalysisFigures f, String row) {
        return f.parts().get(0).tables().get(0).rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow()
                .values().get(0);
    }


    @Test
    void theYearlyAnalysisReportIsDraftedPublishedWithItsFiguresFrozenAndWithdrawnWithAReason() throws Exception {
        int year = clock.today().getYear();
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        assertThatThrownBy(() -> analysis.open(actor("it-applicant-a"), year)).isInstanceOf(AccessDeniedException.class);
        refused(() -> analysis.open(official(), 2017), "analysis.year.invalid");
        refused(() -> analysis.open(official(), year + 1), "analysis.year.invalid");
        var opened = analysis.open(official(), year);
        refused(() -> analysis.open(official(), year), "analysis.year.taken");
        var draft = analysis.detail(official(), opened.getId());
        assertThat(draft.sections()).extracting(cn.tianjin.quality.steering.AnalysisSection::getHeading)
                .containsExactly("总体情况", "存在的问题", "下一步工作建议");

        // Not published before every section is written; nobody but staff sees the draft.
        refused(() -> analysis.publish(official(), opened.getId(), draft.report().getVersion()), "analysis.publish.unwritten");
        assertThatThrownBy(() -> analysis.pdf(Actor.anonymous(), year, zh)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> analysis.pdf(actor("it-applicant-a"), year, zh)).isInstanceOf(NotFoundException.class);
        var staffDraft = analysis.pdf(official(), year, zh);
        assertThat(staffDraft.draft()).isTrue();
        assertThat(cn.tianjin.quality.platform.pdf.PdfText.of(staffDraft.bytes())).contains("草稿", "（本节尚未撰写）");

        String[] texts = {"全年质量工作稳中有进。\n质量奖申报企业较上年增加。", "中小企业参与度仍然不高。", "扩大首席质量官制度覆盖面。"};
        int version = draft.report().getVersion();
        for (int i = 0; i < 3; i++) {
            var s = draft.sections().get(i);
            analysis.saveSections(official(), opened.getId(), version, java.util.Map.of(s.getId(),
                    new cn.tianjin.quality.steering.AnalysisReports.SectionForm(s.getPlacement(), s.getHeading(), texts[i])));
            int stale = version;
            refused(() -> analysis.saveSections(official(), opened.getId(), stale, java.util.Map.of(s.getId(),
                    new cn.tianjin.quality.steering.AnalysisReports.SectionForm(s.getPlacement(), s.getHeading(), "旧稿"))),
                    cn.tianjin.quality.platform.Versions.CHANGED);
            version = analysis.detail(official(), opened.getId()).report().getVersion();
        }
        int beforeBlank = version;
        refused(() -> analysis.addSection(official(), opened.getId(), beforeBlank,
                new cn.tianjin.quality.steering.AnalysisReports.SectionForm(null, "  ", "正文")), "analysis.heading.required");
        var second = analysis.detail(official(), opened.getId()).sections().get(1);
        refused(() -> analysis.saveSections(official(), opened.getId(), beforeBlank, java.util.Map.of(second.getId(),
                new cn.tianjin.quality.steering.AnalysisReports.SectionForm(null, "", "正文"))), "analysis.section.headingRequired");
        assertThat(analysis.detail(official(), opened.getId()).sections()).hasSize(3);

        analysis.publish(official(), opened.getId(), version);
        var published = analysis.detail(official(), opened.getId()).report();
        assertThat(published.isPublished()).isTrue();
        assertThat(analysis.published()).extracting(cn.tianjin.quality.steering.AnalysisReport::getYear).contains(year);
        var frozen = published.frozen();

        // A title given this year after publication: a fresh compilation counts it, the published report does not.
        Enterprise late = freshEnterprise();
        String[] header = {"统一社会信用代码", "企业名称", "表彰事项", "称号", "年度", "证书编号", "批准文件", "发布日期", "有效期至"};
        assertThat(titles.importEarlier(official(), AwardProgramme.CODE, "补录.xlsx", workbook(header, new String[] {
                late.getCreditCode(), late.getName(), "卓越绩效", "天津质量奖", String.valueOf(year), "", "津政函〔补〕1号",
                clock.today().toString(), ""})).errors()).isEmpty();
        assertThat(overview(compiler.compile(official(), year), "granted")).isEqualByComparingTo(overview(frozen, "granted").add(java.math.BigDecimal.ONE));
        assertThat(overview(analysis.detail(official(), opened.getId()).report().frozen(), "granted"))
                .isEqualByComparingTo(overview(frozen, "granted"));

        var publicPdf = analysis.pdf(Actor.anonymous(), year, zh);
        assertThat(publicPdf.draft()).isFalse();
        String text = cn.tianjin.quality.platform.pdf.PdfText.of(publicPdf.bytes());
        assertThat(text).contains("天津市" + year + "年质量状况分析报告", "全年质量工作稳中有进", "扩大首席质量官制度覆盖面",
                "天津质量奖", "天津品牌的评价和品牌指数尚未在本平台运行").doesNotContain("草稿");
        assertThat(text.indexOf("全年质量工作")).as("the overview stands before the figures").isLessThan(text.indexOf("总体数字"));
        assertThat(text.indexOf("扩大首席质量官")).as("next steps stand after them").isGreaterThan(text.indexOf("城市目标进展"));

        // Published: read-only until withdrawn, which needs a reason; every step is audited.
        int now = published.getVersion();
        refused(() -> analysis.addSection(official(), opened.getId(), now,
                new cn.tianjin.quality.steering.AnalysisReports.SectionForm(null, "附录", "正文")), "analysis.published.readOnly");
        refused(() -> analysis.withdraw(official(), opened.getId(), now, " "), "analysis.withdraw.reasonRequired");
        analysis.withdraw(official(), opened.getId(), now, "更正第二节的表述。");
        assertThat(analysis.published()).extracting(cn.tianjin.quality.steering.AnalysisReport::getYear).doesNotContain(year);
        assertThatThrownBy(() -> analysis.pdf(Actor.anonymous(), year, zh)).isInstanceOf(NotFoundException.class);
        assertThat(audit.history(cn.tianjin.quality.steering.AnalysisReport.AUDIT_TYPE, opened.getId())).extracting("action")
                .contains("open", "section-change", "publish", "withdraw");
    }

    @Inject
    cn.tianjin.quality.award.NationalService national;

    @Inject
    cn.tianjin.quality.award.NationalPackage packages;

    /** A holder of the Tianjin Quality Award recorded from the bureau's files: a valid title of the award's level. */
    private Title awardHolder(Enterprise e) throws Exception {
        String[] header = {"统一社会信用代码", "企业名称", "表彰事项", "称号", "年度", "证书编号", "批准文件", "发布日期", "有效期至"};
        int year = clock.today().getYear() - 1;
        assertThat(titles.importEarlier(official(), AwardProgramme.CODE, "获奖.xlsx", workbook(header, new String[] {
                e.getCreditCode(), e.getName(), "卓越绩效", "天津质量奖", String.valueOf(year), "", "津政函〔" + year + "〕1号",
                year + "-12-20", ""})).errors()).isEmpty();
        return titles.ofCode(e.getCreditCode()).get(0);
    }

    @Test
    void theBureauRecommendsWinnersAndPeopleForTheChinaQualityAwardAndTheOutcomeEntersTheCreditFile() throws Exception {
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        int edition = java.util.stream.IntStream.rangeClosed(1, 99).filter(n -> national.rounds(official()).stream()
                .noneMatch(r -> r.getEditionNo() == n)).findFirst().orElseThrow();
        refused(() -> national.open(official(), edition, clock.today().getYear(), clock.today().minusDays(1)), "national.deadline.past");
        assertThatThrownBy(() -> national.open(actor("it-applicant-a"), edition, clock.today().getYear(), clock.today()))
                .isInstanceOf(AccessDeniedException.class);
        var round = national.open(official(), edition, clock.today().getYear(), clock.today().plusDays(30));
        refused(() -> national.open(official(), edition, clock.today().getYear(), clock.today().plusDays(30)), "national.edition.taken");

        Enterprise winner = freshEnterprise();
        Title title = awardHolder(winner);
        assertThat(national.candidates(official(), round.getId())).extracting(cn.tianjin.quality.award.NationalService.Candidate::titleId)
                .contains(title.getId());
        var org = national.addOrganisation(official(), round.getId(), round.getVersion(), title.getId());
        int v1 = national.detail(official(), round.getId()).round().getVersion();
        refused(() -> national.addOrganisation(official(), round.getId(), v1, title.getId()), "national.candidate.named");
        assertThat(national.candidates(official(), round.getId())).extracting(cn.tianjin.quality.award.NationalService.Candidate::titleId)
                .doesNotContain(title.getId());

        // An enterprise on the dishonesty list is not recommended, neither as organisation nor as a person's employer.
        Enterprise listed = freshEnterprise();
        Title listedTitle = awardHolder(listed);
        DishonestyEntry listing = new DishonestyEntry();
        listing.setCreditCode(listed.getCreditCode());
        listing.setEnterpriseName(listed.getName());
        listing.setReason("提供虚假质量检验报告");
        listing.setSourceDocument("津市监信〔2026〕21号");
        listing.setListedOn(clock.today().minusDays(2));
        credit.add(official(), listing);
        refused(() -> national.addOrganisation(official(), round.getId(), v1, listedTitle.getId()), "national.vetoed");
        refused(() -> national.addPerson(official(), round.getId(), v1, listed.getCreditCode(), "李质量", "质量总监"),
                "national.vetoed");
        refused(() -> national.addPerson(official(), round.getId(), v1, "91120116MA0000000X", "李质量", "质量总监"),
                "national.person.enterpriseUnknown");
        refused(() -> national.addPerson(official(), round.getId(), v1, winner.getCreditCode(), " ", "质量总监"),
                "national.person.nameRequired");
        var person = national.addPerson(official(), round.getId(), v1, winner.getCreditCode(), "王匠心", "首席质量官");

        // Not sent before every section of every nominee is written.
        var detail = national.detail(official(), round.getId());
        assertThat(detail.nominees()).extracting(cn.tianjin.quality.award.NationalService.Line::name)
                .containsExactly(winner.getName(), "王匠心");
        refused(() -> national.send(official(), round.getId(), detail.round().getVersion()), "national.send.unwritten");
        for (var nominee : List.of(org, person)) {
            var n = national.nominee(official(), nominee.getId());
            java.util.Map<Long, String> bodies = new java.util.HashMap<>();
            n.sections().forEach(sec -> bodies.put(sec.getId(), sec.getHeading() + "：推荐材料正文。"));
            national.write(official(), nominee.getId(), n.line().nominee().getVersion(), bodies);
            assertThat(national.nominee(official(), nominee.getId()).line().complete()).isTrue();
        }
        // A wrong file is taken off; a nominee taken off the list takes its files with it.
        String owner = cn.tianjin.quality.award.NationalMaterials.OWNER_TYPE;
        var wrong = attachments.store(official(), owner, org.getId(), "错误文件.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        attachments.remove(official(), wrong.getId());
        var temp = national.addPerson(official(), round.getId(), national.detail(official(), round.getId()).round().getVersion(),
                winner.getCreditCode(), "临时人选", "质量经理");
        var tempFile = attachments.store(official(), owner, temp.getId(), "简历.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        national.remove(official(), temp.getId(), temp.getVersion());
        assertThat(audit.history(cn.tianjin.quality.platform.files.Attachment.AUDIT_TYPE, wrong.getId())).extracting("action")
                .containsExactly("upload", "remove");
        assertThat(audit.history(cn.tianjin.quality.platform.files.Attachment.AUDIT_TYPE, tempFile.getId())).extracting("action")
                .containsExactly("upload", "remove");
        assertThat(national.detail(official(), round.getId()).nominees()).hasSize(2);
        attachments.store(official(), cn.tianjin.quality.award.NationalMaterials.OWNER_TYPE, org.getId(), "质量奖证书.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(national.nominee(official(), org.getId()).sections()).hasSize(5);
        assertThat(national.nominee(official(), person.getId()).sections()).extracting(cn.tianjin.quality.award.NationalSection::getHeading)
                .containsExactly("个人简历", "在质量工作中的主要贡献", "获得的主要荣誉");
        refused(() -> national.decide(official(), org.getId(), national.nominee(official(), org.getId()).line().nominee().getVersion(),
                cn.tianjin.quality.award.NationalNominee.Outcome.AWARDED, clock.today(), null), "national.outcome.notSent");
        national.send(official(), round.getId(), national.detail(official(), round.getId()).round().getVersion());
        int sent = national.detail(official(), round.getId()).round().getVersion();
        refused(() -> national.addPerson(official(), round.getId(), sent, winner.getCreditCode(), "赵", "总监"), "national.round.sent");
        assertThat(creditFile.timeline(official(), winner.getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind)
                .contains("NATIONAL_RECOMMENDED");

        // The national outcomes: the organisation wins, the person is passed over; the round is then decided.
        var orgNow = national.nominee(official(), org.getId()).line().nominee();
        refused(() -> national.decide(official(), org.getId(), orgNow.getVersion(), cn.tianjin.quality.award.NationalNominee.Outcome.AWARDED,
                clock.today().plusDays(1), null), "national.outcome.date");
        national.decide(official(), org.getId(), orgNow.getVersion(), cn.tianjin.quality.award.NationalNominee.Outcome.AWARDED,
                clock.today(), "国家市场监管总局公告");
        refused(() -> national.decide(official(), org.getId(), orgNow.getVersion() + 1,
                cn.tianjin.quality.award.NationalNominee.Outcome.NOT_AWARDED, clock.today(), null), "national.outcome.recorded");
        assertThat(national.detail(official(), round.getId()).round().getStatus()).isEqualTo(cn.tianjin.quality.award.NationalRound.Status.SENT);
        var personNow = national.nominee(official(), person.getId()).line().nominee();
        national.decide(official(), person.getId(), personNow.getVersion(), cn.tianjin.quality.award.NationalNominee.Outcome.NOT_AWARDED,
                clock.today(), null);
        assertThat(national.detail(official(), round.getId()).round().getStatus()).isEqualTo(cn.tianjin.quality.award.NationalRound.Status.DECIDED);
        assertThat(creditFile.timeline(official(), winner.getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind)
                .containsOnlyOnce("NATIONAL_AWARDED").doesNotContain("NATIONAL_NOT_AWARDED")
                .filteredOn("NATIONAL_RECOMMENDED"::equals).hasSize(2);
        assertThat(audit.history(cn.tianjin.quality.award.NationalRound.AUDIT_TYPE, round.getId())).extracting("action")
                .contains("open", "nominee-add", "send");

        // The package: the PDF names every nominee with its sections; the zip adds the list and each nominee's files.
        String text = cn.tianjin.quality.platform.pdf.PdfText.of(packages.pdf(official(), round.getId(), zh));
        assertThat(text).contains("第" + edition + "届中国质量奖推荐材料", winner.getName(), "王匠心", "首席质量官",
                "组织概况：推荐材料正文", "获得的主要荣誉：推荐材料正文", "天津质量奖");
        var zipped = new java.io.ByteArrayOutputStream();
        assertThat(packages.zip(official(), round.getId(), zh, zipped)).isEqualTo(3);
        List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsExactly("第" + edition + "届中国质量奖推荐材料.pdf", "中国质量奖推荐名单.xlsx",
                "1 " + winner.getName() + "/质量奖证书.pdf");
        assertThatThrownBy(() -> packages.pdf(actor("it-applicant-a"), round.getId(), zh)).isInstanceOf(AccessDeniedException.class);
    }
}
