#!/usr/bin/env python3
"""Two editor pages on a large unit, timed: a form with 50 requirements, a unit of 500 services.

    .build/e2e-venv/bin/python Tests/e2e/time_editor_pages.py [--lentera .build/debug/lentera]
        [--content content] [--services 500] [--requirements 50] [--loads 7]

Copies the content folder into a temporary folder, adds --services copies of the service
`aktivasi-user-id` to its unit and gives the service --requirements requirements, makes an
admin, starts ``lentera serve --edit``, signs in in headless Chromium, and loads each page
--loads times: the server's time from the request to the last byte
(``PerformanceNavigationTiming``), the first load and the median of the others printed. A figure for docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from check_editor import ADMIN, PASSWORD, PREFIX, SERVICE_FILE, UNIT, EditingServer, add_user, field  # noqa: E402
from check_serve import start_browser, wait_for  # noqa: E402

TIMING = ("const n = performance.getEntriesByType('navigation')[0];"
          "return [n.responseEnd - n.requestStart, n.transferSize];")


def enlarge(content: Path, services: int, requirements: int) -> None:
    service = content / SERVICE_FILE
    lines = service.read_text(encoding="utf-8").split("\n")
    for number in range(1, services + 1):
        copy = [f"nama: Layanan Uji {number}" if line.startswith("nama: ") else line for line in lines]
        (service.parent / f"layanan-uji-{number}.md").write_text("\n".join(copy), encoding="utf-8")
    out, index = [], 0
    while index < len(lines):
        if lines[index] == "persyaratan:":
            out.append("persyaratan:")
            out += [f"  - Persyaratan uji nomor {n} berupa dokumen pendukung yang dibawa pemohon." for n in range(1, requirements + 1)]
            index += 1
            while index < len(lines) and lines[index].startswith((" ", "-")):
                index += 1
            continue
        out.append(lines[index])
        index += 1
    service.write_text("\n".join(out), encoding="utf-8")


def run(args) -> int:
    lentera = args.lentera.resolve()
    work = Path(tempfile.mkdtemp(prefix="lentera-pages-time-"))
    server = driver = None
    try:
        content = work / "content"
        shutil.copytree(args.content, content)
        enlarge(content, args.services, args.requirements)
        add_user(lentera, content, ADMIN, "admin", [])
        server = EditingServer(lentera, content)
        if not server.wait_ready(600):
            print("\n".join(server.stdout + server.stderr))
            return 2
        driver = start_browser()
        driver.set_page_load_timeout(600)
        driver.get(server.sign_in)
        field(driver, "nama").send_keys(ADMIN)
        field(driver, "sandi").send_keys(PASSWORD)
        driver.find_element("css selector", "form.masuk button").click()
        wait_for(driver, lambda d: d.current_url.rstrip("/").endswith(PREFIX), 60, every=0.1)
        base = server.address.rstrip("/")
        for label, path in ((f"the form of a service with {args.requirements} requirements", f"{PREFIX}/berkas/{SERVICE_FILE.as_posix()}"),
                            (f"the editor's page of a unit with {args.services}+ services", f"{PREFIX}/unit/{UNIT}"),
                            ("the published unit page", f"/unit/{UNIT}/")):
            times = []
            for _ in range(args.loads):
                driver.get(base + path)
                times.append(driver.execute_script(TIMING))
            print(f"{label}: first {times[0][0]:.0f} ms, then median {statistics.median(t[0] for t in times[1:]):.0f} ms"
                  f" to the last byte, {times[-1][1]} bytes")
        return 0
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lentera", type=Path, default=Path(".build/debug/lentera"))
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--services", type=int, default=500)
    parser.add_argument("--requirements", type=int, default=50)
    parser.add_argument("--loads", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("page timing: cannot run: selenium is missing; run scripts/install-test-deps", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
