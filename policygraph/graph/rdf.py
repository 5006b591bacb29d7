"""Rdf: the one module that writes triples.

Every fact points back to its document and character span. Triples are
tuples of N-Triples terms (strings): the build writes hundreds of thousands
of them, and making rdflib objects only to print them again cost most of a
build's time. Sorted, de-duplicated lines make two builds of one corpus
byte-identical; rdflib and Oxigraph read them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from ..linking.link import Alignment, Derivation
from ..model import NATION, DocumentMeta, ParsedDocument
from ..parsing.places import Division, division, within_names
from . import iri
from .iri import PG
from .sectors import sector_of

Triple = tuple[str, str, str]  # N-Triples terms: "<iri>", "\"text\"@zh", "\"3\"^^<…#integer>"

_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _node(value: str) -> str:
    return f"<{value}>"


def _str(text: str) -> str:
    return f'"{text.translate(_ESCAPE)}"'


def _zh(text: str) -> str:
    return f"{_str(text)}@zh"


def _typed(lexical: str, datatype: str) -> str:
    return f"{_str(lexical)}^^<{datatype}>"


def _int(n: int) -> str:
    return _typed(str(n), XSD.integer)


def _date(text: str) -> str:
    return _typed(text, XSD.date)


def _bool(value: bool) -> str:
    return _typed("true" if value else "false", XSD.boolean)


def _decimal(value: float) -> str:
    return _typed(f"{value:.4f}".rstrip("0").rstrip(".") or "0", XSD.decimal)


class _Terms:
    """Vocabulary terms as N-Triples, made once on first use: pg.inDocument -> "<…ns#inDocument>"."""

    def __init__(self, namespace: str):
        self._ns = namespace

    def __getattr__(self, name: str) -> str:
        term = f"<{self._ns}{name}>"
        setattr(self, name, term)
        return term


pg, dcterms, skos, rdf = _Terms(str(PG)), _Terms(str(DCTERMS)), _Terms(str(SKOS)), _Terms(str(RDF))
A = rdf.type


def full_name(jurisdiction: str, name: str) -> str:
    """莆田市 + 市民政局 -> 莆田市民政局; names that already carry a place stay as they are."""
    level_char = jurisdiction[-1:] if jurisdiction else ""
    if level_char and name.startswith(level_char) and not name.startswith(jurisdiction):
        return jurisdiction + name[1:]
    return name


def document_triples(doc_node: str, doc_id: str, meta: DocumentMeta, in_corpus: bool) -> Iterator[Triple]:
    yield doc_node, A, pg.Document
    yield doc_node, dcterms.identifier, _str(doc_id)
    yield doc_node, pg.inCorpus, _bool(in_corpus)
    if meta.title:
        yield doc_node, dcterms.title, _zh(meta.title)
    if meta.number:
        yield doc_node, pg.docNumber, _str(meta.number)
    if meta.date:
        yield doc_node, dcterms.issued, _date(meta.date)
    if meta.valid_until:
        yield doc_node, pg.validUntil, _date(meta.valid_until)
    # Plain strings, always present, so a query can bind them as parameters without OPTIONAL.
    yield doc_node, pg.levelName, _str(meta.level if meta.level in iri.LEVELS else "")
    yield doc_node, pg.jurisdictionName, _str(meta.jurisdiction)
    if meta.level in iri.LEVELS:
        yield doc_node, pg.level, _node(iri.LEVELS[meta.level])
    if meta.jurisdiction:
        yield doc_node, pg.jurisdiction, _node(iri.place(meta.jurisdiction))
        yield from place_triples(meta.jurisdiction, meta.level, meta.title + " ".join(meta.issuers))
    if meta.issuers:
        yield doc_node, pg.issuerText, _str("、".join(meta.issuers))
        for issuer in meta.issuers:
            node = _node(iri.body(meta.jurisdiction, issuer))
            yield doc_node, dcterms.creator, node
            yield node, A, pg.Body
            yield node, pg.name, _str(issuer)
            yield node, skos.prefLabel, _zh(issuer)


def external_triples(doc_id: str, meta: DocumentMeta) -> Iterator[Triple]:
    """A parent named in the manifest but not in the corpus."""
    return document_triples(_node(iri.document(doc_id)), doc_id, meta, False)


def implements_triples(doc: ParsedDocument) -> Iterator[Triple]:
    """Document-level implements, from the manifest."""
    for parent in doc.parents:
        yield _node(iri.document(doc.doc_id)), pg.implements, _node(iri.document(parent))


def place_triples(name: str, level: str, context: str = "") -> Iterator[Triple]:
    """A jurisdiction as written, with its GB/T 2260 code and the divisions above it up to the nation.

    The name is resolved against the division list (places.division); a name that is unknown or
    shared by several divisions the context cannot tell apart gets no code and no hierarchy.
    """
    found = None if name == NATION else division(name, context)
    yield from _place(name, found.level if found else level)
    yield from _within(_node(iri.place(name)), within_names(name, found))
    if found is not None:
        yield from _hierarchy(_node(iri.place(name)), found)
    elif name != NATION and level == "province":
        yield _node(iri.place(name)), skos.broader, _node(iri.place(NATION))


def _place(name: str, level: str) -> Iterator[Triple]:
    node = _node(iri.place(name))
    yield node, A, pg.Jurisdiction
    yield node, pg.name, _str(name)
    yield node, skos.prefLabel, _zh(name)
    if level in iri.LEVELS:
        yield node, pg.level, _node(iri.LEVELS[level])


def _within(node: str, chain: str) -> Iterator[Triple]:
    """The chain as one text (for CONTAINS) and one name per triple (for an indexed join on `within=`)."""
    yield node, pg.withinNames, _str(chain)
    for name in chain.strip("|").split("|"):
        yield node, pg.withinName, _str(name)


def _hierarchy(node: str, found: Division) -> Iterator[Triple]:
    """skos:notation (the code) and skos:broader links from one division up to the nation."""
    while True:
        yield node, skos.notation, _str(found.code)
        yield node, pg.officialName, _str(found.name)
        parent = found.parent
        up = _node(iri.place(parent.name if parent else NATION))
        yield node, skos.broader, up
        if parent is None:
            yield from _place(NATION, "national")
            yield from _within(up, within_names(NATION, None))
            return
        yield from _place(parent.name, parent.level)
        yield from _within(up, within_names(parent.name, parent))
        node, found = up, parent


def body_places(doc: ParsedDocument) -> dict[str, str]:
    """The jurisdiction of each body the document names (its own, else the document's)."""
    return {b.name: b.jurisdiction or doc.meta.jurisdiction for b in doc.bodies}


def _body_iri(doc: ParsedDocument, places: dict[str, str], name: str) -> str:
    """The node of a body a responsibility names: the same for its triples and for its counts."""
    return str(iri.body(places.get(name) or doc.meta.jurisdiction, name))


def body_load(doc: ParsedDocument) -> dict[str, tuple[int, int]]:
    """(responsibilities led, all responsibilities) of each body in one document, by the body's IRI.

    Summed over the documents at build time into the body's jurisdiction graph (load_triples): the
    workload query reads them instead of grouping every responsibility, which took seconds at 10^4 documents.
    """
    places, seen = body_places(doc), set()
    load: dict[str, list[int]] = {}
    for r in doc.responsibilities:
        node = iri.responsibility(doc.doc_id, r.clause, r.body, r.role)
        if node in seen:
            continue
        seen.add(node)
        counts = load.setdefault(_body_iri(doc, places, r.body), [0, 0])
        counts[0] += r.role == "lead"
        counts[1] += 1
    return {body: (lead, total) for body, (lead, total) in load.items()}


def load_triples(body: str, lead: int, total: int) -> Iterator[Triple]:
    node = _node(body)
    yield node, pg.leadCount, _int(lead)
    yield node, pg.responsibilityCount, _int(total)


def parsed_triples(doc: ParsedDocument) -> Iterator[Triple]:
    """All triples of one parsed document."""
    doc_node = _node(iri.document(doc.doc_id))
    yield from document_triples(doc_node, doc.doc_id, doc.meta, True)
    yield doc_node, pg.sha256, _str(doc.source.sha256)
    for cite in doc.meta.cites:
        yield doc_node, pg.implements, (target := _node(iri.cited_document(cite.title, cite.number)))
        yield from document_triples(target, "", DocumentMeta(title=cite.title, number=cite.number), False)
    jurisdiction = doc.meta.jurisdiction
    sections = section_paths(doc.clauses)
    for c in doc.clauses:
        node = _node(iri.clause(doc.doc_id, c.path))
        yield node, pg.numberPath, _str(sections[c.path])
        yield node, A, pg.Clause
        yield node, pg.inDocument, doc_node
        yield node, pg.path, _str(c.path)
        yield node, pg.number, _str(c.number)
        yield node, pg.heading, _zh(c.heading)
        yield node, pg.text, _zh(c.text)
        yield node, pg.clauseKind, _str(c.kind)
        yield node, pg.order, _int(c.order)
        yield node, pg.sourceStart, _int(c.span.start)
        yield node, pg.sourceEnd, _int(c.span.end)
        if c.parent:
            yield node, pg.parentClause, _node(iri.clause(doc.doc_id, c.parent))
        for i, cells in enumerate(c.rows):
            r = _node(iri.row(doc.doc_id, c.path, i))
            yield node, pg.row, r
            yield r, pg.order, _int(i)
            yield r, pg.cells, _str("\t".join(cells))
    places = body_places(doc)
    for place in sorted({p for p in places.values() if p and p != jurisdiction}):
        yield from place_triples(place, "national" if place == NATION else "", doc.meta.title)
    for b in doc.bodies:
        jurisdiction = places[b.name]
        node = _node(iri.body(jurisdiction, b.name))
        yield node, A, pg.Body
        yield node, A, _node(iri.KINDS[b.kind])
        yield node, pg.name, _str(b.name)
        yield node, pg.kind, _str(b.kind)
        yield node, pg.jurisdictionName, _str(jurisdiction)
        yield node, pg.sector, _node(sector_of(b.name, b.kind))
        yield node, skos.prefLabel, _zh(b.name)
        yield node, pg.fullName, _str(full_name(jurisdiction, b.name))
        for alt in b.alt_names:
            yield node, skos.altLabel, _zh(alt)
        if jurisdiction:
            yield node, pg.jurisdiction, _node(iri.place(jurisdiction))
    jurisdiction = doc.meta.jurisdiction
    yield from target_triples(doc)
    yield from deadline_triples(doc)
    for r in doc.responsibilities:
        clause_node = _node(iri.clause(doc.doc_id, r.clause))
        body_node = _node(_body_iri(doc, places, r.body))
        node = _node(iri.responsibility(doc.doc_id, r.clause, r.body, r.role))
        yield body_node, pg.responsibleFor, clause_node
        yield body_node, pg.leads if r.role == "lead" else pg.supports, clause_node
        yield node, A, pg.Responsibility
        yield node, pg.body, body_node
        yield node, pg.clause, clause_node
        yield node, pg.role, _node(iri.ROLES[r.role])
        yield node, pg.roleName, _str(r.role)
        yield node, pg.blanket, _bool(r.blanket)
        yield node, pg.readFrom, _str(r.source)
        yield node, pg.sourceDocument, doc_node
        yield node, pg.sourceStart, _int(r.span.start)
        yield node, pg.sourceEnd, _int(r.span.end)


def deadline_triples(doc: ParsedDocument) -> Iterator[Triple]:
    """Each deadline a clause states (or inherits from its section's heading), with its span."""
    index: dict[str, int] = {}
    for d in doc.deadlines:
        i = index[d.clause] = index.get(d.clause, -1) + 1
        node = _node(iri.deadline(doc.doc_id, d.clause, i))
        yield _node(iri.clause(doc.doc_id, d.clause)), pg.deadline, node
        yield node, A, pg.Deadline
        yield node, pg.deadlineKind, _str(d.kind)
        if d.date:
            yield node, pg.dueDate, _date(d.date)
        yield node, pg.text, _zh(d.text)
        yield node, pg.inherited, _bool(d.inherited)
        yield node, pg.sourceStart, _int(d.span.start)
        yield node, pg.sourceEnd, _int(d.span.end)


def section_paths(clauses: Iterable) -> dict[str, str]:
    """Each clause's number with its sections' (二、(一) 2.): the 2. of one section from the 2. of the next."""
    by_path = {c.path: c for c in clauses}
    out: dict[str, str] = {}
    for c in by_path.values():
        numbers, up = [], c
        while up is not None:
            if up.number:
                numbers.append(up.number)
            up = by_path.get(up.parent or "")
        out[c.path] = " ".join(reversed(numbers))
    return out


def target_triples(doc: ParsedDocument) -> Iterator[Triple]:
    doc_node = _node(iri.document(doc.doc_id))
    for t in doc.targets:
        node = _node(iri.target(doc.doc_id, t.clause, t.index))
        yield _node(iri.clause(doc.doc_id, t.clause)), pg.setsTarget, node
        yield node, A, pg.Target
        yield node, pg.metric, _zh(t.metric)
        yield node, pg.comparator, _str(t.comparator)
        yield node, pg.value, _decimal(t.value)
        yield node, pg.unit, _str(t.unit)
        yield node, pg.sourceDocument, doc_node
        if t.value_max is not None:
            yield node, pg.valueMax, _decimal(t.value_max)
        if t.year:
            yield node, pg.year, _int(t.year)
        if t.baseline is not None:
            yield node, pg.baseline, _decimal(t.baseline)
        if t.baseline_year:
            yield node, pg.baselineYear, _int(t.baseline_year)
        if t.nature:
            yield node, pg.nature, _str(t.nature)
        yield node, pg.text, _zh(t.text)
        if t.span is not None:
            yield node, pg.sourceStart, _int(t.span.start)
            yield node, pg.sourceEnd, _int(t.span.end)


def _link(node: str, kind: str, child: str, relation: str, parent: str) -> Iterator[Triple]:
    """A link as a plain triple (what queries follow) and as a node of its kind (what they qualify)."""
    yield child, relation, parent
    yield node, A, kind
    yield node, pg.child, child
    yield node, pg.parent, parent


def link_triples(alignments: list[Alignment], derivations: list[Derivation]) -> Iterator[Triple]:
    """Clause-level implements (plain triple plus a scored node) and target derived-from."""
    for a in alignments:
        node = _node(iri.alignment(a.child_doc, a.child, a.parent_doc, a.parent))
        yield from _link(
            node,
            pg.Alignment,
            _node(iri.clause(a.child_doc, a.child)),
            pg.implements,
            _node(iri.clause(a.parent_doc, a.parent)),
        )
        yield node, pg.score, _decimal(a.score)
    for d in derivations:
        node = _node(iri.derivation(d.child_doc, d.child_clause, d.child_index, d.parent_doc))
        yield from _link(
            node,
            pg.Derivation,
            _node(iri.target(d.child_doc, d.child_clause, d.child_index)),
            pg.derivedFrom,
            _node(iri.target(d.parent_doc, d.parent_clause, d.parent_index)),
        )
        yield node, pg.relation, _str(d.relation)


def nt_lines(triples: Iterable[Triple]) -> list[str]:
    """Sorted, de-duplicated N-Triples lines: byte-identical for equal graphs without blank nodes."""
    return sorted({f"{s} {p} {o} .\n" for s, p, o in triples})


def split_by_owner(triples: Iterable[Triple], doc_id: str) -> tuple[list[str], dict[str, list[str]]]:
    """Lines about the document's own nodes, and the other lines by the shared graph they go to.

    A triple belongs to the document if its subject or object is one of the
    document's nodes (itself, its clauses, targets, responsibilities,
    alignments). Bodies and places are shared — two documents can name the
    same 市民政局 — and go to one graph per jurisdiction, so a rebuild after
    one edit replaces that document's graph and its jurisdiction's, nothing else.
    Each triple is in exactly one named graph.
    """
    owned: set[str] = set()
    shared: dict[str, set[str]] = {}
    prefixes = tuple(f"<{iri.ID}{kind}/{iri.slug(doc_id)}/" for kind in ("doc", "align", "derive"))
    node = _node(iri.document(doc_id))
    for s, p, o in triples:
        line = f"{s} {p} {o} .\n"
        if s == node or o == node or s.startswith(prefixes) or o.startswith(prefixes):
            owned.add(line)
        else:
            shared.setdefault(str(iri.shared_graph(s[1:-1])), set()).add(line)
    return sorted(owned), {graph: sorted(lines) for graph, lines in shared.items()}
