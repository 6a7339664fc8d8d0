package cn.tianjin.quality.pacesetter;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.programme.CampaignSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A selection's own settings: how many places, the pass mark, how long a title holds, how long a practice has run. */
@Entity
@Table(name = "pacesetter_settings")
public class PacesetterSettings extends CampaignSettings {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int places = 10;

    /** The pass mark as a share of the rubric's points, in percent. */
    @Column(name = "pass_percent", nullable = false)
    private int passPercent = 60;

    @Column(name = "validity_years", nullable = false)
    private int validityYears = 3;

    /** How long the practice must have run, checked by the official at eligibility. */
    @Column(name = "practice_years", nullable = false)
    private int practiceYears = 2;

    public PacesetterSettings() {
    }

    @Override
    protected void copyFrom(CampaignSettings form) {
        PacesetterSettings o = (PacesetterSettings) form;
        places = o.places;
        passPercent = o.passPercent;
        validityYears = o.validityYears;
        practiceYears = o.practiceYears;
    }

    @Override
    protected void validate() {
        if (places < 1) {
            throw BusinessException.onField("places", "pacesetter.places.invalid");
        }
        if (passPercent < 0 || passPercent > 100) {
            throw BusinessException.onField("passPercent", "pacesetter.passPercent.invalid");
        }
        if (validityYears < 1 || practiceYears < 0) {
            throw BusinessException.onField("validityYears", "campaign.numbers.invalid");
        }
    }

    @Override
    protected String summary() {
        return "pacesetter: " + places + " places, pass " + passPercent + "%, valid " + validityYears + " years, practice "
                + practiceYears + " years";
    }

    public int getPlaces() { return places; }
    public void setPlaces(int places) { this.places = places; }
    public int getPassPercent() { return passPercent; }
    public void setPassPercent(int passPercent) { this.passPercent = passPercent; }
    public int getValidityYears() { return validityYears; }
    public void setValidityYears(int validityYears) { this.validityYears = validityYears; }
    public int getPracticeYears() { return practiceYears; }
    public void setPracticeYears(int practiceYears) { this.practiceYears = practiceYears; }
}
