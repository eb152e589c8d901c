#!/usr/bin/env python3
"""Build-time and packaging helpers for the game's content (called by CMake and tools/package).

  assets.py content OUT UI_LOCALES VENUE...
                                  stage the venues and their translations into OUT (venues/,
                                  locales/, manifest.json), replacing what was there
  assets.py glyphs PACK VENUE...  warn of characters the venues use that the fonts of the game's
                                  PACK cannot draw (tools/package, before packaging them)
  assets.py chars OUT FILE...     write every character the files use, for the font subset
  assets.py pack OUT ROOT         write every file under ROOT as packs, gzipped: OUT, and beside it
                                  one assets.<lang>.pack.gz per language with its texts
  assets.py gzip SRC DST          gzip a file as tightly as deflate allows (zopfli)

A VENUE is a venue file; its translations are <lang>/<id>.json in a locales/ folder
beside it or beside its folder (assets/venues/x.json -> assets/locales/<lang>/x.json,
my/bank.json -> my/locales/it/bank.json). UI_LOCALES holds each language's ui.json.

The staged manifest.json names what the game offers, in order:
  {"venues": [{"id", "file", "title", "locales"}...], "languages": ["en", ...], "names": ["English", ...]}
A language is offered when the game's interface and every venue have it.

Translations are staged compactly: <venue>.keys.json lists the keys once, and each
language's file becomes a list of its texts in that order (null where it has none);
game/content/localise.cpp reads both forms.

The web build ships its wasm and its pack gzipped by zopfli (about 5 % smaller
than gzip -9); the page inflates them itself, so no server setting is needed.
"""
import gzip as gzip_module
import json
import os
import shutil
import subprocess
import sys


# [SECTION] Files ------------------------------------------------------------------

# Compact JSON: the download is smaller without whitespace.
def write_json(dst, data):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))


# Every reader of content reads UTF-8 JSON the same way.
def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# The font subset must hold every character the content uses.
def chars(out, files):
    used = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            used |= set(f.read())
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(sorted(c for c in used if c >= " ")))


# [SECTION] Venues and their translations --------------------------------------------

# Where a venue file's translations are: locales/ beside it, else beside its folder.
def locales_dir_of(venue_path):
    here = os.path.dirname(os.path.abspath(venue_path))
    for candidate in (os.path.join(here, "locales"), os.path.join(os.path.dirname(here), "locales")):
        if os.path.isdir(candidate):
            return candidate
    return os.path.join(here, "locales")


# The venue's translatable texts by key, in the order of TextSlots in game/content/localise.cpp.
def source_texts(venue):
    texts = [("title", venue.get("title", ""))]
    texts += [("policy." + p["id"], p.get("text", "")) for p in venue.get("policies", [])]
    for e in venue.get("encounters", []):
        texts += [(e["id"] + ".name", e.get("name", "")), (e["id"] + ".request", e.get("request", ""))]
        if e.get("hidden_need"):
            texts.append((e["id"] + ".hidden_need", e["hidden_need"]))
        for b in e.get("beats", []):
            beat = e["id"] + "." + b["id"]
            texts.append((beat + ".line", b.get("line", "")))
            for r in b.get("responses", []):
                response = beat + "." + r["id"]
                texts += [(response + ".text", r.get("text", "")), (response + ".why", r.get("why", ""))]
                if "promise" in r:
                    texts.append((response + ".promise", r["promise"].get("text", "")))
    return texts


class Venue:
    """A venue file as content: its data, id and translations (language -> {key: text})."""

    def __init__(self, path):
        self.path = path
        self.data = read_json(path)
        self.id = self.data["id"]
        self.locales = self.data.get("locales", ["en"])
        self.translations = {}
        folder = locales_dir_of(path)
        for lang in self.locales:
            file = os.path.join(folder, lang, self.id + ".json")
            if lang != "en":
                self.translations[lang] = read_json(file) if os.path.isfile(file) else {}


# Languages the interface has, in the first venue's order, kept when every venue has them too.
def offered_languages(ui_locales, venues):
    interface = {d for d in os.listdir(ui_locales) if os.path.isfile(os.path.join(ui_locales, d, "ui.json"))}
    order = venues[0].locales + sorted(interface) if venues else sorted(interface)
    languages = []
    for lang in order:
        if lang in interface and lang not in languages and all(lang in v.locales for v in venues):
            languages.append(lang)
    return languages


# Stages venues, translations (compact) and interface text into out, with the manifest.
def content(out, ui_locales, venue_paths):
    venues = [Venue(p) for p in venue_paths]
    ids = [v.id for v in venues]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        sys.exit("assets.py: two venue files have the id " + ", ".join(duplicates))
    for sub in ("venues", "locales"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    languages = offered_languages(ui_locales, venues)
    names = []
    for lang in languages:
        interface = read_json(os.path.join(ui_locales, lang, "ui.json"))
        names.append(interface.get("language.name", lang))
        write_json(os.path.join(out, "locales", lang, "ui.json"), interface)
    for v in venues:
        write_json(os.path.join(out, "venues", v.id + ".json"), v.data)
        staged = {lang: texts for lang, texts in v.translations.items() if lang in languages}
        if staged:
            keys = sorted(set().union(*map(set, staged.values())))
            write_json(os.path.join(out, "locales", v.id + ".keys.json"), keys)
            for lang, texts in staged.items():
                write_json(os.path.join(out, "locales", lang, v.id + ".json"), [texts.get(k) for k in keys])
    manifest = {"venues": [{"id": v.id, "file": "venues/" + v.id + ".json", "title": v.data.get("title", v.id),
                            "locales": [lang for lang in v.locales if lang in languages]} for v in venues],
                "languages": languages, "names": names}
    write_json(os.path.join(out, "manifest.json"), manifest)


# [SECTION] The pack ---------------------------------------------------------------------

def gzip(src, dst):
    with open(dst, "wb") as out:
        subprocess.run(["zopfli", "--gzip", "-c", src], stdout=out, check=True)


# The format game/content/pack.h reads: "MOTPACK1 <count>", "<size> <path>" lines, the bytes.
def write_pack(out, entries):
    index = "".join(f"{len(data)} {name}\n" for name, data in entries)
    raw = out + ".raw"
    with open(raw, "wb") as f:
        f.write(f"MOTPACK1 {len(entries)}\n{index}".encode("utf-8"))
        for _, data in entries:
            f.write(data)
    gzip(raw, out)
    os.remove(raw)


# The language a file's pack is for: a language's texts (locales/<lang>/: its ui.json and venue
# translations) go in its pack, but the first language's ui.json (the fallback, and the error
# screen's); the rest (fonts, venues, keys, manifest) in the main pack. English's ui.json is in
# no pack: the game has it built in (game/content/english_text.cpp).
BUILT_IN = "locales/en/ui.json"


def language_of(name, first):
    parts = name.split("/")
    if len(parts) != 3 or parts[0] != "locales" or (parts[1] == first and parts[2] == "ui.json"):
        return None
    return parts[1]


# Every file under root as packs: OUT (what every learner downloads) and, beside it,
# assets.<lang>.pack.gz with one language's texts, which the page fetches only for the
# language in use. OUT's packs.json names them: {"it": "assets.it.pack.gz"}.
def pack(out, root):
    entries = []
    for base, dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                entries.append((os.path.relpath(path, root).replace(os.sep, "/"), f.read()))
    entries = sorted(e for e in entries if e[0] != BUILT_IN)
    folder = os.path.dirname(os.path.abspath(out))
    for old in os.listdir(folder):
        if old.startswith("assets.") and old.endswith(".pack.gz") and old != os.path.basename(out):
            os.remove(os.path.join(folder, old))
    manifest = json.loads(dict(entries).get("manifest.json", b"{}"))
    first = (manifest.get("languages") or ["en"])[0]
    languages = sorted({language_of(name, first) for name, _ in entries} - {None})
    packs = {lang: f"assets.{lang}.pack.gz" for lang in languages}
    for lang, file in packs.items():
        write_pack(os.path.join(folder, file), [(n, d) for n, d in entries if language_of(n, first) == lang])
    main = [(n, d) for n, d in entries if language_of(n, first) is None and n != "packs.json"]
    main.append(("packs.json", json.dumps(packs, separators=(",", ":")).encode("utf-8")))
    write_pack(out, sorted(main))


# The files of a pack (gzipped or not) as {path: bytes}.
def unpack(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip_module.decompress(data)
    header, _, rest = data.partition(b"\n")
    count = int(header.split()[1])
    entries, at = [], 0
    for _ in range(count):
        line, _, rest = rest.partition(b"\n")
        size, name = line.decode("utf-8").split(" ", 1)
        entries.append((name, int(size)))
    files = {}
    for name, size in entries:
        files[name] = rest[at:at + size]
        at += size
    return files


# Warns of the characters the venues use that the game's fonts (in its pack) cannot draw.
def glyphs(pack_path, venue_paths):
    fonts = {name: data for name, data in unpack(pack_path).items() if name.startswith("fonts/")}
    lacking = undrawable(fonts, venue_paths)
    if lacking:
        print(f"assets.py: the game's font has no {lacking!r}: those characters show as boxes", file=sys.stderr)


# Characters the venues use that the game's fonts cannot draw.
def undrawable(fonts, venue_paths):
    try:
        from fontTools.ttLib import TTFont
    except ImportError:
        print("assets.py: this Python has no fontTools (Debian's python3 with fonttools has), "
              "so the venues' characters were not checked against the game's font", file=sys.stderr)
        return ""
    import io
    drawable = set()
    for data in fonts.values():
        drawable |= set(TTFont(io.BytesIO(data)).getBestCmap())
    used = set()
    for path in venue_paths:
        v = Venue(path)
        for text in [t for _, t in source_texts(v.data)] + [t for tr in v.translations.values() for t in tr.values()]:
            used |= {ord(c) for c in text if c >= " "}
    return "".join(sorted(chr(c) for c in used - drawable))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 4 and args[0] == "content":
        content(args[1], args[2], args[3:])
    elif len(args) >= 3 and args[0] == "glyphs":
        glyphs(args[1], args[2:])
    elif len(args) >= 3 and args[0] == "chars":
        chars(args[1], args[2:])
    elif len(args) == 3 and args[0] == "pack":
        pack(args[1], args[2])
    elif len(args) == 3 and args[0] == "gzip":
        gzip(args[1], args[2])
    else:
        sys.exit(__doc__)
