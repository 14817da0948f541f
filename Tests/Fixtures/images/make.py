"""Makes the image files the size reader is tested on, with Pillow (a second, independent
writer of each format): python3 make.py (Pillow 13). Each name carries the size Pillow was
asked for, which the tests compare with what Lentera reads from the file's header."""
from PIL import Image, ImageDraw

def picture(width, height, mode="RGB"):
    image = Image.new(mode, (width, height), (230, 240, 250, 0) if mode == "RGBA" else (230, 240, 250))
    draw = ImageDraw.Draw(image)
    draw.rectangle([width // 4, height // 4, 3 * width // 4, 3 * height // 4], fill=(20, 90, 160))
    return image

picture(320, 200).save("poster-320x200.png")
picture(64, 48).save("foto-64x48.jpg", quality=80)
exif = Image.Exif()
exif[0x010F] = "Lentera test camera"
picture(64, 48).save("foto-exif-64x48.jpg", quality=80, exif=exif.tobytes())
picture(100, 37).save("foto-progresif-100x37.jpg", quality=80, progressive=True)
picture(30, 20).save("gambar-30x20.webp", quality=70)
picture(31, 21).save("gambar-lossless-31x21.webp", lossless=True)
picture(40, 10, "RGBA").save("gambar-alfa-40x10.webp", quality=70)
picture(12, 7).convert("P").save("gambar-12x7.gif")
