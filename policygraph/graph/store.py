"""Store: where a built graph lives and how SPARQL reaches it.

Two backends answer the same `select`: an embedded on-disk Oxigraph store
(`store/` beside the Turtle; fast at millions of triples, see
benchmarks) and rdflib's in-memory graph loaded from `graph.ttl` (for a
folder built with `--store memory`). The store keeps one named graph per
document (so a rebuild replaces only what changed) and queries see their
union as the default graph. Parameters are bound as a VALUES block of RDF
terms (serialised and escaped by rdflib), never pasted into the query text:
Oxigraph applied its `substitutions` only after evaluating the whole query
(who-owns for one document: 339 ms against 8 ms with VALUES at 10^5 triples).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from ..errors import QueryError, StoreError
from .formats import negotiate
from .ordering import SORTED_HERE, Order, sort_rows, take_order

GRAPH_TTL = "graph.ttl"  # the graph every build writes
GRAPH_NT = "graph.nt"  # the same as N-Triples, with build --ntriples
GRAPH_NQ = "graph.nq"  # every named graph as N-Quads, with build --nquads (for bulk loaders)
STORE_DIR = "store"
GRAPHS_JSON = "policygraph-graphs.json"  # inside the store: which content each named graph holds
BUILD_LINE = "# policygraph build "  # graph.ttl's first line: the fingerprint of the graphs it joins


def build_fingerprint(hashes: dict[str, str]) -> str:
    """One short hash of which content every named graph holds: equal for graph.ttl and the store of one build."""
    return hashlib.sha256("\n".join(f"{g} {k}" for g, k in sorted(hashes.items())).encode()).hexdigest()[:16]


def _ttl_fingerprint(turtle: Path) -> str | None:
    with open(turtle, encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    return first[len(BUILD_LINE) :].strip() if first.startswith(BUILD_LINE) else None


def _check_same_build(graph_dir: Path, store_dir: Path) -> None:
    """graph.ttl and the store describe one build, or the folder is caught between two (an interrupted build)."""
    ttl, stored = _ttl_fingerprint(graph_dir / GRAPH_TTL), stored_hashes(store_dir)
    if ttl and stored is not None and build_fingerprint(stored) != ttl:
        raise StoreError(
            "graph.ttl and the store are from two different builds (a build was interrupted)",
            where=str(graph_dir),
            hint="run 'policygraph build' again; it repairs the folder",
        )


BACKENDS = ("oxigraph", "memory")

Row = tuple[str | None, ...]
Term = Literal | URIRef


class Backend(Protocol):
    name: str

    def select(self, text: str, bindings: dict[str, Term] | None = None) -> tuple[tuple[str, ...], list[Row]]:
        """Column names and rows (lexical values, None where unbound) of a SELECT query."""
        ...


# Strings and IRIs (where # is not a comment), and comments.
_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^\s<>"{}|^`\\]*>|#[^\n]*')


def _code_only(text: str, strings: bool = False) -> str:
    """The query with its comments (and, with `strings`, the insides of its strings) blanked, same length:
    `WHERE {` or `SERVICE` in a comment or a string is not the query's."""

    def blank(m: re.Match[str]) -> str:
        token = m.group(0)
        if token.startswith("#"):
            return " " * len(token)
        if strings and token[0] in "\"'":
            return token[0] + " " * (len(token) - 2) + token[-1]
        return token

    return _TOKENS.sub(blank, text)


_SERVICE = re.compile(r"\bSERVICE\s+(?:SILENT\s+)?(<[^>]*>|[?$]\w+)", re.I)


def services(text: str) -> list[str]:
    """The endpoints a query's SERVICE clauses would call (an IRI, or a ?variable)."""
    return [m.group(1) for m in _SERVICE.finditer(_code_only(text, strings=True))]


def with_values(text: str, bindings: dict[str, Literal | URIRef]) -> str:
    """Join a VALUES block of the bound terms at the start of the WHERE group."""
    if not bindings:
        return text
    names = sorted(bindings)
    block = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + " ".join(bindings[n].n3() for n in names) + ") }"
    match = re.search(r"\bWHERE\s*\{", _code_only(text), re.I)
    if not match:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    return text[: match.end()] + "\n  " + block + "\n" + text[match.end() :]


def with_rows(text: str, name: str, terms: list[Term]) -> str:
    """Join a VALUES block of one variable with many rows (?c { <a> <b> … }) at the start of the WHERE group."""
    match = re.search(r"\bWHERE\s*\{", _code_only(text), re.I)
    if not match:
        raise QueryError("cannot bind values: the query has no WHERE clause")
    block = f"VALUES ?{name} {{ " + " ".join(t.n3() for t in terms) + " }"
    return text[: match.end()] + "\n  " + block + "\n" + text[match.end() :]


def _first_line(err: Exception) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0]


@contextmanager
def _evaluation() -> Iterator[None]:
    """Errors raised while results are read (a failing SERVICE call, a bad cast) as one-line QueryErrors."""
    try:
        yield
    except (OSError, ValueError, SyntaxError, RuntimeError) as err:
        raise QueryError(
            f"the query failed while running: {_first_line(err)}", hint="a SERVICE endpoint may be unreachable"
        ) from None


class MemoryStore:
    name = "memory"

    def __init__(self, graph: Graph):
        self.graph = graph

    def select(self, text: str, bindings: dict[str, Term] | None = None) -> tuple[tuple[str, ...], list[Row]]:
        try:
            result = self.graph.query(with_values(text, bindings or {}))
        except Exception as err:  # rdflib raises pyparsing and assorted errors on bad SPARQL
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        if result.type != "SELECT":
            raise QueryError("only SELECT queries give a table")
        columns = tuple(str(v) for v in result.vars or ())
        with _evaluation():  # rdflib evaluates as the rows are read: a SERVICE call fails here
            return columns, [tuple(None if t is None else str(t) for t in row) for row in result]

    def results(self, text: str, accept: str | None = None, name: str = "") -> tuple[bytes, str]:
        """The answer to any query form, in the format the client accepts, and its media type."""
        try:
            result = self.graph.query(text)
        except Exception as err:
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        fmt = negotiate(accept, result.type in ("CONSTRUCT", "DESCRIBE"), name)
        with _evaluation():
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                return result.graph.serialize(format=_RDFLIB_GRAPH[fmt.key], encoding="utf-8"), fmt.media_type
            if fmt.key in ("json", "xml") or (fmt.key == "csv" and result.type == "SELECT"):
                return result.serialize(format=fmt.key), fmt.media_type
            if result.type == "ASK":
                return ("true" if result.askAnswer else "false").encode(), fmt.media_type
            return tsv_results([str(v) for v in result.vars or ()], list(result)), fmt.media_type


_RDFLIB_GRAPH = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
_OX_RESULTS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_OX_GRAPH = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def tsv_results(columns: list[str], rows: list) -> bytes:
    """SPARQL 1.1 TSV results: a ?name header, then terms as N-Triples writes them (rdflib has no TSV writer)."""
    lines = ["\t".join(f"?{c}" for c in columns)]
    lines += ["\t".join("" if t is None else t.n3() for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


class OxigraphStore:
    name = "oxigraph"

    def __init__(self, store: ox.Store, directory: Path | None = None):
        self.store = store
        self.directory = directory  # the store's folder, where its kept answers are (graph/kept.py)

    def select(self, text: str, bindings: dict[str, Term] | None = None) -> tuple[tuple[str, ...], list[Row]]:
        text = with_values(text, bindings or {})
        # `# sorted by the store` in the query: its final ORDER BY is done in Python (ordering.py)
        order = take_order(text, _code_only(text, strings=True)) if SORTED_HERE.search(text) else None
        return self._solutions(order.text, order) if order else self._solutions(text, None)

    def _solutions(self, text: str, order: Order | None) -> tuple[tuple[str, ...], list[Row]]:
        try:
            result = self.store.query(text, use_default_graph_as_union=True)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("only SELECT queries give a table")
        columns = tuple(v.value for v in result.variables)
        # a solution iterates its terms in column order: 3x cheaper than looking each up by name
        with _evaluation():  # Oxigraph evaluates lazily too
            if order is None:  # each term's text read as it comes: no term kept (a quarter of a listing's time)
                return columns, [tuple(None if term is None else term.value for term in row) for row in result]
            terms = sort_rows([tuple(solution) for solution in result], columns, order)
        columns = tuple(c for c in columns if c not in order.added)
        return columns, [tuple(None if term is None else term.value for term in row) for row in terms]

    def results(self, text: str, accept: str | None = None, name: str = "") -> tuple[bytes, str]:
        """The answer to any query form, in the format the client accepts, and its media type."""
        try:
            result = self.store.query(text, use_default_graph_as_union=True)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"cannot run: {_first_line(err)}") from None
        graph = isinstance(result, ox.QueryTriples)
        fmt = negotiate(accept, graph, name)
        with _evaluation():
            if graph:
                return result.serialize(format=_OX_GRAPH[fmt.key]), fmt.media_type
            return result.serialize(format=_OX_RESULTS[fmt.key]), fmt.media_type


def stored_hashes(store_dir: Path) -> dict[str, str] | None:
    try:
        data = json.loads((store_dir / GRAPHS_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def graph_nquads(graph: str, ntriples: Path) -> bytes:
    """A graph's N-Triples file as N-Quads lines of that graph ("s p o ." as "s p o <g> ."), in one piece: written
    line by line, graph.nq of 1.8·10⁷ triples took 18 s."""
    tail = f" <{graph}> .\n".encode()
    lines = (line.rstrip() for line in ntriples.read_bytes().splitlines())
    return b"".join(line[:-1].rstrip() + tail for line in lines if line.endswith(b"."))


class _QuadStream(io.RawIOBase):
    """The N-Triples files of some graphs read as one N-Quads file ("s p o ." as "s p o <g> ."), for one load.

    Oxigraph's loader reads it in chunks of its own, so memory stays bounded without Python holding batches; a
    bulk load per 500,000 quads (each writes new files) took 260 s at 1.8·10⁷ quads, one streamed load 134 s
    (benchmarks/RESULTS.md, fifth measurement)."""

    def __init__(self, graphs: dict[str, tuple[str, Path]], names: list[str]) -> None:
        self._graphs = iter(names)
        self._files = graphs
        self._chunk = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._chunk:
            graph = next(self._graphs, None)
            if graph is None:
                return 0
            self._chunk = memoryview(graph_nquads(graph, self._files[graph][1]))
        n = min(len(buffer), len(self._chunk))
        buffer[:n] = self._chunk[:n]
        self._chunk = self._chunk[n:]
        return n


def _fill(tmp: Path, graphs: dict[str, tuple[str, Path]], old: Path | None) -> int:
    """Write the store into tmp: a hard-linked copy of old with changed graphs replaced, or from scratch."""
    hashes = {graph: key for graph, (key, _path) in graphs.items()}
    before = stored_hashes(old) if old is not None else None
    if before is not None and sum(before.get(g) != k for g, k in hashes.items()) > len(hashes) // 2:
        before = None  # most graphs changed: loading everything afresh is faster than replacing them
    if before is not None:
        source = ox.Store(str(old))  # fails if another process writes it: then we build from scratch
        source.backup(str(tmp))
        del source
        store = ox.Store(str(tmp))
        changed = [g for g in graphs if before.get(g) != hashes[g]]
        for graph in (before.keys() - hashes.keys()) | (before.keys() & set(changed)):  # gone, or replaced
            store.remove_graph(ox.NamedNode(graph))
    else:
        store = ox.Store(str(tmp))
        changed = list(graphs)
    # One load for all graphs: each bulk_load writes new files, so one call per graph was 30x slower.
    quads = io.BufferedReader(_QuadStream(graphs, changed), buffer_size=1 << 20)
    if before is None or len(changed) > 16:
        store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
        # One load leaves its files unmerged: at 1.8·10⁷ triples the queries then ran 1.5–3× slower (sector-owns
        # 15 s, 4.5 s after). Merging them costs a third of the load and beats loading in batches on both counts.
        store.optimize()
    else:
        store.load(quads, format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    (tmp / GRAPHS_JSON).write_text(json.dumps(hashes, indent=0, sort_keys=True), encoding="utf-8")
    return len(changed)


def write_store(graph_dir: Path, graphs: dict[str, tuple[str, Path]]) -> int:
    """(Re)write graph_dir/store: graph IRI -> (key of its content, N-Triples file); return how many were loaded.

    The new store is made beside the old one — a hard-linked copy with only the
    changed graphs replaced, when the old one can be opened — and renamed onto
    it when complete, so a failed or killed build leaves the old store as it was.
    """
    graph_dir = Path(graph_dir)
    final, old = graph_dir / STORE_DIR, graph_dir / ".store.old"
    if stored_hashes(final) == {graph: key for graph, (key, _path) in graphs.items()}:
        return 0
    work = Path(tempfile.mkdtemp(prefix=".store.", dir=graph_dir))
    tmp = work / "store"
    try:
        try:
            changed = _fill(tmp, graphs, final if final.is_dir() else None)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            changed = _fill(tmp, graphs, None)
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return changed


def remove_store(graph_dir: Path) -> None:
    shutil.rmtree(Path(graph_dir) / STORE_DIR, ignore_errors=True)


def open_store(graph_dir: Path, backend: str = "auto") -> Backend:
    """The built graph in graph_dir: the Oxigraph store if there is one, else graph.ttl in memory."""
    graph_dir = Path(graph_dir)
    turtle = graph_dir / GRAPH_TTL
    if not turtle.exists():
        raise StoreError("no graph here", where=str(graph_dir), hint="run 'policygraph build' first")
    store_dir = graph_dir / STORE_DIR
    if not store_dir.is_dir() and (graph_dir / ".store.old").is_dir():
        store_dir = graph_dir / ".store.old"  # a build was killed between the two renames of its store swap
    if store_dir.is_dir():
        _check_same_build(graph_dir, store_dir)
    if backend in ("auto", "oxigraph") and store_dir.is_dir():
        try:
            return OxigraphStore(ox.Store.read_only(str(store_dir)), store_dir)
        except OSError as err:
            raise StoreError(
                f"cannot open the store: {err}", where=str(graph_dir), hint="rebuild with 'policygraph build'"
            ) from None
    if backend == "oxigraph":
        raise StoreError("no Oxigraph store here", where=str(graph_dir), hint="build without --store memory")
    graph = Graph()
    graph.parse(turtle, format="turtle")
    return MemoryStore(graph)
