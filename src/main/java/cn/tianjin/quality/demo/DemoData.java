package cn.tianjin.quality.demo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo mode only: fills an empty database, feature by feature, with the seeders of this package. Outside demo mode it
 * does nothing, and the account service refuses demo accounts at login.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "DefaultRubrics"})
public class DemoData {
    private static final long PROGRAMMES_DELAY_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    cn.tianjin.quality.credit.GradeService grades;

    @Inject
    PortalConfig config;

    @Inject
    EnterpriseSeeder enterprises;

    @Inject
    AccountSeeder accounts;

    @Inject
    CreditSeeder credit;

    @Inject
    NoticeSeeder notices;

    @Inject
    ReviewSeeder review;

    @Inject
    AwardSeeder award;

    @Inject
    PacesetterSeeder pacesetter;

    @Inject
    CqoSeeder cqo;

    @Inject
    BrandSeeder brands;

    @Inject
    TargetSeeder targets;

    @Inject
    cn.tianjin.quality.platform.PortalClock clock;

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
        List<Enterprise> made = enterprises.seed();
        accounts.seed(made.get(0));
        credit.seed(made);
        notices.seed();
        // The programmes need the accounts committed first and take a few seconds: they follow on a timer, so the
        // portal answers as soon as it is deployed.
        timers.createSingleActionTimer(PROGRAMMES_DELAY_MILLIS, new TimerConfig(null, false));
        LOG.info(() -> "Demo data loaded: " + made.size() + " enterprises and the demo accounts");
    }

    /** The review rounds and the programmes' campaigns. */
    @Timeout
    void loadProgrammes() {
        try {
            List<Enterprise> made = em.createQuery("SELECT e FROM Enterprise e ORDER BY e.id", Enterprise.class).getResultList();
            review.waitingForPanels("AWARD", clock.today().getYear() + "年度天津质量奖材料评审（演示）", made);
            review.inConsensus("PACESETTER", clock.today().getYear() + "年度天津市质量标杆遴选材料评审（演示·合议）",
                    "tianjin-benchmark-2026", made);
            award.seed(made);
            pacesetter.seed(made);
            cqo.seed(made);
            brands.seed(made);
            targets.seed();
            // The seeders set the clock back to date their steps; the grades given on those days are brought to today.
            made.forEach(e -> grades.regrade(e.getCreditCode()));
            LOG.info("Demo review rounds and campaigns loaded");
        } catch (RuntimeException e) {
            // The container rolls back without a word for application exceptions; a half-empty demo must say why.
            LOG.log(Level.SEVERE, "Demo review rounds and campaigns could not be loaded", e);
            throw e;
        }
    }
}
