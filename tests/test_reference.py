"""who-owns against the hand-checked reference of two seeds (precision and recall)."""

import csv
from collections import defaultdict

import pytest

from policygraph.graph.query import load_graph, load_query, run

from .conftest import FIXTURES, SEEDS


def reference():
    rows = defaultdict(set)
    with open(FIXTURES / "responsibilities-dev.csv", encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            rows[r["file"].removesuffix(".txt")].add((r["clause_title"], r["department"], r["role"]))
    return rows


@pytest.mark.parametrize("doc_id", sorted(reference()))
def test_who_owns_matches_reference(built, doc_id):
    table = run(load_graph(built), load_query("who-owns"), {"document": doc_id, "source": "listed"})
    col = {c: i for i, c in enumerate(table.columns)}
    got = {(r[col["title"]], r[col["department"]], r[col["role"]]) for r in table.rows}
    expected = reference()[doc_id]
    hits = len(got & expected)
    precision, recall = hits / len(got), hits / len(expected)
    assert precision >= 0.98 and recall >= 0.98, (precision, recall, sorted(got ^ expected)[:10])


def test_blanket_sentence_marks_implicit(parsed):
    doc = parsed["putian"]
    headings = {c.path: c.heading for c in doc.clauses}
    implicit = {(headings[r.clause], r.body) for r in doc.responsibilities if r.blanket}
    with open(FIXTURES / "responsibilities-dev.csv", encoding="utf-8") as handle:
        expected = {
            (r["clause_title"], r["department"])
            for r in csv.DictReader(handle)
            if r["implicit"] == "yes" and r["file"].startswith(SEEDS["putian"])
        }
    assert implicit == expected
