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
        ("/query", b"CLEAR ALL", "application/sparql-update"),  # an update sent as an update, to /query
        ("/update", b"CLEAR ALL", "application/sparql-update"),
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


# Real clients (issue 15 point 6): SPARQLWrapper asks for each results format by Accept header (and a format
# parameter); rdflib's SPARQLStore reads the XML results and a CONSTRUCT's RDF.
COUNT = "PREFIX pg: <https://w3id.org/policygraph/ns#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a pg:Clause }"
OWNERS = (
    "PREFIX pg: <https://w3id.org/policygraph/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT ?name WHERE { ?b a pg:GovernmentDepartment ; skos:prefLabel ?name } ORDER BY ?name LIMIT 5"
)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_sparqlwrapper_reads_every_results_format(base, fmt):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(base + "/query")
    client.setQuery(OWNERS)
    client.setReturnFormat(fmt)
    answer = client.query()
    kind = answer.info()["content-type"]
    assert kind.startswith(
        {
            "json": "application/sparql-results+json",
            "xml": "application/sparql-results+xml",
            "csv": "text/csv",
            "tsv": "text/tab-separated-values",
        }[fmt]
    )
    converted = answer.convert()
    if fmt == "json":
        names = [b["name"]["value"] for b in converted["results"]["bindings"]]
    elif fmt == "xml":
        names = [n.firstChild.data for n in converted.getElementsByTagName("literal")]
    elif fmt == "csv":
        names = converted.decode("utf-8").splitlines()[1:]
    else:
        names = [line.strip('"') for line in converted.decode("utf-8").splitlines()[1:]]
    assert len(names) == 5 and all(names) and names == sorted(names)


def test_sparqlwrapper_construct_as_turtle_and_jsonld(base):
    from rdflib import Graph
    from SPARQLWrapper import JSONLD, TURTLE, SPARQLWrapper

    construct = (
        "PREFIX pg: <https://w3id.org/policygraph/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "CONSTRUCT { ?b skos:prefLabel ?name } WHERE { ?b a pg:GovernmentDepartment ; skos:prefLabel ?name } LIMIT 7"
    )
    for fmt in (TURTLE, JSONLD):
        client = SPARQLWrapper(base + "/query")
        client.setQuery(construct)
        client.setReturnFormat(fmt)
        graph = client.query().convert()
        if not isinstance(graph, Graph):
            graph = Graph().parse(data=graph, format="turtle" if fmt == TURTLE else "json-ld")
        assert len(graph) == 7


def test_rdflib_sparqlstore_as_client(base):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    remote = Graph(store=SPARQLStore(base + "/query", returnFormat="xml"))
    (count,) = next(iter(remote.query(COUNT)))
    assert int(count) > 200
    assert remote.query("ASK { ?s ?p ?o }").askAnswer is True
    described = remote.query("DESCRIBE <https://w3id.org/policygraph/ns#Clause>").graph
    assert len(described) > 0


def test_a_format_no_result_can_take_is_406(base):
    request = urllib.request.Request(
        base + "/query?" + urllib.parse.urlencode({"query": COUNT}), headers={"Accept": "image/png"}
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=30)
    assert err.value.code == 406 and "text/csv" in err.value.read().decode("utf-8")


def test_query_page_in_chromium_finds_a_body_and_runs_a_saved_query(base):
    """A person with no SPARQL: find a body by part of its name, then who-owns with a field per parameter."""
    from .test_pages import _chromium

    sync_playwright, chromium = _chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "/")
        page.fill("#find input[name=name]", "民政")
        page.select_option("#find select[name=role]", "lead")
        page.click("#find button")
        page.wait_for_function("document.getElementById('count').textContent.startsWith('共')", timeout=30_000)
        found = page.inner_text("#count")
        headings = page.eval_on_selector_all("#out th", "ths => ths.map(t => t.textContent)")
        roles = page.eval_on_selector_all("#out tr td:nth-child(3)", "tds => tds.map(t => t.textContent)")
        csv_link = page.get_attribute("#download", "href")
        page.select_option("#saved", "who-owns")
        page.fill("#params input[name=department]", "县民政局")
        page.click("#params button")
        page.wait_for_function(
            "document.getElementById('count').textContent.startsWith('共') && "
            "document.querySelectorAll('#out th').length === 7",
            timeout=30_000,
        )
        departments = page.eval_on_selector_all("#out tr td:nth-child(4)", "tds => tds.map(t => t.textContent)")
        browser.close()
    assert not errors
    assert int(found.strip("共 行")) == len(roles) > 5 and set(roles) == {"牵头"}
    assert headings[:3] == ["部门", "辖区", "角色"]
    assert departments and set(departments) == {"县民政局"}
    with urllib.request.urlopen(base + "/" + csv_link) as response:
        assert response.headers["Content-Type"].startswith("text/csv")
        assert "attachment" in response.headers["Content-Disposition"]
        lines = response.read().decode("utf-8").splitlines()
    assert lines[0].startswith("department,jurisdiction,role") and len(lines) == len(roles) + 1


def test_saved_query_over_http_checks_its_parameters(base):
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(base + "/saved/who-owns?colour=red")
    assert err.value.code == 400 and "colour" in err.value.read().decode("utf-8")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(base + "/saved/no-such-query")
    assert err.value.code == 404
