package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Officials' enterprise search (/official/enterprises): paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class EnterpriseSearchBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EnterpriseService enterprises;

    @Inject
    transient CurrentUser currentUser;

    private String text;
    private String districtCode;
    private Industry industry;
    private List<District> districts;

    private final LazyDataModel<Enterprise> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) enterprises.count(currentUser.actor(), filter());
        }

        @Override
        public List<Enterprise> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return enterprises.search(currentUser.actor(), filter(), first, pageSize,
                    sort == null ? "name" : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Enterprise e) {
            return String.valueOf(e.getId());
        }
    };

    @PostConstruct
    void init() {
        districts = enterprises.districts();
    }

    private EnterpriseService.Filter filter() {
        return new EnterpriseService.Filter(text, districtCode, industry);
    }

    public LazyDataModel<Enterprise> getModel() { return model; }
    public List<District> getDistricts() { return districts; }
    public Industry[] getIndustries() { return Industry.values(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry industry) { this.industry = industry; }
}
