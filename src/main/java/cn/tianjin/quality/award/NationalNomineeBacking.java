package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A nominee's recommendation (/official/national-nominee?id=): its sections, written while the edition is prepared. */
@Named
@ViewScoped
public class NationalNomineeBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    NationalService national;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private NationalService.NomineeDetail detail;
    /** Each section's text as the form holds it, by section id, kept across a refused save. */
    private Map<Long, String> bodies;

    public void load() {
        detail = national.nominee(currentUser.actor(), id);
        if (bodies == null) {
            bodies = new LinkedHashMap<>();
            detail.sections().forEach(s -> bodies.put(s.getId(), s.getBody()));
        }
    }

    public void save() {
        if (Pages.attempt(() -> {
            national.write(currentUser.actor(), id, detail.line().nominee().getVersion(), bodies);
            Pages.info("national.sections.saved");
        })) {
            bodies = null;
        }
        load();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public NationalService.NomineeDetail getDetail() { return detail; }
    public Map<Long, String> getBodies() { return bodies; }
}
