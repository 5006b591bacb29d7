"""Stage 5b — reuse: what an earlier build computed, keyed by what it was computed from.

A document's parse and triples depend on its bytes, its manifest entry and
the code; a clause alignment depends on the two documents it links. Each is
cached under a key of exactly those inputs in `<out>/.cache/`, so a rebuild
after one edit parses one document and re-links only the pairs it is part
of. The code's own hash is in every key: a new parser never reuses old work.
The cache is a private file format (pickle) of the output folder; a damaged
or foreign entry is treated as a miss, never trusted.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import iri
from .manifest import Entry
from .model import ParsedDocument

CACHE_DIR = ".cache"
_PACKAGE = Path(__file__).resolve().parent
_ONTOLOGY = _PACKAGE.parent / "ontology"


@cache
def code_hash() -> str:
    """Hash of the package's code, saved queries and ontology: changes whenever results might."""
    digest = hashlib.sha256()
    for folder, pattern in ((_PACKAGE, "*.py"), (_ONTOLOGY, "*.ttl")):
        for path in sorted(folder.glob(pattern)):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def document_key(entry: Entry, sha256: str) -> str:
    parts = (code_hash(), sha256, entry.doc_id, repr(entry.meta), repr(entry.implements))
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def link_key(child_key: str, parent_key: str) -> str:
    return hashlib.sha256(f"{child_key}\x00{parent_key}".encode()).hexdigest()


@dataclass(frozen=True)
class DocumentPart:
    """One parsed document and its triples, split by which named graph they go to."""

    key: str
    document: ParsedDocument
    owned: tuple[str, ...]  # N-Triples lines about this document's own nodes
    shared: tuple[str, ...]  # lines about bodies and places, which other documents may state too


@dataclass(frozen=True)
class LinkPart:
    """Clause alignments and target derivations of one child against one parent."""

    key: str
    lines: tuple[str, ...]


class Cache:
    """Entries in a folder, one file each, written atomically."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, kind: str, name: str) -> Path:
        return self.folder / f"{kind}-{iri.slug(name)[:150]}.pickle"

    def get(self, kind: str, name: str, key: str) -> DocumentPart | LinkPart | None:
        try:
            with open(self._path(kind, name), "rb") as handle:
                value = pickle.load(handle)  # noqa: S301 - our own cache, checked below
        except Exception:  # missing, truncated, written by another version: a miss
            return None
        if isinstance(value, DocumentPart | LinkPart) and value.key == key:
            return value
        return None

    def put(self, kind: str, name: str, value: DocumentPart | LinkPart) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".part.", dir=self.folder)
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(kind, name))
        except OSError:
            return  # a cache that cannot be written only costs time next build

    def prune(self, keep: set[tuple[str, str]]) -> None:
        """Drop entries of documents and links that are no longer in the corpus."""
        wanted = {self._path(kind, name).name for kind, name in keep}
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in wanted:
                path.unlink(missing_ok=True)
