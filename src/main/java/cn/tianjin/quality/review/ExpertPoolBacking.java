package cn.tianjin.quality.review;

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

/** The officials' view of the expert pool (/official/experts): profiles, loads, conflicts. */
@Named
@ViewScoped
public class ExpertPoolBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ExpertService experts;

    @Inject
    CurrentUser currentUser;

    private List<ExpertService.PoolMember> pool;
    private Long editingId;
    private ExpertProfile editing;
    private List<String> industries = new ArrayList<>();
    private List<ExpertConflict> conflicts = List.of();
    private Long endingId;
    private String endReason;

    @PostConstruct
    void load() {
        pool = experts.pool(currentUser.actor());
    }

    public void edit(ExpertService.PoolMember m) {
        editingId = m.account().getId();
        editing = experts.profile(currentUser.actor(), editingId);
        industries = new ArrayList<>(editing.getIndustryList());
        conflicts = experts.conflicts(currentUser.actor(), editingId);
    }

    public void save() {
        Pages.attempt(() -> {
            editing.setIndustryList(new LinkedHashSet<>(industries));
            editing = experts.saveProfile(currentUser.actor(), editingId, editing);
            Pages.info("expert.profile.saved");
            load();
        });
    }

    public void startEnd(ExpertConflict c) {
        endingId = c.getId();
        endReason = null;
    }

    public void endConflict() {
        Pages.attempt(() -> {
            experts.endConflict(currentUser.actor(), endingId, endReason);
            conflicts = experts.conflicts(currentUser.actor(), editingId);
            Pages.info("conflict.ended");
            load();
        });
    }

    public Industry[] getAllIndustries() { return Industry.values(); }
    public List<ExpertService.PoolMember> getPool() { return pool; }
    public ExpertProfile getEditing() { return editing; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries; }
    public List<ExpertConflict> getConflicts() { return conflicts; }
    public Long getEndingId() { return endingId; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
}
