#!/usr/bin/env python3
"""Browser checks of a built Lentera site's search page (`cari/`, Pagefind's index).

    .build/e2e-venv/bin/python Tests/e2e/check_search.py --site DIR [--screenshots DIR]

The site must have been built with the search index (a Pagefind binary found by
`lentera build`; docs/search.md). It is served over HTTP on 127.0.0.1 (Pagefind loads
its index with fetch, which a file:// page cannot), and headless Chromium checks:

  * typing `ktp` into the search box finds the KTP-el service;
  * an inflected Indonesian word that appears nowhere in the site (checked) finds pages
    that hold its root in another form (`mendaftarkan` → `pendaftaran`, `kelahirannya`
    → `kelahiran`): Pagefind stems Indonesian, because the pages are `lang="id"`;
  * the header's form lands on results: `cari/?q=ktp` shows them;
  * choosing a filter (Biaya: Gratis) narrows the results: fewer, and every page shown
    carries that filter in its head; the fold's summary says "Saring hasil (1 dipilih)";
  * on a 375×800 phone, after searching `ktp`, the filters are folded in a closed
    "Saring hasil" and the first result starts within the first screen (800 px);
  * Pagefind's clear button ("Bersihkan") is at least 16 px, in the theme's font;
  * the filters offer no value without results (no "(0)"), the "Jenis" filter has no
    value named like another filter ("Unit kerja"), the completion times are words,
    not symbols (`≤`, `>`), and the checkboxes' edge has 3:1 against the page;
  * axe-core finds no violation on the search page with results and the filters shown,
    at 375 px and 1280 px;
  * with JavaScript off, `cari/` shows the link to the A–Z services index and the unit
    tree, and every service of the site is reachable from the A–Z index.

The helpers (server, browser, axe) are Tests/e2e/check_site.py's. The last line printed
is ``search: N passed, M failed``; exit status 0 all passed, 1 a check failed, 2 the
environment is not set up.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_site  # noqa: E402
from check_site import CheckResult, SetupError, SiteServer, Viewport  # noqa: E402

PHONE = Viewport("phone", 375, 800, mobile=True)
DESKTOP = Viewport("desktop", 1280, 900, mobile=False)
KTP_SERVICE = "unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/layanan/penerbitan-ktp-el/"
# An inflected form absent from the site, and a form of the same root the site holds.
INFLECTIONS = (("mendaftarkan", "pendaftaran"), ("kelahirannya", "kelahiran"))
FILTER = ("Biaya", "Gratis")


def wait_for(driver, condition, timeout: float = 20.0, what: str = "condition"):
    end = time.time() + timeout
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError(f"timed out waiting for {what}")


def result_links(driver) -> list[str]:
    """The addresses of the results shown (the first link of each result)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.pagefind-ui__result-link'))"
        ".filter(a => !a.closest('.pagefind-ui__result-nested')).map(a => a.href);")


def result_count(driver) -> int | None:
    """The number of results the message announces (`Ditemukan 12 hasil untuk …`)."""
    text = driver.execute_script(
        "const m = document.querySelector('.pagefind-ui__message'); return m ? m.textContent : '';")
    match = re.search(r"(\d+)\s+hasil", text or "")
    if match:
        return int(match.group(1))
    return 0 if text and "tidak ditemukan" in text else None


def settled_count(driver, previous: int | None = None) -> int:
    """Waits until the message gives a count (a new one, when `previous` is given)."""
    return wait_for(driver, lambda: (lambda c: c is not None and c != previous and (c,))(result_count(driver)),
                    what="the results message")[0]


def search(driver, server: SiteServer, term: str) -> list[str]:
    """Opens the search page, types `term` into the box, returns the results shown."""
    driver.get(server.base_url + "cari/")
    box = wait_for(driver, lambda: driver.find_elements("css selector", ".pagefind-ui__search-input"),
                   what="Pagefind's search box")[0]
    box.send_keys(term)
    settled_count(driver)
    wait_for(driver, lambda: result_links(driver) or result_count(driver) == 0, what="results")
    return result_links(driver)


def path_of(url: str, server: SiteServer) -> str:
    return urlparse(url).path.lstrip("/")


def check_ktp(driver, server: SiteServer) -> CheckResult:
    result = CheckResult("typing `ktp` finds the KTP-el service", ok=True)
    links = [path_of(u, server) for u in search(driver, server, "ktp")]
    result.details.append("results: " + ", ".join(links[:5]))
    result.ok = KTP_SERVICE in links
    return result


def check_query_parameter(driver, server: SiteServer) -> CheckResult:
    result = CheckResult("cari/?q=ktp (the header's form) shows the KTP-el service", ok=True)
    driver.get(server.base_url + "cari/?q=ktp")
    links = wait_for(driver, lambda: result_links(driver), what="results of ?q=")
    typed = driver.execute_script("return document.querySelector('.pagefind-ui__search-input').value;")
    result.ok = KTP_SERVICE in [path_of(u, server) for u in links] and typed == "ktp"
    result.details.append(f"box holds {typed!r}; results: " + ", ".join(path_of(u, server) for u in links[:5]))
    return result


def check_stemming(driver, server: SiteServer, site: Path, inflected: str, present: str) -> CheckResult:
    result = CheckResult(f"`{inflected}` (nowhere in the site) finds pages with `{present}`", ok=True)
    pattern = re.compile(r"\b" + inflected + r"\b", re.IGNORECASE)
    holders = [p for p in site.rglob("*.html") if pattern.search(p.read_text(encoding="utf-8"))]
    if holders:
        result.ok = False
        result.details.append(f"the word itself is in {holders[0]}: choose another inflection")
        return result
    links = search(driver, server, inflected)
    result.details.append("results: " + ", ".join(path_of(u, server) for u in links[:5]))
    found = [u for u in links if present in (site / path_of(u, server) / "index.html").read_text(encoding="utf-8").lower()]
    result.ok = bool(found)
    return result


def open_filter(driver, name: str):
    """Opens the filter group `name` (and the "Saring hasil" fold around the filters) and
    returns it."""
    fold = wait_for(driver, lambda: driver.find_elements("css selector", "details.search-filters"), what="the filters' fold")[0]
    if fold.get_attribute("open") is None:
        fold.find_element("css selector", "summary").click()
    groups = wait_for(driver, lambda: driver.find_elements("css selector", "details.pagefind-ui__filter-block"),
                      what="the filter pane")
    for group in groups:
        summary = group.find_element("css selector", "summary")
        if summary.text.strip().startswith(name):
            if group.get_attribute("open") is None:
                summary.click()
            return group
    raise AssertionError(f"no filter named {name}")


def filters_of(url: str) -> dict[str, set[str]]:
    """The search filters in a page's head, from the page as served."""
    from urllib.request import urlopen

    html = urlopen(url).read().decode("utf-8")
    found: dict[str, set[str]] = {}
    for content, name in re.findall(r'<meta name="lentera:search-filter" content="([^"]*)" data-pagefind-filter="([^"\[]*)\[content\]">', html):
        found.setdefault(name, set()).add(content)
    return found


def contrast(first: str, second: str) -> float:
    """The WCAG 2.1 contrast ratio of two CSS colours given as `rgb(r, g, b)` or `rgba(…)`."""
    def luminance(colour: str) -> float:
        values = [float(v) for v in re.findall(r"[\d.]+", colour)]
        if len(values) == 4 and values[3] == 0:  # transparent: the canvas behind, white
            values = [255.0, 255.0, 255.0]
        r, g, b = (v / 255 for v in values[:3])
        return sum(w * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4) for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def check_first_screen(driver, server: SiteServer) -> CheckResult:
    """A citizen on a phone sees results, not filters, under the box."""
    result = CheckResult("at 375×800 after searching `ktp` the first result starts within 800 px, the filters folded", ok=True)
    check_site.set_viewport(driver, PHONE)
    search(driver, server, "ktp")
    wait_for(driver, lambda: driver.find_elements("css selector", "details.search-filters .pagefind-ui__filter-panel"),
             what="the filters in their fold")
    top = driver.execute_script(
        "const r = document.querySelector('.pagefind-ui__result'); return r ? r.getBoundingClientRect().top + window.scrollY : null;")
    fold = driver.execute_script(
        "const f = document.querySelector('details.search-filters');"
        "return f ? {open: f.open, summary: f.querySelector('summary').textContent} : null;")
    result.details.append(f"first result's top: {top} px; fold: {fold}")
    result.ok = top is not None and top < PHONE.height and fold is not None and not fold["open"] and fold["summary"] == "Saring hasil"
    return result


def check_clear_button(driver, server: SiteServer) -> CheckResult:
    result = CheckResult("the clear button is at least 16 px, in the theme's font", ok=True)
    search(driver, server, "ktp")
    style = driver.execute_script(
        "const c = getComputedStyle(document.querySelector('.pagefind-ui__search-clear'));"
        "return {size: parseFloat(c.fontSize), font: c.fontFamily, body: getComputedStyle(document.body).fontFamily,"
        " text: document.querySelector('.pagefind-ui__search-clear').textContent.trim()};")
    result.details.append(f"{style}")
    result.ok = style["size"] >= 16 and style["font"] == style["body"]
    return result


def check_filter_values(driver, server: SiteServer) -> CheckResult:
    result = CheckResult("filter values: none without results, none named like a filter, times in words", ok=True)
    search(driver, server, "ktp")
    # The values are in the page whether their groups are open or not.
    wait_for(driver, lambda: driver.find_elements("css selector", ".pagefind-ui__filter-label"), what="the filter values")
    values = driver.execute_script(
        "const out = {}; document.querySelectorAll('details.pagefind-ui__filter-block').forEach(b => {"
        " const name = b.querySelector('summary').textContent.trim();"
        " out[name] = Array.from(b.querySelectorAll('.pagefind-ui__filter-label')).map(l => l.textContent.trim()); });"
        "return out;")
    shown = {name: labels for name, labels in values.items()}
    result.details.append(f"{shown}")
    labels = [label for group in shown.values() for label in group]
    names = set(shown)
    zero = [label for label in labels if label.endswith("(0)")]
    clashing = [label for label in shown.get("Jenis", []) if re.sub(r"\s*\(\d+\)$", "", label) in names]
    symbols = [label for group, ls in shown.items() if group.startswith("Jangka waktu") for label in ls if re.search(r"[≤≥<>]", label)]
    # The checkboxes' edge against the page: 3:1 at least for a control's boundary (WCAG 1.4.11).
    edge = driver.execute_script(
        "const c = getComputedStyle(document.querySelector('.pagefind-ui__filter-checkbox'));"
        "return [c.borderTopColor, getComputedStyle(document.body).backgroundColor];")
    ratio = contrast(*edge)
    result.details.append(f"checkbox edge {edge[0]} on {edge[1]}: {ratio:.1f}:1")
    result.ok = bool(labels) and not zero and not clashing and not symbols and ratio >= 3
    if zero or clashing or symbols:
        result.details.append(f"with (0): {zero}; named like a filter: {clashing}; symbols: {symbols}")
    return result


def check_filter(driver, server: SiteServer) -> CheckResult:
    name, value = FILTER
    result = CheckResult(f"the filter {name}: {value} narrows the results", ok=True)
    search(driver, server, "layanan")
    before = settled_count(driver)
    group = open_filter(driver, name)
    boxes = group.find_elements("css selector", "input[type=checkbox]")
    chosen = [b for b in boxes if b.get_attribute("value") == value]
    if not chosen:
        result.ok = False
        result.details.append(f"no {value} among " + ", ".join(b.get_attribute("value") for b in boxes))
        return result
    driver.execute_script("arguments[0].click();", chosen[0])
    after = settled_count(driver, previous=before)
    # Every result shown (load them all) carries the filter.
    while True:
        more = driver.find_elements("css selector", ".pagefind-ui__button")
        if not more:
            break
        shown = len(result_links(driver))
        driver.execute_script("arguments[0].click();", more[0])
        wait_for(driver, lambda: len(result_links(driver)) > shown, what="more results")
    links = result_links(driver)
    wrong = [u for u in links if value not in filters_of(u).get(name, set())]
    summary = driver.execute_script("return document.querySelector('details.search-filters > summary').textContent;")
    result.details.append(f"{before} results, {after} with {name}: {value}; {len(links)} shown, {len(wrong)} without it; fold: {summary!r}")
    result.ok = 0 < after < before and len(links) == after and not wrong and summary == "Saring hasil (1 dipilih)"
    return result


def check_axe(driver, server: SiteServer, viewport: Viewport, shots: Path | None) -> CheckResult:
    result = CheckResult(f"axe on cari/?q=layanan with results and a filter open @ {viewport}", ok=True)
    check_site.set_viewport(driver, viewport)
    try:
        driver.get(server.base_url + "cari/?q=layanan")
        wait_for(driver, lambda: result_links(driver), what="results")
        open_filter(driver, FILTER[0])
        # check_site's axe on the page as it is now (results shown, a filter open).
        outcome = check_site.axe_open_page(driver)
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
            path = shots / f"search-{viewport.width}.png"
            height = driver.execute_script("return document.documentElement.scrollHeight;")
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": viewport.width, "height": min(height, 4000), "deviceScaleFactor": 1, "mobile": viewport.mobile})
            path.write_bytes(driver.get_screenshot_as_png())
            result.details.append(f"screenshot: {path}")
    except Exception as err:
        outcome = {"error": f"{type(err).__name__}: {err}"}
    if "error" in outcome:
        result.ok = False
        result.details.append("error: " + outcome["error"])
    for violation in outcome.get("violations", []):
        result.ok = False
        result.details.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            result.details.append("    target: " + " ".join(map(check_site.json_target, node["target"])))
    return result


def check_without_javascript(chromium: str, server: SiteServer, site: Path, shots: Path | None) -> list[CheckResult]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=check_site.CHROMEDRIVER), options=options)
    results = []
    try:
        check_site.set_viewport(driver, PHONE)
        driver.get(server.base_url + "cari/")
        result = CheckResult("without JavaScript, cari/ links the A–Z index and the unit tree", ok=True)
        links = driver.find_elements("css selector", "main a")
        hrefs = [urlparse(a.get_property("href")).path + ("#" + urlparse(a.get_property("href")).fragment if urlparse(a.get_property("href")).fragment else "")
                 for a in links if a.is_displayed()]
        has_az = "/layanan/#a-z" in hrefs
        units = [h for h in hrefs if re.match(r"^/unit/[^/]+/$", h)]
        result.ok = has_az and bool(units) and not driver.find_elements("css selector", ".pagefind-ui__search-input")
        result.details.append(f"A–Z link shown: {has_az}; unit links shown: {len(units)}")
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
            (shots / "search-nojs-375.png").write_bytes(driver.get_screenshot_as_png())
        results.append(result)

        reach = CheckResult("without JavaScript, the A–Z index reaches every service", ok=True)
        driver.get(server.base_url + "layanan/")
        listed = {urlparse(a.get_property("href")).path.lstrip("/") for a in driver.find_elements("css selector", "ul.az a")}
        services = {str(p.parent.relative_to(site)) + "/" for p in site.glob("unit/*/layanan/*/index.html")}
        missing = sorted(services - listed)
        reach.ok = bool(services) and not missing
        reach.details.append(f"{len(services)} services, {len(missing)} not in the A–Z index" + (": " + ", ".join(missing[:3]) if missing else ""))
        results.append(reach)
    finally:
        driver.quit()
    return results


def run(site: Path, shots: Path | None) -> list[CheckResult]:
    chromium = check_site.check_environment()
    if not (site / "pagefind" / "pagefind-ui.js").is_file():
        raise SetupError(f"{site} has no search index (pagefind/): build it with a Pagefind binary (scripts/install-build-deps)")
    results: list[CheckResult] = []
    with SiteServer(site) as server:
        driver = check_site.start_browser(chromium)
        try:
            check_site.set_viewport(driver, DESKTOP)
            checks = [lambda: check_ktp(driver, server), lambda: check_query_parameter(driver, server)]
            checks += [lambda i=i, p=p: check_stemming(driver, server, site, i, p) for i, p in INFLECTIONS]
            checks += [lambda: check_filter(driver, server), lambda: check_clear_button(driver, server),
                       lambda: check_filter_values(driver, server), lambda: check_first_screen(driver, server)]
            checks += [lambda v=v: check_axe(driver, server, v, shots) for v in (PHONE, DESKTOP)]
            for check in checks:
                try:
                    results.append(check())
                except Exception as err:
                    results.append(CheckResult(f"check stopped: {type(err).__name__}: {err}".rstrip(), ok=False))
                check_site.set_viewport(driver, DESKTOP)
        finally:
            driver.quit()
        results += check_without_javascript(chromium, server, site, shots)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="a site built with the search index")
    parser.add_argument("--screenshots", type=Path, help="save the search page at 375 and 1280 px here")
    args = parser.parse_args()
    try:
        results = run(args.site.resolve(), args.screenshots)
    except SetupError as err:
        print(f"search: environment not ready: {err}", file=sys.stderr)
        return 2
    failed = 0
    for result in results:
        print(("ok   " if result.ok else "FAIL ") + result.name)
        for line in result.details:
            print("     " + line)
        failed += not result.ok
    print(f"search: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
