"""Parse structure: normalised lines to a clause tree.

Numbering styles (第X章, 一、, （一）, 1., …) are nested in the order a document
first uses them: a style already open is a sibling, a new style is a child.
A candidate heading is accepted only if its number continues its list, which
is what keeps "1." inside a sentence from becoming a clause. 专栏 boxes and
表 tables sit beside the list they interrupt, so the list resumes after them.
Whether a mark continues its list is marks.py's (Numbering); the rows of a task-division
table are task_rows.py's (TaskRows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import zip_longest

from ..model import Clause, Span
from . import patterns as P
from .bodies import ends_like_body
from .closed_lines import ClosedLines
from .columns import is_task_header, spread_sub_header
from .grammar import grammar
from .marks import Numbering, match_heading
from .normalize import Normalized, join_ranges, squeeze
from .responsibility import closing_bracket, only_statements, read_statement
from .statements import find_statements, given_out_end
from .task_rows import TaskRows, cells_of

# Issuers printed one a line above a signature's date: a joint notice has two or three (党委, 政府, 办公室).
_ISSUER_LINES = 3


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


# 重点工作：135.统筹…: the number a page of one task keeps from the list it was taken from (up to 3 digits: a
# 政府工作报告 has a few hundred tasks), never a decimal or a quantity (2.5亿元, 3个)
_TASK_NUMBER = re.compile(rf"\s*([0-9]{{1,3}})\s*[.．、](?![0-9])\s*(?=[{P.CJK}“《])")


def _heading_end(text: str, a: int, b: int) -> int:
    """Where the heading text that starts at a (on a line ending at b) ends: at a space or a colon after a short
    heading (一、总体要求：以…), else at its first 。 however long the sentence (a clause's title is its heading up to
    its first 。, as the hand-checked lists write it); a line without a stop is the heading if short."""
    line = text[a:b]
    stop = line.find("。")
    said = _statement_start(line, stop) or _given_out(line, stop)
    if said:
        return a + said
    if 0 <= stop <= P.HEADING_MAX:
        return a + stop
    if b - a <= 60:
        return a + stop if stop >= 0 else b
    # (never a space beside a number: a PDF's text layer spaces its numbers, 抓好 600 个省级重点产业项目)
    brk = re.search(r"(?<![0-9])\s(?![0-9])|:(?!\d)", line)
    if brk and 0 < brk.start() <= P.HEADING_MAX and (stop < 0 or brk.start() < stop):
        return a + brk.start()
    if stop >= 0:
        return a + stop
    comma = re.search(r"[,;]", line)
    return a + (comma.start() if comma and comma.start() <= P.HEADING_MAX else min(len(line), P.HEADING_MAX))


def _cut_mid_sentence(prev_line: str) -> bool:
    """The line before is a whole paragraph cut inside a sentence (…为农户、小微企业及个体工商): an untitled line
    after it goes on with its words, whatever number it starts with (a document viewer's page marks: 1、…2、户提供…);
    a titled one is the next item after a page lost (…的政府\n(四)完善服务评价机制。). A heading or a printed line of
    a PDF is never this long; a table's row has its cells."""
    line = prev_line.rstrip()
    if len(line) < P.CUT_PARAGRAPH or "\t" in line or not re.match(rf"[{P.CJK}]", line[-1:]):
        return False
    # …举措。【责任单位】税务总局 / …——税务总局按职责分工负责: an item closed by its list of bodies or its
    # statement ends with a body's name or a role verb, not cut
    return not (ends_like_body(re.split(r"[、，,；;：:】\]）)\s]", line)[-1]) or grammar().verb.search(line))


def _statement_start(line: str, stop: int) -> int:
    """Where a heading without its 。 ends because the statement of its bodies follows it on its line
    (1.加强组织领导（牵头单位：市民政局）, 4.加强宣传引导 牵头单位：市委宣传部); 0 if none does."""
    found = find_statements(line)
    if not found:
        return 0
    start, end = found[0]
    if start > 0 and line[start - 1] in P.OPENERS:
        start -= 1
    elif line[:start].rstrip().endswith(("——", "--")):  # 1.完善设施网络——县民政局牵头: owners after a dash
        start = len(line[:start].rstrip()) - 2
    elif not grammar().label.match(line[start:].lstrip()):
        return 0  # a statement in the heading's sentence (…的问题，由A负责落实), not after it
    after = line[end + 1 : stop if stop >= 0 else len(line)]
    if (0 <= stop < start) or after.strip(" )）】]〕。,，;；"):
        return 0  # the statement stands after the heading's sentence, or more of the sentence follows it
    return len(line[:start].rstrip(" ,，;；:：、"))


# 附件： alone on its line (or before the first title: 附件：1.某某方案), the notice's numbered list of its annexes'
# titles below it
_ANNEX_LIST = re.compile(r"^\s*附\s*件\s*[:：]\s*(?:$|\d{1,2}\s*[.．、])")

# 一、治理畜牧业产品污染由省经贸委承办，…协办。 — a heading run onto the sentence that gives its work out
_GIVEN_BY = re.compile(P.BY)


def _given_out(line: str, stop: int) -> int:
    """Where a heading without its 。 ends because a sentence opened by 由 and its statements follows it (a text
    run onto one line lost the break after the title); 0 if none does."""
    end = stop if stop >= 0 else len(line)
    for m in _GIVEN_BY.finditer(line, 2, min(end, P.HEADING_MAX)):
        # glued to the title: after a comma (关于…的问题，由A负责落实) the sentence is the heading itself
        if not re.match(rf"[{P.CJK}]", line[m.start() - 1]):
            continue
        # …由A承办，B协办。 / …由A副市长负责，B牵头，C配合，加快…: the statements, then the work perhaps
        if only_statements(line[m.start() : end]) or given_out_end(line, m.start(), end) > 0:
            return m.start()
    return 0


class _Parser(Numbering, TaskRows, ClosedLines):
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

    def _split_front(self, body_start: int) -> None:
        """Front lines before the first heading: the last opener-led run is the preamble."""
        text = self.norm.text

        def is_stop(line: str) -> bool:  # a cover line: date, 文号 or addressee, not a sentence citing them
            short = len(line) <= 40
            addressee = P.ADDRESSEE.search(line) and "。" not in line and len(line) <= 160
            return bool(addressee or (short and (P.DATE.search(line) or P.DOC_NUMBER.search(line))))

        stops = [i for i, (a, b) in enumerate(self.front) if is_stop(text[a:b])]
        first = stops[-1] + 1 if stops else 0
        for i in range(first, len(self.front)):
            a, b = self.front[i]
            m = P.PREAMBLE_OPENER.search(text, a, b)
            if m:
                self.preamble = self._new("preamble", "", "preamble", None, m.start())
                self.preamble.head = (m.start(), m.start())
                self.preamble.pieces = [(m.start(), b)] + self.front[i + 1 :]
                self.front = self.front[:i] + ([(a, m.start())] if m.start() > a else [])
                return

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
        if P.ANNEX.match(line) or (self.ended and self._attached_title(line, a)):
            # after the signature or after another annex: its numbering starts again. A notice printed with its
            # own numbered requirements (一、各责任单位要…) then signed has the plan it issues after the signature.
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
            closing.head = (a, _heading_end(text, a, b))
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
        elif self.started and _part_title(line):
            self.new_part = True
        if heading and _cut_mid_sentence(prev_line) and not self._titled(line, heading[2]):
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

    def _annex_entry(self, line: str) -> bool:
        """附件：⏎1.某某方案⏎2.某某清单: the notice's list of its annexes, no clauses (the body is in the annexes)."""
        if _ANNEX_LIST.match(line):
            self.annex_list = True
            return False  # the label itself: front matter before the body, end matter after it
        if self.annex_list:
            heading = match_heading(line)
            if heading and _part_title(line[heading[2] :]) and "。" not in line:
                return True
            self.annex_list = False
        return False

    def _in_contents(self, line: str, a: int, b: int) -> bool:
        """A table of contents (目录 and its entries) is front matter, not clauses: from its label to where its first
        entry is met again (the body's first heading), or to the first line of prose if the body's headings differ."""
        if self.contents is None and not self.stack and P.CONTENTS.match(line):
            self.contents = ""
        elif self.contents is not None:
            entry = P.CONTENTS_ENTRY_END.sub("", re.sub(r"\s+", "", line))
            if not self.contents:
                self.contents = entry
            elif entry == self.contents or len(entry) > P.CONTENTS_ENTRY_MAX or "。" in entry:
                self.contents = None
                return False
        else:
            return False
        (self.tail if self.started else self.front).append((a, b))
        return True

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
        clause.head = (start, _heading_end(text, start, b))
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

    def _attached_title(self, line: str, at: int) -> bool:
        """The title of the plan a signed notice issues (…责任分解方案), standing alone after the signature.

        Not a copy of the document's own title: web pages print the whole document twice, and a title
        seen before counts only where the notice named it as what it issues (印发…, or 《…》 as in
        现将《…》印发给你们 and 《…》已经市政府同意).
        """
        text = line.strip()
        if len(text) > 60 or "。" in text or not P.PART_TITLE.search(text) or P.END_MATTER.match(text):
            return False
        if P.DATE.search(text):
            return False
        before = squeeze(self.norm.text[:at])
        seen = [m.start() for m in re.finditer(re.escape(squeeze(text)), before)]
        return not seen or any(re.search(r"(?:印发[《〈]?|[《〈])$", before[max(0, i - 4) : i]) for i in seen)

    def _issuers_above(self) -> None:
        """The issuer lines printed above a signature's date (国务院 / 中共某市委 某市人民政府) are end matter, not the
        last clause's text, where they would read as a list of bodies closing the item."""
        target, text, issuers = self._current(), self.norm.text, []
        while target is not None and len(target.pieces) > 1 and len(issuers) < _ISSUER_LINES:
            a, b = target.pieces[-1]
            line = text[a:b].strip()
            if not (P.SIGNATURE.match(line) and len(line) <= 30) or line.startswith("各"):
                break
            issuers.insert(0, target.pieces.pop())
        self.tail.extend(issuers)

    def _is_signature(self, line: str) -> bool:
        """An issuer-and-date line such as 莆田市人民政府办公室 2023年6月5日."""
        m = P.DATE.search(line)
        return bool(m) and len(line) <= 50 and "。" not in line and m.end() >= len(line.rstrip()) - 2

    def _point_of_a_field(self, heading: tuple[str, int, int], prev_line: str) -> bool:
        """1. after a field's label (第三季度：) on a page of one task whose owners stand in labelled fields before it
        (牵头单位：A): a point of that field's value, not the page's first clause (光明 2020's progress report, its
        lines run together then parted again). The page is read as one task (_single_task)."""
        if self.started or heading[1] != 1 or heading[0] in P.CN_NUMERAL_STYLES:
            return False
        if not prev_line.rstrip().endswith((":", "：")):
            return False
        for a, b in self.front:
            line = self.norm.text[a:b].strip()
            m = grammar().label.match(line)
            if m and line[m.end() :].lstrip()[:1] in ("", ":", "："):  # 牵头单位： / 牵头单位 alone: a field
                return True
        return False

    def _single_task(self) -> None:
        """A page that gives one task and its owners without a number (a 任务分解 column's page per task: 具体任务 /
        the task / 责任单位 / its list): from the task's line on, the page is one item named by the task's words up
        to its first 。 or ；. The task is the line a task label (具体任务) names, or else the last line before the
        labels."""
        g, text = grammar(), self.norm.text
        lines = [text[a:b] for a, b in self.front]
        labelled = [i for i, line in enumerate(lines) if g.label.match(line.strip())]
        if not labelled or labelled[0] == 0:
            return
        named = [i for i in range(labelled[0]) if g.task_field.match(lines[i])]
        first = named[-1] if named else labelled[0] - 1
        skip = g.task_field.match(lines[first])
        if skip and not lines[first][skip.end() :].strip():  # 具体任务 alone on its line: the task is the next one
            first, skip = first + 1, None
        if first >= labelled[0]:
            return
        a, b = self.front[first]
        start = a + (skip.end() if skip else len(lines[first]) - len(lines[first].lstrip()))
        # 重点工作：135.统筹…: the task's own number in the list it was taken from is no part of its title
        numbered = _TASK_NUMBER.match(text, start, b)
        key, number = (numbered.group(1), numbered.group().strip()) if numbered else ("1", "")
        start = numbered.end() if numbered else start
        stop = re.compile(r"[。；;]").search(text, start, b)
        item = self._new(key, number, "item", None, start)
        item.head = (start, stop.start() if stop else b)
        item.pieces = [(start, b), *self.front[first + 1 :]]
        self.front = self.front[:first]
        self.started = True

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


def _part_title(line: str) -> bool:
    """A line that is (or, in text run together, ends with) the title of a document: a second one may start.

    Run-on text glues the second title to the last sentence of the first document (…负责解释。某某行动计划).
    """
    tail = line.rsplit("。", 1)[-1].strip()
    return bool(tail) and len(tail) <= 60 and P.PART_TITLE.search(tail) is not None
