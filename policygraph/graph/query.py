"""Query: saved and ad-hoc SPARQL over a built graph.

Saved queries live as `queries/<name>.rq`; their `# param name: …` lines say
which variables a user may bind, and `# 说明：`/`# 参数 name：` lines say in Chinese
what the query answers and what each parameter narrows (what `query --list` and the
query page show). `queries/<engine>/<name>.rq` is the same query
shaped for one engine's planner (see queries/oxigraph/README.md). Parameters
are bound as RDF terms by the engine (never pasted into the query text), so
quotes or braces in a value cannot change the query.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef

from ..errors import QueryError
from .kept import kept_answer
from .store import Backend, open_store, with_values

_PARAM = re.compile(r"^#\s*param\s+([A-Za-z_][\w-]*)\s*:\s*(.*)$", re.M)
_SAID = re.compile(r"^#\s*说明[:：]\s*(.*)$", re.M)  # what the query answers, in Chinese, for the people who run it
_PARAM_ZH = re.compile(r"^#\s*参数\s+([A-Za-z_][\w-]*)\s*[:：]\s*(.*)$", re.M)
_VAR = re.compile(r"[?$]([A-Za-z_]\w*)")
# A line marked `# only with ?name` is part of the query only when that parameter is given: a pattern that
# narrows by it (within=) costs every row when written to work unbound (see queries/who-owns.rq).
_ONLY_WITH = re.compile(r"^[^\n#]*#\s*only with \?(\w+)[ \t]*\n?", re.M)
# `# kept` in the header: the whole-graph answer is computed at build and kept with the store (graph/kept.py)
_KEPT = re.compile(r"^#\s*kept\b", re.M)
# `# portable with ?name` in an engine's text: with that parameter bound the query is a lookup, which the portable
# text answers by the index faster than the shaped one hashes every row (queries/oxigraph/README.md)
_PORTABLE_WITH = re.compile(r"^#\s*portable with \?(\w+)", re.M)


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    shaped: dict[str, str] = field(default_factory=dict)  # engine name -> text tuned for its planner
    kept: bool = False  # its answer without parameters is kept with the store (`# kept` in the header)

    def text_for(self, engine: str, bound: Iterable[str] | None = None) -> str:
        """The text for an engine; lines marked `# only with ?name` kept only if `name` is in `bound`
        (None: all kept, as on the query page, where a person sees the whole query)."""
        text = self.shaped.get(engine, self.text)
        if bound is None:
            return text
        given = set(bound)
        if given & set(_PORTABLE_WITH.findall(text)):
            text = self.text
        return _ONLY_WITH.sub(lambda m: m.group(0) if m.group(1) in given else "", text)


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _from_text(name: str, text: str) -> Query:
    """Description and parameters from the header: `# 说明：`/`# 参数 name：` (what users read) over the English
    `# …`/`# param name:` lines (which declare the parameters)."""
    lines = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    english = next((line for line in lines if not line.startswith(("param", "说明", "参数", "kept"))), "")
    said = _SAID.search(text)
    description = said.group(1).strip() if said else english
    chinese = {m.group(1): m.group(2).strip() for m in _PARAM_ZH.finditer(text)}
    params = {m.group(1): chinese.get(m.group(1), m.group(2).strip()) for m in _PARAM.finditer(text)}
    return Query(name, text, description, params, kept=bool(_KEPT.search(text)))


def _rq_files(folder) -> dict[str, str]:
    return {
        item.name[:-3]: item.read_text(encoding="utf-8")
        for item in folder.iterdir()
        if item.is_file() and item.name.endswith(".rq")
    }


INTERNAL = "internal"  # queries/internal/: the queries pages, matrices and the analysis run (not for users)


def internal_query(name: str) -> str:
    """The text of one of the queries in queries/internal/ (the pages, the matrix, the analysis)."""
    return resources.files("policygraph.queries").joinpath(INTERNAL, f"{name}.rq").read_text(encoding="utf-8")


def saved_queries() -> dict[str, Query]:
    """The registry of saved queries, by name, each with its engine-shaped texts."""
    root = resources.files("policygraph.queries")
    engines = {
        item.name: _rq_files(item)
        for item in root.iterdir()
        if item.is_dir() and item.name.isalpha() and item.name != INTERNAL
    }
    out = {}
    for name, text in sorted(_rq_files(root).items()):
        query = _from_text(name, text)
        shaped = {engine: texts[name] for engine, texts in engines.items() if name in texts}
        out[name] = replace(query, shaped=shaped)
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


# A value written as <…> is an IRI only if it is one (no spaces, quotes or angle brackets inside); else text.
_IRI = re.compile(r'^<[^\s<>"{}|^`\\]+>$')


def bindings(query: Query, params: dict[str, str]) -> dict[str, Literal | URIRef]:
    """Check parameter names against the query and turn values into RDF terms."""
    allowed = set(query.params) or set(_VAR.findall(query.text))
    out: dict[str, Literal | URIRef] = {}
    for name, value in params.items():
        var = name.replace("-", "_")
        if var not in allowed:
            choices = ", ".join(sorted(query.params)) or "none"
            raise QueryError(f"query '{query.name}' takes no parameter '{name}'", hint=f"it takes: {choices}")
        out[var] = URIRef(value[1:-1]) if _IRI.match(value) else Literal(value)
    return out


def load_graph(graph_dir: Path, backend: str = "auto", endpoint: str | None = None, partial: bool = False) -> Backend:
    """The graph built in graph_dir (or served at a SPARQL endpoint; `partial` accepts a result it cut short)."""
    if endpoint:
        from .endpoint import RemoteStore

        return RemoteStore(endpoint, partial=partial)
    return open_store(graph_dir, backend)


def run_limited(graph_dir: Path, query: Query, params: dict[str, str] | None, seconds: float) -> Table:
    """Like run, in a worker process that is stopped when the query runs longer than `seconds`."""
    from ..views.workers import Workers

    workers = Workers(graph_dir, size=1, limit=seconds)
    try:
        bound = bindings(query, params or {})
        text = with_values(query.text_for(workers.name, bound), bound)
        data = json.loads(workers.run(text, "application/sparql-results+json")[0])
    except QueryError as err:
        raise QueryError(err.reason, where=query.name, hint=err.hint) from None
    finally:
        workers.close()
    columns = tuple(data.get("head", {}).get("vars", ()))
    if "boolean" in data:
        return Table(("boolean",), ((str(data["boolean"]).lower(),),))
    return Table(
        columns, tuple(tuple(b.get(c, {}).get("value", "") for c in columns) for b in data["results"]["bindings"])
    )


def run(graph: Backend, query: Query, params: dict[str, str] | None = None) -> Table:
    try:
        bound = bindings(query, params or {})
        answer = None if bound else kept_answer(graph, query)
        columns, rows = answer or graph.select(query.text_for(graph.name, bound), bound)
    except QueryError as err:
        raise QueryError(err.reason, where=query.name, hint=err.hint) from None
    return Table(columns, tuple(tuple("" if v is None else v for v in row) for row in rows))
