"""Rows of a task-division table (任务分工表) as clauses: each row a task, its columns naming bodies.

A table opens at a header row with a lead or responsible column (牵头单位, 责任单位), even outside any 表N; a
group row (一、设施建设) may split it, and numbered rows after it go on under the group. A column merged over
the rows it groups (重点任务 over its 具体举措) is copied into every row by the readers; the first task column
whose text does not repeat from row to row names each row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import patterns as P
from .columns import column_role, is_task_header, spread_sub_header
from .marks import match_heading
from .normalize import Normalized, squeeze
from .row_lines import fold

if TYPE_CHECKING:
    from .structure import _Builder


def cells_of(line: str) -> tuple[str, ...]:
    return tuple(squeeze(c) for c in line.split("\t"))


def _task_columns(header: tuple[str, ...]) -> list[int]:
    """The columns of a task-division table that hold task text (重点任务, 具体举措 …), left to right."""
    return [i for i, h in enumerate(header) if P.TASK_TEXT_COLUMN.search(h) and not column_role(h)]


def _folded(cells: tuple[str, ...], header: tuple[str, ...]) -> tuple[str, ...]:
    """A row that went on over further lines of the table's width (broken_rows joined them with tabs, or a PDF's
    text layer gave the rest of its wrapped cells: row_lines.py): each column's cells from every line, parted by 、
    or joined where a body's name was cut at a line's end (县住 / 建局)."""
    width = len(header)
    if len(cells) <= width or cells[width]:  # a line that goes on a row leaves its number cell empty
        return cells
    cells = cells + ("",) * (-len(cells) % width)  # the last line's empty cells at its end are not kept
    out = []
    for k in range(width):
        cell = ""
        for part in (c for c in cells[k::width] if c):
            cell = fold(cell, part, header[k])
        out.append(cell)
    return tuple(out)


class TaskRows:
    """The task-table rules of structure._Parser (which holds the builders, the open side and the header)."""

    norm: Normalized
    builders: list
    paths: set[str]
    side: _Builder | None
    task_header: tuple[str, ...]

    def _task_table(self, line: str, a: int, b: int) -> bool:
        """A task-division header row outside any 表N opens a table of its own."""
        cells = cells_of(line)
        if not is_task_header(cells):
            return False
        self.ended = False
        self._start_body(a)
        self.task_header = tuple(spread_sub_header(cells))
        self._open_tasks(a).pieces.append((a, b))
        return True

    def _resume_tasks(self, line: str, a: int, b: int) -> bool:
        """A numbered row after a group row (一、设施建设) that split the table: the table goes on under the group."""
        cells, header = cells_of(line), self.task_header
        unnumbered = bool(header) and not P.TASK_NUMBER_COLUMN.match(header[0])  # no 序号 column to check
        if not header or not 2 <= len(cells) <= len(header) or not (unnumbered or re.fullmatch(r"\d{1,3}", cells[0])):
            return False
        table = self._open_tasks(a)
        self._task(cells, a, b)
        table.rows.append(cells)
        table.pieces.append((a, b))
        return True

    def _open_tasks(self, a: int) -> _Builder:
        """A task table under the current section, its header row (self.task_header) first: the open side."""
        table = self._new("tasks", "", "table", self._section_parent(), a)
        table.head = (a, a)
        table.task_header = self.task_header
        table.rows.append(self.task_header)
        self.side, self.side_item = table, None
        return table

    def _task(self, cells: tuple[str, ...], a: int, b: int) -> None:
        """One row of a task-division table: a clause whose heading is the task and whose columns name bodies."""
        assert self.side is not None
        header = self.side.task_header
        number = next((c for h, c in zip(header, cells, strict=False) if P.TASK_NUMBER_COLUMN.match(h)), "")
        key = number if number.isdigit() else str(len(self.side.rows))
        task = self._new(key, number, "task", self.side, a)
        text = self.norm.text
        columns = _task_columns(header)
        column = columns[0] if columns else (1 if len(cells) > 2 and number else 0)
        starts = [a]
        for i in range(a, b):
            if text[i] == "\t":
                starts.append(i + 1)
        starts.append(b + 1)
        task.cells = tuple((starts[i], starts[i + 1] - 1) for i in range(len(starts) - 1))
        if column < len(task.cells):
            task.head = self._first_sentence(task.cells[column])
        task.pieces.append((a, b))
        task.rows = [header, _folded(cells, header)]
        if len(cells) > len(header) and column < len(header):
            # a task cell that went on over later lines: its title is its first sentence across them
            head = text[task.head[0] : task.head[1]]
            whole = task.rows[1][column].split("。", 1)[0]
            if len(whole) > len(head) and whole.startswith(head):
                task.title = whole

    def _first_sentence(self, cell: tuple[int, int]) -> tuple[int, int]:
        """A task cell's title: the cell up to its first 。 (a cell may hold a task and its measures), after the
        cell's own number if it has one (（一）完善工作机制。, 1.加快园区建设。: the row's number is the clause's)."""
        a, b = cell
        text = self.norm.text
        own = match_heading(text[a:b])
        if own and a + own[2] < b:
            a += own[2]
            while a < b and text[a].isspace():
                a += 1
        stop = text.find("。", a, b)
        return (a, stop) if stop > a else (a, b)

    def _row_headings(self) -> None:
        """重点任务 | 具体举措 with 重点任务 merged over its rows: the row's own task column names it.

        A merged cell is copied into every row it spans, or left empty in every row after its first (a web
        table's rowspan saved as Markdown), so a task column whose text repeats from row to row, or is empty
        below the first row, groups rows; the first task column that does neither is each row's heading.
        """
        rows: dict[str, list[_Builder]] = {}
        for b in self.builders:
            if b.kind == "task" and b.cells and b.parent:
                rows.setdefault(b.parent, []).append(b)
        text = self.norm.text
        for tasks in rows.values():
            columns = _task_columns(tasks[0].rows[0])

            def cell(t: _Builder, i: int) -> str:
                return text[slice(*t.cells[i])] if i < len(t.cells) else ""

            pairs = list(zip(tasks, tasks[1:], strict=False))
            own = [
                i
                for i in columns
                if not any(cell(x, i) and cell(x, i) == cell(y, i) for x, y in pairs)
                and not any(not cell(t, i).strip() for t in tasks[1:])
            ]
            if own and own[0] != columns[0]:
                for t in tasks:
                    if own[0] < len(t.cells):
                        t.head = self._first_sentence(t.cells[own[0]])
                self._group_rows(tasks, columns[columns.index(own[0]) - 1], cell)

    def _group_rows(self, tasks: list[_Builder], column: int, cell) -> None:
        """The rows a merged task cell spans become the points of a clause of their own, titled by that cell (重点任务
        加快项目建设 over its 具体举措 rows): a plan's clause above them is aligned with it, not with each measure."""
        groups: list[tuple[_Builder, list[_Builder]]] = []
        for t in tasks:
            value = cell(t, column).strip()
            if groups and (not value or value == cell(groups[-1][0], column).strip()):
                groups[-1][1].append(t)
            else:
                groups.append((t, [t]))
        table = next(b for b in self.builders if b.path == tasks[0].parent)
        for first, rows in groups:
            group = self._new(f"g{first.path.rsplit('.', 1)[-1]}", "", "section", table, first.start)
            group.head = self._first_sentence(first.cells[column])
            self.builders.remove(group)
            self.builders.insert(self.builders.index(first), group)
            for t in rows:
                self.paths.discard(t.path)
                t.parent = group.path
                t.path = self._free_path(f"{group.path}.{t.path.rsplit('.', 1)[-1]}")
