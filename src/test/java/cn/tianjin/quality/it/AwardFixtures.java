package cn.tianjin.quality.it;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.TestFixtures;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.publication.DisplayService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test deployments only (never in the portal's WAR): what the whole-cycle browser journey cannot do through pages.
 * Fresh applicants (a winner must not stay in the shared enterprises' record), a site-visit pool narrowed to one known
 * expert, a display opened without the stages before it, and time moved on past a display period, since a test
 * cannot wait a week.
 */
@Path("test-fixtures/award")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class AwardFixtures {
    @Inject
    EnterpriseService enterprises;

    @Inject
    AccountService accounts;

    @Inject
    TestFixtures fixtures;

    /** Experts made unavailable by {@link #onlyInPool}, to be made available again by {@link #restorePool}. */
    private static final java.util.Set<Long> SET_ASIDE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    cn.tianjin.quality.review.ExpertService experts;

    /** Two fresh enterprises, each with an applicant account (password as in TestFixtures), not yet applying. */
    @POST
    @Path("applicants")
    public Map<String, Object> applicants() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        List<String> usernames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Enterprise e = enterprise(suffix + i);
            usernames.add(fixtures.applicant("it-cycle-" + suffix + i, e.getId()).getUsername());
            names.add(e.getName());
        }
        return Map.of("applicants", usernames, "enterprises", names);
    }

    /**
     * Leaves only the named expert available for site visits, so a browser test knows who will lead the drawn team
     * (the pool of a shared test database holds accounts other tests made).
     */
    @POST
    @Path("site-visit-pool/{username}")
    public Map<String, Object> onlyInPool(@PathParam("username") String username) {
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        for (UserAccount u : experts.activeExperts()) {
            var profile = experts.profile(official, u.getId());
            if (!u.getUsername().equals(username) && profile.isAvailable()) {
                if (profile.getOrganisation() == null || profile.getOrganisation().isBlank()) {
                    profile.setOrganisation("测试专家库");
                }
                if (profile.getTitle() == null || profile.getTitle().isBlank()) {
                    profile.setTitle("高级工程师");
                }
                profile.setAvailable(false);
                experts.saveProfile(official, u.getId(), profile);
                SET_ASIDE.add(u.getId());
            }
        }
        return Map.of("setAside", SET_ASIDE.size());
    }

    @POST
    @Path("site-visit-pool/restore")
    public Map<String, Object> restorePool() {
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        for (Long id : List.copyOf(SET_ASIDE)) {
            var profile = experts.profile(official, id);
            profile.setAvailable(true);
            experts.saveProfile(official, id, profile);
            SET_ASIDE.remove(id);
        }
        return Map.of("restored", true);
    }

    @Inject
    MovableClock clock;

    /** The portal's time runs the given number of days ahead from now on, for every request (a week of display passes). */
    @POST
    @Path("clock/{days}")
    public Map<String, Object> moveClock(@PathParam("days") int days) {
        clock.moveDays(days);
        return Map.of("today", clock.today().toString());
    }

    /** The portal's time is the real time again. */
    @POST
    @Path("clock/reset")
    public Map<String, Object> resetClock() {
        clock.reset();
        return Map.of("today", clock.today().toString());
    }

    @Inject
    DisplayService displays;

    /**
     * A display of the campaign opens today with two fresh enterprises proposed, and its notice: for tests of the public
     * pages, not of how a campaign gets there.
     */
    @POST
    @Path("{campaign}/on-display")
    public Map<String, Object> onDisplay(@PathParam("campaign") Long campaignId) {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        List<DisplayService.Ranked> ranked = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Enterprise e = enterprise(suffix + i);
            ranked.add(new DisplayService.Ranked(i, -campaignId * 10 - i, e.getId(), e.getName(),
                    "测试质量管理模式" + i, i == 1 ? "AWARD" : "NOMINATION"));
        }
        var display = displays.open(Actor.system(), new DisplayService.Opening("AWARD", campaignId,
                "测试拟表彰名单" + campaignId, 7, "notice.display.intro.AWARD", ranked));
        return Map.of("campaign", campaignId, "display", display.getId(), "notice", display.getNoticeId());
    }

    private Enterprise enterprise(String suffix) {
        return enterprises.createWithoutUser(TestFixtures.newEnterprise("91120116MA08", "浏览器测试获奖企业" + suffix));
    }

    @Inject
    cn.tianjin.quality.brand.AllianceService alliance;

    /** A new alliance member and an evaluator account of it (password as in TestFixtures). */
    @POST
    @Path("evaluator")
    public Map<String, Object> evaluator() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        Actor official = accounts.findByUsername("it-official").orElseThrow().actor();
        var member = alliance.admit(official, new cn.tianjin.quality.brand.AllianceService.Admission("浏览器测试评价中心" + suffix,
                TestFixtures.newEnterprise("91120116MA03", "x").getCreditCode(), cn.tianjin.quality.brand.AllianceMember.Kind.EVALUATION,
                "品牌评价机构备案（浏览器测试）"));
        String username = fixtures.evaluator("it-ev-" + suffix, member.getId()).getUsername();
        return Map.of("username", username, "member", member.getName());
    }
}
