package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is marked Secure when the portal's public address is https, whatever the last hop to Payara is:
 * behind a TLS proxy the connection Payara sees is plain HTTP, and the container alone would send the cookie without
 * the mark. The language cookie follows the same rule ({@link LocaleFilter}).
 */
@WebListener
public class SecureCookies implements ServletContextListener {
    @Inject
    PortalConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (config.httpsAddress()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
