"""Frozen records passed between pipeline stages.

Each stage takes and returns these values, never mutable state, so a stage can
be tested alone and two runs over the same input give equal results.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into the *original* decoded text."""

    start: int
    end: int


@dataclass(frozen=True)
class Source:
    """A decoded document: the original text is kept for display and provenance."""

    doc_id: str
    path: str
    text: str
    encoding: str
    sha256: str


@dataclass(frozen=True)
class Citation:
    """A document this one says it implements (根据/贯彻落实《…》(文号))."""

    title: str
    number: str = ""
    span: Span | None = None


@dataclass(frozen=True)
class DocumentMeta:
    title: str = ""
    number: str = ""
    issuers: tuple[str, ...] = ()
    date: str = ""  # ISO yyyy-mm-dd
    level: str = ""  # national | province | prefecture | county | township
    jurisdiction: str = ""
    valid_until: str = ""
    cites: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Clause:
    """One node of the clause tree.

    `path` is a stable id inside the document ("3.2.1", "box2.4", "preamble");
    `number` is the numbering as printed ("（一）", "1.", "第三章").
    """

    path: str
    number: str
    kind: str  # preamble | chapter | section | part | item | box | table | closing
    heading: str
    text: str
    span: Span
    parent: str | None = None
    order: int = 0
    rows: tuple[tuple[str, ...], ...] = ()


NATION = "全国"  # the jurisdiction of national bodies (国务院, 民政部, 发展改革委 …) and their documents

BODY_KINDS = ("party", "government", "lower-government", "other")  # also the order of matrix rows


@dataclass(frozen=True)
class Body:
    """A body (department, party organ, lower government, other) as named in one document."""

    name: str
    kind: str  # party | government | lower-government | other
    alt_names: tuple[str, ...] = ()
    jurisdiction: str = ""  # "" = the document's; 全国 for a national body named in a local document


@dataclass(frozen=True)
class Responsibility:
    clause: str  # Clause.path
    body: str  # Body.name (canonical)
    role: str  # lead | responsible
    span: Span
    blanket: bool = False
    as_written: str = ""
    source: str = "listed"  # listed (label, role verb, mark, table column) | prose (the subject of a sentence)


@dataclass(frozen=True)
class Target:
    """A quantitative target a clause sets: metric, comparator, value, unit, deadline."""

    clause: str  # Clause.path
    index: int  # order within the clause
    metric: str
    comparator: str  # ≥ > = ≤ < ≈ or "range"
    value: float
    unit: str
    year: int | None = None
    value_max: float | None = None
    baseline: float | None = None
    baseline_year: int | None = None
    nature: str = ""  # expected (预期性) | binding (约束性)
    text: str = ""
    span: Span | None = None


@dataclass(frozen=True)
class Deadline:
    """When a clause is due: a date (2024年底前 -> 2024-12-31) or, for open-ended tasks, only a kind."""

    clause: str  # Clause.path
    date: str  # ISO yyyy-mm-dd, the last day of the period written; "" for ongoing and recurring tasks
    kind: str  # date (a day, month, quarter or half) | year (a year alone) | ongoing | yearly | quarterly | monthly
    text: str  # as written: 2024年底前, 长期坚持
    span: Span
    inherited: bool = False  # from the heading of a section above the clause


@dataclass(frozen=True)
class ParsedDocument:
    doc_id: str
    source: Source
    meta: DocumentMeta
    clauses: tuple[Clause, ...]
    responsibilities: tuple[Responsibility, ...] = ()
    bodies: tuple[Body, ...] = ()
    targets: tuple[Target, ...] = ()
    parents: tuple[str, ...] = field(default=())  # corpus ids of parent documents (manifest)
    deadlines: tuple[Deadline, ...] = ()
