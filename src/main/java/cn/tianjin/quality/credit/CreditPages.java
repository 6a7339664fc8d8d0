package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.web.PublicPageRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The public serious dishonesty list and the grading rules look the same for every anonymous visitor: the store may keep them. */
@ApplicationScoped
public class CreditPages implements PublicPageRules {
    @Override
    public Set<String> storedPages() {
        return Set.of("/public/dishonesty", "/public/credit-grade-rules");
    }
}
