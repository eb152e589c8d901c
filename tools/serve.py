#!/usr/bin/env python3
"""Serves the built game as static files on 127.0.0.1 (used by tools/play).

Adds `Access-Control-Allow-Origin: *`, so the game also loads inside a
sandboxed iframe (whose origin is opaque, making its own files cross-origin),
and the right type for .wasm files. With REPORT_DIRECTORY, /report/ serves
the HR cohort report from that folder; with STUDIO_DIRECTORY, /studio/ the venue studio.
  serve.py PORT DIRECTORY [REPORT_DIRECTORY [STUDIO_DIRECTORY]]
"""
import functools
import http.server
import os
import sys
import urllib.parse


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript",
                      ".mjs": "text/javascript"}

    mounts = {}  # "/report" and "/studio": the folder each is served from

    # /report/... and /studio/... come from their folders; everything else from the game's.
    def translate_path(self, path):
        route = urllib.parse.urlsplit(path).path
        for prefix, folder in self.mounts.items():
            if route == prefix or route.startswith(prefix + "/"):
                rest = urllib.parse.unquote(route[len(prefix):]).lstrip("/")
                parts = [p for p in rest.split("/") if p not in ("", ".", "..")]
                return os.path.join(folder, *parts)
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    port, directory = int(sys.argv[1]), sys.argv[2]
    Handler.mounts = dict(zip(("/report", "/studio"), sys.argv[3:]))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    server.serve_forever()
