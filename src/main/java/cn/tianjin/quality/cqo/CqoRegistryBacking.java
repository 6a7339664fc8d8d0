package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.web.PublicPaging;
import cn.tianjin.quality.platform.reference.Districts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return PublicPaging.pageNumber(page);
    }

    public int getPages() {
        return PublicPaging.pages(getTotal(), PAGE_SIZE);
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
        Map<String, String> search = new LinkedHashMap<>();
        search.put("district", getDistrictFilter());
        search.put("q", q);
        return PublicPaging.link("/public/cqo-registry", n, search);
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
