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
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from . import __version__
from .atomic import clean_leftovers, folder_lock, withdraw_views, write_atomic
from .errors import PolicyGraphError, StoreError
from .graph import iri, sync
from .graph.endpoint import graph_store_url
from .graph.files import JOINED, GraphFiles, graph_changes, turtle_body, write_joined, write_nquads
from .graph.http import redacted
from .graph.kept import keep_answers
from .graph.query import saved_queries
from .graph.rdf import (
    external_triples,
    implements_triples,
    link_triples,
    load_triples,
    nt_lines,
    parsed_triples,
    split_by_owner,
)
from .graph.store import GRAPH_NQ, remove_store, write_store
from .graph.validate import VALIDATE_MAX_TRIPLES, Violation, validate_dir
from .incremental import (
    CACHE_DIR,
    Cache,
    DocumentPart,
    LinkPart,
    Summary,
    document_key,
    graph_key,
    link_key,
    link_name,
    shared_key,
)
from .linking.citations import infer_parents
from .linking.link import align, derive
from .manifest import Corpus, Entry, collect
from .model import ParsedDocument
from .ontology import ONTOLOGY, SECTORS, ontology_text
from .parsing.parse import parse_source
from .reading.read import MAX_BYTES, read_source

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data"
REPORT = "report.json"


@dataclass(frozen=True)
class BuildResult:
    out: Path
    documents: tuple[Summary, ...]
    errors: tuple[PolicyGraphError, ...]
    triples: int
    reused: int = 0  # documents whose parse came from the cache
    violations: tuple[Violation, ...] | None = None  # SHACL violations; None if the graph was too big to check
    pushed: sync.Plan | None = None  # what was sent to / deleted from a server (or would be, with dry_run)


Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _file_sha256(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _parse_entry(entry: Entry, key: str, cache: Cache) -> Summary | PolicyGraphError:
    """Read, parse and turn one document into triples, kept in the cache (runs in a worker process).

    The parsed document goes to the cache, not back to the main process: holding every parse there
    was most of a build's memory (7.5 GiB at 10^4 documents).
    """
    try:
        parsed = parse_source(read_source(entry.path, entry.doc_id), entry.meta)
    except PolicyGraphError as err:
        return err
    doc = ParsedDocument(**{**parsed.__dict__, "parents": entry.implements})
    owned, shared = split_by_owner([*parsed_triples(doc), *implements_triples(doc)], doc.doc_id)
    summary = Summary.of(key, doc, {graph: "".join(lines) for graph, lines in shared.items()})
    cache.put("doc", entry.doc_id, DocumentPart(key, doc, "".join(owned).encode("utf-8")))
    cache.put("sum", entry.doc_id, summary)
    return summary


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


def parse_corpus(
    corpus: Corpus, cache: Cache, reuse: bool = True, workers: int = 1, progress: Progress | None = None
) -> tuple[list[Summary], set[str], list[PolicyGraphError]]:
    """A summary of every document that builds, the ids of those parsed this time (the rest were cached)."""
    summaries: dict[str, Summary] = {}
    errors: list[PolicyGraphError] = list(corpus.problems)
    misses: list[tuple[Entry, str, Cache]] = []
    for entry in corpus.entries:
        sha = _file_sha256(entry.path)
        key = document_key(entry, sha or "")
        hit = cache.get("sum", entry.doc_id, key) if reuse and sha else None
        if isinstance(hit, Summary) and cache.entry_path("doc", entry.doc_id).exists():
            summaries[entry.doc_id] = hit
        else:
            misses.append((entry, key, cache))
    fresh: set[str] = set()
    for (entry, _key, _cache), result in zip(
        misses, _map(_parse_entry, misses, workers, progress, "parse"), strict=True
    ):
        if isinstance(result, PolicyGraphError):
            errors.append(result)
            continue
        summaries[entry.doc_id] = result
        fresh.add(entry.doc_id)
    return [summaries[e.doc_id] for e in corpus.entries if e.doc_id in summaries], fresh, errors


_DAMAGED = "the build cache is damaged"


@lru_cache(maxsize=64)
def _cached_document(folder: Path, doc_id: str, key: str) -> ParsedDocument | None:
    """A parsed document from the cache; a worker keeps the last few (link jobs are sorted by parent)."""
    found = Cache(folder).get("doc", doc_id, key)
    return found.document if isinstance(found, DocumentPart) else None


def _link_job(folder: Path, child: tuple[str, str], parent: tuple[str, str], cited: bool, key: str) -> str | None:
    """Align one child (doc id, key) with one parent and cache the link's triples; an error message or None."""
    docs = _cached_document(folder, *child), _cached_document(folder, *parent)
    if docs[0] is None or docs[1] is None:
        return _DAMAGED
    Cache(folder).put("link", link_name(child[0], parent[0]), LinkPart(key, _link_pair(docs[0], docs[1], cited)))
    return None


def _graph_job(folder: Path, doc: tuple[str, str], links: list[tuple[str, str]], key: str) -> str | None:
    """Write one document's named graph (its own triples and its links) as .nt and .ttl into the cache."""
    cache = Cache(folder)
    part = cache.get("doc", *doc)
    texts = [cache.get("link", name, link) for name, link in links]
    if not isinstance(part, DocumentPart) or not all(isinstance(t, LinkPart) for t in texts):
        return _DAMAGED
    ntriples = part.owned + b"".join(t.text for t in texts)  # type: ignore[union-attr]
    cache.put_graph(key, ntriples, turtle_body(ntriples))
    return None


def _link_pair(child: ParsedDocument, parent: ParsedDocument, cited: bool = False) -> bytes:
    """Clause alignments and target derivations; for a parent found from a citation, the implements link too."""
    alignments = align(child, parent)
    triples = list(link_triples(alignments, derive(child, parent, alignments)))
    if cited:
        triples.extend(implements_triples(replace(child, parents=(parent.doc_id,))))
    return "".join(nt_lines(triples)).encode("utf-8")


def corpus_parents(summaries: list[Summary]) -> dict[str, tuple[tuple[str, bool], ...]]:
    """Each document's parents in the corpus: the manifest's, else the documents its text cites (cited=True)."""
    inferred = infer_parents((s.doc_id, s.title, s.number, s.cites) for s in summaries)
    return {
        s.doc_id: tuple((p, False) for p in s.parents) or tuple((p, True) for p in inferred.get(s.doc_id, ()))
        for s in summaries
    }


def graph_files(
    corpus: Corpus,
    summaries: list[Summary],
    cache: Cache,
    reuse: bool = True,
    workers: int = 1,
    progress: Progress | None = None,
) -> GraphFiles:
    """The N-Triples file of every named graph: reused when its key is unchanged, else linked and written.

    Workers read the parsed documents from the cache and write links and graphs back to it, so the
    main process holds summaries only, whatever the size of the corpus.
    """
    by_id = {s.doc_id: s for s in summaries}
    files: GraphFiles = {}
    todo: list[tuple[Summary, list[tuple[str, str]], str]] = []
    parents = corpus_parents(summaries)
    cited = {(child, p) for child, ps in parents.items() for p, how in ps if how}
    for s in summaries:
        links = [
            (parent, link_key(s.key, by_id[parent].key, *(["cited"] if how else [])))
            for parent, how in parents[s.doc_id]
            if parent in by_id
        ]
        key = graph_key(s.key, [k for _p, k in links])
        files[str(iri.document_graph(s.doc_id))] = (key, cache.graph_file(key, ".nt"))
        if not (reuse and cache.graph_file(key, ".nt").exists()):
            todo.append((s, links, key))
    link_jobs = [
        (cache.folder, (s.doc_id, s.key), (parent, by_id[parent].key), (s.doc_id, parent) in cited, key)
        for s, links, _key in todo
        for parent, key in links
        if not (reuse and cache.get("link", link_name(s.doc_id, parent), key))
    ]
    link_jobs.sort(key=lambda job: job[2])  # by parent: a worker keeps the parents it has read
    graph_jobs = [
        (cache.folder, (s.doc_id, s.key), [(link_name(s.doc_id, p), k) for p, k in links], key)
        for s, links, key in todo
    ]
    for stage, func, jobs in (("link", _link_job, link_jobs), ("write", _graph_job, graph_jobs)):
        if any(_map(func, jobs, workers, progress, stage)):
            raise StoreError(_DAMAGED, where=str(cache.folder), hint="build with --full")
    return {**_shared_graphs(corpus, summaries, cache, reuse), **files}


def _shared_graphs(corpus: Corpus, summaries: list[Summary], cache: Cache, reuse: bool) -> GraphFiles:
    """Ontology, sectors and parents outside the corpus; then the bodies and places of each jurisdiction."""
    stating: dict[str, list[Summary]] = {str(iri.SHARED_GRAPH): []}
    for s in summaries:
        for graph in s.shared:
            stating.setdefault(graph, []).append(s)
    built = {s.doc_id for s in summaries}
    externals = [ext for ext in corpus.externals if ext.doc_id not in built]
    files: GraphFiles = {}
    for graph in sorted(stating, key=lambda g: (g != str(iri.SHARED_GRAPH), g)):
        docs = stating[graph]
        key = shared_key(graph, repr(externals) if graph == str(iri.SHARED_GRAPH) else "", *(s.key for s in docs))
        files[graph] = (key, cache.graph_file(key, ".nt"))
        if reuse and cache.graph_file(key, ".nt").exists():
            continue
        lines = {line for s in docs for line in s.shared[graph].splitlines(keepends=True)}
        if graph == str(iri.SHARED_GRAPH):
            lines.update(_schema_lines())
            for ext in externals:
                lines.update(nt_lines(external_triples(ext.doc_id, ext.meta)))
        if graph != str(iri.SHARED_GRAPH):
            lines.update(_load_lines(graph, docs))
        text = "".join(sorted(lines)).encode("utf-8")
        cache.put_graph(key, text, turtle_body(text))
    return files


def _load_lines(graph: str, docs: list[Summary]) -> list[str]:
    """Each body's responsibilities in the whole corpus, summed from the documents stating its graph."""
    totals: dict[str, list[int]] = {}
    for s in docs:
        for body, (lead, total) in s.load.items():
            if str(iri.shared_graph(body)) == graph:
                counts = totals.setdefault(body, [0, 0])
                counts[0] += lead
                counts[1] += total
    return [line for body, (lead, total) in totals.items() for line in nt_lines(load_triples(body, lead, total))]


def _schema_lines() -> list[str]:
    graph = Graph()
    for schema in (ONTOLOGY, SECTORS):
        graph.parse(data=ontology_text(schema), format="turtle")
    return graph.serialize(format="nt").splitlines(keepends=True)

    # No fsync: the rename is what keeps a killed build from leaving half a file,
    # and syncing 300 MB took longer than the rest of a rebuild.


def build(
    sources: list[Path] | None,
    out: Path,
    store: str = "oxigraph",
    endpoint: str | None = None,
    *,
    incremental: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    validate: bool = True,
    graph_store: str | None = None,
    ntriples: bool = False,
    nquads: bool = False,
    dry_run: bool = False,
    lock: bool = True,
) -> BuildResult:
    """Build the graph of `sources` (default: the bundled corpus) into folder `out`.

    With `incremental`, work whose inputs did not change since the last build
    into `out` is reused from `out/.cache`; `workers` processes parse and link
    in parallel (default: one per CPU). With `validate`, graphs up to
    VALIDATE_MAX_TRIPLES are checked against the SHACL shapes. The graph is
    synced to `graph_store` (a Graph Store Protocol URL), or beside `endpoint`: changed graphs sent, gone
    ones deleted (`dry_run`: only planned). `ntriples` also writes graph.nt (sorted N-Triples), `nquads`
    graph.nq (every named graph kept, for a server's bulk loader), beside graph.ttl.
    """
    out = Path(out)
    if lock:
        with folder_lock(out):
            return build(
                sources,
                out,
                store,
                endpoint,
                incremental=incremental,
                workers=workers,
                progress=progress,
                validate=validate,
                graph_store=graph_store,
                ntriples=ntriples,
                nquads=nquads,
                dry_run=dry_run,
                lock=False,
            )
    clean_leftovers(out)
    corpus = collect([Path(s) for s in (sources or [DEFAULT_DATA])])
    cache = Cache(out / CACHE_DIR)
    workers = workers or os.cpu_count() or 1
    try:
        summaries, fresh, errors = parse_corpus(corpus, cache, incremental, workers, progress)
        if not summaries:
            return BuildResult(out, (), tuple(errors), 0)
        files = graph_files(corpus, summaries, cache, incremental, workers, progress)
        keep = {path for _key, path in files.values()} | {path.with_suffix(".ttl") for _key, path in files.values()}
        keep |= {cache.entry_path(kind, s.doc_id) for s in summaries for kind in ("doc", "sum")}
        keep |= {
            cache.entry_path("link", link_name(child, p))
            for child, ps in corpus_parents(summaries).items()
            for p, _how in ps
        }
        keep |= {cache.state_path(JOINED), cache.state_path(sync.STATE)}  # what servers hold survives a rebuild
        cache.prune(keep)
        if graph_changes(out, files, cache, incremental, ntriples):
            withdraw_views(out)  # the old pages would describe the old graph if this build stopped before new ones
            (out / REPORT).unlink(missing_ok=True)
        # The joined files and graph.nq (Python file I/O) and the store (Oxigraph, outside the GIL) are
        # written side by side: together they were half of a rebuild after one change, and graph.nq
        # written after the store was 18 s of a 10,000-document build.
        with ThreadPoolExecutor(max_workers=1) as pool:
            joined = pool.submit(write_joined, out, files, cache, incremental, ntriples)
            quads = pool.submit(write_nquads, out / GRAPH_NQ, files) if nquads else None
            if store == "oxigraph":
                write_store(out, files)
            else:
                remove_store(out)
            triples = joined.result()
            if quads is None:
                (out / GRAPH_NQ).unlink(missing_ok=True)  # an older build's: it would no longer match
            else:
                quads.result()
        if store == "oxigraph":
            keep_answers(out, saved_queries().values(), workers)  # whole-graph answers, once per change
        report = {
            "policygraph": __version__,
            "documents": [
                {
                    "id": s.doc_id,
                    "path": s.path,
                    "sha256": s.sha256,
                    "clauses": s.clauses,
                    "responsibilities": s.responsibilities,
                    "bodies": s.bodies,
                    "unread": [{"clause": c, "passage": p} for c, p in s.unread],
                }
                for s in summaries
            ],
            "errors": [str(e) for e in errors],
            "triples": triples,
            "reused": len(summaries) - len(fresh),
        }
        write_atomic(out / REPORT, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    except OSError as err:
        raise StoreError(f"cannot write the graph: {err.strerror or err}", where=str(out)) from None
    violations = tuple(validate_dir(out)) if validate and triples <= VALIDATE_MAX_TRIPLES else None
    pushed = _sync(files, cache, graph_store or (graph_store_url(endpoint) if endpoint else None), dry_run)
    return BuildResult(out, tuple(summaries), tuple(errors), triples, len(summaries) - len(fresh), violations, pushed)


def _sync(files: GraphFiles, cache: Cache, url: str | None, dry_run: bool) -> sync.Plan | None:
    """Bring the server at `url` in step with this build; the cache records what it holds after each graph."""
    if not url:
        return None
    record = cache.state(sync.STATE)
    keys = {graph: key for graph, (key, _path) in files.items()}
    todo = sync.plan(url, keys, record.get(redacted(url)))
    if dry_run:
        return todo
    held = dict(record.get(redacted(url), {}))

    def done(graph: str, key: str | None) -> None:
        if key is None:
            held.pop(graph, None)
        else:
            held[graph] = key

    try:
        sync.apply(todo, {graph: path for graph, (_key, path) in files.items()}, keys, done)
    finally:
        cache.put_state(sync.STATE, {**record, redacted(url): held})
    return todo
