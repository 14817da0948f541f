#!/usr/bin/env python3
"""`lentera serve` in a real browser: live reload and the time from a save to the page.

    .build/e2e-venv/bin/python Tests/e2e/check_serve.py [--lentera .build/debug/lentera]
        [--content content] [--templates templates] [--edits 7] [--limit 1.0]

What it does:

  * copies the content folder into a temporary folder (the repository is never
    touched) and starts ``lentera serve --port 0`` on it, in Indonesian, with the
    built-in theme (as an officer's portal made by ``lentera init`` has it);
  * opens a service page in headless Chromium and marks the page (a variable in
    the page's window, which only a reload clears);
  * saves the service file with a new name, several times, and each time waits
    for the open page to reload by itself and show the new name; the time from
    just before the save to the first paint of the reloaded page (the browser's
    own clock: ``performance.timeOrigin`` + the first-contentful-paint entry) is
    one measurement; the median is printed (a figure for docs/performance.md, not a
    pass/fail: a timed check fails on a busy machine for no fault of the code) and is
    held under --limit seconds only when that option is given (a quiet machine);
  * saves a new wording for one step of the procedure (the page alone is made again,
    from what the last build kept) and waits for the page to show it;
  * saves a broken file: the page reloads, keeps the last good text and shows
    the errors' panel naming the file; a fix reloads it without the panel;
  * runs axe-core (check_site.py's rules, at 375 and 1280 px) on the page
    with the errors' panel over it;
  * stops the server with SIGINT: it must say so and exit with 0;
  * starts serve again on a copy whose service file is broken from the start
    (no build ever succeeded): any address shows the problems page, which axe
    checks at both widths too (screenshot serve-problems-page.png).

The last line printed is ``serve e2e: N passed, M failed``. Exit status: 0 all
passed, 1 a check failed, 2 the environment is not set up (run
scripts/install-test-deps). Nothing is downloaded: chromedriver is
/usr/bin/chromedriver, as for check_site.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
UNIT = "bagian-layanan-pengadaan"
SERVICE = "aktivasi-user-id"
SERVICE_FILE = Path("units") / UNIT / "layanan" / f"{SERVICE}.md"
PAGE = f"unit/{UNIT}/layanan/{SERVICE}/"

# axe and the viewport sizes are check_site.py's (the same rules, widths and axe-core).
from check_site import DESKTOP, PHONE, axe_open_page, describe_violations, set_viewport  # noqa: E402


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, ok: bool, what: str) -> bool:
        if ok:
            self.passed += 1
            print(f"ok: {what}")
        else:
            self.failed += 1
            print(f"FAILED: {what}")
        return ok


class Server:
    """`lentera serve` as a child process; its output collected line by line."""

    def __init__(self, lentera: Path, content: Path, templates: Path | None) -> None:
        env = dict(os.environ, LENTERA_LANG="id")
        theme = ["--templates", str(templates)] if templates else []
        self.process = subprocess.Popen(
            [str(lentera), "serve", "--port", "0", "--content", str(content)] + theme,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.address: str | None = None
        self._ready = threading.Event()
        threading.Thread(target=self._read, args=(self.process.stdout, self.stdout, True), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.stderr, False), daemon=True).start()

    def _read(self, stream, lines: list[str], watch_address: bool) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))
            found = re.search(r"(http://[0-9.:\[\]]+/)", line)
            if watch_address and found and self.address is None:
                self.address = found.group(1)
            if watch_address and self.address and "Ctrl+C" in line:  # the line after the address
                self._ready.set()
        self._ready.set()

    def wait_ready(self, seconds: float) -> bool:
        self._ready.wait(seconds)
        return self.address is not None

    def stop(self, seconds: float = 15) -> int | None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = next((c for c in CHROMIUM_CANDIDATES if os.path.exists(c)), None)
    if chromium is None or not os.path.exists(CHROMEDRIVER):
        raise SystemExit(2)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--lang=id-ID"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


# The time the current page was first painted, in milliseconds since the epoch (the
# DOMContentLoaded end when the browser gives no paint entry).
PAINTED_AT = """
const paint = performance.getEntriesByName('first-contentful-paint')[0];
const nav = performance.getEntriesByType('navigation')[0];
return performance.timeOrigin + (paint ? paint.startTime : nav.domContentLoadedEventEnd);
"""


def wait_for(driver, condition, seconds: float, every: float = 0.01) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition(driver):
                return True
        except Exception:  # the page is being replaced under the driver
            pass
        time.sleep(every)
    return False


def reloaded_showing(text: str):
    def condition(driver) -> bool:
        return driver.execute_script(
            "return window.lenteraMark === undefined && document.readyState === 'complete' "
            "&& document.body.innerText.includes(arguments[0]);", text)
    return condition


def mark(driver) -> None:
    driver.execute_script("window.lenteraMark = 1;")


def rename_service(original: str, name: str) -> str:
    return re.sub(r"(?m)^nama: .*$", f"nama: {name}", original, count=1)


def run(args) -> int:
    checks = Checks()
    lentera = args.lentera.resolve()
    work = Path(tempfile.mkdtemp(prefix="lentera-serve-e2e-"))
    server = None
    driver = None
    try:
        content = work / "content"
        shutil.copytree(args.content, content)
        service_file = content / SERVICE_FILE
        original = service_file.read_text(encoding="utf-8")
        server = Server(lentera, content, args.templates.resolve() if args.templates else None)
        if not checks.check(server.wait_ready(120), "serve printed its address"):
            print("\n".join(server.stdout + server.stderr))
            return 1
        checks.check(any("tekan Ctrl+C untuk berhenti" in line for line in server.stdout),
                     "serve printed `tekan Ctrl+C untuk berhenti`")
        driver = start_browser()
        driver.get(server.address + PAGE)
        checks.check("/_lentera/live-reload.js" in driver.page_source, "the served page carries the reload script")

        times = []
        for edit in range(1, args.edits + 1):
            name = f"Layanan Uji Pratinjau {edit}"
            mark(driver)
            time.sleep(0.3)  # the page's wait for the next build is open
            saved_at = time.time() * 1000
            service_file.write_text(rename_service(original, name), encoding="utf-8")
            if not checks.check(wait_for(driver, reloaded_showing(name), 15),
                                f"edit {edit}: the open page reloaded by itself and shows `{name}`"):
                continue
            painted_at = driver.execute_script(PAINTED_AT)
            times.append((painted_at - saved_at) / 1000)
            print(f"  edit {edit}: {times[-1] * 1000:.0f} ms from save to paint")
        # The wording of one step, and nothing else: the preview makes that page alone again
        # from what its last build kept (SiteBuilder.update), and the page reloads as after a build.
        step = "  - Pemohon login ke email yang sudah didaftarkan di website LPSE;"
        wording = "Pemohon masuk ke surel yang sudah didaftarkan (uji kata)"
        if checks.check(step in original, "the service file has the step the wording edit changes"):
            mark(driver)
            time.sleep(0.3)
            saved_at = time.time() * 1000
            service_file.write_text(rename_service(original, f"Layanan Uji Pratinjau {args.edits}").replace(step, f"  - {wording};", 1),
                                    encoding="utf-8")
            if checks.check(wait_for(driver, reloaded_showing(wording), 15),
                            "a step's new wording: the open page reloaded by itself and shows it"):
                print(f"  wording edit: {(driver.execute_script(PAINTED_AT) - saved_at):.0f} ms from save to paint")
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(args.screenshots / "serve-page.png"))
        if times:
            median = statistics.median(times)
            print(f"edit-to-visible: median {median * 1000:.0f} ms over {len(times)} edits "
                  f"(min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms)")
            if args.limit is not None:
                checks.check(median < args.limit, f"median edit-to-visible under {args.limit:.1f} s")

        # A broken save: the last good page stays, with the errors' panel over it.
        mark(driver)
        time.sleep(0.3)
        service_file.write_text(original.replace("\nurutan:", "\nurutn:", 1), encoding="utf-8")
        shown = wait_for(driver, lambda d: d.execute_script(
            "return window.lenteraMark === undefined && document.getElementById('lentera-problems') !== null;"), 15)
        if checks.check(shown, "a broken save reloads the page with the errors' panel"):
            panel = driver.find_element("id", "lentera-problems").text
            checks.check(str(SERVICE_FILE) in panel and "galat" in panel, "the panel names the file and says `galat`")
            checks.check(f"Layanan Uji Pratinjau {args.edits}" in driver.find_element("tag name", "h1").text,
                         "the last good page stays under the panel")
            if args.screenshots:
                driver.save_screenshot(str(args.screenshots / "serve-errors.png"))
            for viewport in (PHONE, DESKTOP):
                set_viewport(driver, viewport)
                outcome = axe_open_page(driver)
                checks.check(not describe_violations(outcome),
                             f"axe finds nothing on the page with the errors' panel @ {viewport}"
                             + "".join("\n    " + line for line in describe_violations(outcome)))
        mark(driver)
        time.sleep(0.3)
        service_file.write_text(rename_service(original, "Layanan Uji Pulih"), encoding="utf-8")
        recovered = wait_for(driver, reloaded_showing("Layanan Uji Pulih"), 15)
        checks.check(recovered and driver.execute_script("return document.getElementById('lentera-problems') === null;"),
                     "a fix reloads the page without the panel")
        check_problems_page(args, lentera, work, content, original, service_file, driver, checks)
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            status = server.stop()
            checks.check(status == 0, f"SIGINT stops serve with status 0 (got {status})")
            checks.check(any("Pratinjau dihentikan." in line for line in server.stdout), "serve said it stopped")
            rebuilds = [line for line in server.stdout if line.startswith("Perubahan dibangun ulang")]
            if rebuilds:
                print("serve's own rebuild times: " + ", ".join(re.findall(r"dalam ([0-9.]+ m?s)", " ".join(rebuilds))))
        shutil.rmtree(work, ignore_errors=True)
    print(f"serve e2e: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


def check_problems_page(args, lentera: Path, work: Path, content: Path, original: str, service_file: Path,
                        driver, checks: Checks) -> None:
    """serve on content that has never built: every address shows the problems
    page, which must pass axe at both widths."""
    broken = work / "broken-content"
    shutil.copytree(content, broken)
    (broken / SERVICE_FILE).write_text(original.replace("\nurutan:", "\nurutn:", 1), encoding="utf-8")
    server = Server(lentera, broken, args.templates.resolve() if args.templates else None)
    try:
        if not checks.check(server.wait_ready(120), "serve on broken content printed its address"):
            return
        driver.get(server.address + PAGE)
        if not checks.check(driver.execute_script(
                "return document.querySelector('h1') !== null && document.getElementById('lentera-problems') !== null;"),
                "serve on content that never built shows the problems page"):
            return
        if args.screenshots:
            driver.save_screenshot(str(args.screenshots / "serve-problems-page.png"))
        for viewport in (PHONE, DESKTOP):
            set_viewport(driver, viewport)
            outcome = axe_open_page(driver)
            checks.check(not describe_violations(outcome),
                         f"axe finds nothing on the problems page @ {viewport}"
                         + "".join("\n    " + line for line in describe_violations(outcome)))
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lentera", type=Path, default=Path(".build/debug/lentera"))
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--templates", type=Path, default=None,
                        help="the portal's own templates folder (default: none, the built-in theme)")
    parser.add_argument("--edits", type=int, default=7, help="saves measured (the median is reported)")
    parser.add_argument("--limit", type=float, default=None,
                        help="the largest median allowed, in seconds (not checked unless given: a measurement, not a test)")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="save serve-page.png (a reloaded page) and serve-errors.png (the errors' panel) here")
    args = parser.parse_args(argv)
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("serve e2e: cannot run: selenium is missing; run scripts/install-test-deps", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
