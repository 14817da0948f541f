#!/usr/bin/env python3
"""Retake the screenshots of the officers' guide (docs/panduan/gambar/*.png).

Runs the real program as a new officer would: `lentera init` into an empty temporary
folder, `lentera serve` on a free port, then headless Chromium (Selenium) takes:

  beranda-ponsel.png    the new portal's home page, 375 px wide (a phone)
  beranda-desktop.png   the same page, 1366 px wide
  layanan.png           the example service page (the 14 components)
  galat-peramban.png    what `serve` shows in the browser when a file has a mistake

and, for 11-menyunting-di-peramban.md, the browser editor (`lentera serve --edit` on a
second new portal, with the accounts `admin` and `ani` made by `lentera user add`), each
page at 375 px (`-ponsel`) and 1366 px (`-desktop`):

  sunting-masuk-*       the sign-in page
  sunting-unit-*        the officer's unit: its files, by kind
  sunting-galat-*       a service's form sent back with an error beside the cost's amount
  sunting-konflik-*     the answer when another account saved the file in between
  sunting-riwayat-*     the unit's history

Each picture is cut to the top of the page, reduced to a palette and optimised with
Pillow (and optipng when it is installed), to stay small.

Usage (from the repository root, after `swift build` and `scripts/install-test-deps`):

    .build/e2e-venv/bin/python docs/panduan/gambar/ambil.py [--lentera .build/debug/lentera]

The venv needs Pillow beside Selenium: `.build/e2e-venv/bin/pip install pillow`.
"""

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

HERE = Path(__file__).resolve().parent
MAX_BYTES = 150 * 1024


def start_serve(lentera, portal, *options):
    """Start `lentera serve --port 0` in `portal`; return the process and its address."""
    env = dict(os.environ, LENTERA_LANG="id", NO_COLOR="1")
    process = subprocess.Popen([lentera, "serve", "--port", "0", *options], cwd=portal, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        sys.stdout.write("  serve: " + line)
        found = re.search(r"http://[0-9.]+:[0-9]+/", line)
        if found:
            return process, found.group(0)
    process.kill()
    sys.exit("lentera serve did not print its address")


def browser(width, height):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(width, height)
    return driver


def save(driver, name, width, height):
    """The top `height` pixels of the page at `width`, as a small optimised PNG."""
    image = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    image = image.crop((0, 0, min(width, image.width), min(height, image.height)))
    colours = 64
    path = HERE / name
    while True:
        image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
        if shutil.which("optipng"):
            subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)
        if path.stat().st_size <= MAX_BYTES or colours <= 16:
            break
        colours //= 2
    print(f"  {name}: {image.width}x{image.height}, {path.stat().st_size // 1024} KB")


def shows_problems(driver):
    """Whether the page shows serve's problems bar with its mistake."""
    try:
        bars = driver.find_elements(By.ID, "lentera-problems")
        return any(bar.is_displayed() and "galat" in bar.text for bar in bars)
    except Exception:  # the page reloaded while it was read
        return False


def take(driver, url, name, width, height, pause=1.0):
    driver.get(url)
    time.sleep(pause)
    save(driver, name, width, height)


EDITOR = "_lentera/sunting"
PASSWORD = {"admin": "sandi admin portal contoh", "ani": "kopi pagi di dinas contoh"}


def emulate(driver, width, height):
    """The page laid out at exactly `width` px (a headless window cannot be that narrow)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def both(driver, name, phone_height=812, desktop_height=768, phone_element=None):
    """The open page at 375 px and at 1366 px: `name-ponsel.png`, `name-desktop.png`; on
    the phone scrolled so that `phone_element` (a CSS selector) is near the top when given."""
    for width, height, suffix in ((375, phone_height, "ponsel"), (1366, desktop_height, "desktop")):
        element = phone_element if width < 600 else None
        emulate(driver, width, height)
        time.sleep(0.3)
        if element:
            driver.execute_script("const e = document.querySelector(arguments[0]);"
                                  "window.scrollTo(0, e ? e.getBoundingClientRect().top + window.scrollY - 16 : 0);", element)
        else:
            driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.2)
        save(driver, f"{name}-{suffix}.png", width, height)


def sign_in(driver, address, name):
    driver.get(address + EDITOR + "/masuk")
    driver.find_element(By.NAME, "nama").send_keys(name)
    driver.find_element(By.NAME, "sandi").send_keys(PASSWORD[name])
    driver.find_element(By.CSS_SELECTOR, "form.masuk button").click()
    time.sleep(1)


def fill(driver, name, value):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def press(driver, value):
    driver.find_element(By.CSS_SELECTOR, f'button[name="_aksi"][value="{value}"]:not([tabindex="-1"])').click()
    time.sleep(1.5)


def editor_pictures(lentera, folder):
    """The editor's pages of 11-menyunting-di-peramban.md, on a new portal of their own."""
    env = dict(os.environ, LENTERA_LANG="id", NO_COLOR="1")
    subprocess.run([lentera, "init", "portal-sunting"], cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL)
    portal = Path(folder) / "portal-sunting"
    for name, role in (("admin", ["--role", "admin", "--full-name", "Admin Portal"]),
                       ("ani", ["--role", "petugas", "--unit", "dinas-contoh", "--full-name", "Ani Rahmawati"])):
        subprocess.run([lentera, "user", "add", name, *role], cwd=portal, env=env, check=True,
                       input=PASSWORD[name] + "\n", text=True, stdout=subprocess.DEVNULL)
    process, address = start_serve(lentera, portal, "--edit")
    form = address + EDITOR + "/berkas/units/dinas-contoh/layanan/layanan-contoh.md"
    officer = browser(1366, 900)
    try:
        officer.get(address + EDITOR + "/masuk")
        both(officer, "sunting-masuk")
        sign_in(officer, address, "ani")
        officer.get(address + EDITOR + "/unit/dinas-contoh")
        both(officer, "sunting-unit")
        # The mistake of the chapter: a fee whose amount is written in words.
        officer.get(form)
        fill(officer, "f.biaya", "")
        press(officer, "tambah:biaya.tarif:0")
        fill(officer, "f.biaya.tarif.0.uraian", "Biaya cetak surat")
        fill(officer, "f.biaya.tarif.0.jumlah", "lima ribu")
        fill(officer, "f.biaya.dasar_hukum", "Peraturan Daerah Contoh Nomor 1 Tahun 2024")
        press(officer, "simpan")
        # The desktop shows the summary at the top; the phone the field with its error.
        both(officer, "sunting-galat", phone_height=812, desktop_height=640, phone_element=".ef-invalid")
        # Another account saves the same file while the officer's form is open.
        officer.get(form)
        fill(officer, "f.jangka_waktu.teks", "2 hari kerja")
        admin = browser(1366, 900)
        try:
            sign_in(admin, address, "admin")
            admin.get(form)
            fill(admin, "f.jangka_waktu.teks", "1 hari kerja")
            press(admin, "simpan")
        finally:
            admin.quit()
        press(officer, "simpan")
        both(officer, "sunting-konflik", desktop_height=768)
        officer.find_element(By.CSS_SELECTOR, 'form button[name="_aksi"][value="simpan"]').click()
        time.sleep(2)
        officer.get(address + EDITOR + "/riwayat/dinas-contoh")
        both(officer, "sunting-riwayat", desktop_height=640)
    finally:
        officer.quit()
        process.terminate()
        process.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lentera", default=".build/debug/lentera", help="the program to run")
    lentera = str(Path(parser.parse_args().lentera).resolve())

    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, LENTERA_LANG="id", NO_COLOR="1")
        subprocess.run([lentera, "init", "portal-saya"], cwd=folder, env=env, check=True)
        portal = Path(folder) / "portal-saya"
        process, address = start_serve(lentera, portal)
        try:
            phone = browser(375, 812)
            try:
                take(phone, address, "beranda-ponsel.png", 375, 812)
            finally:
                phone.quit()
            desktop = browser(1366, 900)
            try:
                take(desktop, address, "beranda-desktop.png", 1366, 768)
                take(desktop, address + "unit/dinas-contoh/layanan/layanan-contoh/", "layanan.png", 1366, 900)
                # The mistake of 05-memperbaiki-galat.md: a value holding `: ` without quotes.
                service = portal / "content/units/dinas-contoh/layanan/layanan-contoh.md"
                text = service.read_text(encoding="utf-8")
                service.write_text(text.replace("jangka_waktu: 3 hari kerja",
                                                "jangka_waktu: Waktu: 3 hari kerja"), encoding="utf-8")
                # The open page reloads by itself once serve has rebuilt; on a busy machine
                # that takes longer than a fixed pause, so wait for the problems bar. The
                # browser keeps the content in view when the bar arrives (scroll anchoring),
                # so scroll to the top, where the bar is.
                deadline = time.time() + 60
                while not shows_problems(desktop):
                    if time.time() > deadline:
                        sys.exit("the problems bar did not appear within 60 s")
                    time.sleep(0.5)
                desktop.execute_script("window.scrollTo(0, 0)")
                time.sleep(0.5)
                save(desktop, "galat-peramban.png", 1366, 640)
            finally:
                desktop.quit()
        finally:
            process.terminate()
            process.wait(timeout=10)
        editor_pictures(lentera, folder)


if __name__ == "__main__":
    main()
