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
from ..graph.formats import NotAcceptable
from ..graph.query import bindings, saved_queries
from ..graph.store import services, with_values
from .export import display_words
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
    """The query page: find a body by name, a saved query with a field per parameter, or SPARQL.

    Chinese first: the results table prints the headings and role words the terminal prints
    (views/headings.csv); a CSV download of the same answer sits beside the row count.
    """
    queries = {
        q.name: {"text": q.text_for(engine, ()), "about": q.description, "params": q.params}
        for q in saved_queries().values()
    }
    options = "".join(
        f'<option value="{html.escape(n)}">{html.escape(n)} — {html.escape(q["about"])}</option>'
        for n, q in queries.items()
    )
    data = json.dumps({"saved": queries, "words": display_words()}, ensure_ascii=False).replace("<", "\\u003c")
    return _PAGE.replace("__OPTIONS__", options).replace("__DATA__", data)


_PAGE = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>policygraph 查询</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;max-width:80em}
fieldset{margin:0 0 1em;border:1px solid #bbb}legend{font-weight:bold}
label{display:inline-block;margin:.2em 1em .2em 0}input[type=text]{width:14em}
textarea{width:100%;height:12em;font-family:monospace}
table{border-collapse:collapse;margin-top:.5em}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}
th{background:#f2f2f2}#error{color:#c0392b}#count{font-weight:bold}
@media print{fieldset,#download{display:none}}</style></head><body>
<h1>policygraph 查询（只读）<small> · read-only SPARQL endpoint: <code>/query</code></small></h1>
<fieldset><legend>查找单位 Find a body</legend>
<form id="find"><label>单位名称（可只写一部分）<input type="text" name="name" placeholder="如：民政局"></label>
<label>角色 <select name="role"><option value="">全部</option><option value="lead">牵头</option>
<option value="responsible">责任</option></select></label><button>查找</button></form></fieldset>
<fieldset><legend>常用查询 Saved queries</legend>
<select id="saved"><option value=""></option>__OPTIONS__</select>
<form id="params"></form></fieldset>
<fieldset><legend>SPARQL</legend>
<textarea id="q">SELECT * WHERE { ?s ?p ?o } LIMIT 20</textarea><br><button id="run">运行 Run</button></fieldset>
<p><span id="count"></span> <a id="download" hidden>下载 CSV</a></p><p id="error"></p><table id="out"></table>
<script>
var DATA = __DATA__;
function show(url, init, csv) {
  var out = document.getElementById("out"), err = document.getElementById("error"),
      count = document.getElementById("count"), link = document.getElementById("download");
  out.replaceChildren(); err.textContent = ""; count.textContent = "查询中…"; link.hidden = true;
  init = init || {}; init.headers = Object.assign({"Accept": "application/sparql-results+json"}, init.headers || {});
  fetch(url, init).then(function (r) {
    return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); })
  .then(function (j) {
    if (j.boolean !== undefined) { count.textContent = "ASK: " + (j.boolean ? "是" : "否"); return; }
    var vars = j.head.vars, head = out.insertRow(), rows = j.results.bindings;
    vars.forEach(function (v) { var th = document.createElement("th");
      th.textContent = (DATA.words.column || {})[v] || v; head.appendChild(th); });
    rows.forEach(function (b) { var row = out.insertRow();
      vars.forEach(function (v) { var value = b[v] ? b[v].value : "";
        row.insertCell().textContent = (DATA.words[v] || {})[value] || value; }); });
    count.textContent = "共 " + rows.length + " 行";
    link.href = csv; link.hidden = false;
  }).catch(function (e) { count.textContent = ""; err.textContent = e.message; });
}
function savedUrl(name, form, format) {
  var args = new URLSearchParams(new FormData(form));
  Array.from(args.keys()).forEach(function (k) { if (!args.get(k)) args.delete(k); });
  if (format) args.set("format", format);
  return "saved/" + encodeURIComponent(name) + "?" + args.toString();
}
document.getElementById("find").onsubmit = function (e) {
  e.preventDefault(); show(savedUrl("find-body", this), null, savedUrl("find-body", this, "csv")); };
document.getElementById("saved").onchange = function () {
  var form = document.getElementById("params"), q = DATA.saved[this.value];
  form.replaceChildren(); if (!q) return;
  document.getElementById("q").value = q.text;
  Object.keys(q.params).forEach(function (p) {
    var label = document.createElement("label"), input = document.createElement("input");
    input.type = "text"; input.name = p; label.title = q.params[p];
    label.append(p + "（" + q.params[p] + "） ", input); form.appendChild(label); });
  var go = document.createElement("button"); go.textContent = "运行"; form.appendChild(go);
};
document.getElementById("params").onsubmit = function (e) {
  e.preventDefault(); var name = document.getElementById("saved").value;
  show(savedUrl(name, this), null, savedUrl(name, this, "csv")); };
document.getElementById("run").onclick = function () {
  var text = document.getElementById("q").value;
  show("query", {method: "POST", headers: {"Content-Type": "application/sparql-query"}, body: text},
       "query?" + new URLSearchParams({query: text, format: "csv"}).toString()); };
</script></body></html>"""


def make_handler(workers: Workers, allow_service: tuple[str, ...] = ()) -> type[BaseHTTPRequestHandler]:
    page = query_page(workers.name).encode("utf-8")
    saved = saved_queries()

    class Handler(BaseHTTPRequestHandler):
        server_version = "policygraph"
        timeout = IDLE_SECONDS  # idle connections are closed

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet by design
            return

        def _send(self, status: int, body: bytes, kind: str, download: str = "") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if download:  # a link asked for this format by name (the page's CSV download): save it as a file
                self.send_header("Content-Disposition", f'attachment; filename="policygraph.{download}"')
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

        def _answer(self, text: str | None, fmt: str = "") -> None:
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
                    body, media = workers.run(text, self.headers.get("Accept"), fmt)
                except (Busy, QueryTimeout) as err:
                    self._text(HTTPStatus.SERVICE_UNAVAILABLE, str(err))
                    return
                except NotAcceptable as err:
                    self._text(HTTPStatus.NOT_ACCEPTABLE, str(err))
                    return
                except QueryError as err:
                    self._text(HTTPStatus.BAD_REQUEST, str(err))
                    return
                self._send(HTTPStatus.OK, body, media, download=fmt)

        def _saved(self, name: str, args: dict[str, list[str]]) -> None:
            """A saved query with its parameters bound as RDF terms (a VALUES block), never pasted as text."""
            query = saved.get(name)
            if query is None:
                self._text(HTTPStatus.NOT_FOUND, f"no saved query '{name}' (saved: {', '.join(sorted(saved))})")
                return
            fmt = args.pop("format", [""])[0]
            params = {k: v[0] for k, v in args.items() if v and v[0].strip()}
            try:
                bound = bindings(query, params)
                text = with_values(query.text_for(workers.name, bound), bound)
            except QueryError as err:
                self._text(HTTPStatus.BAD_REQUEST, str(err))
                return
            self._answer(text, fmt)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if not self._host_ok():
                return
            url = urllib.parse.urlsplit(self.path)
            if url.path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            elif url.path == "/query":
                args = urllib.parse.parse_qs(url.query)
                self._answer(args.get("query", [None])[0], args.get("format", [""])[0])
            elif url.path.startswith("/saved/"):
                self._saved(urllib.parse.unquote(url.path[len("/saved/") :]), urllib.parse.parse_qs(url.query))
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
            if (
                url.path == "/update"
                or kind == "application/sparql-update"
                or (kind == "application/x-www-form-urlencoded" and "update" in urllib.parse.parse_qs(raw))
            ):
                self._send(
                    HTTPStatus.FORBIDDEN,
                    b"this endpoint is read-only: SPARQL UPDATE is refused\n",
                    "text/plain; charset=utf-8",
                )
            elif url.path != "/query":
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
            elif kind == "application/sparql-query":
                self._answer(raw, urllib.parse.parse_qs(url.query).get("format", [""])[0])
            else:
                args = urllib.parse.parse_qs(raw)
                self._answer(args.get("query", [None])[0], args.get("format", [""])[0])

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
