package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.reference.District;
import cn.tianjin.quality.platform.reference.Districts;
import cn.tianjin.quality.enterprise.Industry;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** An expert's own profile and conflict declarations (/expert/profile). */
@Named
@ViewScoped
public class ExpertProfileBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Districts allDistricts;

    @Inject
    ExpertService experts;

    @Inject
    CurrentUser currentUser;

    private ExpertProfile profile;
    private List<String> industries;
    private List<ExpertConflict> conflicts;
    private List<District> districts;
    private String code;
    private String enterpriseName;
    private ExpertConflict.Kind kind = ExpertConflict.Kind.EMPLOYER;
    private String note;

    @PostConstruct
    void load() {
        Long me = currentUser.actor().userId();
        profile = experts.profile(currentUser.actor(), me);
        industries = new ArrayList<>(profile.getIndustryList());
        conflicts = experts.conflicts(currentUser.actor(), me);
        districts = allDistricts.all();
    }

    public void save() {
        Pages.attempt(() -> {
            profile.setIndustryList(new LinkedHashSet<>(industries));
            profile = experts.saveProfile(currentUser.actor(), currentUser.actor().userId(), profile);
            Pages.info("expert.profile.saved");
        });
    }

    public void declare() {
        Pages.attempt(() -> {
            ExpertConflict c = experts.declare(currentUser.actor(), code, enterpriseName, kind, note);
            Pages.info("conflict.declared", c.getEnterpriseName());
            code = null;
            enterpriseName = null;
            note = null;
            conflicts = experts.conflicts(currentUser.actor(), currentUser.actor().userId());
        });
    }

    public Industry[] getAllIndustries() { return Industry.values(); }
    public ExpertConflict.Kind[] getKinds() { return ExpertConflict.Kind.values(); }
    public ExpertProfile getProfile() { return profile; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries; }
    public List<ExpertConflict> getConflicts() { return conflicts; }
    public List<District> getDistricts() { return districts; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String enterpriseName) { this.enterpriseName = enterpriseName; }
    public ExpertConflict.Kind getKind() { return kind; }
    public void setKind(ExpertConflict.Kind kind) { this.kind = kind; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
