#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes vectors.json: fixed Ed25519 keys, payloads and domain-separated signatures, computed here with
libsodium through ctypes and Python's own BLAKE2b, independently of the C++ code that tst_trustvectors checks."""
import base64
import ctypes
import ctypes.util
import hashlib
import json
import os

sodium = ctypes.CDLL(ctypes.util.find_library("sodium"))
assert sodium.sodium_init() >= 0

VECTORS = [
    # seed (hex), type, payload
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "root",
     '{"format":"kring-root/1","version":1}'),
    ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "snapshot",
     '{"format":"kring-snapshot/1","version":7}'),
    ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "announcement",
     '{"kind":"cancel","group":"ehv-rouw-partner","date":"2026-12-08","note":"één"}'),
    ("0000000000000000000000000000000000000000000000000000000000000001", "cert", '{"serial":"01"}'),
    ("0000000000000000000000000000000000000000000000000000000000000002", "directory", '{"groups":[]}'),
    ("0000000000000000000000000000000000000000000000000000000000000003", "revocations", '{"serials":[]}'),
    ("0000000000000000000000000000000000000000000000000000000000000004", "news",
     '{"format":"kring-news/1","items":[{"title":"Themavond"}]}'),
]

vectors = []
for seed_hex, kind, payload in VECTORS:
    seed = bytes.fromhex(seed_hex)
    public = ctypes.create_string_buffer(32)
    secret = ctypes.create_string_buffer(64)
    sodium.crypto_sign_seed_keypair(public, secret, seed)
    message = b"kring/" + kind.encode() + b"/v1\0" + payload.encode()
    signature = ctypes.create_string_buffer(64)
    sodium.crypto_sign_detached(signature, None, message, ctypes.c_ulonglong(len(message)), secret)
    vectors.append({
        "seed": seed_hex,
        "public": public.raw.hex(),
        "keyid": hashlib.blake2b(public.raw, digest_size=16).hexdigest(),
        "type": kind,
        "payload": payload,
        "payload_blake2b256": hashlib.blake2b(payload.encode(), digest_size=32).hexdigest(),
        "sig": base64.b64encode(signature.raw).decode(),
    })

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors.json"), "w", encoding="utf-8") as f:
    json.dump({"vectors": vectors}, f, indent=2, ensure_ascii=False)
    f.write("\n")
