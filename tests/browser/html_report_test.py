#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium driven by ChromeDriver.

    tests/browser/html_report_test.py PATH_TO_NEWSGRAPH [ARTEFACT_DIR]

Ingests the bundled examples into a scratch database, exports the report
(`export --format html`), opens it in Chromium and checks the rendered page:
every entity and relation of the JSON export is drawn, a search narrows the
view to the match and its neighbours, a click on a relation shows its
evidence with the trigger marked, and hostile names stay text. Screenshots
of the overview, the search and the evidence go to ARTEFACT_DIR (default:
test-artefacts/ beside the binary).

The browser is spoken to over the W3C WebDriver protocol (plain HTTP and
JSON, Python's standard library), so nothing beyond the Debian packages
chromium and chromium-driver is needed (tools/install-deps.sh installs
them). Exit status: 0 pass, 1 fail, 77 skip (no Chromium or ChromeDriver;
under CI=true that is a failure), 2 bad usage.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Fail(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Fail(message)


class WebDriver:
    """The few WebDriver commands the test needs."""

    def __init__(self, driver_path, browser_path):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen([driver_path, "--port=%d" % self.port],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise Fail("chromedriver did not start")
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": browser_path, "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.load(r)["value"]
        except urllib.error.HTTPError as e:
            value = json.load(e).get("value", {})
            raise Fail("%s %s: %s" % (method, path, value.get("message", value)))

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})
        for _ in range(100):
            if self.js("return document.body && document.body.dataset.ready") == "1":
                return
            time.sleep(0.1)
        raise Fail("the report did not finish drawing: " + url)

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        found = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("GET", "/screenshot")))

    def close(self):
        try:
            self.call("DELETE", "/session/" + self.session)
        finally:
            self.process.terminate()
            self.process.wait(10)


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise Fail("%s failed (%d): %s" % (" ".join(cmd), r.returncode, r.stderr))
    return r.stdout


def visible(driver):
    return (int(driver.js("return document.body.dataset.visibleNodes")),
            int(driver.js("return document.body.dataset.visibleEdges")))


def test_examples(newsgraph, driver, tmp, artefacts):
    db = os.path.join(tmp, "examples.db")
    run([newsgraph, "ingest", "--quiet", "--db", db, os.path.join(ROOT, "examples")])
    graph = json.loads(run([newsgraph, "export", "--db", db, "--format", "json"]))
    report = os.path.join(tmp, "examples.html")
    run([newsgraph, "export", "--db", db, "--format", "html", "-o", report])
    url = "file://" + report

    # Overview: every entity and relation drawn; at first those with a
    # relation shown (the cap's default), the slider shows the others.
    linked = {x for e in graph["edges"] for x in (e["source"], e["target"])}
    driver.go(url)
    drawn_nodes = driver.js("return document.querySelectorAll('#graph g.node').length")
    drawn_edges = driver.js("return document.querySelectorAll('#graph g.edge').length")
    check(drawn_nodes == len(graph["nodes"]), "drawn %d entities, the graph has %d" % (drawn_nodes, len(graph["nodes"])))
    check(drawn_edges == len(graph["edges"]), "drawn %d relations, the graph has %d" % (drawn_edges, len(graph["edges"])))
    check(visible(driver) == (len(linked), len(graph["edges"])), "overview shows %s" % (visible(driver),))
    driver.screenshot(os.path.join(artefacts, "html-report-overview.png"))
    driver.js("const c = document.getElementById('cap'); c.value = c.max; c.dispatchEvent(new Event('input'));")
    check(visible(driver)[0] == len(graph["nodes"]), "the cap slider does not show every entity")
    driver.go(url + "#")

    # Search: typing a name keeps the match and its neighbours.
    target = max(graph["nodes"], key=lambda n: sum(e["source"] == n["id"] or e["target"] == n["id"] for e in graph["edges"]))
    neighbours = {target["id"]}
    for e in graph["edges"]:
        if target["id"] in (e["source"], e["target"]):
            neighbours.update((e["source"], e["target"]))
    driver.s("POST", "/element/%s/value" % driver.find("#search"), {"text": target["name"]})
    nodes, edges = visible(driver)
    check(nodes == len(neighbours),
          "search %r shows %d entities, expected %d (it and its neighbours)" % (target["name"], nodes, len(neighbours)))
    check(0 < edges < len(graph["edges"]), "search shows %d relations" % edges)
    check("q=" in driver.js("return location.hash"), "the search is not in the URL hash")
    driver.screenshot(os.path.join(artefacts, "html-report-search.png"))
    driver.s("POST", "/element/%s/clear" % driver.find("#search"), {})
    check(visible(driver)[0] == len(linked), "clearing the search does not show everything again")

    # A click on a relation shows its evidence, the trigger marked.
    with_evidence = [e for e in graph["edges"] if e.get("evidence")]
    check(with_evidence, "the examples have no relation with evidence")
    clicked = None
    for e in with_evidence:
        try:
            driver.s("POST", "/element/%s/click" % driver.find('g.edge[data-id="%s"] line.hit' % e["id"]), {})
        except Fail:
            continue  # covered by a node: try another
        if driver.js("return new URLSearchParams(location.hash.slice(1)).get('edge')") == e["id"]:
            clicked = e
            break
    check(clicked is not None, "no relation could be clicked")
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    heading = driver.js("return document.querySelector('#info h2').textContent")
    check(names[clicked["source"]] in heading and names[clicked["target"]] in heading and clicked["type"] in heading,
          "the panel shows %r for %s" % (heading, clicked["id"]))
    sentences = driver.js("return [...document.querySelectorAll('#info .evidence .sentence')].map(p => p.textContent)")
    check(len(sentences) == len(clicked["evidence"]),
          "%d evidence sentences shown, %d exported" % (len(sentences), len(clicked["evidence"])))
    for ev in clicked["evidence"]:
        check(ev["text"] in sentences, "evidence %r not shown" % ev["text"])
    marks = driver.js("return [...document.querySelectorAll('#info .evidence mark')].map(m => m.textContent)")
    check(marks and all(m.strip() for m in marks), "no trigger marked: %r" % marks)
    driver.screenshot(os.path.join(artefacts, "html-report-evidence.png"))

    # The hash opens a view: a bookmarked search.
    driver.go(url + "#q=" + urllib.request.quote(target["name"]))
    check(visible(driver)[0] == len(neighbours), "the #q= hash does not narrow the view")


def test_hostile(newsgraph, driver, tmp):
    """Names that look like markup are drawn as text and run nothing."""
    evil = '</script><img src=x onerror="document.title=\'pwned\'"><b>Evil</b>'
    gaz = os.path.join(tmp, "hostile.tsv")
    with open(gaz, "w", encoding="utf-8") as f:
        f.write("id\ttype\tname\taliases\tacronyms\tdemonyms\tcapitals\tcapital\tcountry\trole\tsource\tretrieved\n")
        f.write("org:evil\tORG\t%s\tEvil Corp\t\t\t\t\t\t\ttest\t2026-12-07\n" % evil)
    text = os.path.join(tmp, "2024-11-05-evil.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write("France condemned Evil Corp on Monday.\n")
    db = os.path.join(tmp, "hostile.db")
    run([newsgraph, "ingest", "--quiet", "--add-gazetteer", gaz, "--db", db, text])
    report = os.path.join(tmp, "hostile.html")
    run([newsgraph, "export", "--db", db, "--format", "html", "--title", evil, "-o", report])
    driver.go("file://" + report)
    check(driver.js("return document.querySelectorAll('img, b').length") == 0, "markup from a name reached the page")
    check(driver.js("return document.title") == evil, "the title is not the text given")
    labels = driver.js("return [...document.querySelectorAll('#graph g.node text')].map(t => t.textContent)")
    check(evil in labels, "the hostile name is not drawn as text: %r" % labels)


def main():
    if len(sys.argv) not in (2, 3) or not os.access(sys.argv[1], os.X_OK):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    newsgraph = os.path.abspath(sys.argv[1])
    artefacts = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(newsgraph), "test-artefacts")
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if not browser or not driver_path:
        message = "Chromium or ChromeDriver is not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            print("FAIL: " + message + "; CI must run the browser tests", file=sys.stderr)
            return 1
        print("SKIP: " + message)
        return 77
    os.makedirs(artefacts, exist_ok=True)
    env_home = tempfile.mkdtemp(prefix="ng-browser-home-")
    os.environ["HOME"] = env_home  # Chromium writes its profile there
    driver = None
    try:
        with tempfile.TemporaryDirectory(prefix="ng-html-") as tmp:
            driver = WebDriver(driver_path, browser)
            test_examples(newsgraph, driver, tmp, artefacts)
            test_hostile(newsgraph, driver, tmp)
    except Fail as e:
        print("FAIL: %s" % e, file=sys.stderr)
        return 1
    finally:
        if driver:
            driver.close()
        shutil.rmtree(env_home, ignore_errors=True)
    print("PASS: the HTML report renders, searches, shows evidence and escapes names; screenshots in " + artefacts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
