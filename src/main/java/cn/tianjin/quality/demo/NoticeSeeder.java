package cn.tianjin.quality.demo;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.NoticeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The notices on the home page that no campaign of the demo publishes itself, in both languages from the bundle. */
@ApplicationScoped
class NoticeSeeder {
    @Inject
    NoticeService notices;

    void seed() {
        for (String programme : new String[] {"AWARD", "BRAND", "CQO"}) {
            notices.publish(Actor.system(), programme, null, "demo.notice." + programme + ".title",
                    "demo.notice." + programme + ".body");
        }
    }
}
