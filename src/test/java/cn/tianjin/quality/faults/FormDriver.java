package cn.tianjin.quality.faults;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for deploy/faults.sh (JDK only, started as {@code java FormDriver.java}): logs in
 * through the login form and posts a page's form back with every field it holds, as a user's browser would, so the
 * drill reads the page the user would read.
 *
 * <pre>
 *   login BASE USER PASSWORD          prints the session cookie
 *   stale-save BASE USER PASSWORD ID  two officials open /official/enterprise?id=ID, both change the contact person
 *                                     and save, one after the other; prints what each was told and the stored value
 *   sheet-burst BASE PASSWORD FILE N  every expert of FILE (lines "user sheetId seatId") logs in and opens their score
 *                                     sheet (/expert/sheet?seat=), then all press "submit", N at a time: the page's
 *                                     own Ajax postback. Prints READY, then per sheet "OK sheetId total" when the page
 *                                     said it was submitted, or "FAIL sheetId why"
 *   ajax-outage BASE PASSWORD GO DIR user:seat:lang...
 *                                     each expert opens their sheet in their language, READY is printed, and once the
 *                                     file GO exists all press "save" (Ajax); prints "user status ms" and keeps each
 *                                     answer in DIR/user.xml
 * </pre>
 */
public final class FormDriver {
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected", Pattern.CASE_INSENSITIVE);

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    private FormDriver(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "login" -> {
                FormDriver d = new FormDriver(args[1]);
                d.login(args[2], args[3]);
                System.out.println(d.cookies.getCookieStore().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")));
            }
            case "stale-save" -> staleSave(args[1], args[2], args[3], args[4], args[5]);
            case "sheet-burst" -> sheetBurst(args[1], args[2], java.nio.file.Path.of(args[3]), Integer.parseInt(args[4]));
            case "ajax-outage" -> ajaxOutage(args[1], args[2], java.nio.file.Path.of(args[3]), java.nio.file.Path.of(args[4]),
                    java.util.Arrays.copyOfRange(args, 5, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void staleSave(String base, String userA, String userB, String password, String id) throws Exception {
        FormDriver a = new FormDriver(base);
        FormDriver b = new FormDriver(base);
        a.login(userA, password);
        b.login(userB, password);
        String page = "/official/enterprise?id=" + id;
        Map<String, String> formA = a.form(a.get(page), "edit");
        Map<String, String> formB = b.form(b.get(page), "edit");
        String field = formA.keySet().stream().filter(k -> k.endsWith("contactPerson")).findFirst().orElseThrow();
        formA.put(field, "甲官员改");
        formB.put(field, "乙官员改");
        formA.put("edit:save", "");
        formB.put("edit:save", "");
        String afterA = a.post(page, formA);
        String afterB = b.post(page, formB);
        System.out.println("first  " + messages(afterA));
        System.out.println("second " + messages(afterB));
        System.out.println("shown-to-first " + value(new FormDriver(base).form(afterA, "edit"), field));
    }

    /** An expert with their score sheet open in the browser. */
    private record OpenSheet(String user, String sheet, FormDriver driver, Map<String, String> form) {
    }

    private static OpenSheet open(String base, String user, String password, String sheet, String seat, String lang)
            throws Exception {
        FormDriver d = new FormDriver(base);
        if (lang != null) {
            d.get("/?lang=" + lang);
        }
        d.login(user, password);
        return new OpenSheet(user, sheet, d, d.form(d.get("/expert/sheet?seat=" + seat), "sheet"));
    }

    private static void sheetBurst(String base, String password, java.nio.file.Path file, int parallel) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        try {
            burst(base, password, file, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void burst(String base, String password, java.nio.file.Path file, java.util.concurrent.ExecutorService pool)
            throws Exception {
        List<java.util.concurrent.Future<OpenSheet>> opening = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            opening.add(pool.submit(() -> open(base, f[0], password, f[1], f[2], null)));
        }
        List<OpenSheet> open = new java.util.ArrayList<>();
        for (var o : opening) {
            open.add(o.get());
        }
        say("READY " + open.size());
        List<java.util.concurrent.Future<?>> presses = new java.util.ArrayList<>();
        for (OpenSheet o : open) {
            presses.add(pool.submit(() -> {
                try {
                    HttpResponse<String> r = o.driver.ajax("/expert/sheet", o.form, "sheet:submit");
                    Matcher total = Pattern.compile("ui-messages-info-summary\">[^<]*?(?:总分|total) ([0-9]+(?:\\.[0-9]+)?)")
                            .matcher(r.body());
                    if (r.statusCode() == 200 && total.find()) {
                        say("OK " + o.sheet + " " + total.group(1));
                    } else {
                        say("FAIL " + o.sheet + " " + r.statusCode() + " " + messages(r.body()));
                        System.err.println("answer for sheet " + o.sheet + ":\n" + r.body());
                    }
                } catch (Exception e) {
                    say("FAIL " + o.sheet + " " + e.getClass().getSimpleName());
                }
            }));
        }
        for (var p : presses) {
            p.get();
        }
    }

    private static void ajaxOutage(String base, String password, java.nio.file.Path go, java.nio.file.Path dir, String[] who)
            throws Exception {
        List<OpenSheet> open = new java.util.ArrayList<>();
        for (String w : who) {
            String[] f = w.split(":");
            open.add(open(base, f[0], password, "", f[1], f[2]));
        }
        say("READY " + open.size());
        for (int i = 0; i < 1200 && !java.nio.file.Files.exists(go); i++) {
            Thread.sleep(100);
        }
        List<Thread> threads = new java.util.ArrayList<>();
        for (OpenSheet o : open) {
            Thread t = new Thread(() -> {
                long t0 = System.currentTimeMillis();
                try {
                    HttpResponse<String> r = o.driver.ajax("/expert/sheet", o.form, "sheet:save");
                    java.nio.file.Files.writeString(dir.resolve(o.user + ".xml"), r.body());
                    say(o.user + " " + r.statusCode() + " " + (System.currentTimeMillis() - t0));
                } catch (Exception e) {
                    say(o.user + " " + e.getClass().getSimpleName() + " " + (System.currentTimeMillis() - t0));
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /**
     * Presses a PrimeFaces command button as its script does: an Ajax postback of the whole form (process="@form") with
     * the view state, answered by a partial response that updates the form and the messages.
     */
    private HttpResponse<String> ajax(String path, Map<String, String> form, String button) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(form);
        f.put("jakarta.faces.partial.ajax", "true");
        f.put("jakarta.faces.source", button);
        f.put("jakarta.faces.partial.execute", "@all".equals(button) ? "@all" : button.substring(0, button.indexOf(':')));
        f.put("jakarta.faces.partial.render", button.substring(0, button.indexOf(':')) + " messages");
        f.put(button, button);
        String body = f.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String value(Map<String, String> form, String field) {
        return form.get(field);
    }

    /** The texts of the page's messages (PrimeFaces renders them as ui-messages-*-summary spans). */
    private static String messages(String html) {
        Matcher m = Pattern.compile("ui-messages-(info|warn|error)-summary\">([^<]*)<").matcher(html);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            s.append('[').append(m.group(1)).append("] ").append(m.group(2)).append(' ');
        }
        return s.length() == 0 ? "(no message)" : s.toString().trim();
    }

    private void login(String user, String password) throws Exception {
        Map<String, String> f = form(get("/public/login"), "login");
        f.put("login:username", user);
        f.put("login:password", password);
        f.put("login:submit", "");
        post("/public/login", f);
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private String post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** The fields of one form as the browser would send them (without any submit button). */
    private Map<String, String> form(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + formId + " in the page:\n" + html.substring(0, Math.min(html.length(), 2000)));
        }
        String f = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(f);
        while (m.find()) {
            String attrs = m.group(1);
            String name = attr(attrs, "name");
            String type = attr(attrs, "type");
            if (name == null || "submit".equals(type) || "button".equals(type)
                    || (("checkbox".equals(type) || "radio".equals(type)) && !attrs.contains("checked"))) {
                continue;
            }
            fields.put(name, unescape(attr(attrs, "value") == null ? "" : attr(attrs, "value")));
        }
        m = SELECT.matcher(f);
        while (m.find()) {
            Matcher sel = SELECTED.matcher(m.group(2));
            fields.put(attr(m.group(1), "name"), sel.find() ? unescape(sel.group(1)) : "");
        }
        m = TEXTAREA.matcher(f);
        while (m.find()) {
            fields.put(attr(m.group(1), "name"), unescape(m.group(2)));
        }
        return fields;
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
