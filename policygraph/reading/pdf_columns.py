"""Task tables printed without rules: their columns found from where the words stand on the page.

Without ruling lines pdfplumber finds no table, and the text layer gives each printed line with one space
between cells. Where no cell wraps, the parser reads that (tables.py, one-space tables); where a task or a
list of bodies wraps onto more lines, the rest of a cell comes out as a line of its own, and the row's
bodies are cut in pieces. So a page's words are read by position: a line of three or more short words set
well apart, over lines whose first column holds row numbers only, is a header; the blank strips between the
header's words, down the whole table, are the column gutters; each printed line is cut at them; and the
row numbers anchor the rows that the other columns' lines are gathered into (`_rows`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# A line printed in a page's margin: a page number ("- 3 -", "— 3 —", "/ 3 /", "3", "第3页 共9页").
MARGIN = re.compile(r"[\s\-－—–/／第页共,，]*\d{1,4}[\s\-－—–/／第页共,，\d]*")
# A 序号 cell: the number a task table gives each row (1, 12, 一, （三）, 1.).
ROW_NUMBER = re.compile(r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)．.、]?")
HEADER_WORD = 10  # characters: 序号, 重点任务, 牵头单位（部门） …; a longer word is text, not a column title
SENTENCE = re.compile(r"[。，；：:;,]")
GAP = 1.5  # header words at least this many character widths apart: cells, not words of one sentence
LINE = 3.0  # points: words whose tops differ by less are on one printed line
ROW_GAP = 1.35  # a step between lines this many times the smallest is the space between two rows
WRAP = 1.6  # line heights: the most a title's wrapped line stands below the line before it


@dataclass(frozen=True)
class Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


@dataclass(frozen=True)
class TextTable:
    top: float
    bottom: float
    rows: list[list[str]]


def printed_lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into the lines they are printed on, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(word.top - lines[-1][0].top) < LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


class Columns:
    """A header's columns and the strips between them that no word of the table has covered yet.

    Each line taken into the table narrows the strips; a line that would close one is not part of the
    table. The gutters are the middles of the widest strips, so they settle as more lines are read (a
    牵头单位 column empty on the first pages gets its width from the first body named in it).
    """

    def __init__(self, head: list[Word]):
        self.head = head
        self.pairs = list(pairwise(head))
        self.at_top: bool | None = None  # cells set at the top of their rows (True) or centred (False), once seen
        self.covered: list[list[tuple[float, float]]] = [[] for _ in head[1:]]
        self.covered = self._with(head)

    def _with(self, words: list[Word]) -> list[list[tuple[float, float]]]:
        covered = [list(spans) for spans in self.covered]
        for k, (a, b) in enumerate(self.pairs):
            for w in words:
                if w.x1 > a.x0 and w.x0 < b.x1:
                    covered[k] = _merged([*covered[k], (max(w.x0, a.x0), min(w.x1, b.x1))])
        return covered

    def _open(self, covered: list[list[tuple[float, float]]]) -> bool:
        return all(_widest_gap(c, a.x0, b.x1) is not None for c, (a, b) in zip(covered, self.pairs, strict=True))

    def fits(self, words: list[Word]) -> bool:
        return self._open(self._with(words))

    def take_if_fits(self, words: list[Word]) -> bool:
        """Take the line into the table when it leaves every gutter open; say whether it did."""
        covered = self._with(words)
        if not self._open(covered):
            return False
        self.covered = covered
        return True

    @property
    def gutters(self) -> list[float]:
        return [_widest_gap(c, a.x0, b.x1) or a.x1 for c, (a, b) in zip(self.covered, self.pairs, strict=True)]


def unruled_tables(words: list[Word], carried: Columns | None = None) -> tuple[list[TextTable], Columns | None]:
    """The task tables on a page drawn without rules, each with its rows (cells of wrapped lines joined).

    `carried` are the columns of a table that ran to the foot of the page before: when this page opens with
    lines that fit them, the table goes on (its first row may be the rest of the last one, without a
    number). Returns the tables and the columns of one that runs to this page's foot.
    """
    lines = printed_lines(words)
    while lines and _margin(lines[0]):  # a page number over the text (a row number alone is no page number)
        lines = lines[1:]
    while lines and _margin(lines[-1]):
        lines = lines[:-1]
    tables: list[TextTable] = []
    i, reaching = 0, None
    while i < len(lines):
        going_on = i == 0 and carried is not None and carried.fits(lines[0])
        header, start = ([], i) if going_on else _header(lines, i)
        columns = carried if going_on else Columns(header) if _looks_like_header(header) else None
        end = _extent(columns, lines, start) if columns is not None else start
        body = lines[start:end]
        if columns is None or not (going_on or _numbered(body, columns.gutters)):
            i += 1
            continue
        gutters = columns.gutters
        head = [] if going_on else [_cells(header, gutters)]
        rows = head + _rows(body, columns, going_on)
        tables.append(TextTable(lines[i][0].top, max(w.bottom for w in lines[end - 1]), rows))
        reaching = columns if end == len(lines) else None
        i = end
    return tables, reaching


def _header(lines: list[list[Word]], i: int) -> tuple[list[Word], int]:
    """Line i as a header row, with the lines its titles wrap onto (牵头单位 / （部门）), and where the rows begin.

    A following line belongs to the header when it comes as close as the lines inside a cell (the first row is
    set further down by its cell's padding), every word of it stands under a title, and none under the first
    one (the 序号 column, whose cells hold the row numbers)."""
    head = list(lines[i])
    size = max(w.bottom - w.top for w in head)
    k = i + 1
    while k < len(lines) and len(head) >= 3 and lines[k][0].top - lines[k - 1][0].top <= WRAP * size:
        under = [next((n for n, h in enumerate(head) if w.x0 < h.x1 and w.x1 > h.x0), None) for w in lines[k]]
        if any(n is None or n == 0 for n in under):
            break
        for word, n in zip(lines[k], under, strict=True):
            title = head[n]
            head[n] = Word(
                min(title.x0, word.x0), max(title.x1, word.x1), title.top, title.bottom, title.text + " " + word.text
            )
        k += 1
    return head, k


def is_margin(text: str) -> bool:
    """A page number printed over or under the text."""
    return MARGIN.fullmatch(text.strip()) is not None


def _margin(line: list[Word]) -> bool:
    return is_margin("".join(w.text for w in line))


def _looks_like_header(line: list[Word]) -> bool:
    """Three or more short titles set well apart: 序号   重点任务   牵头单位   责任单位."""
    if len(line) < 3:
        return False
    size = max(w.bottom - w.top for w in line)
    short = all(len(w.text.replace(" ", "")) <= HEADER_WORD and not SENTENCE.search(w.text) for w in line)
    return short and all(b.x0 - a.x1 >= GAP * size for a, b in pairwise(line))


def _extent(columns: Columns, lines: list[list[Word]], start: int) -> int:
    """Where the table ends: the first line that would close a gutter between its columns."""
    end = start
    while end < len(lines) and columns.take_if_fits(lines[end]):
        end += 1
    return end


def _numbered(body: list[list[Word]], gutters: list[float]) -> bool:
    """A task table's first column holds row numbers and nothing else (序号), on at least one line."""
    first = [w.text for line in body for w in line if _column(w, gutters) == 0]
    return bool(first) and all(ROW_NUMBER.fullmatch(text) for text in first)


def _column(word: Word, gutters: list[float]) -> int:
    return sum(1 for g in gutters if g <= word.x0)


@dataclass
class _Cell:
    """One column's text on one printed line."""

    top: float
    bottom: float
    text: str


def _rows(lines: list[list[Word]], table: Columns, going_on: bool) -> list[list[str]]:
    """The table's rows from its printed lines: each row's wrapped lines joined into its cells.

    The row numbers (the first column) anchor the rows. Each other column's lines fall into blocks, cut where
    the space between two lines is clearly wider than inside a cell; a block belongs to the row whose number
    stands within its height (a cell set at the top of its row, or centred, as Word lets either be), else to
    the nearest; a block that reaches over several numbers is cut at them. On a page the table goes on to,
    lines above the first number are the rest of the last row of the page before: a row without a number.
    """
    gutters = table.gutters
    columns: list[list[_Cell]] = [[] for _ in range(len(gutters) + 1)]
    for line in lines:
        parts: dict[int, list[Word]] = {}
        for word in line:
            parts.setdefault(_column(word, gutters), []).append(word)
        for c, ws in parts.items():
            columns[c].append(_Cell(min(w.top for w in ws), max(w.bottom for w in ws), " ".join(w.text for w in ws)))
    anchors = [cell.top for cell in columns[0]]
    rows = [[cell.text] + [""] * len(gutters) for cell in columns[0]]
    rest = [""] * (len(gutters) + 1)
    pitch = _pitch(columns)
    blocks = [
        (c, block, _inside(block, anchors)) for c in range(1, len(columns)) for block in _blocks(columns[c], pitch)
    ]
    # Set at the top of their rows, the number stands on a row's first line; centred, lower down. The first row
    # on a page the table goes on to tells nothing (the rest of the row before may stand above it), nor does the
    # last (a row cut by the page's foot is printed from its top).
    tall = [
        block[0].top + 1 >= anchors[k[0]]
        for _c, block, k in blocks
        if len(block) > 1 and len(k) == 1 and not (going_on and k[0] == 0) and k[0] < len(anchors) - 1
    ]
    if tall:  # what this page shows, else what the pages before showed (a table keeps its alignment)
        table.at_top = tall.count(True) >= tall.count(False)
    at_top = table.at_top is not False
    for c, block, inside in blocks:
        for cell in block:
            above = going_on and anchors and (cell.top < anchors[0] - 1 if at_top else block[-1].bottom < anchors[0])
            k = None if not anchors or above else _row_of(cell, block, inside, anchors)
            target = rest if k is None else rows[k]
            target[c] = target[c] + "\n" + cell.text if target[c] else cell.text
    return ([rest] if any(rest) else []) + rows


def _inside(block: list[_Cell], anchors: list[float]) -> list[int]:
    """The rows whose numbers stand within the block's height."""
    return [k for k, top in enumerate(anchors) if block[0].top - 1 <= top <= block[-1].bottom]


def _row_of(cell: _Cell, block: list[_Cell], inside: list[int], anchors: list[float]) -> int:
    if len(inside) > 1:  # one block over several rows (no space between them): cut at their numbers
        return max((k for k in inside if anchors[k] <= cell.top + 1), default=inside[0])
    if inside:
        return inside[0]
    middle = (block[0].top + block[-1].bottom) / 2
    return min(range(len(anchors)), key=lambda k: abs(anchors[k] - middle))


def _pitch(columns: list[list[_Cell]]) -> float:
    """The step from one line to the next inside a cell: the smallest step between lines of one column."""
    steps = [b.top - a.top for cells in columns for a, b in pairwise(cells) if b.top - a.top > LINE]
    heights = [cell.bottom - cell.top for cells in columns for cell in cells]
    return min(steps, default=max(heights, default=10.0) * 1.5)


def _blocks(cells: list[_Cell], pitch: float) -> list[list[_Cell]]:
    blocks: list[list[_Cell]] = []
    for cell in cells:
        if blocks and cell.top - blocks[-1][-1].top <= ROW_GAP * pitch:
            blocks[-1].append(cell)
        else:
            blocks.append([cell])
    return blocks


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for x0, x1 in sorted(spans):
        if out and x0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _widest_gap(covered: list[tuple[float, float]], left: float, right: float) -> float | None:
    """The middle of the widest strip between left and right that no covered span reaches, or None when
    there is none inside (a strip touching either end is the margin of a column, not a gutter)."""
    best, reach = None, left
    for x0, x1 in covered:
        if x0 > reach and reach > left and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    return None if best is None else (best[0] + best[1]) / 2


def _cells(line: list[Word], gutters: list[float]) -> list[str]:
    """The line cut at the gutters; a word across one goes where it starts."""
    cells = [""] * (len(gutters) + 1)
    for word in line:
        column = _column(word, gutters)
        cells[column] = cells[column] + " " + word.text if cells[column] else word.text
    return cells
