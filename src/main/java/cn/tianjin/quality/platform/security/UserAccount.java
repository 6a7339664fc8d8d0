package cn.tianjin.quality.platform.security;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A person who logs in. One role per account; an applicant account belongs to one enterprise. */
@Entity
@Table(name = "user_account")
public class UserAccount implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How the audit log names records of this kind. */
    public static final String AUDIT_TYPE = "account";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{account.username.pattern}")
    @Column(nullable = false, unique = true)
    private String username;

    @NotBlank
    @Size(max = 100)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 200)
    @Column(nullable = false)
    private String email;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+() -]*", message = "{enterprise.phone.pattern}")
    private String phone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "enterprise_admin", nullable = false)
    private boolean enterpriseAdmin;

    @Size(max = 200)
    private String organisation;

    /** An evaluator's alliance member organisation; null for every other role. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private String locale;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    public UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Role role, AccountStatus status,
                       String locale, LocalDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.status = status;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public Actor actor() {
        return new Actor(id, username, role, enterpriseId, organisationId);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(Long enterpriseId) { this.enterpriseId = enterpriseId; }
    public boolean isEnterpriseAdmin() { return enterpriseAdmin; }
    public void setEnterpriseAdmin(boolean enterpriseAdmin) { this.enterpriseAdmin = enterpriseAdmin; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String districtCode) { this.districtCode = districtCode; }
    String getPasswordHash() { return passwordHash; }
    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public AccountStatus getStatus() { return status; }
    void setStatus(AccountStatus status) { this.status = status; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public LocalDateTime getLastLoginAt() { return lastLoginAt; }
    void setLastLoginAt(LocalDateTime lastLoginAt) { this.lastLoginAt = lastLoginAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
