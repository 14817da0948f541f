"""Makes the example portal's files (content/berkas/, units/*/berkas/) with Pillow:
python3 examples/berkas/make.py (from the repository's root; Pillow 13). Every file is a
stand-in drawn here and marked CONTOH: no agency's emblem, no copy of a real document."""
from PIL import Image, ImageDraw, ImageFont

BLUE, YELLOW, WHITE, INK = (11, 83, 148), (255, 210, 77), (255, 255, 255), (30, 30, 30)
DUKCAPIL = "content/units/dinas-kependudukan-dan-pencatatan-sipil-banjarmasin/berkas/"
PENGADAAN = "content/units/bagian-layanan-pengadaan/berkas/"

def font(size):
    return ImageFont.load_default(size=size)

def logo(path, size=96):
    # A generic mark: an "L" beside a lamp's light, on a rounded square.
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = size / 32
    draw.rounded_rectangle([0, 0, size - 1, size - 1], radius=6 * unit, fill=BLUE)
    draw.polygon([(11 * unit, 6 * unit), (15 * unit, 6 * unit), (15 * unit, 22 * unit), (23 * unit, 22 * unit),
                  (23 * unit, 26 * unit), (11 * unit, 26 * unit)], fill=WHITE)
    draw.ellipse([18.5 * unit, 7.5 * unit, 25.5 * unit, 14.5 * unit], fill=YELLOW)
    image.save(path, optimize=True)

def document(path, title, lines):
    # One A4 page at 100 dpi, saved as PDF, with CONTOH across it.
    page = Image.new("RGB", (827, 1169), WHITE)
    draw = ImageDraw.Draw(page)
    draw.text((80, 80), "CONTOH", font=font(96), fill=(200, 40, 40))
    draw.text((80, 220), title, font=font(30), fill=INK)
    y = 290
    for line in lines:
        draw.text((80, y), line, font=font(22), fill=INK)
        y += 36
    draw.rectangle([40, 40, 786, 1128], outline=(200, 40, 40), width=4)
    page.save(path, resolution=100)

def poster(path):
    steps = ["1. Ambil nomor antrean", "2. Petugas memeriksa NIK", "3. Perekaman biometrik", "4. KTP-el dicetak dan diserahkan"]
    image = Image.new("RGB", (640, 420), WHITE)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 639, 70], fill=BLUE)
    draw.text((20, 18), "Alur layanan KTP-el (CONTOH)", font=font(30), fill=WHITE)
    for index, step in enumerate(steps):
        top = 95 + index * 75
        draw.rounded_rectangle([30, top, 610, top + 55], radius=10, fill=(232, 241, 250), outline=BLUE, width=2)
        draw.text((50, top + 14), step, font=font(24), fill=INK)
    draw.text((30, 395), "Gratis. Data contoh untuk portal contoh Lentera.", font=font(16), fill=INK)
    image.save(path, optimize=True)

logo("content/berkas/logo.png")
document(DUKCAPIL + "maklumat-ttd-contoh.pdf", "Maklumat Pelayanan (pengganti pindaian)",
         ["Berkas ini menggantikan pindaian maklumat bertanda tangan", "pada portal contoh Lentera.",
          "Bukan dokumen asli; tidak ada tanda tangan di dalamnya."])
document(PENGADAAN + "sk-standar-pelayanan-contoh.pdf", "Keputusan penetapan standar pelayanan (pengganti)",
         ["Berkas ini menggantikan dokumen keputusan pada portal contoh Lentera.", "Bukan salinan peraturan yang disebut di halaman layanan.",
          "Dokumen asli diterbitkan oleh instansi yang menetapkannya."])
poster(DUKCAPIL + "poster-ktp-el-contoh.png")
