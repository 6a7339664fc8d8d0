package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.privacy.Masks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An enterprise, keyed by its unified social credit code. The field rules here are the single source for the
 * registration page, the officials' edit page and the REST API.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 18)
    @Column(name = "credit_code", nullable = false, unique = true)
    private String creditCode;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    @NotBlank
    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String address;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false)
    private SizeClass size;

    @NotNull
    @PastOrPresent
    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    @NotBlank
    @Size(max = 60)
    @Column(name = "legal_representative", nullable = false)
    private String legalRepresentative;

    @NotBlank
    @Size(max = 60)
    @Column(name = "contact_person", nullable = false)
    private String contactPerson;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[0-9+() -]*", message = "{enterprise.phone.pattern}")
    @Column(nullable = false)
    private String phone;

    @NotBlank
    @Email
    @Size(max = 200)
    @Column(nullable = false)
    private String email;

    /** Division code outside 12xxxx: accepted at registration, checked by each programme's eligibility rules. */
    @Column(name = "outside_tianjin", nullable = false)
    private boolean outsideTianjin;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    public Enterprise() {
    }

    /** A copy for editing on a page, so the managed entity changes only through the service. */
    public Enterprise copy() {
        Enterprise e = new Enterprise();
        e.id = id;
        e.creditCode = creditCode;
        e.version = version;
        e.createdAt = createdAt;
        e.outsideTianjin = outsideTianjin;
        e.copyEditableFrom(this);
        return e;
    }

    void copyEditableFrom(Enterprise o) {
        name = o.name;
        districtCode = o.districtCode;
        address = o.address;
        industry = o.industry;
        size = o.size;
        foundedOn = o.foundedOn;
        legalRepresentative = o.legalRepresentative;
        contactPerson = o.contactPerson;
        phone = o.phone;
        email = o.email;
    }

    /** "field: before -> after" for each editable field that differs, for the audit log. */
    String differencesFrom(Enterprise o) {
        var sb = new StringBuilder();
        diff(sb, "name", o.name, name);
        diff(sb, "district", o.districtCode, districtCode);
        diff(sb, "address", o.address, address);
        diff(sb, "industry", o.industry, industry);
        diff(sb, "size", o.size, size);
        diff(sb, "foundedOn", o.foundedOn, foundedOn);
        diff(sb, "legalRepresentative", o.legalRepresentative, legalRepresentative);
        diff(sb, "contactPerson", o.contactPerson, contactPerson);
        // The log says that the contact's details changed, not what they are: it is read by more people than them.
        diff(sb, "phone", Masks.phone(o.phone), Masks.phone(phone), o.phone, phone);
        diff(sb, "email", Masks.email(o.email), Masks.email(email), o.email, email);
        return sb.toString();
    }

    private static void diff(StringBuilder sb, String field, Object before, Object after) {
        diff(sb, field, before, after, before, after);
    }

    /** Names a change of {@code field} as {@code shownBefore -> shownAfter} when {@code before} and {@code after} differ. */
    private static void diff(StringBuilder sb, String field, Object shownBefore, Object shownAfter, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(field).append(": ").append(shownBefore).append(" -> ").append(shownAfter);
        }
    }

    public Long getId() { return id; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Industry getIndustry() { return industry; }
    public void setIndustry(Industry industry) { this.industry = industry; }
    public SizeClass getSize() { return size; }
    public void setSize(SizeClass size) { this.size = size; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isOutsideTianjin() { return outsideTianjin; }
    void setOutsideTianjin(boolean outsideTianjin) { this.outsideTianjin = outsideTianjin; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public int getVersion() { return version; }
}
