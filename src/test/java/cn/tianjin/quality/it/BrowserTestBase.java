package cn.tianjin.quality.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the browser test classes share: the portal's deployment (the suite's one server, {@link OneServer}), one headless Chromium per class (opened on first use,
 * closed after the class) and a GreenMail server on port 3025 that catches the portal's e-mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTestBase {
    protected static GreenMail mail;
    private static Browser browser;

    @ArquillianResource
    protected URL base;

    @BeforeAll
    public static void startMail() {
        mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
        mail.start();
    }

    @AfterAll
    public static void closeBrowserAndMail() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        mail.stop();
    }

    /** Every page every browser test opens keeps to the content security policy: nothing it needs is blocked. */
    @AfterEach
    public void nothingBlockedByThePolicy() {
        if (browser != null) {
            assertThat(browser.takeBlocked()).as("what the content security policy blocked").isEmpty();
        }
    }

    protected Browser browser() {
        if (browser == null) {
            browser = new Browser(base.toString());
            opened(browser);
        }
        return browser;
    }

    /** Adjusts a browser just opened; nothing by default. */
    protected void opened(Browser b) {
    }
}
