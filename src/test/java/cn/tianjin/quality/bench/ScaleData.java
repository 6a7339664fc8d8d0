package cn.tianjin.quality.bench;

import cn.tianjin.quality.publication.CertificateSerial;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.NameGrams;
import cn.tianjin.quality.platform.audit.AuditChain;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricItem;
import cn.tianjin.quality.review.RubricJson;
import cn.tianjin.quality.review.ScoreMath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a deterministic data set of a chosen size for the benchmark suite (deploy/bench.sh): the same
 * seed and size give the same rows on an empty schema. Runs outside the portal over plain JDBC with batch inserts, so
 * it lives with the tests and never ships in the WAR.
 *
 * <p>The rows obey the domain's rules: credit codes carry their GB 32100 check character, the audit rows continue the
 * hash chain from its head, every score sheet belongs to a seat of a round whose entry came from an eligible
 * application (or a brand entry), published campaigns carry titles with well-formed certificate serials within their
 * quotas. Every account shares one password, {@code -Dbench.password} (deploy/bench.sh makes a fresh one each run;
 * without it a random one): the bench logs in as {@code bench-applicant-N}, {@code bench-expert-N},
 * {@code bench-official} and {@code bench-admin}.
 *
 * <p>Usage: {@code ScaleData M|L jdbcUrl user password [seed]} (migrates the schema first if needed).
 */
public final class ScaleData {
    public static final String PASSWORD = java.util.Optional.ofNullable(System.getProperty("bench.password"))
            .filter(p -> !p.isBlank())
            .orElseGet(() -> Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36));
    public static final long DEFAULT_SEED = 20_261_201L;
    /** Data are placed relative to this day, not the clock, so a second run writes the same rows. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 1_000;
    private static final int PANEL = 5;
    /** PasswordHasher.ITERATIONS: the portal's own parameters, so that a login measures verifying, not renewing a hash. */
    private static final int ITERATIONS = 600_000;
    private static final String AWARD_RUBRIC = "gbt19580-2012";
    /** The award's certificate serials: 天津质量奖 A, its nomination award N. */
    private static final CertificateSerial.Scheme AWARD_SERIALS = new CertificateSerial.Scheme("TQA", "AN");
    private static final String BRAND_RUBRIC = "tianjin-brand-2026";

    /**
     * The sizes of issue 6; T is a tiny one for the unit test. S is the demo data (deploy/run.sh). M lists 60
     * dishonesty entries so that the credit register's second page (rows 21-40) is a full page at M as at L: with 20
     * the bench compared an empty page at M with a full one at L.
     */
    public enum Size {
        T(60, 20, 15, 200, 300, 2, 3, 8),
        M(1_000, 200, 300, 2_000, 10_000, 6, 60, 60),
        L(50_000, 2_000, 1_000, 20_000, 100_000, 13, 500, 600);

        final int enterprises;
        final int applications;
        final int experts;
        final int sheets;
        final int auditRows;
        /** Published campaigns, every two years back from two years ago; one more campaign is in review now. */
        final int pastCampaigns;
        final int dishonesty;
        final int notices;

        Size(int enterprises, int applications, int experts, int sheets, int auditRows, int pastCampaigns,
                int dishonesty, int notices) {
            this.enterprises = enterprises;
            this.applications = applications;
            this.experts = experts;
            this.sheets = sheets;
            this.auditRows = auditRows;
            this.pastCampaigns = pastCampaigns;
            this.dishonesty = dishonesty;
            this.notices = notices;
        }
    }

    private static final String[] DISTRICTS = {"120101", "120102", "120103", "120104", "120105", "120106", "120110",
        "120111", "120112", "120113", "120114", "120115", "120116", "120117", "120118", "120119"};
    private static final String[] DISTRICT_NAMES = {"和平区", "河东区", "河西区", "南开区", "河北区", "红桥区", "东丽区",
        "西青区", "津南区", "北辰区", "武清区", "宝坻区", "滨海新区", "宁河区", "静海区", "蓟州区"};
    private static final String[] WORD1 = {"津", "海", "港", "渤", "华", "泰", "恒", "宏", "鑫", "瑞", "德", "嘉", "锦", "盛",
        "兴", "源", "通", "达", "信", "诚", "美", "新", "远", "航", "中", "博", "安", "永", "和", "康", "明", "正", "天", "开",
        "元", "北", "东", "西", "南", "金"};
    private static final String[] WORD2 = {"力", "科", "程", "阳", "峰", "联", "创", "汇", "骏", "星", "瀚", "鹏", "浩", "祥",
        "丰", "润", "亿", "辰", "宇", "晟", "弘", "豪", "腾", "卓", "越", "拓", "翔", "睿", "凯", "旭", "坤", "亨", "茂", "昌",
        "隆", "益", "捷", "华", "菱", "图"};
    private static final String[] TRADES = {"精密机械", "电子科技", "生物医药", "新材料", "汽车零部件", "食品", "化工", "物流",
        "建设工程", "软件", "装备制造", "纺织", "环保科技", "能源", "钢铁", "船舶", "仪器仪表", "家居", "包装", "航空部件",
        "医疗器械", "智能装备", "半导体", "水务", "信息技术", "冷链", "印刷", "光电", "检测技术", "新能源", "轨道交通", "模具",
        "轴承", "涂料", "电缆"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
        "明", "超", "秀英", "建华", "国强", "志刚", "海燕", "晓红", "立新", "文博"};
    /** Industries weighted towards manufacturing, as in the city's register. */
    private static final String INDUSTRY_DRAW = "CCCCCCCCCCAEFGGIIMMNDKLQR";
    private static final String[] SIZES = {"LARGE", "MEDIUM", "MEDIUM", "SMALL", "SMALL", "SMALL", "MICRO", "MICRO"};
    private static final String[] CONFLICT_KINDS = {"EMPLOYER", "FORMER_EMPLOYER", "BUSINESS", "FAMILY", "OTHER"};
    private static final String[] CATEGORY_CODES = {"4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"};

    private final Connection db;
    private final Size size;
    private final Random random;
    private final Map<String, Long> nextIds = new HashMap<>();
    private final LocalDateTime created;

    private final List<long[]> enterprises = new ArrayList<>(); // id, district index, industry char
    private final List<String> codes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Long> expertIds = new ArrayList<>();
    private final List<Long> recommenderIds = new ArrayList<>();
    private final Set<Long> conflicts = new HashSet<>(); // expertId * 2^32 + enterpriseId
    private final List<String> actors = new ArrayList<>();

    private ScaleData(Connection db, Size size, long seed) {
        this.db = db;
        this.size = size;
        this.random = new Random(seed);
        this.created = AS_OF.minusYears(3).atTime(9, 0);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ScaleData T|M|L jdbcUrl user password [seed]");
            System.exit(2);
        }
        Size size = Size.valueOf(args[0].toUpperCase(Locale.ROOT));
        long seed = args.length > 4 ? Long.parseLong(args[4]) : DEFAULT_SEED;
        migrate(args[1], args[2], args[3]);
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
            Map<String, Integer> counts = fill(c, size, seed);
            System.out.printf("size %s (seed %d) loaded in %.1f s: %s%n", size, seed, (System.nanoTime() - t0) / 1e9, counts);
        }
    }

    /** Brings the schema to the latest migration (the same sql/ folder the portal migrates from). */
    public static void migrate(String url, String user, String password) {
        Flyway.configure(ScaleData.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
    }

    /**
     * Inserts the data set into a migrated schema, in one transaction. Returns the number of rows written per table.
     */
    public static Map<String, Integer> fill(Connection db, Size size, long seed) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            ScaleData data = new ScaleData(db, size, seed);
            Map<String, Integer> counts = data.run();
            db.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private final Map<String, Integer> counts = new java.util.LinkedHashMap<>();

    private Map<String, Integer> run() throws SQLException {
        long awardRubric = rubricVersion(AWARD_RUBRIC, "rubrics/gbt19580-2012.json", "AWARD");
        long brandRubric = rubricVersion(BRAND_RUBRIC, "rubrics/tianjin-brand-2026.json", "BRAND");
        RubricDefinition awardDef = definition(awardRubric);
        RubricDefinition brandDef = definition(brandRubric);
        String hash = passwordHash();
        enterprises();
        accounts(hash);
        experts();
        dishonesty();
        int sheetsLeft = campaigns(awardRubric, awardDef);
        brandRound(brandRubric, brandDef, sheetsLeft);
        notices();
        audit();
        return counts;
    }

    // ------------------------------------------------------------------ registry

    private void enterprises() throws SQLException {
        try (Batch b = new Batch("enterprise", "id, credit_code, name, district_code, address, industry, size_class,"
                + " founded_on, legal_representative, contact_person, phone, email, outside_tianjin, created_at, version");
             Batch grams = new Batch("enterprise_name_gram", "gram, enterprise_id").after(b)) {
            int combos = WORD1.length * WORD2.length * TRADES.length;
            for (int i = 0; i < size.enterprises; i++) {
                long id = nextId("enterprise");
                int d = random.nextInt(DISTRICTS.length);
                char industry = INDUSTRY_DRAW.charAt(random.nextInt(INDUSTRY_DRAW.length()));
                // 91 = enterprise registered by market regulation; nine digits of organisation code from the index.
                String code = CreditCode.withCheckCharacter("91" + DISTRICTS[d] + String.format(Locale.ROOT, "%09d",
                        (i * 7_919L + 104_729L) % 1_000_000_000L));
                int k = (i * 7_717) % combos;
                String name = "天津" + WORD1[k % WORD1.length] + WORD2[(k / WORD1.length) % WORD2.length]
                        + TRADES[k / (WORD1.length * WORD2.length)] + (i >= combos ? "第" + (i / combos + 1) : "")
                        + "有限公司";
                enterprises.add(new long[] {id, d, industry});
                codes.add(code);
                names.add(name);
                b.add(id, code, name, DISTRICTS[d], DISTRICT_NAMES[d] + "工业路" + (1 + random.nextInt(999)) + "号",
                        String.valueOf(industry), SIZES[random.nextInt(SIZES.length)],
                        AS_OF.minusYears(1 + random.nextInt(40)).minusDays(random.nextInt(365)), person(), person(),
                        "022-2" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000)),
                        "contact" + (i + 1) + "@example.cn", false, ts(created.plusMinutes(i)), 0);
                // The keys the portal's search reads, as EnterpriseService stores them for an enterprise it registers.
                for (int gram : NameGrams.ofName(name)) {
                    grams.add(gram, id);
                }
            }
        }
    }

    private void accounts(String hash) throws SQLException {
        String cols = "id, username, display_name, email, phone, role, enterprise_id, enterprise_admin, organisation,"
                + " district_code, password_hash, status, demo, locale, created_at, version";
        try (Batch b = new Batch("user_account", cols)) {
            b.add(nextId("user_account"), "bench-admin", "系统管理员", "admin@bench.example.cn", null, "ADMIN", null, false,
                    null, null, hash, "ACTIVE", false, "zh-CN", ts(created), 0);
            b.add(nextId("user_account"), "bench-official", "质量处 王芳", "official@bench.example.cn", null, "OFFICIAL", null,
                    false, "天津市市场监督管理委员会", null, hash, "ACTIVE", false, "zh-CN", ts(created), 0);
            actors.add("bench-official");
            for (int d = 0; d < DISTRICTS.length; d++) {
                long id = nextId("user_account");
                recommenderIds.add(id);
                b.add(id, "bench-rec-" + DISTRICTS[d], DISTRICT_NAMES[d] + "市场监督管理局", "rec" + DISTRICTS[d] + "@bench.example.cn",
                        null, "RECOMMENDER", null, false, DISTRICT_NAMES[d] + "市场监督管理局", DISTRICTS[d], hash, "ACTIVE", false,
                        "zh-CN", ts(created), 0);
            }
            for (int x = 0; x < size.experts; x++) {
                long id = nextId("user_account");
                expertIds.add(id);
                b.add(id, "bench-expert-" + (x + 1), person(), "expert" + (x + 1) + "@bench.example.cn", null, "EXPERT", null,
                        false, "天津质量管理专家库", null, hash, "ACTIVE", false, "zh-CN", ts(created), 0);
                actors.add("bench-expert-" + (x + 1));
            }
            // One account per enterprise that applies: application j is filed by enterprise j.
            for (int a = 0; a < Math.min(size.applications, size.enterprises); a++) {
                long id = nextId("user_account");
                b.add(id, "bench-applicant-" + (a + 1), person(), "contact" + (a + 1) + "@example.cn", null, "APPLICANT",
                        enterprises.get(a)[0], true, null, null, hash, "ACTIVE", false, "zh-CN", ts(created), 0);
                actors.add("bench-applicant-" + (a + 1));
            }
        }
    }

    private void experts() throws SQLException {
        try (Batch p = new Batch("expert_profile", "user_id, organisation, organisation_code, title, industries, categories,"
                + " district_code, available, max_load, version");
             Batch c = new Batch("expert_conflict", "id, expert_user_id, credit_code, enterprise_name, kind, note, declared_at,"
                + " declared_by, version")) {
            for (int x = 0; x < expertIds.size(); x++) {
                long id = expertIds.get(x);
                p.add(id, "天津大学质量研究院", null, x % 3 == 0 ? "教授" : "高级工程师",
                        String.join(",", subset(List.of("A", "C", "D", "E", "F", "G", "I", "M", "N", "Q"), 2)),
                        String.join(",", subset(List.of(CATEGORY_CODES), 3)), DISTRICTS[x % DISTRICTS.length], true, 30, 0);
                int e = random.nextInt(size.enterprises);
                conflicts.add(id << 32 | enterprises.get(e)[0]);
                c.add(nextId("expert_conflict"), id, codes.get(e), names.get(e), CONFLICT_KINDS[random.nextInt(5)], null,
                        ts(created.plusDays(1)), "bench-expert-" + (x + 1), 0);
            }
        }
    }

    private void dishonesty() throws SQLException {
        try (Batch b = new Batch("dishonesty_entry", "id, credit_code, enterprise_name, reason, source_document, listed_on,"
                + " removal_on, created_by, created_at, version");
             Batch ev = new Batch("credit_event", "id, credit_code, occurred_on, kind, detail, created_at")) {
            for (int k = 0; k < size.dishonesty; k++) {
                // Never an applicant: a listed enterprise could not have passed eligibility.
                int e = size.applications + random.nextInt(size.enterprises - size.applications);
                LocalDate listed = AS_OF.minusDays(30 + random.nextInt(1_800));
                String reason = k % 2 == 0 ? "产品质量监督抽查连续两次不合格且拒不整改" : "提供虚假质量检验报告";
                b.add(nextId("dishonesty_entry"), codes.get(e), names.get(e), reason,
                        "津市监信〔" + listed.getYear() + "〕" + (k + 1) + "号", listed, listed.plusYears(3), "bench-official",
                        ts(listed.atTime(10, 0)), 0);
                ev.add(nextId("credit_event"), codes.get(e), listed, "DISHONESTY_LISTED", reason + " (" + listed.plusYears(3) + ")",
                        ts(listed.atTime(10, 0)));
            }
        }
    }

    // ------------------------------------------------------------------ award campaigns and review

    /** Returns how many score sheets are left for the brand round. */
    private int campaigns(long rubricVersionId, RubricDefinition def) throws SQLException {
        int campaignsTotal = size.pastCampaigns + 1;
        int perCampaign = size.applications / campaignsTotal;
        int sheets = 0;
        int applicant = 0;
        for (int c = 0; c < campaignsTotal; c++) {
            boolean current = c == campaignsTotal - 1;
            int year = current ? AS_OF.getYear() : AS_OF.getYear() - 2 * (size.pastCampaigns - c);
            int count = current ? size.applications - perCampaign * size.pastCampaigns : perCampaign;
            sheets += campaign(c, year, current, applicant, count, rubricVersionId, def);
            applicant += count;
        }
        return Math.max(0, size.sheets - sheets);
    }

    private int campaign(int index, int year, boolean current, int firstApplicant, int count, long rubricVersionId,
            RubricDefinition def) throws SQLException {
        long campaignId = nextId("campaign");
        long roundId = nextId("review_round");
        LocalDate open = LocalDate.of(year, 3, 1);
        LocalDateTime at = open.atTime(9, 0);
        // The round first: the campaign points at it.
        insertRound(roundId, "AWARD", year + "年度天津质量奖材料评审", rubricVersionId, current ? "SCORING" : "CLOSED",
                current ? AS_OF.plusDays(45) : LocalDate.of(year, 8, 31), at.plusMonths(4));
        String approval = "津政函〔" + year + "〕" + (30 + index) + "号";
        LocalDate approvedOn = LocalDate.of(year, 11, 20);
        Long noticeId = current ? null : nextId("notice");
        try (Batch b = new Batch("campaign", "id, programme, name, campaign_year, applications_open, applications_close,"
                + " recommendation_deadline, review_until, display_days, rubric_version_id, min_years, credit_lookback_years,"
                + " winner_exclusion_years, industries, stage, review_round_id, freed_place, created_by, created_at, version,"
                + " approval_document, approval_date, published_at, announcement_notice_id");
             Batch settings = new Batch("award_settings", "campaign_id, award_quota, nomination_quota, accident_lookback_years,"
                + " major_lookback_years, committee_quorum, carry_numerator, carry_denominator, site_visit_until, version").after(b)) {
            b.add(campaignId, "AWARD", year + "年度天津质量奖", year, open, open.plusMonths(2), open.plusMonths(3), open.plusMonths(6),
                    7, rubricVersionId, 3, 2, 5, "", current ? "REVIEW" : "PUBLISHED", roundId, "EMPTY",
                    "bench-official", ts(at.minusDays(20)), 0, current ? null : approval, current ? null : approvedOn,
                    current ? null : ts(approvedOn.atTime(15, 0)), noticeId);
            settings.add(campaignId, 5, 5, 2, 5, 5, 2, 3, open.plusMonths(7), 0);
        }
        List<long[]> eligible = new ArrayList<>(); // application id, enterprise index, entry id
        try (Batch apps = new Batch("application", "id, campaign_id, enterprise_id, subject_name, subject_description,"
                + " recommender_user_id, honesty_declared, status, submitted_at, recommendation_opinion, recommended_at,"
                + " eligibility_reason, eligibility_decided_at, created_by, created_at, updated_at, version");
             Batch narratives = new Batch("application_section", "id, application_id, section_code, body, version").after(apps)) {
            for (int k = 0; k < count; k++) {
                int e = (firstApplicant + k) % size.enterprises;
                long appId = nextId("application");
                boolean ok = random.nextInt(10) != 0;
                LocalDateTime submitted = at.plusDays(10 + random.nextInt(40)).plusMinutes(k);
                apps.add(appId, campaignId, enterprises.get(e)[0], modelName(e), names.get(e) + "以顾客为中心、数据驱动的全员质量管理模式。",
                        recommenderIds.get((int) enterprises.get(e)[1]), true, ok ? "ELIGIBLE" : "INELIGIBLE", ts(submitted),
                        "该单位质量管理基础扎实，同意推荐。", ts(submitted.plusDays(20)),
                        ok ? null : "成立年限不足", ts(submitted.plusDays(40)), "bench-applicant-" + (e + 1), ts(submitted.minusDays(5)),
                        ts(submitted.plusDays(40)), 0);
                for (String cat : CATEGORY_CODES) {
                    narratives.add(nextId("application_section"), appId, cat, "<p>" + names.get(e) + "在" + cat
                            + "方面建立了系统的方法，覆盖主要过程，并定期评价改进。</p>", 0);
                }
                if (ok) {
                    eligible.add(new long[] {appId, e, 0});
                }
            }
        }
        List<long[]> entries = new ArrayList<>();
        try (Batch b = new Batch("review_entry", "id, round_id, enterprise_id, title, industry, source_type, source_id,"
                + " submitted_at, version")) {
            for (long[] app : eligible) {
                int e = (int) app[1];
                app[2] = nextId("review_entry");
                b.add(app[2], roundId, enterprises.get(e)[0], names.get(e) + " · " + modelName(e),
                        String.valueOf((char) enterprises.get(e)[2]), "application", app[0], ts(at.plusMonths(3)), 0);
                entries.add(new long[] {app[2], enterprises.get(e)[0]});
            }
        }
        Map<Long, BigDecimal> means = seatsAndSheets(roundId, entries, def, !current, at.plusMonths(4));
        if (!current) {
            titles(campaignId, year + "年度天津质量奖", year, eligible, means, approval, approvedOn, noticeId);
        }
        return entries.size() * PANEL;
    }

    private void brandRound(long rubricVersionId, RubricDefinition def, int sheets) throws SQLException {
        int count = (sheets + PANEL - 1) / PANEL;
        if (count == 0) {
            return;
        }
        long roundId = nextId("review_round");
        LocalDateTime at = AS_OF.minusMonths(2).atTime(9, 0);
        insertRound(roundId, "BRAND", AS_OF.getYear() + "年度天津品牌评价材料评审", rubricVersionId, "SCORING", AS_OF.plusDays(30), at);
        List<long[]> entries = new ArrayList<>();
        try (Batch b = new Batch("review_entry", "id, round_id, enterprise_id, title, industry, source_type, source_id,"
                + " submitted_at, version")) {
            for (int k = 0; k < count; k++) {
                // Brand entries come from enterprises that did not apply for the award.
                int e = size.applications + (k * 13) % (size.enterprises - size.applications);
                long id = nextId("review_entry");
                b.add(id, roundId, enterprises.get(e)[0], names.get(e).replace("有限公司", "") + "品牌",
                        String.valueOf((char) enterprises.get(e)[2]), "BRAND", null, ts(at.minusDays(10)), 0);
                entries.add(new long[] {id, enterprises.get(e)[0]});
            }
        }
        seatsAndSheets(roundId, entries, def, false, at);
    }

    private void insertRound(long id, String programme, String title, long rubricVersionId, String stage, LocalDate deadline,
            LocalDateTime at) throws SQLException {
        boolean closed = "CLOSED".equals(stage);
        try (Batch b = new Batch("review_round", "id, programme, title, rubric_version_id, panel_size, stage, draw_seed,"
                + " created_by, created_at, version, deadline, method, locked_by, locked_at")) {
            b.add(id, programme, title, rubricVersionId, PANEL, stage, null, "bench-official", ts(at), 0, deadline,
                    closed ? "TRIMMED" : null, closed ? "bench-official" : null, closed ? ts(at.plusMonths(2)) : null);
        }
    }

    /**
     * Seats a panel of distinct, unconflicted experts on every entry and gives each seat its sheet: all submitted in a
     * closed round, about 60% submitted and the rest drafts with some items scored in an open one. Returns each entry's
     * mean total.
     */
    private Map<Long, BigDecimal> seatsAndSheets(long roundId, List<long[]> entries, RubricDefinition def, boolean closed,
            LocalDateTime at) throws SQLException {
        Map<Long, BigDecimal> means = new HashMap<>();
        List<RubricItem> items = def.items();
        try (Batch seats = new Batch("review_assignment", "id, round_id, entry_id, expert_user_id, method, assigned_by,"
                + " assigned_at, version");
             Batch sheets = new Batch("score_sheet", "id, assignment_id, round_id, entry_id, expert_user_id, status,"
                + " total_tenths, submitted_at, updated_at, version").after(seats);
             Batch scores = new Batch("score_item", "id, sheet_id, item_code, percent, strengths, opportunities, version")
                     .after(sheets)) {
            for (long[] entry : entries) {
                int level = 30 + random.nextInt(50);
                Set<Long> panel = new LinkedHashSet<>();
                while (panel.size() < Math.min(PANEL, expertIds.size())) {
                    long x = expertIds.get(random.nextInt(expertIds.size()));
                    if (!conflicts.contains(x << 32 | entry[1])) {
                        panel.add(x);
                    }
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (long x : panel) {
                    long seat = nextId("review_assignment");
                    seats.add(seat, roundId, entry[0], x, "SOLVER", "bench-official", ts(at), 0);
                    long sheet = nextId("score_sheet");
                    boolean submitted = closed || random.nextInt(10) < 6;
                    int scored = submitted ? items.size() : random.nextInt(items.size());
                    List<BigDecimal> itemScores = new ArrayList<>();
                    List<Object[]> rows = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        RubricItem item = items.get(i);
                        Integer percent = null;
                        if (i < scored) {
                            percent = Math.max(0, Math.min(100, (level + random.nextInt(21) - 10) / 5 * 5));
                            itemScores.add(ScoreMath.itemScore(item.points(), percent));
                        }
                        rows.add(new Object[] {nextId("score_item"), sheet, item.code(), percent,
                            percent == null ? null : item.nameZh() + "方面做法系统，有数据支撑。",
                            percent == null ? null : "建议进一步量化" + item.nameZh() + "的目标。", 0});
                    }
                    BigDecimal total = submitted ? ScoreMath.total(itemScores) : null;
                    if (total != null) {
                        sum = sum.add(total);
                    }
                    LocalDateTime when = at.plusDays(5 + random.nextInt(20));
                    sheets.add(sheet, seat, roundId, entry[0], x, submitted ? "SUBMITTED" : "DRAFT",
                            total == null ? null : total.movePointRight(1).intValueExact(), submitted ? ts(when) : null, ts(when),
                            0);
                    for (Object[] row : rows) {
                        scores.add(row);
                    }
                }
                means.put(entry[0], sum.divide(BigDecimal.valueOf(PANEL), 1, java.math.RoundingMode.HALF_UP));
            }
        }
        return means;
    }

    /** The best entries by mean score win: up to four awards and five nomination awards (quotas are ceilings). */
    /**
     * The published campaign's shortlist, committee counts, closed public display (a week in October) with its entries,
     * titles, credit-file lines and announcement.
     */
    private void titles(long campaignId, String name, int year, List<long[]> eligible, Map<Long, BigDecimal> means,
            String approval, LocalDate approvedOn, long noticeId) throws SQLException {
        List<long[]> ranked = new ArrayList<>(eligible);
        ranked.sort((a, b) -> {
            int c = means.get(b[2]).compareTo(means.get(a[2]));
            return c != 0 ? c : Long.compare(a[0], b[0]);
        });
        int awards = Math.min(ranked.size(), 3 + random.nextInt(2));
        int nominations = Math.min(ranked.size() - awards, 4 + random.nextInt(2));
        StringBuilder body = new StringBuilder("经市人民政府批准（").append(approval).append("），决定授予下列组织").append(year)
                .append("年度天津质量奖或天津质量奖提名奖。\n\n");
        long displayId = nextId("public_display");
        LocalDate displayFrom = LocalDate.of(year, 10, 20);
        try (Batch shortlist = new Batch("award_shortlist", "id, campaign_id, application_id, rank_no, score_tenths, added_by,"
                + " added_at");
             Batch votes = new Batch("award_vote_count", "id, application_id, award_votes, nomination_votes, neither_votes,"
                + " outcome, reason, decided_at, version");
             Batch display = new Batch("public_display", "id, programme, ref_id, title, display_from, display_until, notice_id,"
                + " status, version");
             Batch displayed = new Batch("display_entry", "id, display_id, ref_id, rank_no, enterprise_id, enterprise_name,"
                + " subject_name, proposed_level, level, removed_for, version").after(display);
             Batch titles = new Batch("title", "id, programme, campaign_id, application_id, enterprise_id, credit_code,"
                + " enterprise_name, subject_name, level, title_year, serial, approval_document, published_on, valid_from,"
                + " valid_until, status, revoked_on, revoked_reason, version");
             Batch events = new Batch("credit_event", "id, credit_code, occurred_on, kind, label_key, detail, ref_type, ref_id,"
                + " created_at")) {
            display.add(displayId, "AWARD", campaignId, name, displayFrom, displayFrom.plusDays(6), null, "CLOSED", 0);
            for (int r = 0; r < awards + nominations; r++) {
                long[] app = ranked.get(r);
                int e = (int) app[1];
                boolean award = r < awards;
                String level = award ? "AWARD" : "NOMINATION";
                shortlist.add(nextId("award_shortlist"), campaignId, app[0], r + 1,
                        means.get(app[2]).movePointRight(1).intValueExact(), "bench-official", ts(LocalDate.of(year, 9, 1).atTime(9, 0)));
                votes.add(nextId("award_vote_count"), app[0], award ? 9 : 2, award ? 1 : 8, award ? 1 : 1, level, "CARRIED",
                        ts(LocalDate.of(year, 10, 15).atTime(16, 0)), 0);
                displayed.add(nextId("display_entry"), displayId, app[0], r + 1, enterprises.get(e)[0], names.get(e), modelName(e),
                        level, level, null, 0);
                String serial = AWARD_SERIALS.of(year, award ? 'A' : 'N', award ? r + 1 : r - awards + 1);
                long titleId = nextId("title");
                boolean revoked = random.nextInt(25) == 0;
                titles.add(titleId, "AWARD", campaignId, app[0], enterprises.get(e)[0], codes.get(e), names.get(e), modelName(e),
                        level, year, serial, approval, approvedOn, approvedOn, null, revoked ? "REVOKED" : "VALID",
                        revoked ? approvedOn.plusMonths(8) : null, revoked ? "产品质量监督抽查不合格" : null, 0);
                events.add(nextId("credit_event"), codes.get(e), approvedOn, "TITLE_AWARDED", "title.level." + level,
                        modelName(e) + "（" + serial + "）", "title", titleId, ts(approvedOn.atTime(15, 0)));
                body.append(award ? "天津质量奖" : "天津质量奖提名奖").append("：").append(names.get(e)).append("（")
                        .append(modelName(e)).append("）\n");
            }
        }
        body.append("\n获奖名单及证书可在本平台“获奖名录”中查询和核验。");
        try (Batch n = new Batch("notice", "id, title, body, programme, published_at, created_by, version, link")) {
            n.add(noticeId, "关于" + year + "年度天津质量奖获奖名单的公告", body.toString(), "AWARD", ts(approvedOn.atTime(15, 0)),
                    "bench-official", 0, "/public/winners?year=" + year);
        }
    }

    private void notices() throws SQLException {
        String[] programmes = {"AWARD", "BRAND", "CQO"};
        String[] titles = {"关于开展天津质量奖申报工作的通知", "天津品牌评价申报指南", "首席质量官备案工作提示", "质量提升专题培训安排",
            "关于质量信用信息归集的说明"};
        int written = size.pastCampaigns;
        try (Batch n = new Batch("notice", "id, title, body, programme, published_at, created_by, version, link")) {
            for (int k = written; k < size.notices; k++) {
                LocalDateTime at = AS_OF.atTime(10, 0).minusDays((long) (size.notices - k) * 3);
                n.add(nextId("notice"), titles[k % titles.length] + "（" + at.toLocalDate() + "）",
                        "各有关单位：" + titles[k % titles.length] + "，请登录平台查看详细要求。\n联系电话：022-2" + (1_000_000 + k),
                        programmes[k % 3], ts(at), "bench-official", 0, null);
            }
        }
    }

    // ------------------------------------------------------------------ audit log

    /** Continues the audit chain from its head with the given number of sealed rows, then moves the head. */
    private void audit() throws SQLException {
        long lastSeq;
        String lastHash;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = 1")) {
            rs.next();
            lastSeq = rs.getLong(1);
            lastHash = rs.getString(2);
        }
        String[][] kinds = {{"application", "save-draft"}, {"application", "submit"}, {"score-sheet", "save-draft"},
            {"score-sheet", "submit"}, {"enterprise", "update"}, {"user", "login"}, {"review-round", "assign"},
            {"dishonesty-entry", "create"}};
        Instant start = AS_OF.minusYears(3).atStartOfDay(ZONE).toInstant();
        long spanMicros = ChronoUnit.MICROS.between(start, AS_OF.atStartOfDay(ZONE).toInstant());
        long step = spanMicros / Math.max(1, size.auditRows);
        try (Batch b = new Batch("audit_entry", "chain_seq, occurred_at, actor, actor_role, object_type, object_id, action,"
                + " summary, prev_hash, hash")) {
            for (int k = 0; k < size.auditRows; k++) {
                long seq = lastSeq + 1 + k;
                Instant when = start.plus(step * k + random.nextInt((int) Math.min(step, Integer.MAX_VALUE - 1) + 1) / 2,
                        ChronoUnit.MICROS);
                String actor = actors.get(random.nextInt(actors.size()));
                String role = actor.startsWith("bench-expert") ? "EXPERT" : actor.startsWith("bench-applicant") ? "APPLICANT" : "OFFICIAL";
                String[] kind = kinds[random.nextInt(kinds.length)];
                String objectId = String.valueOf(1 + random.nextInt(Math.max(1, size.applications)));
                String summary = kind[1] + " " + kind[0] + " " + objectId;
                var record = new AuditChain.AuditRecord(seq, when, actor, role, kind[0], objectId, kind[1], summary, null);
                String hash = AuditChain.hash(lastHash, record);
                // DATETIME(6) holds the local wall-clock time, as EclipseLink writes it in the portal's zone.
                b.add(seq, Timestamp.valueOf(LocalDateTime.ofInstant(when, ZONE)), actor, role, kind[0], objectId, kind[1], summary,
                        lastHash, hash);
                lastHash = hash;
            }
        }
        try (PreparedStatement p = db.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            p.setLong(1, lastSeq + size.auditRows);
            p.setString(2, lastHash);
            p.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ helpers

    private long rubricVersion(String code, String resource, String programme) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT v.id FROM rubric_version v JOIN rubric r ON r.id = v.rubric_id"
                + " WHERE r.code = ? ORDER BY v.version_no DESC")) {
            p.setString(1, code);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        // A schema the portal never started on: install the rubric as the portal would, frozen since rounds use it.
        RubricDefinition def = RubricJson.read(read(resource));
        long rubricId = nextId("rubric");
        long versionId = nextId("rubric_version");
        try (Batch r = new Batch("rubric", "id, code, programme, created_by, created_at, version")) {
            r.add(rubricId, code, programme, "system", ts(created), 0);
        }
        try (Batch v = new Batch("rubric_version", "id, rubric_id, version_no, name_zh, name_en, total_points, definition,"
                + " frozen, created_by, created_at, version")) {
            v.add(versionId, rubricId, 1, def.nameZh(), def.nameEn(), def.totalPoints(), RubricJson.write(def), true, "system",
                    ts(created), 0);
        }
        return versionId;
    }

    private RubricDefinition definition(long versionId) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT definition FROM rubric_version WHERE id = ?")) {
            p.setLong(1, versionId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return RubricJson.read(rs.getString(1));
            }
        }
    }

    /** The form Jakarta Security's Pbkdf2PasswordHash stores, with the portal's parameters; salt from the seed. */
    private String passwordHash() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        try {
            var spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, ITERATIONS, 32 * 8);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String modelName(int enterprise) {
        String[] models = {"“零缺陷”质量管理模式", "全员精益质量管理模式", "数智化质量管控模式", "顾客价值驱动质量管理模式"};
        return models[enterprise % models.length];
    }

    private String person() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private List<String> subset(List<String> values, int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return new ArrayList<>(chosen);
    }

    private long nextId(String table) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
        }
        nextIds.put(table, next + 1);
        return next;
    }

    private static Timestamp ts(LocalDateTime t) {
        return Timestamp.valueOf(t);
    }

    private static String read(String resource) {
        try (InputStream in = ScaleData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batched INSERT into one table; rows are sent every {@value #BATCH} and on close. */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private final String table;
        private final List<Batch> parents = new ArrayList<>();
        private int pending;

        Batch(String table, String columns) throws SQLException {
            this.table = table;
            int n = columns.split(",").length;
            this.statement = db.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")");
        }

        /** Rows of this table refer to rows of the parent: the parent's pending rows are always sent first. */
        Batch after(Batch parent) {
            parents.add(parent);
            return this;
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof LocalDate d) {
                    statement.setObject(i + 1, java.sql.Date.valueOf(d));
                } else {
                    statement.setObject(i + 1, v);
                }
            }
            statement.addBatch();
            counts.merge(table, 1, Integer::sum);
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Batch parent : parents) {
                parent.flush();
            }
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }
}
