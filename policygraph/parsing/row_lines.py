"""The lines a printed row of a one-space table runs on to, as a PDF's text layer gives them, and the cells of a
row that leaves some out.

A table drawn in a PDF wraps each cell inside its own column; the text layer then gives a row as its first printed
line (every cell begun, one space between) and lines after it holding the rest of whichever cells wrapped, one space
between them too:

    3 建设社区食堂10个，提升 县商务局 县市场监管局、 2025年6月
    老年助餐服务水平 各乡镇人民政府

The pieces of a later line go, in order, under the columns they fit likeliest: a body column whose cell ends open (a
、, or a name cut short: 县住 / 建局) takes bodies or the rest of the name, a text column text, a deadline column the
rest of its time. The line is rewritten as one more line of cells under its columns (its pieces
parted by tabs, joined to the row by a tab), which task_rows.py folds into the row's cells.

An empty cell leaves no word in such a line (`1 地区生产总值增长 区发展和改革局` under four columns): the row's cells go
under the columns of their kind, in order — its number, its task's text, its bodies, its deadline.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations

from ..printed import printed_width
from . import patterns as P
from .bodies import ends_like_body, looks_like_body, named_by_function
from .cell_rows import AFTER_TABLE, cell_kind
from .columns import ROW_NUMBER, column_role
from .grammar import grammar
from .lists import levels_alone
from .marks import match_heading
from .places import place_prefix
from .responsibility import only_bodies
from .times import is_deadline_cell, time_labels

_OPEN = P.LIST_MARKS
_STOPS = ("。", "；", ";")
# What ends a cell's sentence: a line that stops anywhere else (a ；, a comma, a word) was wrapped inside it
_PARAGRAPH_ENDS = ("。", "！", "？", "!", "?")
# What a sentence has and a body's name has not
_SENTENCE = r"[，。；：,;:！？]"
# How far a cell's later line may run past its first, in half-width characters: a full-width stop hangs past the
# column's edge, and a line breaks early where a character that may not open a line (”，。) would come first, taking
# the one before it along (坚持“外防输入、内防反 / 弹”总体防控策略): two characters.
_SLACK = 4


def placed(
    cells: list[str], first: list[str], pieces: list[str], titles: list[str], ended: set[int] = frozenset()
) -> list[int] | None:
    """The column of each piece of a row's later line, left to right, or None if the line is no part of the row.

    Of the ways to put the pieces under columns in order, the likeliest: the rest of a name cut short (县住 / 建局)
    or bodies after a list's 、 go on their body cell before any text column takes them as text, and a piece of a
    name cut over three lines (市人 / 力资源和社会保障 / 局) goes on it only where nothing likelier does. `first` is the
    row's first printed line, cell by cell: a column's width bounds every line of its cells, so a piece wider than
    its column's first line is no rest of that cell (a paragraph after the table is not taken in). A cell in
    `ended` skipped a line and takes no more (a cell's lines follow one another)."""
    line = " ".join(pieces)
    if not pieces or ROW_NUMBER.match(pieces[0]) or AFTER_TABLE.match(line) or match_heading(line):
        return None  # the next row, or what follows the table: end matter, an annex, a heading (（一）加强领导)
    if len(cells) != len(titles) or len(pieces) > len(titles):
        return None
    start = 1 if ROW_NUMBER.match(cells[0]) else 0
    kinds = [_column_kind(t) for t in titles]
    scores = [
        [0.0 if c in ended else float(_fit(cells[c], first[c], piece, kinds[c])) for c in range(len(titles))]
        for piece in pieces
    ]
    unfinished = any(k == "text" and c and not c.endswith(_STOPS) for k, c in zip(kinds, cells, strict=True))
    if len(pieces) == 1 and unfinished:
        # a line of one piece while the task's sentence is unfinished goes on the task, though it may read as a
        # name (源枯竭城市，中央 / 财政在安排…): a body cell begun lower shares its line with the task's text
        for c, kind in enumerate(kinds):
            if kind == "bodies" and not cells[c]:
                scores[0][c] = min(scores[0][c], 1)
    if not unfinished:
        # the task's sentence is done: a piece without a sentence's stops goes on a body's name cut at the line's end
        # (市行政审批制度改革 / 工作领导小组办公 / 室) before it starts the task anew
        for i, piece in enumerate(pieces):
            for c, kind in enumerate(kinds):
                if kind == "bodies" and scores[i][c] == 1 and _cut(cells[c]) and not re.search(_SENTENCE, piece):
                    scores[i][c] = 3
    # between two body cells that could both take the piece, the one whose last name is no whole name yet (省司 /
    # 法厅 beside 省商务厅), else the one whose first line is as wide as the piece: it filled its column and wrapped
    # (省发展改革委 beside 省就业工作联席会 / 议成员单位)
    for i, piece in enumerate(pieces):
        for c, kind in enumerate(kinds):
            if kind == "bodies" and scores[i][c] and _unwhole(cells[c]):
                scores[i][c] += 0.5
        begun = [c for c, kind in enumerate(kinds) if kind == "bodies" and scores[i][c] and cells[c] and first[c]]
        if len(begun) > 1 and len({scores[i][c] for c in begun}) == 1:
            for c in begun:
                scores[i][c] += 0.25 if _width(piece) <= _width(first[c]) else 0
    best: tuple[float, tuple[int, ...]] | None = None
    for columns in combinations(range(start, len(titles)), len(pieces)):
        if all(scores[i][c] for i, c in enumerate(columns)):
            total = sum(scores[i][c] for i, c in enumerate(columns))
            if best is None or total > best[0]:
                best = (total, columns)
    return list(best[1]) if best else None


def _fit(cell: str, first: str, piece: str, kind: str) -> int:
    """How likely a piece goes on under a column of `kind` (_column_kind): 0 not at all, 1 the middle of a name cut
    over lines (or a name in a text column), 2 text, 3 the rest of a deadline or bodies beginning an empty cell, 4
    the rest of a name cut at the line's end or bodies after a list's 、."""
    # an empty first line says nothing of its column's width (a cell printed lower, centred in its row)
    if kind == "number" or first and _narrowest(piece) > _width(first) + _SLACK:
        return 0
    if kind == "bodies":
        if _completes(cell, piece):  # a name cut at the line's end goes on in the next line of its column
            return 4
        # a cell begun on a later line (printed lower, centred in its row) begins with a body, not with a sentence's
        # end (务事项全部开通全 / 程网办。 is the task's)
        begun = not cell and not piece.endswith(_STOPS)
        after_list = bool(cell) and cell[-1] in _OPEN  # bodies, the last perhaps cut (省投资集团、安徽 / 证监局)
        if after_list and (cell_kind(piece) == "bodies" or _cut_list(piece)):
            return 4  # a list left open after its 、 goes on before an empty cell begins
        # an empty cell begins with whole names, or a list whose last name is cut (not a phrase that opens like a
        # subject: 村危房改造工作积)
        if begun and (cell_kind(piece) == "bodies" or len(_names(piece)) > 1 and _cut_list(piece)):
            return 3
        if cell and cell[-1] in _OPEN and not re.search(_SENTENCE, piece):
            return 1  # a name begun after the list's 、 and cut at the line's end (全区经济运行各专 / 班)
        last, parts = _last_name(cell), _names(piece)
        cut = _cut(cell) and len(parts) == 1
        # a name ending like a body may still be cut (人行合肥中心 / 支行): the longer name, where nothing likelier is
        longer = bool(last) and looks_like_body(last + parts[0])
        if longer and _goes_on(last, parts[0]):
            return 3
        return 1 if cut and cell_kind(piece) == "text" or longer else 0
    if kind == "time":
        rest = not is_deadline_cell(cell) and is_deadline_cell(cell + piece) if cell else is_deadline_cell(piece)
        return 3 if rest else 0
    if is_deadline_cell(piece):
        return 0
    return 2 if cell_kind(piece) == "text" else 1  # a task's text may end with a name (…科技交流会。)


def _goes_on(last: str, head: str) -> bool:
    """A name that ends like a body at a line's end goes on with the next line's first word: where the name's ending
    reaches back over the join (南太湖新区管委 / 会: 管委会), or the word is no name of its own and no ending alone
    (市人力社 / 保局), or the name is a function written short and the word its type (省农业农村 / 厅), or a place
    alone (滁州 / 经开区管委会); not 市政府办公室 / 会."""
    ending = grammar().body_end.search(last + head)
    spans = ending is not None and ending.start() < len(last)
    type_word = grammar().body_end.fullmatch(head) is not None
    alone = (len(head) > 2 and looks_like_body(head)) or type_word
    # 省农业农村 / 厅: a place's function written short (ending in 村 by chance) takes its type word, and so do the
    # levels of a collective (各市(区) / 政府); 滁州 / 经开区管委会: a place alone (滁州, 滁州市) at the line's end
    # is the next name's place
    takes_type = named_by_function(last) or levels_alone(last)
    return spans or not alone or type_word and takes_type or _place_alone(last, head)


def _place_alone(last: str, head: str) -> bool:
    """滁州 (or 滁州市) alone at a line's end, before a name without a place (经开区管委会): the name's place."""
    place = place_prefix(last + head)
    return bool(place) and len(last) <= len(place) + 1


def _unwhole(cell: str) -> bool:
    """The cell's last name is no whole name: a place and one character (省司), or no body's name at all."""
    last = _last_name(cell)
    return bool(last) and (len(last) <= 2 or not looks_like_body(last))


def _cut(cell: str) -> bool:
    """The cell's last name was cut at the line's end: it ends like no body (市行政审批制度改革), or it is a level of
    a collective still without its type word (各市 / (州)人民政府)."""
    last = _last_name(cell)
    return bool(last) and (not ends_like_body(last) or levels_alone(last))


def _last_name(cell: str) -> str:
    """The cell's last name ("" after a list mark that ends it, or in an empty cell)."""
    return _names(cell)[-1]


def _names(text: str) -> list[str]:
    """A cell's names as its list marks part them (the last may be cut at a line's end, or empty after a mark)."""
    return re.split(f"[{_OPEN}]", text)


def fold(cell: str, part: str, title: str) -> str:
    """A cell with the part a later line gives it joined on (joint says with what)."""
    return cell + joint(cell, part, title) + part if cell else part


def _narrowest(text: str) -> int:
    """The least width the text may print at: a quote or dash of ambiguous width is narrow in a Western font, which
    a layout engine may set them in (a Word table printed by LibreOffice: 化“重点项目直通车”“无忧 under 坚持服务跟着
    项目走,优)."""
    return _width(text) - sum(1 for ch in text if unicodedata.east_asian_width(ch) == "A")


def _width(text: str) -> int:
    """Printed width in half-width characters: a Chinese character is two, a Latin letter or digit one (s356), a
    quote or dash of ambiguous width two, as a Chinese font sets it (“外防输入”)."""
    return round(2 * printed_width(text))


def _completes(cell: str, piece: str) -> bool:
    """The piece is the rest of the last name of a body column's cell, cut at the line's end."""
    return _cut(cell) and looks_like_body(_last_name(cell) + _names(piece)[0])


# The levels a list may write together (各县区人民政府, 市县两级): a line cut between two of them cuts one word
_LEVELS = "市县区"


def joint(before: str, after: str, title: str) -> str:
    """What joins two lines' parts of one cell of a body column: nothing where the first ends with a separator or
    with a name cut short (县住 / 建局, 市人 / 力资源和社会保障), else 、 between two bodies; in other columns nothing
    after a line that stops mid-sentence, else 、, as paragraphs are parted."""
    if not column_role(title):
        # a line of text that stops mid-sentence was wrapped: the next goes straight on (对深化商事制度改 / 革成效显著)
        return "、" if before.endswith(_PARAGRAPH_ENDS) else ""
    last = _last_name(before)
    if not last or not ends_like_body(last):
        return ""
    # 人行合肥中心 / 支行、安徽银保监: the name goes on where the next part alone is no body a list would name, or
    # after a place alone (滁州 / 经开区管委会)
    head = _names(after)[0]
    joined = looks_like_body(last + head) and (not P.PROSE_SUBJECT.match(head) or _place_alone(last, head))
    # …开发区 / 管委会: a type word alone on the next line is no body of its own, it ends the name before it
    joined = joined or (grammar().body_end.fullmatch(head) is not None and looks_like_body(last + head))
    # 各县 / 区人民政府: two levels written as one (县区, 市县, 县市区), cut between them
    levels = head[:1] in _LEVELS and last[-1:] in _LEVELS and head[:1] != last[-1:]
    return "" if joined or levels else "、"


def short_row(cells: list[str], titles: list[str], after: list[str] = ()) -> list[int] | None:
    """The column of each cell of a one-space row with fewer cells than its header, or None if they do not fit: its
    number first, then each cell under the next column of its kind (a body column for bodies, a time column for a
    deadline, another for text); the row names at least one body. `after` holds the next line's words."""
    if not cells or not ROW_NUMBER.match(cells[0]):
        return None
    # the last cell may end with a body's name cut at the line's end (市生态环境局咸安 / 分局, 体育总局、民政 / 部): it
    # begins as a body does, or the names before its last separator are bodies, or a word of the next line finishes
    # it as one (人行合肥中心支 / 行、中国出口信用)
    last = cells[-1]
    finished = not re.search(_SENTENCE, last) and any(looks_like_body(last + _names(w)[0]) for w in after)
    cut = len(cells) > 2 and cell_kind(last) == "text" and (_cut_list(last) or finished)
    if not cut and not any(cell_kind(c) == "bodies" for c in cells[1:]):
        return None
    kinds = [_column_kind(t) for t in titles]
    if kinds[0] != "number":
        return None
    of = ["bodies" if cell_kind(c) == "bodies" or cut and k == len(cells) - 1 else "text" for k, c in enumerate(cells)]
    of = ["time" if is_deadline_cell(c) else kind for c, kind in zip(cells, of, strict=True)]
    out, column = [0], 1
    for k, cell in enumerate(cells[1:], 1):
        fits = [c for c in range(column, len(titles)) if kinds[c] == of[k]]
        if not fits:
            return None
        column = fits[0]
        if of[k] == "bodies" and re.search(f"[{_OPEN}]", cell) and len(fits) > of[k:].count("bodies"):
            # a row that leaves a body column empty: a cell listing several bodies is likelier a responsible
            # column's than a lead's (牵头单位 names one body far more often), as a table a cell a line reads it
            column = next((c for c in fits if column_role(titles[c]) != "lead"), column)
        out.append(column)
        column += 1
    return out


def _column_kind(title: str) -> str:
    """number | bodies (a lead or responsible column) | time | text: what a column of a one-space table holds."""
    if P.TASK_NUMBER_COLUMN.match(title):
        return "number"
    if column_role(title):
        return "bodies"
    return "time" if re.search(time_labels(), title) else "text"


def _cut_list(cell: str) -> bool:
    head = _names(cell)
    if len(head) > 1:
        return only_bodies("、".join(head[:-1]))
    return P.PROSE_SUBJECT.match(cell) is not None


def listing_column(first: list[str], cells: list[str], found: list, titles: list[str]) -> tuple[int, int] | None:
    """(lead column, responsible column) where a row that left a body column empty put one body cell under the lead
    column and the cell, read to its end over the row's later lines, lists several bodies while the responsible
    column right after it stayed empty: the cell is the responsible column's, as short_row places a cell that lists
    several on its first line already; None otherwise."""
    lead = next((c for c, t in enumerate(titles) if column_role(t) == "lead" and first[c]), None)
    if lead is None or lead + 1 >= len(titles) or column_role(titles[lead + 1]) != "responsible":
        return None
    later = lead + 1
    if cells[later] or any(later in at for _j, _w, at in found) or not re.search(f"[{_OPEN}]", cells[lead]):
        return None
    return lead, later
