package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The home page and the notices look the same for every anonymous visitor: the public-page store may keep them. */
@ApplicationScoped
public class PublicationPages implements PublicPageRules {
    @Override
    public Set<String> storedPages() {
        return Set.of("/", "/index", "/public/notice");
    }
}
