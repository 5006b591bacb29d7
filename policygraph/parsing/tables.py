"""Task-division tables written as text, rewritten as the tab-separated rows the DOCX and HTML readers give.

A 任务分工表 reaches us as text in four shapes besides tabs: Markdown pipes (what
converters write), cells padded with runs of spaces (fixed-width exports, or one space
in a PDF's text layer), one cell per line (cell_lines.py), and cells run together with
nothing between them (run_together.py). Each is found
by its header row (a 牵头单位/责任单位 column beside others) and rewritten in place,
one character for one where possible, so every span still points into the original.
"""

from __future__ import annotations

import re
from functools import cache

from ..printed import printed_width
from . import patterns as P
from .broken_rows import broken_rows
from .cell_lines import one_per_line
from .cell_rows import cell_kind
from .columns import ROW_NUMBER, apply_edits, column_role, duty_body_columns, is_task_header
from .grammar import grammar
from .one_line_rows import one_line_rows
from .row_lines import fold, listing_column, placed, short_row
from .run_together import run_together
from .text_headers import HEADER_WORD, ONE_SPACE, PADDING, header_cells, letter_spaced

_PIPE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
# 序号| 重点任务| 牵头单位  — a Markdown table without its outer pipes (html2text writes a web page's table so)
_BARE_PIPE_ROW = re.compile(r"^[ \t]*([^|\n]+(?:\|[^|\n]*)+?)[ \t]*$")
_PIPE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")


def text_tables(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """The text with task tables in pipes, padding or one cell per line rewritten as tab-separated rows (and tab
    rows that a cell's line break split joined)."""
    if "职责" in text:
        text, offs = duty_body_columns(text, offs)
    if "序号 " in text:
        text, offs = one_line_rows(text, offs)
    lines = line_spans(text)
    edits: dict[int, str] = {}  # position -> replacement of the one character there ("" drops it)
    drops: list[tuple[int, int]] = []  # ranges removed whole
    if "\t" in text:
        broken_rows(text, lines, edits)
    _pipes(text, lines, edits, drops)
    _padded(text, lines, edits, drops)
    one_per_line(text, lines, edits)
    if "序号" in text:
        run_together(text, edits)
    if not edits and not drops:
        return text, offs
    for a, b in drops:
        for i in range(a, b):
            edits[i] = ""
    return apply_edits(text, offs, edits)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a text, without the newline (normalize.Normalized.lines reads the same)."""
    out, start = [], 0
    for m in re.finditer("\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _pipes(text: str, lines, edits: dict[int, str], drops: list[tuple[int, int]]) -> None:
    """| 序号 | 重点任务 | 牵头单位 |: the outer pipes go, inner ones become tabs, the |---| rule line goes (the outer
    pipes may be missing: 序号| 重点任务| 牵头单位). Where the header closes with a pipe, a row line that does not
    goes on in the next line (a cell a printed page or a converter broke: …完成基础工 ⏎ 程。 | 教育局 |)."""
    header, closed = False, False
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        if _PIPE_RULE.match(line) and "|" in line:
            if header:
                drops.append((a, min(b + 1, len(text))))
            continue
        m = _PIPE_ROW.match(line) or _BARE_PIPE_ROW.match(line)
        if not m:
            if header and not line.strip() and "|" in _filled_after(text, lines, k):
                drops.append((a, min(b + 1, len(text))))  # a page copied with a blank line between its rows
                continue
            header = False
            continue
        cells = [c.strip() for c in m.group(1).split("|")]
        if not header and _field_and_value(text, a + m.start(1), a + m.end(1), edits):
            drops.extend([(a, a + m.start(1)), (a + m.end(1), b)])  # the outer pipes go, as a header's do
            continue
        if not header and is_task_header(cells):
            header, closed = True, line.rstrip().endswith("|")
        if not header:
            continue
        following = _next_filled(text, lines, k) if closed and not line.rstrip().endswith("|") else None
        if following is not None:
            after = text[slice(*lines[following])].rstrip()
            if after.endswith("|") and not ROW_NUMBER.match(after.split("|")[0].strip()):
                edits[b] = ""  # the cell goes on in the next line, which ends the row
        first, last = a + m.start(1), a + m.end(1)
        drops.extend([(a, first), (last, b)])
        for i in range(first, last):
            if text[i] == "|":
                edits[i] = "\t"


def _next_filled(text: str, lines, k: int) -> int | None:
    """The index of the first line after line k that holds anything but blanks."""
    return next((j for j in range(k + 1, len(lines)) if text[slice(*lines[j])].strip()), None)


def _filled_after(text: str, lines, k: int) -> str:
    """The first line after line k that holds anything but blanks ("" if none): whether the blank lines before it
    are inside a table (a page copied with a blank line after every line) is what that line is."""
    after = _next_filled(text, lines, k)
    return "" if after is None else text[slice(*lines[after])]


def _field_and_value(text: str, start: int, end: int, edits: dict[int, str]) -> bool:
    """牵头单位: | 市城管局 |: a record's field and its value in two cells (a web page's table of one task: 重点工作 |
    135.… ⏎ 牵头单位 | …). The pipe between them becomes the label's colon, so the field reads as it does in text; a
    row whose second cell is a label too is a header's (牵头单位 | 配合单位), never a field. Such rows run onto one
    line (重点工作: | 135.… |牵头单位: | 市城管局 |…) part where a field with its colon begins and where its value
    ends."""
    bounds = [start - 1, *(i for i in range(start, end) if text[i] == "|"), end]
    cells = [text[bounds[k] + 1 : bounds[k + 1]].strip() for k in range(len(bounds) - 1)]
    bare = [P.MARKDOWN_BOLD.sub("", c).strip() for c in cells]  # a converter's bold marks (**牵头单位**:) are no words
    named = _field_name()

    def name(k: int) -> bool:
        return bool(named.fullmatch(bare[k].rstrip(":：").strip()))

    filled = [k for k, c in enumerate(cells) if c]
    if len(filled) == 2:
        pairs = [0] if filled[0] == 0 and name(0) and not name(filled[1]) else []
    else:  # several: only fields written with their colon, each before a value
        pairs = [
            k
            for k in range(len(cells) - 1)
            if bare[k][-1:] in (":", "：") and name(k) and cells[k + 1] and not name(k + 1)
        ]
    for k in pairs:
        pipe = bounds[k + 1]
        for i in range(pipe - 1, bounds[k], -1):  # the blanks before the pipe, and the colon if the field has one
            if text[i] not in " \t:：":
                break
            edits[i] = ""
        edits[pipe] = "："
        for i in range(pipe + 1, bounds[k + 2]):
            if text[i] not in " \t":
                break
            edits[i] = ""
        for side in (bounds[k], bounds[k + 2]):  # a field of a row run on: its own line
            if len(filled) > 2 and start <= side < end and text[side] == "|":
                edits[side] = "\n"
    return bool(pairs)


@cache
def _field_name() -> re.Pattern[str]:
    g = grammar()
    return re.compile(rf"(?:{g.label.pattern}|{g.field_word.pattern})")


def _padded(text: str, lines, edits: dict[int, str], drops: list[tuple[int, int]]) -> None:
    """序号  重点任务  牵头单位: runs of two or more spaces (or, without rules, one) between cells become one tab.

    A row of a one-space table has exactly as many cells as its header (a row a printed page wrapped goes on in
    the lines after it, a page number between them passed over); any other line ends the table.
    """
    width, gap, k, titles, joined, numbered = 0, PADDING, 0, [], {}, True
    widest: list[str] = []  # each column's widest first line so far: how wide the column is printed
    while k < len(lines):
        a, b = lines[k]
        line = text[a:b]
        pieces, slots = [(a, b)], None
        if width == 0:
            header = header_cells(line)
            k += 1
            if header is None:
                continue
            gap, titles = header
            width = len(titles)
            widest = [""] * width
            numbered = P.TASK_NUMBER_COLUMN.match(titles[0]) is not None
        elif P.PAGE_MARKER.fullmatch(line.strip()) or (
            not line.strip() and numbered and ROW_NUMBER.match((_filled_after(text, lines, k).split() or [""])[0])
        ):
            # a page's number between two rows, or a blank line before the next numbered row (a page copied from a
            # browser puts one after every line): the table goes on
            edits.update(dict.fromkeys(range(a, min(b + 1, len(text))), ""))
            k += 1
            continue
        elif gap is ONE_SPACE and _cell_rest(text, lines, k):
            # 3 安排财政赤字…提高到3% 财政 / 部: the last cell of the row above, wrapped by a printed page
            edits[lines[k - 1][1]] = ""
            k += 1
            continue
        else:
            cells = [c for c in gap.split(line.strip()) if c]
            words = len(line.strip().split(" "))  # two spaces: an empty cell
            short = words == width - 1 and _merged_category(titles, numbered) is not None
            joined = _overfull(line, titles, numbered) if gap is ONE_SPACE and (words > width or short) else {}
            fits = (2 <= len(cells) <= width or joined) and _row_start(cells, numbered, joined)
            whole = "\t\t" in joined.values()  # a row whose category cell is left out has all its other cells
            nxt = k + 1
            if fits and gap is ONE_SPACE and len(cells) < width and numbered and not whole:
                after = text[slice(*lines[k + 1])].split() if k + 1 < len(lines) else []
                if slots := short_row(cells, titles, after):  # empty cells leave no word; a cell's rest comes after
                    joined, whole = _short_gaps(line, slots), True
                else:  # the row's words run on over lines up to its last cell
                    pieces, nxt = _wrapped_row(text, lines, k, width, edits)
            k = nxt
            if not fits or (gap is ONE_SPACE and len(cells) < width and len(pieces) == 1 and not whole):
                width = 0
                continue
        for pa, pb in pieces:
            piece = text[pa:pb]
            body_start = pa + len(piece) - len(piece.lstrip())
            inner = letter_spaced(piece) if gap is ONE_SPACE else [False] * len(piece)
            for m in gap.finditer(text, body_start, pa + len(piece.rstrip())):
                edits[m.start()] = "" if inner[m.start() - pa] else joined.get(m.start() - pa, "\t")
                drops.append((m.start() + 1, m.end()))
        if gap is ONE_SPACE and width:
            k = _later_lines(text, lines, k, pieces, titles, edits, widest, slots)


def _short_gaps(line: str, slots: list[int]) -> dict[int, str]:
    """The tabs between the cells of a row with fewer cells than its header: as many as the columns they skip."""
    gaps = [m.start() for m in re.finditer(r" ", line.strip())]
    lead = len(line) - len(line.lstrip())
    return {lead + at: "\t" * (b - a) for at, a, b in zip(gaps, slots, slots[1:], strict=False)}


def _later_lines(
    text: str,
    lines,
    k: int,
    pieces,
    titles: list[str],
    edits: dict[int, str],
    widest: list[str],
    slots: list[int] | None = None,
) -> int:
    """The lines after a one-space row that hold the rest of its wrapped cells (row_lines.py), rewritten as further
    lines of cells joined to the row; the index of the first line after them. A row that left cells out (`slots`:
    its cells' columns) and whose one body cell turns out to list several bodies has it under the responsible column
    (row_lines.listing_column). `widest` holds each column's widest first line in the table so far: a row's own
    first line may stop short of its column's edge (a line broken before a word that does not fit, 全面提 /
    升“12345”政务热线), so the column is as wide as the widest first line printed in it."""
    first = [c.strip() for c in "".join(edits.get(i, text[i]) for i in range(pieces[0][0], pieces[-1][1])).split("\t")]
    filled = len(first)  # cells of the line last written: a row's empty cells at its end leave no tab
    if filled > len(titles):  # a tab of its own in the row's words: more cells than columns, no wrapped row to join
        return k
    first += [""] * (len(titles) - len(first))
    widest[:] = [max(w, c, key=printed_width) for w, c in zip(widest, first, strict=True)]
    cells, found = list(first), []
    ended: set[int] = set()  # a cell's lines follow one another: a begun cell that skips a line has ended
    while k < len(lines):
        a, b = lines[k]
        words = [(a + m.start(), a + m.end()) for m in re.finditer(r"\S+", text[a:b])]
        at = placed(cells, widest, [text[x:y] for x, y in words], titles, ended) if words else None
        if at is None:
            break
        for (x, y), column in zip(words, at, strict=True):
            cells[column] = fold(cells[column], text[x:y], titles[column])
        ended |= {c for c, cell in enumerate(cells) if cell and c not in at}
        found.append((k, words, at))
        k += 1
    moved = listing_column(first, cells, found, titles) if slots else None
    if moved:
        src, dst = moved
        slots = [dst if c == src else c for c in slots]
        start = pieces[0][0]
        for at, tabs in _short_gaps(text[start : pieces[0][1]], slots).items():
            edits[start + at] = tabs
        filled = slots[-1] + 1
    for j, words, at in found:
        at = [dst if moved and c == src else c for c in at]
        # one more line of cells under the row's columns (task_rows folds them), after the line before is made whole
        edits[lines[j - 1][1]] = "\t" * (len(titles) - filled + 1)
        filled = at[-1] + 1
        edits[words[0][0]] = "\t" * at[0] + text[words[0][0]]
        for (_x, y), column, nxt in zip(words, at, at[1:], strict=False):
            edits[y] = "\t" * (nxt - column)
    return k


def _row_start(cells: list[str], numbered: bool, joined: dict[int, str]) -> bool:
    """Whether a line's cells begin a row: with its number (序号 first), or, in a table with no number column, with
    its task, bodies after it (a one-space line of words that must be joined to make cells says so itself)."""
    if numbered:
        return ROW_NUMBER.match(cells[0]) is not None
    if joined:
        return True
    task = cell_kind(cells[0]) == "text" and not P.PAGE_MARKER.fullmatch(cells[0])
    return task and any(cell_kind(c) == "bodies" for c in cells[1:])


def _overfull(line: str, titles: list[str], numbered: bool = True) -> dict[int, str]:
    """A one-space row with more words than its header has cells, where a narrow column wrapped its text
    (1 加强水资源保 护 严守… 市水利局 …), or one word short of them: what each space between words becomes — "" inside a
    cell, two tabs where a category column merged over its rows is left out (类别 is printed in the first row of its
    group only) — or {} if the words do not make the row."""
    groups = _cell_words(line, titles, numbered)
    gone = None
    if groups is None and (gone := _merged_category(titles, numbered)) is not None:
        groups = _cell_words(line, titles[:gone] + titles[gone + 1 :], numbered)
    if groups is None:
        return {}
    out = {g[k][1]: "" for g in groups for k in range(len(g) - 1)}
    if gone is not None:
        out[groups[gone - 1][-1][1]] = "\t\t"
    return out


def _merged_category(titles: list[str], numbered: bool) -> int | None:
    """The category column (类别, 领域) right after the row number, which a row below its group's first leaves out."""
    at = int(numbered)
    return at if at and len(titles) > at + 1 and P.CATEGORY_COLUMN.search(titles[at]) else None


def _cell_words(line: str, titles: list[str], numbered: bool) -> list[list[tuple[int, int]]] | None:
    """The words of a one-space row grouped into its cells, or None if they do not make the row. Two words of text
    next to each other join (a number among them too: PDF text spaces digits from the words around them, 安排 500 亿元),
    the shortest pair first (a wrapped cell's rest is short); two spaces are an empty cell and join nothing; the row
    must then put a number first (its task, where the table has no number column) and bodies under every body column
    that is not empty."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    empties = sum(c - b - 1 for (_a, b), (c, _d) in zip(words, words[1:], strict=False))
    groups = [[w] for w in words]
    kinds = [cell_kind(_joined(line, g)) for g in groups]  # kept beside the groups: only a joined pair's changes
    for _ in range(len(words) + empties - len(titles)):
        joins = [
            (groups[i + 1][-1][1] - groups[i][0][0], i)
            for i in range(int(numbered), len(groups) - 1)  # never the row's number
            if groups[i + 1][0][0] - groups[i][-1][1] == 1 and "bodies" not in (kinds[i], kinds[i + 1])
        ]
        if not joins:
            return None
        _size, i = min(joins)
        groups[i : i + 2] = [groups[i] + groups[i + 1]]
        kinds[i : i + 2] = [cell_kind(_joined(line, groups[i]))]
    cells: list[str] = []
    for g, nxt in zip(groups, [*groups[1:], None], strict=True):
        cells.append(_joined(line, g))
        if nxt:
            cells.extend([""] * (nxt[0][0] - g[-1][1] - 1))
    first = ROW_NUMBER.match(cells[0]) if numbered else cell_kind(cells[0]) == "text"
    if len(cells) != len(titles) or not first:
        return None
    if any(column_role(t) and c and cell_kind(c) != "bodies" for t, c in zip(titles, cells, strict=True)):
        return None
    return groups


def _joined(line: str, group: list[tuple[int, int]]) -> str:
    return "".join(line[a:b] for a, b in group)


def _cell_rest(text: str, lines, k: int) -> bool:
    """Line k is the rest of the last cell of the row above it: a few characters with no space, and a row (or a page
    number) right after it — a signature or heading after a table's last row is not."""
    rest = text[slice(*lines[k])].strip()
    if not rest or " " in rest or len(rest) > HEADER_WORD or ROW_NUMBER.match(rest) or k + 1 >= len(lines):
        return False
    after = text[slice(*lines[k + 1])].strip()
    return bool(ROW_NUMBER.match(after.split(" ")[0]) or P.PAGE_MARKER.fullmatch(after))


def _wrapped_row(text: str, lines, k: int, width: int, edits: dict[int, str]) -> tuple[list[tuple[int, int]], int]:
    """The lines of a one-space row whose cells a printed page wrapped (5 中央财政安排…，2016 / 年安排500亿元 财政部):
    line k and those after it up to the row's last cell, joined, and the line after them; [line k] if they do not
    make a row."""
    taken, joins, j = [lines[k]], {}, k + 1
    words = text[slice(*lines[k])].strip()
    while j < len(lines) and j - k <= 4:
        a, b = lines[j]
        more = text[a:b].strip()
        if not more or P.PAGE_MARKER.fullmatch(more):  # an empty line or a page number between: dropped
            joins.update(dict.fromkeys(range(a, b), ""))
            joins[lines[j - 1][1]] = ""
            j += 1
            continue
        if ROW_NUMBER.match(more.split(" ")[0]):
            break
        for glue in ("", " "):  # a line wrapped inside a cell, or between two
            if len((words + glue + more).split(" ")) <= width:
                break
        words += glue + more
        joins[lines[j - 1][1]] = "\t" if glue else ""
        taken.append((a, b))
        j += 1
        if len(words.split(" ")) == width:
            edits.update(joins)
            return taken, j
    return [lines[k]], k + 1
