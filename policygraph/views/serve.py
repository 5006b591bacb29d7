"""A read-only SPARQL endpoint over a built graph, with a query page.

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
from pathlib import Path

from ..errors import QueryError
from ..graph.query import saved_queries
from ..graph.store import services
from .workers import Busy, QueryTimeout, Workers

MAX_BODY = 10 * 1024 * 1024  # a query larger than this is refused unread
IDLE_SECONDS = 30  # an idle connection is closed after this
MAX_RUNNING = 4  # queries evaluated at once, one per worker process; more wait, then get 503
TIME_LIMIT = 30.0  # seconds a query may run before its worker is stopped
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def refused_service(text: str, allowed: tuple[str, ...] = ()) -> str | None:
    """The first SERVICE endpoint of the query that is not on an allowed host (a ?variable never is), or None.

    SERVICE makes the server fetch a URL of the caller's choosing (SSRF), also when the query comes
    from an <img> on any page the user opens; federation is for those who allow it by name.
    """
    for target in services(text):
        host = urllib.parse.urlsplit(target.strip("<>")).hostname if target.startswith("<") else None
        if host is None or host not in allowed:
            return target
    return None


def host_allowed(header: str | None, host: str, port: int) -> bool:
    """The Host header names the address the server is bound to (DNS rebinding sends another name)."""
    if host in ("0.0.0.0", "::", ""):  # bound to every interface on purpose: names are the operator's choice
        return True
    if not header:
        return False
    names = {host} | (_LOOPBACK if host in _LOOPBACK else set())
    return header.lower() in {f"{n}:{port}" for n in names} | ({*names} if port == 80 else set())


_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I
)


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


def make_handler(workers: Workers, allow_service: tuple[str, ...] = ()) -> type[BaseHTTPRequestHandler]:
    page = query_page(workers.name).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "policygraph"
        timeout = IDLE_SECONDS  # idle connections are closed

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet by design
            return

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def _text(self, status: int, message: str) -> None:
            self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

        def _host_ok(self) -> bool:
            host, port = self.server.server_address[:2]
            if host_allowed(self.headers.get("Host"), str(host), int(port)):
                return True
            self._text(HTTPStatus.MISDIRECTED_REQUEST, f"wrong Host header: this server answers only as {host}:{port}")
            return False

        def _answer(self, text: str | None) -> None:
            if not text:
                self._text(HTTPStatus.BAD_REQUEST, "missing 'query'")
            elif is_update(text):
                self._text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused")
            elif (target := refused_service(text, allow_service)) is not None:
                self._text(
                    HTTPStatus.FORBIDDEN,
                    f"federated queries are refused: SERVICE {target} "
                    "(start serve with --allow-service HOST to allow one)",
                )
            else:
                try:
                    body = workers.run(text)
                except (Busy, QueryTimeout) as err:
                    self._text(HTTPStatus.SERVICE_UNAVAILABLE, str(err))
                    return
                except QueryError as err:
                    self._text(HTTPStatus.BAD_REQUEST, str(err))
                    return
                self._send(HTTPStatus.OK, body, "application/sparql-results+json")

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if not self._host_ok():
                return
            url = urllib.parse.urlsplit(self.path)
            if url.path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            elif url.path == "/query":
                self._answer(urllib.parse.parse_qs(url.query).get("query", [None])[0])
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

        def do_POST(self) -> None:  # noqa: N802
            if not self._host_ok():
                return
            url = urllib.parse.urlsplit(self.path)
            declared = (self.headers.get("Content-Length") or "0").strip()
            if not declared.isdigit():
                self.close_connection = True
                self._text(HTTPStatus.BAD_REQUEST, f"bad Content-Length: {declared[:20]!r}")
                return
            if int(declared) > MAX_BODY:
                self.close_connection = True
                self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a query may have at most {MAX_BODY} bytes")
                return
            raw = self.rfile.read(int(declared)).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if url.path == "/update" or (
                kind == "application/x-www-form-urlencoded" and "update" in urllib.parse.parse_qs(raw)
            ):
                self._send(
                    HTTPStatus.FORBIDDEN,
                    b"this endpoint is read-only: SPARQL UPDATE is refused\n",
                    "text/plain; charset=utf-8",
                )
            elif url.path != "/query":
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
            elif kind == "application/sparql-query":
                self._answer(raw)
            else:
                self._answer(urllib.parse.parse_qs(raw).get("query", [None])[0])

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    workers: Workers

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()


def make_server(
    graph_dir: Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_service: tuple[str, ...] = (),
    time_limit: float = TIME_LIMIT,
    backend: str = "auto",
    workers: int = MAX_RUNNING,
) -> _Server:
    """A server over the graph built in graph_dir; its queries run in `workers` processes, `time_limit` s each."""
    pool = Workers(graph_dir, backend, size=workers, limit=time_limit)
    try:
        server = _Server((host, port), make_handler(pool, allow_service))
    except OSError:
        pool.close()
        raise
    server.workers = pool
    return server
