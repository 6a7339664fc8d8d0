#!/usr/bin/env python3
"""Fail-over test of the portal cluster started by deploy/cluster/start.sh (called by failover-test.sh).

Logs in through nginx as an administrator account made for the test, works on the staff accounts page (a view-scoped
page: creates an account, then filters the list), kills the instance that served it with SIGKILL, and carries on in
the same browser session: a page still shows the user logged in, and a postback on the same view, answered by the
other instance, creates another account and re-renders the list with the filter the view kept from before the
fail-over. Meanwhile other administrators (sessions of their own, on both instances) create accounts as fast as they
can, before, during and after the kill: every creation the portal confirmed is stored, and every account stored, confirmed
or not, is complete (its audit entry and invitation written with it, once). Every step prints PASS or FAIL; the exit
status is the number of failures (0 when all passed).
"""
import base64
import hashlib
import html
import http.cookiejar
import os
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

BASE = os.environ.get("BASE", "http://127.0.0.1:28080")
DIR = os.environ.get("CLUSTER_DIR", "/tmp/quality-cluster")
failures = 0


def step(ok, text, detail=""):
    global failures
    if not ok:
        failures += 1
    print(("PASS  " if ok else "FAIL  ") + text + (f"  ({detail})" if detail else ""), flush=True)
    return ok


def sql(statement):
    out = subprocess.run(["mariadb", "--no-defaults", f"--socket={DIR}/db.sock", "-uroot", "-N", "-B", "quality",
                          "-e", statement], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def pbkdf2(password):
    """The format of Jakarta Security's Pbkdf2PasswordHash, with the parameters PasswordHasher (platform/security) uses."""
    salt = secrets.token_bytes(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000, 32)
    return "PBKDF2WithHmacSHA256:600000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


cookies = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies), NoRedirect)


def request(path, data=None, ajax=False):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(BASE + path, data=body)
    if ajax:
        req.add_header("Faces-Request", "partial/ajax")
        req.add_header("X-Requested-With", "XMLHttpRequest")
    try:
        with browser.open(req, timeout=60) as r:
            return r.status, r.headers, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8", "replace")


def view_state(page):
    """
    What a postback of the page must send besides its fields: the view state and the page's script nonce (every form
    carries it; the script policy refuses a postback without it). None when the page has no form.
    """
    m = re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"', page) \
        or re.search(r'<update id="[^"]*jakarta\.faces\.ViewState[^"]*"><!\[CDATA\[([^\]]+)\]\]>', page)
    nonce = re.search(r'name="primefaces\.nonce" value="([^"]+)"', page)
    if not m:
        return None
    return {"jakarta.faces.ViewState": html.unescape(m.group(1)), "primefaces.nonce": nonce.group(1) if nonce else ""}


def served_by(headers):
    return headers.get("X-Served-By", "?")


def add_admin(username, display_name, password):
    """An administrator account straight in the database (production mode has no demo accounts)."""
    sql("INSERT INTO user_account (username, display_name, email, role, enterprise_admin, password_hash, status, demo,"
        " locale, created_at, version) VALUES ('%s', '%s', '%s@cluster.test', 'ADMIN', FALSE, '%s',"
        " 'ACTIVE', FALSE, 'en', NOW(6), 0)" % (username, display_name, username, pbkdf2(password)))


def create_post(name, vs, render):
    """The accounts page's Ajax post that creates an expert account of that name, re-rendering the given parts."""
    return {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "create:submit",
            "jakarta.faces.partial.execute": "create", "jakarta.faces.partial.render": render,
            "create:submit": "create:submit", "create": "create", "create:role_input": "EXPERT",
            "create:username": name, "create:displayName": "Test " + name, "create:email": name + "@cluster.test",
            "create:phone": "", "create:organisation": "Cluster test", "create:district_input": "",
            **vs}


BURST_USERS = 6


class Burst:
    """
    Administrators creating accounts one after another on the accounts page, each in a session of their own: half of
    the sessions live on the instance about to be killed, half on the other (a session whose id hashes to the wrong
    instance is given up and another one opened).
    """

    def __init__(self, tag, password, doomed):
        self.tag, self.password, self.doomed = tag, password, doomed
        # Accounts of their own: nothing of the user followed through the fail-over is shared with them.
        self.usernames = [f"burst-admin-{tag}-{n}" for n in range(BURST_USERS)]
        for name in self.usernames:
            add_admin(name, "Burst " + name, password)
        self.stop, self.killed = threading.Event(), threading.Event()
        self.ready = threading.Barrier(BURST_USERS + 1)
        self.asked, self.confirmed, self.unconfirmed, self.errors = [], [], [], []
        self.served = {}  # (instance, "before"/"after" the kill) -> confirmed creations
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.user, args=(n,), daemon=True) for n in range(BURST_USERS)]

    def start(self):
        for t in self.threads:
            t.start()
        self.ready.wait(120)

    def finish(self):
        self.stop.set()
        for t in self.threads:
            t.join(120)

    def user(self, n):
        opener = None

        def send(path, data=None, ajax=False):
            req = urllib.request.Request(BASE + path, data=urllib.parse.urlencode(data).encode() if data else None)
            if ajax:
                req.add_header("Faces-Request", "partial/ajax")
                req.add_header("X-Requested-With", "XMLHttpRequest")
            try:
                with opener.open(req, timeout=60) as r:
                    return r.status, r.read().decode("utf-8", "replace"), served_by(r.headers)
            except urllib.error.HTTPError as e:
                return e.code, e.read().decode("utf-8", "replace"), served_by(e.headers)
            except Exception as e:  # the connection dropped with the instance, or the answer was cut off
                return 0, repr(e), "?"

        def log_in():
            status, page, _ = send("/public/login")
            login_vs = view_state(page)
            if login_vs:
                send("/public/login", {"login": "login", "login:username": self.usernames[n],
                                       "login:password": self.password, "login:submit": "",
                                       **login_vs})

        want_doomed = n % 2 == 0
        vs = None
        for _ in range(30):  # a fresh session until it lives where this user should
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
            log_in()
            status, page, where = send("/official/accounts")
            if status == 200 and (where == self.doomed) == want_doomed:
                vs = view_state(page)
                break
        try:
            self.ready.wait(120)
        except threading.BrokenBarrierError:
            pass
        i = 0
        while not self.stop.is_set():
            if vs is None:  # the view was lost with its instance, or the session: open the page again
                status, page, _ = send("/official/accounts")
                if status in (302, 303) or 'id="login"' in page:
                    log_in()
                    continue
                vs = view_state(page) if status == 200 else None
                if vs is None:
                    time.sleep(0.2)
                    continue
            name = f"burst-{self.tag}-{n}-{i}"
            i += 1
            with self.lock:
                self.asked.append(name)
            status, page, where = send("/official/accounts", create_post(name, vs, "messages"), ajax=True)
            confirmed = status == 200 and "<partial-response" in page and (
                f"account {name} was created" in page or f"账户 {name} 已创建" in page)
            with self.lock:
                (self.confirmed if confirmed else self.unconfirmed).append(name)
                if confirmed:
                    key = (where, "after" if self.killed.is_set() else "before")
                    self.served[key] = self.served.get(key, 0) + 1
                else:
                    self.errors.append(f"{name}: HTTP {status} " + re.sub(r"\s+", " ", page))
            if not confirmed:
                vs = None


def check_burst(burst, other):
    stored = set(sql(f"SELECT username FROM user_account WHERE username LIKE 'burst-{burst.tag}-%'").split())
    confirmed, unconfirmed = set(burst.confirmed), set(burst.unconfirmed)
    counts = ", ".join(f"{k[0]} {k[1]} the kill: {v}" for k, v in sorted(burst.served.items()))
    step(burst.served.get((burst.doomed, "before"), 0) > 0 and burst.served.get((other, "after"), 0) > 0,
         f"{len(confirmed)} account creations confirmed during the burst, {len(unconfirmed)} not confirmed"
         " (cut off by the kill)", counts)
    # An answer the instance had begun to send when it died can only be cut off (the browser shows a failed load);
    # one it had not begun is nginx's to give, and must be the page in both languages.
    untold = [e for e in burst.errors if ": HTTP 0 " not in e
              and ("服务暂时不可用" not in e or "Service briefly unavailable" not in e)]
    step(not untold, "the creations cut off were answered with the page saying so in both languages, or cut off"
         " mid-answer", "; ".join(e[:200] for e in untold[:2]))
    lost = sorted(confirmed - stored)
    step(not lost, "every confirmed creation is stored", ", ".join(lost[:5]) or f"{len(confirmed)} of {len(confirmed)}")
    step(stored <= set(burst.asked), "nothing stored that was never asked for",
         f"{len(stored - confirmed)} of the {len(set(burst.asked) - confirmed)} creations not confirmed were done"
         " (complete, below): their answers were lost with the instance")
    incomplete = sql("SELECT u.username FROM user_account u WHERE u.username LIKE 'burst-%s-%%' AND ("
                     "(SELECT COUNT(*) FROM audit_entry e WHERE e.object_type = 'account' AND e.action = 'create'"
                     " AND e.object_id = CAST(u.id AS CHAR)) <> 1"
                     " OR (SELECT COUNT(*) FROM mail_message m WHERE m.recipient = u.email) <> 1)" % burst.tag)
    step(incomplete == "", f"each of the {len(stored)} stored accounts has exactly one audit entry and one invitation"
         " (nothing half-written)", incomplete.replace("\n", ", "))


def main():
    started = time.monotonic()
    tag = secrets.token_hex(3)
    username, password = f"failover-admin-{tag}", "Fo-" + secrets.token_urlsafe(12)
    add_admin(username, f"Failover Tester {tag}", password)
    step(True, f"created the production account {username} (role admin) in the database")

    # Log in through nginx.
    status, headers, page = request("/public/login")
    vs = view_state(page)
    if not step(status == 200 and vs is not None, "login page", f"HTTP {status}, served by {served_by(headers)}"):
        return
    status, headers, page = request("/public/login", {"login": "login", "login:username": username,
                                                      "login:password": password, "login:submit": "",
                                                      **vs})
    location = headers.get("Location", "")
    if not step(status in (302, 303) and "/public/login" not in location, "logged in",
                f"HTTP {status} to {location}, served by {served_by(headers)}"):
        return

    # The view-scoped staff accounts page: create an account, then filter the list (both postbacks on one view).
    status, headers, page = request("/official/accounts")
    vs = view_state(page)
    first = served_by(headers)
    if not step(status == 200 and vs is not None and "id=\"create\"" in page, "opened /official/accounts",
                f"served by {first}"):
        return
    # Numbered ids (j_idt64) are handed out in the order an instance first meets them and differ between instances.
    step(re.search(r'id="[^"]*j_idt\d', page) is None, "the page's component ids follow from its source alone",
         "the same on every instance")
    before, after, marker = f"probe-{tag}-before", f"probe-{tag}-after", f"probe-{tag}"

    def create(name):
        return request("/official/accounts", create_post(name, vs, "create list messages"), ajax=True)

    status, headers, page = create(before)
    step(status == 200 and "<partial-response" in page and before in page and "ViewExpired" not in page,
         f"postback on the view: account {before} created", f"served by {served_by(headers)}")
    status, headers, page = request("/official/accounts", {
        "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "list:go",
        "jakarta.faces.partial.execute": "list", "jakarta.faces.partial.render": "list:accounts",
        "list:go": "list:go", "list": "list", "list:text": marker, "list:roleFilter_input": "",
        **vs}, ajax=True)
    rows = re.findall(r"probe-%s-\w+" % tag, page)
    step(status == 200 and before in rows and username not in page, f"postback on the view: list filtered to '{marker}'",
         f"served by {served_by(headers)}")
    owner = served_by(headers)
    if not step(owner.startswith("node"), "the instance holding the session named itself", owner):
        return

    # Other administrators create accounts as fast as they can while the instance dies.
    burst = Burst(tag, password, owner)
    burst.start()
    time.sleep(3)

    # Kill that instance without warning.
    pid = int(open(f"{DIR}/{owner}.pid").read().strip())
    os.kill(pid, signal.SIGKILL)
    killed_at = time.monotonic()
    burst.killed.set()
    for _ in range(50):
        try:
            os.kill(pid, 0)
            time.sleep(0.1)
        except ProcessLookupError:
            break
    step(True, f"killed {owner} (pid {pid}) with SIGKILL")

    # The same session carries on on the other instance.
    status, headers, page = request("/")
    other = served_by(headers)
    step(status == 200 and other != owner and other.startswith("node"), "home page answered by the other instance",
         f"{other}, {time.monotonic() - killed_at:.1f} s after the kill")
    step(f"Failover Tester {tag}" in page and 'id="user-name"' in page, "still logged in after the fail-over",
         "the page shows the user's name")
    status, headers, page = create(after)
    failed_over = served_by(headers)
    step(status == 200 and "<partial-response" in page and "<redirect" not in page, "postback on the same view after the fail-over",
         f"HTTP {status}, served by {failed_over}, no redirect to login")
    step("ViewExpired" not in page and "expired" not in page.lower(), "the view was not expired")
    rows = sorted(set(re.findall(r"probe-%s-\w+" % tag, page)))
    step(after in page and before in rows and after in rows and username not in page,
         "the view kept its state: the new account appears in the list still filtered as before the fail-over",
         ", ".join(rows))
    stored = sql(f"SELECT COUNT(*) FROM user_account WHERE username = '{after}' AND role = 'EXPERT'")
    step(stored == "1", f"account {after} created after the fail-over is stored in the database")
    status, headers, page = request("/official/accounts")
    step(status == 200 and 'id="create"' in page, "a protected page opens in the same session",
         f"served by {served_by(headers)}")
    time.sleep(max(0.0, 3 - (time.monotonic() - killed_at)))
    burst.finish()
    check_burst(burst, other)
    print(f"{'PASSED' if failures == 0 else 'FAILED'}: {failures} failure(s); {time.monotonic() - started:.1f} s", flush=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a broken step is a failure, reported, not a traceback only
        step(False, "unexpected error", repr(e))
    sys.exit(min(failures, 100))
