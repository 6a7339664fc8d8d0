package cn.tianjin.quality.platform.db;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.publication.NoticeService;
import cn.tianjin.quality.award.ApplicationService;
import cn.tianjin.quality.award.AwardApplication;
import cn.tianjin.quality.award.AwardCampaign;
import cn.tianjin.quality.award.CommitteeRules;
import cn.tianjin.quality.award.CommitteeService;
import cn.tianjin.quality.award.EligibilityRules;
import cn.tianjin.quality.award.EligibilityService;
import cn.tianjin.quality.award.RecommendationLetters;
import cn.tianjin.quality.award.SiteVisit;
import cn.tianjin.quality.award.SiteVisitService;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.review.AggregationMethod;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.award.CampaignService;
import cn.tianjin.quality.award.CampaignStage;
import cn.tianjin.quality.award.DisplayService;
import cn.tianjin.quality.award.Objection;
import cn.tianjin.quality.award.ObjectionForm;
import cn.tianjin.quality.award.PublicationService;
import cn.tianjin.quality.award.TitleService;
import cn.tianjin.quality.review.ResultsService;
import cn.tianjin.quality.review.ReviewAssignment;
import cn.tianjin.quality.review.ReviewEntry;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.ScoreSheetService;
import cn.tianjin.quality.review.RubricService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.HashMap;
import java.util.logging.Logger;

/**
 * Demo mode only: fills an empty database with Tianjin's district offices, about 30 fictional enterprises, a few
 * dishonesty entries, notices and one account per role, all with the demo password. Outside demo mode it does
 * nothing, and the account service refuses demo accounts at login.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "DefaultRubrics"})
public class DemoData {
    @Inject
    PortalClock clock;

    /** The demo password; demo accounts log in only when portal.mode=demo. */
    public static final String DEMO_PASSWORD = "Demo-2026";

    private static final long REVIEW_DELAY_MILLIS = 200;

    @Resource
    TimerService timers;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    AccountService accounts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditService credit;

    @Inject
    NoticeService notices;

    @Inject
    RubricService rubrics;

    @Inject
    ReviewRoundService rounds;

    @Inject
    ScoreSheetService sheets;

    @Inject
    ResultsService results;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    EligibilityService eligibility;

    @Inject
    CommitteeService committee;

    @Inject
    SiteVisitService visits;

    @Inject
    AttachmentService attachments;

    @Inject
    DisplayService display;

    @Inject
    PublicationService publication;

    @Inject
    TitleService titles;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!config.demo()) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        String hash = accounts.hash(DEMO_PASSWORD);
        List<Enterprise> made = new ArrayList<>();
        for (String[] row : csv("demo/enterprises.csv")) {
            made.add(enterprises.createWithoutUser(enterprise(row)));
        }
        account("admin", "系统管理员 Admin", Role.ADMIN, null, null, hash);
        account("official", "市场监管委质量处 王芳", Role.OFFICIAL, "天津市市场监督管理委员会", null, hash);
        for (String[] d : csv("demo/districts.csv")) {
            String username = "120116".equals(d[0]) ? "recommender" : "recommender-" + d[0];
            account(username, d[1] + "市场监督管理局", Role.RECOMMENDER, d[1] + "市场监督管理局", d[0], hash);
        }
        String[] experts = {"李国强", "赵敏", "孙立新", "周海燕", "吴志刚", "郑晓红"};
        for (int i = 0; i < experts.length; i++) {
            account("expert" + (i + 1), experts[i], Role.EXPERT, "天津质量管理专家库", null, hash);
        }
        UserAccount applicant = account("applicant", "刘晓燕", Role.APPLICANT, null, null, hash);
        applicant.setEnterpriseId(made.get(0).getId());
        applicant.setEnterpriseAdmin(true);
        applicant.setEmail(made.get(0).getEmail());

        LocalDate today = clock.today();
        entry(made.get(5), "产品质量监督抽查连续两次不合格且拒不整改", "津市监质罚〔2025〕17号", today.minusMonths(8));
        entry(made.get(11), "提供虚假质量检验报告", "津市监信〔2021〕5号", today.minusYears(4));
        notices.publish(Actor.system(), "关于开展2026年度天津质量奖评审工作的通知",
                "各有关单位：2026年度天津质量奖申报工作现已启动，请符合条件的组织通过本平台在线申报。", "AWARD");
        notices.publish(Actor.system(), "天津品牌评价：2026年度申报指南",
                "本年度天津品牌评价面向产品品牌和服务品牌开展，请登录平台查看申报条件与指标填报说明。", "BRAND");
        notices.publish(Actor.system(), "首席质量官备案工作提示",
                "请已设立首席质量官的企业及时在平台完成备案，并于每年一季度提交年度工作报告。", "CQO");
        // The review rounds need the accounts committed first and take a few seconds: they follow on a timer, so the
        // portal answers as soon as it is deployed.
        timers.createSingleActionTimer(REVIEW_DELAY_MILLIS, new TimerConfig(null, false));
        LOG.info(() -> "Demo data loaded: " + made.size() + " enterprises and the demo accounts");
    }

    /** The demo's review rounds: one waiting for its panels, one in consensus. */
    @Timeout
    void loadReviewRounds() {
        try {
            loadProgrammes();
        } catch (RuntimeException e) {
            // The container rolls back without a word for application exceptions; a half-empty demo must say why.
            LOG.log(java.util.logging.Level.SEVERE, "Demo review rounds and campaigns could not be loaded", e);
            throw e;
        }
    }

    private void loadProgrammes() {
        List<Enterprise> made = em.createQuery("SELECT e FROM Enterprise e ORDER BY e.id", Enterprise.class).getResultList();
        // A review round waiting for its panels, so the assignment can be tried at once.
        var rubric = rubrics.latest("gbt19580-2012").orElseThrow();
        var round = rounds.create(Actor.system(), "AWARD", "2026年度天津质量奖材料评审（演示）", rubric.getId(), 3);
        for (int i : new int[] {0, 1, 2, 3, 4, 6}) {
            Enterprise e = made.get(i);
            rounds.addEntry(Actor.system(), round.getId(), e.getId(), e.getName() + "质量管理模式", "DEMO", null, null);
        }
        brandRoundInConsensus(made);
        openAwardCampaign();
        finishedCampaign(made);
        committeeCampaign(made);
        LOG.info("Demo review rounds and award campaigns loaded");
    }

    /**
     * A brand round whose three-member panels have scored, now in consensus: the first entry is in dispute (one expert
     * marked its first item far higher), so the results page, the consensus page and the calibration all have content.
     */
    private void brandRoundInConsensus(List<Enterprise> made) {
        var rubric = rubrics.latest("tianjin-brand-2026").orElseThrow();
        var round = rounds.create(Actor.system(), "BRAND", "2026年度天津品牌评价材料评审（演示）", rubric.getId(), 3);
        int[] entryLevels = {70, 60, 55, 45};
        for (int i = 0; i < entryLevels.length; i++) {
            Enterprise e = made.get(7 + i);
            rounds.addEntry(Actor.system(), round.getId(), e.getId(), e.getName() + "品牌", "DEMO", null, null);
        }
        rounds.assignByDraw(Actor.system(), round.getId(), 20260101L);
        List<ReviewEntry> entries = rounds.entries(Actor.system(), round.getId());
        List<ReviewAssignment> seats = rounds.assignments(Actor.system(), round.getId());
        for (ReviewAssignment seat : seats) {
            UserAccount expert = em.find(UserAccount.class, seat.getExpertUserId());
            int entryIndex = entries.stream().map(ReviewEntry::getId).toList().indexOf(seat.getEntryId());
            int level = entryLevels[entryIndex] + bias(expert.getUsername());
            var sheet = sheets.open(expert.actor(), seat.getId());
            boolean disputed = entryIndex == 0 && seat.getId().equals(seats.stream()
                    .filter(a -> a.getEntryId().equals(seat.getEntryId())).findFirst().orElseThrow().getId());
            List<ScoreSheetService.ItemInput> inputs = new ArrayList<>();
            for (var item : sheet.rubric().items()) {
                int percent = disputed && inputs.isEmpty() ? 100 : Math.max(0, Math.min(100, level));
                inputs.add(new ScoreSheetService.ItemInput(item.code(), percent,
                        "材料中" + item.nameZh() + "的做法较系统，有数据支撑。", "建议进一步量化" + item.nameZh() + "的目标并跟踪趋势。"));
            }
            sheets.save(expert.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), inputs);
            sheets.submit(expert.actor(), sheet.sheet().getId());
        }
        results.openConsensus(Actor.system(), round.getId());
    }

    /** This year's award campaign, taking applications, so the demo applicant can apply at once. */
    private void openAwardCampaign() {
        AwardCampaign form = new AwardCampaign();
        int year = clock.today().getYear();
        form.setName(year + "年度天津质量奖（演示）");
        form.setYear(year);
        form.setApplicationsOpen(clock.today().minusDays(10));
        form.setApplicationsClose(clock.today().plusDays(50));
        form.setRecommendationDeadline(clock.today().plusDays(70));
        AwardCampaign c = campaigns.create(Actor.system(), form, rubrics.latest("gbt19580-2012").orElseThrow().getId());
        campaigns.advance(Actor.system(), c.getId(), CampaignStage.DRAFT);
    }

    /**
     * A campaign whose committee is voting: three applications recommended, found eligible, scored by a drawn panel of
     * five, shortlisted, visited and reported; two members have voted, the others (expert3 to expert5) still can.
     */
    private void committeeCampaign(List<Enterprise> made) {
        Actor official = demoActor("official");
        int year = clock.today().getYear();
        AtCommittee c = campaignAtCommittee(year + "年度天津质量奖（演示·委员会审议）", year, made, new int[] {12, 13, 14}, 20260315L);
        for (String member : List.of("expert1", "expert2")) {
            for (AwardApplication a : c.applied()) {
                committee.vote(demoActor(member), c.campaign().getId(), a.getId(),
                        a == c.applied().get(0) ? CommitteeRules.Outcome.AWARD : CommitteeRules.Outcome.NOMINATION);
            }
        }
        LOG.fine(() -> "Demo campaign at the committee: " + c.campaign().getId() + " by " + official.username());
    }

    /**
     * A campaign of two years ago, finished: four entries went to the committee, an objection against one was upheld
     * during the display (its place stayed empty), the city approved, the winners were published with certificates,
     * and one title was later revoked after a spot-check failure.
     */
    private void finishedCampaign(List<Enterprise> made) {
        Actor official = demoActor("official");
        int year = clock.today().getYear() - 2;
        AtCommittee c = campaignAtCommittee(year + "年度天津质量奖", year, made, new int[] {15, 16, 17, 18}, 20240315L);
        Long id = c.campaign().getId();
        CommitteeRules.Outcome[] votes = {CommitteeRules.Outcome.AWARD, CommitteeRules.Outcome.AWARD,
                CommitteeRules.Outcome.NOMINATION, CommitteeRules.Outcome.NOMINATION};
        for (int i = 1; i <= 5; i++) {
            for (int k = 0; k < c.applied().size(); k++) {
                committee.vote(demoActor("expert" + i), id, c.applied().get(k).getId(), votes[k]);
            }
        }
        committee.close(official, id);
        campaigns.advance(official, id, CampaignStage.COMMITTEE);
        Objection o = display.object(id, new ObjectionForm(c.applied().get(3).getId(), "陈建华", "13820001234", "chen.jianhua@example.cn",
                "该企业申报材料中所列的省级质量奖项实为行业协会评选，与申报表述不符，请予核查。"), List.of(), null);
        Objection taken = display.acknowledge(official, o.getId(), o.getVersion(), "向颁奖协会函询并调取原始文件。");
        display.decide(official, o.getId(), taken.getVersion(), true, "经函询核实，申报材料对所获荣誉的表述与事实不符，异议成立。");
        // The campaign happened two years ago: its visits and display took place then.
        LocalDate displayFrom = LocalDate.of(year, 11, 3);
        em.flush();
        em.createQuery("UPDATE AwardCampaign c SET c.displayFrom = :f, c.displayUntil = :u WHERE c.id = :id")
                .setParameter("f", displayFrom).setParameter("u", displayFrom.plusDays(6)).setParameter("id", id).executeUpdate();
        em.createQuery("UPDATE SiteVisit v SET v.visitDate = :d WHERE v.campaignId = :id")
                .setParameter("d", LocalDate.of(year, 9, 15)).setParameter("id", id).executeUpdate();
        em.refresh(em.find(AwardCampaign.class, id));
        campaigns.advance(official, id, CampaignStage.DISPLAY);
        AwardCampaign approving = campaigns.get(official, id);
        LocalDate approved = displayFrom.plusDays(20);
        var published = publication.publish(official, id, approving.getVersion(), "津政函〔" + year + "〕118号", approved);
        em.createQuery("UPDATE AwardTitle t SET t.publishedOn = :d WHERE t.campaignId = :id")
                .setParameter("d", approved.plusDays(5)).setParameter("id", id).executeUpdate();
        published.titles().forEach(em::refresh);
        var title = published.titles().get(published.titles().size() - 1);
        var revocation = titles.open(official, title.getId(), "监督抽查中该企业主导产品连续两次不合格，不再符合获奖组织的条件。");
        titles.decide(official, revocation.getId(), revocation.getVersion(), true, "经审查，依据评审管理办法撤销其天津质量奖提名奖称号，收回证书。");
    }

    /** A campaign and its applications, as far as the committee's vote. */
    private record AtCommittee(AwardCampaign campaign, List<AwardApplication> applied) {
    }

    /**
     * A campaign taken as far as its committee: the given enterprises apply and are recommended, found eligible, scored
     * by a drawn panel of five (the first entry best), shortlisted and visited; expert1 to expert5 are its committee.
     */
    private AtCommittee campaignAtCommittee(String name, int year, List<Enterprise> made, int[] enterprises, long seed) {
        Actor official = demoActor("official");
        LocalDate today = clock.today();
        AwardCampaign form = new AwardCampaign();
        form.setName(name);
        form.setYear(year);
        form.setApplicationsOpen(today.minusDays(1));
        form.setApplicationsClose(today.plusDays(1));
        form.setRecommendationDeadline(today.plusDays(2));
        form.setCommitteeQuorum(3);
        AwardCampaign c = campaigns.create(official, form, rubrics.latest("gbt19580-2012").orElseThrow().getId());
        campaigns.advance(official, c.getId(), CampaignStage.DRAFT);
        RubricDefinition rubric = c.getRubric().definition();
        List<AwardApplication> applied = new ArrayList<>();
        for (int i : enterprises) {
            Enterprise e = made.get(i);
            Actor applicant = new Actor(null, "demo-" + e.getCreditCode(), Role.APPLICANT, e.getId());
            AwardApplication a = applications.start(applicant, c.getId());
            Map<String, String> narratives = new HashMap<>();
            rubric.categories().forEach(cat -> narratives.put(cat.code(), "<p>" + e.getName() + "在" + cat.nameZh()
                    + "方面建立了制度化的做法，并以数据跟踪成效。</p>"));
            applications.save(applicant, a.getId(), a.getVersion(), new ApplicationService.Form(e.getName().replace("有限公司", "")
                    + "质量管理模式", "以顾客为中心、全员参与、持续改进的质量管理模式。", a.getRecommenderUserId(), true, narratives, Map.of()));
            applications.submit(applicant, a.getId());
            Actor recommender = em.find(UserAccount.class, a.getRecommenderUserId()).actor();
            attachments.store(recommender, RecommendationLetters.OWNER_TYPE, a.getId(), "推荐函.pdf",
                    new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            applied.add(applications.recommend(recommender, a.getId(), "该企业质量管理基础扎实，同意推荐。"));
        }
        campaigns.advance(official, c.getId(), CampaignStage.OPEN);
        AwardCampaign dated = campaigns.get(official, c.getId());
        LocalDate close = year == today.getYear() ? today.minusDays(60) : LocalDate.of(year, 5, 31);
        dated.setApplicationsOpen(close.minusDays(60));
        dated.setApplicationsClose(close);
        dated.setRecommendationDeadline(close.plusDays(15));
        campaigns.update(official, c.getId(), dated.getVersion(), dated);
        campaigns.advance(official, c.getId(), CampaignStage.RECOMMENDATION);
        for (AwardApplication a : applied) {
            eligibility.checklist(official, a.getId());
            eligibility.record(official, a.getId(), EligibilityRules.Check.ACCIDENTS, EligibilityRules.Result.PASS,
                    "经向应急管理和生态环境部门核实，近五年无事故记录。");
            eligibility.decide(official, a.getId(), true, "各项条件均符合，进入材料评审。");
        }
        Long roundId = campaigns.advance(official, c.getId(), CampaignStage.ELIGIBILITY).getReviewRoundId();
        rounds.assignByDraw(official, roundId, seed);
        List<Long> entryIds = rounds.entries(official, roundId).stream().map(ReviewEntry::getId).toList();
        for (ReviewAssignment seat : rounds.assignments(official, roundId)) {
            UserAccount expert = em.find(UserAccount.class, seat.getExpertUserId());
            // The panels agree here (no expert stands out), so the results lock without a consensus step.
            int percent = 75 - 10 * entryIds.indexOf(seat.getEntryId());
            var sheet = sheets.open(expert.actor(), seat.getId());
            sheets.save(expert.actor(), sheet.sheet().getId(), sheet.sheet().getVersion(), sheet.rubric().items().stream()
                    .map(item -> new ScoreSheetService.ItemInput(item.code(), percent, "做法系统，证据充分。", "建议加强趋势对比。"))
                    .toList());
            sheets.submit(expert.actor(), sheet.sheet().getId());
        }
        results.lock(official, roundId, AggregationMethod.TRIMMED, results.board(official, roundId).round().getVersion());
        committee.setShortlist(official, c.getId(), applied.stream().map(AwardApplication::getId).toList());
        campaigns.advance(official, c.getId(), CampaignStage.REVIEW);
        for (AwardApplication a : applied) {
            SiteVisit visit = visits.plan(official, c.getId(), a.getId(), today, 3, seed + 86 + a.getId());
            Actor leader = em.find(UserAccount.class, visit.getLeaderUserId()).actor();
            Map<String, BigDecimal> scores = new HashMap<>();
            rubric.categories().forEach(cat -> scores.put(cat.code(), BigDecimal.valueOf(cat.points() * 6L / 10)));
            visits.report(leader, visit.getId(), "现场查看了生产、检验和顾客服务过程，与申报材料一致；关键绩效指标呈改善趋势。", scores);
        }
        campaigns.advance(official, c.getId(), CampaignStage.SITE_VISIT);
        for (int i = 1; i <= 5; i++) {
            committee.appoint(official, c.getId(), demoActor("expert" + i).userId());
        }
        return new AtCommittee(campaigns.get(official, c.getId()), applied);
    }

    private Actor demoActor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    /** How harsh (negative) or lenient each demo expert scores, in percentage points, in steps of 5. */
    private static int bias(String username) {
        return switch (username) {
            case "expert1" -> -5;
            case "expert3" -> 5;
            case "expert4" -> 10;
            case "expert5" -> -10;
            default -> 0;
        };
    }

    private UserAccount account(String username, String name, Role role, String organisation, String district,
                                String hash) {
        UserAccount a = new UserAccount(username, name, username + "@demo.quality.tj.example.cn", role,
                AccountStatus.ACTIVE, "zh-CN", clock.now());
        a.setOrganisation(organisation);
        a.setDistrictCode(district);
        return accounts.createDemoAccount(a, hash);
    }

    private void entry(Enterprise e, String reason, String source, LocalDate listed) {
        DishonestyEntry d = new DishonestyEntry();
        d.setCreditCode(e.getCreditCode());
        d.setEnterpriseName(e.getName());
        d.setReason(reason);
        d.setSourceDocument(source);
        d.setListedOn(listed);
        credit.add(Actor.system(), d);
    }

    private static Enterprise enterprise(String[] r) {
        // code,name,name_en,district,address,industry,size,founded,legal_rep,contact,phone,email
        Enterprise e = new Enterprise();
        e.setCreditCode(r[0]);
        e.setName(r[1]);
        e.setDistrictCode(r[3]);
        e.setAddress(r[4]);
        e.setIndustry(Industry.valueOf(r[5]));
        e.setSize(SizeClass.valueOf(r[6]));
        e.setFoundedOn(LocalDate.parse(r[7]));
        e.setLegalRepresentative(r[8]);
        e.setContactPerson(r[9]);
        e.setPhone(r[10]);
        e.setEmail(r[11]);
        return e;
    }

    /** The demo files hold no quotes or commas inside fields, so a plain split reads them. */
    private static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
