#!/usr/bin/env python3
"""Browser checks of files beside the content, on the built example portal.

The pages that show them (the Disdukcapil unit page with its documents and its schedule
table, the KTP-el service with its poster, the maklumat with its signed scan, the free
page `tentang/`) are checked in headless Chromium at 375 px and 1280 px:

  * axe-core (the rules of check_site.py, heading order included) finds no violation;
  * every image on the page has loaded (a Markdown image used to be a broken <img>) and
    has its width and height written, so the page does not jump while it loads;
  * every link to a file (`berkas/`) and the page's icon answer 200;
  * the unit page's Markdown table is a table with column headers.

  .build/e2e-venv/bin/python Tests/e2e/check_documents.py --site .build/e2e/public [--screenshots DIR]
"""
from __future__ import annotations

import argparse
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_site  # noqa: E402  (the browser, server and axe helpers)

PAGES = (
    ("unit with documents and a table", "unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/"),
    ("service with a poster", "unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/layanan/penerbitan-ktp-el/"),
    ("maklumat with its signed scan", "unit/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/maklumat/"),
    ("service with a decree document", "unit/bagian-layanan-pengadaan/layanan/aktivasi-user-id/"),
    ("free page", "tentang/"),
)
WIDTHS = (check_site.Viewport("phone", 375, 800, mobile=True), check_site.Viewport("desktop", 1280, 900, mobile=False))

# Lazy images load once scrolled to: each is scrolled into view, then given up to 5 s.
IMAGES_JS = """
const done = arguments[arguments.length - 1];
const images = Array.from(document.images);
images.forEach(i => i.scrollIntoView());
const started = Date.now();
(function wait() {
  if (images.every(i => i.complete) || Date.now() - started > 5000) {
    window.scrollTo(0, 0);
    done(images.map(i => ({src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0,
      width: i.getAttribute('width'), height: i.getAttribute('height')})));
  } else { setTimeout(wait, 50); }
})();
"""
LINKS_JS = """
return Array.from(document.querySelectorAll('a[href*="berkas/"], link[rel="icon"]')).map(a => a.href);
"""
TABLE_JS = """
return Array.from(document.querySelectorAll('main .prose table')).map(t => t.querySelectorAll('thead th[scope="col"]').length);
"""


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def check(site: Path, screenshots: Path | None) -> int:
    chromium = check_site.check_environment()
    driver = check_site.start_browser(chromium)
    failed = 0
    try:
        with check_site.SiteServer(site) as server:
            for label, path in PAGES:
                for viewport in WIDTHS:
                    result = check_site.check_page_axe(driver, server, label, path + "index.html", viewport)
                    problems = list(result.details) if not result.ok else []
                    for image in driver.execute_async_script(IMAGES_JS):
                        if not image["loaded"]:
                            problems.append(f"image not loaded: {image['src']}")
                        if not image["width"] or not image["height"]:
                            problems.append(f"image without width and height: {image['src']}")
                    for href in driver.execute_script(LINKS_JS):
                        if (code := status(href)) != 200:
                            problems.append(f"HTTP {code} for {href}")
                    if label.startswith("unit") and driver.execute_script(TABLE_JS) != [4]:
                        problems.append(f"the schedule table has not 4 column headers: {driver.execute_script(TABLE_JS)}")
                    if screenshots:
                        screenshots.mkdir(parents=True, exist_ok=True)
                        name = path.strip("/").replace("/", "_") or "home"
                        driver.set_window_size(max(viewport.width, 500), 900)
                        height = driver.execute_script("return document.documentElement.scrollHeight")
                        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                               {"width": viewport.width, "height": min(height, 6000), "deviceScaleFactor": 1,
                                                "mobile": viewport.mobile})
                        (screenshots / f"{name}-{viewport.width}.png").write_bytes(driver.get_screenshot_as_png())
                    print(("FAIL " if problems else "PASS ") + f"{label} /{path} @ {viewport}")
                    for problem in problems:
                        print("     " + problem)
                    failed += bool(problems)
    finally:
        driver.quit()
    print(f"documents: {len(PAGES) * len(WIDTHS) - failed} passed, {failed} failed")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--screenshots", type=Path)
    arguments = parser.parse_args()
    return check(arguments.site, arguments.screenshots)


if __name__ == "__main__":
    sys.exit(main())
