package cn.tianjin.quality.programme;

import cn.tianjin.quality.credit.CreditService;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.Display;
import cn.tianjin.quality.publication.DisplayEntry;
import cn.tianjin.quality.publication.DisplayEvents;
import cn.tianjin.quality.publication.DisplayService;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's proposal between its programme and the public: put on display when the campaign reaches its display,
 * kept by the programme's rule when an upheld objection frees a place, checked against the dishonesty list once more
 * right before publication, and what each applicant is told meanwhile ({@link Standing}).
 */
@ApplicationScoped
public class ProposalService {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    ApplicationService applications;

    @Inject
    DisplayService displays;

    @Inject
    TitleService titles;

    @Inject
    CreditService credit;

    @Inject
    Event<ApplicationEvents.RemovedByObjection> removedByObjection;

    @Inject
    Event<ApplicationEvents.RemovedByVeto> removedByVeto;

    /** An entry of the proposal as the workflow publishes it: the application and the level it is proposed for. */
    public record Entry(Application application, Enterprise enterprise, String level) {
    }

    /** An application's standing as its applicant is told it, with what the message names. */
    public record StandingView(Standing.Code code, String level, String serial, LocalDate until) implements Serializable {
    }

    /** Puts the programme's proposal on public display for the campaign's display days. */
    @Transactional(Transactional.TxType.MANDATORY)
    void display(Actor actor, Campaign c) {
        Programme programme = programmes.get(c.getProgramme());
        List<DisplayService.Ranked> ranked = new ArrayList<>();
        for (Programme.Proposal p : programme.propose(actor, c)) {
            Application a = em.find(Application.class, p.applicationId());
            Enterprise e = em.find(Enterprise.class, a.getEnterpriseId());
            ranked.add(new DisplayService.Ranked(p.rank(), a.getId(), e.getId(), e.getName(), a.getSubjectName(), p.level()));
        }
        displays.open(actor, new DisplayService.Opening(c.getProgramme(), c.getId(), c.getName(), c.getDisplayDays(),
                "notice.display.intro." + c.getProgramme(), ranked));
    }

    /** Ends the display when the campaign leaves it: its period must be over and no objection open. */
    @Transactional(Transactional.TxType.MANDATORY)
    void closeDisplay(Actor actor, Campaign c) {
        displays.close(actor, displayOf(c).orElseThrow(() -> new BusinessException("display.committeeOpen")).getId());
    }

    /** The campaign's display, once it has one. */
    @Transactional
    public Optional<Display> displayOf(Campaign c) {
        return displays.ofCampaign(c.getProgramme(), c.getId());
    }

    /**
     * An upheld objection took an entry off: with the campaign's freed places going to the next entries, the programme's
     * rule is applied again to the rest; either way the applicant is told.
     */
    void objectionUpheld(@Observes DisplayEvents.ObjectionUpheld upheld) {
        Campaign c = em.find(Campaign.class, upheld.campaignRef());
        if (c == null || !c.getProgramme().equals(upheld.programme())) {
            return;
        }
        if (c.getFreedPlace() == Campaign.FreedPlace.NEXT) {
            List<DisplayEntry> entries = displays.entries(upheld.displayId());
            Set<Long> removed = new HashSet<>();
            List<Programme.Proposal> ranked = new ArrayList<>();
            for (DisplayEntry e : entries) {
                ranked.add(new Programme.Proposal(e.getRefId(), e.getRank(), e.getProposedLevel()));
                if (e.getRemovedFor() != null) {
                    removed.add(e.getRefId());
                }
            }
            Map<Long, String> levels = programmes.get(c.getProgramme()).afterRemoval(c, ranked, removed);
            displays.relevel(Actor.system(), upheld.displayId(), levels);
        }
        Application a = em.find(Application.class, upheld.applicationRef());
        removedByObjection.fire(new ApplicationEvents.RemovedByObjection(applications.about(a, c), upheld.reason()));
    }

    /** The proposed entries whose enterprise is on the dishonesty list today: what publishing would stop. */
    @Transactional
    public List<Entry> vetoedNow(Actor actor, Campaign c) {
        actor.requireStaff("publishing");
        return proposed(actor, c).stream().filter(e -> credit.veto(e.enterprise().getCreditCode(), clock.today()).vetoed()).toList();
    }

    /** The proposal as it stands: the display's proposed entries, or the programme's proposal where it has no display. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entry> proposed(Actor actor, Campaign c) {
        List<Entry> entries = new ArrayList<>();
        Optional<Display> display = displayOf(c);
        if (display.isPresent()) {
            for (DisplayEntry e : displays.entries(display.get().getId())) {
                if (e.isProposed()) {
                    entries.add(entry(e.getRefId(), e.getLevel()));
                }
            }
        } else {
            for (Programme.Proposal p : programmes.get(c.getProgramme()).propose(actor, c)) {
                if (p.level() != null) {
                    entries.add(entry(p.applicationId(), p.level()));
                }
            }
        }
        return entries;
    }

    /**
     * Right before publication: each proposed entry whose enterprise is now on the dishonesty list is taken off (its
     * place stays empty: a moved-up entry could no longer be displayed) and its applicant told; the rest is returned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Entry> afterLastCreditCheck(Actor actor, Campaign c, List<String> stopped) {
        List<Entry> kept = new ArrayList<>();
        Optional<Display> display = displayOf(c);
        for (Entry e : proposed(actor, c)) {
            var veto = credit.veto(e.enterprise().getCreditCode(), clock.today());
            if (veto.vetoed()) {
                display.ifPresent(d -> displays.remove(actor, d.getId(), e.application().getId(), DisplayEntry.Removal.VETO));
                removedByVeto.fire(new ApplicationEvents.RemovedByVeto(applications.about(e.application(), c),
                        veto.entries().get(0).getReason()));
                stopped.add(e.enterprise().getName());
            } else {
                kept.add(e);
            }
        }
        return kept;
    }

    /** The standing of an eligible application, for whoever may see the application; empty before the review. */
    @Transactional
    public Optional<StandingView> standing(Actor actor, Long applicationId) {
        ApplicationService.View v = applications.view(actor, applicationId);
        Application a = v.application();
        if (a.getStatus() != ApplicationStatus.ELIGIBLE) {
            return Optional.empty();
        }
        Campaign c = v.campaign();
        Programme programme = programmes.get(c.getProgramme());
        Optional<Display> display = displayOf(c);
        Optional<DisplayEntry> entry = display.flatMap(d -> displays.entry(d.getId(), a.getId()));
        Optional<Title> title = titles.ofApplication(c.getProgramme(), a.getId());
        Standing.Facts facts = new Standing.Facts(c.getStage(), programme.shortlisted(a.getId()).orElse(null),
                entry.isPresent(), entry.map(DisplayEntry::getLevel).orElse(null), entry.map(DisplayEntry::getRemovedFor).orElse(null),
                title.map(Title::getLevel).orElse(null), title.map(Title::getStatus).orElse(null));
        return Standing.of(facts).map(code -> new StandingView(code,
                title.map(Title::getLevel).orElse(entry.map(DisplayEntry::getLevel).orElse(null)),
                title.map(Title::getSerial).orElse(null), display.map(Display::getUntil).orElse(null)));
    }

    private Entry entry(Long applicationId, String level) {
        Application a = em.find(Application.class, applicationId);
        return new Entry(a, em.find(Enterprise.class, a.getEnterpriseId()), level);
    }
}
