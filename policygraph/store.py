"""Stage 6a — store: where a built graph lives and how SPARQL reaches it.

Two backends answer the same `select`: an embedded on-disk Oxigraph store
(`store/` beside the Turtle; fast at millions of triples, see
benchmarks) and rdflib's in-memory graph loaded from `graph.nt` (for a
folder built with `--store memory`). Parameters are bound by the engine —
rdflib's initBindings, Oxigraph's substitutions — never pasted into text.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, Variable

from .errors import QueryError, StoreError

GRAPH_NT = "graph.nt"
STORE_DIR = "store"
BACKENDS = ("oxigraph", "memory")

Row = tuple[str | None, ...]
Term = Literal | URIRef


class Backend(Protocol):
    name: str

    def select(self, text: str, bindings: dict[str, Term] | None = None) -> tuple[tuple[str, ...], list[Row]]:
        """Column names and rows (lexical values, None where unbound) of a SELECT query."""
        ...


def _first_line(err: Exception) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0]


class MemoryStore:
    name = "memory"

    def __init__(self, graph: Graph):
        self.graph = graph

    def select(self, text: str, bindings: dict[str, Term] | None = None) -> tuple[tuple[str, ...], list[Row]]:
        try:
            result = self.graph.query(text, initBindings={Variable(k): v for k, v in (bindings or {}).items()})
        except Exception as err:  # rdflib raises pyparsing and assorted errors on bad SPARQL
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        if result.type != "SELECT":
            raise QueryError("only SELECT queries give a table")
        columns = tuple(str(v) for v in result.vars or ())
        return columns, [tuple(None if t is None else str(t) for t in row) for row in result]

    def results_json(self, text: str) -> bytes:
        """SPARQL 1.1 JSON results of a SELECT or ASK query."""
        try:
            result = self.graph.query(text)
        except Exception as err:
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        if result.type not in ("SELECT", "ASK"):
            raise QueryError("only SELECT and ASK queries are answered here")
        return result.serialize(format="json")


def _to_ox(term: Term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


class OxigraphStore:
    name = "oxigraph"

    def __init__(self, store: ox.Store):
        self.store = store

    def select(self, text: str, bindings: dict[str, Term] | None = None) -> tuple[tuple[str, ...], list[Row]]:
        substitutions = {ox.Variable(k): _to_ox(v) for k, v in (bindings or {}).items()}
        try:
            result = self.store.query(text, substitutions=substitutions)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("only SELECT queries give a table")
        columns = tuple(v.value for v in result.variables)
        rows = [tuple(None if (t := solution[c]) is None else t.value for c in columns) for solution in result]
        return columns, rows

    def results_json(self, text: str) -> bytes:
        """SPARQL 1.1 JSON results of a SELECT or ASK query."""
        try:
            result = self.store.query(text)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        if not isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            raise QueryError("only SELECT and ASK queries are answered here")
        return result.serialize(format=ox.QueryResultsFormat.JSON)


def write_store(graph_dir: Path, nt_text: str) -> None:
    """(Re)build graph_dir/store from N-Triples; the old store stays until the new one is complete."""
    graph_dir = Path(graph_dir)
    tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=graph_dir))
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(nt_text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        final, old = graph_dir / STORE_DIR, graph_dir / ".store.old"
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def remove_store(graph_dir: Path) -> None:
    shutil.rmtree(Path(graph_dir) / STORE_DIR, ignore_errors=True)


def open_store(graph_dir: Path, backend: str = "auto") -> Backend:
    """The built graph in graph_dir: the Oxigraph store if there is one, else graph.nt in memory."""
    graph_dir = Path(graph_dir)
    nt = graph_dir / GRAPH_NT
    if not nt.exists():
        raise StoreError("no graph here", where=str(graph_dir), hint="run 'policygraph build' first")
    if backend in ("auto", "oxigraph") and (graph_dir / STORE_DIR).is_dir():
        try:
            return OxigraphStore(ox.Store.read_only(str(graph_dir / STORE_DIR)))
        except OSError as err:
            raise StoreError(f"cannot open the store: {err}", where=str(graph_dir),
                             hint="rebuild with 'policygraph build'") from None
    if backend == "oxigraph":
        raise StoreError("no Oxigraph store here", where=str(graph_dir), hint="build without --store memory")
    graph = Graph()
    graph.parse(nt, format="nt")
    return MemoryStore(graph)
