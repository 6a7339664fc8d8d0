package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One edition of the China Quality Award step (/official/national-round?id=): its nominees, the forms that add an
 * organisation (a winner of the Tianjin Quality Award) or a person while it is being prepared, sending it, and the
 * outcome of each nominee once sent.
 */
@Named
@ViewScoped
public class NationalRoundBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    NationalService national;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    private Long id;
    private NationalService.Detail detail;
    private List<NationalService.Candidate> candidates;
    private Long candidate;
    private String personCode;
    private String personName;
    private String personRole;
    private Map<Long, OutcomeFields> outcomes;

    /** A nominee's outcome form. */
    public static class OutcomeFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private NationalNominee.Outcome outcome;
        private LocalDate on;
        private String note;

        public NationalNominee.Outcome getOutcome() { return outcome; }
        public void setOutcome(NationalNominee.Outcome outcome) { this.outcome = outcome; }
        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public void load() {
        detail = national.detail(currentUser.actor(), id);
        candidates = detail.round().isPreparing() ? national.candidates(currentUser.actor(), id) : List.of();
        if (outcomes == null) {
            outcomes = new HashMap<>();
            for (NationalService.Line l : detail.nominees()) {
                OutcomeFields f = new OutcomeFields();
                f.setOn(clock.today());
                outcomes.put(l.nominee().getId(), f);
            }
        }
    }

    private void done() {
        candidate = null;
        personCode = null;
        personName = null;
        personRole = null;
        outcomes = null;
    }

    public void addOrganisation() {
        if (Pages.attempt(() -> {
            national.addOrganisation(currentUser.actor(), id, detail.round().getVersion(), candidate);
            Pages.info("national.added", candidates.stream().filter(c -> c.titleId().equals(candidate)).findFirst()
                    .map(NationalService.Candidate::enterpriseName).orElse(""));
        })) {
            done();
        }
        load();
    }

    public void addPerson() {
        if (Pages.attempt(() -> {
            national.addPerson(currentUser.actor(), id, detail.round().getVersion(), personCode, personName, personRole);
            Pages.info("national.added", personName.strip());
        })) {
            done();
        }
        load();
    }

    public void remove(NationalService.Line l) {
        if (Pages.attempt(() -> {
            national.remove(currentUser.actor(), l.nominee().getId(), l.nominee().getVersion());
            Pages.info("national.removed", l.name());
        })) {
            done();
        }
        load();
    }

    public void send() {
        if (Pages.attempt(() -> {
            national.send(currentUser.actor(), id, detail.round().getVersion());
            Pages.info("national.sent", detail.nominees().size());
        })) {
            done();
        }
        load();
    }

    public void decide(NationalService.Line l) {
        OutcomeFields f = outcomes.get(l.nominee().getId());
        if (Pages.attempt(() -> {
            national.decide(currentUser.actor(), l.nominee().getId(), l.nominee().getVersion(), f.getOutcome(), f.getOn(),
                    f.getNote());
            Pages.info("national.outcome.saved", l.name());
        })) {
            done();
        }
        load();
    }

    /** The outcomes an official may record. */
    public List<NationalNominee.Outcome> getChoices() {
        return List.of(NationalNominee.Outcome.AWARDED, NationalNominee.Outcome.NOMINATED, NationalNominee.Outcome.NOT_AWARDED);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public NationalService.Detail getDetail() { return detail; }
    public List<NationalService.Candidate> getCandidates() { return candidates; }
    public Long getCandidate() { return candidate; }
    public void setCandidate(Long candidate) { this.candidate = candidate; }
    public String getPersonCode() { return personCode; }
    public void setPersonCode(String personCode) { this.personCode = personCode; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPersonRole() { return personRole; }
    public void setPersonRole(String personRole) { this.personRole = personRole; }
    public Map<Long, OutcomeFields> getOutcomes() { return outcomes; }
}
