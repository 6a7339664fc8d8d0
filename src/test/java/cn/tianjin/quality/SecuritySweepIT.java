package cn.tianjin.quality;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tianjin.quality.it.Browser;
import cn.tianjin.quality.it.BrowserTestBase;
import cn.tianjin.quality.it.Http;
import cn.tianjin.quality.it.Surface;
import cn.tianjin.quality.platform.security.TestFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Security sweeps over everything the portal exposes, found from the build (pages, their parameters, REST calls,
 * servlets) so that a new address is swept without anyone adding it: every address that takes an object's id is tried
 * with the id of another enterprise's object, another expert's entry and an entry in conflict; a script planted in
 * every text a user types is looked for on every page that shows it.
 */
class SecuritySweepIT extends BrowserTestBase {
    /** Breaks out of an attribute and of text; any element with the class, or the flag set, means it was not escaped. */
    static final String PAYLOAD = "\"'><b class=xss-probe>x</b><img src=x class=xss-probe onerror=xssRan=1>";

    private HttpResponse<String> get(String path, String session) throws Exception {
        return Http.send(base.toString(), "GET", path, session, Map.of(), null);
    }

    private JsonObject world(String text) throws Exception {
        return world(text, false);
    }

    /**
     * The test world; {@code later} adds campaigns carried on to publication, display, committee voting and eligibility
     * review, and a round held in consensus.
     */
    private JsonObject world(String text, boolean later) throws Exception {
        HttpResponse<String> r = Http.send(base.toString(), "POST", "/api/v1/test-fixtures/sweep/world?text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&later=" + later, null, Map.of("X-Requested-With", "portal"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private String login(String username) {
        Browser b = browser();
        b.login(username, TestFixtures.PASSWORD);
        return Http.session(b);
    }

    /** An address tried as its owner (who must get it, when there is one) and as users who must not. */
    private record Probe(String address, String owner, List<String> intruders, String why) {
    }

    /**
     * Parameters that carry no object of anyone's: secret one-time tokens (long and random, tried elsewhere),
     * filters of public lists, and certificate serials that verification shows to everyone by design.
     */
    private static final Map<String, String> NOT_OBJECT_IDS = Map.ofEntries(
            Map.entry("/public/accept-invitation?token", "secret one-time token"),
            Map.entry("/public/confirm?token", "secret one-time token"),
            Map.entry("/public/password-reset?token", "secret one-time token"),
            Map.entry("/public/access-request?code", "credit code an applicant types to ask for access"),
            Map.entry("/public/verify?serial", "certificate verification is public by design"),
            Map.entry("/public/notice?id", "notices are published to everyone"),
            Map.entry("/public/display?id", "a display exists only from the day it opens, and is public from then on"),
            Map.entry("/public/objection?display", "anyone may object while a display runs (a closed one refuses: AwardIT)"),
            Map.entry("/public/winners?level", "filter of the public directory"),
            Map.entry("/public/winners?page", "filter of the public directory"),
            Map.entry("/public/winners?programme", "filter of the public directory"),
            Map.entry("/public/winners?q", "filter of the public directory"),
            Map.entry("/public/winners?status", "filter of the public directory"),
            Map.entry("/public/winners?year", "filter of the public directory"),
            Map.entry("/public/cqo-registry?district", "filter of the public CQO registry"),
            Map.entry("/public/cqo-registry?page", "filter of the public CQO registry"),
            Map.entry("/public/cqo-registry?q", "filter of the public CQO registry"),
            Map.entry("/public/dishonesty?page", "filter of the public dishonesty list"),
            Map.entry("/public/credit-profile?code", "public by design: a profile shows only what is published anyway"),
            Map.entry("/enterprise/credit-file?kind", "a filter of the timeline; the file itself is probed by its id"),
            Map.entry("/public/dishonesty?q", "filter of the public dishonesty list"),
            Map.entry("/public/brand-index?year", "a year of the published brand index (and its open data), public by design"),
            Map.entry("/enterprise/brand-report?year", "the year of a report of the recognition named by title, probed with it"),
            Map.entry("/enterprise/cqo-report?year", "a year: the page shows the caller's own enterprise's report only"));

    @Test
    void everyAddressTakingAnIdRefusesAnotherEnterprisesObjectsAnotherExpertsEntryAndAConflictedEntry() throws Exception {
        JsonObject w = world("安全扫描");
        String a = w.getString("applicantA");
        String b = w.getString("applicantB");
        String x = w.getString("seatedExpert");
        String y = w.getString("conflictedExpert");
        String rec = w.getString("namedRecommender");
        String stranger = w.getString("otherRecommender");
        String nameB = w.getString("nameB");
        String ev = w.getString("evaluator");
        String otherEv = w.getString("otherEvaluator");
        List<Probe> probes = List.of(
                new Probe("/alliance/campaign?id=" + w.getJsonNumber("brandCampaign"), ev, List.of(otherEv, b, x),
                        "a campaign another alliance member runs"),
                new Probe("/alliance/application?id=" + w.getJsonNumber("brandApplication"), ev, List.of(otherEv, a, rec),
                        "an application to a campaign another alliance member runs"),
                new Probe("/alliance/eligibility?id=" + w.getJsonNumber("brandApplication"), ev, List.of(otherEv, a, rec),
                        "the eligibility of an application to a campaign another alliance member runs"),
                new Probe("/alliance/brand-index?id=" + w.getJsonNumber("brandCampaign"), ev, List.of(otherEv, b, x, rec),
                        "the brand index of a campaign another alliance member runs"),
                new Probe("/alliance/review-round?id=" + w.getJsonNumber("round"), null, List.of(ev, otherEv, a, x),
                        "a review round of a campaign the bureau runs"),
                new Probe("/alliance/review-results?id=" + w.getJsonNumber("round"), null, List.of(ev, otherEv, a, x),
                        "the results of a review round of a campaign the bureau runs"),
                new Probe("/alliance/brand-index?id=" + w.getJsonNumber("campaign"), null, List.of(ev, otherEv),
                        "a campaign the bureau runs has no brand index for an evaluator"),
                new Probe("/alliance/eligibility?id=" + w.getJsonNumber("application"), null, List.of(ev, otherEv),
                        "the eligibility of an application to a campaign the bureau runs"),
                new Probe("/alliance/campaign?id=" + w.getJsonNumber("campaign"), null, List.of(ev, otherEv),
                        "a campaign the bureau runs is not an evaluator's"),
                new Probe("/alliance/application?id=" + w.getJsonNumber("application"), null, List.of(ev, otherEv),
                        "an application to a campaign the bureau runs"),
                new Probe("/export/applications.csv?campaign=" + w.getJsonNumber("brandCampaign"), ev, List.of(otherEv, a, x, rec),
                        "the applications of a campaign another alliance member runs"),
                new Probe("/export/applications.xlsx?campaign=" + w.getJsonNumber("campaign"), null, List.of(ev, otherEv),
                        "the applications of a campaign the bureau runs"),
                new Probe("/enterprise/application?id=" + w.getJsonNumber("application"), b, List.of(a), "another enterprise's application"),
                new Probe("/enterprise/brand-report?title=" + w.getJsonNumber("brandTitle") + "&year=" + w.getJsonNumber("brandReportYear"),
                        b, List.of(a), "another enterprise's brand recognition and its yearly report"),
                new Probe("/enterprise/self-assessment?id=" + w.getJsonNumber("assessment"), b, List.of(a), "another enterprise's self-assessment"),
                new Probe("/enterprise/credit-file?id=" + w.getJsonNumber("enterpriseB"), b, List.of(a), "another enterprise's credit file"),
                new Probe("/recommender/application?id=" + w.getJsonNumber("application"), rec, List.of(stranger), "an application naming another recommender"),
                new Probe("/expert/sheet?seat=" + w.getJsonNumber("seatOfSeated"), x, List.of(y), "another expert's entry"),
                new Probe("/expert/sheet?seat=" + w.getJsonNumber("seatOfConflicted"), null, List.of(y, x), "an entry in conflict (own seat, conflict declared after seating)"),
                new Probe("/expert/consensus?seat=" + w.getJsonNumber("seatOfSeated"), null, List.of(y), "another expert's entry"),
                new Probe("/expert/consensus?seat=" + w.getJsonNumber("seatOfConflicted"), null, List.of(y, x), "an entry in conflict"),
                new Probe("/expert/site-visit?id=" + w.getJsonNumber("visit"), x, List.of(y), "a visit of another team"),
                new Probe("/api/v1/enterprises/" + w.getJsonNumber("enterpriseB"), b, List.of(a, x), "another enterprise by the API"),
                new Probe("/api/v1/enterprises/" + w.getJsonNumber("enterpriseB") + "/veto", null, List.of(a, b, x), "the veto is for staff"),
                new Probe("/files/" + w.getJsonNumber("attachment"), b, List.of(a, y, stranger), "another enterprise's materials"),
                new Probe("/files/feedback?entry=" + w.getJsonNumber("entry"), null, List.of(a, x, y), "another enterprise's feedback report"),
                new Probe("/files/certificate?serial=" + w.getString("serial"), b, List.of(a, x), "another holder's certificate"),
                new Probe("/files/" + w.getJsonNumber("cqoLetter"), b, List.of(a, y, stranger), "another enterprise's CQO appointment letter"),
                new Probe("/enterprise/spot-check?id=" + w.getJsonNumber("spotCheck"), b, List.of(a), "another enterprise's spot check"),
                new Probe("/files/" + w.getJsonNumber("spotEvidence"), b, List.of(a, y, stranger), "another enterprise's rectification evidence"),
                // A calendar feed opens by its secret alone (calendar programs do not sign in): a guessed one opens nothing.
                new Probe("/calendar/" + "Guessed0secret".repeat(3) + ".ics", null, List.of(a, b, x), "a calendar feed by a guessed link"),
                new Probe("/export/enterprises.xlsx", null, List.of(a, x, rec), "the enterprise register is for staff"),
                new Probe("/export/audit.csv", null, List.of(a, x, rec), "the audit log is for administrators"),
                new Probe("/export/periodic-report.csv?id=" + w.getJsonNumber("periodicReport"), null, List.of(a, x, rec),
                        "a report's filings of every filer are for staff"),
                new Probe("/account/periodic-report?id=" + w.getJsonNumber("periodicReport") + "&period=" + w.getString("reportPeriod"),
                        rec, List.of(a, x, stranger), "a periodic report another office files"),
                new Probe("/public/analysis-report.pdf?year=" + w.getJsonNumber("analysisYear"), null, List.of("anonymous", a, x, rec),
                        "a draft analysis report is for staff"),
                new Probe("/export/objections.csv?display=1", null, List.of(a, x, rec), "objections to a display are for staff"),
                new Probe("/export/ranking.xlsx?round=1", null, List.of(x, y), "a ranking names entries: never an expert's, in conflict or not"),
                new Probe("/export/entries.csv?round=1&q=1", null, List.of(x, y, a),
                        "a round's entries and panels name entries: never an expert's, in conflict or not"),
                new Probe("/export/cqo-reports.xlsx?year=2025", null, List.of(a, x, rec), "CQO work reports of every enterprise are for staff"));

        // Coverage: every page parameter, API path parameter and servlet of the build is probed or explained.
        Set<String> covered = new TreeSet<>();
        probes.forEach(p -> {
            String address = p.address().replaceAll("=[^&]*", "").replaceAll("/api/v1/enterprises/\\d+", "/api/v1/enterprises/{id}")
                    .replaceAll("/files/\\d+", "/files/*").replaceAll("/(calendar|export)/[^?]+", "/$1/*");
            covered.add(address);
            // An address of several parameters covers each of them.
            int q = address.indexOf('?');
            if (q > 0) {
                for (String param : address.substring(q + 1).split("&")) {
                    covered.add(address.substring(0, q + 1) + param);
                }
            }
        });
        List<String> unswept = new ArrayList<>();
        for (var page : Surface.viewParams().entrySet()) {
            for (String param : page.getValue()) {
                String key = page.getKey() + "?" + param;
                boolean staff = page.getKey().startsWith("/official/") || page.getKey().startsWith("/admin/");
                if (!staff && !covered.contains(key) && !NOT_OBJECT_IDS.containsKey(key)) {
                    unswept.add(key);
                }
            }
        }
        for (Surface.Operation o : Surface.operations()) {
            boolean staffOnly = o.roles() != null && o.roles().stream().allMatch(r -> r.equals("official") || r.equals("admin"));
            if (o.path().contains("{") && !staffOnly && !covered.contains(o.path())
                    && !o.path().equals("/api/v1/public/certificates/{serial}")
                    && !o.path().equals("/api/v1/public/credit-profiles/{code}")
                    && !o.path().startsWith("/api/v1/public/brand-index/{year}")) {
                unswept.add(o.method() + " " + o.path());
            }
        }
        for (String servlet : Surface.servlets()) {
            if (!servlet.startsWith("/official/") && covered.stream().noneMatch(c -> c.startsWith(servlet))) {
                unswept.add("servlet " + servlet);
            }
        }
        assertThat(unswept).as("addresses that take an id but are not in the sweep (add a probe or say why not)").isEmpty();

        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", null);
        for (String u : List.of(a, b, x, y, rec, stranger, ev, otherEv)) {
            sessions.put(u, login(u));
        }
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Probe p : probes) {
            if (p.owner() != null) {
                HttpResponse<String> r = get(p.address(), sessions.get(p.owner()));
                table.append(p.address()).append("  owner ").append(p.owner()).append(" -> ").append(r.statusCode()).append('\n');
                if (r.statusCode() != 200 || refusedPage(r)) {
                    wrong.add(p.address() + ": its owner " + p.owner() + " got " + r.statusCode());
                }
            }
            for (String intruder : p.intruders()) {
                HttpResponse<String> r = get(p.address(), sessions.get(intruder));
                table.append(p.address()).append("  ").append(intruder).append(" -> ").append(r.statusCode()).append('\n');
                boolean refused = r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() == 404 || refusedPage(r)
                        // a public page answers everyone; it must only not show what is not public yet (a public
                        // address serving a file answers only with what is published)
                        || p.address().startsWith("/public/") && !p.address().contains(".pdf") && r.statusCode() == 200;
                if (!refused || r.body().contains(nameB) || r.statusCode() >= 500) {
                    wrong.add(p.address() + " (" + p.why() + "): " + intruder + " got " + r.statusCode()
                            + (r.body().contains(nameB) ? " naming " + nameB : ""));
                }
            }
        }
        System.out.println("Object-id sweep\n" + table);
        assertThat(wrong).as("object-id sweep").isEmpty();
    }

    /** What a field of 50 characters takes of the payload (the objector's name): its first element. */
    static final String SHORT_PAYLOAD = PAYLOAD.substring(0, PAYLOAD.indexOf("</b>") + 4);

    /**
     * The texts typed at the later stages of a campaign, each with its own prefix in SweepFixtures, so the sweep can
     * tell which of them reached which page.
     */
    static final List<String> LATER_TEXTS = List.of("退回意见", "推荐意见", "核查结论", "资格结论", "合议提问", "合议回复", "改分理由",
            "合议意见", "反馈优势", "反馈改进", "现场发现", "异议人", "异议理由", "调查安排", "异议成立", "异议不成立", "津政函", "撤销依据",
            "撤销决定", "安全扫描公示", "安全扫描异议", "安全扫描表决", "安全扫描资格", "安全扫描合议", "首席职责", "首席资格", "首席退回",
            "整改措施", "整改退回", "扫描不合格项目", "扫描检验机构", "承诺内容", "约谈事由", "约谈措施");

    /**
     * The payload goes into every text the world's users type (see SweepFixtures), including the texts of campaigns
     * carried on to publication and revocation, public display, committee voting and eligibility review and of a round
     * in consensus; then every page of every folder is opened by the users who may see it, with the world's ids, and
     * the pages that show the later campaigns once more for each of them. The payload must show as text: no element of
     * it may exist and its script may not have run; and each later text must be found whole on the pages that show it.
     */
    @Test
    void aScriptTypedIntoEveryTextFieldIsShownAsTextOnEveryPageThatShowsIt() throws Exception {
        long worldStarted = System.nanoTime();
        JsonObject w = world(PAYLOAD, true);
        System.out.println("Cross-site-scripting sweep: the world with its later campaigns made in "
                + (System.nanoTime() - worldStarted) / 1_000_000 + " ms");
        Map<String, String> query = queries(w);
        String applicant = w.getString("applicantB");
        String expert = w.getString("seatedExpert");

        Map<String, List<String>> folders = new LinkedHashMap<>();
        folders.put("anonymous", List.of("/public/"));
        folders.put(applicant, List.of("/enterprise/", "/account/"));
        folders.put(w.getString("namedRecommender"), List.of("/recommender/"));
        folders.put(expert, List.of("/expert/"));
        folders.put(w.getString("conflictedExpert"), List.of("/expert/"));
        folders.put(w.getString("evaluator"), List.of("/alliance/"));
        folders.put("it-official", List.of("/official/"));
        folders.put("it-admin", List.of("/admin/"));
        // The later campaigns' pages, opened besides the first campaign's by the users who may see them.
        Map<String, List<String>> later = new LinkedHashMap<>();
        later.put("anonymous", List.of("/", "/public/notice?id=" + w.getJsonNumber("displayNotice"),
                "/public/notice?id=" + w.getJsonNumber("announcement"),
                "/public/display?id=" + w.getJsonNumber("publishedDisplay"),
                "/public/display?id=" + w.getJsonNumber("onDisplayDisplay"),
                "/public/objection?display=" + w.getJsonNumber("onDisplayDisplay"),
                "/public/verify?serial=" + w.getString("revokedSerial")));
        later.put(applicant, List.of("/enterprise/application?id=" + w.getJsonNumber("publishedApplication"),
                "/enterprise/application?id=" + w.getJsonNumber("onDisplayApplication"),
                "/enterprise/application?id=" + w.getJsonNumber("votingApplication")));
        later.put(w.getString("namedRecommender"), List.of("/recommender/application?id=" + w.getJsonNumber("publishedApplication")));
        later.put(expert, List.of("/expert/sheet?seat=" + w.getJsonNumber("chairSeat"), "/expert/consensus?seat=" + w.getJsonNumber("chairSeat"),
                "/expert/consensus?seat=" + w.getJsonNumber("discussedSeat"), "/expert/site-visit?id=" + w.getJsonNumber("publishedVisit")));
        List<String> staff = new ArrayList<>();
        for (String campaign : List.of("published", "onDisplay", "voting")) {
            for (String page : List.of("/official/campaign", "/official/committee", "/official/display", "/official/site-visits")) {
                staff.add(page + "?id=" + w.getJsonNumber(campaign));
            }
        }
        staff.addAll(List.of("/official/eligibility?id=" + w.getJsonNumber("publishedApplication"),
                "/official/eligibility?id=" + w.getJsonNumber("inEligibilityApplication"),
                "/official/review-results?id=" + w.getJsonNumber("discussedRound"),
                "/official/feedback?entry=" + w.getJsonNumber("publishedEntry"),
                "/official/review-results?id=" + w.getJsonNumber("publishedRound"),
                "/official/review-round?id=" + w.getJsonNumber("publishedRound"),
                "/official/enterprises?q=" + URLEncoder.encode("扫描乙", StandardCharsets.UTF_8)));
        later.put("it-official", staff);

        List<String> pages = Surface.pages();
        Browser b = browser();
        List<String> executed = new ArrayList<>();
        Set<String> shownAsText = new TreeSet<>();
        // Which of the later texts each page showed whole, as text, right after its prefix.
        Map<String, Set<String>> textsShown = new java.util.TreeMap<>();
        int visits = 0;
        long sweepStarted = System.nanoTime();
        List<Map.Entry<Long, String>> slowest = new ArrayList<>();
        for (var user : folders.entrySet()) {
            if (user.getKey().equals("anonymous")) {
                b.logout();
            } else {
                b.login(user.getKey(), TestFixtures.PASSWORD);
            }
            List<String> addresses = new ArrayList<>();
            for (String page : pages) {
                if (user.getValue().stream().anyMatch(page::startsWith)) {
                    addresses.add(query.containsKey(page) ? page + "?" + query.get(page) : page);
                }
            }
            addresses.addAll(later.getOrDefault(user.getKey(), List.of()));
            if (user.getKey().equals(applicant)) {
                addresses.add("/public/verify?serial=" + w.getString("serial"));
            }
            for (String address : addresses) {
                long started = System.nanoTime();
                b.open(address);
                visits++;
                Object found = b.driver().executeScript(
                        "return document.querySelectorAll('.xss-probe').length + (window.xssRan ? 1000 : 0);");
                if (((Number) found).intValue() > 0) {
                    executed.add(user.getKey() + " " + address + ": " + found);
                }
                if (b.has("#error-500")) {
                    executed.add(user.getKey() + " " + address + ": the page failed");
                }
                // The text content, not the visible text: a select's options and a text area's contents count as shown.
                String text = (String) b.driver().executeScript("return document.body.textContent;");
                if (text.contains("class=xss-probe")) {
                    shownAsText.add(address.replaceAll("\\?.*", ""));
                }
                for (String prefix : LATER_TEXTS) {
                    if (text.contains(prefix + (prefix.equals("异议人") ? SHORT_PAYLOAD : PAYLOAD))) {
                        textsShown.computeIfAbsent(user.getKey() + " " + address.replaceAll("\\?.*", ""), k -> new TreeSet<>()).add(prefix);
                    }
                }
                slowest.add(Map.entry((System.nanoTime() - started) / 1_000_000, user.getKey() + " " + address));
                saveForTheHtmlChecker(user.getKey(), address, Http.session(b));
            }
        }
        StringBuilder table = new StringBuilder();
        textsShown.forEach((page, texts) -> table.append("  ").append(page).append(": ").append(String.join(", ", texts)).append('\n'));
        slowest.sort(Map.Entry.<Long, String>comparingByKey().reversed());
        System.out.println("Cross-site-scripting sweep: " + visits + " page visits in " + (System.nanoTime() - sweepStarted) / 1_000_000_000
                + " s (slowest: " + slowest.subList(0, Math.min(8, slowest.size())) + "); the payload shown as text on " + shownAsText.size()
                + " pages: " + shownAsText + "\nThe later stages' texts shown whole:\n" + table);
        assertThat(executed).as("pages where the payload became markup or ran").isEmpty();
        assertThat(shownAsText).as("the payload reached the pages that show what was typed")
                .contains("/enterprise/application", "/recommender/application", "/expert/sheet", "/official/enterprise",
                        "/official/review-round", "/public/winners", "/public/verify", "/alliance/", "/alliance/campaign",
                        "/alliance/application", "/official/alliance");
        List<String> missing = new ArrayList<>();
        EXPECTED_LATER.forEach((page, texts) -> texts.stream()
                .filter(t -> !textsShown.getOrDefault(page.replace("{applicant}", applicant).replace("{expert}", expert), Set.of()).contains(t))
                .forEach(t -> missing.add(page + ": " + t)));
        assertThat(missing).as("texts of the later stages that did not reach the page that shows them").isEmpty();
    }

    /**
     * Keeps the page as the server sent it (not as scripts left it) in target/html-pages, where deploy/test.sh runs the
     * W3C Nu HTML checker on every page the sweep opened.
     */
    private void saveForTheHtmlChecker(String user, String address, String session) throws Exception {
        HttpResponse<String> r = Http.send(base.toString(), "GET", address, session, Map.of(), null);
        if (r.statusCode() == 200 && r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            Path dir = Path.of("target", "html-pages");
            Files.createDirectories(dir);
            String name = (user + address).replaceAll("[^A-Za-z0-9._-]+", "_");
            Files.writeString(dir.resolve(name + ".html"), r.body());
        }
    }

    /** Where each text of the later stages must be found whole, as text: the user and the page, then the texts. */
    private static final Map<String, List<String>> EXPECTED_LATER = Map.ofEntries(
            Map.entry("anonymous /", List.of("安全扫描公示", "安全扫描异议")),
            Map.entry("anonymous /public/notice", List.of("安全扫描公示", "津政函")),
            Map.entry("anonymous /public/display", List.of("安全扫描公示", "安全扫描异议")),
            Map.entry("anonymous /public/objection", List.of("安全扫描异议")),
            Map.entry("{applicant} /account/inbox", List.of("退回意见", "资格结论", "撤销依据", "撤销决定")),
            Map.entry("{applicant} /enterprise/application", List.of("推荐意见", "资格结论")),
            Map.entry("{applicant} /enterprise/credit-file", List.of("撤销决定", "承诺内容", "约谈事由", "约谈措施")),
            Map.entry("anonymous /public/credit-profile", List.of("承诺内容")),
            Map.entry("{applicant} /enterprise/cqo", List.of("首席职责", "首席资格", "首席退回")),
            Map.entry("it-official /official/cqo-filing", List.of("首席职责", "首席资格", "首席退回")),
            Map.entry("{applicant} /enterprise/spot-check", List.of("整改措施", "整改退回", "扫描不合格项目")),
            Map.entry("it-official /official/spot-check", List.of("整改措施", "整改退回", "扫描检验机构")),
            Map.entry("it-recommender /recommender/application", List.of("推荐意见", "资格结论")),
            Map.entry("{expert} /expert/consensus", List.of("合议提问", "合议回复", "改分理由", "合议意见")),
            Map.entry("{expert} /expert/site-visit", List.of("现场发现")),
            Map.entry("{expert} /expert/committee", List.of("安全扫描表决")),
            Map.entry("it-official /official/display", List.of("异议人", "异议理由", "调查安排", "异议成立", "异议不成立", "津政函")),
            Map.entry("it-official /official/eligibility", List.of("核查结论", "资格结论", "推荐意见")),
            Map.entry("it-official /official/feedback", List.of("反馈优势", "反馈改进")),
            Map.entry("it-official /official/titles", List.of("撤销依据", "撤销决定")),
            Map.entry("it-official /official/committee", List.of("安全扫描公示", "安全扫描表决")),
            Map.entry("it-official /official/campaigns", List.of("安全扫描公示", "安全扫描异议", "安全扫描表决", "安全扫描资格")));

    @Test
    void aFileWithAFakedExtensionIsRefusedOnThePageAndStoresNothing() throws Exception {
        JsonObject w = world("安全扫描");
        Browser b = browser();
        b.login(w.getString("applicantA"), TestFixtures.PASSWORD);
        b.open("/enterprise/award");
        b.driver().findElements(org.openqa.selenium.By.cssSelector("#open-campaigns tr")).stream()
                .filter(r -> r.getText().contains(w.getString("campaignName"))).findFirst().orElseThrow()
                .findElement(org.openqa.selenium.By.cssSelector("button")).click();
        b.awaitPath("/enterprise/application?");
        Map<String, byte[]> fakes = new LinkedHashMap<>();
        fakes.put("质量手册.pdf", "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1));
        fakes.put("年度报告.pdf", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        fakes.put("组织结构图.png", "GIF89a not a png at all".getBytes(StandardCharsets.US_ASCII));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fakes");
        for (var fake : fakes.entrySet()) {
            java.nio.file.Path file = java.nio.file.Files.write(dir.resolve(fake.getKey()), fake.getValue());
            b.driver().findElement(org.openqa.selenium.By.id("documents:file")).sendKeys(file.toString());
            b.click("documents:upload");
            b.await(d -> b.text("#messages").contains(fake.getKey()));
            assertThat(b.text("#messages")).as(fake.getKey()).contains("类型不受支持");
            assertThat(b.text("[id='documents']")).as(fake.getKey()).doesNotContain(fake.getKey());
        }
        java.nio.file.Path pdf = java.nio.file.Files.writeString(dir.resolve("真实手册.pdf"), "%PDF-1.4\n%%EOF\n");
        b.driver().findElement(org.openqa.selenium.By.id("documents:file")).sendKeys(pdf.toString());
        b.click("documents:upload");
        b.await(d -> b.text("[id='documents']").contains("真实手册.pdf"));
        assertThat(b.text("[id='documents']")).doesNotContain("质量手册.pdf", "年度报告.pdf", "组织结构图.png");
    }

    @Test
    void theLoginPageLocksAnAccountAfterFiveFailuresAndSaysSoInTheUsersLanguage() throws Exception {
        JsonObject w = world("安全扫描");
        String user = w.getString("lockable");
        Browser b = browser();
        b.logout();
        for (int i = 0; i < 5; i++) {
            b.open("/public/login");
            b.type("login:username", user);
            b.type("login:password", "wrong-" + i);
            b.click("login:submit");
            b.await(d -> b.has("#messages .ui-messages-error"));
            assertThat(b.text("#messages")).contains("用户名或密码不正确");
        }
        b.open("/public/login");
        b.type("login:username", user);
        b.type("login:password", TestFixtures.PASSWORD);
        b.click("login:submit");
        b.await(d -> b.has("#messages .ui-messages-error"));
        assertThat(b.text("#messages")).contains("登录失败次数过多");
        assertThat(b.path()).startsWith("/public/login");
    }

    @Test
    void everyAddressCarriesTheSecurityHeadersAndNoApiWriteGoesThroughWithoutThePortalHeader() throws Exception {
        // Signed in, every answer but a static resource also says that nobody may keep it (Cache-Control: no-store).
        List<String> addresses = new ArrayList<>(Surface.pages());
        List<String> writes = new ArrayList<>();
        for (Surface.Operation o : Surface.operations()) {
            String path = o.path().replaceAll("\\{[^}]+}", "1");
            if (o.method().equals("GET")) {
                addresses.add(path);
            } else {
                writes.add(o.method() + " " + path);
            }
        }
        addresses.add("/no-such-page");
        addresses.add("/resources/css/portal.css");
        List<String> missing = new ArrayList<>();
        String official = login("it-official");
        for (String address : addresses) {
            for (String session : java.util.Arrays.asList(null, official)) {
                HttpResponse<String> r = get(address, session);
                var h = r.headers();
                boolean headers = h.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
                        && h.firstValue("X-Frame-Options").orElse("").equals("DENY")
                        && h.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'"))
                        && h.firstValue("Referrer-Policy").isPresent();
                if (!headers) {
                    missing.add(address + (session == null ? " (anonymous)" : " (official)") + " -> " + r.statusCode());
                }
                boolean stored = h.allValues("Cache-Control").stream().noneMatch(v -> v.contains("no-store"));
                if (session != null && stored != address.startsWith("/resources/")) {
                    missing.add(address + (stored ? " may be stored by a browser although signed in" : " is a static resource marked no-store"));
                }
                // One strict script policy: no inline script or handler and no eval, whatever the page; a nonce only
                // where the page's own inline scripts carry it.
                List<String> policies = h.allValues("Content-Security-Policy");
                String scripts = policies.isEmpty() ? "" : policies.get(0).replaceAll(".*script-src ([^;]*).*", "$1");
                if (policies.size() != 1 || scripts.contains("unsafe") || !scripts.startsWith("'self'")) {
                    missing.add(address + (session == null ? " (anonymous)" : " (official)") + " -> script policy " + policies);
                }
                java.util.regex.Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(r.body());
                while (inline.find()) {
                    if (!inline.group(1).contains("nonce=") || !scripts.contains("'nonce-")) {
                        missing.add(address + " has an inline script without the page's nonce");
                        break;
                    }
                }
                if (Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(r.body()).find()) {
                    missing.add(address + " has an inline event handler");
                }
                if (r.body().contains("at cn.tianjin.") || r.body().contains("Exception:")) {
                    missing.add(address + " shows a stack trace");
                }
            }
        }
        assertThat(missing).as("responses without the security headers").isEmpty();
        for (String write : writes) {
            String[] parts = write.split(" ", 2);
            HttpResponse<String> r = Http.send(base.toString(), parts[0], parts[1], official, Map.of("Origin", "http://evil.example"), "x=1");
            assertThat(r.statusCode()).as(write + " without the portal header").isIn(403, 404);
        }
    }

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("<form id=\"([^\"]+)\"(.*?)</form>",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("name=\"([^\"]+)\"");

    /**
     * Every form of every page, as the users who may open it, posted back as a forging site would: from another
     * origin, with every field filled and every button pressed, but with a view state of the forger's making. Nothing
     * may change: the audit log, which every state change writes, has not grown afterwards.
     */
    @Test
    void everyFormPostedWithAForgedViewStateChangesNothing() throws Exception {
        JsonObject w = world("安全扫描");
        Map<String, String> who = new LinkedHashMap<>();
        who.put("/enterprise/", w.getString("applicantB"));
        who.put("/account/", w.getString("applicantB"));
        who.put("/recommender/", w.getString("namedRecommender"));
        who.put("/expert/", w.getString("seatedExpert"));
        who.put("/alliance/", w.getString("evaluator"));
        who.put("/official/", "it-official");
        who.put("/admin/", "it-admin");
        who.put("/public/", null);
        Map<String, String> query = queries(w);
        Map<String, String> sessions = new java.util.HashMap<>();
        for (String user : who.values()) {
            if (user != null) {
                sessions.put(user, login(user));
            }
        }
        long before = auditRows();
        List<String> posted = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (var folder : who.entrySet()) {
            String session = folder.getValue() == null ? null : sessions.get(folder.getValue());
            for (String page : Surface.pages()) {
                if (!page.startsWith(folder.getKey())) {
                    continue;
                }
                String address = query.containsKey(page) ? page + "?" + query.get(page) : page;
                HttpResponse<String> r = get(address, session);
                java.util.regex.Matcher forms = FORM.matcher(r.body());
                while (forms.find()) {
                    StringBuilder body = new StringBuilder();
                    Set<String> names = new TreeSet<>();
                    java.util.regex.Matcher fields = FIELD.matcher(forms.group(2));
                    while (fields.find()) {
                        names.add(fields.group(1));
                    }
                    names.remove("jakarta.faces.ViewState");
                    names.add(forms.group(1));
                    for (String name : names) {
                        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append("=1&");
                    }
                    body.append("jakarta.faces.ViewState=").append(URLEncoder.encode("-4047:-1290", StandardCharsets.UTF_8));
                    HttpResponse<String> forged = Http.send(base.toString(), "POST", address, session,
                            Map.of("Origin", "http://evil.example"), body.toString());
                    posted.add(address + " #" + forms.group(1) + " -> " + forged.statusCode());
                    if (forged.statusCode() >= 500) {
                        wrong.add(address + " #" + forms.group(1) + " -> " + forged.statusCode());
                    }
                }
            }
        }
        System.out.println("Forged form posts:\n" + String.join("\n", posted));
        assertThat(posted).as("forms found").hasSizeGreaterThan(20);
        assertThat(wrong).as("forged posts that failed with an incident").isEmpty();
        assertThat(auditRows()).as("audit rows after " + posted.size() + " forged posts").isEqualTo(before);

        // A real user whose page has expired is brought back to it and told, in their language.
        Browser b = browser();
        b.login("it-official", TestFixtures.PASSWORD);
        b.open("/official/accounts");
        b.driver().executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '-4047:-1290');");
        b.click("list:go");
        b.await(d -> b.has("#messages") && b.text("#messages").contains("页面已过期"));
        assertThat(b.path()).startsWith("/official/accounts");
        assertThat(b.has("#error-expired")).isFalse();
    }

    private long auditRows() throws Exception {
        HttpResponse<String> r = Http.send(base.toString(), "POST", "/api/v1/test-fixtures/sweep/audit-rows", null,
                Map.of("X-Requested-With", "portal"), null);
        return Long.parseLong(r.body().replaceAll("\\D", ""));
    }

    /** The URL parameters that open each page on the world's objects. */
    private static Map<String, String> queries(JsonObject w) {
        Map<String, String> query = new java.util.HashMap<>();
        query.put("/enterprise/application", "id=" + w.getJsonNumber("application"));
        query.put("/enterprise/self-assessment", "id=" + w.getJsonNumber("assessment"));
        query.put("/enterprise/credit-file", "id=" + w.getJsonNumber("enterpriseB"));
        query.put("/recommender/application", "id=" + w.getJsonNumber("application"));
        query.put("/expert/sheet", "seat=" + w.getJsonNumber("seatOfSeated"));
        query.put("/expert/consensus", "seat=" + w.getJsonNumber("seatOfSeated"));
        query.put("/expert/site-visit", "id=" + w.getJsonNumber("visit"));
        query.put("/alliance/campaign", "id=" + w.getJsonNumber("brandCampaign"));
        query.put("/alliance/application", "id=" + w.getJsonNumber("brandApplication"));
        query.put("/alliance/eligibility", "id=" + w.getJsonNumber("brandApplication"));
        query.put("/alliance/brand-index", "id=" + w.getJsonNumber("brandCampaign"));
        query.put("/enterprise/brand-report", "title=" + w.getJsonNumber("brandTitle") + "&year=" + w.getJsonNumber("brandReportYear"));
        query.put("/official/brand-index", "id=" + w.getJsonNumber("brandCampaign"));
        for (String p : List.of("/official/campaign", "/official/committee", "/official/display", "/official/site-visits")) {
            query.put(p, "id=" + w.getJsonNumber("campaign"));
        }
        query.put("/official/eligibility", "id=" + w.getJsonNumber("application"));
        query.put("/official/enterprise", "id=" + w.getJsonNumber("enterpriseB"));
        query.put("/official/cqo-filing", "id=" + w.getJsonNumber("cqoFiling"));
        query.put("/official/spot-check", "id=" + w.getJsonNumber("spotCheck"));
        query.put("/official/report", "id=" + w.getJsonNumber("periodicReport"));
        query.put("/official/target", "id=" + w.getJsonNumber("cityTarget"));
        query.put("/official/analysis-report", "id=" + w.getJsonNumber("analysisReport"));
        query.put("/official/national-round", "id=" + w.getJsonNumber("nationalRound"));
        query.put("/official/national-nominee", "id=" + w.getJsonNumber("nationalNominee"));
        query.put("/account/periodic-report", "id=" + w.getJsonNumber("periodicReport") + "&period=" + w.getString("reportPeriod"));
        query.put("/public/credit-profile", "code=" + w.getString("codeB"));
        query.put("/enterprise/spot-check", "id=" + w.getJsonNumber("spotCheck"));
        query.put("/official/feedback", "entry=" + w.getJsonNumber("entry"));
        query.put("/official/review-results", "id=" + w.getJsonNumber("round"));
        query.put("/official/review-round", "id=" + w.getJsonNumber("round"));
        query.put("/alliance/review-results", "id=" + w.getJsonNumber("round"));
        query.put("/alliance/review-round", "id=" + w.getJsonNumber("round"));
        query.put("/public/winners", "q=" + URLEncoder.encode("扫描乙", StandardCharsets.UTF_8));
        query.put("/public/verify", "serial=" + w.getString("serial"));
        if (w.containsKey("onDisplayDisplay")) {
            query.put("/public/display", "id=" + w.getJsonNumber("onDisplayDisplay"));
            query.put("/public/objection", "display=" + w.getJsonNumber("onDisplayDisplay"));
        }
        return query;
    }

    private static boolean refusedPage(HttpResponse<String> r) {
        return r.body().contains("id=\"error-404\"") || r.body().contains("id=\"error-403\"");
    }
}
