"""Validate: a built graph against the SHACL shapes in ontology/shapes.ttl (pySHACL).

A violation means a parser or writer broke a promise the queries rely on
(every clause in one document, every responsibility with one body and one
role, …). The shapes are data; this module only runs them and turns pySHACL's
report into one line per violation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from ..ontology import SHAPES, ontology_text
from .store import MemoryStore, open_store

SH = Namespace("http://www.w3.org/ns/shacl#")
VALIDATE_MAX_TRIPLES = 150_000  # build validates up to here (rdflib load + pySHACL: ~5 s per 10^5); above: `validate`


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"<{self.focus}>{where}: {self.message}"


def _short(term: object) -> str:
    text = str(term)
    for prefix, ns in (
        ("pg:", "https://w3id.org/policygraph/ns#"),
        ("dcterms:", "http://purl.org/dc/terms/"),
        ("skos:", "http://www.w3.org/2004/02/skos/core#"),
    ):
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text


def validate_graph(data: Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; empty if it conforms."""
    from pyshacl import validate

    shapes = Graph().parse(data=ontology_text(SHAPES), format="turtle")
    _conforms, report, _text = validate(data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    assert isinstance(report, Graph)
    out = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        out.add(Violation(str(focus), _short(path) if path is not None else "", str(message or "violation")))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate_dir(graph_dir: Path) -> list[Violation]:
    """Validate the graph a build wrote into graph_dir."""
    store = open_store(graph_dir, "memory")  # graph.ttl in rdflib, or "no graph here"
    assert isinstance(store, MemoryStore)
    return validate_graph(store.graph)
