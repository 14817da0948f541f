#!/usr/bin/env python3
"""Check the unit pages of a built Lentera site: short on a phone, whole on paper.

    .build/e2e-venv/bin/python Tests/e2e/check_unit.py --site DIR [--max-height 10000]
    .build/e2e-venv/bin/python Tests/e2e/check_unit.py --self-test

A unit page folds its figures for the evaluation team (survey tables, Zona Integritas,
performance indicators, SPBE) into ``<details class="figure-details">`` whose summary
states the headline figure. For every unit page of DIR (a page holding such a fold or
the unit contents list) this script, in headless Chromium:

  * loads the page at 375 px and fails when a fold is open by default or when
    ``document.documentElement.scrollHeight`` exceeds ``--max-height`` (10,000 px);
  * opens nothing, prints the page to PDF with Chromium's print engine (as the print
    dialog does) and fails unless the text of every table caption inside a fold is in
    the PDF: on paper the folds are open, through the stylesheet alone, without
    JavaScript;
  * then opens every fold and runs axe-core on the page (the site-wide check sees the
    folds closed, and axe skips what is hidden).

It prints one line per unit page and, last, ``unit: N passed, M failed``. Exit status:
0 all passed, 1 a check failed, 2 the environment is not set up.

``--self-test`` proves the checks can fail: a page whose fold is hidden in print (no
print rule), a page taller than the limit, a page with a fold open by default and a
fold holding an image without a text alternative must fail; the same page with the
project's stylesheet must pass.
"""

from __future__ import annotations

import argparse
import base64
import io
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_print import SetupError, SiteServer, check_environment, squeeze, start_browser  # noqa: E402
from check_site import axe_open_page, describe_violations  # noqa: E402

UNIT_MARKERS = ('class="figure-details"', '<nav class="contents"')
STYLESHEET = Path(__file__).resolve().parents[2] / "templates" / "assets" / "style.css"


def unit_pages(site: Path) -> list[str]:
    pages = []
    for path in sorted((site / "unit").glob("*/index.html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if any(marker in text for marker in UNIT_MARKERS):
            pages.append(path.relative_to(site).as_posix())
    return pages


def pdf_text(driver) -> str:
    from pypdf import PdfReader

    result = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    reader = PdfReader(io.BytesIO(base64.b64decode(result["data"])))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def check_page(driver, url: str, max_height: int) -> tuple[bool, str]:
    driver.set_window_size(375, 800)
    driver.get(url)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    folds = driver.execute_script("return document.querySelectorAll('details.figure-details').length")
    opened = driver.execute_script("return document.querySelectorAll('details.figure-details[open]').length")
    captions = driver.execute_script(
        "return [...document.querySelectorAll('details.figure-details caption')].map(c => c.textContent)")
    problems = []
    if height > max_height:
        problems.append(f"{height} px tall at 375 px (limit {max_height})")
    if opened:
        problems.append(f"{opened} folds open by default")
    # NFKC: a PDF's text may hold ligatures ("ﬁrst") where the page has two letters.
    def plain(text: str) -> str:
        return squeeze(unicodedata.normalize("NFKC", text))
    printed = plain(pdf_text(driver))
    missing = [caption for caption in captions if plain(caption) not in printed]
    if missing:
        problems.append(f"{len(missing)} of {len(captions)} folded tables not printed, e.g. “{missing[0].strip()}”")
    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    violations = describe_violations(axe_open_page(driver))
    if violations:
        problems.append("axe with the folds open: " + "; ".join(violations))
    summary = f"{height} px, {folds} folds, {len(captions)} folded tables printed, axe clean with them open"
    return (not problems, "; ".join(problems) or summary)


def run(site: Path, max_height: int) -> int:
    pages = unit_pages(site)
    if not pages:
        print(f"unit: no unit page under {site}", file=sys.stderr)
        return 1
    driver = start_browser(check_environment())
    passed = failed = 0
    try:
        with SiteServer(site) as server:
            for rel in pages:
                ok, detail = check_page(driver, server.base_url + rel, max_height)
                print(f"{'ok  ' if ok else 'FAIL'} {rel}: {detail}")
                passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    finally:
        driver.quit()
    print(f"unit: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def fixture(root: Path, *, stylesheet: bool, rows: int = 3, open_fold: bool = False, bad_image: bool = False) -> None:
    (root / "unit" / "contoh").mkdir(parents=True, exist_ok=True)
    link = '<link rel="stylesheet" href="/style.css">' if stylesheet else ""
    if stylesheet:
        (root / "style.css").write_text(STYLESHEET.read_text(encoding="utf-8"), encoding="utf-8")
    body = "".join(f"<p>Paragraf {n}.</p>" for n in range(rows))
    page = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Unit</title>{link}</head>
<body><main><h1>Unit</h1>{body}
<details class="figure-details"{' open' if open_fold else ''}><summary>IKM Triwulan II 2026: 88,31 — rincian</summary>
<table><caption>Tabel terlipat untuk dicetak</caption><tr><th>U1</th><td>3,5</td></tr></table>{'<img src="/x.png">' if bad_image else ''}</details>
</main></body></html>"""
    (root / "unit" / "contoh" / "index.html").write_text(page, encoding="utf-8")


def self_test() -> int:
    results = []
    driver = start_browser(check_environment())
    try:
        for name, kwargs, expected in [
            ("a fold hidden on paper fails", {"stylesheet": False}, False),
            ("a page taller than the limit fails", {"stylesheet": True, "rows": 400}, False),
            ("a fold open by default fails", {"stylesheet": True, "open_fold": True}, False),
            ("an axe violation inside a closed fold fails", {"stylesheet": True, "bad_image": True}, False),
            ("a short page whose folds print passes", {"stylesheet": True}, True),
        ]:
            with tempfile.TemporaryDirectory() as folder:
                root = Path(folder)
                fixture(root, **kwargs)
                with SiteServer(root) as server:
                    ok, detail = check_page(driver, server.base_url + "unit/contoh/index.html", 3000)
                results.append(ok == expected)
                print(f"{'ok  ' if ok == expected else 'FAIL'} self-test: {name} ({detail})")
    finally:
        driver.quit()
    print(f"unit self-test: {results.count(True)} passed, {results.count(False)} failed")
    return 0 if all(results) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path)
    parser.add_argument("--max-height", type=int, default=10000)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            return self_test()
        if not args.site:
            parser.error("--site or --self-test")
        return run(args.site, args.max_height)
    except SetupError as err:
        print(f"unit: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
