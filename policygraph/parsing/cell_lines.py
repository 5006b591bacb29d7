"""Task-division tables written one cell a line, as copying a web page or extracting a PDF gives them.

序号 / 重点任务 / 牵头单位 … each on a line, then 1 / task / body / … : the header is a run of short
lines from 序号, the rows are cut at their numbers, and each row's lines are joined with tabs in place
(tables.text_tables applies the edits), so every span still points into the original.
"""

from __future__ import annotations

import re

from . import patterns as P
from .columns import HEADER_CELL, ROW_NUMBER, column_role, is_task_header, names_bodies, spread_sub_header
from .responsibility import only_bodies

# What follows a table: 抄送/印发 lines, the next 附件, a heading, a signature's date.
_AFTER_TABLE = re.compile(
    rf"{P.END_MATTER.pattern}|{P.ANNEX.pattern}|^(?:[{P.CN_DIGITS}]+、|第[{P.CN_DIGITS}]+[章节条部])|.*\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
)
# How far row numbers may jump after a group row (rows left out of a published copy).
_GAP = 50
_CELL_PIPE = re.compile(r"[ \t]+\|[ \t]*$")
_GROUP_ROW = re.compile(rf"^(?:[{P.CN_DIGITS}]+、|\([{P.CN_DIGITS}]+\)|（[{P.CN_DIGITS}]+）|第[{P.CN_DIGITS}]+)")


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
        rows, end = _row_spans(cells, i + width, width)
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
        slots, merges = _slots(titles), _merge_costs(titles)
        above = ["text" if s == "group" else s for s in slots]  # a group's cell is left out only below a full row
        for (a, b), count in zip(rows, counts, strict=True):
            at, kinds = None, [cell_kind(c) for c in cells[a:b]]
            if not any(k in empty for k in range(a, b - 1)) and _misplaced(kinds, above, count - width):
                # nothing says where the cells that are missing were: put each cell where its kind fits
                at = _align(kinds, above, merges)
            if count >= width:  # a full row: its group cells are the ones the rows below may leave out
                placed = set(at) if at is not None else set(range(count))
                above = ["group" if slots[k] == "group" and k in placed else s for k, s in enumerate(above)]
            spare = count - width  # lines of a task that wrapped: joined into the task column
            for n, k in enumerate(range(a, b - 1)):
                if at is not None:  # the same column twice: one cell, a body a paragraph (县海洋与渔业局 / 县农业局)
                    joins[view[k][1]] = "、" if at[n + 1] == at[n] else "\t" * (at[n + 1] - at[n])
                else:
                    joins[view[k][1]] = "" if 1 <= n <= spare else "\t" * (1 + (0 if spare > 0 else empty.get(k, 0)))
        i = end
    edits.update(joins)
    for k in range(len(kept) - 1):
        if view[k][1] in joins and tails[k]:
            edits.update(dict.fromkeys(range(*tails[k].span()), ""))
        if view[k][1] in joins:  # a joined cell: the empty lines (and page numbers) up to the next cell go too
            for blank in range(kept[k] + 1, starts[k + 1]):
                edits.update(dict.fromkeys(range(lines[blank][0], lines[blank][1] + 1), ""))


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
    return ["group" if tasks[k] and k + 1 < len(tasks) and tasks[k + 1] else kinds[k] for k in range(len(kinds))]


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
_GROUPING = 0.01  # where text could go under either, a grouping task column is the one left empty


def _merge_costs(titles: list[str]) -> list[float]:
    """What it costs to put a second body into a column's cell: least under a responsible column (配合单位 lists
    several bodies far more often than 牵头单位 does), a little more under a column with no role (评分部门), more
    under a lead."""
    extra = {"responsible": 0, "": 1, "lead": 2}
    return [_MERGE + _GROUPING * extra[column_role(t)] for t in titles]


def _align(kinds: list[str], slots: list[str], merges: list[float]) -> list[int]:
    """The column of each cell of a row (given by its kind), its order kept: the fewest cells under a column of
    another kind; bodies after bodies may share a column (a cell that holds a body a paragraph: `merges` says where
    that is likeliest); where nothing tells, the cells keep to the left."""
    m, n = len(kinds), len(slots)
    inf = float(m + 1)
    group = [_GROUPING * (s == "group") for s in slots]
    # best[i][j]: the first i cells in the first j columns; exact[i][j]: the same with cell i - 1 in column j - 1
    best = [[0.0] * (n + 1)] + [[inf] * (n + 1) for _ in range(m)]
    exact = [[inf] * (n + 1) for _ in range(m + 1)]
    shares = [[False] * (n + 1) for _ in range(m + 1)]  # cell i - 1 shares column j - 1 with cell i - 2
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            exact[i][j] = best[i - 1][j - 1] + _cost(kinds[i - 1], slots[j - 1]) + group[j - 1]
            if (
                i > 1
                and kinds[i - 1] == kinds[i - 2] == slots[j - 1] == "bodies"
                and exact[i - 1][j] + merges[j - 1] < exact[i][j]
            ):
                exact[i][j], shares[i][j] = exact[i - 1][j] + merges[j - 1], True
            best[i][j] = min(best[i][j - 1], exact[i][j])
    at, i, j = [], m, n
    while i:
        if best[i][j - 1] == best[i][j]:  # the column stays empty: cells keep to the left
            j -= 1
            continue
        at.append(j - 1)
        i, j = (i - 1, j) if shares[i][j] else (i - 1, j - 1)
    return at[::-1]


def cell_kind(cell: str) -> str:
    """number | bodies | text: what a cell holds, to place it under a column of its kind."""
    if ROW_NUMBER.match(cell):
        return "number"
    return "bodies" if only_bodies(cell) else "text"  # 区财政局*、区发改局 / A（牵头） too


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
    """How many lines from i make a header: 序号 first, short cells, one of them a lead or responsible column."""
    if not P.TASK_NUMBER_COLUMN.match(cells[i]):
        return 0
    j = i + 1
    while (
        j < len(cells)
        and 0 < len(cells[j]) <= HEADER_CELL
        and not ROW_NUMBER.match(cells[j])
        and not _GROUP_ROW.match(cells[j])
    ):
        j += 1
    run = cells[i:j]
    return len(run) if len(run) >= 3 and is_task_header(run) else 0


def _row_spans(cells: list[str], i: int, width: int) -> tuple[list[tuple[int, int]], int]:
    """The lines (start, end) of each numbered row (1, 2, 3 …) from line i, and where the table ends; group rows
    (一、…) between them stay lines of their own.

    After group rows the numbers may jump (rows left out of a published copy: 本文有删减), never go back.
    """
    expected, rows = None, []  # the first row may go on from a table before it (80, 81 … of a longer list)
    while i < len(cells):
        after_group = _group_rows(cells, i)
        n = _number(cells[i + after_group]) if i + after_group < len(cells) else None
        if n is None or not (expected is None or n == expected or after_group and expected < n <= expected + _GAP):
            break
        i += after_group
        j, reach = i + 1, min(len(cells), i + width + 8)
        while j < reach and not _row_ends(cells, j, n):
            j += 1
        if not (j < len(cells) and _row_ends(cells, j, n)):  # the last row: up to what follows the table
            j = _last_row_end(cells, i, width)
        rows.append((i, j))
        i, expected = j, n + 1
    return rows, i


def _group_rows(cells: list[str], i: int) -> int:
    """How many group rows (一、知识产权保护方面) start at line i."""
    k = i
    while k < len(cells) and _GROUP_ROW.match(cells[k]):
        k += 1
    return k - i


def _last_row_end(cells: list[str], i: int, width: int) -> int:
    """Where the last row ends: at the end matter, an annex or a heading after it if that is near (a task may
    have wrapped onto a few lines), else after one line per column."""
    j = i + 1
    while j < len(cells) and j - i <= width + 3 and not _AFTER_TABLE.match(cells[j]):
        j += 1
    if j - i > width + 3:
        return min(len(cells), i + width)
    while j > i + 1 and not cells[j - 1]:  # blank lines before what follows
        j -= 1
    return j


def _number(cell: str) -> int | None:
    m = ROW_NUMBER.match(cell)
    return int(m.group(1)) if m else None


def _row_ends(cells: list[str], j: int, n: int) -> bool:
    """Line j starts row n + 1, or the group rows before the next row (whose number may jump)."""
    if j >= len(cells):
        return True
    if _number(cells[j]) == n + 1:
        return True
    groups = _group_rows(cells, j)
    after = _number(cells[j + groups]) if groups and j + groups < len(cells) else None
    return after is not None and n < after <= n + 1 + _GAP
