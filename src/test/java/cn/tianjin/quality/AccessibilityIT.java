package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.it.Browser;
import cn.tianjin.quality.it.BrowserTestBase;
import cn.tianjin.quality.platform.security.TestFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Accessibility as GB/T 37668-2019 asks of government sites (in line with WCAG 2.1 AA): axe-core finds no serious or
 * critical violation on the public pages and the applicant's pages, in Chinese and in English, and an applicant logs in,
 * fills in and submits an award application with the keyboard alone, seeing where the focus is at every stop.
 */
class AccessibilityIT extends BrowserTestBase {
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Rule and selector pairs whose findings are set aside, each only where the markup comes from inside a PrimeFaces
     * widget that a page cannot change; everything else found was fixed in the pages, the layout or the stylesheet.
     * <ul>
     * <li>list on p:messages: PrimeFaces gives every message's list item role="alert", so axe no longer counts the
     * list's children as items. The messages still read as alerts in a live region, which is what matters to a person
     * using a screen reader.</li>
     * </ul>
     */
    private static final List<List<String>> SET_ASIDE = List.of(List.of("list", ".ui-messages ul"));

    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private static String axe;
    private static String openCampaign;
    private static List<String> applicants;

    @BeforeAll
    static void readAxe() throws Exception {
        Path script = Path.of(System.getProperty("axe.script", "src/test/a11y/node_modules/axe-core/axe.min.js"));
        assertThat(script).as("axe-core is installed by npm ci in src/test/a11y (deploy/test.sh does it)").exists();
        axe = Files.readString(script);
    }

    @Override
    protected void opened(Browser b) {
        b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @Test
    void everyPublicPageHasNoSeriousOrCriticalViolationInEitherLanguage() throws Exception {
        Browser b = browser();
        // A campaign on public display, with the notice that announces it, for the display, objection and notice pages.
        String campaignUrl = createCampaign(b, "无障碍公示测试" + System.nanoTime() % 1_000_000);
        long campaignId = Long.parseLong(campaignUrl.replaceAll(".*id=(\\d+).*", "$1"));
        String opened = hook(campaignId + "/on-display");
        String notice = opened.replaceAll(".*\"notice\":(\\d+).*", "$1");
        String display = opened.replaceAll(".*\"display\":(\\d+).*", "$1");
        b.logout();

        List<String> pages = List.of("/", "/public/login", "/public/register", "/public/password-forgot",
                "/public/password-reset?token=unknown", "/public/confirm?token=unknown", "/public/accept-invitation?token=unknown",
                "/public/access-request", "/public/display?id=" + display,
                "/public/objection?display=" + display, "/public/notice?id=" + notice, "/public/winners",
                "/public/verify", "/public/verify?serial=TQA-2000-A-01-X", "/public/demo-mail", "/public/notice?id=999999999");
        List<String> found = new ArrayList<>();
        for (String language : LANGUAGES) {
            b.open("/?lang=" + language);
            for (String page : pages) {
                b.open(page);
                found.addAll(scan(b, language));
                if (page.startsWith("/public/objection") || page.equals("/")) {
                    // For people to look at after a change of style (target/screenshots).
                    b.screenshot("a11y-" + (page.equals("/") ? "home" : "objection") + "-" + language);
                }
            }
            // The registration form as it comes back with every error shown.
            b.open("/public/register");
            b.click("register:submit");
            b.await(d -> b.has(".ui-message-error"));
            found.addAll(scan(b, language + ", with errors"));
        }
        b.open("/?lang=zh-CN");
        assertNone(found);
    }

    @Test
    void theApplicantsPagesHaveNoSeriousOrCriticalViolationInEitherLanguage() throws Exception {
        Browser b = browser();
        String campaign = openCampaign(b);
        String applicant = applicant(0);
        b.login(applicant, TestFixtures.PASSWORD);
        // An application begun, for the application form, and a self-assessment begun, for its page.
        b.open("/enterprise/award");
        rowWith(b, "#open-campaigns tr", campaign).findElement(By.cssSelector("button")).click();
        b.awaitPath("/enterprise/application?");
        String application = b.path();
        b.open("/enterprise/self-assessments");
        b.type("start:label", "无障碍自评");
        b.click("start:submit");
        b.awaitPath("/enterprise/self-assessment?");
        String assessment = b.path();
        b.open("/enterprise/");
        String creditFile = b.find("#credit-file-link").getAttribute("href");
        creditFile = creditFile.substring(creditFile.indexOf("/enterprise/"));

        List<String> found = new ArrayList<>();
        for (String language : LANGUAGES) {
            b.open("/enterprise/?lang=" + language);
            for (String page : List.of("/enterprise/", "/enterprise/profile", "/enterprise/award", application,
                    "/enterprise/self-assessments", assessment, creditFile, "/account/inbox", "/account/password")) {
                b.open(page);
                found.addAll(scan(b, language));
            }
        }
        b.open("/?lang=zh-CN");
        assertNone(found);
    }

    @Test
    void anApplicantLogsInFillsInAndSubmitsAnApplicationWithTheKeyboardAlone() throws Exception {
        Browser b = browser();
        String campaign = openCampaign(b);
        String applicant = applicant(1);
        Path pdf = Files.createTempFile("annual-report", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        b.logout();

        // The first Tab shows the skip link; Enter on it puts the next Tab inside the page's own content.
        b.open("/public/login");
        WebElement skip = tab(b, 1, e -> e.getAttribute("class").contains("skip-link"), "the skip link");
        assertThat(skip.getRect().getX()).as("the skip link is on screen once focused").isGreaterThanOrEqualTo(0);
        press(b, Keys.ENTER);
        tab(b, 5, id("login:username"), "the user name");
        type(b, applicant);
        tab(b, 1, id("login:password"), "the password");
        type(b, TestFixtures.PASSWORD);
        press(b, Keys.ENTER);
        b.awaitPath("/enterprise/");

        // Through the menu to the award page, and the campaign's Apply button.
        tab(b, 30, e -> "/enterprise/award".equals(e.getAttribute("pathname")) && "a".equals(e.getTagName()), "the award menu link");
        press(b, Keys.ENTER);
        b.awaitPath("/enterprise/award");
        tab(b, 60, e -> "button".equals(e.getTagName()) && e.findElement(By.xpath("ancestor::tr")).getText().contains(campaign),
                "the Apply button of " + campaign);
        press(b, Keys.ENTER);
        b.awaitPath("/enterprise/application?");
        String applicationUrl = b.path();

        // A supporting document: the file input is reached by Tab and given the file's path.
        tab(b, 300, id("documents:file"), "the document's file input");
        b.driver().switchTo().activeElement().sendKeys(pdf.toString());
        tab(b, 1, id("documents:upload"), "the upload button");
        press(b, Keys.ENTER);
        b.await(d -> !d.findElements(By.cssSelector("[id='documents'] li a")).isEmpty());
        assertThat(b.text("[id='documents'] li a")).endsWith(".pdf");

        // The model, the recommender, one narrative per category and the honesty declaration.
        tab(b, 100, id("application:modelName"), "the model's name");
        type(b, "键盘填写的质量管理模式");
        tab(b, 1, id("application:modelDescription"), "the model's description");
        type(b, "全程只用键盘填写。");
        tab(b, 1, id("application:recommender"), "the recommender");
        WebElement recommender = b.driver().switchTo().activeElement();
        for (int i = 0; i < 50 && !new Select(recommender).getFirstSelectedOption().getText().contains("it-recommender"); i++) {
            press(b, Keys.ARROW_DOWN);
        }
        assertThat(new Select(recommender).getFirstSelectedOption().getText()).contains("it-recommender");
        int editors = b.driver().findElements(By.cssSelector(".ql-editor")).size();
        assertThat(editors).as("one narrative editor per category").isPositive();
        for (int i = 0; i < editors; i++) {
            WebElement editor = b.driver().findElements(By.cssSelector(".ql-editor")).get(i);
            // Tab passes the editor's formatting buttons (each named) and stops in the editor; Tab leaves it again.
            tab(b, 60, editor::equals, "narrative editor " + (i + 1));
            type(b, "本类目的做法与成效。");
        }
        b.await(d -> d.findElements(By.cssSelector("input[id$='narrative_input']")).stream()
                .allMatch(in -> !in.getAttribute("value").isBlank()));
        tab(b, 40, id("application:honesty"), "the honesty declaration");
        press(b, Keys.SPACE);
        assertThat(b.find("[id='application:honesty']").isSelected()).isTrue();
        tab(b, 3, id("application:submit"), "the submit button");
        press(b, Keys.ENTER);
        // The confirmation takes the focus to its Yes; Enter on it sends the application.
        b.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        b.await(d -> b.driver().switchTo().activeElement().getAttribute("class").contains("ui-confirmdialog-yes"));
        assertFocusShows(b, "the confirmation's Yes");
        press(b, Keys.ENTER);
        b.await(d -> b.has("#status") && b.text("#status").equals("已提交，待推荐"));
        assertThat(b.path()).startsWith(applicationUrl.substring(0, applicationUrl.indexOf('?')));
        assertThat(b.body()).contains("键盘填写的质量管理模式").contains("全程只用键盘填写。").contains("本类目的做法与成效。");
        b.screenshot("keyboard-application-submitted");

        // The submitted application, as its applicant reads it from now on.
        List<String> found = new ArrayList<>();
        for (String language : LANGUAGES) {
            b.open(b.path().replaceAll("[?&]lang=[^&]*", "") + "&lang=" + language);
            found.addAll(scan(b, language + ", submitted"));
        }
        b.open("/?lang=zh-CN");
        assertNone(found);
    }

    /**
     * Runs axe-core on the page and returns its serious and critical violations against WCAG 2.1 A and AA, each as
     * "page [language]: impact rule (help): target, target". Also checks the page says which language it is in.
     */
    @SuppressWarnings("unchecked")
    private static List<String> scan(Browser b, String language) {
        String page = b.path() + " [" + language + "]";
        String lang = String.valueOf(b.driver().executeScript("return document.documentElement.lang"));
        List<String> found = new ArrayList<>();
        if (!lang.startsWith(language.substring(0, 2))) {
            found.add(page + ": html lang is '" + lang + "'");
        }
        b.driver().executeScript(axe);
        Object result = b.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var setAside = arguments[0];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[1]}, resultTypes: ['violations'], elementRef: true})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) {
                        var nodes = v.nodes.filter(function (n) {
                          return !setAside.some(function (s) { return s[0] === v.id && n.element.matches(s[1]); });
                        });
                        return nodes.length === 0 ? null : v.impact + ' ' + v.id + ' (' + v.help + '): '
                          + nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                      })
                      .filter(function (line) { return line !== null; }));
                  })
                  .catch(function (e) { done(['axe did not run: ' + e]); });
                """, SET_ASIDE, WCAG_AA);
        for (Object v : (List<Object>) result) {
            found.add(page + ": " + v);
        }
        return found;
    }

    private static void assertNone(List<String> found) {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " serious or critical accessibility violations:\n  "
                    + String.join("\n  ", found));
        }
    }

    /**
     * Presses Tab (at most {@code max} times) until the focused element is the one wanted, and checks the focus shows on
     * it: an outline or a shadow a sighted keyboard user can see.
     */
    private static WebElement tab(Browser b, int max, Predicate<WebElement> wanted, String what) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            press(b, Keys.TAB);
            WebElement focused = b.driver().switchTo().activeElement();
            if (matches(wanted, focused)) {
                assertFocusShows(b, what);
                return focused;
            }
            passed.add(describe(focused));
        }
        b.screenshot("keyboard-lost-" + System.currentTimeMillis());
        throw new AssertionError(what + " not reached after " + max + " Tab presses; focus went through " + passed);
    }

    private static void assertFocusShows(Browser b, String what) {
        Object visible = b.driver().executeScript("""
                var s = getComputedStyle(document.activeElement);
                var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                return outline || (s.boxShadow !== '' && s.boxShadow !== 'none');
                """);
        assertThat(visible).as("the focus shows on " + what).isEqualTo(true);
    }

    private static boolean matches(Predicate<WebElement> wanted, WebElement focused) {
        try {
            return wanted.test(focused);
        } catch (org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    private static String describe(WebElement e) {
        String id = e.getAttribute("id");
        return e.getTagName() + (id == null || id.isEmpty() ? "." + e.getAttribute("class") : "#" + id);
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    private static void press(Browser b, CharSequence key) {
        new Actions(b.driver()).sendKeys(key).perform();
    }

    /** Types into whatever has the focus, as a person would. */
    private static void type(Browser b, String text) {
        new Actions(b.driver()).sendKeys(text).perform();
    }

    /** A campaign taking applications (one for the whole class), opened by the official. */
    private static String openCampaign(Browser b) {
        if (openCampaign == null) {
            String name = "无障碍申报测试" + System.nanoTime() % 1_000_000;
            String campaignUrl = createCampaign(b, name);
            b.click("campaign:advance");
            b.await(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
            b.find(".ui-confirmdialog-yes").click();
            b.await(d -> b.text("#stage").equals("自愿申报"));
            assertThat(b.path()).isEqualTo(campaignUrl);
            openCampaign = name;
        }
        return openCampaign;
    }

    /** A new draft campaign on the brand rubric; returns its page and leaves the official on it. */
    private static String createCampaign(Browser b, String name) {
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/campaigns");
        b.type("create:name", name);
        new Select(b.find("[id='create:rubric']")).getOptions().stream().filter(o -> o.getText().contains("品牌")).findFirst()
                .orElseThrow().click();
        b.click("create:submit");
        b.awaitPath("/official/campaign?");
        return b.path();
    }

    private String applicant(int i) throws Exception {
        if (applicants == null) {
            Matcher m = Pattern.compile("\"(it-cycle-[0-9]+)\"").matcher(hook("applicants"));
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            applicants = names;
        }
        return applicants.get(i);
    }

    private static WebElement rowWith(Browser b, String css, String text) {
        return b.driver().findElements(By.cssSelector(css)).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(css + ": no " + text));
    }

    private String hook(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/test-fixtures/award/" + path))
                .header("X-Requested-With", "portal").POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
