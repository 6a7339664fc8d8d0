package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.StaffAccountService;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.review.ExpertConflict;
import cn.tianjin.quality.review.ExpertDraw;
import cn.tianjin.quality.review.ExpertLoadService;
import cn.tianjin.quality.review.ExpertSeatService;
import cn.tianjin.quality.review.PanelService;
import cn.tianjin.quality.review.ReviewAssignment;
import cn.tianjin.quality.review.ReviewEntry;
import cn.tianjin.quality.review.ReviewRound;
import cn.tianjin.quality.review.ReviewRoundService;
import cn.tianjin.quality.review.ScoreSheet;
import cn.tianjin.quality.review.ScoreSheetService;
import cn.tianjin.quality.review.ExpertProfile;
import cn.tianjin.quality.review.ExpertService;
import cn.tianjin.quality.review.RubricCategory;
import cn.tianjin.quality.review.RubricDefinition;
import cn.tianjin.quality.review.RubricItem;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.RubricVersion;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The review engine's services on MariaDB: rubrics as versioned data. */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {
    @Inject
    cn.tianjin.quality.platform.PortalClock clock;


    @Inject
    RubricService rubrics;

    @Inject
    AccountService accounts;

    @Inject
    StaffAccountService staffAccounts;

    @Inject
    AuditLog audit;

    private Actor official() {
        return accounts.findByUsername("it-official").orElseThrow().actor();
    }

    @Test
    void theDefaultRubricsAreInstalledAndAddUp() {
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        assertThat(gbt.getTotalPoints()).isEqualTo(1000);
        assertThat(gbt.definition().categories()).extracting(RubricCategory::points)
                .containsExactly(110, 90, 90, 130, 100, 80, 400);
        assertThat(rubrics.check(gbt.definition())).isEmpty();
        assertThat(rubrics.latestVersions(official())).extracting(v -> v.getRubric().getProgramme()).contains("AWARD", "BRAND");
    }

    @Test
    void aFrozenRubricNeverChangesAndAnEditBecomesTheNextVersion() {
        Actor official = official();
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        String code = "it-rubric-" + Long.toString(System.nanoTime(), 36);
        RubricVersion v1 = rubrics.copy(official, gbt.getId(), code, "测试标准", "Test rubric");
        assertThat(v1.getVersionNo()).isEqualTo(1);
        assertThat(v1.isFrozen()).isFalse();

        RubricVersion frozen = rubrics.freeze(official, v1.getId());
        String frozenJson = frozen.json();
        RubricDefinition edited = renamed(frozen.definition(), "测试标准（修订）");
        RubricVersion v2 = rubrics.save(official, frozen.getId(), frozen.getVersion(), edited);
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(v2.getNameZh()).isEqualTo("测试标准（修订）");
        assertThat(rubrics.get(official, v1.getId()).json()).as("v1 unchanged").isEqualTo(frozenJson);

        RubricVersion v2again = rubrics.save(official, v2.getId(), v2.getVersion(), renamed(edited, "草稿再改"));
        assertThat(v2again.getId()).as("a draft is edited in place").isEqualTo(v2.getId());
        assertThatThrownBy(() -> rubrics.save(official, v1.getId(), frozen.getVersion(), edited))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("rubric.notLatest"));
        assertThat(audit.history("rubric-version", v1.getId())).extracting("action").contains("copy", "freeze");
    }

    @Test
    void pointsThatDoNotAddUpAreRefusedWithTheCategoryNamed() {
        Actor official = official();
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        String code = "it-bad-" + Long.toString(System.nanoTime(), 36);
        RubricVersion copy = rubrics.copy(official, gbt.getId(), code, null, null);
        RubricDefinition def = copy.definition();
        List<RubricCategory> cats = new ArrayList<>(def.categories());
        RubricCategory first = cats.get(0);
        List<RubricItem> items = new ArrayList<>(first.items());
        RubricItem item = items.get(0);
        items.set(0, new RubricItem(item.code(), item.nameZh(), item.nameEn(), item.points() + 5, item.kind(), item.bands()));
        cats.set(0, new RubricCategory(first.code(), first.nameZh(), first.nameEn(), first.points(), items));
        RubricDefinition bad = new RubricDefinition(def.code(), def.nameZh(), def.nameEn(), def.totalPoints(), cats);

        assertThat(rubrics.check(bad)).anySatisfy(p -> assertThat(p.args()).contains(first.code()));
        assertThatThrownBy(() -> rubrics.save(official, copy.getId(), copy.getVersion(), bad)).isInstanceOf(BusinessException.class);
        assertThat(rubrics.get(official, copy.getId()).json()).isEqualTo(copy.json());
        assertThatThrownBy(() -> rubrics.latestVersions(accounts.findByUsername("it-expert").orElseThrow().actor()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRubricExportedAsJsonImportsAsItsNextVersion() {
        Actor official = official();
        RubricVersion brand = rubrics.latest("gbt19580-2012").orElseThrow();
        String code = "it-json-" + Long.toString(System.nanoTime(), 36);
        RubricVersion v1 = rubrics.freeze(official, rubrics.copy(official, brand.getId(), code, null, null).getId());
        RubricVersion v2 = rubrics.importJson(official, "AWARD", v1.json());
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(v2.definition()).isEqualTo(v1.definition());
        assertThatThrownBy(() -> rubrics.importJson(official, "AWARD", "{\"code\": "))
                .isInstanceOf(BusinessException.class);
    }

    private static RubricDefinition renamed(RubricDefinition d, String nameZh) {
        return new RubricDefinition(d.code(), nameZh, d.nameEn(), d.totalPoints(), d.categories());
    }

    @Inject
    ExpertService experts;

    private Actor freshExpert(String email) {
        String name = "exp" + Long.toString(System.nanoTime(), 36);
        var a = staffAccounts.createStaffAccount(official(), new StaffAccountService.StaffAccountForm(name, "专家" + name,
                email == null ? name + "@it.example.cn" : email, null, Role.EXPERT, "天津大学", null, "zh-CN"));
        return a.actor();
    }

    @Test
    void aDeclaredConflictHidesTheEnterpriseUntilAnOfficialEndsIt() {
        Actor expert = freshExpert(null);
        assertThat(experts.isConflicted(expert.userId(), TestFixtures.CODE_A)).isFalse();
        ExpertConflict c = experts.declare(expert, TestFixtures.CODE_A, null, ExpertConflict.Kind.BUSINESS, "顾问");
        assertThat(c.getEnterpriseName()).as("the registered name is filled in").isEqualTo("集成测试甲企业有限公司");
        assertThat(experts.isConflicted(expert.userId(), TestFixtures.CODE_A)).isTrue();
        assertThat(experts.isConflicted(expert.userId(), TestFixtures.CODE_B)).isFalse();
        assertThatThrownBy(() -> experts.declare(expert, TestFixtures.CODE_A, null, ExpertConflict.Kind.FAMILY, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("conflict.duplicate"));
        assertThatThrownBy(() -> experts.endConflict(expert, c.getId(), "不再担任顾问")).isInstanceOf(AccessDeniedException.class);
        experts.endConflict(official(), c.getId(), "顾问合同已于去年终止");
        assertThat(experts.isConflicted(expert.userId(), TestFixtures.CODE_A)).isFalse();
        assertThat(experts.conflicts(expert, expert.userId())).singleElement()
                .satisfies(x -> assertThat(x.getEndReason()).isEqualTo("顾问合同已于去年终止"));
        assertThat(audit.history("expert-conflict", c.getId())).extracting("action").containsExactly("declare", "end");
    }

    @Test
    void theOwnOrganisationAndTheEnterprisesOwnUsersAreConflictedWithoutDeclaring() {
        Actor byOrganisation = freshExpert(null);
        ExpertProfile p = experts.profile(official(), byOrganisation.userId());
        p.setOrganisation("集成测试乙企业有限公司");
        p.setTitle("高级工程师");
        p.setOrganisationCode(TestFixtures.CODE_B.toLowerCase());
        ExpertProfile stored = experts.saveProfile(official(), byOrganisation.userId(), p);
        assertThat(stored.getOrganisationCode()).isEqualTo(TestFixtures.CODE_B);
        assertThat(experts.isConflicted(byOrganisation.userId(), TestFixtures.CODE_B)).isTrue();

        Actor sameEmail = freshExpert("it-applicant-a@test.example.cn");
        assertThat(experts.isConflicted(sameEmail.userId(), TestFixtures.CODE_A)).isTrue();
        assertThat(experts.isConflicted(sameEmail.userId(), TestFixtures.CODE_B)).isFalse();
    }

    @Test
    void anExpertKeepsOnlyTheirOwnProfileAndCannotRaiseTheirLoad() {
        Actor expert = freshExpert(null);
        Actor other = freshExpert(null);
        ExpertProfile p = experts.profile(expert, expert.userId());
        p.setOrganisation("南开大学");
        p.setTitle("教授");
        p.setIndustryList(java.util.Set.of("C", "I"));
        ExpertProfile first = experts.saveProfile(expert, expert.userId(), p);
        first.setMaxLoad(99);
        ExpertProfile second = experts.saveProfile(expert, expert.userId(), first);
        assertThat(second.getMaxLoad()).as("the bureau sets the load").isEqualTo(20);
        assertThat(second.getIndustryList()).containsExactlyInAnyOrder("C", "I");
        assertThatThrownBy(() -> experts.profile(other, expert.userId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experts.conflicts(other, expert.userId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experts.declare(official(), TestFixtures.CODE_A, null, ExpertConflict.Kind.OTHER, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ExpertLoadService expertLoads;

    @Inject
    ExpertSeatService expertSeats;

    @Inject
    cn.tianjin.quality.enterprise.EnterpriseService enterprises;

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    private ReviewRound roundWithEntries(int panelSize) {
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        ReviewRound r = rounds.create(official(), "AWARD", "集成测试轮次 " + System.nanoTime(), gbt.getId(), panelSize);
        for (String code : List.of(TestFixtures.CODE_A, TestFixtures.CODE_B)) {
            Long id = enterprises.findByCode(code).orElseThrow().getId();
            rounds.addEntry(official(), r.getId(), id, "质量管理模式 " + code.substring(10), "TEST", null, null);
        }
        return r;
    }

    private void declareOnce(String expert, String code) {
        Actor a = actor(expert);
        if (!experts.isConflicted(a.userId(), code)) {
            experts.declare(a, code, null, ExpertConflict.Kind.EMPLOYER, null);
        }
    }

    @Test
    void theSolverFillsEveryPanelAndNeverSeatsAConflictedExpert() {
        declareOnce("it-panel1", TestFixtures.CODE_A);
        ReviewRound r = roundWithEntries(3);
        assertThat(rubrics.version(r.getRubric().getId()).isFrozen()).as("a rubric in use is frozen").isTrue();
        List<ReviewAssignment> seats = panels.assignBySolver(official(), r.getId());
        List<ReviewEntry> entries = rounds.entries(official(), r.getId());
        for (ReviewEntry e : entries) {
            assertThat(seats.stream().filter(s -> s.getEntryId().equals(e.getId()))).hasSize(3);
        }
        Long panel1 = actor("it-panel1").userId();
        Long entryA = entries.get(0).getId();
        assertThat(seats).noneMatch(s -> s.getEntryId().equals(entryA) && s.getExpertUserId().equals(panel1));
        assertThat(rounds.round(official(), r.getId()).getStage()).isEqualTo(ReviewRound.Stage.ASSIGNED);
        assertThatThrownBy(() -> panels.assignBySolver(official(), r.getId())).isInstanceOf(BusinessException.class);

        Long someExpert = seats.get(0).getExpertUserId();
        Actor seated = accounts.get(someExpert).actor();
        assertThat(expertSeats.seatsOf(seated)).allMatch(x -> x.assignment().getExpertUserId().equals(someExpert));
        // The desk lists the newest seats first and only so many of them.
        var all = expertSeats.seatsOf(seated);
        assertThat(expertSeats.latestSeatsOf(seated, 1)).extracting(x -> x.assignment().getId())
                .containsExactly(all.get(all.size() - 1).assignment().getId());
        assertThatThrownBy(() -> expertSeats.seatsOf(actor("it-applicant-a"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.entries(seated, r.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDrawIsReproducibleFromItsStoredSeed() {
        declareOnce("it-panel2", TestFixtures.CODE_B);
        ReviewRound r = roundWithEntries(2);
        List<ReviewAssignment> seats = panels.assignByDraw(official(), r.getId(), 20261123L);
        ReviewRound drawn = rounds.round(official(), r.getId());
        assertThat(drawn.getDrawSeed()).isEqualTo(20261123L);
        List<Long> pool = experts.activeExperts().stream().map(u -> u.getId())
                .filter(id -> experts.profiles(List.of(accounts.get(id))).get(id).isAvailable()).toList();
        for (ReviewEntry e : rounds.entries(official(), r.getId())) {
            String code = enterprises.getFor(official(), e.getEnterpriseId()).getCreditCode();
            java.util.Set<Long> conflicted = new java.util.HashSet<>();
            pool.forEach(x -> {
                if (experts.isConflicted(x, code)) {
                    conflicted.add(x);
                }
            });
            var again = ExpertDraw.draw(drawn.getDrawSeed(), e.getId(), pool, 2, conflicted);
            assertThat(seats.stream().filter(s -> s.getEntryId().equals(e.getId())).map(ReviewAssignment::getExpertUserId))
                    .containsExactlyInAnyOrderElementsOf(again.experts());
            assertThat(again.experts()).noneMatch(conflicted::contains);
        }
        assertThat(audit.history("review-round", r.getId())).extracting("summary")
                .anySatisfy(x -> assertThat((String) x).startsWith("seed=20261123"));

        // A recused expert is replaced by continuing the same seeded draw: the same replacement anyone gets from
        // ExpertDraw.redraw on the original panel.
        ReviewEntry first = rounds.entries(official(), r.getId()).get(0);
        String code = enterprises.getFor(official(), first.getEnterpriseId()).getCreditCode();
        java.util.Set<Long> conflicted = new java.util.HashSet<>();
        pool.forEach(x -> {
            if (experts.isConflicted(x, code)) {
                conflicted.add(x);
            }
        });
        var original = ExpertDraw.draw(20261123L, first.getId(), pool, 2, conflicted);
        long recused = original.experts().get(0);
        ReviewAssignment seat = panels.assignments(official(), r.getId()).stream()
                .filter(a -> a.getEntryId().equals(first.getId()) && a.getExpertUserId() == recused).findFirst().orElseThrow();
        ReviewAssignment replacement = panels.withdraw(official(), seat.getId(), "本人回避");
        assertThat(replacement).isNotNull();
        assertThat(replacement.getExpertUserId())
                .isEqualTo(ExpertDraw.redraw(20261123L, original, recused).replacement().replacementExpert())
                .isNotIn(original.experts()).isNotIn(conflicted);
        assertThat(audit.history("review-entry", first.getId())).extracting("action").contains("withdraw-seat", "redraw");
    }

    @Test
    void handChangesRefuseConflictsWarnOfOverloadAndWithdrawalsStayOnRecord() {
        declareOnce("it-panel1", TestFixtures.CODE_A);
        ReviewRound r = roundWithEntries(1);
        List<ReviewEntry> entries = rounds.entries(official(), r.getId());
        Long entryA = entries.get(0).getId();
        Actor panel1 = actor("it-panel1");
        assertThatThrownBy(() -> panels.seatByHand(official(), r.getId(), entryA, panel1.userId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("review.assign.conflicted"));

        Actor panel3 = actor("it-panel3");
        assertThat(panels.seatByHand(official(), r.getId(), entryA, panel3.userId())).isNull();
        var warning = panels.seatByHand(official(), r.getId(), entryA, actor("it-panel4").userId());
        assertThat(warning).isNotNull();
        assertThat(warning.messageKey()).isEqualTo("review.assign.panelTooLarge");

        ReviewAssignment seat = panels.assignments(official(), r.getId()).stream()
                .filter(a -> a.getExpertUserId().equals(panel3.userId())).findFirst().orElseThrow();
        assertThat(expertSeats.seatsOf(panel3)).anyMatch(s -> s.assignment().getId().equals(seat.getId()));
        panels.withdraw(official(), seat.getId(), "本人申请回避");
        assertThat(expertSeats.seatsOf(panel3)).noneMatch(s -> s.assignment().getId().equals(seat.getId()));
        assertThat(audit.history("review-entry", entryA)).extracting("action").contains("seat", "withdraw-seat");
    }

    @Inject
    ScoreSheetService sheets;

    @Test
    void anExpertScoresOnlyTheirOwnSeatInStepsOfFiveAndASubmittedSheetIsLockedUntilReopened() {
        ReviewRound r = roundWithEntries(1);
        ReviewEntry entryB = rounds.entries(official(), r.getId()).get(1);
        Actor panel3 = actor("it-panel3");
        panels.seatByHand(official(), r.getId(), entryB.getId(), panel3.userId());
        ReviewAssignment seat = panels.assignments(official(), r.getId()).stream()
                .filter(a -> a.getExpertUserId().equals(panel3.userId())).findFirst().orElseThrow();

        assertThatThrownBy(() -> sheets.open(actor("it-panel4"), seat.getId())).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
        assertThatThrownBy(() -> sheets.open(official(), seat.getId())).isInstanceOf(AccessDeniedException.class);

        var view = sheets.open(panel3, seat.getId());
        assertThat(view.items()).hasSize(view.rubric().items().size());
        Long sheetId = view.sheet().getId();
        var oneItem = view.rubric().items().get(0);
        assertThatThrownBy(() -> sheets.save(panel3, sheetId, view.sheet().getVersion(),
                List.of(new ScoreSheetService.ItemInput(oneItem.code(), 33, null, null))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("score.item.percent.step"));
        assertThatThrownBy(() -> sheets.submit(panel3, sheetId))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("score.sheet.missing"));

        // Every item at 50%: the total is half the rubric's points.
        List<ScoreSheetService.ItemInput> half = view.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), 50, "优势", "改进")).toList();
        var saved = sheets.save(panel3, sheetId, view.sheet().getVersion(), half);
        var submitted = sheets.submit(panel3, sheetId);
        assertThat(submitted.getTotal()).isEqualByComparingTo(java.math.BigDecimal.valueOf(view.rubric().totalPoints() / 2));
        assertThatThrownBy(() -> sheets.save(panel3, sheetId, submitted.getVersion(), half))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("score.sheet.locked"));

        assertThatThrownBy(() -> sheets.reopen(panel3, sheetId, "想修改")).isInstanceOf(AccessDeniedException.class);
        sheets.reopen(official(), sheetId, "第4.1.1条评分依据不足，请复核");
        assertThat(sheets.open(panel3, seat.getId()).sheet().getStatus()).isEqualTo(ScoreSheet.Status.DRAFT);
        assertThat(audit.history("score-sheet", sheetId)).extracting("action")
                .containsSubsequence("open", "save-draft", "submit", "reopen");
        assertThat(saved).isNotNull();
    }

    @Inject
    cn.tianjin.quality.review.ResultsService results;

    @Inject
    cn.tianjin.quality.review.ConsensusService consensus;

    @Inject
    cn.tianjin.quality.review.FeedbackService feedback;

    @Inject
    cn.tianjin.quality.platform.notify.NotificationService notifications;

    @Inject
    cn.tianjin.quality.platform.files.AttachmentService attachments;

    /** A round with entry B only, seated by hand with the given experts; returns the seats in seating order. */
    private List<ReviewAssignment> roundOnB(String... experts) {
        RubricVersion gbt = rubrics.latest("gbt19580-2012").orElseThrow();
        ReviewRound r = rounds.create(official(), "AWARD", "合议测试轮次 " + System.nanoTime(), gbt.getId(), experts.length);
        Long b = enterprises.findByCode(TestFixtures.CODE_B).orElseThrow().getId();
        ReviewEntry entry = rounds.addEntry(official(), r.getId(), b, "乙企业卓越绩效模式", "TEST", null, null);
        for (String expert : experts) {
            panels.seatByHand(official(), r.getId(), entry.getId(), actor(expert).userId());
        }
        return panels.assignments(official(), r.getId());
    }

    /** Opens, fills every item at one percentage with comments, and submits the expert's sheet. */
    private ScoreSheet score(String expert, ReviewAssignment seat, int percent) {
        Actor a = actor(expert);
        var view = sheets.open(a, seat.getId());
        List<ScoreSheetService.ItemInput> inputs = view.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), percent, expert + "认为" + i.code() + "有优势", expert + "建议改进")).toList();
        sheets.save(a, view.sheet().getId(), view.sheet().getVersion(), inputs);
        return sheets.submit(a, view.sheet().getId());
    }

    @Test
    void aDoubleClickedSubmitStoresTheSheetOnceAndTellsTheSecondClickItIsLocked() throws Exception {
        ReviewAssignment seat = roundOnB("it-panel3").get(0);
        Actor expert = actor("it-panel3");
        var view = sheets.open(expert, seat.getId());
        Long sheetId = view.sheet().getId();
        sheets.save(expert, sheetId, view.sheet().getVersion(), view.rubric().items().stream()
                .map(i -> new ScoreSheetService.ItemInput(i.code(), 60, null, null)).toList());

        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(pool.submit(() -> {
                start.await();
                try {
                    return "stored " + sheets.submit(expert, sheetId).getTotal();
                } catch (BusinessException e) {
                    return "told " + e.messageKey();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (var click : clicks) {
            outcomes.add(click.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).hasSize(2).containsOnlyOnce("told score.sheet.locked").anyMatch(o -> o.startsWith("stored "));
        assertThat(audit.history("score-sheet", sheetId)).filteredOn(e -> e.getAction().equals("submit")).hasSize(1);
    }

    @Test
    void consensusRevisesWithReasonsTheChairRecordsAndTheLockedRankingFollows() {
        List<ReviewAssignment> seats = roundOnB("it-panel1", "it-panel3", "it-panel4");
        Long roundId = seats.get(0).getRoundId();
        Long entryId = seats.get(0).getEntryId();
        score("it-panel1", seats.get(0), 50);
        score("it-panel3", seats.get(1), 50);
        assertThatThrownBy(() -> results.openConsensus(official(), roundId))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("results.unfinished"));
        // 500, 500 and 900 of 1000: every item spreads 40% and 900 lies 2.12 deviations from the others' 500.
        ScoreSheet lenient = score("it-panel4", seats.get(2), 90);

        var board = results.board(official(), roundId);
        assertThat(board.results().row(entryId).needsConsensus()).isTrue();
        assertThat(board.results().row(entryId).raw().mean()).isEqualByComparingTo("633.3");
        assertThatThrownBy(() -> consensus.view(actor("it-panel3"), seats.get(1).getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("consensus.notOpen"));

        results.openConsensus(official(), roundId);
        var view = consensus.view(actor("it-panel3"), seats.get(1).getId());
        assertThat(view.myLetter()).isEqualTo("B");
        assertThat(view.chairLetter()).isEqualTo("A");
        assertThat(view.items()).isNotEmpty();
        assertThat(view.items().get(0).marks()).extracting("letter").containsExactly("A", "B", "C");
        assertThat(view.outliers()).extracting("letter").containsExactly("C");
        consensus.post(actor("it-panel3"), seats.get(1).getId(), "C专家对4.1.1的依据是什么？");

        String item = view.items().get(0).item().code();
        Actor panel4 = actor("it-panel4");
        assertThatThrownBy(() -> consensus.revise(panel4, seats.get(2).getId(), item, 50, " "))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("consensus.revise.reason"));
        assertThat(results.board(official(), roundId).results().row(entryId).raw().mean()).isEqualByComparingTo("633.3");
        var revised = consensus.revise(panel4, seats.get(2).getId(), item, 50, "听取讨论后认为证据不足");
        assertThat(revised.getTotal()).isLessThan(lenient.getTotal());
        assertThat(audit.history("score-sheet", revised.getId())).extracting("action").contains("revise");

        assertThatThrownBy(() -> consensus.record(panel4, seats.get(2).getId(), new java.math.BigDecimal("560"), "一致"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("consensus.record.notChair"));
        var current = results.board(official(), roundId).round();
        assertThatThrownBy(() -> results.lock(official(), roundId, cn.tianjin.quality.review.AggregationMethod.TRIMMED, current.getVersion()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("results.consensus.missing"));
        Actor chair = actor("it-panel1");
        assertThatThrownBy(() -> consensus.record(chair, seats.get(0).getId(), new java.math.BigDecimal("1000.5"), "过高"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("consensus.record.score"));
        consensus.record(chair, seats.get(0).getId(), new java.math.BigDecimal("560"), "合议后认为过程类条目普遍处于50%-65%段");

        var before = results.board(official(), roundId).round();
        results.lock(official(), roundId, cn.tianjin.quality.review.AggregationMethod.TRIMMED, before.getVersion());
        var locked = results.board(official(), roundId);
        assertThat(locked.round().getStage()).isEqualTo(ReviewRound.Stage.CLOSED);
        assertThat(locked.ranking()).singleElement().satisfies(p -> assertThat(p.entry().score()).isEqualByComparingTo("560.0"));
        assertThat(audit.history("review-round", roundId)).extracting("action").containsSubsequence("open-consensus", "lock");

        // Locked means locked: no reopening, no more discussion.
        assertThatThrownBy(() -> sheets.reopen(official(), lenient.getId(), "再改一次"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("review.round.locked"));
        assertThatThrownBy(() -> consensus.post(chair, seats.get(0).getId(), "还有一点"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("consensus.notOpen"));
        // Nor a change of panel: no seat added, none taken back, nothing recorded.
        int auditRows = audit.history("review-entry", seats.get(0).getEntryId()).size();
        assertThatThrownBy(() -> panels.seatByHand(official(), roundId, seats.get(0).getEntryId(), actor("it-expert").userId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("review.seats.locked"));
        assertThatThrownBy(() -> panels.withdraw(official(), seats.get(1).getId(), "本人申请回避"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("review.seats.locked"));
        assertThat(audit.history("review-entry", seats.get(0).getEntryId())).hasSize(auditRows);
    }

    @Test
    void feedbackIsGatheredEditedAndReachesOnlyItsOwnApplicantOnceReleased() {
        List<ReviewAssignment> seats = roundOnB("it-panel3", "it-panel4");
        Long roundId = seats.get(0).getRoundId();
        Long entryId = seats.get(0).getEntryId();
        score("it-panel3", seats.get(0), 60);
        score("it-panel4", seats.get(1), 70);
        assertThatThrownBy(() -> feedback.report(official(), entryId))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("feedback.notLocked"));
        results.lock(official(), roundId, cn.tianjin.quality.review.AggregationMethod.MEAN,
                results.board(official(), roundId).round().getVersion());

        var report = feedback.report(official(), entryId);
        var leadership = report.categories().get(0);
        assertThat(leadership.band()).isEqualTo(cn.tianjin.quality.review.ScoreBand.B50_65);
        assertThat(leadership.strengths()).contains("it-panel3认为4.1.1有优势").contains("it-panel4认为4.1.1有优势");
        assertThat(leadership.edited()).isFalse();
        String code = leadership.category().code();
        assertThatThrownBy(() -> feedback.saveAll(official(), entryId, List.of(
                new cn.tianjin.quality.review.FeedbackService.Edit(code, "高层领导重视质量", "x".repeat(8001), 0))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("text.tooLong"));
        assertThat(feedback.report(official(), entryId).categories().get(0).edited()).isFalse();
        feedback.saveAll(official(), entryId, List.of(new cn.tianjin.quality.review.FeedbackService.Edit(code, "高层领导重视质量", "战略展开不足", 0)));
        assertThatThrownBy(() -> feedback.saveAll(official(), entryId, List.of(new cn.tianjin.quality.review.FeedbackService.Edit(code, "旧版本", "覆盖", 0))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("concurrent.modified"));

        Actor ownApplicant = actor("it-applicant-b");
        assertThatThrownBy(() -> feedback.report(ownApplicant, entryId)).isInstanceOf(AccessDeniedException.class);
        assertThat(feedback.released(ownApplicant)).extracting(ReviewEntry::getId).doesNotContain(entryId);
        feedback.release(official(), roundId);
        assertThat(feedback.released(ownApplicant)).extracting(ReviewEntry::getId).contains(entryId);
        assertThat(feedback.report(ownApplicant, entryId).categories().get(0).strengths()).isEqualTo("高层领导重视质量");
        byte[] pdf = feedback.pdf(ownApplicant, entryId, java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(notifications.inbox(ownApplicant, 20)).extracting("subject").anyMatch(s -> s.toString().contains("乙企业卓越绩效模式"));

        assertThatThrownBy(() -> feedback.report(actor("it-applicant-a"), entryId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.pdf(actor("it-panel3"), entryId, java.util.Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConflictDeclaredAfterSeatingHidesTheEntryFromEveryExpertPath() {
        List<ReviewAssignment> seats = roundOnB("it-expert");
        Actor expert = actor("it-expert");
        Long seat = seats.get(0).getId();
        assertThat(expertSeats.seatsOf(expert)).extracting(x -> x.assignment().getId()).contains(seat);
        sheets.open(expert, seat);
        Long entryId = seats.get(0).getEntryId();
        var material = attachments.store(official(), cn.tianjin.quality.review.EntryMaterials.OWNER_TYPE, entryId, "申报材料.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(attachments.get(expert, material.getId()).getFileName()).isEqualTo("申报材料.pdf");
        assertThatThrownBy(() -> attachments.get(actor("it-panel4"), material.getId()))
                .as("an expert without a seat on the entry").isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);

        ExpertConflict c = experts.declare(expert, TestFixtures.CODE_B, null, ExpertConflict.Kind.FORMER_EMPLOYER, "2024年离职");
        try {
            assertThat(expertSeats.seatsOf(expert)).extracting(x -> x.assignment().getId()).doesNotContain(seat);
            assertThatThrownBy(() -> sheets.open(expert, seat)).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
            assertThatThrownBy(() -> consensus.view(expert, seat)).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
            assertThatThrownBy(() -> attachments.get(expert, material.getId())).isInstanceOf(cn.tianjin.quality.platform.NotFoundException.class);
            assertThatThrownBy(() -> attachments.ofOwner(expert, cn.tianjin.quality.review.EntryMaterials.OWNER_TYPE, entryId))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feedback.pdf(expert, seats.get(0).getEntryId(), java.util.Locale.SIMPLIFIED_CHINESE))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            experts.endConflict(official(), c.getId(), "测试结束");
        }
    }

    @Test
    void expertsWithSheetsDueAreRemindedOnceADay() {
        List<ReviewAssignment> seats = roundOnB("it-panel3");
        Long roundId = seats.get(0).getRoundId();
        java.time.LocalDate today = clock.today();
        assertThatThrownBy(() -> results.setDeadline(official(), roundId, today.minusDays(1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("results.deadline.past"));
        results.setDeadline(official(), roundId, today.plusDays(2));

        assertThat(results.remindDue(today)).isGreaterThanOrEqualTo(1);
        assertThat(results.remindDue(today)).isZero();
        String title = results.board(official(), roundId).round().getTitle();
        assertThat(notifications.inbox(actor("it-panel3"), 50)).extracting("subject").anyMatch(s -> s.toString().contains(title));
    }

    @Test
    void theRoundPageReadsOnePageOfEntriesWithTheirPanelsAndFilesAndOnlyForOfficials() {
        ReviewRound r = roundWithEntries(2);
        Long entA = enterprises.findByCode(TestFixtures.CODE_A).orElseThrow().getId();
        Long entB = enterprises.findByCode(TestFixtures.CODE_B).orElseThrow().getId();
        for (int i = 1; i <= 3; i++) {
            rounds.addEntry(official(), r.getId(), i % 2 == 0 ? entA : entB, "分页测试项目 " + i, "TEST", null, null);
        }
        List<ReviewEntry> all = rounds.entries(official(), r.getId());
        assertThat(all).hasSize(5);
        ReviewEntry first = all.get(0);
        Actor panel3 = actor("it-panel3");
        panels.seatByHand(official(), r.getId(), first.getId(), panel3.userId());
        panels.seatByHand(official(), r.getId(), first.getId(), actor("it-panel4").userId());
        attachments.store(official(), cn.tianjin.quality.review.EntryMaterials.OWNER_TYPE, first.getId(), "评审材料.pdf",
                new java.io.ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        assertThat(rounds.countEntries(official(), r.getId(), null)).isEqualTo(5);
        var page1 = rounds.entryPage(official(), r.getId(), null, 0, 2, null, true);
        var page3 = rounds.entryPage(official(), r.getId(), null, 4, 2, null, true);
        assertThat(page1).extracting(ReviewRoundService.EntryRow::getId).containsExactly(all.get(0).getId(), all.get(1).getId());
        assertThat(page3).extracting(ReviewRoundService.EntryRow::getId).containsExactly(all.get(4).getId());
        var row = page1.get(0);
        assertThat(row.getEnterpriseName()).isEqualTo(enterprises.getFor(official(), first.getEnterpriseId()).getName());
        assertThat(row.getPanel()).extracting(ReviewRoundService.PanelSeat::expertName)
                .containsExactly(accounts.get(panel3.userId()).getDisplayName(), accounts.get(actor("it-panel4").userId()).getDisplayName());
        assertThat(row.getMaterials()).extracting(ReviewRoundService.Material::fileName).containsExactly("评审材料.pdf");
        assertThat(page1.get(1).getPanel()).isEmpty();

        assertThat(rounds.entryPage(official(), r.getId(), null, 0, 10, "title", true))
                .extracting(ReviewRoundService.EntryRow::getTitle).startsWith("分页测试项目 1", "分页测试项目 2", "分页测试项目 3");
        assertThat(rounds.entryPage(official(), r.getId(), null, 0, 1, "title", false))
                .extracting(ReviewRoundService.EntryRow::getTitle).singleElement().asString().startsWith("质量管理模式");
        assertThat(rounds.countEntries(official(), r.getId(), "分页测试")).isEqualTo(3);
        String nameA = enterprises.getFor(official(), entA).getName();
        assertThat(rounds.entryPage(official(), r.getId(), nameA, 0, 10, null, true))
                .extracting(ReviewRoundService.EntryRow::getEnterpriseName).hasSize(2).containsOnly(nameA);
        assertThat(rounds.entryPage(official(), r.getId(), "#" + all.get(3).getId(), 0, 10, null, true))
                .extracting(ReviewRoundService.EntryRow::getId).containsExactly(all.get(3).getId());
        assertThat(rounds.countEntries(official(), r.getId(), "没有这样的项目")).isZero();

        // The load table is paged, sorted and filtered in the database: the busiest first, then by name.
        Actor panel4 = actor("it-panel4");
        assertThat(expertLoads.countExpertLoads(official(), r.getId(), " it-panel ")).isEqualTo(4);
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), "it-panel", 0, 10, null, true))
                .extracting(ExpertLoadService.ExpertLoad::getName, ExpertLoadService.ExpertLoad::getLoad)
                .containsExactly(tuple("it-panel3", 1L), tuple("it-panel4", 1L), tuple("it-panel1", 0L), tuple("it-panel2", 0L));
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), "it-panel", 2, 2, null, true))
                .extracting(ExpertLoadService.ExpertLoad::getName).containsExactly("it-panel1", "it-panel2");
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), "it-panel", 0, 10, "name", false))
                .extracting(ExpertLoadService.ExpertLoad::getName).containsExactly("it-panel4", "it-panel3", "it-panel2", "it-panel1");
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), "it-panel", 0, 3, "load", true))
                .extracting(ExpertLoadService.ExpertLoad::getName).containsExactly("it-panel1", "it-panel2", "it-panel3");
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), "it-panel4", 0, 10, null, true)).singleElement().satisfies(x -> {
            assertThat(x.getExpertId()).isEqualTo(panel4.userId());
            assertThat(x.getMaxLoad()).isEqualTo(experts.profiles(List.of(accounts.get(panel4.userId()))).get(panel4.userId()).getMaxLoad());
            assertThat(x.isOverloaded()).isFalse();
        });
        long pool = expertLoads.countExpertLoads(official(), r.getId(), null);
        assertThat(pool).isGreaterThanOrEqualTo(4);
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), null, 0, (int) pool + 5, "name", true)).hasSize((int) pool);
        assertThat(expertLoads.countExpertLoads(official(), r.getId(), "没有这样的专家")).isZero();
        assertThat(expertLoads.expertLoadPage(official(), r.getId(), "没有这样的专家", 0, 20, null, true)).isEmpty();
        assertThat(expertLoads.expertName(official(), panel3.userId())).isEqualTo("it-panel3");
        assertThat(panels.hasSeats(official(), r.getId())).isTrue();

        // A number typed on the page must belong to this round.
        ReviewRound other = roundWithEntries(2);
        Long foreign = rounds.entries(official(), other.getId()).get(0).getId();
        assertThatThrownBy(() -> panels.seatByHand(official(), r.getId(), foreign, panel3.userId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("review.entry.notInRound"));
        assertThat(rounds.entry(official(), r.getId(), first.getId()).getId()).isEqualTo(first.getId());

        for (String outsider : List.of("it-panel3", "it-applicant-a", "it-recommender")) {
            Actor a = actor(outsider);
            assertThatThrownBy(() -> rounds.countEntries(a, r.getId(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rounds.entryPage(a, r.getId(), null, 0, 20, null, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> expertLoads.countExpertLoads(a, r.getId(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> expertLoads.expertLoadPage(a, r.getId(), null, 0, 20, null, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> expertLoads.expertName(a, panel3.userId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> rounds.entry(a, r.getId(), first.getId())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
