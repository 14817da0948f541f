#!/usr/bin/env python3
"""What an officer waits for: from pressing Simpan to the published page shown.

    .build/e2e-venv/bin/python Tests/e2e/time_editor_save.py [--lentera .build/debug/lentera]
        [--content content] [--service units/<unit>/layanan/<slug>.md] [--saves 7]

What it does:

  * copies the content folder into a temporary folder (the repository is never
    touched), makes an admin with ``lentera user add --password-stdin``, and starts
    ``lentera serve --edit --port 0`` on it, in Indonesian;
  * signs in in headless Chromium and opens the form of the service (by default the
    first service file of the first unit, in name order: the example portal's or a
    synthetic one's made by ``lentera-bench generate``);
  * --saves times: a new summary typed, Simpan pressed, the browser led to the service's
    published page; one measurement is the time from just before the click to the first
    paint of that page, on the browser's own clock (``performance.timeOrigin`` of the
    page, which starts with the form's POST, plus its first-contentful-paint entry).

It prints every save's time, the median, min and max, and the rebuilds ``serve``
reported meanwhile: a figure for docs/performance.md ("Saving in the editor"), not a
pass/fail. Exit status: 0 every save landed on its page, 1 one did not, 2 the
environment is not set up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from check_editor import ADMIN, PASSWORD, PREFIX, EditingServer, add_user, field, set_value  # noqa: E402
from check_serve import PAINTED_AT, start_browser, wait_for  # noqa: E402


def first_service(content: Path) -> Path:
    for unit in sorted((content / "units").iterdir()):
        services = sorted((unit / "layanan").glob("*.md")) if (unit / "layanan").is_dir() else []
        if services:
            return services[0].relative_to(content)
    raise SystemExit("no service file under units/*/layanan/")


def run(args) -> int:
    lentera = args.lentera.resolve()
    work = Path(tempfile.mkdtemp(prefix="lentera-save-time-"))
    server = driver = None
    try:
        content = work / "content"
        shutil.copytree(args.content, content)
        done = add_user(lentera, content, ADMIN, "admin", [])
        if done.returncode != 0:
            print(done.stdout + done.stderr)
            return 2
        service = args.service or first_service(content)
        server = EditingServer(lentera, content)
        if not server.wait_ready(600):
            print("\n".join(server.stdout + server.stderr))
            return 2
        driver = start_browser()
        # A debug build saving into a large portal takes longer than a page load may.
        driver.set_page_load_timeout(600)
        driver.set_script_timeout(600)
        base = server.address.rstrip("/")
        driver.get(server.sign_in)
        field(driver, "nama").send_keys(ADMIN)
        field(driver, "sandi").send_keys(PASSWORD)
        driver.find_element("css selector", "form.masuk button").click()
        wait_for(driver, lambda d: d.current_url.rstrip("/").endswith(PREFIX), 60, every=0.1)
        form = f"{base}{PREFIX}/berkas/{service.as_posix()}"
        times: list[float] = []
        landed_all = True
        rebuilds_before = len(server.stdout)
        for save in range(1, args.saves + 1):
            driver.get(form)
            set_value(driver, "f.ringkasan", f"Ringkasan ubahan nomor {save} untuk mengukur waktu simpan.")
            clicked_at = driver.execute_script(
                "const t = performance.timeOrigin + performance.now();"
                "document.querySelector('button[name=\"_aksi\"][value=\"simpan\"]').click(); return t;")
            landed = wait_for(driver, lambda d: "/_lentera/" not in d.current_url
                              and d.execute_script("return document.readyState") == "complete", 120, every=0.02)
            if not landed:
                landed_all = False
                print(f"  save {save}: did not land on a published page (at {driver.current_url})")
                continue
            painted_at = driver.execute_script(PAINTED_AT)
            times.append((painted_at - clicked_at) / 1000)
            print(f"  save {save}: {times[-1] * 1000:.0f} ms from Simpan to the page shown ({driver.current_url})")
            time.sleep(args.pause)
        print("serve said meanwhile:")
        for line in server.stdout[rebuilds_before:]:
            print(f"  {line}")
        if times:
            print(f"save-to-page: median {statistics.median(times) * 1000:.0f} ms over {len(times)} saves "
                  f"(min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms); service {service.as_posix()}")
        return 0 if landed_all else 1
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
    parser.add_argument("--service", type=Path, help="the service file to save, relative to the content folder")
    parser.add_argument("--saves", type=int, default=7)
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between saves (an officer reads the page)")
    args = parser.parse_args(argv)
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("save timing: cannot run: selenium is missing; run scripts/install-test-deps", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
