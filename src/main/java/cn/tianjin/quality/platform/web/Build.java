package cn.tianjin.quality.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build this server runs. Its stamp is added to the address of the portal's own stylesheets and images
 * (OmniFaces' versioned resource handler, configured in web.xml), so that browsers may keep them for a year and still
 * fetch the new ones after an upgrade.
 */
@Named
@ApplicationScoped
public class Build {
    private final String version;

    public Build() {
        Properties p = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/portal-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        version = v.isBlank() || v.startsWith("${") ? "dev" : v;
    }

    public String getVersion() {
        return version;
    }
}
