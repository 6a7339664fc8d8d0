package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The award's public pages, the same for every anonymous visitor: the public-page store may keep them. */
@ApplicationScoped
public class AwardPages implements PublicPageRules {
    @Override
    public Set<String> storedPages() {
        return Set.of("/public/winners", "/public/award-display", "/public/verify");
    }
}
