package cn.tianjin.quality.demo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.AccountService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The demo's accounts, all with the demo password: an administrator, an official, a recommender for each of the 16
 * district offices, six experts and the applicant of the first demo enterprise.
 */
@ApplicationScoped
class AccountSeeder {
    /** The demo password; demo accounts log in only when portal.mode=demo. */
    static final String DEMO_PASSWORD = "Demo-2026";

    @Inject
    PortalClock clock;

    @Inject
    AccountService accounts;

    /** The demo password's hash, made once: hashing is slow on purpose. */
    private String hash;

    void seed(Enterprise applicantsEnterprise) {
        hash = accounts.hash(DEMO_PASSWORD);
        account("admin", "系统管理员 Admin", Role.ADMIN, null, null, hash);
        account("official", "市场监管委质量处 王芳", Role.OFFICIAL, "天津市市场监督管理委员会", null, hash);
        for (String[] d : DemoFiles.csv("demo/districts.csv")) {
            String username = "120116".equals(d[0]) ? "recommender" : "recommender-" + d[0];
            account(username, d[1] + "市场监督管理局", Role.RECOMMENDER, d[1] + "市场监督管理局", d[0], hash);
        }
        String[] experts = {"李国强", "赵敏", "孙立新", "周海燕", "吴志刚", "郑晓红"};
        for (int i = 0; i < experts.length; i++) {
            account("expert" + (i + 1), experts[i], Role.EXPERT, "天津质量管理专家库", null, hash);
        }
        UserAccount applicant = account("applicant", "刘晓燕", Role.APPLICANT, null, null, hash);
        applicant.setEnterpriseId(applicantsEnterprise.getId());
        applicant.setEnterpriseAdmin(true);
        applicant.setEmail(applicantsEnterprise.getEmail());
    }

    /** The demo evaluator of an alliance member organisation, made when the alliance's register is. */
    void evaluator(String username, String name, cn.tianjin.quality.brand.AllianceMember member) {
        UserAccount a = account(username, name, Role.EVALUATOR, member.getName(), null,
                hash != null ? hash : accounts.hash(DEMO_PASSWORD));
        a.setOrganisationId(member.getId());
    }

    /** A demo account's actor, for the seeders that act in its name. */
    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().actor();
    }

    private UserAccount account(String username, String name, Role role, String organisation, String district, String hash) {
        UserAccount a = new UserAccount(username, name, username + "@demo.quality.tj.example.cn", role,
                AccountStatus.ACTIVE, "zh-CN", clock.now());
        a.setOrganisation(organisation);
        a.setDistrictCode(district);
        return accounts.createDemoAccount(a, hash);
    }
}
