"""The graph's files: graph.ttl, graph.nt and graph.nq joined from the N-Triples of each named graph.

Each named graph (a document's, a jurisdiction's bodies, the shared one) is kept in the build cache as its own
N-Triples and Turtle; the files users read are those joined, each written to a temporary name and renamed. The
cache remembers what graph.ttl was last joined from, so a build that changed nothing rewrites nothing.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, RDFS, SKOS, XSD

from ..atomic import atomic_path
from ..incremental import Cache
from . import iri
from .iri import PG
from .store import BUILD_LINE, GRAPH_NT, GRAPH_TTL, build_fingerprint, graph_nquads

GraphFiles = dict[str, tuple[str, Path]]  # named graph IRI -> (key of its content, its N-Triples file)
JOINED = "joined"  # cache state: what graph.ttl (and graph.nt) were last joined from
PREFIXES = {
    "pg": str(PG),
    "id": iri.ID,
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "owl": str(OWL),
}


def turtle_body(ntriples: bytes) -> bytes:
    """Turtle of some N-Triples without the @prefix lines, so bodies of several graphs can be joined."""
    text = ox.serialize(
        ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES
    )
    return b"".join(line for line in text.splitlines(keepends=True) if not line.startswith(b"@prefix "))


def _sizes(out: Path, names: list[str]) -> list[int] | None:
    try:
        return [(out / name).stat().st_size for name in names]
    except OSError:
        return None


def _join(out: Path, name: str, files: GraphFiles, suffix: str, head: bytes = b"") -> None:
    with atomic_path(out / name) as tmp, open(tmp, "wb") as joined:
        joined.write(head)
        for _key, path in files.values():
            joined.write(path.with_suffix(suffix).read_bytes())
    # No fsync: the rename is what keeps a killed build from leaving half a file,
    # and syncing 300 MB took longer than the rest of a rebuild.


def graph_changes(out: Path, files: GraphFiles, cache: Cache, reuse: bool, ntriples: bool) -> bool:
    """Whether graph.ttl (and graph.nt) will be written again: unless joined from the same graphs, unchanged."""
    names = [GRAPH_TTL, GRAPH_NT] if ntriples else [GRAPH_TTL]
    state = cache.state(JOINED)
    keys = [key for key, _path in files.values()]
    return not (reuse and state.get("keys") == keys and state.get("sizes") == _sizes(out, names))


def write_joined(out: Path, files: GraphFiles, cache: Cache, reuse: bool = True, ntriples: bool = False) -> int:
    """graph.ttl (and graph.nt if asked), the graphs' files joined; returns the number of triples.

    The cache remembers which graph keys the files were joined from and each
    graph's triple count: when neither the keys nor the files changed, nothing
    is rewritten. N-Triples are opt-in: joining 250 MB of them was a third of
    a rebuild after one change, and the store and the Turtle hold the same graph.
    """
    keys = [key for key, _path in files.values()]
    names = [GRAPH_TTL, GRAPH_NT] if ntriples else [GRAPH_TTL]
    state = cache.state(JOINED)
    counts: dict[str, int] = state.get("counts", {})
    for key, path in files.values():
        if key not in counts:
            counts[key] = path.read_bytes().count(b"\n")
    if graph_changes(out, files, cache, reuse, ntriples):
        prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + "\n"
        stamp = BUILD_LINE + build_fingerprint({graph: key for graph, (key, _path) in files.items()}) + "\n"
        _join(out, GRAPH_TTL, files, ".ttl", (stamp + prefixes).encode())
        if ntriples:
            _join(out, GRAPH_NT, files, ".nt")
        else:
            (out / GRAPH_NT).unlink(missing_ok=True)  # an older build's: it would no longer match
        cache.put_state(
            JOINED, {"keys": keys, "sizes": _sizes(out, names), "counts": {key: counts[key] for key in keys}}
        )
    return sum(counts[key] for key in keys)


def write_nquads(path: Path, files: GraphFiles) -> None:
    """graph.nq: every document's graph as N-Quads, for a server's bulk loader (named graphs kept)."""
    with atomic_path(path) as tmp, open(tmp, "wb") as out:
        for graph, (_key, source) in files.items():
            out.write(graph_nquads(graph, source))
