#!/usr/bin/env python3
"""Fail-over test of the portal cluster started by deploy/cluster/start.sh (called by failover-test.sh).

Logs in through nginx as an administrator account made for the test, works on the staff accounts page (a view-scoped
page: creates an account, then filters the list), kills the instance that served it with SIGKILL, and carries on in
the same browser session: a page still shows the user logged in, and a postback on the same view, answered by the
other instance, creates another account and re-renders the list with the filter the view kept from before the
fail-over. Every step prints PASS or FAIL; the exit status is the number of failures (0 when all passed).
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
    """The format of Jakarta Security's Pbkdf2PasswordHash, with the parameters AccountService uses."""
    salt = secrets.token_bytes(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 120000, 32)
    return "PBKDF2WithHmacSHA256:120000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())


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
    m = re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"', page) \
        or re.search(r'<update id="[^"]*jakarta\.faces\.ViewState[^"]*"><!\[CDATA\[([^\]]+)\]\]>', page)
    return html.unescape(m.group(1)) if m else None


def served_by(headers):
    return headers.get("X-Served-By", "?")


def main():
    started = time.monotonic()
    tag = secrets.token_hex(3)
    username, password = f"failover-admin-{tag}", "Fo-" + secrets.token_urlsafe(12)
    sql("INSERT INTO user_account (username, display_name, email, role, enterprise_admin, password_hash, status, demo,"
        " locale, created_at, version) VALUES ('%s', 'Failover Tester %s', '%s@cluster.test', 'ADMIN', FALSE, '%s',"
        " 'ACTIVE', FALSE, 'en', NOW(6), 0)" % (username, tag, username, pbkdf2(password)))
    step(True, f"created the production account {username} (role admin) in the database")

    # Log in through nginx.
    status, headers, page = request("/public/login")
    vs = view_state(page)
    if not step(status == 200 and vs is not None, "login page", f"HTTP {status}, served by {served_by(headers)}"):
        return
    status, headers, page = request("/public/login", {"login": "login", "login:username": username,
                                                      "login:password": password, "login:submit": "",
                                                      "jakarta.faces.ViewState": vs})
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
    before, after, marker = f"probe-{tag}-before", f"probe-{tag}-after", f"probe-{tag}"

    def create(name):
        return request("/official/accounts", {
            "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "create:submit",
            "jakarta.faces.partial.execute": "create", "jakarta.faces.partial.render": "create list messages",
            "create:submit": "create:submit", "create": "create", "create:role_input": "EXPERT",
            "create:username": name, "create:displayName": "Probe " + name, "create:email": name + "@cluster.test",
            "create:phone": "", "create:organisation": "Cluster test", "create:district_input": "",
            "jakarta.faces.ViewState": vs}, ajax=True)

    status, headers, page = create(before)
    step(status == 200 and "<partial-response" in page and before in page and "ViewExpired" not in page,
         f"postback on the view: account {before} created", f"served by {served_by(headers)}")
    status, headers, page = request("/official/accounts", {
        "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "list:go",
        "jakarta.faces.partial.execute": "list", "jakarta.faces.partial.render": "list:accounts",
        "list:go": "list:go", "list": "list", "list:text": marker, "list:roleFilter_input": "",
        "jakarta.faces.ViewState": vs}, ajax=True)
    rows = re.findall(r"probe-%s-\w+" % tag, page)
    step(status == 200 and before in rows and username not in page, f"postback on the view: list filtered to '{marker}'",
         f"served by {served_by(headers)}")
    owner = served_by(headers)
    if not step(owner.startswith("node"), "the instance holding the session named itself", owner):
        return

    # Kill that instance without warning.
    pid = int(open(f"{DIR}/{owner}.pid").read().strip())
    os.kill(pid, signal.SIGKILL)
    killed_at = time.monotonic()
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
    print(f"{'PASSED' if failures == 0 else 'FAILED'}: {failures} failure(s); {time.monotonic() - started:.1f} s", flush=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a broken step is a failure, reported, not a traceback only
        step(False, "unexpected error", repr(e))
    sys.exit(min(failures, 100))
