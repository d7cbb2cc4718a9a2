#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes Kring's icon, a plain ring (neutral on purpose: no heart, no hands, nothing that names a theme), as SVG
and as PNGs in the sizes Linux, Android and iOS ask for, all from the geometry below, so the pictures cannot drift
apart. Standard library only. Run it after changing the geometry and commit what it writes:

    python3 scripts/make-icons.py
"""
import math
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Geometry in units of the icon's side (0..1).
BACKGROUND = (0x00, 0x69, 0x5C)  # Theme.accent
RING = (0xFF, 0xFF, 0xFF)
CENTRE = 0.5
RING_RADIUS = 0.29  # centre line of the ring
RING_WIDTH = 0.10
CORNER = 0.22  # rounded square on Linux; Android and iOS cut their own shape from a full square

SVG = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: CC0-1.0 -->
<!-- Kring's icon: a plain ring. Written by scripts/make-icons.py; edit the geometry there. -->
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect x="0" y="0" width="128" height="128" rx="{CORNER * 128:g}" ry="{CORNER * 128:g}" fill="#{BACKGROUND[0]:02x}{BACKGROUND[1]:02x}{BACKGROUND[2]:02x}"/>
  <circle cx="{CENTRE * 128:g}" cy="{CENTRE * 128:g}" r="{RING_RADIUS * 128:g}" fill="none" stroke="#ffffff" stroke-width="{RING_WIDTH * 128:g}"/>
</svg>
"""

# The ring alone on a transparent square, for Android's adaptive icon (a vector drawable, 108 dp with the
# 72 dp safe zone in the middle: the ring is drawn at the same size as on the other icons, relative to 72 dp).
ANDROID_FOREGROUND = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- SPDX-License-Identifier: CC0-1.0 -->
<!-- Kring's icon: a plain ring. Written by scripts/make-icons.py; edit the geometry there. -->
<vector xmlns:android="http://schemas.android.com/apk/res/android"
    android:width="108dp" android:height="108dp" android:viewportWidth="108" android:viewportHeight="108">
  <path android:strokeColor="#FFFFFF" android:strokeWidth="{RING_WIDTH * 72:g}" android:fillColor="#00000000"
      android:pathData="M{54 - RING_RADIUS * 72:g},54 a{RING_RADIUS * 72:g},{RING_RADIUS * 72:g} 0 1,0 {2 * RING_RADIUS * 72:g},0 a{RING_RADIUS * 72:g},{RING_RADIUS * 72:g} 0 1,0 -{2 * RING_RADIUS * 72:g},0"/>
</vector>
"""


def coverage(distance):
    """Share of a pixel covered by a shape whose edge lies `distance` pixels away (negative: inside)."""
    return min(1.0, max(0.0, 0.5 - distance))


def render(size, rounded):
    rows = []
    half_width = RING_WIDTH * size / 2
    radius = RING_RADIUS * size
    corner = CORNER * size
    for y in range(size):
        row = bytearray([0])  # filter type 0 (none)
        py = y + 0.5
        for x in range(size):
            px = x + 0.5
            # Rounded square: distance to its edge.
            if rounded:
                qx = max(abs(px - size / 2) - (size / 2 - corner), 0.0)
                qy = max(abs(py - size / 2) - (size / 2 - corner), 0.0)
                inside_square = coverage(math.hypot(qx, qy) - corner)
            else:
                inside_square = 1.0
            d = abs(math.hypot(px - CENTRE * size, py - CENTRE * size) - radius) - half_width
            ring = coverage(d)
            colour = [round(b + (r - b) * ring) for b, r in zip(BACKGROUND, RING)]
            row += bytes(colour) + bytes([round(255 * inside_square)])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + \
        chunk(b"IEND", b"")


def write(path, data):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "w" if isinstance(data, str) else "wb"
    with open(path, mode) as f:
        f.write(data)
    print("wrote", os.path.relpath(path, ROOT))


write("assets/icons/kring.svg", SVG)
for size in (48, 64, 128, 256, 512):
    write(f"assets/icons/hicolor/{size}x{size}/kring.png", render(size, rounded=True))
# Android: legacy launcher icons per density (Android cuts the shape), and the adaptive icon's foreground.
for density, size in (("mdpi", 48), ("hdpi", 72), ("xhdpi", 96), ("xxhdpi", 144), ("xxxhdpi", 192)):
    write(f"platform/android/res/mipmap-{density}/ic_launcher.png", render(size, rounded=False))
write("platform/android/res/drawable/ic_launcher_foreground.xml", ANDROID_FOREGROUND)
# iOS: one 1024 pixel icon without transparency (Xcode 14+ makes the other sizes).
write("platform/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png", render(1024, rounded=False))
