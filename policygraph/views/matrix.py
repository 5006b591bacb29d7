"""The responsibility matrix: bodies × clauses, cells L (lead) or R (responsible).

Rows are grouped by kind of body (party organs, departments, lower-level
governments, others); columns follow document order, grouped by top-level
section, so a supervision office reads it the way the document is laid out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Literal

from ..errors import QueryError
from ..graph.query import internal_query
from ..graph.store import Backend
from ..model import BODY_KINDS

KIND_ORDER = BODY_KINDS
KIND_LABELS = {
    "party": "党委机构 party organs",
    "government": "政府部门 departments",
    "lower-government": "下级政府 lower-level governments",
    "other": "其他 others",
}
CELL = {"lead": "L", "responsible": "R"}

_QUERY = internal_query("matrix-cells")

_SECTIONS = internal_query("matrix-sections")


@dataclass(frozen=True)
class Column:
    document: str
    document_title: str
    path: str
    number: str
    heading: str
    section: str  # top-level section, "一、 健全党建引领机制"
    number_path: str = ""  # the number after its sections' numbers: 二、 (一) 2.


@dataclass(frozen=True)
class Row:
    body: str  # IRI
    name: str
    kind: str
    jurisdiction: str


@dataclass(frozen=True)
class Matrix:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    cells: dict[tuple[int, int], str]  # (row index, column index) -> "L" | "R"
    sources: dict[tuple[int, int], str] | None = None  # (row index, column index) -> "listed" | "prose"

    def row_total(self, i: int) -> int:
        return sum(1 for (r, _c) in self.cells if r == i)

    def column_total(self, j: int) -> int:
        return sum(1 for (_r, c) in self.cells if c == j)

    def long(self) -> list[tuple[str, str, str, str, str, str, str]]:
        """document, clause, title, department, role, source, path: the same rows as the who-owns query."""
        role = {v: k for k, v in CELL.items()}
        sources = self.sources or {}
        return [
            (
                self.columns[c].document,
                self.columns[c].number,
                self.columns[c].heading,
                self.rows[r].name,
                role[v],
                sources.get((r, c), "listed"),
                self.columns[c].number_path,
            )
            for (r, c), v in sorted(self.cells.items(), key=lambda x: (x[0][1], x[0][0]))
        ]


def build_matrix(
    graph: Backend,
    document: str | None = None,
    department: str | None = None,
    jurisdiction: str | None = None,
    allow_empty: bool = False,
) -> Matrix:
    """The matrix of a scope; an empty scope is an error unless `allow_empty` (a build whose documents name no body)."""
    bindings = {
        name: Literal(value)
        for name, value in (("document", document), ("department", department), ("jurisdiction", jurisdiction))
        if value
    }
    results = graph.select(_QUERY, bindings)[1]
    if not results and allow_empty:
        return Matrix((), (), {}, {})
    if not results:
        raise QueryError(
            "nothing to show: no responsibility matches this scope",
            hint="check --doc, --dept and --jurisdiction against 'policygraph query documents'",
        )
    sections = {(str(d), str(p)): f"{n} {h}".strip() for d, p, n, h in graph.select(_SECTIONS)[1]}
    columns: dict[tuple[str, str], tuple[int, Column]] = {}
    rows: dict[str, Row] = {}
    cells_by_key: dict[tuple[str, tuple[str, str]], str] = {}
    source_by_key: dict[tuple[str, tuple[str, str]], str] = {}
    for doc, title, path, number, heading, order, body, dept, kind, place, role, source, numbers in results:
        key = (str(doc), str(path))
        top = str(path).split(".")[0]
        columns[key] = (
            int(order),
            Column(
                str(doc),
                str(title),
                str(path),
                str(number),
                str(heading),
                sections.get((str(doc), top), ""),
                str(numbers),
            ),
        )
        rows[str(body)] = Row(str(body), str(dept), str(kind), str(place))
        cells_by_key[(str(body), key)] = CELL[str(role)]
        source_by_key[(str(body), key)] = str(source)
    ordered_cols = [c for _o, c in sorted(columns.values(), key=lambda oc: (oc[1].document, oc[0]))]
    load: dict[str, int] = defaultdict(int)
    for body, _key in cells_by_key:
        load[body] += 1
    ordered_rows = sorted(
        rows.values(),
        key=lambda r: (KIND_ORDER.index(r.kind) if r.kind in KIND_ORDER else 9, -load[r.body], r.jurisdiction, r.name),
    )
    col_index = {(c.document, c.path): j for j, c in enumerate(ordered_cols)}
    row_index = {r.body: i for i, r in enumerate(ordered_rows)}
    cells = {(row_index[b], col_index[k]): v for (b, k), v in cells_by_key.items()}
    sources = {(row_index[b], col_index[k]): v for (b, k), v in source_by_key.items()}
    return Matrix(tuple(ordered_cols), tuple(ordered_rows), cells, sources)


def column_label(column: Column, many_documents: bool) -> str:
    """A clause as a person cites it: its path (二、 (一) 2.) and heading; with the document's short title
    when the matrix spans several documents."""
    from .ledger import short_title

    label = f"{column.number_path or column.number} {column.heading}".strip()
    return f"《{short_title(column.document_title)}》{label}" if many_documents else label
