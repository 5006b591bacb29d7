"""Build a corpus: read every document, parse it, link it, write the graph — atomically.

A bad document is reported and skipped; the others still build. Every output
file is written to a temporary name and renamed, so a failed or killed build
leaves the previous graph as it was. Work whose inputs did not change since
the last build into the same folder is reused (see incremental.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, RDFS, SKOS, XSD

from . import __version__, iri
from .endpoint import push
from .errors import PolicyGraphError, StoreError
from .incremental import CACHE_DIR, Cache, DocumentPart, LinkPart, document_key, link_key
from .iri import PG
from .link import align, derive
from .manifest import Corpus, Entry, collect
from .model import ParsedDocument
from .parse import parse_source
from .rdf import external_triples, implements_triples, link_triples, nt_lines, parsed_triples, split_by_owner
from .read import MAX_BYTES, read_source
from .sectors import SECTORS
from .store import GRAPH_NT, remove_store, write_store

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "policygraph.ttl"
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
GRAPH_TTL = "graph.ttl"
REPORT = "report.json"


@dataclass(frozen=True)
class BuildResult:
    out: Path
    documents: tuple[ParsedDocument, ...]
    errors: tuple[PolicyGraphError, ...]
    triples: int
    reused: int = 0  # documents whose parse came from the cache


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it if the block succeeds, removed if not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Write text to path through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _file_sha256(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _parse_entry(entry: Entry, key: str) -> DocumentPart | PolicyGraphError:
    """Read, parse and turn one document into triples (runs in a worker process)."""
    try:
        parsed = parse_source(read_source(entry.path, entry.doc_id), entry.meta)
    except PolicyGraphError as err:
        return err
    doc = ParsedDocument(**{**parsed.__dict__, "parents": entry.implements})
    triples = [*parsed_triples(doc), *implements_triples(doc)]
    owned, shared = split_by_owner(triples, doc.doc_id)
    return DocumentPart(key, doc, tuple(owned), tuple(shared))


def _map(func: Callable, jobs: list[tuple], workers: int, progress: Progress | None, stage: str) -> list:
    """func(*job) for every job, in worker processes when there are enough to pay for them."""
    results: list = []
    if workers > 1 and len(jobs) >= 2 * workers:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(func, *zip(*jobs, strict=True), chunksize=max(1, len(jobs) // (workers * 8))):
                results.append(result)
                if progress:
                    progress(stage, len(results), len(jobs))
        return results
    for job in jobs:
        results.append(func(*job))
        if progress:
            progress(stage, len(results), len(jobs))
    return results


def parse_corpus(corpus: Corpus, cache: Cache | None = None, workers: int = 1,
                 progress: Progress | None = None) -> tuple[list[DocumentPart], list[PolicyGraphError], int]:
    """Every document as a DocumentPart, reused from the cache when its inputs are unchanged."""
    parts: dict[str, DocumentPart] = {}
    errors: list[PolicyGraphError] = list(corpus.problems)
    misses: list[tuple[Entry, str]] = []
    for entry in corpus.entries:
        sha = _file_sha256(entry.path)
        key = document_key(entry, sha or "")
        hit = cache.get("doc", entry.doc_id, key) if cache and sha else None
        if isinstance(hit, DocumentPart):
            parts[entry.doc_id] = hit
        else:
            misses.append((entry, key))
    for (entry, _key), result in zip(misses, _map(_parse_entry, misses, workers, progress, "parse"), strict=True):
        if isinstance(result, PolicyGraphError):
            errors.append(result)
            continue
        parts[entry.doc_id] = result
        if cache:
            cache.put("doc", entry.doc_id, result)
    ordered = [parts[e.doc_id] for e in corpus.entries if e.doc_id in parts]
    return ordered, errors, len(corpus.entries) - len(misses)


def _link_pair(child: ParsedDocument, parent: ParsedDocument) -> list[str]:
    alignments = align(child, parent)
    return nt_lines(link_triples(alignments, derive(child, parent, alignments)))


def link_corpus(parts: list[DocumentPart], cache: Cache | None = None, workers: int = 1,
                progress: Progress | None = None) -> dict[str, list[str]]:
    """Clause and target links of every child against each parent in the corpus, by child id."""
    by_id = {p.document.doc_id: p for p in parts}
    links: dict[str, list[str]] = {p.document.doc_id: [] for p in parts}
    misses: list[tuple[str, str, str]] = []
    for part in parts:
        for parent_id in part.document.parents:
            if parent_id not in by_id:
                continue
            key = link_key(part.key, by_id[parent_id].key)
            hit = cache.get("link", f"{part.document.doc_id}--{parent_id}", key) if cache else None
            if isinstance(hit, LinkPart):
                links[part.document.doc_id].extend(hit.lines)
            else:
                misses.append((part.document.doc_id, parent_id, key))
    jobs = [(by_id[child].document, by_id[parent].document) for child, parent, _ in misses]
    for (child, parent, key), lines in zip(misses, _map(_link_pair, jobs, workers, progress, "link"), strict=True):
        links[child].extend(lines)
        if cache:
            cache.put("link", f"{child}--{parent}", LinkPart(key, tuple(lines)))
    return links


def _schema_lines() -> list[str]:
    graph = Graph()
    for schema in (ONTOLOGY, SECTORS):
        graph.parse(schema, format="turtle")
    return graph.serialize(format="nt").splitlines(keepends=True)


def named_graphs(corpus: Corpus, parts: list[DocumentPart], links: dict[str, list[str]]) -> dict[str, str]:
    """N-Triples text of each named graph: one shared graph, then one per document in corpus order."""
    built = {p.document.doc_id for p in parts}
    shared: set[str] = set(_schema_lines())
    for ext in corpus.externals:
        if ext.doc_id not in built:
            shared.update(nt_lines(external_triples(ext.doc_id, ext.meta)))
    for part in parts:
        shared.update(part.shared)
    graphs = {str(iri.SHARED_GRAPH): "".join(sorted(shared))}
    for part in parts:
        doc_id = part.document.doc_id
        graphs[str(iri.document_graph(doc_id))] = "".join(sorted({*part.owned, *links[doc_id]}))
    return graphs


def _turtle(nt: bytes) -> bytes:
    prefixes = {"pg": str(PG), "id": iri.ID, "dcterms": str(DCTERMS), "skos": str(SKOS), "xsd": str(XSD),
                "rdfs": str(RDFS), "owl": str(OWL)}
    return ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=prefixes)


def build(sources: list[Path] | None, out: Path, store: str = "oxigraph", endpoint: str | None = None,
          *, incremental: bool = True, workers: int | None = None, progress: Progress | None = None) -> BuildResult:
    """Build the graph of `sources` (default: the bundled corpus) into folder `out`.

    With `incremental`, parses and links are reused from `out/.cache` when their
    inputs are unchanged; `workers` processes parse in parallel (default: one per CPU).
    """
    out = Path(out)
    corpus = collect([Path(s) for s in (sources or [DEFAULT_DATA])])
    cache = Cache(out / CACHE_DIR) if incremental else None
    workers = workers or os.cpu_count() or 1
    parts, errors, reused = parse_corpus(corpus, cache, workers, progress)
    if not parts:
        return BuildResult(out, (), tuple(errors), 0)
    links = link_corpus(parts, cache, workers, progress)
    if cache:
        cache.prune({("doc", p.document.doc_id) for p in parts}
                    | {("link", f"{p.document.doc_id}--{q}") for p in parts for q in p.document.parents})
    graphs = named_graphs(corpus, parts, links)
    nt = "".join(graphs.values())
    triples = nt.count("\n")
    documents = tuple(p.document for p in parts)
    try:
        write_atomic(out / GRAPH_NT, nt)
        if store == "oxigraph":
            write_store(out, graphs)
        else:
            remove_store(out)
        with atomic_path(out / GRAPH_TTL) as tmp:
            tmp.write_bytes(_turtle(nt.encode("utf-8")))
        report = {
            "policygraph": __version__,
            "documents": [
                {"id": d.doc_id, "path": d.source.path, "sha256": d.source.sha256, "clauses": len(d.clauses),
                 "responsibilities": len(d.responsibilities), "bodies": len(d.bodies)}
                for d in documents
            ],
            "errors": [str(e) for e in errors],
            "triples": triples,
            "reused": reused,
        }
        write_atomic(out / REPORT, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    except OSError as err:
        raise StoreError(f"cannot write the graph: {err.strerror}", where=str(out)) from None
    if endpoint:
        push(endpoint, graphs)
    return BuildResult(out, documents, tuple(errors), triples, reused)
