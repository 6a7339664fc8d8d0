package cn.tianjin.quality.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with the few actions the browser tests share. */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    /**
     * Run in every page before its own scripts (from DevTools, so the page's policy does not apply to it): notes what
     * the content security policy blocked on the page.
     */
    private static final String WATCH = """
            window.__blocked = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__blocked.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in '
                  + location.pathname + (e.lineNumber ? ':' + e.lineNumber : ''));
            });
            """;
    private final List<String> blocked = new ArrayList<>();

    /** What the content security policy blocked on the pages opened since the last call, the current one included. */
    public List<String> takeBlocked() {
        collectBlocked();
        List<String> all = new ArrayList<>(blocked);
        blocked.clear();
        return all;
    }

    @SuppressWarnings("unchecked")
    private void collectBlocked() {
        try {
            Object found = driver.executeScript("return window.__blocked || [];");
            if (found instanceof List<?> list) {
                ((List<Object>) list).forEach(o -> blocked.add(String.valueOf(o)));
            }
        } catch (RuntimeException e) {
            // no page yet, or one that is leaving: nothing to collect
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        collectBlocked();
        driver.get(base + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void type(String id, String text) {
        WebElement e = find("[id='" + id + "']");
        e.clear();
        e.sendKeys(text);
    }

    public void choose(String id, String value) {
        new Select(find("[id='" + id + "']")).selectByValue(value);
    }

    public void click(String id) {
        find("[id='" + id + "']").click();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String body() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void login(String username, String password) {
        logout();
        open("/public/login");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !path().startsWith("/public/login"));
    }

    /**
     * Waits up to 20 s for a condition on the page. An element replaced by an AJAX update or a new page while the
     * condition reads it counts as "not yet", not as a failure: Selenium reports that as a stale element, or, when
     * Chromium has already dropped the node, as an inspector error saying the node does not belong to the document.
     */
    public void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        try {
                            return condition.apply(d);
                        } catch (org.openqa.selenium.WebDriverException e) {
                            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                                return false;
                            }
                            throw e;
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("await-timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    public void awaitPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().startsWith(prefix));
    }

    public void logout() {
        driver.manage().deleteAllCookies();
    }

    /** Keeps a screenshot for people to look at (target/screenshots). */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile in the temp folder is harmless
        }
    }
}
