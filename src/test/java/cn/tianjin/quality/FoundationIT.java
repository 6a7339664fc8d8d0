package cn.tianjin.quality;

import cn.tianjin.quality.platform.privacy.PersonalDataReveal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.credit.Declaration;
import cn.tianjin.quality.credit.DeclarationForm;
import cn.tianjin.quality.credit.DeclarationService;
import cn.tianjin.quality.credit.DishonestyEntry;
import cn.tianjin.quality.credit.InterviewService;
import cn.tianjin.quality.credit.SpotCheck;
import cn.tianjin.quality.credit.SpotCheckForm;
import cn.tianjin.quality.credit.SpotCheckRules;
import cn.tianjin.quality.credit.SpotCheckService;
import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.ApplicantAccountService;
import cn.tianjin.quality.platform.security.LoginService;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.StaffAccountService;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services and persistence of the foundation, inside Payara Micro on MariaDB with the schema from sql/:
 * registration, login per role, the credit register and its import, the audit chain, attachment refusals.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {
    @Inject
    PortalClock clock;


    @Inject
    EnterpriseService enterprises;

    @Inject
    AccountService accounts;

    @Inject
    LoginService logins;

    @Inject
    ApplicantAccountService applicantAccounts;

    @Inject
    StaffAccountService staffAccounts;

    @Inject
    CreditService credit;

    @Inject
    CreditFile creditFile;

    @Inject
    SpotCheckService spotChecks;

    @Inject
    DeclarationService declarations;

    @Inject
    InterviewService interviews;

    @Inject
    cn.tianjin.quality.publication.CreditProfiles profiles;

    @Inject
    cn.tianjin.quality.credit.GradeService grades;

    @Inject
    cn.tianjin.quality.credit.GradeRefresh gradeRefresh;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentService attachments;

    @Inject
    cn.tianjin.quality.platform.notify.NotificationService notifications;

    @Resource(lookup = "java:app/jdbc/quality")
    DataSource dataSource;

    @Resource
    jakarta.transaction.UserTransaction tx;

    private static String freshCode(String district) {
        String serial = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44), 31).toUpperCase();
        String body = ("91" + district + "MA" + serial.replaceAll("[IOZSV]", "A") + "0000000").substring(0, 17);
        return CreditCode.withCheckCharacter(body);
    }

    private static Enterprise draft(String code, String name) {
        Enterprise e = new Enterprise();
        e.setCreditCode(code);
        e.setName(name);
        e.setDistrictCode("120104");
        e.setAddress("天津市南开区测试路8号");
        e.setIndustry(Industry.C);
        e.setSize(SizeClass.SMALL);
        e.setFoundedOn(LocalDate.of(2015, 3, 1));
        e.setLegalRepresentative("张三");
        e.setContactPerson("李四");
        e.setPhone("022-87654321");
        e.setEmail("contact@it.example.cn");
        return e;
    }

    private static EnterpriseService.FirstUser user(String username) {
        return new EnterpriseService.FirstUser(username, "注册人", username + "@it.example.cn", "13800000000",
                "Registr-2026!", "zh-CN");
    }

    private Actor actorOf(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    @Test
    void registrationStoresEnterpriseAndUnconfirmedAdministratorAndOpensTheCreditFile() {
        String code = freshCode("120104");
        String username = "reg" + code.substring(10, 16).toLowerCase();
        Enterprise e = enterprises.register(draft(code, "注册测试有限公司"), user(username));

        UserAccount u = accounts.findByUsername(username).orElseThrow();
        assertThat(u.getStatus()).isEqualTo(AccountStatus.UNCONFIRMED);
        assertThat(u.isEnterpriseAdmin()).isTrue();
        assertThat(u.getEnterpriseId()).isEqualTo(e.getId());
        assertThat(e.isOutsideTianjin()).isFalse();
        assertThat(logins.authenticate(username, "Registr-2026!", "10.9.9.1")).as("unconfirmed cannot log in").isEmpty();
        assertThat(creditFile.timeline(Actor.system(), e.getId())).extracting("kind").contains("REGISTERED");
        assertThat(audit.history("enterprise", e.getId())).extracting("action").contains("register");
    }

    @Test
    void registrationRefusesABadCodeOrATakenCodeAndStoresNothing() {
        String code = freshCode("120101");
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        String badCheck = code.substring(0, 17) + wrong;
        assertThatThrownBy(() -> enterprises.register(draft(badCheck, "校验错误公司"), user("badcheck1")))
                .isInstanceOfSatisfying(BusinessException.class,
                        b -> assertThat(b.messageKey()).isEqualTo("creditCode.checkCharacter"));
        assertThat(accounts.findByUsername("badcheck1")).isEmpty();

        assertThatThrownBy(() -> enterprises.register(draft(TestFixtures.CODE_A, "重复公司"), user("duplicate1")))
                .isInstanceOfSatisfying(BusinessException.class,
                        b -> assertThat(b.messageKey()).isEqualTo("enterprise.code.taken"));
        assertThat(accounts.findByUsername("duplicate1")).isEmpty();

        String weakUser = "weak" + code.substring(12, 16).toLowerCase();
        var weak = new EnterpriseService.FirstUser(weakUser, "x", "w@it.example.cn", null, "short", "zh-CN");
        assertThatThrownBy(() -> enterprises.register(draft(code, "弱密码公司"), weak))
                .isInstanceOfSatisfying(BusinessException.class,
                        b -> assertThat(b.messageKey()).isEqualTo("password.tooShort"));
        assertThat(enterprises.findByCode(code)).as("rolled back with the account").isEmpty();
    }

    @Test
    void aCodeOutsideTianjinIsAcceptedButFlagged() {
        String code = freshCode("110105");
        Enterprise e = enterprises.register(draft(code, "北京分公司"), user("bj" + code.substring(10, 16).toLowerCase()));
        assertThat(e.isOutsideTianjin()).isTrue();
    }

    @Test
    void everyRoleLogsInWithItsPasswordAndNotWithAnother() {
        for (String u : new String[] {"it-admin", "it-official", "it-recommender", "it-expert", "it-applicant-a"}) {
            assertThat(logins.authenticate(u, TestFixtures.PASSWORD, "10.1.1.1")).as(u).isPresent();
        }
        assertThat(logins.authenticate("it-expert", "Wrong-Passw0rd", "10.1.1.2")).isEmpty();
        assertThat(logins.authenticate("nobody-here", TestFixtures.PASSWORD, "10.1.1.2")).isEmpty();
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            logins.authenticate("it-throttled", "Wrong-" + i, "10.2.2." + i);
        }
        assertThat(logins.throttled("it-throttled", "10.2.2.99")).isPresent();
        assertThat(logins.authenticate("it-throttled", TestFixtures.PASSWORD, "10.2.2.99")).isEmpty();
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottled() {
        for (int i = 0; i < 20; i++) {
            logins.authenticate("probe-" + i, "x", "10.3.3.3");
        }
        assertThat(logins.throttled("it-official", "10.3.3.3")).isPresent();
        assertThat(logins.throttled("it-official", "10.3.3.4")).isEmpty();
    }

    @Test
    void aListedEnterpriseIsVetoedFromListingUntilRemoval() {
        Actor official = actorOf("it-official");
        String code = freshCode("120116");
        DishonestyEntry d = new DishonestyEntry();
        d.setCreditCode(code);
        d.setEnterpriseName("失信测试公司");
        d.setReason("抽查不合格");
        d.setSourceDocument("津市监〔2026〕1号");
        LocalDate listed = clock.today().minusDays(10);
        d.setListedOn(listed);
        DishonestyEntry stored = credit.add(official, d);

        assertThat(stored.getRemovalOn()).isEqualTo(listed.plusYears(3));
        assertThat(credit.veto(code, clock.today()).vetoed()).isTrue();
        assertThat(credit.veto(code, listed.minusDays(1)).vetoed()).isFalse();
        assertThat(credit.veto(code, listed.plusYears(3)).vetoed()).isFalse();

        credit.end(official, stored.getId(), clock.today(), "信用修复");
        assertThat(credit.veto(code, clock.today()).vetoed()).isFalse();
        assertThat(credit.veto(code, clock.today().minusDays(1)).vetoed()).isTrue();
        assertThatThrownBy(() -> credit.add(actorOf("it-applicant-a"), d)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGoodCsvFileImportsEveryRowAndABadOneImportsNothing() {
        Actor official = actorOf("it-official");
        String c1 = freshCode("120110");
        String c2 = freshCode("120111");
        String good = "code,name,reason,source,listed_on\n" + c1 + ",导入一公司,虚假检验报告,文书1号,2025-01-02\n"
                + c2 + ",\"导入二公司,分厂\",拒不整改,文书2号,2025/3/4\n";
        CreditService.ImportReport ok = credit.importCsv(official, "good.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.ok()).isTrue();
        assertThat(ok.stored()).isEqualTo(2);
        assertThat(credit.entriesOf(c2)).singleElement().satisfies(e -> {
            assertThat(e.getEnterpriseName()).isEqualTo("导入二公司,分厂");
            assertThat(e.getRemovalOn()).isEqualTo(LocalDate.of(2028, 3, 4));
        });

        String c3 = freshCode("120112");
        String bad = "code,name,reason,source,listed_on\n" + c3 + ",好行公司,原因,文书,2025-01-02\n"
                + "91120104MA05T8KQ2X,坏代码公司,原因,文书,2025-01-02\n" + c3 + ",日期错,原因,文书,2025-13-40\n";
        CreditService.ImportReport refused = credit.importCsv(official, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.stored()).isZero();
        assertThat(refused.errors()).extracting("line").contains(3, 4);
        assertThat(credit.entriesOf(c3)).as("nothing of a bad file is stored").isEmpty();
    }

    @Test
    void theAuditChainVerifiesAndReportsTheFirstAlteredRow() throws Exception {
        Actor admin = actorOf("it-admin");
        // make sure there is at least one fresh row to tamper with
        credit.importCsv(actorOf("it-official"), "audit.csv",
                ("code,name,reason,source,listed_on\n" + freshCode("120113") + ",审计公司,原因,文书,2025-01-02\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(audit.verify(admin).intact()).isTrue();
        sealEverything();
        assertThat(audit.verify(admin).pending()).isZero();

        long victim;
        String original;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id, summary FROM audit_entry WHERE chain_seq IS NOT NULL"
                     + " ORDER BY chain_seq DESC LIMIT 1 OFFSET 1");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            victim = rs.getLong(1);
            original = rs.getString(2);
        }
        update("UPDATE audit_entry SET summary = ? WHERE id = ?", original + " (altered)", victim);
        try {
            AuditLog.Verification v = audit.verify(admin);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBroken()).hasValue(victim);
        } finally {
            update("UPDATE audit_entry SET summary = ? WHERE id = ?", original, victim);
        }
        assertThat(audit.verify(admin).intact()).isTrue();
        assertThatThrownBy(() -> audit.verify(actorOf("it-official"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAuditedChangeCommitsWhileTheChainIsBeingLinkedAndIsLinkedAfterwards() throws Exception {
        Actor admin = actorOf("it-admin");
        sealEverything();
        String code = freshCode("120114");
        // Another instance's sealing holds the chain's head (on a thread and connection of its own, as another
        // server's would be): an audited change must not wait for it.
        var locked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var holder = new java.util.concurrent.atomic.AtomicReference<Exception>();
        Thread sealer = new Thread(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement lock = c.prepareStatement("SELECT last_id FROM audit_head WHERE id = 1 FOR UPDATE")) {
                    lock.executeQuery().close();
                    locked.countDown();
                    release.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } finally {
                    c.rollback();
                }
            } catch (Exception e) {
                holder.set(e);
                locked.countDown();
            }
        });
        sealer.start();
        assertThat(locked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(holder.get()).isNull();
        long took;
        try {
            long started = System.nanoTime();
            credit.importCsv(actorOf("it-official"), "unlocked-" + code + ".csv", ("code,name,reason,source,listed_on\n" + code
                    + ",链外公司,原因,文书,2025-01-02\n").getBytes(StandardCharsets.UTF_8));
            took = (System.nanoTime() - started) / 1_000_000;
            assertThat(sealer.isAlive()).as("the head was still locked during the import").isTrue();
            assertWholeLogCounted(admin);
        } finally {
            release.countDown();
            sealer.join(30_000);
        }
        assertThat(holder.get()).isNull();
        assertThat(took).as("ms the import took while the head was locked").isLessThan(5_000);
        assertThat(credit.entriesOf(code)).hasSize(1);

        AuditLog.Verification before = audit.verify(admin);
        assertThat(before.intact()).isTrue();
        sealEverything();
        AuditLog.Verification after = audit.verify(admin);
        assertThat(after.intact()).isTrue();
        assertThat(after.pending()).isZero();
        assertThat(after.checked()).isGreaterThanOrEqualTo(before.checked() + 1);
        assertWholeLogCounted(admin);
        String second = freshCode("120114");
        credit.importCsv(actorOf("it-official"), "second-" + second + ".csv", ("code,name,reason,source,listed_on\n" + second
                + ",链外公司二,原因,文书,2025-01-03\n").getBytes(StandardCharsets.UTF_8));
        assertFilteredCountCapped(admin, "import");
        assertThat(audit.history("dishonesty-import", "unlocked-" + code + ".csv")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getChainSeq()).isNotNull());
    }

    /** The audit page's total as first opened (read from the chain's head) is the number of rows stored. */
    private void assertWholeLogCounted(Actor admin) throws Exception {
        long stored;
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_entry");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            stored = rs.getLong(1);
        }
        assertThat(audit.count(admin, AuditLog.Filter.none(), 1)).as("never capped").isEqualTo(stored);
        assertThat(audit.count(admin, new AuditLog.Filter("", " ", "", null, null, null), 1)).as("an empty form").isEqualTo(stored);
    }

    /** A filtered count stops one past its limit: the page then says "more than" instead of counting every match. */
    private void assertFilteredCountCapped(Actor admin, String action) throws Exception {
        long matches;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action = ?")) {
            q.setString(1, action);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                matches = rs.getLong(1);
            }
        }
        assertThat(matches).isGreaterThan(1);
        var byAction = new AuditLog.Filter(null, null, null, action, null, null);
        assertThat(audit.count(admin, byAction, (int) matches + 5)).isEqualTo(matches);
        assertThat(audit.count(admin, byAction, (int) matches)).isEqualTo(matches);
        assertThat(audit.count(admin, byAction, (int) matches - 1)).as("more than the limit").isEqualTo(matches);
        assertThat(audit.count(admin, byAction, 1)).isEqualTo(2);
    }

    /** Links every committed audit row now instead of waiting for the timer's next second. */
    private void sealEverything() {
        while (audit.sealPending(500) > 0) {
            // until nothing is left
        }
    }

    private void update(String sql, String text, long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            u.setString(1, text);
            u.setLong(2, id);
            u.executeUpdate();
        }
    }

    @Test
    void attachmentsAreTypedByContentLimitedInSizeAndServedOnlyToTheirOwners() {
        Actor a = actorOf("it-applicant-a");
        Actor b = actorOf("it-applicant-b");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var stored = attachments.store(a, "enterprise", a.enterpriseId(), "licence.pdf", new ByteArrayInputStream(pdf));
        assertThat(stored.getContentType()).isEqualTo("application/pdf");
        assertThat(stored.getSha256()).hasSize(64);

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attachments.store(a, "enterprise", a.enterpriseId(), "fake.pdf", new ByteArrayInputStream(html)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("upload.typeRefused"));
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> attachments.store(a, "enterprise", a.enterpriseId(), "big.pdf", new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("upload.tooLarge"));

        assertThatThrownBy(() -> attachments.get(b, stored.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.store(b, "enterprise", a.enterpriseId(), "x.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attachments.get(actorOf("it-official"), stored.getId()).getFileName()).isEqualTo("licence.pdf");
        assertThat(attachments.ofOwner(a, "enterprise", a.enterpriseId())).extracting("fileName").contains("licence.pdf")
                .doesNotContain("fake.pdf", "big.pdf");
    }

    @Inject
    cn.tianjin.quality.platform.PortalConfig config;

    @Test
    void anUploadThatCannotBeWrittenIsRefusedAndLeavesNoRow() throws Exception {
        Actor a = actorOf("it-applicant-a");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        int before = attachments.ofOwner(a, "enterprise", a.enterpriseId()).size();
        java.nio.file.Path dir = config.uploadDir();
        java.nio.file.Path away = dir.resolveSibling(dir.getFileName() + ".away");
        java.nio.file.Files.createDirectories(dir);
        // A file where the folder should be: no write succeeds, even for root, whom permissions do not stop.
        java.nio.file.Files.move(dir, away);
        try {
            java.nio.file.Files.writeString(dir, "not a folder");
            assertThatThrownBy(() -> attachments.store(a, "enterprise", a.enterpriseId(), "unwritable.pdf", new ByteArrayInputStream(pdf)))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("upload.storageUnavailable"));
        } finally {
            java.nio.file.Files.delete(dir);
            java.nio.file.Files.move(away, dir);
        }
        assertThat(attachments.ofOwner(a, "enterprise", a.enterpriseId())).hasSize(before)
                .extracting("fileName").doesNotContain("unwritable.pdf");
    }

    @Test
    void anApplicantReachesOnlyItsOwnEnterprise() {
        Actor a = actorOf("it-applicant-a");
        Actor b = actorOf("it-applicant-b");
        assertThat(enterprises.getFor(a, a.enterpriseId()).getCreditCode()).isEqualTo(TestFixtures.CODE_A);
        assertThatThrownBy(() -> enterprises.getFor(a, b.enterpriseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creditFile.timeline(a, b.enterpriseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.search(a, new EnterpriseService.Filter(null, null, null), 0, 10, "name", true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffCreateAccountsWithinTheirRightsAndDeactivateWithoutDeleting() {
        Actor official = actorOf("it-official");
        String name = "exp" + Long.toString(System.nanoTime(), 36);
        UserAccount e = staffAccounts.createStaffAccount(official, new StaffAccountService.StaffAccountForm(name, "专家", name + "@it.example.cn",
                null, Role.EXPERT, "大学", null, "zh-CN"));
        assertThat(e.getStatus()).isEqualTo(AccountStatus.INVITED);
        assertThatThrownBy(() -> staffAccounts.createStaffAccount(official, new StaffAccountService.StaffAccountForm(name + "a", "管理员",
                "a@it.example.cn", null, Role.ADMIN, null, null, "zh-CN"))).isInstanceOf(AccessDeniedException.class);
        staffAccounts.setActive(actorOf("it-admin"), e.getId(), false);
        assertThat(accounts.get(e.getId()).getStatus()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(audit.history("account", e.getId())).extracting("action").containsExactly("create", "deactivate");
    }

    @Test
    void demoAccountsAreRefusedOutsideDemoMode() throws Exception {
        tx.begin();
        try {
            assertThatThrownBy(() -> accounts.createDemoAccount(new UserAccount("demo-x", "x", "x@it.example.cn",
                    Role.EXPERT, AccountStatus.ACTIVE, "zh-CN", clock.now()), accounts.hash("Demo-2026")))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            tx.rollback();
        }
        String name = "demoflag" + Long.toString(System.nanoTime(), 36);
        UserAccount staff = staffAccounts.createStaffAccount(actorOf("it-admin"), new StaffAccountService.StaffAccountForm(name, "x",
                name + "@it.example.cn", null, Role.EXPERT, null, null, "zh-CN"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement(
                     "UPDATE user_account SET demo = TRUE, status = 'ACTIVE', password_hash = ? WHERE id = ?")) {
            u.setString(1, accounts.hash(TestFixtures.PASSWORD));
            u.setLong(2, staff.getId());
            u.executeUpdate();
        }
        assertThat(logins.authenticate(name, TestFixtures.PASSWORD, "10.4.4.4")).as("demo account in production").isEmpty();
    }

    @Test
    void aPasswordHashOfFewerIterationsIsRenewedAtTheNextLoginAndOnlyThen() throws Exception {
        String name = "rehash" + Long.toString(System.nanoTime(), 36);
        UserAccount staff = staffAccounts.createStaffAccount(actorOf("it-admin"), new StaffAccountService.StaffAccountForm(name, "x",
                name + "@it.example.cn", null, Role.EXPERT, null, null, "zh-CN"));
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(TestFixtures.PASSWORD.toCharArray(), salt, 120_000, 256)).getEncoded();
        String old = "PBKDF2WithHmacSHA256:120000:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(key);
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE user_account SET status = 'ACTIVE', password_hash = ? WHERE id = ?")) {
            u.setString(1, old);
            u.setLong(2, staff.getId());
            u.executeUpdate();
        }
        assertThat(logins.authenticate(name, "Wrong-Passw0rd", "10.4.5.1")).isEmpty();
        assertThat(storedHash(staff.getId())).as("a failed login changes nothing").isEqualTo(old);

        assertThat(logins.authenticate(name, TestFixtures.PASSWORD, "10.4.5.1")).as("the old hash still verifies").isPresent();
        String renewed = storedHash(staff.getId());
        assertThat(renewed).startsWith("PBKDF2WithHmacSHA256:600000:").isNotEqualTo(old);
        assertThat(logins.authenticate(name, TestFixtures.PASSWORD, "10.4.5.1")).as("the new hash verifies").isPresent();
        assertThat(storedHash(staff.getId())).as("renewed once, not at every login").isEqualTo(renewed);
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'account' AND object_id = ?"
                     + " AND action = 'rehash-password'")) {
            q.setString(1, String.valueOf(staff.getId()));
            try (var rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("audited once").isEqualTo(1);
            }
        }
    }

    private String storedHash(long accountId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT password_hash FROM user_account WHERE id = ?")) {
            q.setLong(1, accountId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void anAccessRequestReachesTheEnterpriseAdministratorsInbox() {
        var draft = new cn.tianjin.quality.enterprise.AccessRequest();
        draft.setName("王五");
        draft.setEmail("wangwu@it.example.cn");
        draft.setMessage("我是质量部新同事");
        enterprises.requestAccess(TestFixtures.CODE_B, draft);
        assertThat(notifications.inbox(actorOf("it-applicant-b"), 10)).anySatisfy(n -> {
            assertThat(n.getBody()).contains("王五").contains("wangwu@it.example.cn");
            assertThat(n.getLink()).isEqualTo("/enterprise/profile");
        });
        assertThat(notifications.inbox(actorOf("it-applicant-a"), 10)).noneMatch(n -> n.getBody().contains("王五"));
        assertThatThrownBy(() -> enterprises.requestAccess(freshCode("120119"), draft))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("enterprise.code.unknown"));
    }

    @Test
    void officialsCorrectAnEnterpriseFieldByFieldAndAStaleCopyIsRefused() {
        Actor official = actorOf("it-official");
        String code = freshCode("120105");
        Enterprise e = enterprises.register(draft(code, "更正前名称有限公司"), user("cor" + code.substring(10, 16).toLowerCase()));
        Enterprise edit = enterprises.getFor(official, e.getId()).copy();
        Enterprise stale = edit.copy();
        edit.setName("更正后名称有限公司");
        edit.setPhone("022-11112222");
        enterprises.correct(official, edit);
        assertThat(enterprises.search(official, new EnterpriseService.Filter("更正后名称", null, null), 0, 100, "name", true))
                .extracting(Enterprise::getId).contains(e.getId());
        assertThat(enterprises.search(official, new EnterpriseService.Filter("更正前名称", null, null), 0, 100, "name", true))
                .extracting(Enterprise::getId).doesNotContain(e.getId());
        assertThat(audit.history("enterprise", e.getId())).anySatisfy(h -> {
            assertThat(h.getAction()).isEqualTo("correct");
            assertThat(h.getSummary()).contains("name: 更正前名称有限公司 -> 更正后名称有限公司")
                    .contains("phone:").contains("-> 022*****2222").doesNotContain("11112222");
        });
        stale.setAddress("别人同时修改的地址");
        assertThatThrownBy(() -> enterprises.correct(official, stale))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.messageKey()).isEqualTo("concurrent.modified"));
        assertThat(enterprises.getFor(official, e.getId()).getAddress()).isEqualTo("天津市南开区测试路8号");
        assertThatThrownBy(() -> enterprises.correct(actorOf("it-applicant-a"), edit)).isInstanceOf(AccessDeniedException.class);
    }

    @Inject
    PersonalDataReveal reveals;

    @Test
    void contactDetailsAreRevealedToStaffOnlyForAReasonAndEachRevealIsInTheObjectsHistory() {
        Actor official = actorOf("it-official");
        Long id = actorOf("it-applicant-a").enterpriseId();
        int before = audit.history("enterprise", id).size();
        assertThatThrownBy(() -> reveals.reveal(official, "enterprise", id, "联系人", "  看看 "))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.messageKey()).isEqualTo("reveal.reason.required"));
        assertThatThrownBy(() -> reveals.reveal(official, "enterprise", id, "联系人", "很".repeat(301)))
                .isInstanceOfSatisfying(BusinessException.class, x -> assertThat(x.messageKey()).isEqualTo("reveal.reason.long"));
        assertThatThrownBy(() -> reveals.reveal(actorOf("it-applicant-a"), "enterprise", id, "联系人", "想知道对方电话"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.history("enterprise", id)).hasSize(before);

        reveals.reveal(official, "enterprise", id, "联系人", "核实申报材料");
        assertThat(audit.history("enterprise", id)).hasSize(before + 1).anySatisfy(h -> {
            assertThat(h.getAction()).isEqualTo(PersonalDataReveal.ACTION);
            assertThat(h.getActor()).isEqualTo("it-official");
            assertThat(h.getSummary()).isEqualTo("联系人: 核实申报材料");
        });
    }

    @Test
    void theSearchFindsExactlyTheEnterprisesWhoseNameContainsTheTextOrWhoseCodeItIs() throws Exception {
        Actor official = actorOf("it-official");
        String tok = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 34), 36).replaceAll("[0-9]", "q");
        String[] names = {"天津" + tok + "Quality精密科技有限公司", "津门ＱＵＡＬＩＴＹ" + tok + "精密（集团）有限公司",
            "Café" + tok + "精密有限公司", "北辰" + tok.toUpperCase() + "精密仪器厂"};
        var created = new java.util.ArrayList<Enterprise>();
        for (int i = 0; i < names.length; i++) {
            created.add(enterprises.register(draft(freshCode("120113"), names[i]), user("srch" + tok + i)));
        }
        String code = created.get(0).getCreditCode();
        var texts = java.util.List.of(tok, tok.toUpperCase(), "quality" + tok, "Quality精密", tok + "精密", "精密", "密", "q",
                "ＱＵＡＬＩＴＹ", "（集团）", "(集团)", "Café" + tok, "cafe" + tok, "精_科", tok.substring(0, 3) + "%精密",
                names[0] + "以及比任何名称都长的一段文字", code, code.toLowerCase(), " " + tok + " ");
        for (String text : texts) {
            var filter = new EnterpriseService.Filter(text, null, null);
            var found = enterprises.search(official, filter, 0, 100_000, "name", true).stream().map(Enterprise::getId).toList();
            // What the user typed is looked for as it is: "精_科" and "%" are characters, not wildcards.
            String like = cn.tianjin.quality.platform.db.Like.contains(text.trim());
            var expected = idsWhere("name LIKE ? OR credit_code = ?", like, text.trim().toUpperCase());
            assertThat(found).as(text).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(enterprises.count(official, filter)).as(text).isEqualTo(expected.size());
            // the first page by name, which may read the name index instead of the candidates
            assertThat(enterprises.search(official, filter, 0, 3, "name", true)).extracting(Enterprise::getId).as(text)
                    .containsExactlyElementsOf(idsWhere("(name LIKE ? OR credit_code = ?) ORDER BY name, id LIMIT 3",
                            like, text.trim().toUpperCase()));
        }
        assertThat(enterprises.count(official, new EnterpriseService.Filter(tok + "Quality精_科", null, null))).isZero();
        var byToken = enterprises.search(official, new EnterpriseService.Filter(tok, null, null), 0, 20, "name", true);
        assertThat(byToken).extracting(Enterprise::getName).contains(names[0], names[2], names[3]);
        assertThat(enterprises.search(official, new EnterpriseService.Filter(tok + "精密", "120104", Industry.C), 0, 20,
                "createdAt", false)).extracting(Enterprise::getName).contains(names[1], names[2]);
        assertThat(enterprises.search(official, new EnterpriseService.Filter(tok + "精密", "120101", null), 0, 20,
                "name", true)).isEmpty();
    }

    @Test
    void theRegistersCountsAreKeptButANewEnterpriseCountsAtOnce() throws Exception {
        Actor official = actorOf("it-official");
        var whole = new EnterpriseService.Filter(null, " ", null);
        var search = new EnterpriseService.Filter("计数测试", null, null);
        long stored = idsWhere("1 = 1").size();
        long found = idsWhere("name LIKE ?", "%计数测试%").size();
        assertThat(enterprises.count(official, whole)).isEqualTo(stored);
        assertThat(enterprises.count(official, search)).isEqualTo(found);
        enterprises.register(draft(freshCode("120116"), "计数测试有限公司"), user("count" + ThreadLocalRandom.current().nextInt(1 << 20)));
        assertThat(enterprises.count(official, whole)).as("the list as opened right after a registration").isEqualTo(stored + 1);
        assertThat(enterprises.count(official, whole)).isEqualTo(idsWhere("1 = 1").size());
        assertThat(enterprises.count(official, new EnterpriseService.Filter(" 计数测试", "", null)))
                .as("the same search right after a registration").isEqualTo(found + 1);
    }

    private java.util.List<Long> idsWhere(String condition, String... params) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id FROM enterprise WHERE " + condition)) {
            for (int i = 0; i < params.length; i++) {
                q.setString(i + 1, params[i]);
            }
            var ids = new java.util.ArrayList<Long>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private String linkSentTo(String recipient, String page) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT body FROM mail_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")) {
            q.setString(1, recipient);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("a mail to " + recipient).isTrue();
                var m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)")
                        .matcher(rs.getString(1));
                assertThat(m.find()).as("a " + page + " link in the mail").isTrue();
                return m.group(1);
            }
        }
    }

    @Test
    void anInvitedColleagueChoosesAUsernameAndPasswordOnceAndCanLogIn() throws Exception {
        Actor admin = actorOf("it-applicant-a");
        String email = "colleague" + Long.toString(System.nanoTime(), 36) + "@it.example.cn";
        applicantAccounts.inviteColleague(admin, "新同事", email, "zh-CN");
        String token = linkSentTo(email, "/public/accept-invitation");
        String username = "col" + Long.toString(System.nanoTime(), 36);

        assertThatThrownBy(() -> applicantAccounts.acceptInvitation(token, "it-admin", "Colleague-2026!"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("account.username.taken"));
        UserAccount joined = applicantAccounts.acceptInvitation(token, username, "Colleague-2026!");
        assertThat(joined.getEnterpriseId()).isEqualTo(admin.enterpriseId());
        assertThat(joined.isEnterpriseAdmin()).isFalse();
        assertThat(logins.authenticate(username, "Colleague-2026!", "10.5.5.5")).isPresent();
        assertThatThrownBy(() -> applicantAccounts.acceptInvitation(token, username + "x", "Colleague-2026!"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("token.invalid"));
        assertThatThrownBy(() -> applicantAccounts.inviteColleague(actorOf(username), "x", "y@it.example.cn", "zh-CN"))
                .as("only the enterprise administrator invites").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRegistrationIsConfirmedOnceThroughTheEmailedLink() throws Exception {
        String code = freshCode("120106");
        String username = "cnf" + code.substring(10, 16).toLowerCase();
        enterprises.register(draft(code, "确认测试有限公司"), user(username));
        String token = linkSentTo(username + "@it.example.cn", "/public/confirm");
        assertThat(applicantAccounts.confirm(token).getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(logins.authenticate(username, "Registr-2026!", "10.6.6.6")).isPresent();
        assertThatThrownBy(() -> applicantAccounts.confirm(token)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> applicantAccounts.confirm("not-a-token")).isInstanceOf(BusinessException.class);
    }

    private static SpotCheckForm spotCheck(String code, String product, LocalDate checkedOn, LocalDate rectifyBy) {
        SpotCheckForm f = new SpotCheckForm();
        f.setCreditCode(code);
        f.setProduct(product);
        f.setBatch("B-" + ThreadLocalRandom.current().nextInt(1_000_000));
        f.setCheckedOn(checkedOn);
        f.setPassed(rectifyBy == null);
        f.setFailedItems(rectifyBy == null ? null : "耐热性");
        f.setInspectionBody("天津市产品质量监督检测技术研究院");
        f.setRectifyBy(rectifyBy);
        return f;
    }

    private static java.io.InputStream pdf() {
        return new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aSpotCheckExportIsImportedWholeOrNotAtAll() throws Exception {
        Actor official = actorOf("it-official");
        String registered = freshCode("120113");
        enterprises.register(draft(registered, "抽查导入注册公司"), user("spot-imp-" + registered.substring(10, 16).toLowerCase()));
        String unknown = freshCode("120114");
        String year = Integer.toString(clock.today().getYear());
        String header = "统一社会信用代码,企业名称,产品名称,批次,抽样日期,检验结论,不合格项目,检验机构,整改期限\n";
        String good = header + registered + ",,电热水壶,20261101," + clock.today().minusDays(20) + ",不合格,耐热性,市质检院,"
                + clock.today().plusDays(30) + "\n" + unknown + ",未注册的抽查公司,LED灯具,B-07," + clock.today().minusDays(15)
                + ",合格,,市质检院,\n";
        String bad = good + unknown + ",,插座,C-1," + clock.today().minusDays(5) + ",不合格,,市质检院,\n";

        SpotCheckService.ImportReport refused = spotChecks.importTable(official, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).extracting(e -> e.line() + " " + e.column() + " " + e.messageKey())
                .containsExactly("4 不合格项目 csv.required", "4 整改期限 spotCheck.rectifyBy.required");
        assertThat(spotChecks.count(official, new SpotCheckService.Filter(registered, null, null))).as("nothing stored").isZero();

        String nameless = header + unknown + ",,插座,C-1," + clock.today().minusDays(5) + ",合格,,市质检院,\n";
        assertThat(spotChecks.importTable(official, "nameless.csv", nameless.getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(e -> e.messageKey()).containsExactly("spotCheck.import.nameNeeded");

        SpotCheckService.ImportReport ok = spotChecks.importTable(official, "抽查结果" + year + ".csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.ok()).isTrue();
        assertThat(ok.stored()).isEqualTo(2);
        assertThat(ok.failures()).isEqualTo(1);
        assertThat(spotChecks.search(official, new SpotCheckService.Filter(registered, null, null), 0, 10)).singleElement()
                .satisfies(s -> {
                    assertThat(s.getEnterpriseName()).as("the registered name").isEqualTo("抽查导入注册公司");
                    assertThat(s.getStatus()).isEqualTo(SpotCheck.Status.OPEN);
                    assertThat(s.getSourceFile()).isEqualTo("抽查结果" + year + ".csv");
                });
        assertThat(spotChecks.search(official, new SpotCheckService.Filter(unknown, SpotCheckService.View.PASSED, null), 0, 10))
                .extracting(SpotCheck::getEnterpriseName).containsExactly("未注册的抽查公司");
        assertThat(creditFile.timeline(official, enterprises.findByCode(registered).orElseThrow().getId()))
                .extracting(cn.tianjin.quality.credit.CreditEvent::getKind).contains("SPOT_CHECK_FAILED");

        SpotCheckService.ImportReport again = spotChecks.importTable(official, "again.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(again.errors()).extracting(e -> e.messageKey()).containsExactly("spotCheck.import.known", "spotCheck.import.known");
        assertThat(spotChecks.count(official, new SpotCheckService.Filter(registered, null, null))).isEqualTo(1);
        assertThatThrownBy(() -> spotChecks.importTable(actorOf("it-applicant-a"), "x.csv", good.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFailureIsRectifiedByTheEnterpriseAndAcceptedByTheBureauWithEveryStepAudited() {
        Actor official = actorOf("it-official");
        String code = freshCode("120115");
        String username = "spot-" + code.substring(10, 16).toLowerCase();
        Enterprise e = enterprises.register(draft(code, "整改测试有限公司"), user(username));
        Actor enterprise = actorOf(username);
        SpotCheckForm form = spotCheck(code, "电水壶", clock.today().minusDays(30), clock.today().plusDays(20));

        SpotCheck failed = spotChecks.record(official, form);
        assertThatThrownBy(() -> spotChecks.record(official, form)).isInstanceOfSatisfying(BusinessException.class,
                b -> assertThat(b.messageKey()).isEqualTo("spotCheck.duplicate"));
        assertThat(spotChecks.ofMyEnterprise(enterprise)).extracting(SpotCheck::getId).containsExactly(failed.getId());
        assertThatThrownBy(() -> spotChecks.get(actorOf("it-applicant-a"), failed.getId())).isInstanceOf(NotFoundException.class);
        assertThat(notifications.inbox(enterprise, 10)).extracting(n -> n.getSubject()).contains("产品监督抽查不合格，请按期整改");

        assertThatThrownBy(() -> spotChecks.submit(enterprise, failed.getId(), failed.getVersion(), "更换温控器", null, null))
                .isInstanceOfSatisfying(BusinessException.class, b -> assertThat(b.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> spotChecks.submit(enterprise, failed.getId(), failed.getVersion(), " ", "整改报告.pdf", pdf()))
                .isInstanceOfSatisfying(BusinessException.class, b -> assertThat(b.field()).isEqualTo("measures"));
        assertThatThrownBy(() -> spotChecks.submit(official, failed.getId(), failed.getVersion(), "代填", "整改报告.pdf", pdf()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> spotChecks.accept(official, failed.getId(), failed.getVersion(), null))
                .isInstanceOfSatisfying(BusinessException.class, b -> assertThat(b.messageKey()).isEqualTo("spotCheck.notSubmitted"));

        SpotCheck submitted = spotChecks.submit(enterprise, failed.getId(), failed.getVersion(), "更换温控器供应商，全检库存。",
                "整改报告.pdf", pdf());
        assertThat(submitted.getStatus()).isEqualTo(SpotCheck.Status.SUBMITTED);
        assertThat(submitted.getEvidenceId()).isNotNull();
        assertThatThrownBy(() -> spotChecks.returnMeasures(official, failed.getId(), submitted.getVersion(), "证据不足",
                clock.today().minusDays(1))).isInstanceOfSatisfying(BusinessException.class,
                b -> assertThat(b.messageKey()).isEqualTo("spotCheck.newDeadline.past"));
        SpotCheck returned = spotChecks.returnMeasures(official, failed.getId(), submitted.getVersion(), "缺少复检报告",
                clock.today().plusDays(10));
        assertThat(returned.getStatus()).isEqualTo(SpotCheck.Status.RETURNED);
        assertThat(returned.getRectifyBy()).isEqualTo(clock.today().plusDays(10));

        SpotCheck again = spotChecks.submit(enterprise, failed.getId(), returned.getVersion(), "补充复检报告。", "复检报告.pdf", pdf());
        assertThatThrownBy(() -> spotChecks.accept(official, failed.getId(), returned.getVersion(), null))
                .as("a decision on what the official saw before").isInstanceOf(BusinessException.class);
        SpotCheck rectified = spotChecks.accept(official, failed.getId(), again.getVersion(), "复检合格");
        assertThat(rectified.getStatus()).isEqualTo(SpotCheck.Status.RECTIFIED);
        assertThat(spotChecks.steps(enterprise, failed.getId())).extracting(t -> t.getKind().name())
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
        assertThat(audit.history(SpotCheck.AUDIT_TYPE, failed.getId())).extracting("action")
                .containsExactly("record", "submit-measures", "return-rectification", "submit-measures", "accept-rectification");
        assertThat(creditFile.timeline(enterprise, e.getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind)
                .contains("SPOT_CHECK_FAILED", "SPOT_CHECK_RECTIFIED");
        SpotCheckRules.YearFigures thisYear = spotChecks.figures(official, clock.today().getYear()).get(0);
        assertThat(thisYear.failures()).isGreaterThanOrEqualTo(thisYear.rectified()).isPositive();
        assertThatThrownBy(() -> spotChecks.figures(enterprise, 2020)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rectificationDeadlinesAreRemindedOnceAndOverdueOnesListed() throws Exception {
        Actor official = actorOf("it-official");
        String code = freshCode("120116");
        enterprises.register(draft(code, "提醒测试有限公司"), user("spot-rem-" + code.substring(10, 16).toLowerCase()));
        SpotCheck soon = spotChecks.record(official, spotCheck(code, "电饭锅", clock.today().minusDays(20), clock.today().plusDays(3)));
        SpotCheck late = spotChecks.record(official, spotCheck(code, "电磁炉", clock.today().minusDays(40), clock.today().minusDays(1)));

        spotChecks.remind(clock.today());
        spotChecks.remind(clock.today());
        assertThat(reminders(soon.getId())).containsExactly("DUE_SOON");
        assertThat(reminders(late.getId())).containsExactly("OVERDUE");
        spotChecks.remind(clock.today().plusDays(4));
        assertThat(reminders(soon.getId())).containsExactly("DUE_SOON", "OVERDUE");
        assertThat(spotChecks.search(official, new SpotCheckService.Filter(code, SpotCheckService.View.OVERDUE, null), 0, 10))
                .extracting(SpotCheck::getId).containsExactly(late.getId());
        assertThat(spotChecks.search(official, new SpotCheckService.Filter(code, SpotCheckService.View.AWAITING_ENTERPRISE,
                clock.today().getYear()), 0, 10)).hasSize(clock.today().minusDays(40).getYear() == clock.today().getYear() ? 2 : 1);
    }

    private java.util.List<String> reminders(Long spotCheckId) throws Exception {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kind FROM spot_check_reminder WHERE spot_check_id = ? ORDER BY id")) {
            ps.setLong(1, spotCheckId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
        }
        return kinds;
    }

    @Test
    void anEnterpriseDeclaresInPublicAndTheBureauMarksABreachAndRecordsAnInterview() {
        Actor official = actorOf("it-official");
        String code = freshCode("120117");
        String username = "decl-" + code.substring(10, 16).toLowerCase();
        Enterprise e = enterprises.register(draft(code, "声明测试有限公司"), user(username));
        Actor own = actorOf(username);
        DeclarationForm standard = new DeclarationForm();
        standard.setKind(Declaration.Kind.STANDARD);
        standard.setTitle("家用电热水壶");
        standard.setContent("热效率不低于90%");
        standard.setDeclaredOn(clock.today());
        assertThatThrownBy(() -> declarations.declare(own, e.getId(), standard)).isInstanceOfSatisfying(BusinessException.class,
                b -> assertThat(b.messageKey()).isEqualTo("declaration.standardNo.required"));
        standard.setStandardNo("Q/12NK DR 001—2026");
        standard.setLink("javascript:alert(1)");
        assertThatThrownBy(() -> declarations.declare(own, e.getId(), standard)).isInstanceOfSatisfying(BusinessException.class,
                b -> assertThat(b.field()).isEqualTo("link"));
        standard.setLink("https://std.example.cn/q12nk");
        assertThatThrownBy(() -> declarations.declare(official, e.getId(), standard)).as("the enterprise declares, not the bureau")
                .isInstanceOf(AccessDeniedException.class);
        Declaration declared = declarations.declare(own, e.getId(), standard);

        DeclarationForm commitment = new DeclarationForm();
        commitment.setTitle("质量承诺");
        commitment.setContent("不合格产品不出厂");
        commitment.setDeclaredOn(clock.today());
        Declaration promised = declarations.declare(own, e.getId(), commitment);
        assertThatThrownBy(() -> declarations.withdraw(actorOf("it-applicant-a"), promised.getId(), promised.getVersion()))
                .isInstanceOf(NotFoundException.class);
        declarations.withdraw(own, promised.getId(), promised.getVersion());
        assertThatThrownBy(() -> declarations.markBreached(own, declared.getId(), declared.getVersion(), "自己标记"))
                .isInstanceOf(AccessDeniedException.class);
        declarations.markBreached(official, declared.getId(), declared.getVersion(), "抽查热效率仅85%");
        assertThat(declarations.shownInPublic(code)).extracting(Declaration::getStatus).containsExactly(Declaration.Status.BREACHED);
        assertThat(profiles.of(code.toLowerCase())).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("声明测试有限公司");
            assertThat(p.declarations()).extracting(Declaration::getTitle).containsExactly("家用电热水壶");
            assertThat(p.listings()).isEmpty();
        });

        var interview = interviews.record(official, e.getId(), clock.today(), "热效率不符合声明", "法定代表人；质量科", "召回并复检");
        assertThatThrownBy(() -> interviews.record(own, e.getId(), clock.today(), "x", "y", "z")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interviews.of(actorOf("it-applicant-a"), e.getId())).isInstanceOf(AccessDeniedException.class);
        interviews.followUp(official, interview.getId(), interview.getVersion(), "已召回");
        assertThat(interviews.of(own, e.getId())).singleElement().satisfies(i -> assertThat(i.getFollowUp()).isEqualTo("已召回"));
        assertThat(creditFile.timeline(own, e.getId())).extracting(cn.tianjin.quality.credit.CreditEvent::getKind).contains(
                "STANDARD_DECLARED", "COMMITMENT_MADE", "DECLARATION_WITHDRAWN", "DECLARATION_BREACHED", "INTERVIEW",
                "INTERVIEW_FOLLOW_UP");
        assertThat(notifications.inbox(own, 10)).extracting(n -> n.getSubject()).contains("贵单位的一项声明被认定违反", "质量安全约谈记录");
        assertThat(audit.history(Declaration.AUDIT_TYPE, declared.getId())).extracting("action").containsExactly("declare", "breached");
    }

    @Test
    void thePublicListShowsARunningListingAndNotAnEndedOne() {
        Actor official = actorOf("it-official");
        String running = freshCode("120118");
        String ended = freshCode("120119");
        for (String code : java.util.List.of(running, ended)) {
            DishonestyEntry d = new DishonestyEntry();
            d.setCreditCode(code);
            d.setEnterpriseName("公示测试" + code.substring(12));
            d.setReason("伪造检验报告");
            d.setSourceDocument("津市监信〔2026〕1号");
            d.setListedOn(clock.today().minusDays(30));
            DishonestyEntry stored = credit.add(official, d);
            if (code.equals(ended)) {
                credit.end(official, stored.getId(), clock.today(), "信用修复");
            }
        }
        assertThat(credit.disclosed(running, 0, 10).lines()).singleElement()
                .satisfies(l -> assertThat(l.until()).isEqualTo(clock.today().minusDays(30).plusYears(3)));
        assertThat(credit.disclosed(ended, 0, 10).total()).as("ended today, gone today").isZero();
        assertThat(profiles.of(running)).hasValueSatisfying(p -> assertThat(p.listings()).hasSize(1));
        assertThat(profiles.of("91120000MA00000000")).as("a malformed or unknown code").isEmpty();
    }

    @Test
    void theGradeFollowsTheFileAndItsHistoryIsKept() {
        Actor official = actorOf("it-official");
        String code = freshCode("120119");
        String username = "grade-" + code.substring(10, 16).toLowerCase();
        Enterprise e = enterprises.register(draft(code, "分级测试有限公司"), user(username));
        Actor own = actorOf(username);
        assertThat(grades.history(own, e.getId())).singleElement().satisfies(g -> {
            assertThat(g.getGrade()).isEqualTo(cn.tianjin.quality.credit.CreditGrading.Grade.B);
            assertThat(g.getScore()).as("the base score").isEqualTo(75);
        });

        spotChecks.record(official, spotCheck(code, "电暖器", clock.today().minusDays(40), clock.today().minusDays(1)));
        var now = grades.gradeOf(code);
        assertThat(now.score()).as("75 - 10 failed - 15 overdue").isEqualTo(50);
        assertThat(now.grade()).isEqualTo(cn.tianjin.quality.credit.CreditGrading.Grade.C);
        assertThat(now.reasons()).extracting(r -> r.factor().name()).containsExactly("SPOT_CHECK_FAILED", "SPOT_CHECK_OVERDUE");
        DeclarationForm promise = new DeclarationForm();
        promise.setTitle("质量承诺");
        promise.setContent("不合格产品不出厂");
        promise.setDeclaredOn(clock.today());
        declarations.declare(own, e.getId(), promise);
        assertThat(grades.history(own, e.getId())).extracting(g -> g.getScore()).containsExactly(53, 50, 75);
        assertThat(grades.history(own, e.getId()).get(0).reasonList()).extracting(r -> r.factor().name())
                .containsExactly("SPOT_CHECK_FAILED", "SPOT_CHECK_OVERDUE", "COMMITMENT_STANDING");
        assertThatThrownBy(() -> grades.history(actorOf("it-applicant-a"), e.getId())).isInstanceOf(AccessDeniedException.class);

        var rules = grades.currentRules().rules();
        assertThatThrownBy(() -> grades.saveRules(official, new cn.tianjin.quality.credit.CreditGrading.Rules(0, 75, 60, 70,
                Map.of()), "分数线颠倒")).isInstanceOfSatisfying(BusinessException.class,
                b -> assertThat(b.messageKey()).isEqualTo("grade.rules.thresholds"));
        assertThatThrownBy(() -> grades.saveRules(own, rules, "企业改规则")).isInstanceOf(AccessDeniedException.class);
        var saved = grades.saveRules(official, rules, "按年度复核，规则不变");
        assertThat(saved.getVersionNo()).isEqualTo(rules.version() + 1);
        assertThat(gradeRefresh.regradeAll()).isPositive();
        assertThat(grades.history(own, e.getId()).get(0).getRulesVersion()).isEqualTo(saved.getVersionNo());
        assertThat(grades.distribution(official).get(cn.tianjin.quality.credit.CreditGrading.Grade.C)).isPositive();
        assertThatThrownBy(() -> grades.distribution(own)).isInstanceOf(AccessDeniedException.class);
    }
    @Inject
    cn.tianjin.quality.steering.PeriodicReports reports;

    @Inject
    cn.tianjin.quality.steering.TargetService cityTargets;

    private static void refusedWith(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(cn.tianjin.quality.platform.BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aPeriodicReportIsFiledPerPeriodCorrectedRemindedWhenLateAndFeedsItsTarget() {
        Actor official = actorOf("it-official");
        Actor recommender = actorOf("it-recommender");
        var kind = cn.tianjin.quality.steering.ReportPeriod.Kind.QUARTER;
        var first = cn.tianjin.quality.steering.ReportPeriod.containing(kind, clock.today().minusMonths(6));
        var second = first.next();
        var current = cn.tianjin.quality.steering.ReportPeriod.containing(kind, clock.today());
        var target = cityTargets.byCode("measurement-standards").orElseThrow();
        var draft = new cn.tianjin.quality.steering.ReportDraft();
        draft.setNameZh("计量工作季度报送 " + System.nanoTime());
        draft.setNameEn("Metrology, quarterly");
        draft.setKind(kind);
        draft.setFirstPeriod(first.key());
        draft.setDueDays(10);
        draft.getFields().set(0, new cn.tianjin.quality.steering.ReportDraft.Field("新建社会公用计量标准", "New measurement standards", "项",
                cityTargets.byCode("award-holders").orElseThrow().getId()));
        draft.getFields().set(1, new cn.tianjin.quality.steering.ReportDraft.Field("检定证书", "Calibration certificates", "张", null));
        refusedWith(() -> reports.create(official, draft), "report.field.targetInvalid");
        draft.getFields().get(0).setTargetId(target.getId());
        refusedWith(() -> reports.create(official, draft), "report.filers.required");
        draft.setFilerIds(java.util.List.of(recommender.userId(), official.userId()));
        draft.setFirstPeriod("2026-07");
        refusedWith(() -> reports.create(official, draft), "report.firstPeriod.invalid");
        draft.setFirstPeriod(first.key());
        assertThatThrownBy(() -> reports.create(actorOf("it-applicant-a"), draft)).isInstanceOf(AccessDeniedException.class);
        var report = reports.create(official, draft);

        assertThat(reports.dueFor(recommender)).filteredOn(d -> d.report().getId().equals(report.getId()))
                .extracting(d -> d.period().key()).containsExactly(first.key(), second.key());
        var view = reports.filing(recommender, report.getId(), first.key());
        Long standards = view.fields().get(0).getId();
        Long certificates = view.fields().get(1).getId();
        Map<Long, java.math.BigDecimal> figures = new java.util.HashMap<>();
        figures.put(standards, new java.math.BigDecimal("12"));
        refusedWith(() -> reports.file(recommender, report.getId(), first.key(), figures, null), "report.figure.required");
        figures.put(certificates, new java.math.BigDecimal("-1"));
        refusedWith(() -> reports.file(recommender, report.getId(), first.key(), figures, null), "report.figure.invalid");
        figures.put(certificates, new java.math.BigDecimal("340"));
        refusedWith(() -> reports.file(recommender, report.getId(), current.key(), figures, null), "report.period.notEnded");
        assertThatThrownBy(() -> reports.filing(actorOf("it-applicant-a"), report.getId(), first.key()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.file(actorOf("it-expert"), report.getId(), first.key(), figures, null))
                .isInstanceOf(NotFoundException.class);
        reports.file(recommender, report.getId(), first.key(), figures, "滨海新区");
        assertThat(progressOf("measurement-standards").figure()).isEqualByComparingTo("12");
        assertThat(progressOf("measurement-standards").source()).contains("定期报送").contains(first.key()).contains("1/2");

        // The second filer, then a correction: the target takes the period's new sum each time.
        Map<Long, java.math.BigDecimal> own = Map.of(standards, new java.math.BigDecimal("8"), certificates, new java.math.BigDecimal("95.5"));
        reports.file(official, report.getId(), first.key(), own, null);
        assertThat(progressOf("measurement-standards").figure()).isEqualByComparingTo("20");
        figures.put(standards, new java.math.BigDecimal("15"));
        var corrected = reports.file(recommender, report.getId(), first.key(), figures, "更正");
        assertThat(progressOf("measurement-standards").figure()).isEqualByComparingTo("23");
        assertThat(progressOf("measurement-standards").source()).contains("2/2");
        assertThat(audit.history(cn.tianjin.quality.steering.PeriodicFiling.AUDIT_TYPE, corrected.getId())).extracting("action")
                .containsExactly("file", "correct");

        var detail = reports.detail(official, report.getId());
        var firstLines = detail.periods().stream().filter(p -> p.period().equals(first)).findFirst().orElseThrow();
        assertThat(firstLines.totals()).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("23"), new java.math.BigDecimal("435.5"));
        boolean secondLate = second.due(10).isBefore(clock.today());
        var secondLines = detail.periods().stream().filter(p -> p.period().equals(second)).findFirst().orElseThrow();
        assertThat(secondLines.lines()).allMatch(l -> l.late() == secondLate);

        // Late filers are reminded once.
        int reminded = reports.remind(clock.today());
        assertThat(reminded).isGreaterThanOrEqualTo(secondLate ? 2 : 0);
        assertThat(reports.remind(clock.today())).isZero();
        if (secondLate) {
            assertThat(notifications.inbox(recommender, 20)).extracting(cn.tianjin.quality.platform.notify.Notification::getSubject)
                    .anyMatch(s -> s.contains("定期报送逾期提醒"));
        }

        reports.retire(official, report.getId(), reports.detail(official, report.getId()).report().getVersion());
        refusedWith(() -> reports.file(recommender, report.getId(), second.key(), figures, null), "report.retired.refused");
        assertThat(reports.dueFor(recommender)).noneMatch(d -> d.report().getId().equals(report.getId()));
        assertThat(audit.history(cn.tianjin.quality.steering.PeriodicReport.AUDIT_TYPE, report.getId())).extracting("action")
                .contains("create", "retire");
    }

    private cn.tianjin.quality.steering.TargetService.Progress progressOf(String code) {
        return cityTargets.progress(actorOf("it-official")).stream().filter(p -> p.target().getCode().equals(code)).findFirst()
                .orElseThrow();
    }
}
