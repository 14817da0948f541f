#!/usr/bin/env python3
"""Browser checks of the editor's generated forms (EditForm, docs/editor.md "Forms").

The pages are written by the Swift test EditFormTests/pagesForTheBrowserCheck: a form
for every kind of the table of content kinds, filled and empty, and a service form
with errors and a warning beside their fields, each inside a page like the server's
(EditForm.stylesheet included). This script then:

  * runs axe-core (WCAG 2.1 A/AA and best practice) on every page at 375 and 1280 px;
  * runs the Nu HTML Checker on every page;
  * at 375 px, on the service form with errors: nothing wider than the screen, every
    button and text box at least 44 px high, and Enter in a text box submits the
    form's first button, the one that shows the form again (`_aksi=pratinjau`), never
    a list's `Hapus`;
  * with --screenshots DIR, saves the service form with errors at 375 px (its top,
    and the field with the error) and at 1280 px.

    .build/e2e-venv/bin/python Tests/e2e/check_forms.py [--pages DIR] [--screenshots DIR]
    .build/e2e-venv/bin/python Tests/e2e/check_forms.py --self-test

Without --pages, the pages are written into a temporary folder by running
`swift test --skip-build --filter EditFormTests/pagesForTheBrowserCheck` (build first).
``--self-test`` runs the layout check on a page with a too wide block, a low button and
text box, a `Hapus` as the form's first button and a summary link to nowhere, and
asserts each is reported; then on the real service form, which must pass.
The last line is ``forms: N passed, M failed``; exit status 0, 1, or 2 when the
environment lacks Chromium, chromedriver, Java or the Python packages.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_site import (DESKTOP, PHONE, CheckResult, SetupError, SiteServer, check_axe, check_environment,  # noqa: E402
                        check_html, html_files, print_result, print_summary, set_viewport, start_browser)

ROOT = Path(__file__).resolve().parents[2]
ERRORS_PAGE = "layanan-galat.html"

# Records which button a submission names, and stops it (the pages have no server).
_CATCH_SUBMIT_JS = """
window.__submitted = null;
document.querySelector('form').addEventListener('submit', (event) => {
  window.__submitted = event.submitter ? event.submitter.value : '(no button)';
  event.preventDefault();
});
"""

_MEASURE_JS = """
const small = [];
for (const el of document.querySelectorAll('button:not(.ef-vh), input.ef-input, select, textarea')) {
  const r = el.getBoundingClientRect();
  if (r.height < 44) small.push(`${el.tagName.toLowerCase()}[name=${el.name}] ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
}
return {width: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, small: small};
"""


def write_pages(folder: Path) -> None:
    env = dict(os.environ, LENTERA_FORMS_PAGES=str(folder))
    run = subprocess.run(["swift", "test", "--skip-build", "--filter", "EditFormTests/pagesForTheBrowserCheck"],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    if run.returncode != 0 or not any(folder.glob("*.html")):
        raise SetupError("could not write the form pages (build with `swift build --build-tests` first):\n"
                         + (run.stdout + run.stderr)[-2000:])


def check_phone_layout(driver, server: SiteServer) -> CheckResult:
    result = CheckResult(f"layout and Enter on /{ERRORS_PAGE} @ {PHONE}", ok=True)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    set_viewport(driver, PHONE)
    driver.get(server.base_url + ERRORS_PAGE)
    measured = driver.execute_script(_MEASURE_JS)
    if measured["width"] > measured["viewport"]:
        result.ok = False
        result.details.append(f"the page is {measured['width']} px wide on a {measured['viewport']} px screen")
    if measured["small"]:
        result.ok = False
        result.details.append("controls lower than 44 px: " + ", ".join(measured["small"][:10]))
    driver.execute_script(_CATCH_SUBMIT_JS)
    field = driver.find_element(By.ID, "f.persyaratan.0")
    field.send_keys(Keys.ENTER)
    submitted = driver.execute_script("return window.__submitted")
    if submitted != "pratinjau":
        result.ok = False
        result.details.append(f"Enter in a text box pressed {submitted!r}, not 'pratinjau'")
    # The summary's link leads to the field with the error.
    try:
        driver.find_element(By.CSS_SELECTOR, ".ef-summary-list a[href='#f.biaya.tarif.0.jumlah']").click()
        top = driver.execute_script("return document.getElementById('f.biaya.tarif.0.jumlah').getBoundingClientRect().top")
    except Exception as err:
        top = None
        result.details.append(f"the summary's link to the amount: {type(err).__name__}: {err}".splitlines()[0])
    if top is None or not (-2 <= top <= PHONE.height):
        result.ok = False
        if top is not None:
            result.details.append(f"after following the summary's link the field is at {top:.0f} px, off the screen")
    return result


BROKEN_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rusak</title></head>
<body><main><h1>Rusak</h1>
<form method="post" action="#">
<ul class="ef-summary-list"><li><a href="#f.biaya.tarif.0.jumlah">Jumlah</a></li></ul>
<div style="width:600px">Terlalu lebar</div>
<button type="submit" name="_aksi" value="hapus:persyaratan.0" style="height:20px">Hapus</button>
<label for="f.persyaratan.0">Persyaratan 1</label>
<input class="ef-input" type="text" id="f.persyaratan.0" name="f.persyaratan.0" style="height:20px">
</form></main></body></html>
"""


def self_test(chromium: str) -> int:
    """The layout check fails on a page with each defect it looks for, and passes on the real pages."""
    failures = []
    with tempfile.TemporaryDirectory(prefix="lentera-forms-self-") as temp:
        broken, good = Path(temp) / "broken", Path(temp) / "good"
        broken.mkdir()
        (broken / ERRORS_PAGE).write_text(BROKEN_PAGE, encoding="utf-8")
        write_pages(good)
        driver = start_browser(chromium)
        try:
            with SiteServer(broken) as server:
                result = check_phone_layout(driver, server)
            print_result(result)
            text = "\n".join(result.details)
            for expected in ("px wide", "lower than 44 px", "'hapus:persyaratan.0'", "summary's link"):
                if result.ok or expected not in text:
                    failures.append(f"the broken page was not reported for {expected!r}")
            with SiteServer(good) as server:
                result = check_phone_layout(driver, server)
            print_result(result)
            if not result.ok:
                failures.append("the real service form failed the layout check")
        finally:
            driver.quit()
    for failure in failures:
        print("FAIL self-test: " + failure)
    print(f"forms self-test: {'failed' if failures else 'passed'}")
    return 1 if failures else 0


def save_screenshots(driver, server: SiteServer, folder: Path) -> CheckResult:
    result = CheckResult(f"screenshots -> {folder}", ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        set_viewport(driver, PHONE)
        driver.get(server.base_url + ERRORS_PAGE)
        (folder / "form-phone-top.png").write_bytes(driver.get_screenshot_as_png())
        driver.execute_script("document.getElementById('g.biaya').scrollIntoView()")
        (folder / "form-phone-error.png").write_bytes(driver.get_screenshot_as_png())
        driver.execute_script("document.getElementById('ef-part-penyampaian').scrollIntoView()")
        (folder / "form-phone-components.png").write_bytes(driver.get_screenshot_as_png())
        set_viewport(driver, DESKTOP)
        driver.get(server.base_url + ERRORS_PAGE)
        (folder / "form-desktop.png").write_bytes(driver.get_screenshot_as_png())
    except Exception as err:
        result.ok = False
        result.details.append(f"error: {type(err).__name__}: {err}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, help="folder of pages already written by the Swift test")
    parser.add_argument("--screenshots", type=Path, help="folder to save screenshots of the service form into")
    parser.add_argument("--self-test", action="store_true", help="prove the layout check fails on a broken page")
    args = parser.parse_args(argv)
    try:
        chromium = check_environment()
        if args.self_test:
            return self_test(chromium)
        with tempfile.TemporaryDirectory(prefix="lentera-forms-") as temp:
            pages = args.pages
            if pages is None:
                pages = Path(temp)
                write_pages(pages)
            rels = sorted(p.name for p in html_files(pages))
            results: list[CheckResult] = []

            def record(result: CheckResult) -> None:
                results.append(result)
                print_result(result)

            driver = start_browser(chromium)
            try:
                with SiteServer(pages) as server:
                    for viewport in (PHONE, DESKTOP):
                        record(check_axe(driver, server, rels, viewport))
                    record(check_phone_layout(driver, server))
                    if args.screenshots:
                        record(save_screenshots(driver, server, args.screenshots))
            finally:
                driver.quit()
            record(check_html(pages, html_files(pages)))
            return print_summary(results, prefix="forms")
    except SetupError as err:
        print(f"forms: environment not ready: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
