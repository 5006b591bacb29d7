"""Build a corpus: read every document, parse it, write the graph — atomically.

A bad document is reported and skipped; the others still build. Every output
file is written to a temporary name and renamed, so a failed or killed build
leaves the previous graph as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from . import __version__, iri
from .errors import PolicyGraphError, StoreError
from .iri import PG
from .link import align, derive
from .manifest import Corpus, collect
from .model import ParsedDocument
from .parse import parse_source
from .rdf import Triple, document_triples, link_triples, parsed_triples, to_ntriples
from .read import read_source
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


def parse_corpus(corpus: Corpus) -> tuple[list[ParsedDocument], list[PolicyGraphError]]:
    documents: list[ParsedDocument] = []
    errors: list[PolicyGraphError] = list(corpus.problems)
    for entry in corpus.entries:
        try:
            parsed = parse_source(read_source(entry.path, entry.doc_id), entry.meta)
        except PolicyGraphError as err:
            errors.append(err)
            continue
        documents.append(ParsedDocument(**{**parsed.__dict__, "parents": entry.implements}))
    return documents, errors


def corpus_triples(corpus: Corpus, documents: list[ParsedDocument]) -> list[Triple]:
    triples: list[Triple] = []
    for schema in (ONTOLOGY, SECTORS):
        triples.extend(Graph().parse(schema, format="turtle"))  # type: ignore[arg-type]
    built = {d.doc_id for d in documents}
    for ext in corpus.externals:
        if ext.doc_id not in built:
            triples.extend(document_triples(iri.document(ext.doc_id), ext.doc_id, ext.meta, False))
    by_id = {d.doc_id: d for d in documents}
    for doc in documents:
        triples.extend(parsed_triples(doc))
        for parent in doc.parents:
            triples.append((iri.document(doc.doc_id), PG.implements, iri.document(parent)))
            if parent in by_id:
                alignments = align(doc, by_id[parent])
                triples.extend(link_triples(alignments, derive(doc, by_id[parent], alignments)))
    return triples


def push(endpoint: str, documents: list[ParsedDocument], triples: list[Triple]) -> None:
    """Send the graph to a SPARQL server: one named graph per document, one for everything shared."""
    from .endpoint import SHARED_GRAPH, document_graph, graph_store_url, put_graph

    by_slug = {iri.slug(d.doc_id): d.doc_id for d in documents}
    owned: dict[str, list[Triple]] = {d.doc_id: [] for d in documents}
    shared: list[Triple] = []
    for triple in triples:
        # Subjects a document owns: id/doc/<slug>…, id/align/<slug>/…, id/derive/<slug>/…
        parts = str(triple[0]).removeprefix(iri.ID).split("/")
        owner = by_slug.get(parts[1]) if len(parts) > 1 and parts[0] in ("doc", "align", "derive") else None
        (owned[owner] if owner else shared).append(triple)
    store_url = graph_store_url(endpoint)
    put_graph(store_url, SHARED_GRAPH, to_ntriples(shared))
    for doc_id, part in owned.items():
        put_graph(store_url, document_graph(doc_id), to_ntriples(part))


def build(sources: list[Path] | None, out: Path, store: str = "oxigraph", endpoint: str | None = None) -> BuildResult:
    """Build the graph of `sources` (default: the bundled corpus) into folder `out`."""
    corpus = collect([Path(s) for s in (sources or [DEFAULT_DATA])])
    documents, errors = parse_corpus(corpus)
    if not documents:
        return BuildResult(Path(out), (), tuple(errors), 0)
    triples = corpus_triples(corpus, documents)
    nt = to_ntriples(triples)
    graph = Graph()
    graph.parse(data=nt, format="nt")
    for prefix, ns in (("pg", PG), ("id", iri.ID)):
        graph.bind(prefix, ns)
    out = Path(out)
    try:
        write_atomic(out / GRAPH_NT, nt)
        if store == "oxigraph":
            write_store(out, nt)
        else:
            remove_store(out)
        write_atomic(out / GRAPH_TTL, graph.serialize(format="turtle"))
        report = {
            "policygraph": __version__,
            "documents": [
                {"id": d.doc_id, "path": d.source.path, "sha256": d.source.sha256, "clauses": len(d.clauses),
                 "responsibilities": len(d.responsibilities), "bodies": len(d.bodies)}
                for d in documents
            ],
            "errors": [str(e) for e in errors],
            "triples": len(graph),
        }
        write_atomic(out / REPORT, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    except OSError as err:
        raise StoreError(f"cannot write the graph: {err.strerror}", where=str(out)) from None
    if endpoint:
        push(endpoint, documents, triples)
    return BuildResult(out, tuple(documents), tuple(errors), len(graph))
