#!/usr/bin/env python3
"""A phone's first screen of every service page answers a citizen's questions.

    .build/e2e-venv/bin/python Tests/e2e/check_service_first_screen.py --site DIR
    .build/e2e-venv/bin/python Tests/e2e/check_service_first_screen.py --self-test

A citizen opens a service on a 375 x 800 phone and wants to know, before scrolling: how
long it takes, how much it costs, where to complain, and what to bring. For every service
page of DIR (a page holding ``<article class="service"``) this script opens the page in
headless Chromium at 375 x 800 (the phone of check_site.py) and fails unless the
summary list's rows "Jangka waktu", "Biaya/tarif" and "Pengaduan" (or their English
labels) and the start of "Persyaratan" (its label and its first requirement) are within
the first 800 px: their label's bottom, and the first requirement's top, at most 800 px
from the top of the page.

It prints one line per service page with the position of each answer and, last,
``first screen: N passed, M failed``. Exit status: 0 all passed, 1 a check failed,
2 the environment is not set up.

``--self-test`` proves the check can fail: a page whose complaint row is pushed below
the first screen and a page without a cost row must fail; a short page must pass.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_site  # noqa: E402  (the browser, the server, the phone's viewport)

SERVICE_MARKER = '<article class="service"'
SCREEN = check_site.Viewport("phone", 375, 800, mobile=True)

# The answers the first screen must hold: a name for the report, and the labels the
# summary list gives them in each of the theme's languages.
ANSWERS = (
    ("time", ("Jangka waktu", "How long")),
    ("cost", ("Biaya/tarif", "Cost")),
    ("complaints", ("Pengaduan", "Complaints")),
    ("requirements", ("Persyaratan", "What to bring")),
)

# For each answer, where its label ends and (for the requirements) where the first item
# starts, in CSS pixels from the top of the page; null when the row is not there.
POSITIONS_JS = """
const answers = arguments[0];
window.scrollTo(0, 0);
const rows = [...document.querySelectorAll('article.service dl.summary-list > div')];
const found = {};
for (const [name, labels] of answers) {
  const row = rows.find(r => { const dt = r.querySelector('dt'); return dt && labels.includes(dt.textContent.trim()); });
  if (!row) { found[name] = null; continue; }
  const label = row.querySelector('dt').getBoundingClientRect();
  const first = row.querySelector('dd li') || row.querySelector('dd');
  found[name] = {top: Math.round(label.top + scrollY), labelBottom: Math.round(label.bottom + scrollY),
                 firstItemTop: Math.round(first.getBoundingClientRect().top + scrollY)};
}
return found;
"""


def service_pages(site: Path) -> list[str]:
    """Paths (relative to the site) of the pages that hold a service standard."""
    return [path.relative_to(site).as_posix() for path in sorted(site.rglob("*.html"))
            if SERVICE_MARKER in path.read_text(encoding="utf-8", errors="replace")]


def check_page(driver, base_url: str, rel: str) -> tuple[bool, str]:
    driver.get(base_url + rel)
    positions = driver.execute_script(POSITIONS_JS, [[name, list(labels)] for name, labels in ANSWERS])
    problems, shown = [], []
    for name, labels in ANSWERS:
        where = positions.get(name)
        if where is None:
            problems.append(f"no \"{labels[0]}\" row in the summary list")
            continue
        shown.append(f"{name} {where['top']}")
        if where["labelBottom"] > SCREEN.height:
            problems.append(f"\"{labels[0]}\" ends at {where['labelBottom']} px (the first screen is {SCREEN.height} px)")
        if name == "requirements" and where["firstItemTop"] >= SCREEN.height:
            problems.append(f"the first requirement starts at {where['firstItemTop']} px (below {SCREEN.height} px)")
    detail = ", ".join(shown) or "no answers"
    if problems:
        return False, detail + ": " + "; ".join(problems)
    return True, detail


def check_pages(root: Path, pages: list[str]) -> list[tuple[str, bool, str]]:
    driver = check_site.start_browser(check_site.find_chromium())
    try:
        check_site.set_viewport(driver, SCREEN)
        with check_site.SiteServer(root) as server:
            return [(rel, *check_page(driver, server.base_url, rel)) for rel in pages]
    finally:
        driver.quit()


def environment_ready() -> bool:
    problems = []
    try:
        check_site.find_chromium()
    except check_site.SetupError as err:
        problems.append(str(err))
    if not Path(check_site.CHROMEDRIVER).exists():
        problems.append(f"chromedriver not found at {check_site.CHROMEDRIVER}")
    try:
        __import__("selenium")
    except ImportError:
        problems.append(f"Python package selenium not importable by {sys.executable} ({check_site.INSTALL_HINT})")
    if problems:
        print("first screen: environment not ready:\n" + "\n".join(problems), file=sys.stderr)
    return not problems


def run(site: Path) -> int:
    if not environment_ready():
        return 2
    pages = service_pages(site)
    if not pages:
        print(f"first screen: no service page (none holds {SERVICE_MARKER}) in {site}")
        print("first screen: 0 passed, 1 failed")
        return 1
    results = check_pages(site, pages)
    for rel, ok, detail in results:
        print(f"{'ok  ' if ok else 'FAIL'} {rel}: {detail}")
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"first screen: {len(results) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


# --------------------------------------------------------------------------
# Self-test

_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>body {{ margin: 0 1rem; font: 16px sans-serif; }}</style></head>
<body><article class="service"><h1>{title}</h1>{before}<dl class="summary-list">{rows}</dl></article></body></html>
"""
_ROWS = {
    "time": "<div><dt>Jangka waktu</dt><dd>14 hari kerja</dd></div>",
    "cost": "<div><dt>Biaya/tarif</dt><dd>Gratis</dd></div>",
    "complaints": "<div><dt>Pengaduan</dt><dd><a href='#'>SP4N-LAPOR!</a></dd></div>",
    "requirements": "<div id='persyaratan'><dt>Persyaratan</dt><dd><ul><li>Kartu Keluarga</li></ul></dd></div>",
}


def self_test() -> int:
    if not environment_ready():
        return 2
    fixtures = {
        "pendek/index.html": ("", ["time", "cost", "complaints", "requirements"]),
        # A tall introduction pushes the last two rows below the first screen.
        "panjang/index.html": ("<div style='height: 700px'></div>", ["time", "cost", "complaints", "requirements"]),
        "tanpa-biaya/index.html": ("", ["time", "complaints", "requirements"]),
    }
    with tempfile.TemporaryDirectory(prefix="lentera-first-screen-") as tmp:
        root = Path(tmp)
        for rel, (before, rows) in fixtures.items():
            path = root / rel
            path.parent.mkdir(parents=True)
            path.write_text(_PAGE.format(title=rel.split("/")[0], before=before, rows="".join(_ROWS[r] for r in rows)), encoding="utf-8")
        found = service_pages(root)
        results = {rel: (ok, detail) for rel, ok, detail in check_pages(root, found)}
    expectations = [
        ("finds the service pages", found == sorted(fixtures), ", ".join(found)),
        ("a short page passes", results["pendek/index.html"][0], results["pendek/index.html"][1]),
        ("a complaint row below the first screen fails",
         not results["panjang/index.html"][0] and '"Pengaduan" ends at' in results["panjang/index.html"][1],
         results["panjang/index.html"][1]),
        ("a missing cost row fails",
         not results["tanpa-biaya/index.html"][0] and 'no "Biaya/tarif" row' in results["tanpa-biaya/index.html"][1],
         results["tanpa-biaya/index.html"][1]),
    ]
    for name, ok, detail in expectations:
        print(f"{'ok  ' if ok else 'FAIL'} self-test: {name} ({detail})")
    failed = sum(1 for _, ok, _ in expectations if not ok)
    print(f"first screen self-test: {len(expectations) - failed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--site", type=Path, metavar="DIR", help="built site whose service pages to open")
    mode.add_argument("--self-test", action="store_true", help="prove the check can fail")
    args = parser.parse_args(argv)
    return self_test() if args.self_test else run(args.site)


if __name__ == "__main__":
    sys.exit(main())
