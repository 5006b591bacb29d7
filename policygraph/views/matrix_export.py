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
from .ledger import short_title
from .matrix import KIND_LABELS, Matrix, column_label
from .sheets import fit_columns, fit_rows, set_printing, text_width

CELL_WORDS = {"L": "牵头", "R": "责任"}
LEGEND = (("L", "牵头单位 lead"), ("R", "责任单位：列名但非牵头 responsible (named, not lead)"))
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
    """The matrix as a person reads it: Chinese headers, kinds and cells (牵头/责任), clause paths as columns."""
    header = ["部门", "类别", "辖区"] + [column_label(c, _many(m)) for c in m.columns] + ["合计"]
    out = [header]
    for i, row in enumerate(m.rows):
        out.append(
            [row.name, KIND_LABELS.get(row.kind, row.kind).split()[0], row.jurisdiction]
            + [CELL_WORDS.get(m.cells.get((i, j), ""), "") for j in range(len(m.columns))]
            + [str(m.row_total(i))]
        )
    out.append(["合计", "", ""] + [str(m.column_total(j)) for j in range(len(m.columns))] + [str(len(m.cells))])
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
    parts.append("<table><tr><th>部门</th>")
    parts += [f"<th title='{e(c.heading)}'>{e(column_label(c, _many(m)))}</th>" for c in m.columns]
    parts.append("<th>合计</th></tr>")
    kind = None
    for i, row in enumerate(m.rows):
        if row.kind != kind:
            kind = row.kind
            label = e(KIND_LABELS.get(kind, kind))
            parts.append(f"<tr><td class='kind' colspan='{len(m.columns) + 2}'>{label}</td></tr>")
        cells = "".join(
            f"<td class='{v}'>{CELL_WORDS[v]}</td>" if (v := m.cells.get((i, j))) else "<td></td>"
            for j in range(len(m.columns))
        )
        parts.append(f"<tr><th>{e(row.name)}</th>{cells}<td>{m.row_total(i)}</td></tr>")
    totals = "".join(f"<td>{m.column_total(j)}</td>" for j in range(len(m.columns)))
    parts.append(f"<tr><th>合计</th>{totals}<td>{len(m.cells)}</td></tr></table>")
    legend = " ".join(f"<span class='{k}'>{CELL_WORDS[k]}</span> {e(v)}" for k, v in LEGEND)
    parts.append(f"<p>{legend}</p></body></html>")
    return "".join(parts)


def write_xlsx(m: Matrix, path: Path, documents: list[tuple[str, str, str]]) -> None:
    """Write the workbook to `path` (the caller makes the write atomic)."""
    workbook(m, documents).save(path)


SHEETS = ("责任矩阵", "明细", "说明")  # matrix, long form (one row per responsibility), legend and sources
LONG_HEADER_ZH = ("文件", "文件编号", "条款路径", "条款", "标题", "部门", "角色", "来源")


def workbook(m: Matrix, documents: list[tuple[str, str, str]]):
    """The workbook, Chinese first and ready to print: the matrix, its long form, and the legend with sources.

    Printed, every page carries the three header rows and the department column (A4 landscape); a
    wide matrix runs on over pages across rather than shrinking to one unreadable page.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    fills = {"L": PatternFill("solid", fgColor="C0392B"), "R": PatternFill("solid", fgColor="F5CBA7")}
    band = PatternFill("solid", fgColor="E8EEF7")
    bold = Font(bold=True)
    white = Font(bold=True, color="FFFFFF")
    titles = {doc: title for doc, title, _number in documents}
    wb = Workbook()
    ws = wb.active
    ws.title = SHEETS[0]
    first = 4  # columns A–C: department, kind, jurisdiction
    for col, text in enumerate(("部门", "类别", "辖区"), 1):
        ws.cell(2, col, text).font = bold
    ws.cell(1, 1, "文件").font = bold
    ws.cell(3, 1, "条款").font = bold
    if not m.cells:
        ws.cell(6, 1, EMPTY_MESSAGE).font = bold
    previous_doc, doc_start = None, first
    for j, col in enumerate(m.columns):
        c = first + j
        doc_title = titles.get(col.document) or col.document_title or col.document
        if col.document != previous_doc:
            if previous_doc is not None and c - 1 > doc_start:  # the title spans its document's columns
                ws.merge_cells(start_row=1, start_column=doc_start, end_row=1, end_column=c - 1)
            title_cell = ws.cell(1, c, short_title(doc_title))
            title_cell.font = bold
            title_cell.alignment = Alignment(wrap_text=True, vertical="top")
            previous_doc, doc_start = col.document, c
        head = ws.cell(2, c, col.number_path or col.number)
        head.font = bold
        head.alignment = Alignment(wrap_text=True, vertical="top")
        head.comment = Comment(f"{col.number_path} {col.heading}\n{doc_title}\n({col.document})", "policygraph")
        ws.cell(3, c, col.heading).alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(c)].width = 7
    total_col = first + len(m.columns)
    if total_col - 1 > doc_start:
        ws.merge_cells(start_row=1, start_column=doc_start, end_row=1, end_column=total_col - 1)
    ws.cell(2, total_col, "合计").font = bold
    for i, row in enumerate(m.rows):
        r = 4 + i
        ws.cell(r, 1, row.name)
        ws.cell(r, 2, KIND_LABELS.get(row.kind, row.kind).split()[0]).fill = band
        ws.cell(r, 3, row.jurisdiction)
        for j in range(len(m.columns)):
            value = m.cells.get((i, j))
            if value:
                cell = ws.cell(r, first + j, CELL_WORDS[value])
                cell.fill = fills[value]
                cell.font = white if value == "L" else Font()
                cell.alignment = Alignment(horizontal="center")
        ws.cell(r, total_col, m.row_total(i))
    last = 4 + len(m.rows)
    ws.cell(last, 1, "合计").font = bold
    for j in range(len(m.columns)):
        ws.cell(last, first + j, m.column_total(j))
    ws.cell(last, total_col, len(m.cells))
    ws.column_dimensions["A"].width = max([16] + [min(30, text_width(r.name) + 2) for r in m.rows])
    ws.column_dimensions["B"].width = 9
    ws.column_dimensions["C"].width = 10
    ws.row_dimensions[1].height = 32  # a document's title over its columns, on two lines if it must
    ws.row_dimensions[2].height = 30  # 二、 (一) 2. on two lines in a clause column
    ws.row_dimensions[3].height = 90  # headings wrap in the narrow clause columns
    ws.freeze_panes = ws.cell(4, first)
    ws.auto_filter.ref = f"A3:{get_column_letter(total_col)}{last - 1}"
    set_printing(ws, title_rows="1:3", title_cols="A:A", fit_width=False)

    long = wb.create_sheet(SHEETS[1])
    long.append(list(LONG_HEADER_ZH))
    zh = {"lead": "牵头", "responsible": "责任", "listed": "列明", "prose": "正文"}
    for document, number, heading, department, role, source, path in m.long():
        title = short_title(titles.get(document) or document)
        long.append([title, document, path, number, heading, department, zh[role], zh.get(source, source)])
    for cell in long[1]:
        cell.font = bold
    long.auto_filter.ref = f"A1:H{len(m.cells) + 1}"
    long.freeze_panes = "A2"
    fit_columns(
        long,
        {
            "A": (16, 34),
            "B": (10, 22),
            "C": (10, 16),
            "D": (6, 8),
            "E": (20, 40),
            "F": (12, 24),
            "G": (6, 6),
            "H": (6, 6),
        },
        {
            letter: [str(c.value or "") for c in col[1:]]
            for letter, col in zip("ABCDEFGH", long.iter_cols(), strict=False)
        },
    )
    fit_rows(long, first_row=2)
    set_printing(long, title_rows="1:1")

    legend = wb.create_sheet(SHEETS[2])
    legend.append(["单元格", "含义"])
    for key, meaning in LEGEND:
        legend.append([CELL_WORDS[key], meaning])
        legend.cell(legend.max_row, 1).fill = fills[key]
    legend.append([])
    legend.append(["来源（明细表）", "含义"])
    legend.append(
        ["列明", "责任单位/牵头单位等标注、“A牵头，B配合”等括注或分工表列出 (a label, role verb or table column)"]
    )
    legend.append(["正文", "该单位是正文句子的主语（“各级民政部门要……”） (the subject of a sentence)"])
    legend.append([])
    legend.append(["文件编号", "标题", "文号"])
    for doc in documents:
        legend.append(list(doc))
    legend.column_dimensions["A"].width = 22
    legend.column_dimensions["B"].width = 80
    legend.column_dimensions["C"].width = 22
    set_printing(legend, title_rows="1:1")
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
