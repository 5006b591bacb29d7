"""The embedded store sorts in Python where it can (graph/ordering.py): the same order as the engine's."""

import pyoxigraph as ox
import pytest

from policygraph.graph.ordering import plan
from policygraph.graph.query import load_query, saved_queries
from policygraph.graph.store import _code_only

P = "PREFIX pg: <urn:pg#>\n"


def _plan(text):
    return plan(text, _code_only(text, strings=True))


# (query, keys as (column, descending), width) — or None where the engine must sort
PLANS = [
    ("SELECT ?a ?b WHERE { ?a pg:p ?b } ORDER BY ?b DESC(?a)", ((1, False), (0, True)), 2),
    ("SELECT ?a WHERE { ?a pg:p ?o ; pg:n ?n } ORDER BY DESC(?n) ?a", ((1, True), (0, False)), 1),  # ?n added, dropped
    ("SELECT DISTINCT ?a WHERE { ?a pg:p ?o } ORDER BY ?a", ((0, False),), 1),
    ("SELECT ?a WHERE { ?a pg:p ?o } GROUP BY ?a ORDER BY ASC(?a)", ((0, False),), 1),
    ("SELECT ?a WHERE { { SELECT ?a ?n WHERE { ?a pg:n ?n } ORDER BY ?n } } ORDER BY ?a", ((0, False),), 1),
    ("SELECT DISTINCT ?a WHERE { ?a pg:n ?n } ORDER BY ?n", None, 0),  # an extra column would change DISTINCT
    ("SELECT ?a WHERE { ?a pg:n ?n } GROUP BY ?a ORDER BY ?n", None, 0),  # not groupable
    ("SELECT * WHERE { ?a pg:p ?o } ORDER BY ?a", None, 0),
    ("SELECT ?a WHERE { ?a pg:p ?o } ORDER BY ?a LIMIT 10", None, 0),  # the engine must sort before cutting
    ("SELECT ?a WHERE { ?a pg:p ?o } ORDER BY STR(?a)", None, 0),  # an expression
    ("SELECT ?a (COUNT(?o) AS ?n) WHERE { ?a pg:p ?o } GROUP BY ?a ORDER BY ?n", None, 0),
    ("SELECT ?a WHERE { ?a pg:p ?o } # ORDER BY ?a", None, 0),  # a comment
    ('SELECT ?a WHERE { ?a pg:p "x ORDER BY ?a" }', None, 0),  # a string
    ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a pg:p ?o } ORDER BY ?a } }", None, 0),  # only an inner ORDER BY
]


@pytest.mark.parametrize("text, keys, width", PLANS, ids=[p[0][:40] for p in PLANS])
def test_which_queries_are_sorted_here(text, keys, width):
    found = _plan(P + text)
    if keys is None:
        assert found is None
        return
    assert found is not None and (found.keys, found.width) == (keys, width)
    assert "ORDER BY ?a" not in found.text.rsplit("}", 1)[-1] and "ORDER BY ?b" not in found.text.rsplit("}", 1)[-1]


def test_numbers_by_value_unbound_first_and_ties_kept_as_the_engine_gave_them():
    store = ox.Store()
    for name, n in [("b", 10), ("a", 9), ("c", 10), ("d", None)]:
        node = ox.NamedNode(f"urn:{name}")
        store.add(ox.Quad(node, ox.NamedNode("urn:pg#p"), ox.Literal("x")))
        if n is not None:
            store.add(
                ox.Quad(
                    node,
                    ox.NamedNode("urn:pg#n"),
                    ox.Literal(str(n), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                )
            )
    from policygraph.graph.store import OxigraphStore

    text = P + "SELECT ?a ?n WHERE { ?a pg:p ?o OPTIONAL { ?a pg:n ?n } } ORDER BY DESC(?n) ?a"
    ours = OxigraphStore(store).select(text)[1]
    engine = [tuple(t.value if t else None for t in s) for s in store.query(text)]
    assert ours == engine == [("urn:b", "10"), ("urn:c", "10"), ("urn:a", "9"), ("urn:d", None)]
    asc = P + "SELECT ?a ?n WHERE { ?a pg:p ?o OPTIONAL { ?a pg:n ?n } } ORDER BY ?n ?a"
    assert OxigraphStore(store).select(asc)[1][0] == ("urn:d", None)  # unbound sorts first


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_in_the_engines_order(generated, name):
    """Our sort and Oxigraph's ORDER BY give the same sequence of sort keys and the same rows."""
    query = load_query(name)
    text = query.text_for("oxigraph", ())
    ours = generated.select(text)[1]
    engine = [
        tuple(t.value if t else None for t in s) for s in generated.store.query(text, use_default_graph_as_union=True)
    ]
    assert sorted(ours, key=repr) == sorted(engine, key=repr)
    found = _plan(text)
    if found:
        shown = [c for c, _desc in found.keys if c < found.width]
        assert [tuple(r[c] for c in shown) for r in ours] == [tuple(r[c] for c in shown) for r in engine]
