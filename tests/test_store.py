"""The embedded Oxigraph store and rdflib in memory give the same answers to every saved query.

The store runs the Oxigraph-shaped texts (queries/oxigraph/), rdflib the portable ones, so these
tests also hold the two texts of each query to the same answers.
"""

from dataclasses import replace

import pytest
from rdflib.plugins.sparql import prepareQuery

from policygraph.build import build
from policygraph.graph.query import load_graph, load_query, run, saved_queries
from policygraph.graph.store import STORE_DIR, MemoryStore, OxigraphStore, graph_nquads

from .conftest import SEEDS
from .helpers import generate_corpus

PARAMS = {
    "who-owns": [
        {},
        {"department": "市民政局"},
        {"document": SEEDS["wengan"]},
        {"department": "市民政局", "jurisdiction": "莆田市"},
    ],
    "workload": [{}, {"jurisdiction": "莆田市"}],
    "sector-owns": [
        {},
        {"sector": "civil-affairs", "level": "prefecture"},
        {"sector": "civil-affairs"},
        {"sector": "civil-affairs", "within": "福建省"},
    ],
    "gaps": [{}, {"document": SEEDS["putian"]}, {"parent_document": SEEDS["fujian"]}],
    "targets": [{}, {"document": SEEDS["putian"]}],
    "implements": [{}, {"document": SEEDS["putian"]}],
    "derived-from": [{}, {"document": SEEDS["putian"]}],
    "local-additions": [{}, {"document": SEEDS["putian"]}],
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("stores")
    build(None, base / "ox", store="oxigraph")
    build(None, base / "mem", store="memory")
    return base / "ox", base / "mem"


def test_backends_are_chosen_by_what_was_built(folders):
    ox_dir, mem_dir = folders
    assert (ox_dir / STORE_DIR).is_dir() and not (mem_dir / STORE_DIR).exists()
    assert isinstance(load_graph(ox_dir), OxigraphStore)
    assert isinstance(load_graph(mem_dir), MemoryStore)
    assert isinstance(load_graph(ox_dir, "memory"), MemoryStore)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_agrees(folders, name):
    ox_store, memory = load_graph(folders[0]), load_graph(folders[1])
    for params in PARAMS.get(name, [{}]):
        a = run(ox_store, load_query(name), params)
        b = run(memory, load_query(name), params)
        assert a.columns == b.columns
        assert sorted(a.rows) == sorted(b.rows), (name, params)
        assert len(a.rows) > 0 or name == "local-additions"


def test_rebuilding_replaces_the_store(folders):
    ox_dir = folders[0]
    build(None, ox_dir, store="oxigraph")
    assert sorted(p.name for p in ox_dir.iterdir() if p.name.startswith(".store")) == []
    assert len(run(load_graph(ox_dir), load_query("documents")).rows) == 5
    build(None, ox_dir, store="memory")
    assert not (ox_dir / STORE_DIR).exists()


def test_every_shaped_text_has_its_portable_query_and_columns():
    for query in saved_queries().values():
        for engine, text in query.shaped.items():
            assert prepareQuery(text).algebra["PV"] == prepareQuery(query.text).algebra["PV"], (query.name, engine)
            assert query.text.split("ORDER BY")[-1].strip() == text.split("ORDER BY")[-1].strip(), query.name


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A generated cascade (benchmarks/generate.py): many more gaps, local additions and derivations."""
    base = tmp_path_factory.mktemp("generated")
    generate_corpus(base / "src", 40)
    build([base / "src"], base / "out", store="oxigraph", workers=1)
    return load_graph(base / "out")


@pytest.mark.parametrize("name", sorted(n for n, q in saved_queries().items() if q.shaped))
def test_shaped_and_portable_texts_agree_on_one_store(generated, name):
    """Same store, both texts: same rows in the same order (ORDER BY keys are total on this corpus)."""
    query = load_query(name)
    portable = replace(query, shaped={})
    # the shaped text itself, also where a bound parameter makes it hand over to the portable one (# portable with)
    query = replace(
        query, shaped={e: t.replace("# portable with", "# (portable with)") for e, t in query.shaped.items()}
    )
    for params in PARAMS.get(name, [{}]):
        params = {k: v for k, v in params.items() if k not in ("document", "parent_document", "jurisdiction")}
        a, b = run(generated, query, params), run(generated, portable, params)
        assert a.columns == b.columns
        assert a.rows == b.rows, (name, params)  # in the same order, as promised
        assert len(a.rows) > 0, name


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_every_internal_query_runs_and_names_its_purpose(built, backend):  # issue 13: queries as .rq files
    from importlib.resources import files

    from policygraph.graph.query import internal_query
    from policygraph.graph.store import open_store

    store = open_store(built, backend)
    names = [p.name[:-3] for p in files("policygraph.queries").joinpath("internal").iterdir() if p.name.endswith(".rq")]
    assert len(names) >= 9
    for name in names:
        text = internal_query(name)
        assert text.startswith("# ") and "PREFIX pg:" in text, name
        columns, rows = store.select(text)
        assert columns and rows, name


# Both stores answer every query form in every negotiated format (issue 15: serve as a SPARQL 1.1 endpoint).
@pytest.mark.parametrize(
    "query, accept, media, check",
    [
        ("SELECT ?o WHERE { ?s ?p ?o }", "text/tab-separated-values", "text/tab-separated-values", '?o\n"甲"'),
        ("SELECT ?o WHERE { ?s ?p ?o }", "text/csv", "text/csv", "o\r\n甲"),
        ("SELECT ?o WHERE { ?s ?p ?o }", "application/sparql-results+xml", "application/sparql-results+xml", "甲"),
        ("ASK { ?s ?p ?o }", "text/csv", "text/csv", "true"),
        ("ASK { ?s ?p ?o }", None, "application/sparql-results+json", '"boolean"'),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples", "application/n-triples", '"甲"'),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/ld+json", "application/ld+json", '"甲"'),
        ("DESCRIBE <urn:a>", "text/turtle", "text/turtle", "甲"),
    ],
)
@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_results_in_every_format(backend, query, accept, media, check):
    import pyoxigraph as ox
    from rdflib import Graph, Literal, URIRef

    from policygraph.graph.store import MemoryStore, OxigraphStore

    if backend == "memory":
        graph = Graph()
        graph.add((URIRef("urn:a"), URIRef("urn:p"), Literal("甲")))
        store = MemoryStore(graph)
    else:
        raw = ox.Store()
        raw.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("甲")))
        store = OxigraphStore(raw)
    body, kind = store.results(query, accept)
    assert kind.startswith(media)
    assert check in body.decode("utf-8")


def test_a_bound_sector_is_a_lookup_the_portable_text_answers():  # issue 16: sector-owns of one sector
    query = load_query("sector-owns")
    assert query.text_for("oxigraph", {"sector"}) == query.text_for("memory", {"sector"})
    assert query.text_for("oxigraph", {"level"}) != query.text_for("memory", {"level"})  # a level alone is no lookup
    assert "SELECT ?r ?body WHERE" in query.text_for("oxigraph", set())  # the whole listing: hashed sub-selects


def test_lines_only_with_a_parameter_are_dropped_without_it():  # issue 16: lookups at 10^4 documents
    from policygraph.graph.query import load_query

    who = load_query("who-owns")
    assert "withinName " not in who.text_for("oxigraph", {"document"})  # a lookup pays nothing for within=
    assert "withinName " in who.text_for("oxigraph", {"within"})
    assert "withinName " in who.text_for("oxigraph")  # unspecialised: the whole text, as written


@pytest.mark.parametrize(
    ("ntriples", "nquads"),
    [
        # each "s p o ." line becomes "s p o <g> ." — the graph named on every line, for a server's bulk loader
        (b"<a> <b> <c> .\n", b"<a> <b> <c> <g> .\n"),
        (b'<a> <b> "x" .\n<a> <b> "y"@zh .\n', b'<a> <b> "x" <g> .\n<a> <b> "y"@zh <g> .\n'),
        # blanks before the dot and after it, and a last line without its line break
        (b"<a> <b> <c>   .  \n<d> <e> <f> .", b"<a> <b> <c> <g> .\n<d> <e> <f> <g> .\n"),
        # blank lines and a line that is no triple give nothing
        (b"\n<a> <b> <c> .\n\n# note\n", b"<a> <b> <c> <g> .\n"),
        (b"", b""),
    ],
)
def test_a_graphs_ntriples_as_nquads(tmp_path, ntriples, nquads):
    source = tmp_path / "g.nt"
    source.write_bytes(ntriples)
    assert graph_nquads("g", source) == nquads
