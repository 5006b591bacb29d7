"""Reuse: what an earlier build computed, keyed by what it was computed from.

A document's parse and triples depend on its bytes, its manifest entry and
the code; a clause alignment depends on the two documents it links; a named
graph depends on its document and its alignments. Each is kept in
`<out>/.cache/` under a key of exactly those inputs, so a rebuild after one
edit parses one document, re-links only the pairs it is part of, and writes
only its graph: the unchanged graphs are copied from files as they are. The
code's own hash is in every key: a new parser never reuses old work. The
cache is private to the output folder (pickle); a damaged or foreign entry
is a miss, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .atomic import atomic_path
from .graph import iri
from .graph.rdf import body_load
from .manifest import Entry
from .model import ParsedDocument
from .parsing.unread import unread_passages

CACHE_DIR = ".cache"
_PACKAGE = Path(__file__).resolve().parent
# What results depend on: code, the grammar tables, the ontology, the queries (in every sub-package).
_CODE_SUFFIXES = {".py", ".csv", ".ttl", ".rq"}


def code_files() -> list[Path]:
    """The package's files that results depend on, in a stable order."""
    return sorted(p for p in _PACKAGE.rglob("*") if p.suffix in _CODE_SUFFIXES and "__pycache__" not in p.parts)


@cache
def code_hash() -> str:
    """Hash of the package's code and data: changes whenever results might (a grammar row included)."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def document_key(entry: Entry, sha256: str) -> str:
    return _hash(code_hash(), sha256, entry.doc_id, repr(entry.meta), repr(entry.implements))


def link_key(child_key: str, parent_key: str, *how: str) -> str:
    return _hash(child_key, parent_key, *how)


def link_name(child: str, parent: str) -> str:
    """The cache entry of a (child, parent) link: the same name where it is written, read and kept."""
    return f"{child}--{parent}"


def graph_key(document: str, links: list[str]) -> str:
    return _hash(document, *links)


def shared_key(*inputs: str) -> str:
    """A shared graph depends on the code (ontology, sectors), the externals and the documents stating it."""
    return _hash(code_hash(), *inputs)


@dataclass(frozen=True)
class Summary:
    """What a build needs of a document it does not parse again."""

    key: str
    doc_id: str
    path: str
    sha256: str
    parents: tuple[str, ...]
    clauses: int
    responsibilities: int
    bodies: int
    shared: dict[str, str]  # shared graph IRI -> N-Triples lines (bodies, places) other documents may state too
    unread: tuple[tuple[str, str], ...] = ()  # (clause, passage) that mention a role word but gave no responsibility
    title: str = ""
    number: str = ""
    cites: tuple[tuple[str, str], ...] = ()  # (title, number) of the documents it says it implements
    load: dict[str, tuple[int, int]] = field(default_factory=dict)  # body IRI -> (led, all), see rdf.body_load

    @classmethod
    def of(cls, key: str, doc: ParsedDocument, shared: dict[str, str]) -> Summary:
        unread = tuple((u.clause, u.passage) for u in unread_passages(doc))
        return cls(
            key,
            doc.doc_id,
            doc.source.path,
            doc.source.sha256,
            doc.parents,
            len(doc.clauses),
            len(doc.responsibilities),
            len(doc.bodies),
            shared,
            unread,
            doc.meta.title,
            doc.meta.number,
            tuple((c.title, c.number) for c in doc.meta.cites),
            body_load(doc),
        )


@dataclass(frozen=True)
class DocumentPart:
    """One parsed document and the triples of its own named graph (before links)."""

    key: str
    document: ParsedDocument
    owned: bytes  # sorted N-Triples lines, UTF-8 (half the memory of str for Chinese text)


@dataclass(frozen=True)
class LinkPart:
    """Clause alignments and target derivations of one child against one parent."""

    key: str
    text: bytes  # sorted N-Triples lines, UTF-8


class Cache:
    """Entries in a folder, one file each, written atomically; graph files named by their key."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, kind: str, name: str) -> Path:
        return self.folder / f"{kind}-{iri.slug(name)[:150]}.pickle"

    def get(self, kind: str, name: str, key: str) -> Summary | DocumentPart | LinkPart | None:
        try:
            with open(self._path(kind, name), "rb") as handle:
                value = pickle.load(handle)  # noqa: S301 - our own cache, checked below
        except Exception:  # missing, truncated, written by another version: a miss
            return None
        if isinstance(value, Summary | DocumentPart | LinkPart) and value.key == key:
            return value
        return None

    def put(self, kind: str, name: str, value: Summary | DocumentPart | LinkPart) -> None:
        self._write(self._path(kind, name), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def graph_file(self, key: str, suffix: str) -> Path:
        """Where the N-Triples (.nt) or Turtle body (.ttl) of the graph with this key is kept."""
        return self.folder / f"graph-{key}{suffix}"

    def put_graph(self, key: str, ntriples: bytes, turtle: bytes) -> None:
        self._write(self.graph_file(key, ".ttl"), turtle)
        self._write(self.graph_file(key, ".nt"), ntriples)  # last: its presence means both are complete

    def state(self, name: str) -> dict:
        """A small JSON record kept between builds ({} if missing or damaged)."""
        try:
            value = json.loads(self.state_path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def put_state(self, name: str, value: dict) -> None:
        self._write(self.state_path(name), json.dumps(value).encode("utf-8"))

    def state_path(self, name: str) -> Path:
        return self.folder / f"state-{name}.json"

    def _write(self, path: Path, data: bytes) -> None:
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)

    def prune(self, keep: set[Path]) -> None:
        """Drop entries of documents, links and graphs that are no longer in the corpus."""
        if not self.folder.is_dir():
            return
        names = {p.name for p in keep}
        for path in self.folder.iterdir():
            if path.name not in names:
                path.unlink(missing_ok=True)

    def entry_path(self, kind: str, name: str) -> Path:
        return self._path(kind, name)
