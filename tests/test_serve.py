"""The read-only endpoint: answers SELECT, refuses UPDATE, serves an offline query page."""

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from policygraph.build import build
from policygraph.query import load_graph
from policygraph.serve import is_update, make_server


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve") / "out"
    build(None, out)
    server = make_server(load_graph(out), "127.0.0.1", 0)
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
    status, body = _post(base + "/query", urllib.parse.urlencode({"query": query}).encode(),
                         "application/x-www-form-urlencoded")
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
