package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The public registry of chief quality officers (/public/cqo-registry?q=&district=&page=): stateless, one page of
 * the registry read from the database per request, the CQO's name masked.
 */
@Named
@RequestScoped
public class CqoRegistryBacking {
    static final int PAGE_SIZE = 20;

    @Inject
    CqoService cqo;

    @Inject
    Districts districts;

    private String q;
    private String district;
    private String page;
    private CqoService.Registry registry;

    private CqoService.Registry registry() {
        if (registry == null) {
            registry = cqo.registry(q, getDistrictFilter(), (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return registry;
    }

    public List<CqoService.RegistryLine> getRows() {
        return registry().lines();
    }

    public long getTotal() {
        return registry().total();
    }

    /** The page asked for, from 1; anything else reads as the first. */
    public int getPageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The district asked for when it is one of Tianjin's; anything else reads as all districts. */
    public String getDistrictFilter() {
        return district != null && districts.exists(district.strip()) ? district.strip() : null;
    }

    public List<District> getDistricts() {
        return districts.all();
    }

    /** The registry's address with the current search and another page number. */
    public String pageLink(int n) {
        StringBuilder b = new StringBuilder("/public/cqo-registry?page=").append(n);
        if (getDistrictFilter() != null) {
            b.append("&district=").append(getDistrictFilter());
        }
        if (q != null && !q.isBlank()) {
            b.append("&q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
