"""Functional sectors of bodies, read from `ontology/sectors.ttl`.

The sector list and the name fragments that place a body in it are data: add a
former name or a new sector to the Turtle file, not to this code.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, URIRef

from ..ontology import SECTORS, ontology_text
from .iri import PG

SECTOR = "https://w3id.org/policygraph/sector/"


@lru_cache(maxsize=1)
def _parts() -> tuple[tuple[str, URIRef], ...]:
    graph = Graph().parse(data=ontology_text(SECTORS), format="turtle")
    parts = [(str(part), concept) for concept, part in graph.subject_objects(PG.namePart)]
    return tuple(sorted(parts, key=lambda p: (-len(p[0]), p[0])))


def sector_of(name: str, kind: str) -> URIRef:
    """The sector of a body: its kind for lower governments, else the longest name fragment found."""
    if kind == "lower-government":
        return URIRef(SECTOR + "lower-government")
    for part, concept in _parts():
        if part in name:
            return concept
    return URIRef(SECTOR + "other")
