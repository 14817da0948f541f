#!/usr/bin/env python3
"""Browser checks of the theme's frame (header, navigation, search form, footer).

What only a browser shows: the main navigation fits a 360 px phone on at most two lines;
the "Informasi" menu opens from the keyboard over the page without growing the header;
axe-core finds no violation on the home page with the menu open, on the accessibility
statement and on a free page, at 375 and 1280 px; in print, the navigation, search forms
and footer are hidden; every element reached by Tab at the top of a page draws the focus
indicator's two colours, one of which keeps 3:1 against what the element stands on; the
footer's e-mail address stays on one line at 375 px. With --screenshots DIR, the home page
is saved at 375 and 1280 px, and the first focused elements of a page.

    .build/e2e-venv/bin/python Tests/e2e/check_chrome.py --site .build/e2e/public
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_site import (CheckResult, SiteServer, Viewport, check_environment, check_page_axe,  # noqa: E402
                        print_result, print_summary, set_viewport, start_browser)

NARROW = Viewport("phone", 360, 740, mobile=True)
PHONE = Viewport("phone", 375, 812, mobile=True)
DESKTOP = Viewport("desktop", 1280, 900, mobile=False)


def nav_lines(driver) -> int:
    tops = driver.execute_script(
        "return [...document.querySelectorAll('.site-nav > ul > li')].map(li => Math.round(li.getBoundingClientRect().top))")
    return len(set(tops))


def check_navigation(driver, server: SiteServer, path: str) -> CheckResult:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    result = CheckResult(f"navigation /{path} @ {NARROW}", ok=True)
    set_viewport(driver, NARROW)
    driver.get(server.base_url + path)
    lines = nav_lines(driver)
    if lines > 2:
        result.ok = False
        result.details.append(f"the main navigation takes {lines} lines at 360 px (at most 2)")
    header = "return document.querySelector('.site-header').getBoundingClientRect().height"
    closed = driver.execute_script(header)
    summary = driver.find_element(By.CSS_SELECTOR, ".menu summary")
    summary.send_keys(Keys.ENTER)  # the keyboard opens it, as a screen reader user would
    opened = driver.execute_script("return document.querySelector('.menu').open")
    if not opened:
        result.ok = False
        result.details.append("Enter on the menu's summary did not open it")
    links = driver.find_elements(By.CSS_SELECTOR, ".menu ul a")
    if not links or not all(link.is_displayed() for link in links):
        result.ok = False
        result.details.append("the open menu does not show its links")
    if abs(driver.execute_script(header) - closed) > 0.5:
        result.ok = False
        result.details.append(f"opening the menu grew the header from {closed} to {driver.execute_script(header)} px")
    summary.send_keys(Keys.TAB)
    focused = driver.execute_script("return document.activeElement.closest('.menu') !== null && document.activeElement.tagName")
    if focused != "A":
        result.ok = False
        result.details.append("Tab from the open menu's summary does not reach its first link")
    return result


def check_print(driver, server: SiteServer, path: str) -> CheckResult:
    result = CheckResult(f"print frame /{path}", ok=True)
    set_viewport(driver, DESKTOP)
    driver.get(server.base_url + path)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for selector in (".site-nav", "form[role=search]", ".site-footer", ".breadcrumbs"):
            shown = driver.execute_script(
                "return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0).length", selector)
            if shown:
                result.ok = False
                result.details.append(f"{selector} is printed")
        if not driver.execute_script("return document.querySelector('.site-title').getClientRects().length > 0"):
            result.ok = False
            result.details.append("the portal's name is not printed")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    return result


# The focus indicator's two colours (style.css: --focus, --focus-ink) as a browser computes them.
FOCUS, FOCUS_INK = (255, 221, 0), (11, 12, 12)

CONTRAST_JS = """
const rgb = s => (s.match(/\\d+(\\.\\d+)?/g) || []).slice(0, 4).map(Number);
const lum = ([r, g, b]) => [r, g, b].map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
  .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
// The colour behind an element: the first ancestor with an opaque background.
const behind = el => { for (let e = el.parentElement; e; e = e.parentElement) {
  const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
const el = document.activeElement, style = getComputedStyle(el);
const drawn = [style.outlineColor, style.boxShadow, style.backgroundColor].join(' ');
const focus = arguments[0], ink = arguments[1];
const has = c => drawn.includes(`rgb(${c[0]}, ${c[1]}, ${c[2]})`);
const back = behind(el);
return {tag: el.tagName, text: (el.textContent || el.name || '').trim().slice(0, 40), yellow: has(focus), ink: has(ink),
        best: Math.max(ratio(focus, back), ratio(ink, back)), back: back.join(',')};
"""


def check_focus(driver, server: SiteServer, path: str, viewport: Viewport, screenshots: Path | None) -> CheckResult:
    """Tab through the first elements of the page (the band, the search form, the
    navigation): each focused element draws both focus colours, and one of them keeps 3:1
    against what the element stands on (WCAG 2.4.7, with 1.4.11's 3:1)."""
    from selenium.webdriver.common.keys import Keys

    result = CheckResult(f"focus indicator /{path} @ {viewport}", ok=True)
    set_viewport(driver, viewport)
    driver.get(server.base_url + path)
    for step in range(1, 10):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        seen = driver.execute_script(CONTRAST_JS, FOCUS, FOCUS_INK)
        if seen["tag"] == "BODY":
            break
        if not (seen["yellow"] and seen["ink"]):
            result.ok = False
            result.details.append(f"Tab {step}, {seen['tag']} '{seen['text']}': the indicator lacks "
                                  + ("the yellow" if not seen["yellow"] else "the dark ink"))
        if seen["best"] < 3:
            result.ok = False
            result.details.append(f"Tab {step}, {seen['tag']} '{seen['text']}': {seen['best']:.2f}:1 on rgb({seen['back']})")
        if screenshots and step <= 6:
            driver.save_screenshot(str(screenshots / f"focus-{viewport.name}-{step}.png"))
    return result


def check_footer_email(driver, server: SiteServer, viewport: Viewport) -> CheckResult:
    """The footer's e-mail address fits one line on a phone, and in the narrower columns of
    a wide screen breaks only before its `@` or a dot: no piece of it is split."""
    result = CheckResult(f"footer e-mail @ {viewport}", ok=True)
    set_viewport(driver, viewport)
    driver.get(server.base_url)
    pieces = driver.execute_script("""
        const a = document.querySelector('.site-footer a[href^="mailto:"]');
        if (!a) return null;
        const range = document.createRange();
        return {lines: new Set([...a.getClientRects()].map(r => Math.round(r.top))).size, split: [...a.childNodes].filter(n => n.nodeType === 3).filter(n => {
            range.selectNodeContents(n); return range.getClientRects().length > 1; }).map(n => n.textContent)};""")
    if pieces is None:
        return result
    if viewport is PHONE and pieces["lines"] > 1:
        result.ok = False
        result.details.append(f"the address takes {pieces['lines']} lines at {viewport.width} px")
    if pieces["split"]:
        result.ok = False
        result.details.append("broken inside " + ", ".join(pieces["split"]))
    return result


def check_axe_with_menu_open(driver, server: SiteServer, label: str, path: str, viewport: Viewport) -> CheckResult:
    # check_page_axe loads the page itself; open the menu through the page's own state first.
    result = check_page_axe(driver, server, label, path, viewport)
    driver.execute_script("document.querySelector('.menu').open = true")
    outcome = driver.execute_async_script(
        "const [o, done] = arguments; axe.run(document, o).then(r => done(r.violations.map(v => v.id)), e => done([String(e)]))",
        {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
    if outcome:
        result.ok = False
        result.details.append("with the menu open: " + ", ".join(outcome))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--screenshots", type=Path, metavar="DIR")
    args = parser.parse_args()
    chromium = check_environment()
    free_page = next((p.parent.name for p in sorted(args.site.glob("*/index.html"))
                      if p.parent.name not in {"layanan", "dasbor", "survei", "zona-integritas", "kelengkapan",
                                               "metodologi", "aksesibilitas", "cari", "data", "unit"}), None)
    results: list[CheckResult] = []
    driver = start_browser(chromium)
    try:
        with SiteServer(args.site) as server:
            results.append(check_navigation(driver, server, ""))
            results.append(check_navigation(driver, server, "aksesibilitas/"))
            for viewport in (PHONE, DESKTOP):
                results.append(check_axe_with_menu_open(driver, server, "home (menu open)", "index.html", viewport))
                results.append(check_page_axe(driver, server, "accessibility statement", "aksesibilitas/index.html", viewport))
                if free_page:
                    results.append(check_page_axe(driver, server, "free page", f"{free_page}/index.html", viewport))
            results.append(check_print(driver, server, "aksesibilitas/"))
            if args.screenshots:
                args.screenshots.mkdir(parents=True, exist_ok=True)
            for viewport in (PHONE, DESKTOP):
                results.append(check_focus(driver, server, "aksesibilitas/", viewport, args.screenshots))
            for viewport in (PHONE, DESKTOP):
                results.append(check_footer_email(driver, server, viewport))
            if args.screenshots:
                for viewport, name in ((PHONE, "home-phone.png"), (DESKTOP, "home-desktop.png")):
                    set_viewport(driver, viewport)
                    driver.get(server.base_url)
                    driver.save_screenshot(str(args.screenshots / name))
    finally:
        driver.quit()
    for result in results:
        print_result(result)
    return print_summary(results, prefix="chrome")


if __name__ == "__main__":
    sys.exit(main())
