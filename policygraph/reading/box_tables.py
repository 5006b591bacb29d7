"""Tables drawn with box characters, as law databases and old text exports print them.

    ┌──────────┬────┬──────────┐
    │ 工 作 任 务 │分管领│牵头组织实施单位│
    │          │ 导 │          │
    ├──────────┼────┼──────────┤
    │抓好财税金融工作,增│梁志强│各县(市、区)政│
    │强发展保障能力   │    │府,市财政局 │
    └──────────┴────┴──────────┘

Each cell wraps over the lines of its row, and a cell merged down over several rows (a lead body for a group of
tasks) has no rule under the rows it spans. Read line by line, the cells of a row are scattered over lines, and
no reader of the parser can put them back. This module rewrites such a table as the other readers give tables:
its header, then one line per row of the column with the most rows, cells parted by tabs; a merged cell is given
to every row it runs beside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Characters that part cells (vertical rules, and the joints where a horizontal rule meets one)
_PARTS = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝┠┨┯┷┿╂┝┥"
_SPLIT = re.compile(f"[{_PARTS}]")
# A segment of a horizontal rule: where a cell ends
_RULE = re.compile(r"^[─━═\-\s]*[─━═][─━═\-\s]*$")
# A line of a drawn table: it opens with a joint or a vertical rule (after an indent) and parts two cells at least
_BOX_LINE = re.compile(f"^[ \\t\\u3000]*[{_PARTS}]")
# Spaces between two Chinese characters of a cell: the drawing's padding (工 作 任 务), no words' gap
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff（）()、，,])[ \u3000]+(?=[\u3400-\u9fff（）()、，,])")


@dataclass
class _Cell:
    first: int  # the first and last line (of the table) the cell has text on
    last: int = -1
    pieces: list[str] = field(default_factory=list)

    def text(self) -> str:
        return _CJK_GAP.sub("", "".join(p.strip() for p in self.pieces)).strip()


def redraw_box_tables(text: str) -> str:
    """The text with every table drawn in box characters written as tab-separated rows (unchanged if none)."""
    if not any(ch in text for ch in "│┃║"):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _BOX_LINE.match(lines[j]) and len(_SPLIT.findall(lines[j])) >= 2:
            j += 1
        if j - i >= 3:  # a top rule, a row, a bottom rule at the least
            out.extend(_rows(lines[i:j]) or lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _segments(line: str) -> list[str]:
    """The line's cells between its outer rules."""
    return _SPLIT.split(line.strip())[1:-1]


def _rows(lines: list[str]) -> list[str]:
    """The table's rows as tab-separated lines; [] when its lines do not part into the same columns."""
    segments = [_segments(line) for line in lines]
    width = max(len(parts) for parts in segments)
    if width < 2:
        return []
    columns: list[list[_Cell]] = [[] for _ in range(width)]
    open_cells: list[_Cell | None] = [None] * width
    for n, parts in enumerate(segments):
        if len(parts) != width:
            if all(not p.strip() or _RULE.match(p) for p in parts):  # a rule under a merged row: every cell ends
                parts = ["─"] * width
            else:  # a row merged across columns: its text goes to the first
                parts = ["".join(parts)] + [""] * (width - 1)
        for c, part in enumerate(parts):
            if _RULE.match(part):
                if open_cells[c] is not None:
                    columns[c].append(open_cells[c])
                open_cells[c] = None
            elif part.strip():
                cell = open_cells[c] or _Cell(n)
                cell.pieces.append(part)
                cell.last = n
                open_cells[c] = cell
    for c, cell in enumerate(open_cells):
        if cell is not None:
            columns[c].append(cell)
    if not all(columns):
        return []
    key = max(range(width), key=lambda c: len(columns[c]))
    rows = []
    for cell in columns[key]:
        rows.append([cell.text() if c == key else _beside(columns[c], cell) for c in range(width)])
    return ["\t".join(row) for row in rows]


def _beside(cells: list[_Cell], row: _Cell) -> str:
    """The text of the cell of another column that runs beside a row: the one that overlaps its lines most (a merged
    cell overlaps every row it spans), or the last one that began above it."""
    best, overlap = None, 0
    for cell in cells:
        shared = min(cell.last, row.last) - max(cell.first, row.first) + 1
        if shared > overlap:
            best, overlap = cell, shared
    if best is None:
        above = [cell for cell in cells if cell.first <= row.first]
        best = above[-1] if above else None
    return best.text() if best else ""
