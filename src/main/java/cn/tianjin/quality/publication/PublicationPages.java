package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The public face looks the same for every anonymous visitor: the home page, the notices, every programme's displays and
 * directories, certificate verification and enterprises' credit profiles. The public-page store may keep them.
 */
@ApplicationScoped
public class PublicationPages implements PublicPageRules {
    @Override
    public Set<String> storedPages() {
        return Set.of("/", "/index", "/public/notice", "/public/display", "/public/winners", "/public/verify", "/public/open-data",
                "/public/credit-profile");
    }
}
