"""Tab-separated task tables whose rows a cell's paragraph break split over lines.

A Word table copied or extracted as text (cells parted by tabs, rows by line breaks) keeps a line break wherever
a cell holds two paragraphs:

    序号	重点任务	牵头单位	责任单位
    1	新建养老院3所。
    配齐护理员。	市民政局	市财政局
    各区人民政府

Read line by line, `配齐护理员。` would be a row of its own and the row's bodies would shift a column. Under a task
header of n columns, a numbered row goes on over the lines after it until it has its n cells, and a line of bodies
alone after a whole row is one more paragraph of its last cell. The line breaks are rewritten in place (a task's
two paragraphs run on; two bodies are parted by 、), so every span still points into the original.
"""

from __future__ import annotations

from .columns import ROW_NUMBER, column_role, is_task_header
from .responsibility import only_bodies


def broken_rows(text: str, lines: list[tuple[int, int]], edits: dict[int, str]) -> None:
    """Join each task-table row that a cell's line break split (tables.text_tables applies the edits)."""
    titles: list[str] = []  # the open table's column titles
    cells = 0  # how many cells the open row has so far (0: no row open)
    for a, b in lines:
        line = text[a:b]
        parts = line.split("\t")
        if "\t" in line and is_task_header([p.strip() for p in parts]) and not ROW_NUMBER.match(parts[0].strip()):
            titles, cells = [p.strip() for p in parts], 0
            continue
        if not titles:
            continue
        starts_row = len(parts) > 1 and ROW_NUMBER.match(parts[0].strip()) is not None
        if 0 < cells < len(titles) and not starts_row and line.strip():
            edits[a - 1] = _joint(titles[cells - 1])  # the cell left open goes on in this line
            cells += len(parts) - 1
        elif cells == len(titles) and "\t" not in line and column_role(titles[-1]) and only_bodies(line.strip()):
            edits[a - 1] = "、"  # one more body of the row's last cell, a paragraph of its own
        elif cells == len(titles) and _continues(parts, titles):
            edits[a - 1] = "\t"  # the row goes on with one more line of cells under its columns (task_rows folds it)
        elif starts_row:
            cells = len(parts)
        elif line.strip():
            titles, cells = [], 0  # the table has ended


def _continues(parts: list[str], titles: list[str]) -> bool:
    """A line of the table's width whose number and task cells are empty and whose other cells name bodies under
    body columns: the row above goes on (a sheet's cells unmerged, a body a row: \t\t县统计局\t)."""
    if len(parts) != len(titles) or parts[0].strip():
        return False
    filled = [(title, part.strip()) for title, part in zip(titles, parts, strict=True) if part.strip()]
    return bool(filled) and all(column_role(title) and only_bodies(part) for title, part in filled)


def _joint(title: str) -> str:
    """What stands for a line break inside a cell under `title`: 、 between bodies; nothing inside a task's text."""
    return "、" if column_role(title) else ""
