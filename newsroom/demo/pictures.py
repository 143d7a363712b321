"""The demo's pictures, drawn with Pillow: abstract, deterministic, text-free.

No picture has words drawn in it: Pillow's built-in font has no Cyrillic or
Armenian letters, and a picture shared by every edition would speak one
language in all of them. Words go in captions and alt texts, per edition.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

PALETTES = [
    ((18, 52, 86), (196, 69, 54)),
    ((20, 90, 80), (240, 196, 25)),
    ((70, 30, 90), (230, 120, 90)),
    ((12, 60, 120), (90, 200, 220)),
    ((120, 40, 30), (250, 210, 150)),
    ((30, 100, 40), (220, 240, 180)),
    ((50, 50, 60), (240, 90, 120)),
]


def illustration(seed: int, size: tuple[int, int] = (1600, 900)) -> bytes:
    """A story picture: a gradient with rings and peaks, as JPEG."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    width, height = size
    picture = Image.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    for y in range(0, height, 4):
        t = y / height
        colour = tuple(
            int(lo + (hi - lo) * t * 0.6) for lo, hi in zip(dark, light, strict=True)
        )
        draw.rectangle([0, y, width, y + 4], fill=colour)
    for _ in range(7):
        r = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        tint = tuple(min(255, c + rng.randint(-30, 30)) for c in light)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], outline=tint, width=rng.randint(4, 14)
        )
    for _ in range(3):
        x = rng.randint(0, width)
        draw.polygon(
            [
                (x, height),
                (x + rng.randint(80, 400), rng.randint(height // 3, height)),
                (x + rng.randint(200, 600), height),
            ],
            fill=light,
        )
    return _encode(picture, "JPEG", quality=82, optimize=True)


def portrait(seed: int) -> bytes:
    """An author's silhouette, as JPEG."""
    rng = random.Random(seed * 7919)
    dark, light = PALETTES[seed % len(PALETTES)]
    picture = Image.new("RGB", (400, 400), light)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([130, 70, 270, 210], fill=dark)
    draw.ellipse([70, 230, 330, 520], fill=dark)
    draw.rectangle([0, 0, 400, 12 + rng.randint(0, 20)], fill=dark)
    return _encode(picture, "JPEG", quality=85)


def banner() -> bytes:
    """The header ad's 970x90 picture, as PNG; its words are each ad's alt text."""
    picture = Image.new("RGB", (970, 90), (243, 233, 210))
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, 0, 969, 89], outline=(180, 150, 90), width=3)
    for n in range(8):
        draw.ellipse(
            [40 + n * 110, 25, 80 + n * 110, 65], fill=PALETTES[n % len(PALETTES)][0]
        )
    return _encode(picture, "PNG")


def _encode(picture: Image.Image, image_format: str, **options: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, image_format, **options)
    return out.getvalue()
