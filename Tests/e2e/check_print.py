#!/usr/bin/env python3
"""Print every service page of a built Lentera site on A4 and check the result.

    .build/e2e-venv/bin/python Tests/e2e/check_print.py --site DIR [--max-pages 2]
    .build/e2e-venv/bin/python Tests/e2e/check_print.py --self-test

A citizen prints a service standard to take to the counter. For every service page
of DIR (a page holding ``<article class="service"``) this script:

  * serves DIR over HTTP on 127.0.0.1 and opens the page in headless Chromium;
  * prints it to PDF with Chromium's own print engine (the DevTools command
    ``Page.printToPDF`` with ``preferCSSPageSize``, so the stylesheet's
    ``@page { size: A4 }`` and margins apply, as in the browser's print dialog);
  * counts the PDF's pages with pypdf and fails above ``--max-pages`` (2);
  * extracts each page's text with pypdf in layout mode (lines in the order they stand
    on the sheet, not the order Chromium drew them: positioned boxes such as the
    procedure's step numbers are drawn last) and fails when the last non-empty line of
    a page is one of the page's headings (h2, h3, h4), or ends one that starts on the
    line before: an orphaned heading, cut from what it introduces. In two columns a
    line holds both columns' text: each column's part is compared.

It prints one line per service page (``N pages``) and, last,
``print: N passed, M failed``. Exit status: 0 all passed, 1 a check failed,
2 the environment is not set up (Chromium, chromedriver, selenium or pypdf).

``--self-test`` proves the checks can fail: a page of three A4 pages, a page whose
first page ends with a heading, and one whose orphaned heading follows a list with
positioned items (drawn after the heading) must fail; a short page must pass.

The browser, the server and the environment's checks are check_site.py's.
"""

from __future__ import annotations

import argparse
import base64
import io
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_site import CHROMEDRIVER, INSTALL_HINT, SetupError, SiteServer, find_chromium, start_browser  # noqa: E402

SERVICE_MARKER = '<article class="service"'
# A4 in inches, used only where the stylesheet names no page size.
A4_INCHES = (8.27, 11.69)


def check_environment() -> str:
    """What printing needs: check_site.py's browser, and pypdf (not its validator's Java)."""
    problems = []
    chromium = None
    try:
        chromium = find_chromium()
    except SetupError as err:
        problems.append(str(err))
    if not Path(CHROMEDRIVER).exists():
        problems.append(f"chromedriver not found at {CHROMEDRIVER}")
    for module in ("selenium", "pypdf"):
        try:
            __import__(module)
        except ImportError:
            problems.append(f"Python package {module} not importable by {sys.executable} ({INSTALL_HINT})")
    if problems:
        raise SetupError("\n".join(problems))
    assert chromium is not None
    return chromium


def service_pages(site: Path) -> list[str]:
    """Paths (relative to the site) of the pages that hold a service standard."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        if SERVICE_MARKER in path.read_text(encoding="utf-8", errors="replace"):
            pages.append(path.relative_to(site).as_posix())
    return pages


def print_pdf(driver, url: str) -> bytes:
    driver.get(url)
    result = driver.execute_cdp_cmd("Page.printToPDF", {
        "preferCSSPageSize": True,
        "paperWidth": A4_INCHES[0],
        "paperHeight": A4_INCHES[1],
        "printBackground": False,
        "displayHeaderFooter": False,
    })
    return base64.b64decode(result["data"])


def squeeze(text: str) -> str:
    """Text without any white space, so that line breaks in a PDF do not matter."""
    return re.sub(r"\s+", "", text)


def last_lines(page_text: str, count: int = 2) -> list[str]:
    """The page's last non-empty lines, in the order they stand on the sheet."""
    return [line for line in page_text.splitlines() if line.strip()][-count:]


def columns(line: str) -> list[str]:
    """A layout-mode line cut where a wide gap separates two columns' text."""
    return [part for part in re.split(r"\s{3,}", line.strip()) if part]


def orphaned_headings(page_texts: list[str], headings: list[str]) -> list[tuple[int, str]]:
    """(page number, heading) for each page whose last line is a heading, or the end of
    a heading whose start is on the line before (a heading of two lines)."""
    found = []
    wanted = [(h, squeeze(h)) for h in headings if squeeze(h)]
    for number, text in enumerate(page_texts, start=1):
        lines = last_lines(text)
        if not lines:
            continue
        before = squeeze(lines[0]) if len(lines) == 2 else ""
        for part in columns(lines[-1]):
            last = squeeze(part)
            match = next((heading for heading, key in wanted
                          if key == last or (key.endswith(last) and (before + last).endswith(key))), None)
            if match:
                found.append((number, match))
                break
    return found


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text as it stands on the sheet (pypdf's layout mode)."""
    from pypdf import PdfReader

    return [page.extract_text(extraction_mode="layout") or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def check_page(driver, base_url: str, rel: str, max_pages: int) -> tuple[bool, str]:
    url = base_url + rel
    pdf = print_pdf(driver, url)
    headings = driver.execute_script(
        "return Array.from(document.querySelectorAll('h2, h3, h4')).map(h => h.textContent);")
    texts = page_texts(pdf)
    count = len(texts)
    problems = []
    if count > max_pages:
        problems.append(f"{count} A4 pages (at most {max_pages})")
    for number, heading in orphaned_headings(texts, headings):
        problems.append(f"page {number} ends with the heading \"{heading.strip()}\"")
    detail = f"{count} page{'s' if count != 1 else ''}"
    if problems:
        return False, detail + ": " + "; ".join(problems)
    return True, detail


def run(site: Path, max_pages: int) -> int:
    try:
        chromium = check_environment()
    except SetupError as err:
        print(f"print: environment not ready:\n{err}", file=sys.stderr)
        return 2
    pages = service_pages(site)
    if not pages:
        print(f"print: no service page (none holds {SERVICE_MARKER}) in {site}")
        print("print: 0 passed, 1 failed")
        return 1
    passed = failed = 0
    driver = start_browser(chromium)
    try:
        with SiteServer(site) as server:
            for rel in pages:
                ok, detail = check_page(driver, server.base_url, rel, max_pages)
                print(f"{'ok  ' if ok else 'FAIL'} {rel}: {detail}")
                passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    finally:
        driver.quit()
    print(f"print: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


# --------------------------------------------------------------------------
# Self-test

_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<style>@page {{ size: A4; margin: 15mm; }} body {{ margin: 0; font: 12pt sans-serif; }}</style>
</head><body><article class="service"><h1>{title}</h1>{body}</article></body></html>
"""


def write_fixture(root: Path) -> dict[str, str]:
    """Three pages and what the checker must say about each."""
    fixtures = {
        "pendek/index.html": ("Layanan pendek", "<h2>Persyaratan</h2><p>Kartu Keluarga.</p>"),
        # Three sheets: two forced page breaks.
        "panjang/index.html": ("Layanan panjang",
                               "<h2>Satu</h2><p>a</p><h2 style='break-before: page'>Dua</h2><p>b</p>"
                               "<h2 style='break-before: page'>Tiga</h2><p>c</p>"),
        # The heading is pushed to the foot of the first page; its text starts the second.
        "yatim/index.html": ("Layanan yatim",
                             "<div style='height: 230mm'></div><h2>Pengaduan</h2>"
                             "<p style='break-before: page'>Sampaikan pengaduan di loket.</p>"),
        # As on a service page: the procedure's steps are positioned (for their numbers), so
        # Chromium draws them after the heading below them; the heading is still last on the sheet.
        "yatim-berlangkah/index.html": ("Layanan yatim berlangkah",
                                        "<div style='height: 200mm'></div><ol><li style='position: relative'>Pemohon datang ke loket.</li>"
                                        "<li style='position: relative'>Petugas memeriksa berkas.</li></ol>"
                                        "<h2>Pengelolaan pelayanan</h2><p style='break-before: page'>Dasar hukum.</p>"),
    }
    for rel, (title, body) in fixtures.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_PAGE.format(title=title, body=body), encoding="utf-8")
    return {rel: title for rel, (title, _) in fixtures.items()}


def self_test() -> int:
    try:
        chromium = check_environment()
    except SetupError as err:
        print(f"print: environment not ready:\n{err}", file=sys.stderr)
        return 2
    failures = []
    checks = 0

    def expect(name: str, ok: bool, detail: str) -> None:
        nonlocal checks
        checks += 1
        print(f"{'ok  ' if ok else 'FAIL'} self-test: {name} ({detail})")
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory(prefix="lentera-print-") as tmp:
        root = Path(tmp)
        write_fixture(root)
        expect("finds the service pages",
               service_pages(root) == ["panjang/index.html", "pendek/index.html", "yatim/index.html", "yatim-berlangkah/index.html"],
               ", ".join(service_pages(root)))
        driver = start_browser(chromium)
        try:
            with SiteServer(root) as server:
                ok, detail = check_page(driver, server.base_url, "pendek/index.html", 2)
                expect("a short page passes", ok and detail == "1 page", detail)
                ok, detail = check_page(driver, server.base_url, "panjang/index.html", 2)
                expect("three A4 pages fail", not ok and "3 A4 pages" in detail, detail)
                ok, detail = check_page(driver, server.base_url, "yatim/index.html", 2)
                expect("an orphaned heading fails", not ok and 'page 1 ends with the heading "Pengaduan"' in detail, detail)
                ok, detail = check_page(driver, server.base_url, "yatim-berlangkah/index.html", 2)
                expect("an orphaned heading drawn before the list above it fails",
                       not ok and 'page 1 ends with the heading "Pengelolaan pelayanan"' in detail, detail)
        finally:
            driver.quit()
    print(f"print self-test: {checks - len(failures)} passed, {len(failures)} failed")
    return 0 if not failures else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--site", type=Path, metavar="DIR", help="built site whose service pages to print")
    mode.add_argument("--self-test", action="store_true", help="prove the checks can fail")
    parser.add_argument("--max-pages", type=int, default=2, metavar="N", help="most A4 pages a service page may take (2)")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    return run(args.site, args.max_pages)


if __name__ == "__main__":
    sys.exit(main())
