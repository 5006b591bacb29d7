"""Stage 5 — rdf: the one module that writes triples.

Every fact points back to its document and character span. Triples are plain
tuples so they can go to rdflib, Oxigraph or a file without a detour, and
sorted N-Triples make two builds of one corpus byte-identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from . import iri
from .iri import PG
from .link import Alignment, Derivation
from .model import DocumentMeta, ParsedDocument
from .sectors import sector_of

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _date(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def full_name(jurisdiction: str, name: str) -> str:
    """莆田市 + 市民政局 -> 莆田市民政局; names that already carry a place stay as they are."""
    level_char = jurisdiction[-1:] if jurisdiction else ""
    if level_char and name.startswith(level_char) and not name.startswith(jurisdiction):
        return jurisdiction + name[1:]
    return name


def document_triples(doc_node: URIRef, doc_id: str, meta: DocumentMeta, in_corpus: bool) -> Iterator[Triple]:
    yield doc_node, RDF.type, PG.Document
    yield doc_node, DCTERMS.identifier, Literal(doc_id)
    yield doc_node, PG.inCorpus, Literal(in_corpus)
    if meta.title:
        yield doc_node, DCTERMS.title, _zh(meta.title)
    if meta.number:
        yield doc_node, PG.docNumber, Literal(meta.number)
    if meta.date:
        yield doc_node, DCTERMS.issued, _date(meta.date)
    if meta.valid_until:
        yield doc_node, PG.validUntil, _date(meta.valid_until)
    # Plain strings, always present, so a query can bind them as parameters without OPTIONAL.
    yield doc_node, PG.levelName, Literal(meta.level if meta.level in iri.LEVELS else "")
    yield doc_node, PG.jurisdictionName, Literal(meta.jurisdiction)
    if meta.level in iri.LEVELS:
        yield doc_node, PG.level, iri.LEVELS[meta.level]
    if meta.jurisdiction:
        yield doc_node, PG.jurisdiction, iri.place(meta.jurisdiction)
        yield from place_triples(meta.jurisdiction, meta.level)
    if meta.issuers:
        yield doc_node, PG.issuerText, Literal("、".join(meta.issuers))
        for issuer in meta.issuers:
            node = iri.body(meta.jurisdiction, issuer)
            yield doc_node, DCTERMS.creator, node
            yield node, RDF.type, PG.Body
            yield node, PG.name, Literal(issuer)
            yield node, SKOS.prefLabel, _zh(issuer)


def place_triples(name: str, level: str) -> Iterator[Triple]:
    node = iri.place(name)
    yield node, RDF.type, PG.Jurisdiction
    yield node, PG.name, Literal(name)
    yield node, SKOS.prefLabel, _zh(name)
    if level in iri.LEVELS:
        yield node, PG.level, iri.LEVELS[level]


def parsed_triples(doc: ParsedDocument) -> Iterator[Triple]:
    """All triples of one parsed document."""
    doc_node = iri.document(doc.doc_id)
    yield from document_triples(doc_node, doc.doc_id, doc.meta, True)
    yield doc_node, PG.sha256, Literal(doc.source.sha256)
    for cite in doc.meta.cites:
        yield doc_node, PG.implements, (target := iri.cited_document(cite.title, cite.number))
        yield from document_triples(target, "", DocumentMeta(title=cite.title, number=cite.number), False)
    jurisdiction = doc.meta.jurisdiction
    for c in doc.clauses:
        node = iri.clause(doc.doc_id, c.path)
        yield node, RDF.type, PG.Clause
        yield node, PG.inDocument, doc_node
        yield node, PG.path, Literal(c.path)
        yield node, PG.number, Literal(c.number)
        yield node, PG.heading, _zh(c.heading)
        yield node, PG.text, _zh(c.text)
        yield node, PG.clauseKind, Literal(c.kind)
        yield node, PG.order, _int(c.order)
        yield node, PG.sourceStart, _int(c.span.start)
        yield node, PG.sourceEnd, _int(c.span.end)
        if c.parent:
            yield node, PG.parentClause, iri.clause(doc.doc_id, c.parent)
        for i, cells in enumerate(c.rows):
            r = iri.row(doc.doc_id, c.path, i)
            yield node, PG.row, r
            yield r, PG.order, _int(i)
            yield r, PG.cells, Literal("\t".join(cells))
    for b in doc.bodies:
        node = iri.body(jurisdiction, b.name)
        yield node, RDF.type, PG.Body
        yield node, RDF.type, iri.KINDS[b.kind]
        yield node, PG.name, Literal(b.name)
        yield node, PG.kind, Literal(b.kind)
        yield node, PG.jurisdictionName, Literal(jurisdiction)
        yield node, PG.sector, sector_of(b.name, b.kind)
        yield node, SKOS.prefLabel, _zh(b.name)
        yield node, PG.fullName, Literal(full_name(jurisdiction, b.name))
        for alt in b.alt_names:
            yield node, SKOS.altLabel, _zh(alt)
        if jurisdiction:
            yield node, PG.jurisdiction, iri.place(jurisdiction)
    yield from target_triples(doc)
    for r in doc.responsibilities:
        clause_node = iri.clause(doc.doc_id, r.clause)
        body_node = iri.body(jurisdiction, r.body)
        node = iri.responsibility(doc.doc_id, r.clause, r.body, r.role)
        yield body_node, PG.responsibleFor, clause_node
        yield body_node, PG.leads if r.role == "lead" else PG.supports, clause_node
        yield node, RDF.type, PG.Responsibility
        yield node, PG.body, body_node
        yield node, PG.clause, clause_node
        yield node, PG.role, iri.ROLES[r.role]
        yield node, PG.roleName, Literal(r.role)
        yield node, PG.blanket, Literal(r.blanket)
        yield node, PG.sourceDocument, doc_node
        yield node, PG.sourceStart, _int(r.span.start)
        yield node, PG.sourceEnd, _int(r.span.end)


def target_triples(doc: ParsedDocument) -> Iterator[Triple]:
    doc_node = iri.document(doc.doc_id)
    for t in doc.targets:
        node = iri.target(doc.doc_id, t.clause, t.index)
        yield iri.clause(doc.doc_id, t.clause), PG.setsTarget, node
        yield node, RDF.type, PG.Target
        yield node, PG.metric, _zh(t.metric)
        yield node, PG.comparator, Literal(t.comparator)
        yield node, PG.value, _decimal(t.value)
        yield node, PG.unit, Literal(t.unit)
        yield node, PG.sourceDocument, doc_node
        if t.value_max is not None:
            yield node, PG.valueMax, _decimal(t.value_max)
        if t.year:
            yield node, PG.year, _int(t.year)
        if t.baseline is not None:
            yield node, PG.baseline, _decimal(t.baseline)
        if t.baseline_year:
            yield node, PG.baselineYear, _int(t.baseline_year)
        if t.nature:
            yield node, PG.nature, Literal(t.nature)
        yield node, PG.text, _zh(t.text)
        if t.span is not None:
            yield node, PG.sourceStart, _int(t.span.start)
            yield node, PG.sourceEnd, _int(t.span.end)


def link_triples(alignments: list[Alignment], derivations: list[Derivation]) -> Iterator[Triple]:
    """Clause-level implements (plain triple plus a scored node) and target derived-from."""
    for a in alignments:
        child, parent = iri.clause(a.child_doc, a.child), iri.clause(a.parent_doc, a.parent)
        node = iri.alignment(a.child_doc, a.child, a.parent_doc, a.parent)
        yield child, PG.implements, parent
        yield node, RDF.type, PG.Alignment
        yield node, PG.child, child
        yield node, PG.parent, parent
        yield node, PG.score, _decimal(a.score)
    for d in derivations:
        child = iri.target(d.child_doc, d.child_clause, d.child_index)
        parent = iri.target(d.parent_doc, d.parent_clause, d.parent_index)
        node = iri.derivation(d.child_doc, d.child_clause, d.child_index, d.parent_doc)
        yield child, PG.derivedFrom, parent
        yield node, RDF.type, PG.Derivation
        yield node, PG.child, child
        yield node, PG.parent, parent
        yield node, PG.relation, Literal(d.relation)


def _decimal(value: float) -> Literal:
    return Literal(f"{value:.4f}".rstrip("0").rstrip(".") or "0", datatype=XSD.decimal)


def to_ntriples(triples: Iterable[Triple]) -> str:
    """Sorted, de-duplicated N-Triples: byte-identical for equal graphs without blank nodes."""
    lines = {f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples}
    return "".join(sorted(lines))
