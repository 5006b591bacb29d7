"""A query's final ORDER BY done in Python (graph/ordering.py): the same order the engine gives, faster."""

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.graph.ordering import take_order
from policygraph.graph.store import OxigraphStore, _code_only

EX = "http://e/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _order(text):
    return take_order(text, _code_only(text, strings=True))


@pytest.mark.parametrize(
    "text, keys, added",
    [
        ("SELECT ?a ?b WHERE { ?a <p> ?b } ORDER BY ?a DESC(?b)", (("a", False), ("b", True)), ()),
        ("SELECT ?a WHERE { ?a <p> ?o } ORDER BY ASC(?o) ?a\n", (("o", False), ("a", False)), ("o",)),  # ?o added
        ("SELECT * WHERE { ?a <p> ?o } ORDER BY ?o", (("o", False),), ()),
        (
            "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a <p> ?o } GROUP BY ?a ORDER BY DESC(?n) ?a",
            (("n", True), ("a", False)),
            (),
        ),
        ("SELECT ?a WHERE { ?a <p> ?o } # ORDER BY ?a\n", None, None),  # in a comment: no ORDER BY
        ("SELECT ?a WHERE { ?a <p> ?o } ORDER BY ?a LIMIT 10", None, None),  # a limit after it: the engine's
        ("SELECT ?a WHERE { ?a <p> ?o } ORDER BY STR(?a)", None, None),  # an expression: the engine's
        ("SELECT DISTINCT ?a WHERE { ?a <p> ?o } ORDER BY ?o", None, None),  # ?o cannot join a DISTINCT projection
        ("SELECT ?a (COUNT(*) AS ?n) WHERE { ?a <p> ?o } GROUP BY ?a ORDER BY ?o", None, None),  # nor a grouped one
        ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a <p> ?o } ORDER BY ?o LIMIT 3 } }", None, None),  # a sub-select's
    ],
)
def test_which_orders_are_taken_over(text, keys, added):
    order = _order(text)
    if keys is None:
        assert order is None
    else:
        assert (order.keys, order.added) == (keys, added)
        assert "ORDER BY" not in order.text


_KINDS = {
    "number": st.one_of(
        st.integers(-30, 30).map(lambda n: ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))),
        st.integers(-120, 120).map(lambda n: ox.Literal(str(n / 4), datatype=ox.NamedNode(XSD + "decimal"))),
    ),
    "string": st.sampled_from(["甲", "乙", "市民政局", "a", "B", "10", "9", ""]).map(ox.Literal),
}


@st.composite
def _stores(draw):
    store = ox.Store()
    kinds = {p: draw(st.sampled_from(sorted(_KINDS))) for p in "ab"}
    for i in range(draw(st.integers(0, 25))):
        s = ox.NamedNode(f"{EX}s{i}")
        store.add(ox.Quad(s, ox.NamedNode(EX + "p"), ox.Literal("x")))
        for p in "ab":
            choice = draw(st.sampled_from(["value", "value", "iri", "none"]))
            if choice == "value":
                store.add(ox.Quad(s, ox.NamedNode(EX + p), draw(_KINDS[kinds[p]])))
            elif choice == "iri":
                store.add(ox.Quad(s, ox.NamedNode(EX + p), ox.NamedNode(EX + draw(st.sampled_from("xy甲")))))
    return store


@settings(max_examples=150, deadline=None)
@given(_stores())
def test_rows_come_in_the_engine_s_order(store):
    """Numbers (of any numeric type), strings, IRIs and unbound values in a column: the rows in the order Oxigraph
    itself gives (?s last makes the order total)."""
    text = (
        "# sorted by the store\n"
        f"SELECT ?s ?a WHERE {{ ?s <{EX}p> ?x . OPTIONAL {{ ?s <{EX}a> ?a }} OPTIONAL {{ ?s <{EX}b> ?b }} }} "
        "ORDER BY ?a DESC(?b) ?s"
    )
    engine = [tuple(None if t is None else t.value for t in row) for row in store.query(text)]
    assert OxigraphStore(store).select(text)[1] == engine  # ?b sorted by, though not projected


def test_numbers_and_strings_in_one_column_sort_numbers_first():
    """SPARQL leaves their order to the engine, and Oxigraph's own comparison of them is no total order (a sort
    can abort the process): here numbers come first, by value, then strings."""
    store = ox.Store()
    for i, value in enumerate(
        [
            ox.Literal("b"),
            ox.Literal("10", datatype=ox.NamedNode(XSD + "integer")),
            ox.Literal("9", datatype=ox.NamedNode(XSD + "integer")),
            ox.Literal("a"),
        ]
    ):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "a"), value))
    rows = OxigraphStore(store).select(f"# sorted by the store\nSELECT ?a WHERE {{ ?s <{EX}a> ?a }} ORDER BY ?a")[1]
    assert rows == [("9",), ("10",), ("a",), ("b",)]


def test_a_query_asks_for_its_sort_in_python():
    """Only where the engine's sort is slow (sector-owns: ties on its first keys); implements sorts faster in the
    engine than its rows are read into Python."""
    from policygraph.graph.ordering import SORTED_HERE
    from policygraph.graph.query import load_query

    assert SORTED_HERE.search(load_query("sector-owns").text_for("oxigraph", {"sector"}))
    assert SORTED_HERE.search(load_query("sector-owns").text_for("oxigraph", set()))
    assert not SORTED_HERE.search(load_query("implements").text_for("oxigraph", set()))
