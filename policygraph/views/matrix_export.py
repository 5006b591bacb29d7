"""Write a responsibility matrix as CSV, Markdown, HTML or Excel.

Excel is what supervision offices live in: frozen header rows, a section row,
clause numbers as column heads with the heading as a comment and in a second
row, coloured L/R cells, an autofilter, the long form on a second sheet and
the legend and sources on a third.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable
from pathlib import Path

from .cells import FORMULA_START, inert, markdown_cell
from .matrix import KIND_LABELS, Matrix, column_label

LEGEND = (("L", "牵头 lead"), ("R", "责任 responsible (named, not lead)"))
# What an empty workbook says (a build whose documents name no body), so nobody takes it for a broken file.
EMPTY_MESSAGE = (
    "未找到职责分工：文件中没有识别出责任单位、牵头单位或以单位为主语的任务句。"
    "请运行 policygraph parse 文件名 查看解析结果。 "
    "(no responsibility was found; run 'policygraph parse FILE' to see what was read)"
)
LONG_HEADER = ("document", "clause", "title", "department", "role", "source", "path")


def _many(m: Matrix) -> bool:
    return len({c.document for c in m.columns}) > 1


def wide_rows(m: Matrix) -> list[list[str]]:
    header = ["department", "kind", "jurisdiction"] + [column_label(c, _many(m)) for c in m.columns] + ["total"]
    out = [header]
    for i, row in enumerate(m.rows):
        out.append(
            [row.name, row.kind, row.jurisdiction]
            + [m.cells.get((i, j), "") for j in range(len(m.columns))]
            + [str(m.row_total(i))]
        )
    out.append(["total", "", ""] + [str(m.column_total(j)) for j in range(len(m.columns))] + [str(len(m.cells))])
    return out


def to_csv(m: Matrix, long: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    rows = [list(LONG_HEADER), *map(list, m.long())] if long else wide_rows(m)
    writer.writerows([inert(c) for c in row] for row in rows)
    return buffer.getvalue()


def to_markdown(m: Matrix, long: bool = False) -> str:
    rows = [list(LONG_HEADER), *map(list, m.long())] if long else wide_rows(m)
    lines = ["| " + " | ".join(markdown_cell(c) for c in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(markdown_cell(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(lines) + "\n"


def to_html(m: Matrix, long: bool = False) -> str:
    """A self-contained page; every string from a document is escaped and inert if pasted into a spreadsheet."""

    def e(text: str) -> str:
        return html.escape(inert(text))

    parts = [
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>责任矩阵 responsibility matrix</title>",
        "<style>body{font-family:sans-serif}table{border-collapse:collapse;font-size:13px}"
        "td,th{border:1px solid #ccc;padding:2px 5px}th{background:#f3f3f3;position:sticky;top:0}"
        ".L{background:#c0392b;color:#fff;text-align:center}.R{background:#f5cba7;text-align:center}"
        ".kind{background:#e8eef7;font-weight:bold}</style></head><body>",
    ]
    if long:
        parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in LONG_HEADER) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in m.long()]
        parts.append("</table></body></html>")
        return "".join(parts)
    parts.append("<table><tr><th>部门 department</th>")
    parts += [f"<th title='{e(c.heading)}'>{e(column_label(c, _many(m)))}</th>" for c in m.columns]
    parts.append("<th>合计 total</th></tr>")
    kind = None
    for i, row in enumerate(m.rows):
        if row.kind != kind:
            kind = row.kind
            label = e(KIND_LABELS.get(kind, kind))
            parts.append(f"<tr><td class='kind' colspan='{len(m.columns) + 2}'>{label}</td></tr>")
        cells = "".join(
            f"<td class='{v}'>{v}</td>" if (v := m.cells.get((i, j))) else "<td></td>" for j in range(len(m.columns))
        )
        parts.append(f"<tr><th>{e(row.name)}</th>{cells}<td>{m.row_total(i)}</td></tr>")
    totals = "".join(f"<td>{m.column_total(j)}</td>" for j in range(len(m.columns)))
    parts.append(f"<tr><th>合计 total</th>{totals}<td>{len(m.cells)}</td></tr></table>")
    parts.append("<p>" + " ".join(f"<span class='{k}'>{k}</span> {e(v)}" for k, v in LEGEND) + "</p></body></html>")
    return "".join(parts)


def write_xlsx(m: Matrix, path: Path, documents: list[tuple[str, str, str]]) -> None:
    """Write the workbook to `path` (the caller makes the write atomic)."""
    workbook(m, documents).save(path)


def workbook(m: Matrix, documents: list[tuple[str, str, str]]):
    """The workbook: the matrix sheet, the long sheet and the legend."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    fills = {"L": PatternFill("solid", fgColor="C0392B"), "R": PatternFill("solid", fgColor="F5CBA7")}
    band = PatternFill("solid", fgColor="E8EEF7")
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "matrix"
    first = 4  # columns A–C: department, kind, jurisdiction
    ws.cell(1, 1, "部门 department").font = bold
    ws.cell(1, 2, "类别 kind").font = bold
    ws.cell(1, 3, "地区 jurisdiction").font = bold
    ws.cell(2, 1, "节 section").font = bold
    ws.cell(3, 1, "标题 heading").font = bold
    if not m.cells:
        ws.cell(6, 1, EMPTY_MESSAGE).font = bold
    many = _many(m)
    previous = None
    for j, col in enumerate(m.columns):
        c = first + j
        head = ws.cell(1, c, f"{col.document} {col.number}" if many else col.number)
        head.font = bold
        head.comment = Comment(col.heading, "policygraph")
        if (col.document, col.section) != previous:
            ws.cell(2, c, col.section).font = bold
            previous = (col.document, col.section)
        ws.cell(3, c, col.heading).alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(c)].width = 6
    total_col = first + len(m.columns)
    ws.cell(1, total_col, "合计 total").font = bold
    for i, row in enumerate(m.rows):
        r = 4 + i
        ws.cell(r, 1, row.name)
        ws.cell(r, 2, row.kind).fill = band
        ws.cell(r, 3, row.jurisdiction)
        for j in range(len(m.columns)):
            value = m.cells.get((i, j))
            if value:
                cell = ws.cell(r, first + j, value)
                cell.fill = fills[value]
                cell.alignment = Alignment(horizontal="center")
        ws.cell(r, total_col, m.row_total(i))
    last = 4 + len(m.rows)
    ws.cell(last, 1, "合计 total").font = bold
    for j in range(len(m.columns)):
        ws.cell(last, first + j, m.column_total(j))
    ws.cell(last, total_col, len(m.cells))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["C"].width = 10
    ws.freeze_panes = ws.cell(4, first)
    ws.auto_filter.ref = f"A3:{get_column_letter(total_col)}{last - 1}"

    long = wb.create_sheet("long")
    long.append(list(LONG_HEADER))
    for r in m.long():
        long.append(list(r))
    long.auto_filter.ref = f"A1:F{len(m.cells) + 1}"
    long.freeze_panes = "A2"

    legend = wb.create_sheet("legend")
    legend.append(["cell", "meaning"])
    for key, meaning in LEGEND:
        legend.append([key, meaning])
        legend.cell(legend.max_row, 1).fill = fills[key]
    legend.append([])
    legend.append(["source (long sheet)", "meaning"])
    legend.append(
        [
            "listed",
            "列明：责任单位/牵头单位等标注、“A牵头，B配合”等括注或分工表列出 (a label, role verb or table column)",
        ]
    )
    legend.append(["prose", "正文：该单位是正文句子的主语（“各级民政部门要……”） (the subject of a sentence)"])
    legend.append([])
    legend.append(["document", "title", "number"])
    for doc in documents:
        legend.append(list(doc))
    # Text from documents that starts with = is a string, never a formula. Only the cells that can hold it
    # are visited: iterating the whole matrix sheet would create every empty cell (15 M at 200 documents).
    text_cells = [*ws.iter_rows(max_row=3), *ws.iter_rows(min_row=4, max_col=3), *long.iter_rows(), *legend.iter_rows()]
    for row in text_cells:
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.data_type = "s"
    return wb


TEXT_FORMATS: dict[str, Callable[[Matrix, bool], str]] = {"csv": to_csv, "md": to_markdown, "html": to_html}
FORMATS = (*TEXT_FORMATS, "xlsx")
