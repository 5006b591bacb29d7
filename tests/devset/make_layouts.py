"""Write the task-division-table layouts of a real document (run once; the outputs are committed).

Many plans publish their assignments a second time as an annex, 重点任务分工表: one row per task
with 序号, 重点任务, 牵头单位 and 责任单位 columns. No real annex of that kind could be found in the
public sources reachable here, so this lays out the assignments of the real Anhui RCEP plan
(ah_rcep_2022.txt, from its hand-checked gold) in that form, as a Word file and as a web page,
behind the plan's own title and number. The gold is the same file; the parser must read the
table's columns (their roles come from the grammar's role words) to reproduce it.

    python tests/devset/make_layouts.py
"""

from __future__ import annotations

import csv
import html
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = "ah_rcep_2022"
HEAD = [
    "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发"
    "安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知",
    "皖开放办〔2022〕6号",
    "省有关单位：",
    "《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则扎实推进高水平开放实施意见》已经省推进“三地一区”"
    "建设领导小组同意，现印发给你们，请认真贯彻落实。",
    "附件",
    "重点任务分工表",
]
HEADER = ("序号", "重点任务", "牵头单位", "责任单位")


def rows() -> list[tuple[str, str, str, str]]:
    tasks: dict[str, tuple[list[str], list[str]]] = {}
    with open(HERE / f"{SOURCE}.gold.csv", encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            leads, others = tasks.setdefault(r["clause_title"], ([], []))
            (leads if r["role"] == "lead" else others).append(r["department"])
    return [
        (str(i), title, "、".join(leads), "、".join(others))
        for i, (title, (leads, others)) in enumerate(tasks.items(), 1)
    ]


def write_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    for line in HEAD:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=len(HEADER))
    for row in [HEADER, *rows()]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.save(str(path))


def write_html(path: Path) -> None:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in HEAD)
    table = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in [HEADER, *rows()]
    )
    path.write_text(
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(HEAD[0])}</title>'
        f"</head><body>\n{body}<table>\n{table}</table>\n</body></html>\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    write_docx(HERE / f"{SOURCE}_table.docx")
    write_html(HERE / f"{SOURCE}_table.html")
