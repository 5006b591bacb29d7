"""Task tables printed without rules: their columns found from where the words stand on the page.

Without ruling lines pdfplumber finds no table, and the text layer gives each printed line with one space
between cells. Where no cell wraps, the parser reads that (tables.py, one-space tables); where a task or a
list of bodies wraps onto more lines, the rest of a cell comes out as a line of its own, and the row's
bodies are cut in pieces. So a page's words are read by position: a line of three or more short words set
well apart, over a line that starts with a row number, is a header; the blank strips between the header's
words, down the whole table, are the column gutters; each printed line is cut at them; a line with no
number in the first column is the rest of the row above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# A line printed in a page's margin: a page number ("- 3 -", "— 3 —", "/ 3 /", "3", "第3页 共9页").
MARGIN = re.compile(r"[\s\-－—–/／第页共,，]*\d{1,4}[\s\-－—–/／第页共,，\d]*")
# A 序号 cell: the number a task table gives each row (1, 12, 一, （三）, 1.).
ROW_NUMBER = re.compile(r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)．.、]?")
HEADER_WORD = 8  # characters: 序号, 重点任务, 牵头单位, 完成时限 …; a longer word is text, not a column title
SENTENCE = re.compile(r"[。，；：:;,]")
GAP = 1.5  # header words at least this many character widths apart: cells, not words of one sentence
LINE = 3.0  # points: words whose tops differ by less are on one printed line


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
        self.covered: list[list[tuple[float, float]]] = [[] for _ in head[1:]]
        self.take(head)

    def _with(self, words: list[Word]) -> list[list[tuple[float, float]]]:
        covered = [list(spans) for spans in self.covered]
        for k, (a, b) in enumerate(self.pairs):
            for w in words:
                if w.x1 > a.x0 and w.x0 < b.x1:
                    covered[k] = _merged([*covered[k], (max(w.x0, a.x0), min(w.x1, b.x1))])
        return covered

    def fits(self, words: list[Word]) -> bool:
        covered = self._with(words)
        return all(_widest_gap(c, a.x0, b.x1) is not None for c, (a, b) in zip(covered, self.pairs, strict=True))

    def take(self, words: list[Word]) -> None:
        self.covered = self._with(words)

    @property
    def gutters(self) -> list[float]:
        return [_widest_gap(c, a.x0, b.x1) or a.x1 for c, (a, b) in zip(self.covered, self.pairs, strict=True)]


def unruled_tables(words: list[Word], carried: Columns | None = None) -> tuple[list[TextTable], Columns | None]:
    """The task tables on a page drawn without rules, each with its rows (cells of wrapped lines joined).

    `carried` are the columns of a table that ran to the foot of the page before: when this page opens with
    lines that fit them, the table goes on (its first row may be the rest of the last one, without a
    number). Returns the tables and the columns of one that runs to this page's foot.
    """
    lines = [line for line in printed_lines(words) if not MARGIN.fullmatch("".join(w.text for w in line))]
    tables: list[TextTable] = []
    i, reaching = 0, None
    while i < len(lines):
        columns = carried if i == 0 and carried is not None and carried.fits(lines[0]) else _header(lines, i)
        if columns is None:
            i += 1
            continue
        start = i if columns is carried else i + 1
        end = start
        while end < len(lines) and columns.fits(lines[end]):
            columns.take(lines[end])
            end += 1
        gutters = columns.gutters
        rows: list[list[str]] = [] if columns is carried else [_cells(lines[i], gutters)]
        for line in lines[start:end]:
            cells = _cells(line, gutters)
            if cells[0] or len(rows) <= (0 if columns is carried else 1):
                rows.append(cells)
            else:  # no number: the rest of the row above, its cells wrapped onto this line
                rows[-1] = [a + "\n" + b if a and b else a or b for a, b in zip(rows[-1], cells, strict=True)]
        tables.append(TextTable(lines[i][0].top, max(w.bottom for w in lines[end - 1]), rows))
        reaching = columns if end == len(lines) else None
        i = end
    return tables, reaching


def _header(lines: list[list[Word]], i: int) -> Columns | None:
    """The columns of a table when line i is its header over a numbered first row that fits under it."""
    head = lines[i]
    if len(head) < 3 or i + 1 >= len(lines):
        return None
    size = max(w.bottom - w.top for w in head)
    if any(len(w.text) > HEADER_WORD or SENTENCE.search(w.text) for w in head):
        return None
    if any(b.x0 - a.x1 < GAP * size for a, b in pairwise(head)):
        return None
    first = lines[i + 1][0]
    if not ROW_NUMBER.fullmatch(first.text) or first.x0 >= head[1].x0:
        return None
    columns = Columns(head)
    return columns if columns.fits(lines[i + 1]) else None


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
        column = sum(1 for g in gutters if g <= word.x0)
        cells[column] = cells[column] + " " + word.text if cells[column] else word.text
    return cells
