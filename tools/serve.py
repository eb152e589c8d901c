#!/usr/bin/env python3
"""Serves the built game as static files on 127.0.0.1 (used by tools/play).

Adds `Access-Control-Allow-Origin: *`, so the game also loads inside a
sandboxed iframe (whose origin is opaque, making its own files cross-origin),
and the right type for .wasm files. With REPORT_DIRECTORY, /report/ serves
the HR cohort report from that folder.
  serve.py PORT DIRECTORY [REPORT_DIRECTORY]
"""
import functools
import http.server
import os
import sys
import urllib.parse


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}

    report = None  # the report's folder, served under /report/

    # /report/... comes from the report's folder; everything else from the game's.
    def translate_path(self, path):
        route = urllib.parse.urlsplit(path).path
        if self.report and (route == "/report" or route.startswith("/report/")):
            rest = urllib.parse.unquote(route[len("/report"):]).lstrip("/")
            parts = [p for p in rest.split("/") if p not in ("", ".", "..")]
            return os.path.join(self.report, *parts)
        return super().translate_path(path)

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    port, directory = int(sys.argv[1]), sys.argv[2]
    Handler.report = sys.argv[3] if len(sys.argv) == 4 else None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    server.serve_forever()
