package cn.tianjin.quality.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings read from MicroProfile Config: system properties, environment variables (PORTAL_MODE, UPLOAD_DIR,
 * MAIL_HOST, ...) or META-INF/microprofile-config.properties, in that order.
 */
@ApplicationScoped
public class PortalConfig {
    /** All dates and times shown to users and stored as local dates are in Tianjin's time zone. */
    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    @Inject @ConfigProperty(name = "portal.mode", defaultValue = "production")
    String mode;

    @Inject @ConfigProperty(name = "upload.dir", defaultValue = "uploads")
    String uploadDir;

    @Inject @ConfigProperty(name = "upload.max-bytes", defaultValue = "20971520")
    long uploadMaxBytes;

    /** An upload file this old with no attachment row never will have one (its transaction died): the sweep removes it. */
    @Inject @ConfigProperty(name = "upload.orphan-minutes", defaultValue = "60")
    long uploadOrphanMinutes;

    @Inject @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject @ConfigProperty(name = "mail.enabled", defaultValue = "true")
    boolean mailEnabled;

    @Inject @ConfigProperty(name = "mail.host", defaultValue = "localhost")
    String mailHost;

    @Inject @ConfigProperty(name = "mail.port", defaultValue = "25")
    int mailPort;

    @Inject @ConfigProperty(name = "mail.from", defaultValue = "noreply@quality.tj.example.cn")
    String mailFrom;

    @Inject @ConfigProperty(name = "mail.user")
    Optional<String> mailUser;

    @Inject @ConfigProperty(name = "mail.password")
    Optional<String> mailPassword;

    @Inject @ConfigProperty(name = "mail.starttls", defaultValue = "false")
    boolean mailStartTls;

    /** A CJK font file for PDFs (path, or "path,index" in a collection); unset means the Debian font locations. */
    @Inject @ConfigProperty(name = "pdf.font")
    Optional<String> pdfFont;

    public Optional<String> pdfFont() {
        return pdfFont;
    }

    /** Demo mode: H2, demo data and demo accounts, e-mail kept in the outbox instead of being sent. */
    public boolean demo() {
        return "demo".equalsIgnoreCase(mode);
    }

    public Path uploadDir() {
        return Path.of(uploadDir).toAbsolutePath();
    }

    public java.time.Duration uploadOrphanAge() {
        return java.time.Duration.ofMinutes(Math.max(1, uploadOrphanMinutes));
    }

    public long uploadMaxBytes() {
        return uploadMaxBytes;
    }

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether the portal is reached over https (behind a TLS proxy, say): its cookies are then sent over TLS only. */
    public boolean httpsAddress() {
        return baseUrl.regionMatches(true, 0, "https://", 0, "https://".length());
    }

    public boolean mailEnabled() {
        return mailEnabled && !demo();
    }

    public String mailHost() {
        return mailHost;
    }

    public int mailPort() {
        return mailPort;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Optional<String> mailUser() {
        return mailUser.filter(s -> !s.isBlank());
    }

    public Optional<String> mailPassword() {
        return mailPassword;
    }

    public boolean mailStartTls() {
        return mailStartTls;
    }
}
