"""Push to and query a real Oxigraph server on 127.0.0.1, started and stopped by the test."""

import shutil
import socket
import subprocess
import time

import pytest
from click.testing import CliRunner

from policygraph.build import build
from policygraph.cli import main
from policygraph.errors import StoreError
from policygraph.graph.endpoint import with_values
from policygraph.graph.query import load_graph, load_query, run, saved_queries

from .conftest import SEEDS


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = shutil.which("oxigraph")
    if not binary:
        pytest.fail("the oxigraph server (PyPI 'oxigraph', in the test extra) is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(tmp_path_factory.mktemp("oxi")),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the oxigraph server did not start")
    yield f"http://127.0.0.1:{port}/query"
    proc.terminate()
    proc.wait(timeout=10)


def test_push_and_query_give_the_local_answers(server, tmp_path):
    build(None, tmp_path / "out", endpoint=server)
    local, remote = load_graph(tmp_path / "out"), load_graph(tmp_path, endpoint=server)
    assert remote.name == "endpoint"  # not Virtuoso: the portable texts
    for name in sorted(saved_queries()):
        a, b = run(local, load_query(name)), run(remote, load_query(name))
        assert a.columns == b.columns and sorted(a.rows) == sorted(b.rows), name
    params = {"department": "市民政局", "document": SEEDS["putian"]}
    assert sorted(run(remote, load_query("who-owns"), params).rows) == sorted(
        run(local, load_query("who-owns"), params).rows
    )


def test_rebuild_replaces_and_never_duplicates(server, tmp_path):
    build(None, tmp_path / "a", endpoint=server)
    remote = load_graph(tmp_path, endpoint=server)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    first = remote.select(count)[1][0][0]
    build(None, tmp_path / "b", endpoint=server)
    assert remote.select(count)[1][0][0] == first


def test_graph_store_url_named_separately(server, tmp_path):
    """Fuseki serves the Graph Store Protocol at /ds/data, not beside /query: --graph-store names it."""
    store_url = server.removesuffix("/query") + "/store"
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "out"), "--graph-store", store_url])
    assert result.exit_code == 0, result.output
    remote = load_graph(tmp_path, endpoint=server)
    assert run(remote, load_query("documents")).rows == run(load_graph(tmp_path / "out"), load_query("documents")).rows


def test_cli_query_over_the_endpoint(server, tmp_path):
    build(None, tmp_path / "out", endpoint=server)
    result = CliRunner().invoke(
        main, ["query", "workload", "--endpoint", server, "--format", "csv", "--param", "jurisdiction=瓮安县"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("县民政局,瓮安县")


def test_hostile_parameter_over_the_endpoint(server, tmp_path):
    build(None, tmp_path / "out", endpoint=server)
    remote = load_graph(tmp_path, endpoint=server)
    table = run(remote, load_query("who-owns"), {"department": '市民政局" } UNION { ?s ?p ?o } #'})
    assert table.rows == ()


def test_unreachable_endpoint_is_one_line():
    with pytest.raises(StoreError) as err:
        load_graph(".", endpoint=f"http://127.0.0.1:{_free_port()}/query").select("SELECT * WHERE { ?s ?p ?o }")
    assert "cannot reach the server" in str(err.value) and "\n" not in str(err.value)


def test_values_block_is_serialised_terms():
    from rdflib import Literal

    text = with_values("SELECT ?a WHERE { ?x ?y ?a }", {"a": Literal('x" } #')})
    assert 'VALUES (?a) { ("x\\" } #") }' in text


def test_a_body_is_sent_once_and_only_with_the_login(tmp_path, monkeypatch):
    """A server answering 401 while a large graph is still being sent closes the connection (Virtuoso:
    broken pipe): the login is settled with a HEAD first, so the body goes once, with the login."""
    import base64
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from policygraph.graph.http import request

    seen: list[tuple[str, bool, int]] = []
    expected = "Basic " + base64.b64encode(b"pg:secret").decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            return

        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            authorized = self.headers.get("Authorization") == expected
            seen.append((self.command, authorized, length))
            if length:
                self.rfile.read(length)
            code = 204 if authorized else 401
            self.send_response(code)
            if code == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="pg"')
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_HEAD = do_PUT = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("POLICYGRAPH_USER", "pg")
    monkeypatch.setenv("POLICYGRAPH_PASSWORD", "secret")
    try:
        request(f"http://127.0.0.1:{server.server_address[1]}/store?graph=g", b"x" * 200_000, {}, "PUT")
    finally:
        server.shutdown()
    assert seen == [("HEAD", False, 0), ("PUT", True, 200_000)]


def test_a_slow_server_is_one_line_and_the_wait_is_settable(monkeypatch):
    """POLICYGRAPH_TIMEOUT: a whole-graph query on a large server may need more than the default 60 s."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Slow(BaseHTTPRequestHandler):
        def log_message(self, *args):
            return

        def do_GET(self):
            time.sleep(1.5)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("POLICYGRAPH_TIMEOUT", "0.3")
    try:
        with pytest.raises(StoreError) as err:
            load_graph(".", endpoint=f"http://127.0.0.1:{server.server_address[1]}/query").select("ASK {}")
    finally:
        server.shutdown()
    message = str(err.value)
    assert "no answer within 0.3 s" in message and "POLICYGRAPH_TIMEOUT" in message and "\n" not in message
