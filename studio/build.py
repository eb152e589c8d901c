#!/usr/bin/env python3
"""Assembles the venue studio into a self-contained static folder (tools/build-web runs it).

  build.py OUT_DIR WEB_DIR

WEB_DIR is the game's web build (copied whole into OUT_DIR/game: the studio previews and packages
that very build). The engine (moments-studio.js and .wasm) is already in OUT_DIR: the web-release
preset links it there. Writes beside it:
  index.html, style.css, *.js  the page, its scripts minified by terser (from the npm lockfile)
  locales/<lang>/              studio.json, the studio's text, and ui.json, the game's (for packages)
  venue.schema.json            the schema whose descriptions are the forms' English help
  templates/                   the shipped venues (venues/<id>.json) and their translations
                               (locales/<lang>/<id>.json): a new venue starts from the café
  packaging/                   web/packaging: package.mjs (as package.js: any server sends .js as
                               JavaScript, which a module import needs) and the manifest templates
  lib/                         npm libraries as ES modules: fflate (zip) and pofile (PO files)
  files.json                   what a page cannot list itself: {game: [paths], languages: [with
                               ui.json], templates: {venues: [ids], locales: {lang: [ids]}},
                               packaging: [template names]}
Nothing is fetched from outside the folder at run time.
"""
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODULES = os.path.join(ROOT, "node_modules")


def copy_script(src, dst, rewrite=None):
    """Copies an ES module, its bare imports rewritten to the studio's copies, minified by terser."""
    with open(src, encoding="utf-8") as f:
        text = f.read()
    for old, new in (rewrite or {}).items():
        if old not in text:
            sys.exit("studio/build.py: %s no longer has %s to rewrite" % (src, old))
        text = text.replace(old, new)
    terser = os.path.join(MODULES, "terser/bin/terser")
    result = subprocess.run(["node", terser, "--module", "--compress", "--mangle", "--ecma", "2020"],
                            input=text, capture_output=True, text=True, check=True)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(result.stdout)


def commonjs_as_module(src, dst):
    """Wraps a CommonJS file with no imports of its own (pofile) as an ES module."""
    with open(src, encoding="utf-8") as f:
        body = f.read()
    with open(dst, "w", encoding="utf-8") as f:
        f.write("const module = { exports: {} };\n" + body + "\nexport default module.exports;\n")


def main(out, web):
    """Writes the studio's folder around the engine."""
    for name in ("moments-studio.js", "moments-studio.wasm"):
        if not os.path.isfile(os.path.join(out, name)):
            sys.exit("studio/build.py: %s is missing from %s (cmake --build --preset web-release builds it)" % (name, out))
    for folder in ("game", "lib", "locales", "packaging", "templates"):
        shutil.rmtree(os.path.join(out, folder), ignore_errors=True)
    os.makedirs(os.path.join(out, "lib"))
    shutil.copytree(web, os.path.join(out, "game"))
    for name in ("index.html", "style.css"):
        shutil.copy(os.path.join(HERE, name), out)
    for src in glob.glob(os.path.join(HERE, "*.js")):
        copy_script(src, os.path.join(out, os.path.basename(src)))
    shutil.copy(os.path.join(ROOT, "docs/venue.schema.json"), out)
    venues = sorted(glob.glob(os.path.join(ROOT, "assets/venues/*.json")))
    os.makedirs(os.path.join(out, "templates/venues"))
    for venue in venues:
        shutil.copy(venue, os.path.join(out, "templates/venues"))
    languages, template_locales = [], {}
    for lang_dir in sorted(glob.glob(os.path.join(ROOT, "assets/locales/*/"))):
        lang = os.path.basename(os.path.dirname(lang_dir))
        os.makedirs(os.path.join(out, "locales", lang))
        os.makedirs(os.path.join(out, "templates/locales", lang))
        for name in ("studio.json", "ui.json"):
            if os.path.isfile(os.path.join(lang_dir, name)):
                shutil.copy(os.path.join(lang_dir, name), os.path.join(out, "locales", lang, name))
        if os.path.isfile(os.path.join(lang_dir, "ui.json")):
            languages.append(lang)
        template_locales[lang] = []
        for venue in venues:
            translation = os.path.join(lang_dir, os.path.basename(venue))
            if os.path.isfile(translation):
                shutil.copy(translation, os.path.join(out, "templates/locales", lang))
                template_locales[lang].append(os.path.basename(venue)[:-len(".json")])
    packaging = os.path.join(out, "packaging")
    os.makedirs(packaging)
    templates = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "web/packaging/*.xml")))
    for name in templates:
        shutil.copy(os.path.join(ROOT, "web/packaging", name), packaging)
    copy_script(os.path.join(ROOT, "web/packaging/package.mjs"), os.path.join(packaging, "package.js"),
                {"from 'fflate'": "from '../lib/fflate.js'"})
    shutil.copy(os.path.join(MODULES, "fflate/esm/browser.js"), os.path.join(out, "lib/fflate.js"))
    commonjs_as_module(os.path.join(MODULES, "pofile/lib/po.js"), os.path.join(out, "lib/pofile.js"))
    game_files = sorted(os.path.relpath(p, web).replace(os.sep, "/")
                        for p in glob.glob(os.path.join(web, "**/*"), recursive=True) if os.path.isfile(p))
    index = {"game": game_files, "languages": languages,
             "templates": {"venues": [os.path.basename(v)[:-len(".json")] for v in venues], "locales": template_locales},
             "packaging": templates}
    with open(os.path.join(out, "files.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, indent=1)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
