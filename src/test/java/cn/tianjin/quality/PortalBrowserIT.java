package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.it.Browser;
import cn.tianjin.quality.it.Deployments;
import cn.tianjin.quality.platform.security.TestFixtures;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journeys of the foundation in headless Chromium against the portal on MariaDB: registration with the e-mailed
 * confirmation, login, language switch and credit file; every role refused every other role's folder; an applicant
 * probing another enterprise's id; a script typed as an enterprise name shown as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {
    private static final Map<String, String> FOLDERS = Map.of(
            "it-applicant-a", "/enterprise/",
            "it-recommender", "/recommender/",
            "it-expert", "/expert/",
            "it-official", "/official/",
            "it-admin", "/admin/");

    private static GreenMail mail;
    private static Browser browser;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void start() {
        mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
        mail.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        mail.stop();
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        return browser;
    }

    @Test
    void aNewEnterpriseRegistersConfirmsLogsInSwitchesLanguageAndSeesItsCreditFile() throws Exception {
        Browser b = browser();
        b.logout();
        String serial = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44), 31).toUpperCase()
                .replaceAll("[IOZSV]", "A");
        String code = CreditCode.withCheckCharacter(("91120103MA" + serial + "0000000").substring(0, 17));
        String username = "new" + serial.toLowerCase().substring(0, 6);
        String payload = "津门<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">公司";

        b.open("/public/register");
        assertThat(b.text("h1")).isEqualTo("企业注册");
        // A wrong check character is refused with the exact reason.
        b.type("register:creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        fillRegistration(b, payload, username);
        b.click("register:submit");
        assertThat(b.text("[id='register:creditCode'] ~ .ui-message, .ui-messages-error, .ui-message-error"))
                .contains("校验未通过");

        b.type("register:creditCode", code);
        b.type("register:password", "Tianjin-Reg-77");
        b.type("register:repeat", "Tianjin-Reg-77");
        b.click("register:submit");
        assertThat(b.text("#register-done")).contains(username + "@example.cn");
        b.screenshot("register-done");

        String link = awaitLink(username + "@example.cn", "/public/confirm?token=");
        b.open(link);
        b.click("confirm:submit");
        assertThat(b.text("[id='confirm:confirmed']")).contains("注册已确认");

        b.login(username, "Tianjin-Reg-77");
        assertThat(b.path()).startsWith("/enterprise/");
        assertThat(b.text("#enterprise-name")).isEqualTo(payload);
        assertThat(b.driver().executeScript("return window.__xss === undefined")).isEqualTo(true);
        b.screenshot("enterprise-home-zh");

        b.click("lang-switch");
        assertThat(b.text("h1")).isEqualTo("Enterprise desk");
        b.click("credit-file-link");
        assertThat(b.text("h1")).isEqualTo("Quality credit file");
        assertThat(b.text("#timeline")).contains("Registered on the portal");
        assertThat(b.text("#clear-status")).contains("not on the serious dishonesty list");
        assertThat(b.driver().executeScript("return window.__xss === undefined")).isEqualTo(true);
        b.screenshot("credit-file-en");
        b.click("lang-switch");
        assertThat(b.text("h1")).isEqualTo("质量信用档案");
    }

    private static void fillRegistration(Browser b, String name, String username) {
        b.type("register:name", name);
        b.choose("register:districtCode", "120103");
        b.type("register:address", "天津市河西区友谊路1号");
        b.choose("register:industry", "C");
        b.choose("register:size", "SMALL");
        b.type("register:foundedOn", "2012-05-06");
        b.type("register:legalRepresentative", "赵六");
        b.type("register:contactPerson", "钱七");
        b.type("register:phone", "022-23456789");
        b.type("register:email", "office@example.cn");
        b.type("register:username", username);
        b.type("register:displayName", "钱七");
        b.type("register:userEmail", username + "@example.cn");
        b.type("register:password", "Tianjin-Reg-77");
        b.type("register:repeat", "Tianjin-Reg-77");
    }

    private static String awaitLink(String recipient, String path) throws Exception {
        Pattern p = Pattern.compile(Pattern.quote(path) + "[A-Za-z0-9_-]+");
        for (int i = 0; i < 60; i++) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(recipient)) {
                    // The body is sent base64 or quoted-printable (Chinese text): read it decoded.
                    Matcher found = p.matcher(String.valueOf(m.getContent()));
                    if (found.find()) {
                        return found.group();
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no e-mail with " + path + " reached " + recipient);
    }

    @Test
    void everyRoleIsRefusedEveryOtherRolesFolder() {
        Browser b = browser();
        for (var me : FOLDERS.entrySet()) {
            b.login(me.getKey(), TestFixtures.PASSWORD);
            b.open(me.getValue());
            assertThat(b.has("#error-403")).as(me.getKey() + " at its own " + me.getValue()).isFalse();
            for (String other : FOLDERS.values()) {
                if (!other.equals(me.getValue())) {
                    b.open(other);
                    assertThat(b.has("#error-403")).as(me.getKey() + " at " + other).isTrue();
                }
            }
        }
        b.logout();
        b.open("/official/");
        assertThat(b.path()).as("anonymous visitors are sent to the login page").startsWith("/public/login");
    }

    @Test
    void anApplicantChangingTheIdInTheUrlGetsNothingOfAnotherEnterprise() {
        Browser b = browser();
        b.login("it-applicant-b", TestFixtures.PASSWORD);
        b.open("/enterprise/");
        String href = b.find("#credit-file-link").getAttribute("href");
        String otherId = href.substring(href.indexOf("id=") + 3);

        b.login("it-applicant-a", TestFixtures.PASSWORD);
        b.open("/enterprise/credit-file?id=" + otherId);
        assertThat(b.has("#error-404")).isTrue();
        assertThat(b.body()).doesNotContain("集成测试乙企业有限公司").doesNotContain(TestFixtures.CODE_B);
        for (String id : List.of("0", "-1", "abc", "99999999")) {
            b.open("/enterprise/credit-file?id=" + id);
            assertThat(b.has("#timeline")).as("id " + id).isFalse();
        }
        b.open("/enterprise/");
        assertThat(b.text("#enterprise-name")).isEqualTo("集成测试甲企业有限公司");
    }
}
