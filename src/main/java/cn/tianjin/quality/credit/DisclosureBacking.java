package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.web.PublicPaging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The public serious dishonesty list (/public/dishonesty?q=&page=): stateless, one page of the listings running today
 * read from the database per request.
 */
@Named
@RequestScoped
public class DisclosureBacking {
    static final int PAGE_SIZE = 20;

    @Inject
    CreditService credit;

    private String q;
    private String page;
    private CreditService.Disclosure disclosure;

    private CreditService.Disclosure disclosure() {
        if (disclosure == null) {
            String text = q == null || q.isBlank() ? null : q.strip();
            disclosure = credit.disclosed(text != null && text.length() > 100 ? text.substring(0, 100) : text,
                    (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return disclosure;
    }

    public List<CreditService.Disclosed> getRows() {
        return disclosure().lines();
    }

    public long getTotal() {
        return disclosure().total();
    }

    public int getPageNumber() {
        return PublicPaging.pageNumber(page);
    }

    public int getPages() {
        return PublicPaging.pages(getTotal(), PAGE_SIZE);
    }

    public String pageLink(int n) {
        return PublicPaging.link("/public/dishonesty", n, q == null ? Map.of() : Map.of("q", q));
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
