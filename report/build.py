#!/usr/bin/env python3
"""Assembles the HR cohort report into a static folder (tools/build-web runs it).

  build.py OUT_DIR ASSETS_DIR CATALOGUE

ASSETS_DIR is the source assets folder (its locales/ give the translations);
CATALOGUE is the file `moments-sim --catalogue CATALOGUE --assets build/<preset>/assets` wrote:
the languages of the staged manifest, every venue's decisions with the core's best answer and
verdicts, and the core's tag families.
Nothing here judges an answer: this script only wraps what the game exported.

Copies the page (everything in report/ but this script) and writes, as classic scripts so that
the folder also works when opened from disk (browsers refuse fetch() and module scripts on file:// pages):
  venues.js           the catalogue, and the game's principle names in each language of the manifest
  venues-<lang>.js    the venue translations of one language, loaded when chosen
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRANSLATED = (".name", ".line", ".text", ".why", "title")  # the venue strings the report shows


def load(path):
    """A JSON file's value."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def script(name, value):
    """A classic script that hands `value` to the page."""
    return "MomentsReportData.%s(%s);\n" % (name, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def write(path, text):
    """Writes one script of the report."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# Copies the page, then writes the catalogue and one translation script per language of the manifest.
def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    out, assets, catalogue = sys.argv[1], sys.argv[2], load(sys.argv[3])
    languages = catalogue["languages"]
    if os.path.isdir(out):
        shutil.rmtree(out)
    shutil.copytree(HERE, out, ignore=shutil.ignore_patterns("build.py", "__pycache__"))
    principles = {}
    for lang in languages:
        ui = load(os.path.join(assets, "locales", lang, "ui.json"))
        principles[lang] = {k[len("principle."):]: v for k, v in ui.items() if k.startswith("principle.")}
    write(os.path.join(out, "venues.js"), script("catalogue", dict(catalogue, principles=principles)))
    for lang in languages[1:]:
        text = {}
        for v in catalogue["venues"]:
            path = os.path.join(assets, "locales", lang, v["id"] + ".json")
            if os.path.exists(path):
                text[v["id"]] = {k: s for k, s in load(path).items() if k.endswith(TRANSLATED)}
        write(os.path.join(out, "venues-%s.js" % lang), script("translation", {"lang": lang, "venues": text}))


if __name__ == "__main__":
    main()
