package cn.tianjin.quality.platform.security;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.PortalClock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Test deployments only: one account per role and two enterprises (A and B) with an applicant each, created once
 * per database with a known password, so integration and browser tests can log in as anyone.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class TestFixtures {
    @Inject
    PortalClock clock;

    public static final String PASSWORD = "It-Passw0rd!x";
    public static final String CODE_A = CreditCode.withCheckCharacter("91120116MA07TEAT1");
    public static final String CODE_B = CreditCode.withCheckCharacter("91120104MA07TEAT2");

    @PersistenceContext
    EntityManager em;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AccountService accounts;

    @PostConstruct
    void create() {
        if (accounts.findByUsername("it-admin").isPresent()) {
            return;
        }
        String hash = accounts.hash(PASSWORD);
        Long a = enterprise(CODE_A, "集成测试甲企业有限公司").getId();
        Long b = enterprise(CODE_B, "集成测试乙企业有限公司").getId();
        account("it-admin", Role.ADMIN, null, hash);
        account("it-official", Role.OFFICIAL, null, hash);
        account("it-recommender", Role.RECOMMENDER, null, hash);
        account("it-expert", Role.EXPERT, null, hash);
        account("it-applicant-a", Role.APPLICANT, a, hash);
        account("it-applicant-b", Role.APPLICANT, b, hash);
        account("it-throttled", Role.EXPERT, null, hash);
        account("it-reset", Role.EXPERT, null, hash);
        for (int i = 1; i <= 4; i++) {
            account("it-panel" + i, Role.EXPERT, null, hash);
        }
    }

    private Enterprise enterprise(String code, String name) {
        return enterprises.createWithoutUser(draft(code, name));
    }

    /** An enterprise with the given code and name and every other field the registry requires, not yet stored. */
    public static Enterprise draft(String code, String name) {
        Enterprise e = new Enterprise();
        e.setCreditCode(code);
        e.setName(name);
        e.setDistrictCode(code.substring(2, 8));
        e.setAddress("天津市测试路1号");
        e.setIndustry(Industry.C);
        e.setSize(SizeClass.MEDIUM);
        e.setFoundedOn(LocalDate.of(2010, 5, 1));
        e.setLegalRepresentative("测试人");
        e.setContactPerson("联系人");
        e.setPhone("022-12345678");
        e.setEmail("it" + code.substring(12, 17).toLowerCase() + "@test.example.cn");
        return e;
    }

    private void account(String username, Role role, Long enterpriseId, String hash) {
        UserAccount u = new UserAccount(username, username, username + "@test.example.cn", role, AccountStatus.ACTIVE,
                "zh-CN", clock.now());
        u.setEnterpriseId(enterpriseId);
        u.setEnterpriseAdmin(enterpriseId != null);
        u.setPasswordHash(hash);
        em.persist(u);
    }

    /**
     * A new enterprise, not yet stored, with a random valid credit code (the code's fixed part gives the district and
     * tells which test made it) and every field the registry requires.
     */
    public static Enterprise newEnterprise(String codePrefix, String name) {
        String body;
        do {
            StringBuilder digits = new StringBuilder(codePrefix);
            while (digits.length() < 17) {
                digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
            }
            body = digits.toString();
        } while (!GIVEN_CODES.add(body)); // a test making dozens of enterprises on one prefix met a twin once
        return draft(CreditCode.withCheckCharacter(body), name);
    }

    /** The code bodies this deployment has handed out, so that no two enterprises of one run share a code. */
    private static final java.util.Set<String> GIVEN_CODES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** An account of a staff role (expert, recommender, official), with the test password. */
    public UserAccount staff(String username, Role role) {
        account(username, role, null, accounts.hash(PASSWORD));
        em.flush();
        return accounts.findByUsername(username).orElseThrow();
    }

    /** An evaluator account of an alliance member organisation, with the test password. */
    public UserAccount evaluator(String username, Long organisationId) {
        account(username, Role.EVALUATOR, null, accounts.hash(PASSWORD));
        em.flush();
        UserAccount u = accounts.findByUsername(username).orElseThrow();
        u.setOrganisationId(organisationId);
        em.flush();
        return u;
    }

    /** An applicant account of an enterprise, with the test password. */
    public UserAccount applicant(String username, Long enterpriseId) {
        account(username, Role.APPLICANT, enterpriseId, accounts.hash(PASSWORD));
        em.flush();
        return accounts.findByUsername(username).orElseThrow();
    }

    /** Expert accounts prefix-1..n with the test password (one hash for all: hashing is slow on purpose). */
    public void experts(String prefix, int n) {
        String hash = accounts.hash(PASSWORD);
        for (int i = 1; i <= n; i++) {
            account(prefix + "-" + i, Role.EXPERT, null, hash);
        }
    }

    /** Another official account with the test password. */
    public void official(String username) {
        account(username, Role.OFFICIAL, null, accounts.hash(PASSWORD));
    }
}
