package cn.tianjin.quality.platform.db;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.Clock;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.publication.NoticeService;
import cn.tianjin.quality.award.AwardCampaign;
import cn.tianjin.quality.award.CampaignService;
import cn.tianjin.quality.award.CampaignStage;
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

        LocalDate today = Clock.today();
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
        LOG.info("Demo review rounds and award campaign loaded");
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
        int year = Clock.today().getYear();
        form.setName(year + "年度天津质量奖（演示）");
        form.setYear(year);
        form.setApplicationsOpen(Clock.today().minusDays(10));
        form.setApplicationsClose(Clock.today().plusDays(50));
        form.setRecommendationDeadline(Clock.today().plusDays(70));
        AwardCampaign c = campaigns.create(Actor.system(), form, rubrics.latest("gbt19580-2012").orElseThrow().getId());
        campaigns.advance(Actor.system(), c.getId(), CampaignStage.DRAFT);
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
                AccountStatus.ACTIVE, "zh-CN", Clock.now());
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
