"""Parse: one decoded Source to a ParsedDocument.

Runs normalize → structure → metadata → responsibility → targets → deadlines and makes
body names canonical within the document. Never raises on odd text; raises
InputError only when a document has nothing we can use.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import InputError
from ..model import NATION, Body, Clause, DocumentMeta, ParsedDocument, Responsibility, Source, Span, Target
from . import patterns as P
from .assign import Assignment, assign
from .bodies import body_kind, canonical_names
from .deadlines import find_deadlines
from .metadata import parse_metadata
from .normalize import normalize, squeeze
from .script import simplified
from .structure import parse_structure
from .targets import find_targets


def _responsibilities(
    clauses: tuple[Clause, ...], assignments: dict[str, list[Assignment]], canonical: dict[str, str]
) -> list[Responsibility]:
    """One responsibility per clause and body; a body named as lead and as responsible is lead."""
    out: list[Responsibility] = []
    for clause in clauses:
        chosen: dict[str, Assignment] = {}
        for a in assignments.get(clause.path, []):
            name = canonical[a.name]
            had = chosen.get(name)
            if had is None or (had.source == "prose" and a.source == "listed"):
                chosen[name] = a
            elif a.role == "lead" and had.role != "lead" and a.source == had.source:
                chosen[name] = replace(a, span=had.span)
        out.extend(
            Responsibility(
                clause=clause.path,
                body=name,
                role=a.role,
                span=a.span,
                blanket=a.blanket,
                as_written=a.name,
                source=a.source,
            )
            for name, a in chosen.items()
        )
    return out


def _bodies(canonical: dict[str, str], meta: DocumentMeta) -> tuple[Body, ...]:
    alts: dict[str, set[str]] = {}
    for spelling, name in canonical.items():
        alts.setdefault(name, set())
        if spelling != name:
            alts[name].add(spelling)

    def place(name: str) -> str:  # 国家发展改革委 named in a city plan is the nation's, not the city's
        return NATION if meta.level != "national" and P.NATIONAL_BODY.search(name) else ""

    return tuple(
        Body(name=n, kind=body_kind(n), alt_names=tuple(sorted(alts[n])), jurisdiction=place(n)) for n in sorted(alts)
    )


def _target_span(target: Target, clause: Clause, offs: list[int]) -> Span:
    """Where the target's sentence stands in the original text."""
    at = clause.text.find(target.text)
    if at < 0 or not target.text or at + len(target.text) > len(offs):
        return clause.span
    return Span(offs[at], offs[at + len(target.text) - 1] + 1)


def parse_source(source: Source, overrides: DocumentMeta | None = None) -> ParsedDocument:
    text = simplified(source.text)  # same length: spans still point into source.text
    norm = normalize(text)
    structure = parse_structure(norm)
    if not any(c.kind not in ("preamble", "closing") for c in structure.clauses):
        raise InputError(
            "no clauses found",
            where=source.path,
            hint="the text has no numbered headings such as 一、 （一） 1. or 第一章",
        )
    meta = parse_metadata(text, structure)
    if overrides is not None:
        meta = merge_meta(meta, overrides)
    assignments = assign(structure.clauses, structure.offsets, text)
    canonical = canonical_names([a.name for found in assignments.values() for a in found])
    by_path = {c.path: c for c in structure.clauses}
    targets = tuple(
        replace(t, span=_target_span(t, by_path[t.clause], structure.offsets[t.clause]))
        for t in find_targets(structure.clauses, meta.title)
    )
    return ParsedDocument(
        doc_id=source.doc_id,
        source=source,
        meta=meta,
        clauses=structure.clauses,
        responsibilities=tuple(_responsibilities(structure.clauses, assignments, canonical)),
        bodies=_bodies(canonical, meta),
        targets=targets,
        deadlines=find_deadlines(structure.clauses, structure.offsets),
    )


def merge_meta(parsed: DocumentMeta, given: DocumentMeta) -> DocumentMeta:
    """Manifest values win where given; the text fills the rest."""
    values = {name: getattr(given, name) or getattr(parsed, name) for name in DocumentMeta.__dataclass_fields__}
    values["title"] = squeeze(values["title"])
    return DocumentMeta(**values)
