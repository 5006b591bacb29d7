"""Keep a SPARQL server's named graphs in step with the corpus: send what changed, delete what is gone.

One named graph per document (and one for the ontology and shared nodes). The build cache
knows each graph's content key, and remembers what it last sent to each server: a rebuild
sends only the graphs whose key changed and deletes the graphs of documents removed from
the corpus (PUT replaces a graph, DELETE drops it; Graph Store Protocol).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from .http import redacted, request

STATE = "pushed"  # the cache record: {server URL (no credentials): {graph IRI: content key}}


@dataclass(frozen=True)
class Plan:
    url: str
    send: tuple[str, ...]  # graphs to PUT: new or changed
    delete: tuple[str, ...]  # graphs to DELETE: their documents left the corpus
    unchanged: int

    def describe(self) -> str:
        """What the plan does, for a person: counts first, then the graphs."""
        lines = [f"{redacted(self.url)}: send {len(self.send)}, delete {len(self.delete)}, unchanged {self.unchanged}"]
        lines += [f"  send   {g}" for g in self.send]
        lines += [f"  delete {g}" for g in self.delete]
        return "\n".join(lines)


def plan(url: str, current: dict[str, str], pushed: dict[str, str] | None) -> Plan:
    """What to do so the server holds `current` ({graph: key}), given what was last pushed there (None: unknown)."""
    pushed = pushed or {}
    send = tuple(sorted(g for g, key in current.items() if pushed.get(g) != key))
    delete = tuple(sorted(g for g in pushed if g not in current))
    return Plan(url, send, delete, len(current) - len(send))


def _graph_url(store_url: str, graph: str) -> str:
    return f"{store_url}{'&' if '?' in store_url else '?'}{urllib.parse.urlencode({'graph': graph})}"


def apply(todo: Plan, files: dict[str, Path], keys: dict[str, str], done: Callable[[str, str | None], None]) -> None:
    """Carry the plan out; `done(graph, key)` after each graph (key None: deleted), so a failure keeps the record."""
    for graph in todo.send:
        body = files[graph].read_bytes()
        request(_graph_url(todo.url, graph), body, {"Content-Type": "application/n-triples"}, "PUT")
        done(graph, keys[graph])
    for graph in todo.delete:
        try:
            request(_graph_url(todo.url, graph), None, {}, "DELETE")
        except StoreError as err:
            if "HTTP 404" not in err.reason:  # already gone: what we wanted
                raise
        done(graph, None)


def push(store_url: str, files: dict[str, Path], keys: dict[str, str] | None = None) -> None:
    """Send every graph (no record of the server kept): PUT replaces, so a repeat never duplicates."""
    keys = keys or {g: "" for g in files}
    apply(plan(store_url, keys, None), files, keys, lambda _g, _k: None)
