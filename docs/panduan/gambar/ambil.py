#!/usr/bin/env python3
"""Retake the screenshots of the officers' guide (docs/panduan/gambar/*.png).

Runs the real program as a new officer would: `lentera init` into an empty temporary
folder, `lentera serve` on a free port, then headless Chromium (Selenium) takes:

  beranda-ponsel.png    the new portal's home page, 375 px wide (a phone)
  beranda-desktop.png   the same page, 1366 px wide
  layanan.png           the example service page (the 14 components)
  galat-peramban.png    what `serve` shows in the browser when a file has a mistake

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


def start_serve(lentera, portal):
    """Start `lentera serve --port 0` in `portal`; return the process and its address."""
    env = dict(os.environ, LENTERA_LANG="id", NO_COLOR="1")
    process = subprocess.Popen([lentera, "serve", "--port", "0"], cwd=portal, env=env,
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


if __name__ == "__main__":
    main()
