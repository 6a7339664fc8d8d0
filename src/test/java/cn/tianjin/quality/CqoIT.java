package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.tianjin.quality.cqo.CqoService;
import cn.tianjin.quality.cqo.Education;
import cn.tianjin.quality.cqo.EndKind;
import cn.tianjin.quality.cqo.Filing;
import cn.tianjin.quality.cqo.FilingForm;
import cn.tianjin.quality.cqo.FilingStatus;
import cn.tianjin.quality.cqo.IdentityDocument;
import cn.tianjin.quality.cqo.QualificationRules;
import cn.tianjin.quality.cqo.RegistryNumber;
import cn.tianjin.quality.cqo.ReportForm;
import cn.tianjin.quality.cqo.ReportSchedule;
import cn.tianjin.quality.cqo.ReportService;
import cn.tianjin.quality.cqo.ReportStatus;
import cn.tianjin.quality.cqo.Round;
import cn.tianjin.quality.cqo.TeamRole;
import cn.tianjin.quality.cqo.TimelineEvent;
import cn.tianjin.quality.credit.CreditEvent;
import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.privacy.PersonalDataReveal;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.TestFixtures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chief quality officers on MariaDB: filing, the bureau's rounds, registry numbers, replacement, transfer, changes and
 * cancellation with their timeline and credit file lines, the rules as versioned data, and identity numbers that the
 * database never holds in clear.
 */
@ExtendWith(ArquillianExtension.class)
class CqoIT {

    @Inject
    PortalClock clock;

    @Inject
    CqoService cqo;

    @Inject
    ReportService reports;

    @Inject
    AccountService accounts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    TestFixtures fixtures;

    @Inject
    CreditFile creditFile;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Actor official() {
        return accounts.findByUsername("it-official").orElseThrow().actor();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A stored enterprise in Binhai (district 120116) of the given size and an applicant account of it. */
    private Actor freshApplicant(SizeClass size) throws Exception {
        Enterprise e = TestFixtures.newEnterprise("91120116MA08", "集成测试首席质量官企业" + System.nanoTime() % 100_000);
        e.setSize(size);
        transaction.begin();
        Enterprise created = enterprises.createWithoutUser(e);
        Actor applicant = fixtures.applicant("it-cqo-" + created.getId(), created.getId()).actor();
        transaction.commit();
        return applicant;
    }

    /** A valid resident identity number nobody else in this run has. */
    private static String newIdNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = String.format("120104%04d%02d%02d%03d", 1965 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        return first17 + IdentityDocument.residentCheckCharacter(first17);
    }

    private static FilingForm form(String name, String idNumber) {
        FilingForm f = new FilingForm();
        f.setPersonName(name);
        f.setIdKind(IdentityDocument.RESIDENT_ID);
        f.setIdNumber(idNumber);
        f.setEducation(Education.BACHELOR);
        f.setProfessionalTitle("高级工程师");
        f.setPositionTitle("副总经理");
        f.setReportsTo("总经理");
        f.setYearsQuality(8);
        f.setTrainingCertificate("TJCQO-PX-2025-031");
        f.setAppointedOn(LocalDate.of(2025, 3, 1));
        f.setDuties("统筹质量管理体系建设，对不合格产品出厂行使质量否决权");
        f.setTeam(new ArrayList<>(List.of(new FilingForm.Member("李娜", TeamRole.QUALITY_MANAGER, "注册质量经理"),
                new FilingForm.Member("赵刚", TeamRole.QUALITY_ENGINEER, "中级质量工程师"))));
        return f;
    }

    /** An associate degree and three years: short of the default rule for large enterprises on two counts. */
    private static FilingForm weakForm(String idNumber) {
        FilingForm f = form("郑华", idNumber);
        f.setEducation(Education.ASSOCIATE);
        f.setYearsQuality(3);
        return f;
    }

    private static ByteArrayInputStream letter() {
        return new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private List<Filing> filingsOf(Actor applicant) {
        return cqo.ofEnterprise(applicant, applicant.enterpriseId());
    }

    @Test
    void aFilingIsReturnedCorrectedAndRegisteredWithItsRoundsTimelineAndCreditLine() throws Exception {
        Actor applicant = freshApplicant(SizeClass.MEDIUM);
        String number = newIdNumber();

        // Bad input: a wrong check character, no letter. Each refused, nothing stored.
        String wrong = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> cqo.file(applicant, applicant.enterpriseId(), form("张明远", wrong), "任命书.pdf", letter()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.messageKey()).isEqualTo("cqo.id.checkCharacter");
                });
        assertThatThrownBy(() -> cqo.file(applicant, applicant.enterpriseId(), form("张明远", number), null, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("letter"));
        assertThat(filingsOf(applicant)).isEmpty();

        // Another enterprise's applicant can neither file for it nor see its filings.
        Actor other = accounts.findByUsername("it-applicant-b").orElseThrow().actor();
        assertThatThrownBy(() -> cqo.file(other, applicant.enterpriseId(), form("张明远", number), "任命书.pdf", letter()))
                .isInstanceOf(AccessDeniedException.class);

        Filing filed = cqo.file(applicant, applicant.enterpriseId(), form("张明远", number), "任命书.pdf", letter());
        assertThat(filed.getStatus()).isEqualTo(FilingStatus.FILED);
        assertThat(filed.isRuleMet()).isTrue();
        assertThat(filed.getIdMasked()).isEqualTo("12************" + number.substring(14));
        assertThat(filed.getLetterId()).isNotNull();
        assertThat(cqo.team(applicant, filed.getId())).extracting(t -> t.getName()).containsExactly("李娜", "赵刚");
        refused(() -> cqo.file(applicant, applicant.enterpriseId(), form("王强", newIdNumber()), "任命书.pdf", letter()),
                "cqo.file.pendingExists");
        assertThatThrownBy(() -> cqo.get(other, filed.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cqo.returnFiling(applicant, filed.getId(), filed.getVersion(), "自己退回自己"))
                .isInstanceOf(AccessDeniedException.class);

        // The bureau returns it; a reason is required.
        refused(() -> cqo.returnFiling(official(), filed.getId(), filed.getVersion(), " 不行 "), "cqo.reason.required");
        Filing returned = cqo.returnFiling(official(), filed.getId(), filed.getVersion(), "任命书缺少法定代表人签字，请补正后重新上传。");
        assertThat(returned.getStatus()).isEqualTo(FilingStatus.RETURNED);
        refused(() -> cqo.register(official(), returned.getId(), returned.getVersion()), "cqo.state.notFiled");

        // Corrected and filed again, the number kept (field left empty), a new letter: round 2.
        FilingForm corrected = form("张明远", "");
        corrected.setYearsQuality(9);
        Filing again = cqo.fileAgain(applicant, returned.getId(), returned.getVersion(), corrected, "任命书（已签字）.pdf", letter());
        assertThat(again.getStatus()).isEqualTo(FilingStatus.FILED);
        assertThat(again.getRoundNo()).isEqualTo(2);
        assertThat(again.getIdMasked()).isEqualTo(filed.getIdMasked());
        List<Round> rounds = cqo.rounds(applicant, again.getId());
        assertThat(rounds).extracting(Round::getRoundNo).containsExactly(2, 1);
        assertThat(rounds.get(1).getDecision()).isEqualTo(Round.Decision.RETURNED);
        assertThat(rounds.get(1).getReasons()).contains("法定代表人签字");
        assertThat(rounds.get(1).getSnapshot()).contains("yearsQuality=8");
        assertThat(rounds.get(0).getSnapshot()).contains("yearsQuality=9");
        assertThat(rounds.get(0).getLetterId()).isNotEqualTo(rounds.get(1).getLetterId());

        // Registered: a number of this year in Binhai (16) whose check character reads back.
        Filing registered = cqo.register(official(), again.getId(), again.getVersion());
        assertThat(registered.getStatus()).isEqualTo(FilingStatus.REGISTERED);
        RegistryNumber reg = RegistryNumber.parse(registered.getRegistryNumber()).orElseThrow();
        assertThat(reg.year()).isEqualTo(clock.today().getYear());
        assertThat(reg.district()).isEqualTo("16");
        assertThat(registered.getRegisteredOn()).isEqualTo(clock.today());
        assertThat(cqo.rounds(official(), registered.getId()).get(0).getDecision()).isEqualTo(Round.Decision.ACCEPTED);
        assertThat(cqo.timeline(applicant, registered.getId())).extracting(TimelineEvent::getKind).containsExactly(
                TimelineEvent.Kind.REGISTERED, TimelineEvent.Kind.FILED_AGAIN, TimelineEvent.Kind.RETURNED,
                TimelineEvent.Kind.FILED);
        List<CreditEvent> credit = creditFile.timeline(official(), applicant.enterpriseId());
        assertThat(credit).anySatisfy(c -> {
            assertThat(c.getKind()).isEqualTo("CQO_REGISTERED");
            assertThat(c.getDetail()).contains(registered.getRegistryNumber()).contains("张*").doesNotContain("张明远");
        });

        // Filing the registered person again is refused: it is a change, not a new filing.
        refused(() -> cqo.file(applicant, applicant.enterpriseId(), form("张明远", number), "任命书.pdf", letter()),
                "cqo.file.alreadyRegistered");
    }

    @Test
    void aReplacementEndsThePreviousRegistrationAndATransferMovesThePerson() throws Exception {
        Actor first = freshApplicant(SizeClass.LARGE);
        Actor second = freshApplicant(SizeClass.SMALL);
        Filing a = registeredFiling(first, "孙立", newIdNumber());
        String movingNumber = newIdNumber();

        // The first enterprise replaces its CQO.
        Filing b = cqo.file(first, first.enterpriseId(), form("周敏", movingNumber), "任命书.pdf", letter());
        assertThat(b.getReplacesFilingId()).isEqualTo(a.getId());
        b = cqo.register(official(), b.getId(), b.getVersion());
        Filing aAfter = cqo.get(official(), a.getId());
        assertThat(aAfter.getStatus()).isEqualTo(FilingStatus.ENDED);
        assertThat(aAfter.getEndKind()).isEqualTo(EndKind.REPLACED);
        assertThat(aAfter.getSucceededById()).isEqualTo(b.getId());
        assertThat(filingsOf(first)).filteredOn(f -> f.getStatus() == FilingStatus.REGISTERED).extracting(Filing::getId)
                .containsExactly(b.getId());
        assertThat(cqo.timeline(first, b.getId())).extracting(TimelineEvent::getKind).contains(TimelineEvent.Kind.REPLACED,
                TimelineEvent.Kind.REGISTERED);

        // 周敏 moves to the second enterprise: registered there, the first enterprise's registration ends as a transfer.
        Filing filedThere = cqo.file(second, second.enterpriseId(), form("周敏", movingNumber), "任命书.pdf", letter());
        assertThat(filedThere.getTransferFromId()).isEqualTo(b.getId());
        Filing moved = cqo.register(official(), filedThere.getId(), filedThere.getVersion());
        Filing bAfter = cqo.get(first, b.getId());
        assertThat(bAfter.getEndKind()).isEqualTo(EndKind.TRANSFERRED);
        assertThat(bAfter.getSucceededById()).isEqualTo(moved.getId());
        assertThat(moved.getRegistryNumber()).isNotEqualTo(bAfter.getRegistryNumber());
        assertThat(filingsOf(first)).noneMatch(f -> f.getStatus() == FilingStatus.REGISTERED);
        assertThat(creditFile.timeline(official(), first.enterpriseId())).extracting(CreditEvent::getKind)
                .contains("CQO_ENDED", "CQO_REGISTERED");
        // The second enterprise sees its own story, not the first enterprise's timeline.
        assertThat(cqo.timeline(second, moved.getId())).allSatisfy(t -> assertThat(t.getFilingId()).isEqualTo(moved.getId()));
    }

    @Test
    void changesAndCancellationKeepTheHistory() throws Exception {
        Actor applicant = freshApplicant(SizeClass.MEDIUM);
        Filing f = registeredFiling(applicant, "钱进", newIdNumber());
        List<FilingForm.Member> team = new ArrayList<>(List.of(new FilingForm.Member("李娜", TeamRole.QUALITY_MANAGER, "注册质量经理"),
                new FilingForm.Member("赵刚", TeamRole.QUALITY_ENGINEER, "中级质量工程师")));
        refused(() -> cqo.change(applicant, f.getId(), f.getVersion(), f.getDuties(), team), "cqo.change.nothing");
        List<FilingForm.Member> bigger = new ArrayList<>(team);
        bigger.add(new FilingForm.Member("吴磊", TeamRole.SKILLED_TECHNICIAN, "全国质量技术能手"));
        Filing changed = cqo.change(applicant, f.getId(), f.getVersion(), "质量否决权、质量奖惩和供应商质量管理", bigger);
        assertThat(changed.getDuties()).isEqualTo("质量否决权、质量奖惩和供应商质量管理");
        assertThat(cqo.team(applicant, f.getId())).hasSize(3);
        List<TimelineEvent> lines = cqo.timeline(applicant, f.getId());
        assertThat(lines).extracting(TimelineEvent::getKind).startsWith(TimelineEvent.Kind.TEAM_CHANGED,
                TimelineEvent.Kind.DUTIES_CHANGED);
        assertThat(lines.get(1).getDetail()).contains("before=统筹质量管理体系建设").contains("after=质量否决权");
        refused(() -> cqo.change(applicant, f.getId(), f.getVersion(), "旧版本的修改", bigger), "concurrent.modified");

        refused(() -> cqo.cancel(applicant, f.getId(), changed.getVersion(), ""), "cqo.reason.required");
        Filing cancelled = cqo.cancel(applicant, f.getId(), changed.getVersion(), "该同志已退休，企业另行任命");
        assertThat(cancelled.getStatus()).isEqualTo(FilingStatus.ENDED);
        assertThat(cancelled.getEndKind()).isEqualTo(EndKind.CANCELLED);
        assertThat(cancelled.getEndByBureau()).isFalse();
        assertThat(cancelled.getRegistryNumber()).as("the number stays with the ended record").isNotBlank();
        refused(() -> cqo.cancel(official(), f.getId(), cancelled.getVersion(), "重复注销"), "cqo.state.notRegistered");
        assertThat(audit.history(Filing.AUDIT_TYPE, f.getId())).extracting(e -> e.getAction())
                .contains("file", "register", "change", "end");
    }

    @Test
    void rulesAreVersionedDataAndAFilingKeepsTheVersionItWasCheckedUnder() throws Exception {
        Actor applicant = freshApplicant(SizeClass.LARGE);
        Filing f = cqo.file(applicant, applicant.enterpriseId(), weakForm(newIdNumber()), "任命书.pdf", letter());
        assertThat(f.isRuleMet()).isFalse();
        assertThat(f.getRuleShortfalls()).contains("cqo.rule.education").contains("cqo.rule.years|5|3");
        refused(() -> cqo.register(official(), f.getId(), f.getVersion()), "cqo.register.rulesNotMet");

        Long before = cqo.currentRules().getId();
        Map<SizeClass, QualificationRules.Rule> edited = new EnumMap<>(SizeClass.class);
        for (SizeClass s : SizeClass.values()) {
            edited.put(s, cqo.currentRules().rules().ruleFor(s));
        }
        refused(() -> cqo.editRules(official(), edited, "没有改动"), "cqo.rules.unchanged");
        assertThatThrownBy(() -> cqo.editRules(applicant, edited, "企业不能改")).isInstanceOf(AccessDeniedException.class);
        edited.put(SizeClass.LARGE, new QualificationRules.Rule(Education.ASSOCIATE, 3, true));
        try {
            var next = cqo.editRules(official(), edited, "集成测试：放宽大型企业的条件");
            assertThat(next.getVersionNo()).isGreaterThan(1);
            assertThat(cqo.get(official(), f.getId()).getRuleSetId()).isEqualTo(before);
            Filing returned = cqo.returnFiling(official(), f.getId(), f.getVersion(), "请按新条件重新提交");
            Filing again = cqo.fileAgain(applicant, returned.getId(), returned.getVersion(), weakForm(""), null, null);
            assertThat(again.isRuleMet()).isTrue();
            assertThat(again.getRuleSetId()).isEqualTo(next.getId());
            assertThat(cqo.rounds(official(), f.getId()).get(1).getRuleSetId()).isEqualTo(before);
        } finally {
            // the rules go back to the defaults, so other tests meet the rules they expect
            Map<SizeClass, QualificationRules.Rule> defaults = new EnumMap<>(SizeClass.class);
            for (SizeClass s : SizeClass.values()) {
                defaults.put(s, QualificationRules.DEFAULTS.ruleFor(s));
            }
            cqo.editRules(official(), defaults, "集成测试：恢复默认条件");
        }
    }

    @Test
    void theDatabaseNeverHoldsTheClearNumberAndARevealIsAudited() throws Exception {
        Actor applicant = freshApplicant(SizeClass.MEDIUM);
        String number = newIdNumber();
        Filing f = registeredFiling(applicant, "冯雪", number);
        cqo.change(applicant, f.getId(), cqo.get(applicant, f.getId()).getVersion(), "新的职责：牵头质量提升行动", List.of());

        for (String table : List.of("cqo_filing", "cqo_round", "cqo_event", "cqo_team_member", "audit_entry", "credit_event",
                "attachment", "notification")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT * FROM " + table).getResultList();
            assertThat(rows).as(table).isNotEmpty();
            for (Object[] row : rows) {
                for (Object cell : row) {
                    assertThat(String.valueOf(cell)).as(table).doesNotContain(number).doesNotContain(number.substring(0, 14));
                }
            }
        }

        refused(() -> cqo.revealIdentity(official(), f.getId(), " "), "reveal.reason.required");
        assertThatThrownBy(() -> cqo.revealIdentity(applicant, f.getId(), "企业想看")).isInstanceOf(AccessDeniedException.class);
        assertThat(cqo.revealIdentity(official(), f.getId(), "核对培训证书与身份信息")).isEqualTo(number);
        assertThat(audit.history(Filing.AUDIT_TYPE, f.getId())).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(PersonalDataReveal.IDENTITY_ACTION);
            assertThat(e.getSummary()).contains("核对培训证书");
        });
    }

    @Test
    void thePublicRegistryListsOnlyTheRegisteredWithTheirNamesMasked() throws Exception {
        Actor applicant = freshApplicant(SizeClass.MEDIUM);
        Filing f = registeredFiling(applicant, "欧阳明辉", newIdNumber());
        String code = enterprises.getFor(official(), applicant.enterpriseId()).getCreditCode();

        CqoService.Registry byCode = cqo.registry(code.toLowerCase(java.util.Locale.ROOT), null, 0, 20);
        assertThat(byCode.total()).isEqualTo(1);
        assertThat(byCode.lines().get(0).maskedName()).isEqualTo("欧***");
        assertThat(byCode.lines().get(0).registryNumber()).isEqualTo(f.getRegistryNumber());
        String typed = f.getRegistryNumber().replace("-", " ").toLowerCase(java.util.Locale.ROOT);
        assertThat(cqo.registry(typed, null, 0, 20).lines()).extracting(CqoService.RegistryLine::creditCode).containsExactly(code);
        assertThat(cqo.registry(code, "120101", 0, 20).total()).as("another district").isZero();
        assertThat(cqo.registry(code, "120116", 0, 20).total()).isEqualTo(1);
        assertThat(cqo.registry(null, null, 0, 1).lines()).hasSize(1);
        assertThat(cqo.registry("100%_匹配不到", null, 0, 20).total()).isZero();

        CqoService.Figures before = cqo.figures(official());
        assertThat(before.byDistrict()).anySatisfy(c -> assertThat(c.key()).isEqualTo("120116"));
        assertThat(before.byYear().get(before.byYear().size() - 1).enterprises()).isEqualTo(before.registered());
        assertThatThrownBy(() -> cqo.figures(applicant)).isInstanceOf(AccessDeniedException.class);

        cqo.cancel(official(), f.getId(), cqo.get(official(), f.getId()).getVersion(), "企业已注销营业执照");
        assertThat(cqo.figures(official()).registered()).isEqualTo(before.registered() - 1);
        assertThat(cqo.registry(code, null, 0, 20).total()).as("an ended registration leaves the registry").isZero();
    }

    @Test
    void theStartUpResealLeavesCurrentNumbersAloneAndCountsOnesItCannotOpen() throws Exception {
        Actor applicant = freshApplicant(SizeClass.SMALL);
        Filing f = cqo.file(applicant, applicant.enterpriseId(), form("白杨", newIdNumber()), "任命书.pdf", letter());
        assertThat(cqo.resealBatch(f.getId() - 1, 10).resealed()).as("sealed under the current key already").isZero();

        transaction.begin();
        String before = (String) em.createNativeQuery("SELECT id_sealed FROM cqo_filing WHERE id = ?").setParameter(1, f.getId())
                .getSingleResult();
        em.createNativeQuery("UPDATE cqo_filing SET id_sealed = 'v1:retired:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' WHERE id = ?")
                .setParameter(1, f.getId()).executeUpdate();
        transaction.commit();
        try {
            CqoService.Resealed r = cqo.resealBatch(f.getId() - 1, 10);
            assertThat(r.unreadable()).isEqualTo(1);
            assertThat(r.resealed()).isZero();
            assertThat(r.lastId()).isEqualTo(f.getId());
            assertThat(cqo.resealBatch(f.getId(), 10).lastId()).as("nothing after it").isEqualTo(-1);
        } finally {
            transaction.begin();
            em.createNativeQuery("UPDATE cqo_filing SET id_sealed = ? WHERE id = ?").setParameter(1, before)
                    .setParameter(2, f.getId()).executeUpdate();
            transaction.commit();
        }
    }

    @Test
    void theYearlyReportIsDraftedSubmittedOnceAndTheLateAreRemindedAndListed() throws Exception {
        Actor applicant = freshApplicant(SizeClass.MEDIUM);
        int year = ReportSchedule.reportYearOn(clock.today());
        clock.at(LocalDate.of(year, 6, 1).atTime(10, 0), () -> registeredFiling(applicant, "韩梅", newIdNumber()));
        refused(() -> reports.view(applicant, year + 1), "cqo.report.notYet");
        refused(() -> reports.view(applicant, year - 1), "cqo.report.notDue");

        // Reminders: the opening one on 2 January, once; the late one after the deadline tells the officials too.
        LocalDate opening = LocalDate.of(year + 1, 1, 2);
        assertThat(reports.remind(opening)).isPositive();
        assertThat(reports.remind(opening)).as("sent once").isZero();
        LocalDate late = reports.schedule().deadline(year).plusDays(1);
        long officialNotes = em.createQuery("SELECT COUNT(n) FROM Notification n", Long.class).getSingleResult();
        assertThat(reports.remind(late)).isPositive();
        assertThat(em.createQuery("SELECT COUNT(n) FROM Notification n", Long.class).getSingleResult()).isGreaterThan(officialNotes);
        ReportService.Line line = reports.overview(official(), year).lines().stream()
                .filter(l -> l.enterpriseId().equals(applicant.enterpriseId())).findFirst().orElseThrow();
        assertThat(line.submitted()).isFalse();
        assertThat(line.reminderLevel()).isEqualTo(ReportSchedule.OVERDUE);
        assertThat(line.maskedName()).isEqualTo("韩*");

        ReportForm form = new ReportForm();
        form.setGoalsResults("产品一次交检合格率99.2%，目标99%");
        var draft = reports.save(applicant, year, null, form);
        assertThat(draft.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThatThrownBy(() -> reports.submit(applicant, year, draft.getVersion(), form))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("improvementProjects"));
        form.setImprovementProjects("焊接工序QC小组，返修率下降40%");
        form.setComplaints("全年投诉3起，均在7日内处理完毕");
        form.setTraining("全员质量培训2期，186人次");
        form.setVetoUse("对两批不合格原材料行使否决，退货处理");
        form.setVetoCount(2);
        var submitted = reports.submit(applicant, year, draft.getVersion(), form);
        assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        refused(() -> reports.save(applicant, year, submitted.getVersion(), form), "cqo.report.alreadySubmitted");
        assertThat(reports.overview(official(), year).lines()).filteredOn(l -> l.enterpriseId().equals(applicant.enterpriseId()))
                .singleElement().satisfies(l -> assertThat(l.submitted()).isTrue());
        reports.remind(late.plusMonths(1).plusDays(1));
        assertThat(reports.overview(official(), year).lines()).filteredOn(l -> l.enterpriseId().equals(applicant.enterpriseId()))
                .singleElement().as("no reminder after submitting").satisfies(l -> assertThat(l.reminderLevel()).isEqualTo(ReportSchedule.OVERDUE));
        Actor other = accounts.findByUsername("it-applicant-b").orElseThrow().actor();
        assertThatThrownBy(() -> reports.get(other, submitted.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.overview(applicant, year)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainingListCompletesAFilingAndExistingOfficersAreImportedAllOrNothing() throws Exception {
        // A filing short only of the training; the training body's list brings it in line.
        Actor applicant = freshApplicant(SizeClass.MEDIUM);
        String number = newIdNumber();
        FilingForm untrained = form("贺军", number);
        untrained.setTrainingCertificate(null);
        Filing f = cqo.file(applicant, applicant.enterpriseId(), untrained, "任命书.pdf", letter());
        assertThat(f.isRuleMet()).isFalse();
        String certificate = "IT-PX-" + System.nanoTime();
        String list = "姓名,证件号码,证书编号,结业日期,培训机构\n贺军," + number + "," + certificate + ",2025-06-30,天津市质量协会\n";
        assertThatThrownBy(() -> cqo.importTraining(applicant, "名单.csv", list.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        CqoService.ImportReport training = cqo.importTraining(official(), "名单.csv", list.getBytes(StandardCharsets.UTF_8));
        assertThat(training.ok()).isTrue();
        assertThat(training.stored()).isEqualTo(1);
        assertThat(training.matched()).isEqualTo(1);
        assertThat(cqo.get(official(), f.getId()).isRuleMet()).isTrue();
        assertThat(cqo.training(applicant, f.getId())).extracting(t -> t.getCertificateNo()).containsExactly(certificate);
        assertThat(cqo.timeline(applicant, f.getId())).extracting(TimelineEvent::getKind).contains(TimelineEvent.Kind.TRAINING_MATCHED);
        CqoService.ImportReport again = cqo.importTraining(official(), "名单.csv", list.getBytes(StandardCharsets.UTF_8));
        assertThat(again.errors()).extracting(e -> e.messageKey()).containsExactly("cqo.import.trainingKnown");

        // CQOs from before the portal: one bad row and nothing is stored; corrected, both are registered.
        Enterprise first = TestFixtures.newEnterprise("91120104MA09", "集成测试存量企业甲" + System.nanoTime() % 100_000);
        Enterprise second = TestFixtures.newEnterprise("91120110MA09", "集成测试存量企业乙" + System.nanoTime() % 100_000);
        transaction.begin();
        enterprises.createWithoutUser(first);
        enterprises.createWithoutUser(second);
        transaction.commit();
        String header = "统一社会信用代码,姓名,证件号码,学历,职称,职务,直接向谁报告,从事质量工作年限,培训证书编号,任命日期,职责,登记日期\n";
        String rowA = first.getCreditCode() + ",曹雪," + newIdNumber() + ",本科,高级工程师,副总经理,总经理,9,PX-1,2019-03-01,统筹质量管理,2019-05-20\n";
        String rowB = second.getCreditCode() + ",魏东," + newIdNumber() + ",硕士,正高级工程师,总工程师,董事会,12,PX-2,2021-01-10,质量否决,2021年2月1日\n";
        String unknown = TestFixtures.newEnterprise("91120104MA09", "不存在").getCreditCode();
        String bad = unknown + ",周岚," + newIdNumber() + ",本科,工程师,经理,总经理,6,PX-3,2020-01-01,职责,2020-02-01\n";
        long before = cqo.registeredEnterprises();
        CqoService.ImportReport refused = cqo.importExisting(official(), "存量.csv",
                (header + rowA + bad + rowB).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.errors()).extracting(e -> e.line(), e -> e.messageKey())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "cqo.import.enterpriseUnknown"));
        assertThat(cqo.registeredEnterprises()).as("nothing stored").isEqualTo(before);

        CqoService.ImportReport stored = cqo.importExisting(official(), "存量.csv", (header + rowA + rowB).getBytes(StandardCharsets.UTF_8));
        assertThat(stored.ok()).isTrue();
        assertThat(stored.stored()).isEqualTo(2);
        assertThat(cqo.registeredEnterprises()).isEqualTo(before + 2);
        Filing imported = cqo.ofEnterprise(official(), enterprises.findByCode(first.getCreditCode()).orElseThrow().getId()).get(0);
        assertThat(imported.getStatus()).isEqualTo(FilingStatus.REGISTERED);
        assertThat(imported.getRegisteredOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(imported.getRegistryNumber()).startsWith("TJCQO-2019-04-");
        assertThat(cqo.registry(second.getCreditCode(), null, 0, 5).lines()).extracting(CqoService.RegistryLine::maskedName)
                .containsExactly("魏*");
        assertThat(cqo.importExisting(official(), "存量.csv", (header + rowA).getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(e -> e.messageKey()).containsExactly("cqo.import.enterpriseHasCqo");
    }

    private Filing registeredFiling(Actor applicant, String name, String number) {
        Filing f = cqo.file(applicant, applicant.enterpriseId(), form(name, number), "任命书.pdf", letter());
        return cqo.register(official(), f.getId(), f.getVersion());
    }
}
