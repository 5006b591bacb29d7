"""The task ledger (重点任务台账) offices keep: one row per task, who leads, who shares it, by when, from where.

A supervision office tracks a plan as this table, not as a matrix: 序号, 重点任务, 牵头单位, 责任单位,
完成时限, 来源条款. A ledger for one body or one jurisdiction lists the tasks that name it, each
with all its bodies, because the office chasing a task calls the lead, whoever asked.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal

from ..errors import QueryError
from ..graph.query import internal_query
from ..graph.store import Backend
from .cells import FORMULA_START, inert, markdown_cell
from .sheets import fit_columns, fit_rows, set_printing

HEADER = ("序号", "重点任务", "牵头单位", "责任单位", "完成时限", "来源条款")
_QUERY = internal_query("ledger")
_SHORT = 30  # characters of a document title kept in 来源条款; the full title is on the 文件 sheet
_ISSUER_BEFORE = re.compile(r"^.{2,30}?(?:人民政府|办公厅|办公室|委员会|政府|厅|局|委|部|院)(?=关于)")


@dataclass(frozen=True)
class Task:
    document: str
    document_title: str
    order: int
    number_path: str
    heading: str
    leads: tuple[str, ...]
    responsible: tuple[str, ...]
    deadlines: tuple[str, ...]

    @property
    def source(self) -> str:
        return f"《{short_title(self.document_title)}》{self.number_path}"


def short_title(title: str) -> str:
    """A title short enough for a cell: without its issuer (国务院办公厅关于… -> 关于…), cut at 30 characters."""
    title = _ISSUER_BEFORE.sub("", title)
    return title if len(title) <= _SHORT else title[: _SHORT - 1] + "…"


def build_ledger(
    graph: Backend, document: str | None = None, department: str | None = None, jurisdiction: str | None = None
) -> list[Task]:
    """The tasks of a document, of a body (by name) or of a jurisdiction's bodies, in document order."""
    bindings = {"document": Literal(document)} if document else {}
    tasks: dict[tuple[str, int], dict] = {}
    found = sorted(graph.select(_QUERY, bindings)[1], key=lambda row: int(row[-1]))  # as the document names them
    for doc, title, order, path, heading, dept, place, role, deadline, _at in found:
        task = tasks.setdefault(
            (str(doc), int(order)),
            {"title": str(title), "path": str(path), "heading": str(heading), "bodies": {}, "deadlines": {}},
        )
        task["bodies"].setdefault(str(dept), (str(role), str(place)))
        if deadline:
            task["deadlines"][str(deadline)] = None
    chosen = [
        (key, t)
        for key, t in sorted(tasks.items())
        if (not department or department in t["bodies"])
        and (not jurisdiction or any(place == jurisdiction for _r, place in t["bodies"].values()))
    ]
    if not chosen:
        raise QueryError(
            "nothing to show: no task matches this scope",
            hint="check --doc, --dept and --jurisdiction against 'policygraph query documents' and 'find-body'",
        )
    return [
        Task(
            doc,
            t["title"],
            order,
            t["path"],
            t["heading"],
            tuple(n for n, (r, _p) in t["bodies"].items() if r == "lead"),
            tuple(n for n, (r, _p) in t["bodies"].items() if r != "lead"),
            tuple(t["deadlines"]),
        )
        for (doc, order), t in chosen
    ]


def rows(tasks: list[Task]) -> list[list[str]]:
    """The ledger as rows of text, header first."""
    out = [list(HEADER)]
    for i, t in enumerate(tasks, 1):
        out.append([str(i), t.heading, "、".join(t.leads), "、".join(t.responsible), "；".join(t.deadlines), t.source])
    return out


def to_csv(tasks: list[Task]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([inert(c) for c in r] for r in rows(tasks))
    return buffer.getvalue()


def to_markdown(tasks: list[Task]) -> str:
    table = rows(tasks)
    lines = ["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
    lines += ["| " + " | ".join(markdown_cell(c) for c in r) + " |" for r in table[1:]]
    return "\n".join(lines) + "\n"


def to_html(tasks: list[Task], title: str = "重点任务台账") -> str:
    """A page that prints as the workbook does: A4 landscape, the header row on every page."""
    table = rows(tasks)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in table[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(inert(c))}</td>" for c in r) + "</tr>" for r in table[1:])
    return (
        f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        "<style>@page{size:A4 landscape;margin:12mm}body{font-family:'Noto Sans CJK SC',sans-serif}"
        "table{border-collapse:collapse;font-size:12px;width:100%}th,td{border:1px solid #999;padding:3px 5px;"
        "vertical-align:top}th{background:#eee}thead{display:table-header-group}tr{break-inside:avoid}</style>"
        f"</head><body><h1>{html.escape(title)}</h1><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )


def write_xlsx(tasks: list[Task], path: Path, title: str = "重点任务台账") -> None:
    """The ledger workbook (the caller makes the write atomic): a title row, the header on every page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([title])
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    table = rows(tasks)
    for r in table:
        ws.append(r)
    grey = PatternFill("solid", fgColor="E8E8E8")
    for cell in ws[2]:
        cell.font, cell.fill = Font(bold=True), grey
        cell.alignment = Alignment(horizontal="center", vertical="center")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.data_type = "s"  # text from a document is never a formula
    columns = "ABCDEF"
    fit_columns(
        ws,
        {"A": (5, 6), "B": (30, 60), "C": (14, 28), "D": (20, 44), "E": (12, 24), "F": (24, 44)},
        {c: [r[i] for r in table[1:]] for i, c in enumerate(columns)},
    )
    fit_rows(ws, first_row=3)
    ws.freeze_panes = "B3"
    ws.auto_filter.ref = f"A2:F{len(table) + 1}"
    set_printing(ws, title_rows="1:2")
    docs = wb.create_sheet("文件")
    docs.append(["文件编号", "标题"])
    for doc, doc_title in dict.fromkeys((t.document, t.document_title) for t in tasks):
        docs.append([doc, doc_title])
    names = {"A": [t.document for t in tasks], "B": [t.document_title for t in tasks]}
    fit_columns(docs, {"A": (12, 30), "B": (30, 90)}, names)
    set_printing(docs, title_rows="1:1")
    wb.save(path)


TEXT_FORMATS: dict[str, Callable[[list[Task]], str]] = {"csv": to_csv, "md": to_markdown, "html": to_html}
FORMATS = (*TEXT_FORMATS, "xlsx")
