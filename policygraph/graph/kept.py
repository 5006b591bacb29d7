"""Kept answers: the whole-graph answers of saved queries, computed once per build and kept with the store.

A whole-graph listing (every alignment, every body's load) is mostly the work of
turning hundreds of thousands of stored terms back into text: at 10,000 documents
implements takes about 7 s however the query is written (benchmarks/RESULTS.md).
The answer only changes when the graph does, so the build computes it once, by
the same SPARQL a user would run, and keeps it beside the store under the
fingerprint of the graphs it was computed from and the hash of the query's text.
A saved query run without parameters reads its kept answer when both still
match, and runs as usual when either does not (a store changed since, a query
text changed by an upgrade, a store without kept answers).
A saved query is kept when its header says `# kept` (see queries/README.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_atomic
from .store import STORE_DIR, OxigraphStore, build_fingerprint, open_store, stored_hashes

if TYPE_CHECKING:
    from .query import Query

ANSWERS = "answers"  # inside the store folder: it goes with the store when a build replaces it


def _fingerprint(store_dir: Path) -> str | None:
    """The fingerprint of the graphs in the store (None: a store without its list of graphs)."""
    hashes = stored_hashes(store_dir)
    return None if hashes is None else build_fingerprint(hashes)


def _stamp(graphs: str, text: str) -> dict[str, str]:
    return {"graphs": graphs, "query": hashlib.sha256(text.encode()).hexdigest()[:16]}


def keep_answers(graph_dir: Path, queries: Iterable[Query], workers: int = 1) -> list[str]:
    """Compute and keep the answer of every kept query whose kept answer is missing or stale; return their names.

    `workers` queries run at once: Oxigraph evaluates outside Python's lock, so two halve this step on two CPUs.
    """
    store_dir = Path(graph_dir) / STORE_DIR
    graphs = _fingerprint(store_dir) if store_dir.is_dir() else None
    if graphs is None:
        return []
    stale = []
    for query in queries:
        if not query.kept:
            continue
        text = query.text_for(OxigraphStore.name, ())
        stamp = _stamp(graphs, text)
        path = store_dir / ANSWERS / f"{query.name}.json"
        if _read(path, stamp, rows=False) is None:
            stale.append((query.name, text, stamp, path))
    if not stale:
        return []
    graph = open_store(graph_dir, "oxigraph")
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        answers = pool.map(lambda job: graph.select(job[1]), stale)
        for (_name, _text, stamp, path), (columns, rows) in zip(stale, answers, strict=True):
            path.parent.mkdir(exist_ok=True)
            # the stamp and columns on the first line (read alone to see whether the answer is fresh), then the rows
            head = json.dumps({**stamp, "columns": list(columns)}, ensure_ascii=False)
            body = json.dumps([["" if v is None else v for v in row] for row in rows], ensure_ascii=False)
            write_atomic(path, head + "\n" + body + "\n")
    return [name for name, *_rest in stale]


def kept_answer(graph: object, query: Query) -> tuple[tuple[str, ...], list[tuple[str, ...]]] | None:
    """The kept answer of a query run without parameters on this store, if it is still the store's answer."""
    store_dir = getattr(graph, "directory", None)
    if not query.kept or store_dir is None:
        return None
    graphs = _fingerprint(store_dir)
    if graphs is None:
        return None
    stamp = _stamp(graphs, query.text_for(OxigraphStore.name, ()))
    return _read(store_dir / ANSWERS / f"{query.name}.json", stamp)


def _read(path: Path, stamp: dict[str, str], rows: bool = True) -> tuple[tuple[str, ...], list[tuple[str, ...]]] | None:
    """The kept answer, if it was computed from these graphs by this text: its columns and (with `rows`) its rows.

    The stamp and columns are the file's first line, read alone when only freshness is asked."""
    try:
        with open(path, encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            if not isinstance(head, dict) or any(head.get(k) != v for k, v in stamp.items()):
                return None
            found = json.loads(handle.readline()) if rows else []
    except (OSError, ValueError):
        return None
    return tuple(head.get("columns", ())), [tuple(row) for row in found]
