#!/usr/bin/env python3
"""Serves the built game as static files on 127.0.0.1 (used by tools/play).

Adds `Access-Control-Allow-Origin: *`, so the game also loads inside a
sandboxed iframe (whose origin is opaque, making its own files cross-origin),
and the right type for .wasm and .mjs files. Each NAME=FOLDER after the game's
folder serves that folder under /NAME/ (tools/play: report=… for the HR cohort
report, studio=… for the venue studio).
  serve.py PORT DIRECTORY [NAME=FOLDER ...]
"""
import functools
import http.server
import os
import sys
import urllib.parse


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript",
                      ".mjs": "text/javascript"}

    mounts = {}  # route name -> folder served under /<name>/

    # /<name>/... comes from that name's folder; everything else from the game's.
    def translate_path(self, path):
        route = urllib.parse.urlsplit(path).path
        for name, folder in self.mounts.items():
            if route == "/" + name or route.startswith("/" + name + "/"):
                rest = urllib.parse.unquote(route[len(name) + 1:]).lstrip("/")
                parts = [p for p in rest.split("/") if p not in ("", ".", "..")]
                return os.path.join(folder, *parts)
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


if __name__ == "__main__":
    mounts = [arg.partition("=") for arg in sys.argv[3:]]
    if len(sys.argv) < 3 or any(not name or not folder for name, _, folder in mounts):
        sys.exit(__doc__)
    port, directory = int(sys.argv[1]), sys.argv[2]
    Handler.mounts = {name: folder for name, _, folder in mounts}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    server.serve_forever()
