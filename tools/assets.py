#!/usr/bin/env python3
"""Build-time helpers for the game's assets (called by CMake).

  assets.py minify SRC DST        copy a JSON file without whitespace (smaller download)
  assets.py chars OUT FILE...     write every character the files use, for the font subset
  assets.py pack OUT ROOT FILE... write the files (paths relative to ROOT) as one pack, gzipped
  assets.py gzip SRC DST          gzip a file as tightly as deflate allows (zopfli)
  assets.py translations OUT_LOCALES FILE...
                                  stage venue translations (<lang>/<venue>.json) compactly:
                                  <venue>.keys.json lists the keys once, and each language's
                                  file becomes a list of its texts in that order (null where
                                  it has none); game/content/localise.cpp reads both forms

The web build ships its wasm and its pack gzipped by zopfli (about 5 % smaller
than gzip -9); the page inflates them itself, so no server setting is needed.
"""
import json
import os
import subprocess
import sys


def write_json(dst, data):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


def minify(src, dst):
    with open(src, encoding="utf-8") as f:
        write_json(dst, json.load(f))


def chars(out, files):
    used = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            used |= set(f.read())
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(sorted(c for c in used if c >= " ")))


def translations(out_dir, files):
    by_venue = {}
    for path in files:
        venue = os.path.splitext(os.path.basename(path))[0]
        language = os.path.basename(os.path.dirname(path))
        with open(path, encoding="utf-8") as f:
            by_venue.setdefault(venue, {})[language] = json.load(f)
    for venue, languages in by_venue.items():
        keys = sorted(set().union(*languages.values()))
        write_json(os.path.join(out_dir, venue + ".keys.json"), keys)
        for language, texts in languages.items():
            write_json(os.path.join(out_dir, language, venue + ".json"), [texts.get(k) for k in keys])


def gzip(src, dst):
    with open(dst, "wb") as out:
        subprocess.run(["zopfli", "--gzip", "-c", src], stdout=out, check=True)


def pack(out, root, files):
    """The format game/content/pack.h reads: "MOTPACK1 <count>", "<size> <path>" lines, the bytes."""
    entries = []
    for path in sorted(files):
        with open(path, "rb") as f:
            entries.append((os.path.relpath(path, root).replace(os.sep, "/"), f.read()))
    index = "".join(f"{len(data)} {name}\n" for name, data in entries)
    raw = out + ".raw"
    with open(raw, "wb") as f:
        f.write(f"MOTPACK1 {len(entries)}\n{index}".encode("utf-8"))
        for _, data in entries:
            f.write(data)
    gzip(raw, out)
    os.remove(raw)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "minify":
        minify(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "chars":
        chars(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) >= 5 and sys.argv[1] == "pack":
        pack(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "translations":
        translations(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "gzip":
        gzip(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
