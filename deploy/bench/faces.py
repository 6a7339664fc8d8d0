#!/usr/bin/env python3
"""Helpers for deploy/bench.sh that speak to Faces pages the way a browser does.

  faces.py login BASE USER PASSWORD         prints the Cookie header of a logged-in session
  faces.py sheet BASE COOKIE SEAT           prints "path<TAB>cookie<TAB>body<TAB>expected": the score sheet's Ajax save,
                                            as the page posts it (every field of the form, the view state, one percentage
                                            changed), and the text a confirmed save shows
  faces.py table BASE COOKIE PATH FORM TABLE ACTION
                                            the same for a list page's lazy table, as PrimeFaces posts it:
                                            search:FIELD=VALUE (the form's search button), page:N (the N-th page),
                                            sort (the first sortable column, ascending)
"""
import html.parser
import re
import http.cookiejar
import sys
import urllib.parse
import urllib.request

VIEW_STATE = "jakarta.faces.ViewState"


class Form(html.parser.HTMLParser):
    """Collects the fields of one form: inputs, selected options, text areas."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.select_value = None
        self.first_option = None
        self.textarea = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if "disabled" in a:
                return
            self.fields.append([a["name"], a.get("value", "")])
        elif tag == "select" and a.get("name") and "disabled" not in a:
            self.select = a["name"]
            self.select_value = None
            self.first_option = None
        elif tag == "option" and self.select:
            if self.first_option is None:
                self.first_option = a.get("value", "")
            if "selected" in a:
                self.select_value = a.get("value", "")
        elif tag == "textarea" and a.get("name") and "disabled" not in a:
            self.textarea = a["name"]
            self.text = ""

    def handle_data(self, data):
        if self.textarea:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "select" and self.select:
            value = self.select_value if self.select_value is not None else self.first_option
            self.fields.append([self.select, value or ""])
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.fields.append([self.textarea, self.text.lstrip("\n")])
            self.textarea = None


def opener():
    jar = http.cookiejar.CookieJar()
    return jar, urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def fields(page, form_id):
    parser = Form(form_id)
    parser.feed(page)
    return parser.fields


def login(base, user, password):
    jar, web = opener()
    page = web.open(base + "/public/login").read().decode("utf-8")
    form = dict(fields(page, "login"))
    form["login:username"] = user
    form["login:password"] = password
    form["login:submit"] = ""
    reply = web.open(base + "/public/login", urllib.parse.urlencode(form).encode())
    if "/public/login" in reply.geturl():
        sys.exit("login failed for " + user)
    print("; ".join(c.name + "=" + c.value for c in jar))


class SortableHeaders(html.parser.HTMLParser):
    """The ids of a table's sortable column headers, in order."""

    def __init__(self, table_id):
        super().__init__(convert_charrefs=True)
        self.prefix = table_id + ":"
        self.ids = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "th" and a.get("id", "").startswith(self.prefix) and "ui-sortable-column" in a.get("class", ""):
            self.ids.append(a["id"])


def table(base, cookie, path, form_id, table_id, action):
    request = urllib.request.Request(base + path, headers={"Cookie": cookie})
    page = urllib.request.urlopen(request).read().decode("utf-8")
    form = fields(page, form_id)
    if not any(name == VIEW_STATE for name, _ in form):
        sys.exit("no form " + form_id + " on " + path)
    table = form_id + ":" + table_id
    if action.startswith("search:"):
        name, _, value = action[len("search:"):].partition("=")
        for f in form:
            if f[0] == form_id + ":" + name:
                f[1] = value
        button = form_id + ":go"
        head = [("jakarta.faces.source", button), ("jakarta.faces.partial.execute", form_id),
                ("jakarta.faces.partial.render", table), (button, button)]
    else:
        head = [("jakarta.faces.source", table), ("jakarta.faces.partial.execute", table),
                ("jakarta.faces.partial.render", table), (table, table), (table + "_skipChildren", "true"),
                (table + "_encodeFeature", "true")]
        if action.startswith("page:"):
            rows = rows_of(page, table)
            head += [(table + "_pagination", "true"), (table + "_first", str((int(action[5:]) - 1) * rows)),
                     (table + "_rows", str(rows))]
        elif action == "sort":
            headers = SortableHeaders(table)
            headers.feed(page)
            if not headers.ids:
                sys.exit("no sortable column in " + table)
            head += [(table + "_sorting", "true"), (table + "_sortKey", headers.ids[0]), (table + "_sortDir", "1")]
        else:
            sys.exit("unknown action " + action)
    body = [("jakarta.faces.partial.ajax", "true")] + head + [tuple(f) for f in form]
    # A table's answer names the table in an update; anything else (an error, an expired view) is a bad answer.
    print(path + "\t" + cookie + "\t" + urllib.parse.urlencode(body) + "\t" + 'id="' + table + '"')


def rows_of(page, table):
    """The page size a paginator was rendered with (its "rows" option in the widget's script)."""
    found = re.search(re.escape(table) + r'.{0,4000}?rows:(\d+)', page, re.S)
    return int(found.group(1)) if found else 20


def sheet(base, cookie, seat):
    path = "/expert/sheet?seat=" + seat
    request = urllib.request.Request(base + path, headers={"Cookie": cookie})
    page = urllib.request.urlopen(request).read().decode("utf-8")
    form = fields(page, "sheet")
    if not any(name == VIEW_STATE for name, _ in form):
        sys.exit("no score sheet form for seat " + seat)
    # The expert changes one percentage and presses Save: PrimeFaces posts the whole form (the button's process="@form",
    # sent as the form's id) and redraws the messages.
    for f in form:
        if f[0].endswith(":percent"):
            f[1] = "50"
            break
    body = [("jakarta.faces.partial.ajax", "true"), ("jakarta.faces.source", "sheet:save"),
            ("jakarta.faces.partial.execute", "sheet"), ("jakarta.faces.partial.render", "messages"),
            ("sheet:save", "sheet:save")] + [tuple(f) for f in form]
    print(path + "\t" + cookie + "\t" + urllib.parse.urlencode(body) + "\t草稿已保存")


if __name__ == "__main__":
    if sys.argv[1] == "login":
        login(*sys.argv[2:5])
    elif sys.argv[1] == "sheet":
        sheet(*sys.argv[2:5])
    elif sys.argv[1] == "table":
        table(*sys.argv[2:8])
    else:
        sys.exit(__doc__)
