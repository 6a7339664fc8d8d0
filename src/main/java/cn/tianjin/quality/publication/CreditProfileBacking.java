package cn.tianjin.quality.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** An enterprise's public credit profile (/public/credit-profile?code=): stateless, read per request. */
@Named
@RequestScoped
public class CreditProfileBacking {
    @Inject
    CreditProfiles profiles;

    private String code;
    private Optional<CreditProfiles.Profile> profile;

    public Optional<CreditProfiles.Profile> getProfile() {
        if (profile == null) {
            profile = profiles.of(code);
        }
        return profile;
    }

    /** The profile shown, or null when there is none. */
    public CreditProfiles.Profile getShown() {
        return getProfile().orElse(null);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
