package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.programme.CampaignSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Tianjin brand campaign's own settings: how long a recognition holds, the pass mark of the panel's score and the
 * brand index a brand must reach. */
@Entity
@Table(name = "brand_settings")
public class BrandSettings extends CampaignSettings {
    private static final long serialVersionUID = 1L;

    /** Years a recognition holds; three is usual. */
    @Column(name = "validity_years", nullable = false)
    private int validityYears = 3;

    /** The pass mark as a share of the rubric's points, in percent. */
    @Column(name = "pass_percent", nullable = false)
    private int passPercent = 60;

    /** The brand index a brand must reach besides the pass mark (the index runs from 0 to 100). */
    @Column(name = "pass_index", nullable = false)
    private int passIndex = 60;

    public BrandSettings() {
    }

    @Override
    protected void copyFrom(CampaignSettings form) {
        BrandSettings o = (BrandSettings) form;
        validityYears = o.validityYears;
        passPercent = o.passPercent;
        passIndex = o.passIndex;
    }

    @Override
    protected void validate() {
        if (validityYears < 1 || validityYears > 10) {
            throw BusinessException.onField("brandValidityYears", "brand.settings.validityYears.invalid");
        }
        if (passPercent < 0 || passPercent > 100) {
            throw BusinessException.onField("brandPassPercent", "brand.settings.passPercent.invalid");
        }
        if (passIndex < 0 || passIndex > 100) {
            throw BusinessException.onField("brandPassIndex", "brand.settings.passIndex.invalid");
        }
    }

    @Override
    protected String summary() {
        return "brand: valid " + validityYears + " years, pass " + passPercent + "%, index " + passIndex;
    }

    public int getValidityYears() { return validityYears; }
    public void setValidityYears(int validityYears) { this.validityYears = validityYears; }
    public int getPassPercent() { return passPercent; }
    public void setPassPercent(int passPercent) { this.passPercent = passPercent; }
    public int getPassIndex() { return passIndex; }
    public void setPassIndex(int passIndex) { this.passIndex = passIndex; }
}
