package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The programmes' own campaign settings ({@link CampaignSettings}): created with their defaults when the campaign is,
 * read by the programme, edited by officials until eligibility is judged, each save checked, versioned and audited.
 */
@ApplicationScoped
public class CampaignSettingsService {
    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignService campaigns;

    @Inject
    Programmes programmes;

    @Inject
    AuditLog audit;

    /** The programme's settings of a campaign, for officials; empty when the programme has none. */
    @Transactional
    public Optional<CampaignSettings> get(Actor actor, Long campaignId) {
        Campaign c = campaigns.get(actor, campaignId);
        return programmes.get(c.getProgramme()).settingsType().map(type -> of(type, campaignId));
    }

    /** A campaign's settings of the given type, for the programme's own code. */
    @Transactional
    public <S extends CampaignSettings> S of(Class<S> type, Long campaignId) {
        S s = campaignId == null ? null : em.find(type, campaignId);
        if (s == null) {
            throw new NotFoundException(type.getSimpleName() + " of campaign " + campaignId);
        }
        return s;
    }

    /** Saves the settings a page edited; refused once eligibility is being judged, as the campaign's own are. */
    @Transactional
    public CampaignSettings save(Actor actor, CampaignSettings form) {
        actor.requireStaff("changing a campaign's settings");
        Campaign c = campaigns.get(actor, form.getCampaignId());
        campaigns.requireSettingsOpen(c);
        CampaignSettings stored = of(form.getClass(), c.getId());
        Versions.expect(stored.getVersion(), form.getVersion());
        form.validate();
        stored.copyFrom(form);
        Versions.flush(em);
        audit.record(actor, Campaign.AUDIT_TYPE, c.getId(), "programme-settings", stored.summary());
        return stored;
    }

    /** Stores the programme's settings of a new campaign with their defaults. */
    @Transactional(Transactional.TxType.MANDATORY)
    void createDefaults(Campaign c, Class<? extends CampaignSettings> type) {
        try {
            CampaignSettings s = type.getDeclaredConstructor().newInstance();
            s.campaign(c.getId());
            em.persist(s);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(type + " needs a public constructor without arguments", e);
        }
    }
}
