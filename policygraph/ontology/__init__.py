"""The ontology, sector scheme and SHACL shapes, as package data (the top-level ontology/ links here).

Read through `ontology_text` (importlib.resources), so an installed wheel finds them as a checkout does.
"""

from __future__ import annotations

from importlib.resources import files

ONTOLOGY, SECTORS, SHAPES = "policygraph.ttl", "sectors.ttl", "shapes.ttl"


def ontology_text(name: str) -> str:
    """The Turtle text of one of ONTOLOGY, SECTORS, SHAPES."""
    return files(__package__).joinpath(name).read_text(encoding="utf-8")
