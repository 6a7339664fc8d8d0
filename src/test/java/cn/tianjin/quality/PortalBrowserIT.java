package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.enterprise.CreditCode;
import cn.tianjin.quality.it.Browser;
import cn.tianjin.quality.it.BrowserTestBase;
import cn.tianjin.quality.it.Http;
import cn.tianjin.quality.it.Surface;
import cn.tianjin.quality.platform.security.TestFixtures;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The journeys of the foundation in headless Chromium against the portal on MariaDB: registration with the e-mailed
 * confirmation, login, language switch and credit file; every role refused every other role's folder; an applicant
 * probing another enterprise's id; a script typed as an enterprise name shown as text.
 */
class PortalBrowserIT extends BrowserTestBase {
    private static final Map<String, String> FOLDERS = Map.of(
            "it-applicant-a", "/enterprise/",
            "it-recommender", "/recommender/",
            "it-expert", "/expert/",
            "it-official", "/official/",
            "it-admin", "/admin/");

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

    private HttpResponse<String> http(String method, String path, String cookie, Map<String, String> headers, String form)
            throws Exception {
        return Http.send(base.toString(), method, path, cookie, headers, form);
    }

    /** The rows of the winners directory in a page's source (the search box repeats the query above them). */
    private static String winnersTable(String page) {
        int from = page.indexOf("id=\"winners\"");
        return from < 0 ? "" : page.substring(from, page.indexOf("</table>", from));
    }

    private String session(Browser b) {
        return Http.session(b);
    }

    @Test
    void publicPagesCreateNoSessionAndEveryResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/public/notice?id=1", "/no-such-page")) {
            HttpResponse<String> r = http("GET", path, null, Map.of(), null);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().allValues("Content-Security-Policy")).as(path)
                    .anyMatch(v -> v.contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
        HttpResponse<String> home = http("GET", "/", null, Map.of(), null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("quality-portal-home").contains("天津质量奖");
        // Light for a phone: the charset where a browser looks for it, a description for search engines, an icon, one
        // stylesheet with its version in its address and kept for a year, and no script at all.
        String head = home.body().substring(0, 1024);
        assertThat(head).contains("<meta charset=\"utf-8\"").contains("<meta name=\"description\"");
        assertThat(home.body()).doesNotContain("<script").doesNotContain("primefaces");
        assertThat(http("GET", "/favicon.ico", null, Map.of(), null).statusCode()).isEqualTo(200);
        String stylesheet = home.body().replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
        assertThat(stylesheet).startsWith("/jakarta.faces.resource/css/portal.css").contains("v=");
        HttpResponse<String> css = http("GET", stylesheet, null, Map.of(), null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    }

    /**
     * The page as a phone 390 px wide shows it: each winner a card whose enterprise name has the card's width, not a
     * column squeezed to a character per line; no PrimeFaces or jQuery script on a page without widgets.
     */
    private static void onAPhone(Browser b, String name) {
        onAPhone(b, name, "winners");
    }

    /** As {@link #onAPhone(Browser, String)}, for the list of cards with that id. */
    private static void onAPhone(Browser b, String name, String list) {
        var desk = b.driver().manage().window().getSize();
        try {
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            b.driver().navigate().refresh();
            b.await(d -> b.has("[id='" + list + "'] td.key-cell"));
            int width = b.find("[id='" + list + "'] td.key-cell").getRect().getWidth();
            assertThat(width).as("the card's key across its width, at 390 px").isGreaterThan(300);
            assertThat(b.find("[id='" + list + "'] thead").getRect().getHeight()).as("the column heads are read out, not shown").isLessThanOrEqualTo(1);
            Object scripts = b.driver().executeScript("return Array.from(document.scripts).map(s => s.src || 'inline').join(' ');");
            assertThat((String) scripts).as("scripts on a page without widgets").doesNotContain("primefaces").doesNotContain("jquery");
            Object wide = b.driver().executeScript("return document.documentElement.scrollWidth;");
            assertThat(((Number) wide).intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(390);
            b.screenshot(name + "-390px");
        } finally {
            b.driver().manage().window().setSize(desk);
        }
    }

    @Test
    void signingOutFromAPublicPageSignsOut() {
        // The public pages are stateless and load no script; their one form, "log out", still works.
        Browser b = browser();
        b.login("it-applicant-a", TestFixtures.PASSWORD);
        b.open("/public/winners");
        b.click("logout-form:logout");
        b.await(d -> b.has("#login-link"));
        assertThat(b.has("#messages li")).as("no 'page expired' message").isFalse();
        b.open("/enterprise/");
        b.awaitPath("/public/login");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        Browser b = browser();
        b.logout();
        b.open("/public/login");
        String before = Http.sessionId(b);
        assertThat(before).isNotNull();
        b.type("login:username", "it-expert");
        b.type("login:password", TestFixtures.PASSWORD);
        b.click("login:submit");
        b.awaitPath("/expert/");
        assertThat(Http.sessionId(b)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void afterSigningOutOnASharedComputerBackShowsTheLoginPageNotThePrivatePage() throws Exception {
        Browser b = browser();
        b.login("it-applicant-a", TestFixtures.PASSWORD);
        b.open("/enterprise/");
        assertThat(b.body()).contains("集成测试甲企业有限公司");
        String cookie = session(b);
        HttpResponse<String> page = http("GET", "/enterprise/", cookie, Map.of(), null);
        assertThat(page.headers().firstValue("Cache-Control")).as("a private page").hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        HttpResponse<String> api = http("GET", "/api/v1/enterprises/" + enterpriseId(b), cookie, Map.of(), null);
        assertThat(api.headers().allValues("Cache-Control")).as("the API").anyMatch(v -> v.contains("no-store"));
        HttpResponse<String> css = http("GET", "/resources/css/portal.css", cookie, Map.of(), null);
        assertThat(css.headers().allValues("Cache-Control")).as("a static resource").noneMatch(v -> v.contains("no-store"));
        // An Ajax answer, sent by the page itself as PrimeFaces would.
        String ajax = (String) b.driver().executeScript("""
                var f = document.getElementById('logout-form');
                var data = new URLSearchParams(new FormData(f));
                data.append('jakarta.faces.partial.ajax', 'true');
                data.append('jakarta.faces.source', 'logout-form');
                data.append('jakarta.faces.partial.execute', '@none');
                data.append('jakarta.faces.partial.render', '@none');
                var x = new XMLHttpRequest();
                x.open('POST', f.action, false);
                x.setRequestHeader('Faces-Request', 'partial/ajax');
                x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
                x.send(data.toString());
                return x.status + ' ' + x.getResponseHeader('Cache-Control') + ' ' + x.responseText.substring(0, 60);
                """);
        assertThat(ajax).as("an Ajax answer").startsWith("200 ").contains("no-store").contains("partial-response");

        b.click("logout-form:logout");
        b.await(d -> !b.path().startsWith("/enterprise"));
        b.driver().navigate().back();
        b.await(d -> b.path().startsWith("/public/login"));
        assertThat(b.body()).doesNotContain("集成测试甲企业有限公司");
    }

    private static String enterpriseId(Browser b) {
        String href = b.find("#credit-file-link").getAttribute("href");
        return href.substring(href.indexOf("id=") + 3);
    }

    @Test
    void theApiAnswersOnlyForOnesOwnEnterpriseAndRefusesForgedWrites() throws Exception {
        Browser b = browser();
        b.login("it-applicant-b", TestFixtures.PASSWORD);
        b.open("/enterprise/");
        String href = b.find("#credit-file-link").getAttribute("href");
        String idB = href.substring(href.indexOf("id=") + 3);
        b.login("it-applicant-a", TestFixtures.PASSWORD);
        b.open("/enterprise/");
        String hrefA = b.find("#credit-file-link").getAttribute("href");
        String idA = hrefA.substring(hrefA.indexOf("id=") + 3);
        String cookie = session(b);

        HttpResponse<String> own = http("GET", "/api/v1/enterprises/" + idA, cookie, Map.of(), null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(TestFixtures.CODE_A);
        HttpResponse<String> other = http("GET", "/api/v1/enterprises/" + idB, cookie, Map.of(), null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(TestFixtures.CODE_B);
        assertThat(http("GET", "/api/v1/enterprises/" + idA + "/veto", cookie, Map.of(), null).statusCode())
                .as("applicants may not ask the veto").isEqualTo(403);
        assertThat(http("GET", "/api/v1/enterprises/" + idA, null, Map.of(), null).statusCode()).isEqualTo(401);

        assertThat(http("POST", "/api/v1/enterprises/" + idA, cookie, Map.of(), "x=1").statusCode())
                .as("a write without the portal header").isEqualTo(403);
        assertThat(http("POST", "/api/v1/enterprises/" + idA, cookie, Map.of("X-Requested-With", "portal"), "x=1")
                .statusCode()).as("with the header it reaches the resource, which has no POST").isEqualTo(405);

        // Every refusal is a problem document with a stable type, in the caller's language.
        assertProblem(other, 404, "not-found");
        assertProblem(http("GET", "/api/v1/enterprises/" + idA, null, Map.of(), null), 401, "unauthorized");
        assertProblem(http("GET", "/api/v1/enterprises/" + idA + "/veto", cookie, Map.of(), null), 403, "forbidden");
        assertProblem(http("POST", "/api/v1/enterprises/" + idA, cookie, Map.of(), "x=1"), 403, "csrf");
        HttpResponse<String> post = http("POST", "/api/v1/enterprises/" + idA, cookie, Map.of("X-Requested-With", "portal"), "x=1");
        assertProblem(post, 405, "method-not-allowed");
        assertThat(post.headers().firstValue("Allow")).as("405 names what the address takes").hasValueSatisfying(v -> assertThat(v).contains("GET"));
        assertProblem(http("GET", "/api/v1/no-such-thing", cookie, Map.of(), null), 404, "not-found");
    }

    /** A problem document (RFC 9457) of this status and kind, with a title and the address asked. */
    private static jakarta.json.JsonObject assertProblem(HttpResponse<String> r, int status, String kind) {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(r.uri().toString())
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        jakarta.json.JsonObject p = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
        assertThat(p.getString("type")).isEqualTo("urn:tianjin-quality-portal:problem:" + kind);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title")).isNotBlank();
        assertThat(p.getString("instance")).startsWith("/api/v1/");
        return p;
    }

    @Test
    void anOfficialAdmitsAndSuspendsAnAllianceMemberAndThePublicReadsHowTheBrandIndexIsComputed() throws Exception {
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        String serial = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44), 31).toUpperCase()
                .replaceAll("[IOZSV]", "A");
        String code = CreditCode.withCheckCharacter(("51120000MA" + serial + "0000000").substring(0, 17));
        String name = "集成测试品牌评价中心" + serial;
        b.open("/official/alliance");
        b.type("admit:name", name);
        b.type("admit:creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        b.choose("admit:kind", "EVALUATION");
        b.type("admit:accreditation", "品牌评价机构备案第 1 号");
        b.click("admit:admitMember");
        b.await(d -> b.has("[id='admit:creditCode'] ~ .ui-message-error, .ui-message-error"));
        assertThat(b.text(".ui-message-error")).contains("校验");
        assertThat(b.text("#alliance-members, body")).doesNotContain(name);

        b.type("admit:creditCode", code);
        b.click("admit:admitMember");
        b.await(d -> b.text("#messages").contains("已接纳"));
        assertThat(b.text("#alliance-members")).contains(name).contains(code);

        new org.openqa.selenium.support.ui.Select(b.find("[id='suspend:suspendId']")).selectByVisibleText(name);
        b.type("suspend:reason", "资质证书复查中");
        b.click("suspend:suspendMember");
        b.await(d -> b.text("#messages").contains("已暂停"));
        assertThat(b.text("#alliance-members")).contains("资质证书复查中");

        b.logout();
        b.open("/public/brand-index-method");
        assertThat(b.text("#brand-dimensions")).contains("市场表现").contains("专家评审");
        assertThat(b.text("#brand-indicator-list")).contains("监督抽查合格率").contains("越低越好");
    }

    @Test
    void theOpenDataApiRefusesBadParametersAndIsCachedRevalidatedAndReadableFromOtherSites() throws Exception {
        // A malformed or out-of-bounds parameter is refused with 400 and the reason, in Chinese or in English.
        var notWhole = assertProblem(http("GET", "/api/v1/public/winners?page=abc", null, Map.of(), null), 400, "api.param.notWhole");
        assertThat(notWhole.getString("field")).isEqualTo("page");
        assertThat(notWhole.getString("detail")).contains("page").contains("abc").contains("整数");
        var negative = assertProblem(http("GET", "/api/v1/public/winners?page=-5", null, Map.of("Accept-Language", "en"), null),
                400, "api.param.range");
        assertThat(negative.getString("detail")).isEqualTo("The parameter page must be from 1 to 21474836, not \"-5\".");
        assertProblem(http("GET", "/api/v1/public/winners?size=1000", null, Map.of(), null), 400, "api.param.range");
        assertProblem(http("GET", "/api/v1/public/winners?year=last", null, Map.of(), null), 400, "api.param.notWhole");
        assertProblem(http("GET", "/api/v1/public/winners?programme=NOPE", null, Map.of(), null), 400, "api.programme.unknown");
        assertProblem(http("GET", "/api/v1/public/winners?level=GOLD", null, Map.of(), null), 400, "api.level.unknown");
        assertProblem(http("GET", "/api/v1/public/winners?status=LOST", null, Map.of(), null), 400, "api.status.unknown");
        assertProblem(http("GET", "/api/v1/public/certificates/NO-SUCH-SERIAL", null, Map.of(), null), 404, "not-found");

        // One paging convention; a list answer may be kept for a minute, read from another site, and revalidated.
        HttpResponse<String> list = http("GET", "/api/v1/public/winners?size=5", null, Map.of("Origin", "https://news.example.cn"), null);
        assertThat(list.statusCode()).isEqualTo(200);
        jakarta.json.JsonObject page = jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readObject();
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getInt("size")).isEqualTo(5);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(page.getJsonArray("items").size());
        assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        String etag = list.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http("GET", "/api/v1/public/winners?size=5", null, Map.of("If-None-Match", etag), null);
        assertThat(again.statusCode()).as("the same list again: not modified").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(http("GET", "/api/v1/public/winners?size=6", null, Map.of("If-None-Match", etag), null).statusCode())
                .as("another list has another tag").isEqualTo(200);

        // Moments carry Tianjin's offset (a display opened here brings its notice).
        assertThat(hook((900_000_000L + System.nanoTime() % 1_000_000) + "/on-display").statusCode()).isEqualTo(200);
        HttpResponse<String> notices = http("GET", "/api/v1/public/notices?size=1", null, Map.of(), null);
        assertThat(notices.statusCode()).isEqualTo(200);
        assertThat(notices.body()).containsPattern("\"published\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\+08:00\"");
        assertThat(http("GET", "/api/v1/public/displays", null, Map.of(), null).body()).contains("\"items\"");
    }

    @Test
    void aFacesFormPostedWithoutItsViewStateChangesNothing() throws Exception {
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        String cookie = session(b);
        String name = "forged" + Long.toString(System.nanoTime(), 36);
        String form = "create=create&create%3Arole_input=EXPERT&create%3Ausername=" + name
                + "&create%3AdisplayName=x&create%3Aemail=x%40example.cn&create%3Asubmit=create%3Asubmit"
                + "&jakarta.faces.ViewState=-123%3A456";
        HttpResponse<String> r = http("POST", "/official/accounts", cookie, Map.of("Origin", "http://evil.example"), form);
        assertThat(r.body()).doesNotContain(name);
        b.open("/official/accounts");
        b.type("list:text", name);
        b.click("list:go");
        b.find("[id='list:accounts'] .ui-datatable-empty-message");
        assertThat(b.text("[id='list:accounts']")).doesNotContain(name);
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() throws Exception {
        Browser b = browser();
        b.logout();
        b.open("/public/password-forgot");
        b.type("forgot:who", "it-reset");
        b.click("forgot:submit");
        assertThat(b.text("[id='forgot:sent']")).contains("重设密码的链接已发送");
        String link = awaitLink("it-reset@test.example.cn", "/public/password-reset?token=");
        b.open(link);
        b.type("reset:password", "short");
        b.type("reset:repeat", "short");
        b.click("reset:submit");
        assertThat(b.text(".ui-message-error, .ui-messages-error")).contains("至少需要10个字符");
        b.type("reset:password", "Reset-Passw0rd!");
        b.type("reset:repeat", "Reset-Passw0rd!");
        b.click("reset:submit");
        assertThat(b.text("[id='reset:reset-done']")).contains("新密码已设置");
        b.open(link);
        assertThat(b.text("[id='reset:link-invalid']")).as("a link works once").contains("无效或已过期");
        b.login("it-reset", "Reset-Passw0rd!");
        assertThat(b.path()).startsWith("/expert/");
    }

    @Test
    void anOfficialImportsAFileWithBadRowsAndSeesWhichRowsAndWhy() throws Exception {
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/credit");
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("credit", ".csv");
        java.nio.file.Files.writeString(csv, "code,name,reason,source,listed_on\n"
                + "91120104MA05T8KQ2X,坏代码公司,原因,文书,2025-01-02\n"
                + TestFixtures.CODE_A + ",日期错公司,原因,文书,2025-13-40\n");
        b.find("[id='import'] input[type='file']").sendKeys(csv.toString());
        b.click("import:importButton");
        b.await(d -> b.text("#messages").contains("未导入任何记录"));
        String report = b.text("[id='import:import-errors']");
        assertThat(report).contains("2").contains("3").contains("校验未通过").contains("不是有效日期");
        b.screenshot("credit-import-errors-zh");

        // A good file: one listing runs today, one ended two years ago; the public list shows the first only.
        String running = CreditCode.withCheckCharacter("91120116MA0" + Long.toString(System.nanoTime() % 1_000_000L + 1_000_000L).substring(1));
        String ended = CreditCode.withCheckCharacter("91120116MA1" + Long.toString(System.nanoTime() % 1_000_000L + 1_000_000L).substring(1));
        String formula = CreditCode.withCheckCharacter("91120116MA2" + Long.toString(System.nanoTime() % 1_000_000L + 1_000_000L).substring(1));
        java.nio.file.Files.writeString(csv, "code,name,reason,source,listed_on,removal_on\n"
                + running + ",公示中的失信公司,伪造检验报告,津市监信〔2026〕9号," + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2) + ",\n"
                + ended + ",已期满的失信公司,拒不整改,津市监信〔2020〕3号,2020-01-02,2023-01-02\n"
                + formula + ",公式失信公司,=1+2,津市监信〔2026〕10号," + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1) + ",\n");
        b.open("/official/credit");
        b.find("[id='import'] input[type='file']").sendKeys(csv.toString());
        b.click("import:importButton");
        b.await(d -> b.text("#messages").contains("已导入3条"));

        // The register leaves as a spreadsheet with the screen's filter; text that reads as a formula stays text.
        b.type("list:text", "失信公司");
        b.click("list:go");
        b.await(d -> b.find("#exports-xlsx").getAttribute("href").contains("text="));
        String xlsxHref = b.find("#exports-xlsx").getAttribute("href").replaceAll("^https?://[^/]+", "");
        HttpResponse<byte[]> xlsx = Http.bytes(base.toString(), xlsxHref, session(b));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名称");
            Map<String, org.apache.poi.ss.usermodel.Row> byName = new java.util.HashMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                byName.put(sheet.getRow(i).getCell(0).getStringCellValue(), sheet.getRow(i));
            }
            assertThat(byName.keySet()).contains("公示中的失信公司", "已期满的失信公司", "公式失信公司").allMatch(n -> n.contains("失信公司"));
            var formulaCell = byName.get("公式失信公司").getCell(2);
            assertThat(formulaCell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaCell.getStringCellValue()).isEqualTo("=1+2");
            assertThat(formulaCell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        HttpResponse<byte[]> csvOut = Http.bytes(base.toString(), xlsxHref.replace(".xlsx", ".csv"), session(b));
        assertThat(new String(csvOut.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("公式失信公司," + formula + ",'=1+2,");
        assertThat(Http.bytes(base.toString(), "/export/enterprises.csv?industry=ZZ", session(b)).statusCode()).isEqualTo(400);
        assertThat(Http.bytes(base.toString(), "/export/spot-checks.csv?view=NOPE", session(b)).statusCode()).isEqualTo(400);
        assertThat(Http.bytes(base.toString(), "/export/cqo.csv?status=NOPE", session(b)).statusCode()).isEqualTo(400);
        assertThat(new String(Http.bytes(base.toString(), "/export/cqo.csv?status=REGISTERED", session(b)).body(),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF企业名称,统一社会信用代码,企业规模");
        assertThat(new String(Http.bytes(base.toString(), "/export/spot-checks.csv?view=FAILED", session(b)).body(),
                java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF企业名称,统一社会信用代码,产品名称");
        try (var titles = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                Http.bytes(base.toString(), "/export/titles.xlsx", session(b)).body()))) {
            assertThat(titles.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("证书编号");
        }
        // Every export is on the audit log: who took which list, with which filters.
        b.login("it-admin", TestFixtures.PASSWORD);
        String exports = new String(Http.bytes(base.toString(), "/export/audit.csv?type=export&actor=it-official", session(b)).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exports).contains("dishonesty").contains("xlsx").contains("text=失信公司");
        b.logout();
        b.open("/");
        b.click("dishonesty-link");
        b.open("/public/dishonesty?q=" + java.net.URLEncoder.encode("失信公司", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(b.text("#disclosure")).contains("公示中的失信公司", running, "伪造检验报告", "津市监信〔2026〕9号")
                .doesNotContain("已期满的失信公司");
        b.open("/public/dishonesty?q=" + ended);
        assertThat(b.text("#disclosure-none")).contains("没有符合条件的企业");
        HttpResponse<String> api = http("GET", "/api/v1/public/dishonesty-list?q=" + running, null, Map.of(), null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("公示中的失信公司").contains("\"legalBasis\"");
    }

    @Test
    void anOfficialImportsEarlierWinnersThenFollowsTheTargetsCountToItsListAndTakesItAsASpreadsheet() throws Exception {
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/targets");
        assertThat(b.text("[id='current-award-holders']")).contains("天津质量奖及提名奖获奖企业", "/ 45", "质量强市建设纲要（2024年）");
        assertThat(b.text("[id='history-famous-brands-2020']")).contains("天津市名牌产品", "/ 700");
        b.click("title-import-link");
        b.awaitPath("/official/title-import");

        // A row naming an enterprise outside the register: nothing is imported and the row is named.
        String header = "统一社会信用代码,企业名称,表彰事项,称号,年度,证书编号,批准文件,发布日期\n";
        String earlier = TestFixtures.CODE_B + ",集成测试乙企业有限公司,服务质量管理,天津质量奖提名奖,2008,津质奖〔2008〕第07号,津政函〔2008〕66号,2008-12-19\n";
        String stranger = CreditCode.withCheckCharacter("91120116MA3" + Long.toString(System.nanoTime() % 1_000_000L + 1_000_000L).substring(1));
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("winners", ".csv");
        java.nio.file.Files.writeString(csv, header + earlier + stranger + ",未登记公司,管理模式,天津质量奖,2010,,津政函〔2010〕5号,2010-12-20\n");
        b.choose("titles:programme", "AWARD");
        b.find("[id='titles'] input[type='file']").sendKeys(csv.toString());
        b.click("titles:import");
        b.await(d -> b.text("#messages").contains("未导入任何称号"));
        assertThat(b.text("[id='import-errors']")).contains("3").contains(stranger).contains("不在企业名录中");
        b.screenshot("title-import-errors-zh");

        java.nio.file.Files.writeString(csv, header + earlier);
        b.choose("titles:programme", "AWARD");
        b.find("[id='titles'] input[type='file']").sendKeys(csv.toString());
        b.click("titles:import");
        b.await(d -> b.text("#messages").contains("已导入1个称号"));

        // The count on the targets page opens the list behind it, which leaves as a spreadsheet.
        b.open("/official/targets");
        assertThat(Integer.parseInt(b.text("[id='current-award-holders-figure']"))).isPositive();
        b.screenshot("targets-zh");
        // A district's number among the programmes' figures opens that district's titles that count.
        b.find("[id='by-district'] td a").click();
        b.awaitPath("/official/titles");
        assertThat(b.path()).contains("district=").contains("counted=1");
        assertThat(b.text("[id='titles:title-filter']")).contains("计入目标的称号");
        b.open("/official/targets");
        b.click("current-award-holders-figure");
        b.awaitPath("/official/titles");
        assertThat(b.text("#title-list")).contains("津质奖〔2008〕第07号", "门户上线前授予", "集成测试乙企业有限公司");
        String xlsxHref = b.find("#exports-xlsx").getAttribute("href").replaceAll("^https?://[^/]+", "");
        assertThat(xlsxHref).isEqualTo("/export/titles.xlsx?programme=AWARD");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                Http.bytes(base.toString(), xlsxHref, session(b)).body()))) {
            var sheet = book.getSheetAt(0);
            List<String> numbers = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                numbers.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(numbers).contains("津质奖〔2008〕第07号");
        }
    }

    @Test
    void anOfficialWritesAndPublishesTheYearsAnalysisReportAndThePublicReadsItsPdf() throws Exception {
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/analysis-reports");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 1;
        assertThat(b.find("[id='open:year']").getAttribute("value")).as("last year offered").isEqualTo(String.valueOf(year));
        b.click("open:openDraft");
        b.awaitPath("/official/analysis-report");
        assertThat(b.text("#messages")).contains(year + "年报告的草稿已建立");

        // Not published with a section unwritten; the draft PDF is there for staff meanwhile.
        b.click("sections:publishNow");
        b.await(d -> b.text("#messages").contains("“总体情况”一节还没有正文"));
        String[] texts = {"全年新增质量奖申报企业，区级推荐更加踊跃。", "部分中小企业对质量管理模式了解不多。", "下一年重点推广首席质量官制度。"};
        for (int i = 0; i < texts.length; i++) {
            b.type("sections:list:" + i + ":body", texts[i]);
        }
        b.click("sections:saveAll");
        b.await(d -> b.text("#messages").contains("章节已保存"));
        assertThat(b.find("[id='sections:list:2:body']").getAttribute("value")).isEqualTo(texts[2]);
        b.screenshot("analysis-draft-zh");
        b.click("sections:publishNow");
        b.await(d -> b.text("#messages").contains(year + "年的报告已发布"));
        assertThat(b.text("#analysis-status")).contains("已发布");

        // The public finds it without signing in and reads the PDF.
        b.logout();
        b.open("/public/analysis-reports");
        String link = b.find("#analysis-published a").getAttribute("href").replaceAll("^https?://[^/]+", "");
        assertThat(b.text("#analysis-published")).contains(year + "年天津市质量状况分析报告（PDF）");
        HttpResponse<byte[]> pdf = Http.bytes(base.toString(), link, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("analysis", ".pdf");
        java.nio.file.Files.write(file, pdf.body());
        Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pdftotext").isZero();
        assertThat(text).contains("天津市" + year + "年质量状况分析报告", "全年新增质量奖申报企业", "总体数字", "天津质量奖",
                "城市目标进展", "下一年重点推广首席质量官制度");
        assertThat(Http.bytes(base.toString(), "/public/analysis-report.pdf?year=" + (year - 30), null).statusCode())
                .as("no report that year").isEqualTo(404);
    }

    @Test
    void aDozenPagesOfOneSessionOpeningAtOnceAreAllShownOrOpenedAgainNeverAnError() throws Exception {
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        String cookie = session(b);
        // A session keeps the page beans of its last ten views: pages opening together push each other's out.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 48; i++) {
                String path = i % 2 == 0 ? "/official/campaigns" : "/official/enterprises";
                answers.add(pool.submit(() -> http("GET", path, cookie, Map.of(), null)));
            }
            for (var answer : answers) {
                HttpResponse<String> r = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.uri().getPath()).isIn(200, 302);
                if (r.statusCode() == 302) {
                    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                            .endsWith(r.uri().getPath() + "?reopened=1"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        b.open("/official/campaigns?reopened=1");
        assertThat(b.text("#reopened")).contains("同时打开的页面太多").contains("重新打开");
        b.click("lang-switch");
        assertThat(b.find("#lang-switch").getAttribute("lang")).as("now in English").isEqualTo("zh-CN");
        assertThat(b.has("#reopened")).as("the notice does not follow into the other language").isFalse();
        b.click("lang-switch");
    }

    @Test
    void anAdministratorVerifiesTheAuditChain() {
        Browser b = browser();
        b.login("it-admin", TestFixtures.PASSWORD);
        b.open("/admin/audit");
        b.click("audit:verify");
        assertThat(b.text("#verification-result")).contains("审计日志完整");
    }

    /** Picks the option of a native select whose label contains the text. */
    private static void chooseLabel(Browser b, String id, String text) {
        new org.openqa.selenium.support.ui.Select(b.find("[id='" + id + "']")).getOptions().stream()
                .filter(o -> o.getText().contains(text)).findFirst().orElseThrow(() -> new AssertionError(id + ": no " + text))
                .click();
    }

    /** Waits for the confirm dialog and answers yes. */
    private static void confirm(Browser b) {
        b.await(d -> d.findElement(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        b.find(".ui-confirmdialog-yes").click();
    }

    /** Scores every item of the open sheet, each change saved by the page itself, then submits. */
    private static void scoreAndSubmit(Browser b, int... percents) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20));
        int items = b.driver().findElements(org.openqa.selenium.By.cssSelector("select.percent")).size();
        for (int i = 0; i < items; i++) {
            var select = b.driver().findElements(org.openqa.selenium.By.cssSelector("select.percent")).get(i);
            var bands = b.driver().findElements(org.openqa.selenium.By.cssSelector("ul.bands")).get(i);
            new org.openqa.selenium.support.ui.Select(select).selectByValue(String.valueOf(percents[i % percents.length]));
            // The draft is saved and the item's bands drawn again with the chosen one marked; the old list goes stale.
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(bands));
        }
        b.click("sheet:submit");
        confirm(b);
        b.await(d -> b.text("#sheet-status").equals("已提交"));
    }

    @Test
    void anExpertDeclaresAConflictScoresWithGuidanceAndAnOfficialLocksNormalisationAndSeesTheRanking() throws Exception {
        Browser b = browser();
        String suffix = Long.toString(System.nanoTime() % 100000);
        // The expert declares a consulting relationship with an enterprise not registered on the portal.
        b.login("it-expert", TestFixtures.PASSWORD);
        b.open("/expert/profile");
        b.type("conflicts:creditCode", CreditCode.withCheckCharacter("91120116MA07C" + String.format("%04d", Integer.parseInt(suffix) % 10000)));
        b.type("conflicts:enterpriseName", "天津某质量咨询有限公司" + suffix);
        b.choose("conflicts:kind", "BUSINESS");
        b.click("conflicts:declare");
        b.await(d -> b.text("[id='conflict-list']").contains("天津某质量咨询有限公司" + suffix));

        // The official sets up a brand round with both test enterprises and seats the expert alone on both.
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/review-rounds");
        String title = "品牌评价浏览器测试 " + suffix;
        b.type("create:title", title);
        b.choose("create:programme", "AWARD");
        chooseLabel(b, "create:rubric", "品牌");
        b.click("create:submit");
        b.awaitPath("/official/review-round?");
        String roundUrl = b.path();
        int seated = 0;
        for (String[] entry : new String[][] {{TestFixtures.CODE_A, "甲企业品牌"}, {TestFixtures.CODE_B, "乙企业品牌"}}) {
            int expected = ++seated;
            b.type("round:entryCode", entry[0]);
            b.type("round:entryTitle", entry[1] + suffix);
            b.click("round:addEntry");
            b.await(d -> b.text("[id='entries']").contains(entry[1] + suffix));
            if (expected == 1) {
                // Entries are chosen by their number: one that is not in this round is refused by name.
                number(b, "seatEntry", "999999999");
                pickExpert(b, "it-expert");
                b.click("round:seat");
                b.await(d -> b.text("#messages").contains("本轮没有编号为 999999999 的项目"));
            }
            seatByHand(b, entry[1] + suffix, "it-expert");
            b.await(d -> b.text("[id='entries']").split("it-expert", -1).length - 1 == expected);
        }
        // The load table shows the busiest expert first, and finds experts by name in the database.
        b.await(d -> cells(b.find("[id='loads'] tbody tr")).subList(0, 2).equals(List.of("it-expert", "2")));
        b.type("round:expertFilter", "it-panel");
        b.click("round:searchExperts");
        b.await(d -> !b.text("[id='loads']").contains("it-expert"));
        assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("[id='loads'] tbody tr")))
                .isNotEmpty().allSatisfy(row -> assertThat(cells(row).get(0)).startsWith("it-panel"));
        // The entries table is searched in the database: the other entry leaves the page.
        b.type("round:entryFilter", "甲企业品牌" + suffix);
        b.click("round:searchEntries");
        b.await(d -> !b.text("[id='entries']").contains("乙企业品牌" + suffix));
        assertThat(b.text("[id='entries']")).contains("甲企业品牌" + suffix);

        // A file attached by entry number shows in that entry's row; a number of no entry attaches nothing.
        java.nio.file.Path material = java.nio.file.Files.createTempFile("brand-material", ".pdf");
        java.nio.file.Files.writeString(material, "%PDF-1.4\n%%EOF\n");
        String numberA = rowWith(b, "[id='entries'] tbody tr", "甲企业品牌" + suffix)
                .findElement(org.openqa.selenium.By.cssSelector("td")).getText().trim();
        number(b, "materials:entry", "999999999");
        b.find("[id='materials:file']").sendKeys(material.toString());
        b.click("materials:attach");
        b.await(d -> b.text("#messages").contains("本轮没有编号为 999999999 的项目"));
        number(b, "materials:entry", numberA);
        b.find("[id='materials:file']").sendKeys(material.toString());
        b.click("materials:attach");
        b.await(d -> b.text("#messages").contains(material.getFileName().toString()));
        assertThat(rowWith(b, "[id='entries'] tbody tr", "甲企业品牌" + suffix).getText()).contains(material.getFileName().toString());
        assertThat(rowWith(b, "[id='entries'] tbody tr", "乙企业品牌" + suffix).getText()).doesNotContain(material.getFileName().toString());

        // The expert scores both entries with the band guidance beside every item.
        b.login("it-expert", TestFixtures.PASSWORD);
        b.open("/expert/");
        b.driver().findElement(org.openqa.selenium.By.linkText("乙企业品牌" + suffix)).click();
        b.awaitPath("/expert/sheet");
        assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("ul.bands li")).size()).isGreaterThanOrEqualTo(12 * 6);
        assertThat(b.body()).contains("90-100%");
        scoreAndSubmit(b, 70, 75, 80);
        b.screenshot("review-sheet-submitted");
        b.open("/expert/");
        String seatA = b.driver().findElement(org.openqa.selenium.By.linkText("甲企业品牌" + suffix)).getAttribute("href");
        seatA = seatA.substring(seatA.indexOf("seat=") + 5);
        b.driver().findElement(org.openqa.selenium.By.linkText("甲企业品牌" + suffix)).click();
        b.awaitPath("/expert/sheet");
        scoreAndSubmit(b, 50, 55);

        // The official compares the methods, locks the normalised score and sees the ranking.
        b.login("it-official", TestFixtures.PASSWORD);
        b.open(roundUrl.replace("/official/review-round", "/official/review-results"));
        assertThat(b.text("[id='methods']")).contains("乙企业品牌" + suffix).contains("甲企业品牌" + suffix);
        b.choose("results:method", "NORMALISED");
        b.click("results:lock");
        confirm(b);
        b.await(d -> b.has("[id='ranking']"));
        assertThat(b.text("[id='results:locked']")).contains("标准化分");
        var rows = b.driver().findElements(org.openqa.selenium.By.cssSelector("[id='ranking'] tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).getText()).startsWith("1").contains("乙企业品牌" + suffix);
        assertThat(rows.get(2).getText()).startsWith("2").contains("甲企业品牌" + suffix);
        b.screenshot("review-results-locked");

        // Later the expert declares a conflict with 甲: from then on no page, API or export shows that entry to them.
        b.login("it-expert", TestFixtures.PASSWORD);
        b.open("/expert/profile");
        b.type("conflicts:creditCode", TestFixtures.CODE_A);
        b.choose("conflicts:kind", "FAMILY");
        b.click("conflicts:declare");
        b.await(d -> b.text("[id='conflict-list']").contains("集成测试甲企业有限公司"));
        b.open("/expert/");
        assertThat(b.body()).contains("乙企业品牌" + suffix).doesNotContain("甲企业品牌" + suffix);
        String cookie = session(b);
        for (String path : List.of("/expert/sheet?seat=" + seatA, "/expert/consensus?seat=" + seatA)) {
            HttpResponse<String> r = http("GET", path, cookie, Map.of(), null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("甲企业");
        }
        HttpResponse<String> api = http("GET", "/api/v1/expert/seats", cookie, Map.of(), null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("乙企业品牌" + suffix).doesNotContain("甲企业");
    }

    /** The URL in the QR code of a certificate PDF: the page rendered by pdftoppm, the code read by ZXing. */
    private static String qrUrlOf(byte[] pdf) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("certificate");
        java.nio.file.Path file = dir.resolve("c.pdf");
        java.nio.file.Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "150", "-singlefile", file.toString(), dir.resolve("c").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor()).as("pdftoppm").isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("c.png").toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static org.openqa.selenium.WebElement ballotRow(Browser b, String model) {
        return b.driver().findElements(org.openqa.selenium.By.cssSelector("[id='ballot'] tr")).stream()
                .filter(r -> r.getText().contains(model)).findFirst().orElseThrow();
    }

    @Test
    void anEnterpriseAssessesItselfAndStaffReadItWithoutChangingIt() throws Exception {
        Browser b = browser();
        String label = "自评浏览器测试" + System.nanoTime() % 100000;
        b.login("it-applicant-b", TestFixtures.PASSWORD);
        b.open("/enterprise/self-assessments");
        b.type("start:label", label);
        b.click("start:submit");
        b.awaitPath("/enterprise/self-assessment?");
        String url = b.path();
        var first = b.find("select.percent");
        new org.openqa.selenium.support.ui.Select(first).selectByValue("80");
        b.await(d -> !b.text("#total").matches("0(\\.0)?"));
        String total = b.text("#total");

        // An official finds it on the enterprise's page and reads it; nothing on the page can change it.
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/enterprises");
        b.type("search:text", TestFixtures.CODE_B);
        b.click("search:go");
        b.await(d -> d.findElements(org.openqa.selenium.By.cssSelector("a[href^='/official/enterprise?id=']")).size() == 1);
        b.find("a[href^='/official/enterprise?id=']").click();
        b.awaitPath("/official/enterprise?");
        assertThat(b.text("#self-assessments")).contains(label);

        // The contact's telephone and e-mail are masked (nowhere in the page) until the official gives a reason;
        // the reveal is written into the enterprise's history, and the next visit masks them again.
        String enterprisePage = b.path();
        assertThat(b.text("#edit")).contains("022*****5678").contains("i***@test.example.cn");
        assertThat(b.driver().getPageSource()).doesNotContain("12345678").doesNotContainPattern("it[0-9a-z]{5}@test");
        b.find("[id$='revealContact']").click();
        b.await(d -> b.text("#edit").contains("请写明查看的理由"));
        assertThat(b.has("input[id$=':phone']")).isFalse();
        b.type(b.find("input[id$='revealReason']").getAttribute("id"), "核对联系人的电话");
        b.find("[id$='revealContact']").click();
        b.await(d -> b.has("input[id$=':phone']"));
        assertThat(b.find("input[id$=':phone']").getAttribute("value")).isEqualTo("022-12345678");
        b.open(enterprisePage);
        assertThat(b.body()).contains("reveal-contact").contains("核对联系人的电话");
        assertThat(b.has("input[id$=':phone']")).isFalse();
        assertThat(b.text("#edit")).contains("022*****5678");
        b.driver().findElement(org.openqa.selenium.By.linkText(label)).click();
        b.awaitPath("/enterprise/self-assessment");
        assertThat(b.text("#total")).isEqualTo(total);
        assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("select.percent"))).isEmpty();
        assertThat(b.body()).contains("您只能查看");

        // Another enterprise gets nothing.
        b.login("it-applicant-a", TestFixtures.PASSWORD);
        HttpResponse<String> other = http("GET", url, session(b), Map.of(), null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(label);
    }

    /** Types into a PrimeFaces number field, whose visible input carries the suffix _input. */
    private static void number(Browser b, String idSuffix, String value) {
        var input = b.find("input[id$='" + idSuffix + "_input']");
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value, org.openqa.selenium.Keys.TAB);
    }

    /** On the campaign page, moves the campaign on and waits for the stage named. */
    private static void advance(Browser b, String campaignUrl, String stage) {
        b.open(campaignUrl);
        b.click("campaign:advance");
        confirm(b);
        b.await(d -> b.text("#stage").equals(stage));
    }

    /** On a review round's page, seats an expert by hand on the entry titled so, by the number the table shows for it. */
    private static void seatByHand(Browser b, String title, String expert) {
        String number = rowWith(b, "[id='entries'] tbody tr", title).findElement(org.openqa.selenium.By.cssSelector("td")).getText().trim();
        number(b, "seatEntry", number);
        pickExpert(b, expert);
        b.click("round:seat");
    }

    /**
     * On a review round's page, types the expert's name into the hand-seating field and picks the suggestion of that
     * name (the field suggests experts from the database as one types; there is no list of the whole pool).
     */
    private static void pickExpert(Browser b, String name) {
        b.type("round:seatExpert_input", name);
        org.openqa.selenium.By items = org.openqa.selenium.By.cssSelector("[id='round:seatExpert_panel'] .ui-autocomplete-item");
        b.await(d -> d.findElements(items).stream().anyMatch(i -> i.isDisplayed() && name.equals(i.getAttribute("data-item-label"))));
        b.driver().findElements(items).stream().filter(i -> name.equals(i.getAttribute("data-item-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion " + name)).click();
        b.await(d -> !b.find("[id='round:seatExpert_panel']").isDisplayed()
                && !b.find("[id='round:seatExpert_hinput']").getAttribute("value").isEmpty());
    }

    private static List<String> cells(org.openqa.selenium.WebElement row) {
        return row.findElements(org.openqa.selenium.By.cssSelector("td")).stream().map(c -> c.getText().trim()).toList();
    }

    private static org.openqa.selenium.WebElement rowWith(Browser b, String css, String text) {
        return b.driver().findElements(org.openqa.selenium.By.cssSelector(css)).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow(() -> new AssertionError(css + ": no " + text));
    }

    private HttpResponse<String> hook(String path) throws Exception {
        HttpResponse<String> r = http("POST", "/api/v1/test-fixtures/award/" + path, null, Map.of("X-Requested-With", "portal"), null);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r;
    }

    /** As the logged-in applicant, applies to the campaign with a complete form and submits; returns the application's page. */
    private static String apply(Browser b, String campaign, String subject, String description) {
        fillApplication(b, campaign, subject, description);
        b.click("application:submit");
        confirm(b);
        b.await(d -> b.text("#status").equals("已提交，待推荐"));
        return b.path();
    }

    /** As the logged-in applicant, starts an application to the campaign and fills its common form, not yet submitted. */
    private static void fillApplication(Browser b, String campaign, String subject, String description) {
        b.open("/enterprise/award");
        rowWith(b, "#open-campaigns tr", campaign).findElement(org.openqa.selenium.By.cssSelector("button")).click();
        b.awaitPath("/enterprise/application?");
        b.type("application:modelName", subject);
        b.type("application:modelDescription", description);
        for (var editor : b.driver().findElements(org.openqa.selenium.By.cssSelector(".ql-editor"))) {
            editor.click();
            editor.sendKeys("本类目的做法与成效。");
        }
        b.await(d -> d.findElements(org.openqa.selenium.By.cssSelector("input[id$='narrative_input']")).stream()
                .allMatch(in -> !in.getAttribute("value").isBlank()));
        chooseLabel(b, "application:recommender", "it-recommender");
        b.driver().findElement(org.openqa.selenium.By.id("application:honesty")).click();
    }

    /** As the logged-in recommender, recommends the application of that subject with a stamped letter. */
    private static void recommend(Browser b, String subject, java.nio.file.Path letter) {
        b.open("/recommender/");
        rowWith(b, "#named-applications tr", subject).findElement(org.openqa.selenium.By.cssSelector("a")).click();
        b.awaitPath("/recommender/application");
        b.driver().findElement(org.openqa.selenium.By.id("letter:file")).sendKeys(letter.toString());
        b.click("letter:upload");
        b.await(d -> b.text("[id='letter']").contains(".pdf"));
        b.type("decide:opinion", "同意推荐。");
        b.click("decide:recommend");
        b.await(d -> b.text("#application-status").equals("已推荐，待资格审核"));
    }

    /**
     * As the logged-in official, passes the application of that subject at eligibility: the check left to the official
     * (named by its label) with a finding, then the decision.
     */
    private static void eligible(Browser b, String campaignUrl, String subject, String check, String finding) {
        b.open(campaignUrl);
        rowWith(b, "tr", subject).findElement(org.openqa.selenium.By.linkText("资格审查")).click();
        b.awaitPath("/official/eligibility");
        var row = rowWith(b, "#checklist tr", check);
        new org.openqa.selenium.support.ui.Select(row.findElement(org.openqa.selenium.By.cssSelector("select"))).selectByValue("PASS");
        row.findElement(org.openqa.selenium.By.cssSelector("textarea")).sendKeys(finding);
        row.findElement(org.openqa.selenium.By.cssSelector("button")).click();
        b.await(d -> b.text("#messages").contains("核查结果已保存"));
        b.type("eligibility:reason", "各项条件均符合。");
        b.click("eligibility:eligible");
        b.await(d -> b.text("#decision-status").equals("资格审核通过"));
    }

    /**
     * As the logged-in holder, downloads the certificate from the honours page, reads its QR code, and opens the
     * address it holds as an anonymous visitor.
     */
    private void openCertificateQrCode(Browser b) throws Exception {
        b.open("/enterprise/award");
        String href = b.find("#my-titles a").getAttribute("href");
        HttpResponse<byte[]> certificate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session(b)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(certificate.statusCode()).isEqualTo(200);
        String url = qrUrlOf(certificate.body());
        b.logout();
        b.open(url.substring(url.indexOf("/public/verify")));
    }

    @Test
    void theWholeAwardCycleFromApplicationToACertificateVerifiedByItsQrCode() throws Exception {
        try {
            wholeAwardCycle();
        } finally {
            hook("clock/reset");
        }
    }

    /** The line about the named campaign on a workbench (a role's home page). */
    private static String workLine(Browser b, String home, String campaign) {
        b.open(home);
        return rowWith(b, "#work-queue li", campaign).getText();
    }

    private void wholeAwardCycle() throws Exception {
        Browser b = browser();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String campaign = "全流程浏览器测试" + suffix;
        jakarta.json.JsonObject fresh = jakarta.json.Json.createReader(new java.io.StringReader(hook("applicants").body())).readObject();
        List<String> applicants = List.of(fresh.getJsonArray("applicants").getString(0), fresh.getJsonArray("applicants").getString(1));
        List<String> models = List.of("甲质量管理模式" + suffix, "乙质量管理模式" + suffix);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("letter", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");

        // The official opens an award campaign on the brand rubric; on its page, the award's own settings make three
        // members a quorum.
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/campaigns");
        chooseLabel(b, "create:programme", "天津质量奖");
        b.type("create:name", campaign);
        chooseLabel(b, "create:rubric", "品牌");
        b.click("create:submit");
        b.awaitPath("/official/campaign?");
        String campaignUrl = b.path();
        number(b, "committeeQuorum", "3");
        b.click("campaign:saveAward");
        b.await(d -> b.text("#messages").contains("已保存"));
        advance(b, campaignUrl, "自愿申报");
        long campaignId = Long.parseLong(campaignUrl.replaceAll(".*id=(\\d+).*", "$1"));

        // Both enterprises apply; the recommender recommends both with a stamped letter.
        List<String> applicationUrls = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            b.login(applicants.get(i), TestFixtures.PASSWORD);
            applicationUrls.add(apply(b, campaign, models.get(i), "以顾客为中心的质量管理模式。"));
        }
        b.login("it-recommender", TestFixtures.PASSWORD);
        assertThat(workLine(b, "/recommender/", campaign)).contains("待您推荐的申请").contains("截止日期");
        // The recommender takes the deadlines into a calendar program: the link is shown once and opens without login.
        b.click("calendar:renew");
        b.await(d -> b.has("#calendar-link"));
        String feed = b.find("#calendar-link").getAttribute("value").replaceAll("^https?://[^/]+", "");
        HttpResponse<String> ics = http("GET", feed, null, Map.of(), null);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.body().replace("\r\n ", "")).contains("SUMMARY:待您推荐的申请 · " + campaign);
        b.open("/recommender/");
        assertThat(b.has("#calendar-link")).isFalse();
        assertThat(b.text("#calendar-since")).contains("生成订阅链接");
        for (String model : models) {
            recommend(b, model, pdf);
        }

        // The official's workbench counts the two applications awaiting eligibility; the count opens the campaign.
        // The official passes both at eligibility; leaving eligibility opens the materials review.
        b.login("it-official", TestFixtures.PASSWORD);
        assertThat(workLine(b, "/official/", campaign)).startsWith("2").contains("待资格审查的申请");
        rowWith(b, "#work-queue li", campaign).findElement(org.openqa.selenium.By.tagName("a")).click();
        b.awaitPath("/official/campaign?id=" + campaignId);
        String applicationsCsv = b.find("#exports-csv").getAttribute("href").replaceAll("^https?://[^/]+", "");
        assertThat(new String(Http.bytes(base.toString(), applicationsCsv, session(b)).body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("申报编号", models.get(0), models.get(1), "已推荐");
        advance(b, campaignUrl, "推荐");
        advance(b, campaignUrl, "资格与信用审查");
        for (String model : models) {
            eligible(b, campaignUrl, model, "质量、安全、环境事故", "已核实，无事故。");
        }
        b.login(applicants.get(0), TestFixtures.PASSWORD);
        b.open(applicationUrls.get(0));
        assertThat(b.text("#status")).isEqualTo("资格审核通过");
        assertThat(b.text("#eligibility-reason")).contains("各项条件均符合。");
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "材料评审");
        String resultsUrl = b.find("#toReview").getAttribute("href");
        resultsUrl = resultsUrl.substring(resultsUrl.indexOf("/official/"));
        b.open(resultsUrl.replace("/official/review-results", "/official/review-round"));
        for (String model : models) {
            for (String expert : List.of("it-panel3", "it-panel4")) {
                seatByHand(b, model, expert);
                b.await(d -> rowWith(b, "[id='entries'] tr", model).getText().contains(expert));
            }
        }
        // The entries with their panels leave as a spreadsheet for staff; an expert seated on them gets nothing.
        String entriesCsvHref = b.find("#entryExports-csv").getAttribute("href").replaceAll("^https?://[^/]+", "");
        assertThat(entriesCsvHref).startsWith("/export/entries.csv?round=");
        String entriesCsv = new String(Http.bytes(base.toString(), entriesCsvHref, session(b)).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(entriesCsv).startsWith("\uFEFF项目编号,项目名称,企业名称,所属行业,评审组").contains(models.get(0), models.get(1));
        assertThat(entriesCsv.lines().filter(l -> l.contains(models.get(0))).findFirst().orElseThrow())
                .contains("手工");

        // Two experts score; they disagree on the first item of the first entry, which goes to consensus.
        for (String expert : List.of("it-panel3", "it-panel4")) {
            b.login(expert, TestFixtures.PASSWORD);
            for (int i = 0; i < 2; i++) {
                b.open("/expert/");
                b.driver().findElement(org.openqa.selenium.By.linkText(models.get(i))).click();
                b.awaitPath("/expert/sheet");
                if (i == 0) {
                    scoreAndSubmit(b, expert.equals("it-panel3") ? 100 : 30, 80, 80);
                } else {
                    scoreAndSubmit(b, 60);
                }
            }
        }
        b.login("it-official", TestFixtures.PASSWORD);
        b.open(resultsUrl);
        b.click("results:openConsensus");
        b.await(d -> b.text("#stage").equals("合议中"));
        var chairRow = rowWith(b, "[id='methods'] tr", models.get(0));
        new org.openqa.selenium.support.ui.Select(chairRow.findElement(org.openqa.selenium.By.cssSelector("select"))).getOptions().stream()
                .filter(o -> o.getText().contains("it-panel3")).findFirst().orElseThrow().click();
        rowWith(b, "[id='methods'] tr", models.get(0)).findElement(org.openqa.selenium.By.cssSelector("[id$='saveChair']")).click();
        b.await(d -> b.text("#messages").contains("合议组长已更新"));
        b.login("it-panel3", TestFixtures.PASSWORD);
        b.open("/expert/");
        rowWith(b, "tr", models.get(0)).findElement(org.openqa.selenium.By.linkText("合议")).click();
        b.awaitPath("/expert/consensus");
        number(b, "score", "720");
        b.type("consensus:comments", "经合议，第一项按证据取中间水平。");
        b.click("consensus:record");
        b.await(d -> b.has("[id$='recorded']"));

        // The official locks the mean, shortlists both, appoints the committee; one site visit is reported.
        b.login("it-official", TestFixtures.PASSWORD);
        b.open(resultsUrl);
        b.choose("results:method", "MEAN");
        b.click("results:lock");
        confirm(b);
        b.await(d -> b.has("[id='ranking']"));
        String rankingCsv = new String(Http.bytes(base.toString(), b.find("#exports-csv").getAttribute("href")
                .replaceAll("^https?://[^/]+", ""), session(b)).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rankingCsv).startsWith("\uFEFF名次,项目名称,企业名称,得分").contains(models.get(0), models.get(1));
        b.open("/official/committee?id=" + campaignId);
        for (var pick : b.driver().findElements(org.openqa.selenium.By.cssSelector("[id$='pick']"))) {
            pick.click();
        }
        b.click("committee:saveShortlist");
        b.await(d -> b.text("#messages").length() > 0);
        for (String member : List.of("it-panel1", "it-panel2", "it-panel3")) {
            chooseLabel(b, "committee:member", member);
            b.click("committee:appoint");
            b.await(d -> b.text("#members").contains(member));
        }
        advance(b, campaignUrl, "现场评审");
        hook("site-visit-pool/it-panel4");
        try {
            b.open("/official/site-visits?id=" + campaignId);
            chooseLabel(b, "visits:application", models.get(0));
            number(b, "teamSize", "1");
            b.click("visits:plan");
            b.await(d -> rowWith(b, "#visit-list tr", models.get(0)).getText().contains("it-panel4"));
        } finally {
            hook("site-visit-pool/restore");
        }
        b.login("it-panel4", TestFixtures.PASSWORD);
        b.open("/expert/");
        b.driver().findElement(org.openqa.selenium.By.linkText(fresh.getJsonArray("enterprises").getString(0))).click();
        b.awaitPath("/expert/site-visit");
        for (var score : b.driver().findElements(org.openqa.selenium.By.cssSelector("input[id$='score_input']"))) {
            score.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "50", org.openqa.selenium.Keys.TAB);
        }
        b.type("report:findings", "现场查看了生产和检验过程，与申报材料一致。");
        b.click("report:save");
        b.await(d -> b.text("#visit-status").equals("已提交报告"));
        b.screenshot("cycle-site-visit");

        // The committee votes; the official closes and puts the proposal on display.
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "评审委员会审议");
        for (String member : List.of("it-panel1", "it-panel2", "it-panel3")) {
            b.login(member, TestFixtures.PASSWORD);
            b.open("/expert/committee");
            for (String[] vote : new String[][] {{models.get(0), "award"}, {models.get(1), "nomination"}}) {
                ballotRow(b, vote[0]).findElement(org.openqa.selenium.By.cssSelector("[id$='" + vote[1] + "']")).click();
                b.await(d -> ballotRow(b, vote[0]).getText().contains("已投票"));
            }
        }
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/committee?id=" + campaignId);
        b.find("[id$='close']").click();
        confirm(b);
        b.await(d -> b.text("[id='counts']").contains("授予质量奖"));
        advance(b, campaignUrl, "公示");

        // A member of the public objects to the first entry; the official upholds it; its place stays empty.
        b.open("/official/display?id=" + campaignId);
        String displayPage = b.find("#period a").getAttribute("href");
        b.logout();
        b.open(displayPage.substring(displayPage.indexOf("/public/display")));
        rowWith(b, "#proposed tr", models.get(0)).findElement(org.openqa.selenium.By.cssSelector("a.object-link")).click();
        b.awaitPath("/public/objection");
        b.type("objection:name", "李娜");
        b.type("objection:phone", "022-23456789");
        b.type("objection:email", "li.na@example.cn");
        b.type("objection:grounds", "太短");
        b.click("objection:submit");
        b.await(d -> b.body().contains("请写明异议的具体事实和依据"));
        java.nio.file.Path evidence = java.nio.file.Files.createTempFile("evidence", ".pdf");
        java.nio.file.Files.writeString(evidence, "%PDF-1.4\n%%EOF\n");
        b.type("objection:grounds", "该组织申报的质量管理模式与其实际做法不符，现场员工并不了解该模式的内容。");
        b.driver().findElement(org.openqa.selenium.By.id("objection:file1")).sendKeys(evidence.toString());
        b.click("objection:submit");
        b.await(d -> b.has("#objection-done"));
        assertThat(b.text("#objection-done")).contains("YY");
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/display?id=" + campaignId);
        assertThat(b.text("[id='proposal']")).contains("1 件异议处理中");
        assertThat(b.text("[id='objections']")).contains("李娜").contains(evidence.getFileName().toString());
        // The objector's telephone and e-mail stay masked until the official states why they are needed.
        assertThat(b.text("[id='objections']")).contains("022*****6789").contains("l***@example.cn");
        assertThat(b.driver().getPageSource()).doesNotContain("23456789").doesNotContain("li.na@");
        b.type(b.find("input[id$='revealReason']").getAttribute("id"), "电话核实异议");
        b.find("[id$='revealContact']").click();
        b.await(d -> b.text("[id='objections']").contains("022-23456789"));
        assertThat(b.text("[id='objections']")).contains("li.na@example.cn");
        b.type(b.find("textarea[id$='investigation']").getAttribute("id"), "向申报组织和推荐单位了解情况。");
        b.find("[id$='acknowledge']").click();
        b.await(d -> b.body().contains("核查中"));
        b.type(b.find("textarea[id$='decision']").getAttribute("id"), "经核查，异议反映的情况属实，异议成立。");
        b.find("[id$='uphold']").click();
        b.await(d -> b.text("[id='proposal']").contains("异议成立，已撤下"));
        // The objections leave as a spreadsheet with the decision, but without the objector's name and contacts.
        String objectionsCsv = new String(Http.bytes(base.toString(), b.find("[id$='objection-exports-csv']").getAttribute("href")
                .replaceAll("^https?://[^/]+", ""), session(b)).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(objectionsCsv).contains("异议反映的情况属实").contains("异议成立").doesNotContain("李娜")
                .doesNotContain("23456789").doesNotContain("li.na@");
        // The week of display passes: the portal's time runs eight days ahead until the end of the journey.
        hook("clock/8");
        advance(b, campaignUrl, "市政府批准");

        // Approval and publication; the winner's certificate QR code opens its verification. An anonymous visitor's
        // directory page, stored for a few seconds, shows the new winner as soon as the publication has committed.
        String winnersPage = "/public/winners?q=" + java.net.URLEncoder.encode(models.get(1), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(winnersTable(http("GET", winnersPage, null, Map.of(), null).body())).doesNotContain(models.get(1));
        assertThat(winnersTable(http("GET", winnersPage, null, Map.of(), null).body())).doesNotContain(models.get(1));
        b.open("/official/display?id=" + campaignId);
        b.type("display:approvalDocument", "津政函〔2026〕101号");
        b.find("[id$='publish']").click();
        confirm(b);
        b.await(d -> b.has("[id$='published-card']"));
        assertThat(winnersTable(http("GET", winnersPage, null, Map.of(), null).body())).contains(models.get(1));
        b.login(applicants.get(1), TestFixtures.PASSWORD);
        openCertificateQrCode(b);
        assertThat(b.text("#verdict")).isEqualTo("证书真实有效");
        assertThat(b.text("#v-enterprise")).isEqualTo(fresh.getJsonArray("enterprises").getString(1));
        assertThat(b.text("#v-level")).isEqualTo("天津质量奖提名奖");
        b.screenshot("cycle-verified");
        String serial = b.text("#v-serial");
        HttpResponse<String> api = http("GET", "/api/v1/public/certificates/" + serial, null, Map.of(), null);
        assertThat(api.body()).contains("\"valid\":true").contains(models.get(1));
        b.open("/public/winners?q=" + java.net.URLEncoder.encode(models.get(1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(b.text("[id='winners']")).contains(models.get(1));
        onAPhone(b, "winners");
        b.open("/public/winners?q=" + java.net.URLEncoder.encode(models.get(0), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(b.text("[id='winners']")).doesNotContain(models.get(0));
        b.login(applicants.get(0), TestFixtures.PASSWORD);
        b.open("/enterprise/award");
        assertThat(b.has("#my-titles")).as("the entry removed after the objection holds no title").isFalse();
        b.driver().findElement(org.openqa.selenium.By.linkText(campaign)).click();
        b.awaitPath("/enterprise/application");
        assertThat(b.text("#standing")).contains("异议经核查成立");
        b.login(applicants.get(1), TestFixtures.PASSWORD);
        b.open("/enterprise/award");
        b.driver().findElement(org.openqa.selenium.By.linkText(campaign)).click();
        b.awaitPath("/enterprise/application");
        assertThat(b.text("#standing")).contains("荣获天津质量奖提名奖");
    }

    @Test
    void aQualityBenchmarkSelectionRunsFromApplicationToAVerifiedTitleThatHoldsForYears() throws Exception {
        try {
            benchmarkSelection();
        } finally {
            hook("clock/reset");
        }
    }

    /**
     * The second programme on the same pages: no site visit and no committee; the locked ranking proposes the practice,
     * which after its display holds the title of Tianjin quality benchmark for the selection's years.
     */
    private void benchmarkSelection() throws Exception {
        Browser b = browser();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String campaign = "标杆遴选浏览器测试" + suffix;
        String practice = "首件检验数字化标杆经验" + suffix;
        jakarta.json.JsonObject fresh = jakarta.json.Json.createReader(new java.io.StringReader(hook("applicants").body())).readObject();
        String applicant = fresh.getJsonArray("applicants").getString(0);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("letter", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");

        // The official opens a selection; its rubric is the programme's own, chosen when the programme is.
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/campaigns");
        chooseLabel(b, "create:programme", "质量标杆遴选");
        b.await(d -> new org.openqa.selenium.support.ui.Select(b.find("[id='create:rubric']")).getFirstSelectedOption().getText()
                .contains("质量标杆"));
        b.type("create:name", campaign);
        b.click("create:submit");
        b.awaitPath("/official/campaign?");
        String campaignUrl = b.path();
        long campaignId = Long.parseLong(campaignUrl.replaceAll(".*id=(\\d+).*", "$1"));
        assertThat(b.body()).contains("质量标杆遴选的设置");
        assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("a[href*='/official/site-visits']"))).isEmpty();
        advance(b, campaignUrl, "自愿申报");

        // The enterprise puts its practice forward on the same application form; the recommender recommends it.
        b.login(applicant, TestFixtures.PASSWORD);
        String applicationUrl = apply(b, campaign, practice, "首件检验全部数字化，三年来在全市四十家企业推广。");
        assertThat(b.body()).as("the submitted application shows the practice").contains(practice);
        b.login("it-recommender", TestFixtures.PASSWORD);
        recommend(b, practice, pdf);

        // Eligibility: the selection's own check is the official's to make.
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "推荐");
        advance(b, campaignUrl, "资格与信用审查");
        eligible(b, campaignUrl, practice, "经验实施年限", "经验已实施三年，有年度报告为证。");

        // The review: one expert scores 80%, the official locks the ranking, and the selection goes straight to display.
        advance(b, campaignUrl, "材料评审");
        String resultsUrl = b.find("#toReview").getAttribute("href");
        resultsUrl = resultsUrl.substring(resultsUrl.indexOf("/official/"));
        b.open(resultsUrl.replace("/official/review-results", "/official/review-round"));
        seatByHand(b, practice, "it-panel3");
        b.await(d -> rowWith(b, "[id='entries'] tr", practice).getText().contains("it-panel3"));
        b.login("it-panel3", TestFixtures.PASSWORD);
        b.open("/expert/");
        b.driver().findElement(org.openqa.selenium.By.linkText(practice)).click();
        b.awaitPath("/expert/sheet");
        scoreAndSubmit(b, 80);
        b.login("it-official", TestFixtures.PASSWORD);
        b.open(resultsUrl);
        b.choose("results:method", "MEAN");
        b.click("results:lock");
        confirm(b);
        b.await(d -> b.has("[id='ranking']"));
        advance(b, campaignUrl, "公示");
        b.open("/official/display?id=" + campaignId);
        String displayPage = b.find("#period a").getAttribute("href");
        b.logout();
        b.open(displayPage.substring(displayPage.indexOf("/public/display")));
        assertThat(b.text("#proposed")).contains(practice).contains("天津市质量标杆");

        // A week later: approval and publication; the certificate's QR code opens a verification that names the years.
        hook("clock/8");
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "市政府批准");
        b.open("/official/display?id=" + campaignId);
        b.type("display:approvalDocument", "津市监质〔2026〕12号");
        b.find("[id$='publish']").click();
        confirm(b);
        b.await(d -> b.has("[id$='published-card']"));
        b.login(applicant, TestFixtures.PASSWORD);
        b.open(applicationUrl);
        assertThat(b.text("#standing")).contains("天津市质量标杆");
        openCertificateQrCode(b);
        assertThat(b.text("#verdict")).isEqualTo("证书真实有效");
        assertThat(b.text("#v-programme")).isEqualTo("质量标杆遴选");
        assertThat(b.text("#v-level")).isEqualTo("天津市质量标杆");
        assertThat(b.text("#v-serial")).startsWith("TQB-");
        assertThat(b.text("#v-status")).startsWith("有效（至")
                .contains(String.valueOf(java.time.LocalDate.now().plusDays(8).plusYears(3).minusDays(1).getYear()));
        b.screenshot("benchmark-verified");
        b.open("/public/winners?programme=PACESETTER&q=" + java.net.URLEncoder.encode(practice, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(b.text("[id='winners']")).contains(practice);
        assertThat(http("GET", "/api/v1/public/winners?programme=PACESETTER", null, Map.of(), null).body()).contains(practice);
        assertThat(http("GET", "/api/v1/public/winners?programme=AWARD", null, Map.of(), null).body()).doesNotContain(practice);
    }

    /** One security constraint of web.xml: its URL patterns and the roles it admits. */
    private record Constraint(List<String> patterns, java.util.Set<String> roles) {
    }

    /** The constraints of web.xml, as the servlet container applies them. */
    private static List<Constraint> constraints() throws Exception {
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(java.nio.file.Path.of("webapp/WEB-INF/web.xml").toFile());
        List<Constraint> all = new java.util.ArrayList<>();
        var nodes = doc.getElementsByTagName("security-constraint");
        for (int i = 0; i < nodes.getLength(); i++) {
            var c = (org.w3c.dom.Element) nodes.item(i);
            List<String> patterns = new java.util.ArrayList<>();
            var ps = c.getElementsByTagName("url-pattern");
            for (int k = 0; k < ps.getLength(); k++) {
                patterns.add(ps.item(k).getTextContent().strip());
            }
            java.util.Set<String> roles = new java.util.HashSet<>();
            var rs = c.getElementsByTagName("role-name");
            for (int k = 0; k < rs.getLength(); k++) {
                roles.add(rs.item(k).getTextContent().strip());
            }
            all.add(new Constraint(patterns, roles));
        }
        return all;
    }

    /** The roles admitted to a path (exact patterns before the longest folder pattern), or null when open to all. */
    private static java.util.Set<String> rolesFor(List<Constraint> constraints, String path) {
        for (Constraint c : constraints) {
            if (c.patterns().contains(path)) {
                return c.roles();
            }
        }
        Constraint best = null;
        int length = -1;
        for (Constraint c : constraints) {
            for (String p : c.patterns()) {
                if (p.endsWith("/*") && path.startsWith(p.substring(0, p.length() - 1)) && p.length() > length) {
                    best = c;
                    length = p.length();
                }
            }
        }
        return best == null ? null : best.roles();
    }

    /** Every GET of the REST API (state-changing calls carry their own guard), with {id}-like parts set to 1. */
    private static Map<String, java.util.Set<String>> apiGets() throws Exception {
        Map<String, java.util.Set<String>> gets = new java.util.TreeMap<>();
        for (Surface.Operation o : Surface.operations()) {
            if (o.method().equals("GET")) {
                gets.put(o.path().replaceAll("\\{[^}]+}", "1"), o.roles());
            }
        }
        return gets;
    }

    /**
     * The CQO journey: the enterprise files with a wrong identity number and sees every problem beside its field, files
     * right; the bureau returns it with reasons; the enterprise corrects it and files again (the first round stays
     * visible); the bureau registers it and sees the number whole only after giving a reason.
     */
    @Test
    void anEnterpriseFilesItsCqoTheBureauReturnsItAndRegistersItOnceCorrected() throws Exception {
        Browser b = browser();
        jakarta.json.JsonObject fresh = jakarta.json.Json.createReader(new java.io.StringReader(hook("applicants").body())).readObject();
        String applicant = fresh.getJsonArray("applicants").getString(0);
        String enterprise = fresh.getJsonArray("enterprises").getString(0);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("appointment", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        String first17 = String.format("120105%04d0615%03d", 1975 + (int) (System.nanoTime() % 20), (int) (System.nanoTime() % 1000));
        String number = first17 + cn.tianjin.quality.cqo.IdentityDocument.residentCheckCharacter(first17);
        String wrong = first17 + (number.endsWith("0") ? "1" : "0");
        String masked = "12************" + number.substring(14);

        b.login(applicant, TestFixtures.PASSWORD);
        b.open("/enterprise/cqo");
        assertThat(b.text("[id='cqo-rule']")).contains("本科").contains("5年");
        b.type("filing:personName", "林海涛");
        b.type("filing:idNumber", wrong);
        b.click("filing:fileButton");
        b.await(d -> b.body().contains("身份证号码校验未通过"));
        assertThat(b.text("[id='filing']")).contains("此项为必填项");
        assertThat(b.has("[id='pending']")).as("nothing stored").isFalse();

        b.type("filing:idNumber", number);
        b.choose("filing:education", "BACHELOR");
        b.type("filing:professionalTitle", "高级工程师");
        b.type("filing:positionTitle", "副总经理");
        b.type("filing:reportsTo", "总经理");
        b.type("filing:yearsQuality", "4");
        b.type("filing:trainingCertificate", "TJCQO-PX-2026-007");
        b.type("filing:appointedOn_input", "2026-03-01");
        b.type("filing:duties", "统筹质量管理体系运行，对不合格品放行行使否决权");
        b.find("input[id$=':0:memberName']").sendKeys("宋佳");
        new org.openqa.selenium.support.ui.Select(b.find("select[id$=':0:memberRole']")).selectByValue("QUALITY_ENGINEER");
        b.find("input[id$=':0:memberQualification']").sendKeys("中级质量工程师");
        b.find("[id='filing:letter']").sendKeys(pdf.toString());
        b.click("filing:fileButton");
        b.await(d -> b.has("[id='pending-status']"));
        assertThat(b.text("[id='pending-status']")).isEqualTo("待审核");
        assertThat(b.body()).contains(masked).doesNotContain(number).contains("不符合").contains("从事质量工作应满5年，填报的是4年");

        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/cqo");
        b.driver().findElement(org.openqa.selenium.By.linkText(enterprise)).click();
        b.awaitPath("/official/cqo-filing?");
        String filingUrl = b.path();
        assertThat(b.has("[id='decide:register']")).as("short of the rules: no registering").isFalse();
        b.type("decide:reasons", "从事质量工作年限不足5年，请核实后补正；任命书请由法定代表人签字。");
        b.click("decide:returnButton");
        b.await(d -> b.text("[id='filing-status']").equals("已退回"));

        b.login(applicant, TestFixtures.PASSWORD);
        b.open("/enterprise/cqo");
        assertThat(b.body()).contains("请由法定代表人签字").contains("备案被退回");
        b.type("filing:yearsQuality", "6");
        b.find("[id='filing:letter']").sendKeys(pdf.toString());
        b.click("filing:fileAgainButton");
        b.await(d -> b.has("[id='pending-status']") && b.text("[id='pending-status']").equals("待审核"));
        assertThat(b.body()).contains("第2轮").contains("第1轮").contains("退回修改").contains("符合");

        b.login("it-official", TestFixtures.PASSWORD);
        b.open(filingUrl);
        b.click("decide:register");
        confirm(b);
        b.await(d -> b.text("[id='filing-status']").equals("已登记"));
        String registry = b.text("[id='registry-number']");
        assertThat(registry).matches("TJCQO-\\d{4}-\\d{2}-\\d{4}-[0-9A-Z]");
        assertThat(b.text("[id='cqo-id']")).isEqualTo(masked);
        b.click("reveal:revealId");
        b.await(d -> b.body().contains("请说明理由") || b.body().contains("请写明"));
        assertThat(b.text("[id='cqo-id']")).isEqualTo(masked);
        b.type("reveal:revealReason", "核对培训证书上的身份信息");
        b.click("reveal:revealId");
        b.await(d -> b.text("[id='cqo-id']").equals(number));

        b.login(applicant, TestFixtures.PASSWORD);
        b.open("/enterprise/cqo");
        assertThat(b.text("[id='registry-number']")).isEqualTo(registry);
        assertThat(b.body()).contains("宋佳").contains("审核通过并登记").doesNotContain(number);

        // The public registry, to anyone: the enterprise, the name masked, the number; found by the number as typed.
        b.logout();
        b.open("/public/cqo-registry?q=" + registry.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
        assertThat(b.text("[id='registry']")).contains(enterprise).contains("林**").contains(registry).doesNotContain("林海涛");
        HttpResponse<String> api = http("GET", "/api/v1/public/cqo-registry?q=" + registry, null, Map.of(), null);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"name\":\"林**\"").contains(registry).doesNotContain("林海涛").doesNotContain(masked);
        assertThat(http("GET", "/api/v1/public/cqo-registry?district=999999", null, Map.of(), null).statusCode()).isEqualTo(400);
    }

    @Test
    void everyPageAndEveryApiCallAnswersOnlyTheRolesItsConstraintAdmits() throws Exception {
        Browser b = browser();
        List<Constraint> constraints = constraints();
        Map<String, java.util.Set<String>> addresses = new java.util.TreeMap<>();
        for (String page : Surface.pages()) {
            addresses.put(page, rolesFor(constraints, page));
        }
        Map<String, java.util.Set<String>> api = apiGets();
        addresses.putAll(api);
        assertThat(addresses).as("pages found").containsKeys("/official/display", "/public/winners", "/enterprise/application");
        assertThat(api).as("API calls found").containsKeys("/api/v1/public/winners", "/api/v1/expert/seats");
        Map<String, String> users = new java.util.LinkedHashMap<>();
        users.put("anonymous", null);
        users.put("applicant", "it-applicant-a");
        users.put("recommender", "it-recommender");
        users.put("expert", "it-expert");
        users.put("evaluator", jakarta.json.Json.createReader(new java.io.StringReader(hook("evaluator").body())).readObject()
                .getString("username"));
        users.put("official", "it-official");
        users.put("admin", "it-admin");
        List<String> wrong = new java.util.ArrayList<>();
        StringBuilder matrix = new StringBuilder("address");
        users.keySet().forEach(r -> matrix.append('\t').append(r));
        Map<String, StringBuilder> rows = new java.util.LinkedHashMap<>();
        addresses.keySet().forEach(a -> rows.put(a, new StringBuilder(a)));
        for (var user : users.entrySet()) {
            String cookie = null;
            if (user.getValue() == null) {
                b.logout();
            } else {
                b.login(user.getValue(), TestFixtures.PASSWORD);
                cookie = session(b);
            }
            for (var address : addresses.entrySet()) {
                HttpResponse<String> r = http("GET", address.getKey(), cookie, Map.of(), null);
                int status = r.statusCode();
                boolean toLogin = (status == 302 || status == 303) && r.headers().firstValue("Location").orElse("").contains("/public/login");
                boolean refused = status == 401 || status == 403 || toLogin;
                boolean admitted = address.getValue() == null || address.getValue().contains(user.getKey());
                rows.get(address.getKey()).append('\t').append(status);
                if (admitted == refused || status >= 500) {
                    wrong.add(user.getKey() + " " + address.getKey() + " -> " + status + (admitted ? " (should be admitted)" : " (should be refused)"));
                }
            }
        }
        System.out.println(matrix + "\n" + String.join("\n", rows.values()));
        assertThat(wrong).as("role x address matrix").isEmpty();
    }

    /**
     * The brands on the shared workflow: the official opens a campaign run by an alliance member (refused until one is
     * named); an enterprise files a product brand with three years of indicators, a wrong figure refused beside it; only
     * that member's evaluator finds the campaign and reads the brand's figures.
     */
    @Test
    void anEnterpriseFilesABrandTheAllianceEvaluatesItTheIndexIsPublishedAndTheCertificateVerifies() throws Exception {
        try {
            brandJourney();
        } finally {
            hook("clock/reset");
        }
    }

    private void brandJourney() throws Exception {
        Browser b = browser();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String campaign = "天津品牌浏览器测试" + suffix;
        String brand = "海河牌精密轴承" + suffix;
        jakarta.json.JsonObject runner = jakarta.json.Json.createReader(new java.io.StringReader(hook("evaluator").body())).readObject();
        jakarta.json.JsonObject other = jakarta.json.Json.createReader(new java.io.StringReader(hook("evaluator").body())).readObject();
        jakarta.json.JsonObject fresh = jakarta.json.Json.createReader(new java.io.StringReader(hook("applicants").body())).readObject();
        String applicant = fresh.getJsonArray("applicants").getString(0);

        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/campaigns");
        chooseLabel(b, "create:programme", "天津品牌");
        b.await(d -> b.has("[id='create:organisation']"));
        b.type("create:name", campaign);
        b.click("create:submit");
        b.await(d -> b.has(".ui-message-error"));
        assertThat(b.text(".ui-message-error")).contains("承办");
        chooseLabel(b, "create:organisation", runner.getString("member"));
        b.click("create:submit");
        b.awaitPath("/official/campaign?");
        String campaignUrl = b.path();
        assertThat(b.body()).contains("承办机构：" + runner.getString("member")).contains("天津品牌评价的设置");
        advance(b, campaignUrl, "自愿申报");

        // The enterprise fills the common form and the brand's part; submitting before the part is saved is refused.
        b.login(applicant, TestFixtures.PASSWORD);
        fillApplication(b, campaign, brand, "轴承产品品牌，覆盖华北市场。");
        b.click("application:submit");
        confirm(b);
        b.await(d -> b.text("#messages").contains("品牌类型"));
        assertThat(b.text("#status")).isNotEqualTo("已提交，待推荐");
        List<org.openqa.selenium.WebElement> cells = b.driver().findElements(
                org.openqa.selenium.By.cssSelector("#indicator-grid input[id$=':figure']"));
        assertThat(cells).hasSize(36);
        String[] byRow = {"5200", "5000", "12.5", "8", "300", "4.2", "31", "2", "99.5", "3", "92.4", "67"};
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).clear();
            cells.get(i).sendKeys(byRow[i / 3]);
        }
        b.type("brandPart:rows:1:cells:2:figure", "很多");
        b.choose("brandPart:brandKind", "PRODUCT");
        b.click("brandPart:saveBrand");
        b.await(d -> b.text("#brand-part").contains("应为数字"));
        assertThat(b.text("#messages")).contains("需要修改");
        b.type("brandPart:rows:1:cells:2:figure", "５,１００");
        b.click("brandPart:saveBrand");
        b.await(d -> b.text("#messages").contains("已保存"));
        b.click("application:submit");
        confirm(b);
        b.await(d -> b.text("#status").equals("已提交，待推荐"));
        assertThat(b.text("#indicator-figures")).contains("5100").contains("5000").contains("99.5");

        // The running member's evaluator finds the campaign and reads the brand's figures; another member's does not.
        b.login(runner.getString("username"), TestFixtures.PASSWORD);
        b.open("/alliance/");
        assertThat(b.text("#organisation")).contains(runner.getString("member"));
        b.driver().findElement(org.openqa.selenium.By.linkText(campaign)).click();
        b.awaitPath("/alliance/campaign");
        String allianceCampaign = b.path();
        rowWith(b, "tr", brand).findElement(org.openqa.selenium.By.linkText("查看")).click();
        b.awaitPath("/alliance/application");
        String allianceApplication = b.path();
        assertThat(b.text("#brand-kind")).isEqualTo("产品品牌");
        assertThat(b.text("#indicator-figures")).contains("5100").contains("67");

        b.login(other.getString("username"), TestFixtures.PASSWORD);
        b.open("/alliance/");
        assertThat(b.text("body")).doesNotContain(campaign);
        b.open(allianceCampaign);
        assertThat(b.has("#error-404")).as(allianceCampaign).isTrue();
        b.open(allianceApplication);
        assertThat(b.has("#error-404")).as(allianceApplication).isTrue();

        // Recommended by the district; the member's evaluator judges eligibility once the bureau has moved the campaign on.
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("letter", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        b.login("it-recommender", TestFixtures.PASSWORD);
        recommend(b, brand, pdf);
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "推荐");
        advance(b, campaignUrl, "资格与信用审查");
        b.login(runner.getString("username"), TestFixtures.PASSWORD);
        b.open(allianceCampaign);
        rowWith(b, "tr", brand).findElement(org.openqa.selenium.By.linkText("资格审查")).click();
        b.awaitPath("/alliance/eligibility");
        for (org.openqa.selenium.WebElement row : b.driver().findElements(org.openqa.selenium.By.cssSelector("#checklist tbody tr"))) {
            var selects = row.findElements(org.openqa.selenium.By.cssSelector("select"));
            var select = selects.isEmpty() ? null : new org.openqa.selenium.support.ui.Select(selects.get(0));
            if (select != null && select.getFirstSelectedOption().getAttribute("value").isEmpty()) {
                select.selectByValue("PASS");
                row.findElement(org.openqa.selenium.By.cssSelector("textarea")).sendKeys("已核实。");
                row.findElement(org.openqa.selenium.By.cssSelector("button")).click();
                b.await(d -> b.text("#messages").contains("核查结果已保存"));
            }
        }
        b.type("eligibility:reason", "各项条件均符合。");
        b.click("eligibility:eligible");
        b.await(d -> b.text("#decision-status").equals("资格审核通过"));

        // The review: the member's evaluator seats an expert, who scores 90%, and locks the ranking; then computes the
        // brand index and reads how its figure came about.
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "材料评审");
        b.login(runner.getString("username"), TestFixtures.PASSWORD);
        b.open(allianceCampaign);
        String resultsUrl = b.find("#toReview").getAttribute("href");
        resultsUrl = resultsUrl.substring(resultsUrl.indexOf("/alliance/"));
        b.open(resultsUrl.replace("/alliance/review-results", "/alliance/review-round"));
        seatByHand(b, brand, "it-panel3");
        b.await(d -> rowWith(b, "[id='entries'] tr", brand).getText().contains("it-panel3"));
        b.login("it-panel3", TestFixtures.PASSWORD);
        b.open("/expert/");
        b.driver().findElement(org.openqa.selenium.By.linkText(brand)).click();
        b.awaitPath("/expert/sheet");
        scoreAndSubmit(b, 90);
        b.login(runner.getString("username"), TestFixtures.PASSWORD);
        b.open(resultsUrl);
        b.choose("results:method", "MEAN");
        b.click("results:lock");
        confirm(b);
        b.await(d -> b.has("[id='ranking']"));
        b.open(allianceCampaign);
        b.click("toBrandIndex");
        b.awaitPath("/alliance/brand-index");
        assertThat(b.text("#runState")).contains("尚未测算");
        b.click("brandIndex:compute");
        b.await(d -> b.text("#messages").contains("已测算 1 个品牌"));
        // One brand is its own peer on every figure (100 each, 80 points) with 90% of the panel's 20: 98.
        assertThat(b.text("#indexTable")).contains(brand).contains("98.00");
        assertThat(b.has("[id='brandIndex:publishYear']")).as("the year is the bureau's to publish").isFalse();
        b.find("#indexTable details summary").click();
        assertThat(b.text("#indexTable .calculation-steps")).contains("销售收入").contains("5,100").contains("专家评审得分");
        b.screenshot("brand-index-run");

        // Display, the alliance's recognition, then the bureau publishes the year's index.
        b.login("it-official", TestFixtures.PASSWORD);
        advance(b, campaignUrl, "公示");
        hook("clock/8");
        advance(b, campaignUrl, "市政府批准");
        long campaignId = Long.parseLong(campaignUrl.replaceAll(".*id=(\\d+).*", "$1"));
        b.open("/official/display?id=" + campaignId);
        b.type("display:approvalDocument", "津品评认〔2026〕9号");
        b.find("[id$='publish']").click();
        confirm(b);
        b.await(d -> b.has("[id$='published-card']"));
        b.open(campaignUrl);
        b.click("toBrandIndex");
        b.awaitPath("/official/brand-index");
        b.click("brandIndex:publishYear");
        confirm(b);
        b.await(d -> b.text("#messages").contains("天津品牌指数已发布"));
        String publicPage = b.find("#runState a").getAttribute("href");

        // The public page names the brand with its index; the certificate's QR code verifies it, issued by the member.
        b.logout();
        b.open(publicPage.substring(publicPage.indexOf("/public/brand-index")));
        assertThat(b.text("#cityIndex")).isNotBlank();
        assertThat(b.text("#recognised")).contains(brand).contains("98.00");
        onAPhone(b, "brand-index-public", "recognised");
        b.login(applicant, TestFixtures.PASSWORD);
        openCertificateQrCode(b);
        assertThat(b.text("#verdict")).isEqualTo("证书真实有效");
        assertThat(b.text("#v-programme")).isEqualTo("天津品牌");
        assertThat(b.text("#v-issuer")).isEqualTo(runner.getString("member"));
        assertThat(b.text("#v-serial")).startsWith("TJB-");
    }
}
