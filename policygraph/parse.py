"""Stage 3 — parse: one decoded Source to a ParsedDocument.

Runs normalize → structure → metadata → responsibility and makes body names
canonical within the document. Never raises on odd text; raises InputError
only when a document has nothing we can use.
"""

from __future__ import annotations

from dataclasses import replace

from .bodies import body_kind, canonical_names
from .errors import InputError
from .metadata import parse_metadata
from .model import Body, DocumentMeta, ParsedDocument, Responsibility, Source, Span
from .normalize import normalize, squeeze
from .responsibility import assign
from .structure import parse_structure
from .targets import find_targets


def _clause_offsets(source: Source, clauses, norm) -> dict[str, list[int]]:
    """Original offsets of every character of each clause's squeezed text."""
    from .normalize import join_ranges  # local: only the parser needs ranges

    out = {}
    for c in clauses:
        # Rebuild from the original span: the clause text is the squeeze of its normalised range.
        lo = next((i for i, off in enumerate(norm.offsets) if off >= c.span.start), len(norm.offsets))
        hi = lo
        while hi < len(norm.offsets) and norm.offsets[hi] < c.span.end:
            hi += 1
        text, offs = join_ranges(norm, [(lo, hi)])
        start = text.find(c.text[:20]) if c.text else -1
        out[c.path] = offs[start : start + len(c.text)] if start >= 0 else offs
    return out


def parse_source(source: Source, overrides: DocumentMeta | None = None) -> ParsedDocument:
    norm = normalize(source.text)
    structure = parse_structure(norm)
    numbered = [c for c in structure.clauses if c.kind not in ("preamble", "closing")]
    if not numbered:
        raise InputError("no clauses found", where=source.path,
                         hint="the text has no numbered headings such as 一、 （一） 1. or 第一章")
    meta = parse_metadata(source.text, structure)
    if overrides is not None:
        meta = merge_meta(meta, overrides)
    offsets = _clause_offsets(source, structure.clauses, norm)
    assignments = assign(structure.clauses, offsets)
    spellings = [a.name for path in assignments for a in assignments[path]]
    canonical = canonical_names(spellings)
    responsibilities: list[Responsibility] = []
    for clause in structure.clauses:
        seen: dict[tuple[str, str], int] = {}
        for a in assignments.get(clause.path, []):
            name = canonical[a.name]
            if (name, "lead") in seen and a.role == "responsible":
                continue
            if (name, a.role) in seen:
                continue
            if a.role == "lead" and (name, "responsible") in seen:
                responsibilities.pop(seen.pop((name, "responsible")))
                seen = {k: (i if i < len(responsibilities) else i) for k, i in seen.items()}
            seen[(name, a.role)] = len(responsibilities)
            responsibilities.append(Responsibility(clause=clause.path, body=name, role=a.role, span=a.span,
                                                   blanket=a.blanket, as_written=a.name))
    alts: dict[str, set[str]] = {}
    for spelling, name in canonical.items():
        alts.setdefault(name, set())
        if spelling != name:
            alts[name].add(spelling)
    bodies = tuple(Body(name=n, kind=body_kind(n), alt_names=tuple(sorted(alts[n]))) for n in sorted(alts))
    targets = tuple(
        replace(t, span=_target_span(t, offsets.get(t.clause, []), structure.clauses)) for t in find_targets(structure.clauses)
    )
    return ParsedDocument(doc_id=source.doc_id, source=source, meta=meta, clauses=structure.clauses,
                          responsibilities=tuple(responsibilities), bodies=bodies, targets=targets)


def _target_span(target, offs: list[int], clauses) -> Span | None:
    """Where the target's sentence stands in the original text."""
    clause = next(c for c in clauses if c.path == target.clause)
    at = clause.text.find(target.text)
    if at < 0 or not offs or at + len(target.text) > len(offs):
        return clause.span
    return Span(offs[at], offs[at + len(target.text) - 1] + 1)


def merge_meta(parsed: DocumentMeta, given: DocumentMeta) -> DocumentMeta:
    """Manifest values win where given; the text fills the rest."""
    values = {}
    for name in DocumentMeta.__dataclass_fields__:
        mine, theirs = getattr(parsed, name), getattr(given, name)
        values[name] = theirs if theirs else mine
    values["title"] = squeeze(values["title"])
    return DocumentMeta(**values)
