"""The read-only endpoint: answers SELECT, refuses UPDATE, serves an offline query page."""

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from policygraph.views.serve import is_update, make_server


@pytest.fixture(scope="module")
def base(built_copy):
    server = make_server(built_copy, "127.0.0.1", 0, time_limit=3, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _post(url, body: bytes, kind: str):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": kind}, method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def test_select_over_the_protocol(base):
    query = "PREFIX pg: <https://w3id.org/policygraph/ns#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a pg:Clause }"
    status, body = _post(
        base + "/query", urllib.parse.urlencode({"query": query}).encode(), "application/x-www-form-urlencoded"
    )
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 200
    with urllib.request.urlopen(base + "/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})) as r:
        assert json.loads(r.read())["boolean"] is True


@pytest.mark.parametrize(
    "path, body, kind",
    [
        ("/query", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-query"),
        ("/query", b"PREFIX x: <urn:x>\nDELETE WHERE { ?s ?p ?o }", "application/sparql-query"),
        ("/update", b"update=CLEAR+ALL", "application/x-www-form-urlencoded"),
        ("/query", b"update=DROP+ALL", "application/x-www-form-urlencoded"),
    ],
)
def test_update_is_refused(base, path, body, kind):
    with pytest.raises(urllib.error.HTTPError) as err:
        _post(base + path, body, kind)
    assert err.value.code == 403


def test_bad_query_is_a_400(base):
    with pytest.raises(urllib.error.HTTPError) as err:
        _post(base + "/query", b"SELECT WHERE {", "application/sparql-query")
    assert err.value.code == 400


def test_query_page_is_offline(base):
    with urllib.request.urlopen(base + "/") as response:
        page = response.read().decode("utf-8")
    assert "who-owns" in page
    assert "<script src" not in page and "<link" not in page and "@import" not in page  # nothing is fetched


def test_update_detection():
    assert is_update("# comment\nINSERT DATA {}") and not is_update("SELECT * WHERE { ?s ?p ?o }")


def _raw(base: str, request: bytes) -> bytes:
    """Send raw HTTP bytes (headers a client library would not send) and return the response."""
    import socket

    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def test_service_is_refused(base):  # issue 12 probe 1: SSRF
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(base + "/query?" + urllib.parse.urlencode({"query": query}), timeout=10)
    assert err.value.code == 403 and b"SERVICE" in err.value.read()


def test_service_in_a_comment_or_string_is_not_a_call():
    from policygraph.views.serve import refused_service

    assert refused_service('# SERVICE <http://a/>\nSELECT * WHERE { ?s ?p "SERVICE <http://b/>" }') is None
    assert refused_service("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }") == "?endpoint"
    assert refused_service("SELECT * WHERE { SERVICE <http://ok.example/q> { ?s ?p ?o } }", ("ok.example",)) is None


def test_another_host_name_is_refused(base):  # issue 12 probe 1: DNS rebinding
    port = urllib.parse.urlsplit(base).port
    answer = _raw(base, f"GET / HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.0 421") or answer.startswith(b"HTTP/1.1 421")
    ok = _raw(base, f"GET / HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n".encode())
    assert b" 200 " in ok.split(b"\r\n")[0]


@pytest.mark.parametrize("length, code", [(b"-1", b"400"), (b"abc", b"400"), (b"99999999999", b"413")])
def test_content_length_is_checked_before_reading(base, length, code):  # issue 12 probe 3
    port = urllib.parse.urlsplit(base).port
    answer = _raw(
        base,
        b"POST /query HTTP/1.1\r\nHost: 127.0.0.1:" + str(port).encode() + b"\r\nContent-Type: "
        b"application/sparql-query\r\nContent-Length: " + length + b"\r\n\r\nASK { ?s ?p ?o }",
    )
    assert answer.split(b"\r\n")[0].split(b" ")[1] == code


def test_a_query_past_its_time_limit_is_stopped_and_the_next_one_runs(base):  # issue 12 probe 2
    import time

    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as err:
        _post(base + "/query", endless.encode(), "application/sparql-query")
    assert err.value.code == 503 and b"was stopped" in err.value.read()
    assert time.monotonic() - started < 20
    status, body = _post(base + "/query", b"ASK { ?s ?p ?o }", "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is True
