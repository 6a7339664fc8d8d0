package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The China Quality Award step (/official/national): the editions the bureau took part in, and the form that starts one. */
@Named
@ViewScoped
public class NationalRoundsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    NationalService national;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    private List<NationalRound> rounds;
    private Integer edition;
    private Integer year;
    private LocalDate deadline;

    public void load() {
        rounds = national.rounds(currentUser.actor());
        if (year == null) {
            year = clock.today().getYear();
        }
    }

    public String open() {
        Long[] opened = new Long[1];
        if (Pages.attempt(() -> {
            opened[0] = national.open(currentUser.actor(), edition, year, deadline).getId();
            Pages.info("national.open.done", edition);
            Pages.keepMessages();
        })) {
            return "/official/national-round?faces-redirect=true&id=" + opened[0];
        }
        load();
        return null;
    }

    public List<NationalRound> getRounds() { return rounds; }
    public Integer getEdition() { return edition; }
    public void setEdition(Integer edition) { this.edition = edition; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
