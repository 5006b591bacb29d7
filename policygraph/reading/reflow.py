"""Printed lines joined back into their paragraphs.

A PDF or OFD page wraps each paragraph over lines of the page's width. Read line by line, a heading or a first
sentence that wrapped is cut where the page ended it, so a clause's title (its heading up to its first 。) would
be cut too. A line that runs to the edge of the text goes on in the next line, unless that line starts a
paragraph: it is indented, it starts with a clause's number (十一、… after a paragraph that ended at the edge), or
the line before ends a converter's table cell (` |`).

The PDF reader knows where each line ends on the page (`pdf._reflowed`); an OFD's text comes without positions,
so `reflow_text` measures the width in characters: the width most lines of the text reach.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..printed import LINE_BRACKETS, LINE_STOPS, printed_width
from .pdf_columns import is_margin

# A line that starts with a clause's number starts a paragraph, wherever the line before it ended
NUMBERED = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}(?:、|[.．](?!\d))|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节条])"
)
# Lines: fewer than these say nothing of how wide the text is
MIN_LINES = 8
# Of the lines at least this wide (in characters), this share must reach the text's width: a printed page
_MEASURED = 10
_PRINTED_SHARE = 0.3
# Characters: the narrowest a printed page's text is; text whose commonest width is less is no page (a web page's
# short lines: a masthead, a number, an addressee)
NARROWEST = 20
# Characters: how short of the width a wrapped line may end (a line with digits or Latin letters is narrower)
EDGE = 1.5
# …and how far past it a full line may measure: a font sets spaces, pipes and Latin punctuation narrower than the
# half a character printed_width gives them (a pipe table's printed rows, 临安 2022 in an OFD, measured 36 to 38)
_OVER = 2.5
# Characters: a paragraph's first-line indent (　　), which text extracted without it no longer shows
FIRST_LINE_INDENT = 2
# What ends a paragraph's last line: a line ending so is never taken for a wrapped one by its indent alone
_STOPS = frozenset("。；;！？!?：:")
# What a line that ends a sentence, a statement or a cell ends with; of the lines as wide as the page, at least this
# share end otherwise (cut by the edge) on a printed page
_CLOSED = (*_STOPS, "）", ")", "”")
_CUT_SHARE = 1 / 3


# A clause's number glued to the digits its title opens with (11.121人才梯队项目, 8.365惠民工程): NUMBERED leaves it
# out, since a wrapped line may start with a decimal (3.5亿元); after a finished sentence or statement it is a number
_GLUED_NUMBER = re.compile(r"\s*\d{1,2}[.．]\d")
_FINISHED = ("。", "；", ";", "）", ")")


# A line with no stop, comma or bracket in it (科技部、国家发展改革委、财政部 / 全国 / 8个改革试验区域) after a finished
# sentence is no sentence's tail: a paragraph's last line ends with its stop. It is a table's cell a paragraph (the
# bodies, the scope), or a heading without a number. Its width is not asked: a long list of bodies runs to the edge
# itself (推广清单's eight ministries); a sentence's middle line with no comma at all after a sentence that ended at the
# edge would be parted too, a new line inside a clause's text that changes no reading.
_BARE_LINE = re.compile(r"[^，。；：,;:！？!?()（）【】\[\]]+")


# A table's line as a PDF's text layer gives it: pieces of cells of Chinese text parted by one space each (1 新建养老院
# 县民政局 县财政局, or a later line of the row, 案件审判。 察院、国家知识产权局). Chinese prose has no space between
# Chinese words (a space beside a number, 到 2025 年, is no gap; a letter-spaced title, 序 号, parts single
# characters), so one such gap makes a table's line. Its width is that of the table's columns, not the page's: it
# does not measure the page. It may still run on: a row that a printed page wrapped goes on in the next line.
_CELL_GAP = re.compile(r"[\u4e00-\u9fff\u3001\uff0c\u3002\uff09)][ ](?=[\u4e00-\u9fff\uff08(\u201c])")
# A row's number and a space before its first cell (1 知识产权…): a gap too
_ROW_NUMBER_GAP = re.compile(r"\s*\d{1,3} (?=[\u4e00-\u9fff“（(])")


def spaced_row(line: str) -> bool:
    """Pieces of Chinese cells parted by single spaces (not a letter-spaced title)."""
    words = line.split()
    gapped = _CELL_GAP.search(line) is not None or _ROW_NUMBER_GAP.match(line) is not None
    return gapped and sum(len(w) >= 2 for w in words) > len(words) // 2


def starts_paragraph(line: str, before: str) -> bool:
    """`line` starts a paragraph of its own whatever the line `before` it looks like."""
    finished = before.rstrip().endswith(_FINISHED)
    glued = _GLUED_NUMBER.match(line) and finished
    bare = finished and _BARE_LINE.fullmatch(line.strip()) is not None
    row = "\t" in line  # a table's row, a line of its own
    # a number alone (a table's 序号 cell; page numbers are taken out before): no printed line ends with one
    count = line.strip().isdigit()
    return (
        bool(NUMBERED.match(line) or glued or bare or row or count)
        or before.rstrip().endswith("|")
        or line[:1] in " \t\u3000"
    )


def join_printed(before: str, line: str) -> str:
    """`before` with the printed line `line` that goes on from it joined on (its leading blanks dropped). A statement
    in brackets that opens the line after a finished sentence may be a line of its own in the source or the
    sentence's tail: it is joined after a space, as text whose printed lines were joined shows a line of its own."""
    line = line.lstrip()
    if before.rstrip().endswith(LINE_STOPS) and line.startswith(LINE_BRACKETS):
        return before.rstrip() + " " + line
    return before + line


def reflow_text(text: str) -> str:
    """The printed lines of `text` joined back into paragraphs, if its lines are those of a printed page."""
    lines = text.split("\n")
    # where each line's print ends, from the left margin: a paragraph's indent (　　) takes its room, so an indented
    # line that runs to the edge is full
    widths = [printed_width(line.rstrip()) for line in lines]
    # a table's row (cells parted by tabs) is no printed line: it neither measures the page nor runs on; one of
    # cells parted by single spaces does not measure it
    printed = [
        (round(w), line)
        for w, line in zip(widths, lines, strict=True)
        if w >= _MEASURED and "\t" not in line and not spaced_row(line)
    ]
    measured = [w for w, _line in printed]
    if len(measured) < MIN_LINES:
        return text
    full = Counter(measured).most_common(1)[0][0]
    full_lines = sum(full - EDGE <= w <= full + _OVER for w in measured)
    if full < NARROWEST or full_lines < _PRINTED_SHARE * len(measured):
        return text
    # a page cuts lines wherever the edge falls, mostly inside a sentence: lines of that width that all end closed
    # (。 or a bracket: a cell a line, 成都 2021's 责任分工表 of four long rows) only happen to be as wide
    cut = sum(full - EDGE <= w <= full + _OVER and not line.rstrip().endswith(_CLOSED) for w, line in printed)
    if cut < _CUT_SHARE * full_lines:
        return text
    margin = page_numbers(lines)
    out: list[str] = []
    open_line = False  # the last kept line ran to the edge
    for line, w in zip(lines, widths, strict=True):
        if margin(line):  # a page number between two printed lines of one paragraph
            out.append(line)
            continue
        last = _last_text(out, margin) if open_line else -1
        joined = open_line and line.strip() and not starts_paragraph(line, out[last])
        if joined:
            out[last] = join_printed(out[last], line.rstrip())
        else:
            out.append(line)
        # a paragraph's first line is indented by two characters, which a reader that drops the indent loses: it
        # still runs to the edge when it stops that much short, unless it ends a sentence
        indent = 0 if joined or line.rstrip()[-1:] in _STOPS else FIRST_LINE_INDENT
        open_line = w >= full - EDGE - indent and bool(line.strip()) and "\t" not in line
    return "\n".join(out)


def _last_text(out: list[str], margin: Callable[[str], bool]) -> int:
    return next(k for k in range(len(out) - 1, -1, -1) if not margin(out[k]))


def page_numbers(lines: list[str]) -> Callable[[str], bool]:
    """What a page number looks like in this text. Where the pages are numbered with marks (- 1 -, 第1页), a bare
    number on its line is a table's 序号 cell (辽中 2024's 分解表 printed: "2" between a row's last cell and the
    next row's task), which ends the line before it; where none is, it may be a page number."""
    if any(is_margin(line) and not line.strip().isdigit() for line in lines):
        return lambda line: is_margin(line) and not line.strip().isdigit()
    return is_margin
