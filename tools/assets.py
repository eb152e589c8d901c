#!/usr/bin/env python3
"""Build-time helpers for the game's assets (called by CMake).

  assets.py minify SRC DST        copy a JSON file without whitespace (smaller download)
  assets.py chars OUT FILE...     write every character the files use, for the font subset
"""
import json
import os
import sys


def minify(src, dst):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


def chars(out, files):
    used = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            used |= set(f.read())
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(sorted(c for c in used if c >= " ")))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "minify":
        minify(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == "chars":
        chars(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
