"""Parse structure: normalised lines to a clause tree.

Numbering styles (第X章, 一、, （一）, 1., …) are nested in the order a document
first uses them: a style already open is a sibling, a new style is a child.
A candidate heading is accepted only if its number continues its list, which
is what keeps "1." inside a sentence from becoming a clause. 专栏 boxes and
表 tables sit beside the list they interrupt, so the list resumes after them.
Whether a mark continues its list is marks.py's (Numbering); the rows of a task-division
table are task_rows.py's (TaskRows); what lies before the body or after the signature is
front_matter.py's (FrontMatter); where a heading's title ends is headings.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import zip_longest

from ..model import Clause, Span
from . import patterns as P
from .closed_lines import ClosedLines
from .columns import is_task_header, spread_sub_header
from .front_matter import FrontMatter
from .grammar import grammar
from .headings import cut_mid_sentence, heading_end, part_title
from .marks import Numbering, match_heading
from .normalize import Normalized, join_ranges, squeeze
from .responsibility import closing_bracket, read_statement
from .task_rows import TaskRows, cells_of


@dataclass
class _Builder:
    path: str
    number: str
    kind: str
    parent: str | None
    start: int  # normalised offset of the marker
    head: tuple[int, int] = (0, 0)  # normalised range of the heading text
    pieces: list[tuple[int, int]] = field(default_factory=list)
    rows: list[tuple[str, ...]] = field(default_factory=list)
    style: str = ""
    n: int = 0
    task_header: tuple[str, ...] = ()  # a task-division table's header row
    cells: tuple[tuple[int, int], ...] = ()  # a task row's normalised range of each cell
    title: str = ""  # the heading where it is no one stretch of the text (a task cell wrapped over lines)


@dataclass(frozen=True)
class Structure:
    clauses: tuple[Clause, ...]
    offsets: dict[str, list[int]]  # per clause path: original offset of each character of its text
    front: str  # squeezed text before the body (masthead, number, cover notice, title)
    tail: str  # squeezed end matter (signature, 抄送, 印发)


def text_span(offs: list[int], a: int, b: int) -> Span:
    """The original span of characters [a, b) of a clause's text, given that text's offsets (Structure.offsets)."""
    if not offs:
        return Span(0, 0)
    return Span(offs[min(a, len(offs) - 1)], offs[max(a, min(b, len(offs)) - 1)] + 1)


class _Parser(Numbering, TaskRows, ClosedLines, FrontMatter):
    def __init__(self, norm: Normalized):
        self.norm = norm
        self.builders: list[_Builder] = []
        self.paths: set[str] = set()
        self.stack: list[_Builder] = []
        self.last: dict[str, int] = {}
        self.new_part = False  # a title line was seen in the body: a second document may start
        self.side: _Builder | None = None  # open box or table
        self.side_item: _Builder | None = None
        self.front: list[tuple[int, int]] = []
        self.tail: list[tuple[int, int]] = []
        self.preamble: _Builder | None = None
        self.started = False
        self.ended = False
        self.annex_head = False  # between an annex heading and its first numbered line: the annex's title
        self.in_annex = False  # an annex heading was met: a numbered annex's titled heading starts the next one
        self.prev_end = "。"  # the last character of the line fed before: did it finish a sentence?
        self.prev_line = ""  # …and that line as printed (a heading line counts as finished in prev_end)
        self.task_header: tuple[str, ...] = ()  # the last task-division header: rows after a 一、 group row go on
        self.contents: str | None = None  # inside a table of contents (目录): its first entry (the body repeats it)
        self.annex_list = False  # after 附件： alone on its line: the numbered titles of the annexes follow

    # -- helpers -----------------------------------------------------------
    def _new(self, key: str, number: str, kind: str, parent: _Builder | None, start: int) -> _Builder:
        path = self._free_path(f"{parent.path}.{key}" if parent else key)
        b = _Builder(path, number, kind, parent.path if parent else None, start)
        self.builders.append(b)
        return b

    def _free_path(self, path: str) -> str:
        """The path, or path-2, path-3 … if a clause holds it already (taken from now on)."""
        base, k = path, 2
        while path in self.paths:
            path, k = f"{base}-{k}", k + 1
        self.paths.add(path)
        return path

    def _current(self) -> _Builder | None:
        if self.side is not None:
            return self.side_item or self.side
        if self.stack:
            return self.stack[-1]
        return self.preamble

    def _section_parent(self) -> _Builder | None:
        for b in reversed(self.stack):
            if b.style not in P.LIST_STYLES:
                return b
        return None

    def _start_body(self, line_start: int) -> None:
        if self.started:
            return
        self.started = True
        if self.preamble is None:
            self._split_front(line_start)

    # -- the walk ----------------------------------------------------------
    def feed(self, a: int, b: int) -> None:
        text = self.norm.text
        # a leading tab is a row's empty cell (\t\t牵头单位\t配合单位, the lower row of a two-row header): normalize
        # keeps a line's leading tabs only on such a row
        while a < b and text[a].isspace() and text[a] != "\t":
            a += 1
        if a >= b:
            return
        line = text[a:b]
        if self._in_contents(line, a, b):
            return
        prev_end, self.prev_end = self.prev_end, line.rstrip()[-1]
        prev_line, self.prev_line = self.prev_line, line
        if self._annex_entry(line):
            (self.tail if self.started else self.front).append((a, b))
            return
        outside_tables = self.side is None or self.side.kind != "table"
        if "\t" in line and outside_tables and (self._task_table(line, a, b) or self._resume_tasks(line, a, b)):
            return  # a task-division table, even in an annex after the signature
        annex = P.ANNEX.match(line) or ((self.ended or self.in_annex) and P.ANNEX_TITLED.match(line))
        if annex or (self.ended and self._attached_title(line, a)):
            # after the signature or after another annex: its numbering starts again. A notice printed with its
            # own numbered requirements (一、各责任单位要…) then signed has the plan it issues after the signature.
            self.in_annex = self.in_annex or bool(annex)
            self.ended, self.annex_head = False, True
            self.stack, self.last, self.side, self.side_item = [], {}, None, None
        if self.ended or (self.annex_head and match_heading(line) is None and "\t" not in line):
            self.tail.append((a, b))
            return
        self.annex_head = False
        if self.started and (P.END_MATTER.match(line) or self._is_signature(line)):
            if self._is_signature(line):
                self._issuers_above()
            self.ended = True
            self.side = None
            self.tail.append((a, b))
            return
        if self.side is not None and self.side.kind == "table":
            if "\t" in line:
                cells = cells_of(line)
                if not self.side.rows and is_task_header(cells):
                    self.side.task_header = tuple(spread_sub_header(cells))
                elif self.side.rows == [self.side.task_header] and is_task_header(cells):
                    # a header of two rows (责任单位 over 牵头 | 配合): the lower one names the columns it fills,
                    # the upper one the columns merged down over both rows (序号, 工作任务, 完成时限)
                    upper = self.side.task_header
                    self.side.task_header = self.task_header = tuple(
                        low or up for up, low in zip_longest(upper, cells, fillvalue="")
                    )
                elif self.side.task_header:
                    self._task(cells, a, b)
                self.side.rows.append(cells)
                self.side.pieces.append((a, b))
                return
            self.side = None
        if not self.started and P.PREFACE.match(line):
            self.preamble = self._new("preamble", "", "preamble", None, a)
            self.preamble.head = (a, b)
            return
        if self.started and P.CLOSING.match(line):
            self.side, self.stack = None, []
            closing = self._new("closing", "", "closing", None, a)
            closing.head = (a, heading_end(text, a, b))
            closing.pieces.append((a, b))
            self.stack = [closing]
            closing.style = "closing"
            return
        if self._box_or_table(line, a, b):
            return
        heading = match_heading(line)
        if heading and self.new_part and heading[1] == 1 and heading[0] in P.PART_STYLES and self.stack:
            self.stack, self.last, self.side, self.side_item = [], {}, None, None  # 关于印发A和B的通知: B starts
        if heading:
            self.new_part = False
        elif self.started and part_title(line):
            self.new_part = True
        if heading and cut_mid_sentence(prev_line) and not self._titled(line, heading[2]):
            heading = None  # 2、户提供… after a paragraph cut inside a word: a viewer's page number, not an item
        if heading and self._point_of_a_field(heading, prev_line):
            heading = None
        glued = P.ARABIC_GLUED.match(line) if heading is None else None
        if glued and self._continues("arabic", int(glued.group(1))):
            heading = ("arabic", int(glued.group(1)), glued.end())
        if heading:
            style, n, end = heading
            if self.side is not None and style == "arabic" and n == self.side.n + 1 and self.side.kind == "box":
                self.side.n = n
                item = self._new(str(n), line[:end].strip(), "item", self.side, a)
                self._fill(item, a + end, b)
                self.side_item = item
                return
            gap = self._gap(style, line, end, prev_end, prev_line)
            accepted = self._accepts(style, n, gap) or self._restarts(style, n, line, end, prev_end, prev_line)
            if accepted and self._dotted_under(style, line[:end]):
                self.side = self.side_item = None
                self._start_body(a)
                if self._outranks_all(style):
                    self.stack = []  # 四、 first met after （一）（二）: an excerpt began below it; it is no sub-item
                while self.stack and style in {s.style for s in self.stack}:
                    popped = self.stack.pop()
                    if popped.style == style:
                        break
                parent = self.stack[-1] if self.stack else None
                if parent is not None and parent.style == "closing":
                    self.stack.pop()
                    parent = None
                kind = {"division": "chapter", "chapter": "chapter", "section": "section"}.get(
                    style, "part" if style in ("cn-dun", P.DOTTED_STYLES[0]) else "item"
                )
                clause = self._new(str(n), line[:end].strip(), kind, parent, a)
                clause.style, clause.n = style, n
                self.last[style] = n
                self._fill(clause, a + end, b)
                self._run_on_heading(clause, a, b)
                self.stack.append(clause)
                self.prev_end = "。"  # a heading line is whole even without its 。
                return
        target = self._current()
        if target is None or (not self.started and target is not self.preamble):
            self.front.append((a, b))
        else:
            target.pieces.append((a, b))

    def _run_on_heading(self, clause: _Builder, a: int, b: int) -> None:
        """A heading that began in the middle of a printed line (its break was put back: …。1.对来莆) and runs to
        the line's end without a stop goes on into the next line, as the printed text does (to its first 。 , ;)."""
        text, offs = self.norm.text, self.norm.offsets
        inserted = 0 < a < len(offs) and text[a - 1] == "\n" and offs[a - 1] == offs[a]
        if not inserted or clause.head[1] != b or b + 1 >= len(text):  # no line after it (…1、甲\n at the text's end)
            return
        start, nxt = clause.head[0], text.find("\n", b + 1)
        nxt = len(text) if nxt < 0 else nxt
        if match_heading(text[b + 1 : nxt]):  # the next line is an item of its own (…牵头工作(8项) / 1.投资…)
            return
        if offs[b] == offs[b + 1]:  # the break after it was put back too (…以上责任单位:A): no printed line goes on
            return
        if offs[b + 1] - offs[b] >= 2:  # …or stands for a paragraph's indent (开放　　优化…): a paragraph starts there
            return
        stop = re.search(r"[。,;]", text[b + 1 : nxt])
        end = b + 1 + stop.start() if stop else nxt
        clause.head = (start, min(end, start + P.HEADING_MAX + 1))

    def _fill(self, clause: _Builder, a: int, b: int) -> None:
        text = self.norm.text
        while a < b and text[a] in " \t":
            a += 1
        # 1.任务名称：完善养老设施 — the label of the task's own text is no part of its title
        named = grammar().task_field.match(text[a:b])
        start = a + named.end() if named and named.group().endswith((":", "：")) and a + named.end() < b else a
        # 1.【责任单位：县民政局】完善设施网络 — a statement set before the task's words is no part of its title
        if text[start : start + 1] in P.OPENERS:
            close = closing_bracket(text, start)
            if close < b - 1 and read_statement(text[start + 1 : close]):
                start = close + 1
        clause.head = (start, heading_end(text, start, b))
        clause.pieces.append((a, b))

    def _box_or_table(self, line: str, a: int, b: int) -> bool:
        for kind, rx in (("box", P.BOX), ("table", P.TABLE)):
            m = rx.match(line)
            if not m or (kind == "table" and not re.match(rf"\s*[{P.CJK}“\"《]", line[m.end() :])):
                continue
            if not self.started:
                return False
            parent = self._section_parent()
            side = self._new(f"{kind}{int(m.group(1))}", line[: m.end()].strip(), kind, parent, a)
            side.head = (a + m.end(), b)
            side.pieces.append((a + m.end(), b))
            self.side, self.side_item = side, None
            return True
        return False

    def finish(self) -> Structure:
        if not self.started and self.front:
            self._single_task()
        if not self.started and self.front:
            self._closed_lines()  # 改造老旧小区(住建局牵头) ⏎ 建设安置房(三水街道牵头): items without numbers
        if not self.started and self.front:
            self._start_body(len(self.norm.text))
        self._row_headings()
        clauses = []
        offsets: dict[str, list[int]] = {}
        for order, b in enumerate(self.builders):
            text, offs = join_ranges(self.norm, b.pieces)
            offsets[b.path] = offs
            head = squeeze(b.title or self.norm.text[b.head[0] : b.head[1]])
            if b.kind == "preamble" and not b.number:
                head = head or "前言"
            if b.task_header and not head:
                head = "任务分工"
            if not offs:
                span = self.norm.span(b.start, b.start + 1)
            else:
                span = self.norm.span(b.start, b.start + 1)
                span = type(span)(span.start, offs[-1] + 1)
            clauses.append(
                Clause(
                    path=b.path,
                    number=b.number,
                    kind=b.kind,
                    heading=head.rstrip("。:;：；,，、 "),  # 一、重点任务： — the stop after a title is no part of it
                    text=text,
                    span=span,
                    parent=b.parent,
                    order=order,
                    rows=tuple(b.rows),
                )
            )
        front = join_ranges(self.norm, self.front)[0]
        tail = join_ranges(self.norm, self.tail)[0]
        return Structure(tuple(clauses), offsets, front, tail)


def parse_structure(norm: Normalized) -> Structure:
    parser = _Parser(norm)
    for a, b in norm.lines():
        parser.feed(a, b)
    return parser.finish()
