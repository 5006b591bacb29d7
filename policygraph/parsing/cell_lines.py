"""Task-division tables written one cell a line, as copying a web page or extracting a PDF gives them.

序号 / 重点任务 / 牵头单位 … each on a line, then 1 / task / body / … : the header is a run of short
lines from 序号 (or from a task column's title, where the table has no number column), the rows are cut at
their numbers or by their cells' kinds (cell_rows.py), each row's cells are placed under the columns their kinds
fit where some are missing, and its lines are joined with tabs in place (tables.text_tables applies the edits),
so every span still points into the original.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import patterns as P
from .cell_rows import GROUP_ROW, cell_kind, numbered_rows, unnumbered_rows
from .columns import HEADER_CELL, ROW_NUMBER, column_role, is_task_header, names_bodies, spread_sub_header
from .grammar import grammar
from .text_headers import SENTENCE_MARK
from .times import is_deadline_cell

# A header of two titles a line each (重点任务 / 责任单位) is a table's where at least this many rows of a task and its
# bodies follow it: two titles in a row are no label over its value (北京 2018's one-task excerpt of a 政务公开 list).
_TWO_COLUMN_ROWS = 1
_CELL_PIPE = re.compile(r"[ \t]+\|[ \t]*$")


def one_per_line(text: str, lines, edits: dict[int, str]) -> None:
    """序号 / 重点任务 / 牵头单位 … each on a line, then 1 / task / body / … : rows cut at their numbers.

    Web pages often put an empty line between the cells (one paragraph a cell): the cells are read
    without them, and the empty lines inside a row go when its cells are joined. In such a page an
    empty cell is one more empty line (区发改局 with no 配合单位), and a column title may wrap onto a
    second paragraph of the header (区本级 / 任务数): the rows then say how many columns there are.
    """
    # a page's number printed between two cells (- 1 -) is no cell: passed over, and dropped where rows are joined
    footers = {k for k, (a, b) in enumerate(lines) if P.PAGE_MARKER.fullmatch(text[a:b].strip())}
    # a line of pipes alone (| or ||) is where a converter ended a row or an empty cell: it says nothing of the columns
    kept = [k for k, (a, b) in enumerate(lines) if text[a:b].strip(" \t|") and k not in footers]
    view = [lines[k] for k in kept]
    tails = [_CELL_PIPE.search(text, a, b) for a, b in view]  # 序号 | / 县教育局 |: a converter's cell ends
    starts = list(kept)
    for k, j in reversed(_wrapped_cells(text, view, tails)):  # a cell a printed page wrapped over lines k..j
        edits.update({view[n][1]: "" for n in range(k, j)})
        view[k : j + 1] = [(view[k][0], view[j][1])]
        tails[k : j + 1] = [tails[j]]
        starts[k : j + 1] = [starts[k]]  # the cell's first line (lines before it up to the cell before are dropped)
        kept[k : j + 1] = [kept[j]]  # and its last (lines after it up to the next cell are dropped)
    cells = [text[a : t.start() if t else b].strip() for (a, b), t in zip(view, tails, strict=True)]
    blanks = [sum(k not in footers for k in range(kept[n] + 1, starts[n + 1])) for n in range(len(kept) - 1)] + [0]
    joins: dict[int, str] = {}
    i = 0
    while i < len(view):
        width = _header_run(cells, i)
        if not width:
            i += 1
            continue
        numbered = P.TASK_NUMBER_COLUMN.match(cells[i]) is not None
        if numbered:
            rows, end = numbered_rows(cells, i + width, width)
        else:
            rows, end = unnumbered_rows(cells, i + width, cells[i : i + width], _slots(cells[i : i + width]))
            if len(rows) < (1 if width > 2 else _TWO_COLUMN_ROWS):
                i += 1
                continue
        usual = min(blanks[k] for k in range(i, i + width - 1))  # how the header parts its cells
        # an empty cell is one more empty line than the header leaves between its cells
        extra = {k: -(-(blanks[k] - usual) // (usual + 1)) for a, b in rows for k in range(a, b - 1)} if usual else {}
        empty = {k: n for k, n in extra.items() if n > 0}
        counts = [b - a + sum(empty.get(k, 0) for k in range(a, b - 1)) for a, b in rows]
        wrapped = _wrapped_titles(cells, i, width, width - max(counts)) if usual and counts else set()
        for k in range(i, i + width - 1):  # the header itself becomes one row
            joins[view[k][1]] = "" if k in wrapped else "\t"
        titles = spread_sub_header(_titles(cells[i : i + width], {k - i for k in wrapped}))
        width = len(titles)
        slots, costs = _slots(titles), _costs(titles)
        above = ["text" if s == "group" else s for s in slots]  # a group's cell is left out only below a full row
        for (a, b), count in zip(rows, counts, strict=True):
            kinds = [cell_kind(c) for c in cells[a:b]]
            gapped = any(k in empty for k in range(a, b - 1))
            at, wrap = _place(cells[a:b], kinds, above, costs, int(numbered), count - width, gapped)
            if count >= width:  # a full row: its group cells are the ones the rows below may leave out
                placed = set(at) if at is not None else set(range(count))
                above = ["group" if slots[k] == "group" and k in placed else s for k, s in enumerate(above)]
            if at is not None and at[0] > 0:  # a row of a table with no number column that leaves out its category
                start = view[a][0]
                edits[start] = "\t" * at[0] + text[start]
            for n, k in enumerate(range(a, b - 1)):
                if at is not None:  # the same column twice: a task's wrapped line, or a body a paragraph
                    same = "、" if kinds[n + 1] == "bodies" else ""  # (县海洋与渔业局 / 县农业局)
                    joins[view[k][1]] = same if at[n + 1] == at[n] else "\t" * (at[n + 1] - at[n])
                else:
                    wraps = numbered <= n < numbered + wrap  # the task's lines: after the number, if any
                    joins[view[k][1]] = "" if wraps else "\t" * (1 + (0 if wrap > 0 else empty.get(k, 0)))
        i = end
    edits.update(joins)
    for k in range(len(kept) - 1):
        if view[k][1] in joins and tails[k]:
            edits.update(dict.fromkeys(range(*tails[k].span()), ""))
        if view[k][1] in joins:  # a joined cell: the empty lines (and page numbers) up to the next cell go too
            for blank in range(kept[k] + 1, starts[k + 1]):
                edits.update(dict.fromkeys(range(lines[blank][0], lines[blank][1] + 1), ""))


def _place(
    cells: list[str], kinds: list[str], slots: list[str], costs: _Costs, first: int, spare: int, gapped: bool
) -> tuple[list[int] | None, int]:
    """The column of each of a row's cells where their kinds must say it (None where they sit in order), and how
    many lines the task wrapped onto (after `first`, the task's line). Text lines before the bodies beyond the
    columns before the body columns are the task's, wrapped; the rest are placed by kind where they do not fit in
    order (a 配合单位 left empty; bodies one a paragraph, more than the body columns). Other lines beyond the
    columns are the task's too, as a printed page wraps it."""
    if gapped or len(cells) <= first:  # empty lines say where cells are missing; a row of its number alone
        return None, max(spare, 0)
    wrap = _task_wrap(cells, kinds, slots, first)
    rest = kinds[: first + 1] + kinds[first + 1 + wrap :]
    if not _misplaced(rest, slots, len(rest) - len(slots)):
        return None, wrap or max(len(rest) - len(slots), 0)
    kept = cells[: first + 1] + cells[first + 1 + wrap :]
    several = [k == "bodies" and _SEVERAL.search(c) is not None for c, k in zip(kept, rest, strict=True)]
    at = _align(rest, slots, costs, several)
    if at is None:
        return None, wrap or max(spare, 0)
    return at[: first + 1] + [at[first]] * wrap + at[first + 1 :], wrap


def _task_wrap(cells: list[str], kinds: list[str], slots: list[str], first: int) -> int:
    """Text lines before a row's first bodies beyond the text columns before the first body column: lines its task
    wrapped onto (a deadline is no such line, and a row with no bodies says nothing)."""
    if "bodies" not in slots:
        return 0
    k = first
    while k < len(kinds) and kinds[k] == "text" and not is_deadline_cell(cells[k]):
        k += 1
    if k == len(kinds) or kinds[k] != "bodies":
        return 0
    return max(0, (k - first) - (slots.index("bodies") - first))


def _wrapped_cells(text: str, view, tails) -> list[tuple[int, int]]:
    """Where the cells end with ` |` (a converter's table), lines without it are a cell a printed page wrapped: the
    runs (first, last) of lines that make one cell (…正在加 / 紧制作。 |). Never over a row's number or 序号, an empty
    line or a page number (each line must follow the one before at once)."""
    if sum(t is not None for t in tails) < 3:
        return []
    runs, k = [], 0
    while k < len(view) - 1:
        j = k
        while j < len(view) - 1 and tails[j] is None and "|" not in text[slice(*view[j])] and _goes_on(text, view, j):
            j += 1
        if j > k and tails[j] is not None and text[slice(*view[j])].count("|") == 1:  # a row of | cells | is _pipes
            runs.append((k, j))
        k = j + 1
    return runs


def _goes_on(text: str, view, j: int) -> bool:
    """Whether line j + 1 may be the rest of line j's cell: right after it, and no row number or 序号."""
    head = _CELL_PIPE.sub("", text[view[j + 1][0] : view[j + 1][1]]).strip()
    right_after = text.count("\n", view[j][1], view[j + 1][0]) == 1
    return right_after and not (ROW_NUMBER.match(head) or P.TASK_NUMBER_COLUMN.match(head))


def _titles(header: list[str], wrapped: set[int]) -> list[str]:
    """The column titles of a header whose lines in `wrapped` go on in the line after them."""
    out: list[str] = []
    for k, cell in enumerate(header):
        if k and k - 1 in wrapped:
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _slots(titles: list[str]) -> list[str]:
    """What each column holds: a number under 序号, bodies under a column that names them (with a role or without:
    评分部门), text elsewhere; "group" for a task column followed by another (考核指标 | 考核内容, 重点任务 | 具体举措),
    which is merged over the rows it groups, so its cell is the one a row below the first leaves out."""
    kinds = ["number" if P.TASK_NUMBER_COLUMN.match(t) else "bodies" if names_bodies(t) else "text" for t in titles]
    tasks = [bool(P.TASK_TEXT_COLUMN.search(t)) and kind == "text" for t, kind in zip(titles, kinds, strict=True)]
    grouping = [
        tasks[k] and k + 1 < len(tasks) and tasks[k + 1] or P.CATEGORY_COLUMN.fullmatch(titles[k]) is not None
        for k in range(len(kinds))
    ]
    return ["group" if grouping[k] else kinds[k] for k in range(len(kinds))]


def _cost(kind: str, slot: str) -> int:
    return kind != ("text" if slot == "group" else slot)


def _misplaced(kinds: list[str], slots: list[str], spare: int) -> bool:
    """Whether a row's cells (their kinds, read left to right) do not sit under columns of their kind: cells missing
    (merged over the rows above), or a cell of bodies one body a paragraph, which puts a body under a text column."""
    if spare < 0:
        return True
    if spare > 0:  # more lines than columns: a task that wrapped, unless there are more bodies than their columns
        return kinds.count("bodies") > slots.count("bodies")
    return any(k == "bodies" and s != "bodies" for k, s in zip(kinds, slots, strict=True))


_MERGE = 0.5  # a body a paragraph is one cell only where placing the body elsewhere would misplace it
_SEVERAL = re.compile(f"[{P.LIST_MARKS}]")  # a cell that lists bodies
_GROUPING = 0.01  # where text could go under either, a grouping task column is the one left empty


@dataclass(frozen=True)
class _Costs:
    """What placing a row's bodies costs column by column, beyond a cell under a column of another kind."""

    merge: tuple[float, ...]  # a second body into the column's cell (a cell of one body a paragraph)
    lead: tuple[bool, ...]  # a lead column: a cell that lists several bodies is likelier a responsible one's


def _costs(titles: list[str]) -> _Costs:
    """Least to merge under a responsible column (配合单位 lists several bodies far more often than 牵头单位 does), a
    little more under a column with no role (评分部门), more under a lead."""
    extra = {"responsible": 0, "": 1, "lead": 2}
    roles = [column_role(t) for t in titles]
    return _Costs(tuple(_MERGE + _GROUPING * extra[r] for r in roles), tuple(r == "lead" for r in roles))


def _align(kinds: list[str], slots: list[str], costs: _Costs, several: list[bool]) -> list[int] | None:
    """The column of each cell of a row (given by its kind), its order kept: the fewest cells under a column of
    another kind; bodies after bodies may share a column (a cell that holds a body a paragraph: `costs` says where
    that is likeliest); a cell that lists `several` bodies goes under a responsible column before a lead; where
    nothing tells, the cells keep to the left. None where the cells cannot all be placed (more cells of text than
    columns, and only bodies share one)."""
    merges = costs.merge
    m, n = len(kinds), len(slots)
    inf = math.inf
    group = [_GROUPING * (s == "group") for s in slots]
    # best[i][j]: the first i cells in the first j columns; exact[i][j]: the same with cell i - 1 in column j - 1
    best = [[0.0] * (n + 1)] + [[inf] * (n + 1) for _ in range(m)]
    exact = [[inf] * (n + 1) for _ in range(m + 1)]
    shares = [[False] * (n + 1) for _ in range(m + 1)]  # cell i - 1 shares column j - 1 with cell i - 2
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            listed = _GROUPING * (several[i - 1] and costs.lead[j - 1])
            exact[i][j] = best[i - 1][j - 1] + _cost(kinds[i - 1], slots[j - 1]) + group[j - 1] + listed
            if (
                i > 1
                and kinds[i - 1] == kinds[i - 2] == slots[j - 1] == "bodies"
                and exact[i - 1][j] + merges[j - 1] < exact[i][j]
            ):
                exact[i][j], shares[i][j] = exact[i - 1][j] + merges[j - 1], True
            best[i][j] = min(best[i][j - 1], exact[i][j])
    if best[m][n] == inf:
        return None
    at, i, j = [], m, n
    while i:
        if best[i][j - 1] == best[i][j]:  # the column stays empty: cells keep to the left
            j -= 1
            continue
        at.append(j - 1)
        i, j = (i - 1, j) if shares[i][j] else (i - 1, j - 1)
    return at[::-1]


def _wrapped_titles(cells: list[str], i: int, width: int, extra: int) -> set[int]:
    """Header lines (from i) that a column title wrapped from, `extra` of them: the shortest pair of neighbouring
    lines neither of which is a title on its own (序号, a role column), the later pair on a tie."""
    alone = [bool(P.TASK_NUMBER_COLUMN.match(c) or column_role(c)) for c in cells[i : i + width]]
    pairs = sorted(
        (len(cells[i + k]) + len(cells[i + k + 1]), -k) for k in range(width - 1) if not (alone[k] or alone[k + 1])
    )
    chosen: set[int] = set()
    for _length, minus_k in pairs:
        k = -minus_k
        if len(chosen) < extra and not {k - 1, k + 1} & chosen:
            chosen.add(k)
    return {i + k for k in chosen}


def _header_run(cells: list[str], i: int) -> int:
    """How many lines from i make a header: short cells, one of them a lead or responsible column, the first 序号 or
    (a table with no number column) a task column's title, or a category column's before one: 重点任务 / 牵头单位 /
    完成时限, 领域 / 主要目标 / 牵头单位. There the header ends at its last cell that is a column's title: a short cell
    after it is the first row's (its category, 妇女与健康, or a short task); where none is, the lines before the first
    row's bodies, as many as the columns before the first body column, are that row's."""
    numbered = P.TASK_NUMBER_COLUMN.match(cells[i]) is not None
    category = P.CATEGORY_COLUMN.fullmatch(cells[i]) and i + 1 < len(cells) and _task_title(cells[i + 1])
    if not (numbered or _task_title(cells[i]) or category):
        return 0
    j = i + 1
    while (
        j < len(cells)
        and 0 < len(cells[j]) <= HEADER_CELL
        and not ROW_NUMBER.match(cells[j])
        and not GROUP_ROW.match(cells[j])
        and (numbered or not (SENTENCE_MARK.search(cells[j]) or cell_kind(cells[j]) == "bodies"))
    ):
        j += 1
    run = cells[i:j]
    if not numbered:
        roles = [k for k, c in enumerate(run) if column_role(c)]
        if not roles:
            return 0
        titles = [k for k, c in enumerate(run) if _column_title(c)]
        if titles[-1] + 1 < len(run):
            run = run[: titles[-1] + 1]
        elif j < len(cells) and cell_kind(cells[j]) == "bodies":
            run, first = run[: len(run) - roles[0]], run[len(run) - roles[0] :]
            if any(column_role(c) or grammar().field_word.fullmatch(c) for c in first):
                return 0  # a title taken for the first row's task: the header starts later (主要任务 / 重点任务 / …)
    return len(run) if len(run) >= (3 if numbered else 2) and is_task_header(run) else 0


def _task_title(cell: str) -> bool:
    """A task column's title (重点任务, 主要目标), not a table's (重点任务分工表)."""
    return len(cell) <= HEADER_CELL and bool(P.TASK_TEXT_COLUMN.search(cell)) and not P.PART_TITLE.search(cell)


def _column_title(cell: str) -> bool:
    """A cell that titles a column of a task table: a task, a category, bodies, a field (完成时限, 备注, 责任领导)."""
    return bool(
        names_bodies(cell)
        or _task_title(cell)
        or P.CATEGORY_COLUMN.fullmatch(cell)
        or P.TASK_NUMBER_COLUMN.match(cell)
        or grammar().field_word.fullmatch(cell)
    )
