# SPDX-License-Identifier: GPL-3.0-or-later
"""The Android and iOS files CMake wrote from platform/ (checked here, where no Android or iOS SDK is installed)
and the Linux desktop file: one application id everywhere, and they ask only for what Kring uses."""
import os
import plistlib
import re
import sys
import xml.etree.ElementTree as ET

SOURCE_DIR = os.environ["KRING_SOURCE_DIR"]
FILES = os.environ["KRING_PLATFORM_FILES"]
APP_ID = os.environ["KRING_APP_ID"]
A = "{http://schemas.android.com/apk/res/android}"
problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


# Android
manifest = ET.parse(os.path.join(FILES, "android", "AndroidManifest.xml")).getroot()
expect(manifest.get("package") == APP_ID, f"manifest package is {manifest.get('package')}")
permissions = sorted(p.get(A + "name") for p in manifest.findall("uses-permission"))
expect(permissions == sorted(["android.permission.INTERNET", "android.permission.ACCESS_COARSE_LOCATION",
                              "android.permission.ACCESS_FINE_LOCATION",
                              "android.permission.POST_NOTIFICATIONS",
                              "android.permission.VIBRATE"]), f"manifest asks for {permissions}")
expect(not manifest.findall("uses-permission-sdk-23"), "manifest asks for permissions through uses-permission-sdk-23")
application = manifest.find("application")
expect(application.get(A + "allowBackup") == "false", "allowBackup is not false")
expect(application.get(A + "usesCleartextTraffic") == "false", "usesCleartextTraffic is not false")
expect(application.get(A + "icon") == "@mipmap/ic_launcher", "no launcher icon")
schemes = [d.get(A + "scheme") for f in manifest.iter("intent-filter") for d in f.findall("data")]
expect("kring" in schemes, f"no kring:// intent filter ({schemes})")
expect(set(schemes) <= {"kring", "https"}, f"intent filters for {schemes}")
for folder in ["mipmap-mdpi", "mipmap-hdpi", "mipmap-xhdpi", "mipmap-xxhdpi", "mipmap-xxxhdpi"]:
    expect(os.path.isfile(os.path.join(FILES, "android", "res", folder, "ic_launcher.png")), f"no {folder} icon")
java = os.path.join(FILES, "android", "src", *APP_ID.split("."), "KeyVault.java")
expect(os.path.isfile(java), f"no {java}")
if os.path.isfile(java):
    with open(java, encoding="utf-8") as f:
        expect(f"package {APP_ID};" in f.read(), "KeyVault.java is not in the application's package")

# iOS
with open(os.path.join(FILES, "ios", "Info.plist"), "rb") as f:
    plist = plistlib.load(f)
expect(plist.get("CFBundleIdentifier") == APP_ID, f"CFBundleIdentifier is {plist.get('CFBundleIdentifier')}")
expect(plist.get("NSLocationWhenInUseUsageDescription"), "no when-in-use location text")
asked = sorted(k for k in plist if k.startswith("NS") and k.endswith("UsageDescription"))
expect(asked == ["NSLocationWhenInUseUsageDescription"], f"Info.plist asks for {asked}")
expect("location" not in plist.get("UIBackgroundModes", []), "background location")
schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
expect(schemes == ["kring"], f"URL schemes {schemes}")
expect(plist.get("NSAppTransportSecurity", {}).get("NSAllowsArbitraryLoads") is False, "ATS is loosened")
for lang in ["nl", "en"]:
    with open(os.path.join(SOURCE_DIR, "platform", "ios", f"{lang}.lproj", "InfoPlist.strings"), encoding="utf-8") as f:
        strings = f.read()
    expect(re.search(r'^"NSLocationWhenInUseUsageDescription" = ".+";$', strings, re.M),
           f"{lang}.lproj has no location text")
    expect("Always" not in strings, f"{lang}.lproj has an always-location text")
expect(os.path.isfile(os.path.join(SOURCE_DIR, "platform", "ios", "Assets.xcassets", "AppIcon.appiconset",
                                   "AppIcon-1024.png")), "no iOS icon")

# Linux
with open(os.path.join(FILES, "linux", APP_ID + ".desktop"), encoding="utf-8") as f:
    desktop = f.read()
for line in [f"Icon={APP_ID}", "MimeType=x-scheme-handler/kring;", "Exec=kring %u",
             "X-Purism-FormFactor=Workstation;Mobile;"]:
    expect(line in desktop.splitlines(), f"the desktop file has no line {line}")
metainfo = ET.parse(os.path.join(FILES, "linux", APP_ID + ".metainfo.xml")).getroot()
expect(metainfo.findtext("id") == APP_ID, "metainfo id")
expect(metainfo.findtext("launchable") == APP_ID + ".desktop", "metainfo launchable")

# The id is set in one place: no other id left in the sources.
for root, dirs, files in os.walk(SOURCE_DIR):
    dirs[:] = [d for d in dirs if not d.startswith((".", "build"))]
    for name in files:
        if name.endswith((".cpp", ".h", ".java", ".in", ".xml", ".plist", ".txt", ".md", ".desktop", ".cmake")):
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                content = f.read()
                if "org.example.kring" in content or "org/example/kring" in content:
                    problems.append(f"{os.path.relpath(path, SOURCE_DIR)} names another application id")

if problems:
    print("FAIL:\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"platform files: ok ({APP_ID})")
