package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The public registry of chief quality officers looks the same for every anonymous visitor: the store may keep it. */
@ApplicationScoped
public class CqoPages implements PublicPageRules {
    @Override
    public Set<String> storedPages() {
        return Set.of("/public/cqo-registry");
    }
}
