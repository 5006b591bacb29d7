"""Stage 6 — query: saved and ad-hoc SPARQL over a built graph.

Saved queries live as `queries/<name>.rq`; their `# param name: …` lines say
which variables a user may bind. Parameters are bound as RDF terms by the
engine (never pasted into the query text), so quotes or braces in a value
cannot change the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef

from .errors import QueryError
from .store import Backend, open_store

_PARAM = re.compile(r"^#\s*param\s+([A-Za-z_][\w-]*)\s*:\s*(.*)$", re.M)
_VAR = re.compile(r"[?$]([A-Za-z_]\w*)")


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _from_text(name: str, text: str) -> Query:
    lines = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    description = next((line for line in lines if not line.startswith("param")), "")
    params = {m.group(1): m.group(2).strip() for m in _PARAM.finditer(text)}
    return Query(name, text, description, params)


def saved_queries() -> dict[str, Query]:
    """The registry of saved queries, by name."""
    out = {}
    for item in sorted(resources.files("policygraph.queries").iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            name = item.name[:-3]
            out[name] = _from_text(name, item.read_text(encoding="utf-8"))
    return out


def load_query(name_or_path: str) -> Query:
    saved = saved_queries()
    if name_or_path in saved:
        return saved[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise QueryError("no such query file", where=str(path))
        try:
            return _from_text(path.stem, path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise QueryError("query file is not UTF-8 text", where=str(path)) from None
    raise QueryError(f"unknown query '{name_or_path}'", hint="saved queries: " + ", ".join(saved))


def bindings(query: Query, params: dict[str, str]) -> dict[str, Literal | URIRef]:
    """Check parameter names against the query and turn values into RDF terms."""
    allowed = set(query.params) or set(_VAR.findall(query.text))
    out: dict[str, Literal | URIRef] = {}
    for name, value in params.items():
        var = name.replace("-", "_")
        if var not in allowed:
            choices = ", ".join(sorted(query.params)) or "none"
            raise QueryError(f"query '{query.name}' takes no parameter '{name}'", hint=f"it takes: {choices}")
        out[var] = URIRef(value[1:-1]) if value.startswith("<") and value.endswith(">") else Literal(value)
    return out


def load_graph(graph_dir: Path, backend: str = "auto", endpoint: str | None = None) -> Backend:
    """The graph built in graph_dir (or served at a SPARQL endpoint), ready for SPARQL."""
    if endpoint:
        from .endpoint import RemoteStore

        return RemoteStore(endpoint)
    return open_store(graph_dir, backend)


def run(graph: Backend, query: Query, params: dict[str, str] | None = None) -> Table:
    try:
        columns, rows = graph.select(query.text, bindings(query, params or {}))
    except QueryError as err:
        raise QueryError(err.reason, where=query.name, hint=err.hint) from None
    return Table(columns, tuple(tuple("" if v is None else v for v in row) for row in rows))
