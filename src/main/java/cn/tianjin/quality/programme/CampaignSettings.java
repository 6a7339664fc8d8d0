package cn.tianjin.quality.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;

/**
 * A programme's own settings of a campaign (the award's quotas and committee rule, a selection's places and pass
 * mark): one row per campaign in a table of the programme's, created with their defaults with the campaign and edited
 * with the campaign's own settings, under the same rules ({@link CampaignSettingsService}).
 */
@MappedSuperclass
public abstract class CampaignSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Version
    private int version;

    /** Takes over the editable values of a form. */
    protected abstract void copyFrom(CampaignSettings form);

    /** Refuses values out of range, naming the field; throws the business exception the page shows. */
    protected abstract void validate();

    /** What the audit log records of a save. */
    protected abstract String summary();

    /** A copy to edit on a page (same campaign and version), so that nothing typed reaches the stored settings. */
    public CampaignSettings copy() {
        try {
            CampaignSettings c = getClass().getDeclaredConstructor().newInstance();
            c.campaignId = campaignId;
            c.version = version;
            c.copyFrom(this);
            return c;
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getClass() + " needs a public constructor without arguments", e);
        }
    }

    void campaign(Long id) {
        this.campaignId = id;
    }

    public Long getCampaignId() { return campaignId; }
    public int getVersion() { return version; }
}
