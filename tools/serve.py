#!/usr/bin/env python3
"""Serves the built game as static files on 127.0.0.1 (used by tools/play).

Adds `Access-Control-Allow-Origin: *`, so the game also loads inside a
sandboxed iframe (whose origin is opaque, making its own files cross-origin),
and the right type for .wasm files.
  serve.py PORT DIRECTORY
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    port, directory = int(sys.argv[1]), sys.argv[2]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    server.serve_forever()
