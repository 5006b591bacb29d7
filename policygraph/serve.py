"""Stage 6c — a read-only SPARQL endpoint over a built graph, with a query page.

Binds to 127.0.0.1 unless told otherwise. The store is opened read-only and
SPARQL UPDATE is refused with 403 before anything is parsed. The page is one
self-contained HTML file (no CDN): a box for SPARQL, the saved queries to
start from, and a results table built with textContent, so values from
documents are never interpreted as markup.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .errors import QueryError
from .query import saved_queries
from .store import Backend

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def is_update(text: str) -> bool:
    return bool(_UPDATE.match(re.sub(r"#[^\n]*", "", text)))


def query_page(engine: str = "") -> str:
    """The query page; saved queries appear in the text shaped for the serving engine."""
    queries = {q.name: q.text_for(engine) for q in saved_queries().values()}
    options = "".join(f"<option>{html.escape(n)}</option>" for n in queries)
    data = json.dumps(queries, ensure_ascii=False).replace("<", "\\u003c")
    return f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>policygraph SPARQL</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:1.5em}}
textarea{{width:100%;height:16em;font-family:monospace}}
table{{border-collapse:collapse;margin-top:1em}}td,th{{border:1px solid #ccc;padding:2px 6px;font-size:13px}}
#error{{color:#c0392b}}</style></head><body>
<h1>policygraph SPARQL (read-only)</h1>
<p>Start from a saved query: <select id="saved"><option></option>{options}</select>
 &nbsp; endpoint: <code>POST /query</code> (SPARQL 1.1 Protocol)</p>
<textarea id="q">SELECT * WHERE {{ ?s ?p ?o }} LIMIT 20</textarea><br><button id="run">Run</button>
<p id="error"></p><table id="out"></table>
<script>
var SAVED = {data};
document.getElementById("saved").onchange = function () {{
  if (SAVED[this.value]) document.getElementById("q").value = SAVED[this.value]; }};
document.getElementById("run").onclick = function () {{
  var out = document.getElementById("out"), err = document.getElementById("error");
  out.replaceChildren(); err.textContent = "";
  fetch("query", {{method: "POST", headers: {{"Content-Type": "application/sparql-query",
    "Accept": "application/sparql-results+json"}}, body: document.getElementById("q").value}})
  .then(function (r) {{ return r.ok ? r.json() : r.text().then(function (t) {{ throw new Error(t); }}); }})
  .then(function (j) {{
    if (j.boolean !== undefined) {{ err.textContent = "ASK: " + j.boolean; return; }}
    var head = out.insertRow();
    j.head.vars.forEach(function (v) {{
      var th = document.createElement("th"); th.textContent = v; head.appendChild(th); }});
    j.results.bindings.forEach(function (b) {{ var row = out.insertRow();
      j.head.vars.forEach(function (v) {{ row.insertCell().textContent = b[v] ? b[v].value : ""; }}); }});
  }}).catch(function (e) {{ err.textContent = e.message; }});
}};
</script></body></html>"""


def make_handler(store: Backend) -> type[BaseHTTPRequestHandler]:
    page = query_page(store.name).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "policygraph"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet by design
            return

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def _answer(self, text: str | None) -> None:
            if not text:
                self._send(HTTPStatus.BAD_REQUEST, b"missing 'query'\n", "text/plain; charset=utf-8")
            elif is_update(text):
                self._send(HTTPStatus.FORBIDDEN, b"this endpoint is read-only: SPARQL UPDATE is refused\n",
                           "text/plain; charset=utf-8")
            else:
                try:
                    body = store.results_json(text)
                except QueryError as err:
                    message = (str(err) + "\n").encode("utf-8")
                    self._send(HTTPStatus.BAD_REQUEST, message, "text/plain; charset=utf-8")
                    return
                self._send(HTTPStatus.OK, body, "application/sparql-results+json")

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urllib.parse.urlsplit(self.path)
            if url.path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            elif url.path == "/query":
                self._answer(urllib.parse.parse_qs(url.query).get("query", [None])[0])
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(min(length, 10 * 1024 * 1024)).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if url.path == "/update" or (kind == "application/x-www-form-urlencoded"
                                         and "update" in urllib.parse.parse_qs(raw)):
                self._send(HTTPStatus.FORBIDDEN, b"this endpoint is read-only: SPARQL UPDATE is refused\n",
                           "text/plain; charset=utf-8")
            elif url.path != "/query":
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
            elif kind == "application/sparql-query":
                self._answer(raw)
            else:
                self._answer(urllib.parse.parse_qs(raw).get("query", [None])[0])

    return Handler


def make_server(store: Backend, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    return ThreadingHTTPServer((host, port), make_handler(store))
