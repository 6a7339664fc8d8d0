package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The brand index's method looks the same for every anonymous visitor: the store may keep it. */
@ApplicationScoped
public class BrandPages implements PublicPageRules {
    @Override
    public Set<String> storedPages() {
        return Set.of("/public/brand-index-method");
    }
}
