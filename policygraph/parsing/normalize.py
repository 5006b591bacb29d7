"""Normalize: a clean copy of the text that still points into the original.

Extraction leaves page numbers, bookmarks, full-width ASCII and words broken by
spaces. We clean a copy and keep, for every kept character, its offset in the
original, so every parsed fact can cite an exact span of what the user gave us.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..model import Span
from ..printed import printed_width
from . import patterns as P
from .cell_rows import cell_kind
from .edits import AngledLabel, AngledLabelOpen, LetterSpaced, OutsideRows, WebFooter
from .flat_pipes import break_lines, flat_pipe_rows
from .grammar import grammar
from .tables import line_spans, text_tables

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Small form variants (U+FE50–FE6B: ﹒ ﹐ ﹔ ﹕ ﹙ ﹚): some typesetting numbers items 1﹒ 2﹒ with them.
_FULLWIDTH.update(
    {
        cp: ord(unicodedata.normalize("NFKC", chr(cp)))
        for cp in range(0xFE50, 0xFE6C)
        if len(unicodedata.normalize("NFKC", chr(cp))) == 1
    }
)
_FULLWIDTH.update(
    {
        0x3000: 0x20,
        0x00A0: 0x20,
        0x2002: 0x20,
        0x2003: 0x20,
        0x2009: 0x20,
        0x200B: None,
        0x200C: None,
        0x200D: None,
        0xFEFF: None,
        0x2028: 0x0A,
        0x2029: 0x0A,
        0x0C: 0x0A,
        # ∶ (RATIO) typed for a colon (责任单位∶县民政局), as some input methods and WPS documents give it
        0x2236: ord(":"),
        # 〖责任单位：…〗 — the hollow lenticular brackets some offices use for 【】
        0x3016: ord("【"),
        0x3017: ord("】"),
    }
)
# ❶ ➀ ➊ — the circled digits of the dingbat block, as Word's bullets and some typesetting number items: read as ① ②
_FULLWIDTH.update({start + k: 0x2460 + k for start in (0x2776, 0x2780, 0x278A) for k in range(10)})
# Numbers set as one character (⑴ ⒈ ㈠, what Word's numbering and some typesetting leave in copied text) are written
# out as the brackets and points the numbering styles read: (1), 1., (一).
_SPELLED_OUT = {
    chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in [*range(0x2474, 0x249C), *range(0x3220, 0x322A)]
}
# The characters the mapping drops or writes as several: a text without them keeps every offset (most texts).
_RESIZED = re.compile(
    "["
    + "".join(re.escape(chr(cp)) for cp, to in _FULLWIDTH.items() if to is None)
    + "".join(re.escape(ch) for ch in _SPELLED_OUT)
    + "]"
)
_CJK_CHAR = re.compile(rf"[{P.CJK}\u3000-\u303f\uff00-\uffef“”‘’《》〈〉【】、。·—…]")


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus `offsets[i]`: the original offset of character i."""

    text: str
    offsets: tuple[int, ...]
    source_length: int

    def span(self, start: int, end: int) -> Span:
        """Original span of normalised [start, end)."""
        if end <= start:
            at = self.offsets[start] if start < len(self.offsets) else self.source_length
            return Span(at, at)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of each line, without the newline."""
        return line_spans(self.text)


def _edit(
    text: str,
    offs: list[int],
    pattern: re.Pattern[str] | OutsideRows | LetterSpaced | WebFooter | AngledLabel | AngledLabelOpen,
    repl: str,
) -> tuple[str, list[int]]:
    """re.sub that keeps the offset map; replacement characters take the match's start offset."""
    matches = pattern.finditer(text)
    first = next(matches, None)
    if first is None:
        return text, offs
    pieces: list[str] = []
    new_offs: list[int] = []
    last = 0
    for m in itertools.chain((first,), matches):
        pieces.append(text[last : m.start()])
        new_offs.extend(offs[last : m.start()])
        if repl:
            at = offs[m.start()] if m.start() < len(offs) else (offs[-1] + 1 if offs else 0)
            pieces.append(repl)
            new_offs.extend([at] * len(repl))
        last = m.end()
    pieces.append(text[last:])
    new_offs.extend(offs[last:])
    return "".join(pieces), new_offs


def _break_after(text: str, offs: list[int], pattern: re.Pattern[str]) -> tuple[str, list[int]]:
    """A line break after each match, keeping the offset map (the break takes the next character's offset)."""
    ends = [m.end() for m in pattern.finditer(text) if m.end() < len(text)]
    for end in reversed(ends):
        text = text[:end] + "\n" + text[end:]
        offs = offs[:end] + [offs[end]] + offs[end:]
    return text, offs


def clean_chars(text: str) -> str:
    """Full-width ASCII to half-width, odd spaces to plain ones, zero-width characters dropped."""
    return text.translate(_FULLWIDTH)


def _run_on(line: str, whole: int) -> bool:
    """Paragraphs run together: longer than any printed paragraph, printed lines joined by spaces, or three
    paragraph starts inside (one, in a line that holds nearly all of a text of `whole` characters: no printed
    paragraph does). A row of a tab table is none, however long its task (its tabs part its cells): asked last, as
    few lines look run together and every row of every table would be read cell by cell."""
    return _runs_together(line, whole) and not _tab_row(line)


def _runs_together(line: str, whole: int) -> bool:
    if len(line) > P.RUN_ON_LINE or len(P.RUN_ON_INDENTS.findall(line)) >= 3:
        return True
    if len(line) > P.RUN_ON_SHORT and len(P.PRINTED_LINE_BREAK.findall(line)) >= P.PRINTED_LINES_MIN:
        return True  # a printed page's lines joined by spaces
    most = len(line) >= P.RUN_ON_SHARE * whole
    if len(line) <= (P.RUN_ON_SHARE_SHORT if most else P.RUN_ON_SHORT):
        return False  # asked before the breaks are counted: most lines are short
    found = len(P.run_on_break().findall(line)) + len(P.RUN_ON_SIGNED.findall(line))
    return found >= (1 if most else 3)


def _tab_row(line: str) -> bool:
    return "\t" in line and any(cell_kind(c.strip()) == "bodies" for c in line.split("\t"))


# Characters on both sides of a space a printed line's wrap left inside a paragraph (never a page number's / 2 /)
_WRAPPED = re.compile(rf"[{P.CJK}\u3000-\u303f\uff01-\uff5e“”‘’—…()\[\]]")


_INDENT = re.compile(r"[ \u3000]{2,}")


def _printed_ends(line: str, offs: list[int]) -> tuple[str, list[int]]:
    """A line break for each space that ends a paragraph in a run-on line joining a PDF's printed lines by single
    spaces (P.PRINTED_LINE_BREAK, P.PARAGRAPH_LAST_RUN): a sentence's end or a heading on a run shorter than a line;
    the other such spaces are a line's wrap inside a paragraph, and go."""
    spaces = [m.start() for m in P.PRINTED_LINE_BREAK.finditer(line)]
    if len(spaces) < P.PRINTED_LINES_MIN:
        return line, offs
    # the runs between the spaces, and between a space and a paragraph's indent (a run of blanks, kept as a break)
    bounds = sorted([(k, k + 1) for k in spaces] + [m.span() for m in _INDENT.finditer(line)])
    runs = [(a, b) for (_x, a), (b, _y) in zip([(0, 0), *bounds], bounds, strict=False)]
    single = set(spaces)
    widths = {b: round(printed_width(line[a:b])) for a, b in runs}
    # the lines a single space ends: a wrapped line runs to the page's width, a paragraph's last line stops short
    measured = [w for b, w in widths.items() if b in single]
    long = [w for w in measured if w >= P.PRINTED_LINE_SHORTEST]
    full = Counter(long).most_common(1)[0][0] if long else 0  # the page's width: most lines run to it
    shared = sum(full - 2 <= w <= full + 1 for w in measured)
    if full < P.PRINTED_WIDTH_LEAST or shared < P.PRINTED_FULL_SHARE * len(measured):
        return line, offs  # spaces between a table's cells or words, not a printed page's lines
    short = P.PARAGRAPH_LAST_SHARE * full
    ends = {b for a, b in runs if b in single and widths[b] < short and P.PARAGRAPH_LAST_RUN.search(line[a:b])}
    # the other spaces are where a printed line wrapped inside a paragraph: no space at all in the text
    wraps = {k for k in single - ends if _WRAPPED.match(line, k - 1) and _WRAPPED.match(line, k + 1)}
    out = "".join("\n" if k in ends else ch for k, ch in enumerate(line) if k not in wraps)
    return out, [o for k, o in enumerate(offs) if k not in wraps]


_AROUND_PIPE = re.compile(r"[ \t\u3000\u00a0]*\|[ \t\u3000\u00a0]*")


def _flow(line: str, offs: list[int]) -> tuple[str, list[int]]:
    """A run-on line broken where its paragraphs start."""
    line, offs = _printed_ends(line, offs)
    line, offs = _edit(line, offs, P.run_on_break(), "\n")
    line, offs = _break_after(line, offs, P.RUN_ON_SIGNED)
    line, offs = _break_after(line, offs, P.RUN_ON_HEAD_ITEM)
    return _break_after(line, offs, P.RUN_ON_PART_ITEM)


def _paragraphs(text: str) -> tuple[str, list[int]]:
    """Run-on lines broken again where a paragraph starts (P.run_on_break(): an indent, a numbering mark after a
    sentence end or a closing bracket, a signature's date …). Other lines are left as they are: a table pads its
    cells too, and a printed paragraph may hold a 。 before a number."""
    lines = text.split("\n")
    flags = [_run_on(line, len(text)) for line in lines]
    tables = [flat_pipe_rows(line) for line in lines]
    offs = list(range(len(text)))
    if not any(flags) and not any(tables):
        return text, offs
    pieces, new_offs, start = [], [], 0
    for line, run_on, table in zip(lines, flags, tables, strict=True):
        end = start + len(line)
        line_offs = offs[start:end]
        if table:  # a pipe table's rows run on in the line: parted first, and read as a table, not as paragraphs
            head = min(table)
            rows, rows_offs = break_lines(line[head:], line_offs[head:], [k - head for k in table])
            # the blanks a page put around its pipes (an indent after each: 序号 |　　目标与任务) are no cells' text
            rows, rows_offs = _edit(rows, rows_offs, _AROUND_PIPE, " | ")
            before, before_offs = line[:head], line_offs[:head]
            if run_on:
                before, before_offs = _flow(before, before_offs)
            line = before + "\n" + rows if before else rows
            line_offs = before_offs + [line_offs[head]] + rows_offs if before else rows_offs
        elif run_on:
            line, line_offs = _flow(line, line_offs)
        pieces.append(line)
        new_offs.extend(line_offs + ([end] if end < len(text) else []))
        start = end + 1
    return "\n".join(pieces), new_offs


def normalize(text: str) -> Normalized:
    """Clean `text` for parsing; never raises on any input string."""
    mapped: list[str] = []
    offs: list[int] = []
    # Pinyin glosses, the spaces of letter-spaced lines and Markdown's bold marks go first: inside a run-on text they
    # would hide where its paragraphs start (a letter-spaced paragraph's own spaces, widened, looked like indents;
    # `）**三、` is no sentence end before a heading). Most texts have none: they are not copied through an offset map.
    bare, bare_offs = text, list(range(len(text)))
    for pattern in (P.PINYIN_GLOSS, LetterSpaced(), P.MARKDOWN_BOLD):
        bare, bare_offs = _edit(bare, bare_offs, pattern, "")
    if len(bare) < len(text):
        flowed, at = _paragraphs(bare)
        at = [bare_offs[k] if k < len(bare_offs) else len(text) for k in at]
    else:
        flowed, at = _paragraphs(text)
    if _RESIZED.search(flowed):  # a character dropped or written out: offsets move, so go character by character
        for i, ch in zip(at, flowed, strict=True):
            if ch in _SPELLED_OUT:
                mapped.extend(_SPELLED_OUT[ch])
                offs.extend([i] * len(_SPELLED_OUT[ch]))
                continue
            out = _FULLWIDTH.get(ord(ch), ord(ch))
            if out is None:
                continue
            mapped.append(chr(out))
            offs.append(i)
        s = "".join(mapped)
    else:
        s, offs = flowed.translate(_FULLWIDTH), list(at)
    # (again after the full-width forms are folded: lines spaced with ideographic spaces, bold marks typed ＊＊)
    s, offs = _edit(s, offs, LetterSpaced(), "")
    s, offs = text_tables(s, offs)
    for pattern, repl in (
        (P.BOOKMARK, ""),
        (P.WEB_RESIDUE, ""),
        (WebFooter(), ""),
        (P.MARKDOWN_BOLD, ""),
        (P.PAGE_MARKER, " "),  # before bullets: a "- 2 -" footer line is not a "- " list item
        (P.LIST_BULLET, ""),
        (P.TABLE_PIPE, ""),
        (P.HEXAGON_OPEN, "("),
        (P.HEXAGON_CLOSE, ")"),
        (P.ANGLE_OPEN, "("),
        (P.ANGLE_CLOSE, ")"),
        (AngledLabel(), ")"),
        (AngledLabelOpen(), "("),
        (OutsideRows(P.INLINE_HEADING), "\n"),
        (P.INLINE_END, "\n"),
        (re.compile(r"[ \t]+\n"), "\n"),  # blanks before a line break (+: a bare break stays as it is)
        # a line's leading blanks go, but a row of cells keeps its leading empty cells (\t\t牵头单位\t配合单位: the
        # lower row of a two-row header)
        (re.compile(r"^[ \t]+(?=[^\t\n]*$)|^ +", re.M), ""),
        (re.compile(r" {2,}"), " "),
    ):
        s, offs = _edit(s, offs, pattern, repl)
    s, offs = _break_after(s, offs, P.HEAD_FIRST_ITEM)
    return Normalized(s, tuple(offs), len(text))


def _keep_space(left: str, right: str) -> bool:
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


def squeeze(text: str) -> str:
    """Join the pieces of a paragraph: drop spaces and breaks next to Chinese text.

    PDF extraction breaks lines (and words) anywhere; a space only matters
    between two Latin words or numbers.
    """
    return squeeze_mapped(text, list(range(len(text))))[0]


def squeeze_mapped(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """squeeze() that carries an offset per character along."""
    if len(offs) < len(text):
        text = text[: len(offs)]
    out: list[str] = []
    out_offs: list[int] = []
    last = 0
    # Run by run of blanks, not character by character: a clause's text is squeezed many times over a parse.
    for m in P.BLANKS.finditer(text):
        a, b = m.span()
        out.append(text[last:a])
        out_offs.extend(offs[last:a])
        if a and b < len(text) and _keep_space(text[a - 1], text[b]):
            out.append(" ")  # between two Latin words or numbers; the space takes the next character's offset
            out_offs.append(offs[b])
        last = b
    out.append(text[last:])
    out_offs.extend(offs[last : len(text)])
    return "".join(out), out_offs


def join_ranges(norm: Normalized, ranges: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Squeezed text of several normalised ranges, with original offsets."""
    chars: list[str] = []
    offs: list[int] = []
    for a, b in ranges:
        if chars:
            chars.append("\n")
            offs.append(offs[-1])
        chars.extend(norm.text[a:b])
        offs.extend(norm.offsets[a:b])
    # 责任单位 alone on its line, its list on the next (a page's cells a line each): the line break is the colon,
    # so the label stays a label once the lines are joined (责任单位:卫健局、文旅局 配合单位:各乡镇)
    text = grammar().label_line.sub(lambda m: m.group()[:-1] + ":", "".join(chars))
    return squeeze_mapped(text, offs)
