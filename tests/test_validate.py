"""SHACL shapes: the built corpus conforms; each shape catches what it is for; the Turtle reads in two parsers."""

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from policygraph import build as build_module
from policygraph.build import build
from policygraph.cli import main
from policygraph.graph.store import GRAPH_NT, GRAPH_TTL
from policygraph.graph.validate import Violation, validate_graph

PG = "https://w3id.org/policygraph/ns#"
ID = "https://w3id.org/policygraph/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("validate") / "out"
    result = build(None, out, ntriples=True)
    return out, result


def test_the_bundled_corpus_conforms(built):
    _out, result = built
    assert result.violations == ()


def test_turtle_reads_the_same_in_rdflib_and_oxigraph(built):
    out, _ = built
    ours = {tuple(str(t) for t in triple) for triple in Graph().parse(out / GRAPH_TTL, format="turtle")}
    theirs = {(q.subject.value, q.predicate.value, q.object.value) for q in ox.parse(path=str(out / GRAPH_TTL))}
    assert ours == theirs and len(ours) > 10_000
    assert len(ox.Dataset(ox.parse(path=str(out / GRAPH_NT)))) == len(ours)


CLAUSE = f"<{ID}doc/x/clause/1>"
BASE = f"""
<{ID}doc/x> a <{PG}Document> ; <{PG}inCorpus> true ; <http://purl.org/dc/terms/identifier> "x" .
{CLAUSE} a <{PG}Clause> ; <{PG}inDocument> <{ID}doc/x> ; <{PG}number> "一、" ; <{PG}path> "1" ;
  <{PG}clauseKind> "item" ; <{PG}sourceStart> 10 ; <{PG}sourceEnd> 20 .
<{ID}body/x/a> a <{PG}Body> ; <{PG}name> "市民政局" ; <http://www.w3.org/2004/02/skos/core#prefLabel> "市民政局"@zh .
<{ID}r> a <{PG}Responsibility> ; <{PG}body> <{ID}body/x/a> ; <{PG}clause> {CLAUSE} ; <{PG}role> <{PG}Lead> ;
  <{PG}roleName> "lead" ; <{PG}readFrom> "listed" ;
  <{PG}sourceDocument> <{ID}doc/x> ; <{PG}sourceStart> 10 ; <{PG}sourceEnd> 12 .
"""


def _violations(extra: str = "", drop: str = "") -> list[Violation]:
    text = BASE.replace(drop, "") if drop else BASE
    return validate_graph(Graph().parse(data=text + extra, format="turtle"))


def test_a_small_valid_graph_conforms():
    assert _violations() == []


@pytest.mark.parametrize(
    ("extra", "drop", "expected"),
    [
        (
            f"<{ID}doc/y> a <{PG}Document> ; <{PG}inCorpus> true . {CLAUSE} <{PG}inDocument> <{ID}doc/y> .",
            "",
            "exactly one document",
        ),
        ("", f'<{PG}number> "一、" ;', "exactly one number"),
        ("", f"<{PG}sourceStart> 10 ; <{PG}sourceEnd> 20", "one span start"),
        (f"{CLAUSE} <{PG}sourceEnd> 5 .", "", "one span end"),
        (f"{CLAUSE} <{PG}sourceEnd> 5 .", f"<{PG}sourceEnd> 20", "ends after it starts"),
        ("", f"<{PG}role> <{PG}Lead> ;", "exactly one role"),
        ("", f"<{PG}body> <{ID}body/x/a> ;", "exactly one body"),
        (
            f'<{ID}body/x/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "民政局"@zh .',
            "",
            "preferred label per language",
        ),
        (f'{CLAUSE} <{PG}clauseKind> "paragraph" .', "", "known kind"),
        (
            f'<{ID}place/p> a <{PG}Jurisdiction> ; <http://www.w3.org/2004/02/skos/core#notation> "35030" .',
            "",
            "GB/T 2260 code, six digits",
        ),
    ],
    ids=[
        "two-documents",
        "no-number",
        "no-span",
        "two-ends",
        "backwards-span",
        "no-role",
        "no-body",
        "two-labels",
        "odd-kind",
        "bad-division-code",
    ],
)
def test_each_shape_catches_what_it_is_for(extra, drop, expected):
    messages = [v.message for v in _violations(extra, drop)]
    assert any(expected in m for m in messages), messages


def test_validate_command_prints_one_line_per_violation_and_fails(built, tmp_path):
    out, _ = built
    bad = tmp_path / "bad"
    bad.mkdir()
    some_clause = next(
        line.split()[0]
        for line in (out / GRAPH_NT).read_text(encoding="utf-8").splitlines()
        if line.split()[1] == f"<{PG}inDocument>"
    )
    (bad / GRAPH_TTL).write_text(
        (out / GRAPH_TTL).read_text(encoding="utf-8") + f"{some_clause} <{PG}inDocument> <{ID}doc/elsewhere> .\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["validate", "--graph", str(bad)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line]
    assert lines and all(line.startswith("<") for line in lines)
    assert any("exactly one document" in line for line in lines)
    good = CliRunner().invoke(main, ["validate", "--graph", str(out)])
    assert good.exit_code == 0 and "符合形状约束" in good.output
    missing = CliRunner().invoke(main, ["validate", "--graph", str(tmp_path / "nothing")])
    assert missing.exit_code == 1 and "no graph here" in missing.output


def test_build_strict_fails_on_a_shape_violation(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "validate_dir", lambda out: [Violation("urn:x", "pg:number", "broken")])
    loose = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "a")])
    assert loose.exit_code == 0 and "不符合形状约束（SHACL）：<urn:x> pg:number: broken" in loose.output
    strict = CliRunner().invoke(main, ["build", "--strict", "--out", str(tmp_path / "b")])
    assert strict.exit_code == 1 and "1 shape violation(s) (--strict)" in strict.output
