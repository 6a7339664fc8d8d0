package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.programme.CampaignSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The award's own settings of a campaign: the quotas (ceilings: places may stay empty), the look-back windows for
 * accidents, the committee's quorum and the share of votes that carries, and the end of the site visits.
 */
@Entity
@Table(name = "award_settings")
public class AwardSettings extends CampaignSettings {
    private static final long serialVersionUID = 1L;
    public static final int DEFAULT_QUOTA = 5;

    @Column(name = "award_quota", nullable = false)
    private int awardQuota = DEFAULT_QUOTA;

    @Column(name = "nomination_quota", nullable = false)
    private int nominationQuota = DEFAULT_QUOTA;

    @Column(name = "accident_lookback_years", nullable = false)
    private int accidentLookbackYears = 2;

    @Column(name = "major_lookback_years", nullable = false)
    private int majorLookbackYears = 5;

    /** The fewest committee votes cast on an entry for a decision. */
    @Column(name = "committee_quorum", nullable = false)
    private int committeeQuorum = 5;

    @Column(name = "carry_numerator", nullable = false)
    private int carryNumerator = 2;

    @Column(name = "carry_denominator", nullable = false)
    private int carryDenominator = 3;

    @Column(name = "site_visit_until")
    private LocalDate siteVisitUntil;

    public AwardSettings() {
    }

    @Override
    protected void copyFrom(CampaignSettings form) {
        AwardSettings o = (AwardSettings) form;
        awardQuota = o.awardQuota;
        nominationQuota = o.nominationQuota;
        accidentLookbackYears = o.accidentLookbackYears;
        majorLookbackYears = o.majorLookbackYears;
        committeeQuorum = o.committeeQuorum;
        carryNumerator = o.carryNumerator;
        carryDenominator = o.carryDenominator;
        siteVisitUntil = o.siteVisitUntil;
    }

    /** Every rule the award's settings must meet; the first broken one is reported on its field. */
    @Override
    protected void validate() {
        if (awardQuota < 0 || nominationQuota < 0 || awardQuota + nominationQuota == 0) {
            throw BusinessException.onField("awardQuota", "campaign.quota.invalid");
        }
        if (accidentLookbackYears < 0 || majorLookbackYears < 0) {
            throw BusinessException.onField("accidentLookbackYears", "campaign.numbers.invalid");
        }
        if (committeeQuorum < 1 || carryNumerator < 1 || carryDenominator < carryNumerator) {
            throw BusinessException.onField("committeeQuorum", "campaign.committee.invalid");
        }
    }

    @Override
    protected String summary() {
        return "award: quotas " + awardQuota + "/" + nominationQuota + ", quorum " + committeeQuorum + ", carry "
                + carryNumerator + "/" + carryDenominator + ", accidents " + accidentLookbackYears + "/" + majorLookbackYears
                + " years";
    }

    public CommitteeRules.Rules committeeRules() {
        return new CommitteeRules.Rules(committeeQuorum, carryNumerator, carryDenominator, awardQuota, nominationQuota);
    }

    public int getAwardQuota() { return awardQuota; }
    public void setAwardQuota(int q) { this.awardQuota = q; }
    public int getNominationQuota() { return nominationQuota; }
    public void setNominationQuota(int q) { this.nominationQuota = q; }
    public int getAccidentLookbackYears() { return accidentLookbackYears; }
    public void setAccidentLookbackYears(int y) { this.accidentLookbackYears = y; }
    public int getMajorLookbackYears() { return majorLookbackYears; }
    public void setMajorLookbackYears(int y) { this.majorLookbackYears = y; }
    public int getCommitteeQuorum() { return committeeQuorum; }
    public void setCommitteeQuorum(int q) { this.committeeQuorum = q; }
    public int getCarryNumerator() { return carryNumerator; }
    public void setCarryNumerator(int n) { this.carryNumerator = n; }
    public int getCarryDenominator() { return carryDenominator; }
    public void setCarryDenominator(int d) { this.carryDenominator = d; }
    public LocalDate getSiteVisitUntil() { return siteVisitUntil; }
    public void setSiteVisitUntil(LocalDate d) { this.siteVisitUntil = d; }
}
