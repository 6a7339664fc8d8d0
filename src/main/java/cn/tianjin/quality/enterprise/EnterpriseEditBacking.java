package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditEntry;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An official views and corrects one enterprise (/official/enterprise?id=). */
@Named
@ViewScoped
public class EnterpriseEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Districts allDistricts;

    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Enterprise edited;
    private List<District> districts;
    private List<AuditEntry> history;

    public void load() {
        edited = enterprises.getFor(currentUser.actor(), Ids.parse(id)).copy();
        districts = allDistricts.all();
        history = audit.history(EnterpriseService.AUDIT_TYPE, edited.getId());
    }

    public void save() {
        Pages.attempt(() -> {
            edited = enterprises.correct(currentUser.actor(), edited).copy();
            history = audit.history(EnterpriseService.AUDIT_TYPE, edited.getId());
            Pages.info("enterprise.corrected");
        });
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Enterprise getEdited() { return edited; }
    public List<District> getDistricts() { return districts; }
    public List<AuditEntry> getHistory() { return history; }
    public Industry[] getIndustries() { return Industry.values(); }
    public SizeClass[] getSizes() { return SizeClass.values(); }
}
