package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A programme's own settings on a campaign's page (/official/campaign?id=), in the programme's page fragment:
 * {@code #{campaignSettingsBacking.of(c)}} is the form, {@code #{campaignSettingsBacking.save}} stores it.
 */
@Named
@ViewScoped
public class CampaignSettingsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CampaignSettingsService settings;

    @Inject
    CurrentUser currentUser;

    private CampaignSettings form;

    /** The settings of the page's campaign as being edited: read once, kept with what the official types. */
    public CampaignSettings of(Campaign c) {
        if (form == null || !c.getId().equals(form.getCampaignId())) {
            form = settings.get(currentUser.actor(), c.getId()).map(CampaignSettings::copy).orElse(null);
        }
        return form;
    }

    public void save() {
        Pages.attempt(() -> {
            form = settings.save(currentUser.actor(), form).copy();
            Pages.info("campaign.saved");
        });
    }
}
