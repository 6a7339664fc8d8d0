package cn.tianjin.quality.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What the assignment needs to know about an expert: organisation, expertise, availability and load. */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "expert-profile";

    /** The most seats per round of an expert whose profile nobody has set. */
    public static final int DEFAULT_MAX_LOAD = 20;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String organisation;

    /** The organisation's unified social credit code, where it has one: experts of an applicant are conflicted. */
    @Column(name = "organisation_code")
    private String organisationCode;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false)
    private String title;

    /** GB/T 4754 section letters, comma separated. */
    @Column(nullable = false)
    private String industries = "";

    /** Rubric category codes, comma separated. */
    @Column(nullable = false)
    private String categories = "";

    @Column(name = "district_code")
    private String districtCode;

    @Column(nullable = false)
    private boolean available = true;

    @Min(1)
    @Max(100)
    @Column(name = "max_load", nullable = false)
    private int maxLoad = DEFAULT_MAX_LOAD;

    @Version
    private int version;

    public ExpertProfile() {
    }

    ExpertProfile(Long userId) {
        this.userId = userId;
    }

    public Set<String> industrySet() {
        return split(industries);
    }

    public Set<String> categorySet() {
        return split(categories);
    }

    static Set<String> split(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String join(Set<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    void copyFrom(ExpertProfile o) {
        organisation = o.organisation == null ? null : o.organisation.trim();
        organisationCode = o.organisationCode == null || o.organisationCode.isBlank() ? null : o.organisationCode.trim();
        title = o.title == null ? null : o.title.trim();
        industries = join(o.getIndustryList());
        categories = join(o.getCategoryList());
        districtCode = o.districtCode == null || o.districtCode.isBlank() ? null : o.districtCode;
        available = o.available;
        maxLoad = o.maxLoad;
    }

    String summary() {
        return "organisation=" + organisation + ", code=" + organisationCode + ", title=" + title + ", industries="
                + industries + ", categories=" + categories + ", available=" + available + ", maxLoad=" + maxLoad;
    }

    public Long getUserId() { return userId; }
    void setUserId(Long userId) { this.userId = userId; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getOrganisationCode() { return organisationCode; }
    public void setOrganisationCode(String organisationCode) { this.organisationCode = organisationCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Set<String> getIndustryList() { return split(industries); }
    public void setIndustryList(Set<String> list) { this.industries = join(list); }
    public Set<String> getCategoryList() { return split(categories); }
    public void setCategoryList(Set<String> list) { this.categories = join(list); }
    public String getIndustriesText() { return industries.replace(",", ", "); }
    public String getCategoriesText() { return categories; }
    public void setCategoriesText(String text) { this.categories = join(split(text)); }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public boolean isAvailable() { return available; }
    public void setAvailable(boolean available) { this.available = available; }
    public int getMaxLoad() { return maxLoad; }
    public void setMaxLoad(int maxLoad) { this.maxLoad = maxLoad; }
    public int getVersion() { return version; }
}
