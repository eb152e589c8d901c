#!/usr/bin/env python3
"""Assembles the HR cohort report into a static folder (tools/build-web runs it).

  build.py OUT_DIR [ASSETS_DIR]

Copies the page (everything in report/ but this script) and writes the venue
content it reads the learners' choices against, as classic scripts so that
the folder also works when opened from disk (browsers refuse fetch() and
module scripts on file:// pages):
  venues.js           every shipped venue: customers, lines, answers (English),
                      satisfaction, tags, the best answer of each decision, the
                      assessment forms, and the game's principle names in each language
  venues-<lang>.js    the venue translations of one language, loaded when chosen
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ["en", "it", "ru", "el", "ro"]
# The tag families of docs/VENUES.md ("Tags"); the game's own list is game/core/venue.cpp.
MISERY_TRIGGERS = ["no_before_can", "quote_policy", "no_follow_up", "make_repeat", "accuse",
                   "deflect_blame", "no_apology", "customer_wrong", "cut_off"]
OVER_SERVICE = ["too_many_questions", "scripted_praise", "push_extras", "hovering"]
MAGIC = ["anticipate_need", "personalise", "own_problem", "follow_up", "bend_rule",
         "apologise", "little_extra", "hold_line"]


def best_response(responses):
    """The game's BestResponse: highest satisfaction, ties to the quicker answer, then the first."""
    best = 0
    for i, r in enumerate(responses):
        b = responses[best]
        if r["satisfaction"] > b["satisfaction"] or (r["satisfaction"] == b["satisfaction"] and r.get("seconds", 0) < b.get("seconds", 0)):
            best = i
    return best


def venue_entry(venue):
    """The parts of a venue file the report shows, in the file's own (English) words; a customer
    who comes back (another encounter's return_visit) is marked, as they share their first visit's name."""
    returning = {e["return_visit"] for e in venue["encounters"] if e.get("return_visit")}
    encounters = []
    for e in venue["encounters"]:
        beats = []
        for b in e["beats"]:
            best = best_response(b["responses"])
            beats.append({"id": b["id"], "line": b["line"], "responses": [
                {"id": r["id"], "text": r["text"], "why": r.get("why", ""), "satisfaction": r["satisfaction"],
                 "tags": r.get("tags", []), "best": i == best} for i, r in enumerate(b["responses"])]})
        encounters.append({"id": e["id"], "name": e["name"], "returning": e["id"] in returning, "beats": beats})
    return {"id": venue["id"], "version": venue.get("version", 1), "title": venue.get("title", venue["id"]),
            "days": len(venue.get("week", [])), "forms": venue.get("assessment", []), "encounters": encounters}


def script(name, value):
    """A classic script that hands `value` to the page."""
    return "MomentsReportData.%s(%s);\n" % (name, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


# Copies the page, then writes the venue catalogue and one translation script per language.
def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = sys.argv[1]
    assets = sys.argv[2] if len(sys.argv) == 3 else os.path.join(HERE, "..", "assets")
    if os.path.isdir(out):
        shutil.rmtree(out)
    shutil.copytree(HERE, out, ignore=shutil.ignore_patterns("build.py", "__pycache__"))
    venue_dir = os.path.join(assets, "venues")
    venues = [json.load(open(os.path.join(venue_dir, f), encoding="utf-8")) for f in sorted(os.listdir(venue_dir)) if f.endswith(".json")]
    principles = {}
    for lang in LANGUAGES:
        ui = json.load(open(os.path.join(assets, "locales", lang, "ui.json"), encoding="utf-8"))
        principles[lang] = {k[len("principle."):]: v for k, v in ui.items() if k.startswith("principle.")}
    catalogue = {"venues": [venue_entry(v) for v in venues], "principles": principles,
                 "tags": {"misery": MISERY_TRIGGERS, "overService": OVER_SERVICE, "magic": MAGIC}}
    with open(os.path.join(out, "venues.js"), "w", encoding="utf-8") as f:
        f.write(script("catalogue", catalogue))
    kept = (".name", ".line", ".text", ".why", "title")
    for lang in LANGUAGES[1:]:
        text = {}
        for v in venues:
            path = os.path.join(assets, "locales", lang, v["id"] + ".json")
            if os.path.exists(path):
                text[v["id"]] = {k: s for k, s in json.load(open(path, encoding="utf-8")).items() if k.endswith(kept)}
        with open(os.path.join(out, "venues-%s.js" % lang), "w", encoding="utf-8") as f:
            f.write(script("translation", {"lang": lang, "venues": text}))


if __name__ == "__main__":
    main()
