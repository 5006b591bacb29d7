"""Find statements: where a clause's text says who carries it out.

A bracket that reads as a statement (（牵头单位：A；责任单位：B）, （A、B等负责）), a label with its list
(责任单位：A、B), a sentence that is nothing but statements (由A牵头，B配合。) or ends in one (…，由A负责。), a list a
dash sets after the task (…。——A、B), and, in a document that closes its items so, a bare list of bodies (（A、B）).
responsibility.py reads each one found; assign.py applies them to the clauses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .grammar import grammar
from .places import begins_with_place
from .responsibility import (
    after_person,
    bare_list,
    closing_bracket,
    label_start,
    only_statements,
    opens_with_body,
    plain,
    read_statement,
)
from .times import is_deadline_cell

# A sentence: up to the end of a sentence or line; or up to the end of a sentence, over the lines it was wrapped onto.
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_WRAPPED_SENTENCE = re.compile(r"[^。；;！!？?]+")
# 关于“严守耕地保护红线，划定永久基本农田”的问题， — the matter a 分工 notice's sentence gives out, before its statement
# 此项工作由A牵头负责 / 该项任务由A负责 — the work the sentence is about, named by pointing back at the item;
# 综合协调组由A牵头，B、C参加 — a working group an emergency plan makes up of bodies
_TOPIC = re.compile(
    r"\s*(?:(?:关于|对于)(?:[“\"][^”\"]*[”\"]|[^，,。；;“\"])*?的?(?:问题|事项)[，,]"
    r"|(?:此项|该项|本项|这项|上述|以上)(?:工作|任务)(?=由)|[^，,。；;:：\s]{2,12}?(?:组|专班)(?=由))"
)
# 由A负责，… opens a sentence that gives itself out
_GIVES_ITSELF_OUT = re.compile(r"\s*" + P.BY)
_WITH_OTHERS = re.compile(r"\s*(?:会同|联合|协调)")
# A sentence's work, then a comma and the bodies that do it (…，由A负责。 / …，由A牵头，B配合。 / …，A负总责。)
_GIVEN_TO = re.compile(r"[，,]")
# A task's owners set after a dash at the end of its line: 推进重点项目开工。——县发改局、县财政局
_DASH_TAIL = re.compile(r"[—－-]{2}[ \t\u3000]*([^\n—]{2,200}?)[ \t\u3000]*(?=\n|$)")
# A list of bodies as a line of its own after the item's text, or as the last "sentence" of a line (a table's owner
# column copied below or beside the task: 推进医养结合。⏎县卫健局、县医保局 / …培训。 县人社局 / …培训。县人社局).
# Never across a tab: a table row's cells after its task are its columns (a scorer's 评分部门 too), not one list.
_LINE_LIST = re.compile(r"[ \u3000]*([^\n\t：:]{2,120}?)[ \u3000]*(?=\n|$)")


_NAME_START = re.compile(rf"[{P.CJK}]")
# A statement that opens an item before a colon and the work (1.县民政局牵头：建设养老中心。)
_OPENING = re.compile(r"\s*(?P<statement>[^:：。；;()（）【】\n]{3,60}?)\s*[:：]")
# Where a bracket opens, and where a line or sentence has just ended (a bare list of bodies may start there)
_OPENER = re.compile("[" + "".join(re.escape(ch) for ch in P.OPENERS) + "]")
_AFTER_END = re.compile(r"(?<=[\n。；;])")
# Where a label's statement ends when no 。 is near: its verb (牵头单位：A负责 …)
_LABEL_VERB = re.compile(r"负责|落实")


def given_out_end(text: str, a: int, b: int) -> int:
    """Where the statement ends that opens a sentence text[a:b] by giving it out with 由 before its work (由A负责，
    B、C配合，加快…): the longest run of statement chunks from its start; -1 if it opens with none. Without 由 it is
    prose (A牵头，会同B建立…, styles.md §5)."""
    if not _GIVES_ITSELF_OUT.match(text, a, b):
        return -1
    commas = _GIVEN_TO.finditer(text, a, b)
    head = max((m.start() for m in commas if only_statements(text[a : m.start()])), default=-1)
    # (由A牵头，会同B制定… is the lead's work with B: prose, as 由A会同B制定… is)
    return head if head > 0 and not _WITH_OTHERS.match(text, head + 1, b) else -1


class _Ahead:
    """The next position at or after i where any of some patterns matches. The readers below try each pattern at
    every character; asking where the next could match lets them skip the stretches none starts in (most of a
    clause), which was a fifth of a parse."""

    def __init__(self, text: str, patterns: list[re.Pattern[str]]) -> None:
        self.text = text
        self.patterns = patterns
        self.found = [-1] * len(patterns)

    def next(self, i: int) -> int:
        best = len(self.text)
        for k, pattern in enumerate(self.patterns):
            if self.found[k] < i:
                m = pattern.search(self.text, i)
                self.found[k] = m.start() if m else len(self.text)
            best = min(best, self.found[k])
        return best


@lru_cache(maxsize=8192)
def _is_bare_list(text: str) -> bool:
    """Whether a bracket's or a line's text is a list of nothing but bodies: asked again of the same brackets by
    every level of clauses around them (and by the report of unread passages)."""
    return bool(bare_list(plain(text)))


def _line_list(text: str, i: int) -> re.Match[str] | None:
    """A bare list of bodies that fills the rest of a line from i, where i starts a line (not the text's first) or
    follows a sentence's end: no verb, so no sentence of its own."""
    if i == 0 or text[i - 1] not in "\n。；;":
        return None
    m = _LINE_LIST.match(text, i)
    if m is None or not grammar().body_end.search(m.group(1)) or not _is_bare_list(m.group(1)):
        return None
    return m


# What may follow a bracket that closes a sentence or an item: （市发改委、市财政局）。 (or the bracket opens the item);
# a note after the last item (注：带*号的为牵头单位 / 说明：…) may be joined to its line
_CLOSES = re.compile(r"[ \t\u3000]*(?:[。；;.]|\n|$|(?:备?注|说明)[:：])")
# How many sentence-closing lists of bodies a document must hold before its bare ones （A、B） are read as lists
# of who does the work: one alone may be an aside (依托市大数据中心（市大数据局）。); a document that closes item after
# item with such lists — bare, or some saying their roles (（A、B按职责分工负责） then （A、C）, as ministries write)
# — uses them as its statements. A declaration of how its lists are read (列第一位者为牵头单位) says so at once.
BARE_LISTS_NEEDED = 3


def _ends_or_opens(text: str, start: int, end: int) -> bool:
    """Whether the bracket text[start..end] closes a sentence or opens the item (1.【市发改委】推进…), and does not
    follow a body's name (各县政府(管委会), 市交通委（市道运局）: the name's qualifier or other name)."""
    if grammar().body_end.search(text[max(0, start - 30) : start]) and not _title_before(text, start, end):
        return False
    return bool(_CLOSES.match(text, end + 1)) or not text[:start].strip()


# What a title never holds: a sentence's or a list's punctuation
_IN_SENTENCE = re.compile(r"[，,。；;：:、()（）【】]")


# A bracket's sentence ends with its line: a stop at most between them (建设养老中心（县民政局）。⏎)
_STOP_AT_LINE_END = re.compile(r"[。；;][ \t\u3000]*(?:\n|$)")


def _title_before(text: str, start: int, end: int) -> bool:
    """建设养老中心【县民政局】⏎: a title that fills its line up to a bracket ending the line, ends like a body but does
    not begin like one (a place or level): the title's owners, not a name's qualifier (市政务服务中心（市大数据局）).
    The bracket may close the title's sentence too (建设养老中心（县民政局）。⏎) where the title does not end with a
    name of its own (依托市大数据中心（市大数据局）。: the centre's other name)."""
    title = text[text.rfind("\n", 0, start) + 1 : start].strip()
    closes_line = text[end + 1 : end + 2] in ("", "\n")
    if not closes_line and _STOP_AT_LINE_END.match(text, end + 1):
        closes_line = not any(begins_with_place(title[k:]) for k in range(len(title) - 2))
    return (
        closes_line
        and 0 < len(title) <= P.HEADING_MAX
        and not _IN_SENTENCE.search(title)
        and not begins_with_place(title)
    )


def _closing_brackets(text: str):
    """(start, end, inner) of each bracket in the text that closes a sentence or opens an item, and of each list
    a dash sets after the task at its line's end (推进项目开工。——县发改局、县财政局: from the dash to the line's
    last character)."""
    ahead = _Ahead(text, [_OPENER, _DASH_TAIL, _AFTER_END])
    i = 0
    while (i := ahead.next(i)) < len(text):
        if text[i] in P.OPENERS:
            end = closing_bracket(text, i)
            if _ends_or_opens(text, i, end):
                yield i, end, text[i + 1 : end]
            i = end + 1
        elif dash := _DASH_TAIL.match(text, i):
            yield i, dash.end() - 1, dash.group(1)
            i = dash.end()
        elif line := _line_list(text, i):
            yield i, line.end() - 1, line.group(1)
            i = line.end()
        else:
            i += 1


def bare_brackets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bracket in the text that closes a sentence (or opens an item) and holds a bare list."""
    return [
        (i, end + 1) for i, end, inner in _closing_brackets(text) if not read_statement(inner) and _is_bare_list(inner)
    ]


def closing_lists(text: str) -> int:
    """How many brackets in the text close a sentence (or open an item) with a list of bodies, bare or saying
    their roles: a document that closes its items so (（A、B按职责分工负责） … （A、C）) gives its owners there."""
    return sum(1 for _, _, inner in _closing_brackets(text) if read_statement(inner) or _is_bare_list(inner))


def closing_lines(text: str) -> int:
    """How many lines of the text hold nothing but a list of bodies after a finished sentence (推进医养结合。⏎县卫健局、
    县医保局): no bracket around them, so no aside."""
    return sum(1 for i in range(1, len(text)) if _line_list(text, i))


def labels_as_lines(text: str) -> str:
    """【牵头单位】A【责任单位】B【完成时限】… written as 牵头单位:A 责任单位:B 完成时限:… (same length, so spans
    stay true: spaces inside the brackets go before the label). A role word alone (【牵头】A【配合】B) is a label where
    a body's name follows it, and stays a mark after a name (A【牵头】、B)."""
    g = grammar()
    text = g.bracketed_label.sub(_as_line, text)
    if not any(ch in text for ch in "【〔["):
        return text
    return g.bracketed_role.sub(lambda m: _as_line(m) if _names_after(m.string, m.end()) else m.group(), text)


def _names_after(text: str, at: int) -> bool:
    """A body's name begins at `at` (no list mark first: A【牵头】、B is A's mark)."""
    return bool(_NAME_START.match(text, at)) and opens_with_body(text[at:])


def _as_line(m: re.Match[str]) -> str:
    return " " * (len(m.group()) - len(m.group(1)) - 1) + m.group(1) + ":"


def find_statements(text: str, heading_end: int = 0, bare: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every responsibility statement in a clause's text (read them from labels_as_lines(text)).

    `bare`: a bracket that closes a sentence with a bare list of bodies is a statement too (read_statement's).

    `heading_end`: where the clause's heading ends. A heading printed as a line of its own without a 。
    (2.2.1 综合协调组) does not run into the first sentence after it (由市应急局牵头，市公安局参加。).
    """
    return list(_found_cached(text, heading_end, bare))


@lru_cache(maxsize=4096)  # a clause's text is searched again for each heading candidate and by the assignment
def _found_cached(text: str, heading_end: int, bare: bool) -> tuple[tuple[int, int], ...]:
    return tuple(_find(text, heading_end, bare))


def _find(text: str, heading_end: int, bare: bool) -> list[tuple[int, int]]:
    g = grammar()
    text = labels_as_lines(text)
    found: list[tuple[int, int]] = []
    ahead = _Ahead(text, [_OPENER, _DASH_TAIL, g.statement_label, g.label] + ([_AFTER_END] if bare else []))
    i = 0
    opening = _OPENING.match(text)
    if opening and not g.label.match(opening["statement"]) and only_statements(opening["statement"]):
        found.append(opening.span("statement"))  # 1.县民政局牵头：建设… (its 牵头： is no label of the work)
        i = opening.end()
    while (i := ahead.next(i)) < len(text):
        ch = text[i]
        if ch in P.OPENERS:
            end = closing_bracket(text, i)
            inner = text[i + 1 : end]
            if read_statement(inner) or (bare and _ends_or_opens(text, i, end) and _is_bare_list(inner)):
                found.append((i + 1, end))
                i = end + 1
                continue
            if end - i > 300:  # an unclosed bracket: look inside it
                i += 1
                continue
            i = end + 1 if end < len(text) else i + 1
            continue
        dash = _DASH_TAIL.match(text, i)
        if dash and (read_statement(dash.group(1)) or (bare and _is_bare_list(dash.group(1)))):
            found.append(dash.span(1))
            i = dash.end()
            continue
        line = _line_list(text, i) if bare else None
        if line:
            found.append(line.span(1))
            i = line.end()
            continue
        said = g.statement_label.match(text, i)
        if said:
            # 部门分工：A牵头，B配合。 — the label gives no role; the statement after it says the roles
            stop = text.find("。", said.end())
            stop = stop if 0 <= stop - said.end() <= 200 else min(len(text), said.end() + 200)
            if read_statement(text[said.end() : stop]):
                found.append((said.end(), stop))
            i = max(stop, i + 1)
            continue
        m = g.label.match(text, i)
        if m and (P.LABEL_COLON.match(text, m.end()) or _glued_label(text, m)):
            stop = text.find("。", m.end())
            if stop < 0 or stop - m.end() > 200:
                # (牵头单位：A落实单位：B, its lines joined: 落实 opens the next label, no verb of A's)
                verbs = _LABEL_VERB.finditer(text, m.end(), m.end() + 200)
                verb = next((v for v in verbs if not g.label.match(text, v.start())), None)
                stop = verb.end() if verb else min(len(text), m.end() + 200)
            if read_statement(text[i:stop]):
                found.append((i, stop))
            i = max(stop, i + 1)
            continue
        i += 1
    _statement_sentences(text, heading_end, found)
    return sorted(found)


def _glued_label(text: str, m: re.Match[str]) -> bool:
    """。责任单位卫健局、文旅局配合单位各乡镇: a label that opens a sentence glued to the names after it (a table's
    cells run onto one line, their colons lost; the spaces between them go as the clause's text is joined)."""
    a = label_start(m)
    return (not a or text[a - 1] in "。；;\n" or after_person(text, a)) and opens_with_body(text[m.end() :])


def _statement_sentences(text: str, heading_end: int, found: list[tuple[int, int]]) -> None:
    """Add the sentences that are nothing but role statements (由A牵头，B配合。), or whose only other words name the
    matter they give out (关于“…”的问题，由A会同B负责落实。), where no statement was found.

    A sentence runs over the lines a printed page wrapped it onto (由国土资源部\n会同农业部…): it is read line by line
    first (label lines end without a 。), then whole. A heading that is only the first printed line of such a
    sentence does not cut it when the sentence says so itself: it opens with 由 or with the matter it gives out.
    """
    spans = ((0, len(text)),) if heading_end else ()
    parts = ((0, heading_end), (heading_end, len(text)))
    for pattern, within, across_heading in (
        (_WRAPPED_SENTENCE, spans, True),
        (_SENTENCE, parts, False),
        (_WRAPPED_SENTENCE, parts, False),
    ):
        for start, b in (m.span() for part in within for m in pattern.finditer(text, *part)):
            topic = _TOPIC.match(text, start, b)
            a = topic.end() if topic else start
            gives_out = topic or text[a:b].lstrip().startswith("由")
            if across_heading and not (start < heading_end < b and gives_out):
                continue
            if any(x < b and a < y for x, y in found):
                continue
            if only_statements(text[a:b]):
                found.append((a, b))
                continue
            # 新建站点10个，由县民政局负责。 — the sentence's work, then after a comma who does it (and nothing else):
            # the longest run of statement chunks that ends the sentence, found from its last comma back (before its
            # deadline: …，由县民政局负责，2024年底前完成。)
            commas = list(_GIVEN_TO.finditer(text, a, b))
            end = commas[-1].start() if commas and is_deadline_cell(text[commas[-1].end() : b]) else b
            # A牵头，B配合，2024年底前完成。: all of it before its deadline
            if end < b and only_statements(text[a:end]):
                found.append((a, end))
                continue
            tail = -1
            for m in reversed([m for m in commas if m.end() < end]):
                if not only_statements(text[m.end() : end]):
                    break
                tail = m.end()
            if tail > 0:
                found.append((tail, end))
                continue
            # （一）由A负责，B、C配合，加快… — a sentence that opens by giving itself out with 由, then its work
            head = given_out_end(text, a, b)
            if head > 0:
                found.append((a, head))
