package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Officials' enterprise search (/official/enterprises): paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class EnterpriseSearchBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Districts allDistricts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CurrentUser currentUser;

    private String text;
    private String districtCode;
    private Industry industry;
    private List<District> districts;

    private final LazyDataModel<Enterprise> model = new PagedModel<>(
            () -> enterprises.count(currentUser.actor(), filter()),
            (first, size, sort, asc) -> enterprises.search(currentUser.actor(), filter(), first, size, sort, asc),
            Enterprise::getId);

    @PostConstruct
    void init() {
        districts = allDistricts.all();
    }

    private EnterpriseService.Filter filter() {
        return new EnterpriseService.Filter(text, districtCode, industry);
    }

    /** The export's query: the filters on screen. */
    public String getExportQuery() {
        return ExportList.query("text", text, "district", districtCode, "industry", industry);
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
