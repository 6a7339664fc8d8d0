package cn.tianjin.quality.demo;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.pacesetter.PacesetterProgramme;
import cn.tianjin.quality.pacesetter.PacesetterSettings;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignPublication;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.programme.CampaignSettingsService;
import cn.tianjin.quality.programme.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The quality-benchmark selection's demo: last year's selection, finished. Four practices applied and were reviewed;
 * three reached the pass mark and were selected after the public display; their titles hold for three years.
 */
@ApplicationScoped
class PacesetterSeeder {
    @Inject
    PortalClock clock;

    @Inject
    AccountSeeder accounts;

    @Inject
    CampaignSeeder seeder;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignSettingsService settings;

    @Inject
    CampaignPublication publication;

    void seed(List<Enterprise> made) {
        Actor official = accounts.actor("official");
        int year = clock.today().getYear() - 1;
        Campaign c = at(LocalDate.of(year, 3, 1), () -> {
            Campaign opened = seeder.open(PacesetterProgramme.CODE, year + "年度天津市质量标杆遴选", year, 10);
            PacesetterSettings s = (PacesetterSettings) settings.of(PacesetterSettings.class, opened.getId()).copy();
            s.setPlaces(3);
            settings.save(official, s);
            return opened;
        });
        List<Application> applied = at(LocalDate.of(year, 3, 20), () -> seeder.applyAndRecommend(c,
                List.of(made.get(19), made.get(20), made.get(21), made.get(22)), "质量标杆经验",
                "以数据驱动的过程改进方法，在全厂推行并形成可复制的工作指引。"));
        at(LocalDate.of(year, 6, 1), () -> {
            seeder.toEligibility(c);
            seeder.allEligible(applied);
            return null;
        });
        at(LocalDate.of(year, 6, 10), () -> seeder.reviewed(c, 20250610L, 80));
        at(LocalDate.of(year, 9, 1), () -> campaigns.advance(official, c.getId(), Stage.REVIEW));
        at(LocalDate.of(year, 9, 10), () -> campaigns.advance(official, c.getId(), Stage.DISPLAY));
        at(LocalDate.of(year, 9, 20), () -> publication.publish(official, c.getId(), campaigns.get(official, c.getId()).getVersion(),
                "津市监质〔" + year + "〕36号", LocalDate.of(year, 9, 18)));
    }

    private <T> T at(LocalDate day, java.util.function.Supplier<T> step) {
        return clock.at(day.atTime(10, 0), step);
    }
}
