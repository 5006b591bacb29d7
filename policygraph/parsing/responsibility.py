"""Read one responsibility statement: which bodies it names, and in which role.

A statement (found by statements.py: a bracket, a label line, a sentence of statements) is cut into chunks,
each read as a list of bodies in one of the statement shapes of grammar/shapes.csv. Declarations
(列第一位者为牵头单位，下同; *为牵头单位) change how every later list is read. A blanket sentence assigns a body to
every task after it. Obligations written as sentences are read by prose.py, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import patterns as P
from .bodies import function_department, looks_like_body, split_top, top_level
from .grammar import Grammar, Shape, grammar
from .lists import carry_prefix, parse_names
from .prose import opening_subjects
from .scopes import without_scope
from .times import is_deadline_cell

_CJK = re.compile(f"[{P.CJK}]")
_LIST_MARK = re.compile("、")
# What may join two statements after a lead verb: 、, or a gap where a copy lost the comma (A牵头 B配合)
_STATEMENT_JOIN = re.compile(r"、|[ \t\u3000]+(?=\S)")
_SAME_BELOW = re.compile(r"[,，;；]?\s*下同")  # …，下同: a declaration's "and so on below", not part of a list
_CHUNK_END = re.compile(r"[,，;；。]")
# A star after the name (区财政局*) or before it (★县发改局): the declared mark of the lead
_ASTERISK = re.compile(f"^[{re.escape(P.STARS)}]|[{re.escape(P.STARS)}]$")


@dataclass(frozen=True)
class Named:
    """A body as a statement names it, with its role; `starred` if the name carried a *."""

    name: str
    role: str
    starred: bool = False
    part: int = 0  # which part of its list, cut at commas, it stands in (逗号前为牵头单位: the first part leads)
    helps: bool = False  # named by a word that says it helps another (配合单位：B, B协助): never made the lead


@dataclass(frozen=True)
class _Found:
    """A body name found in a list, and the marks written on it: A* (asterisk), A（牵头） (lead)."""

    name: str
    starred: bool = False
    marked: bool = False


@dataclass(frozen=True)
class _Chunk:
    """What one chunk of a statement says: the bodies it lists and the role they take."""

    bodies: tuple[_Found, ...]
    role: str | None  # None: a bare list that takes the role of the verb that ends it, or of the label before it
    leads: tuple[_Found, ...] = ()  # A会同B: the bodies before 会同
    label: str | None = None  # the role of the label that opens this chunk
    lists: tuple[str, ...] = ()  # the lists as written, for whole()
    work: bool = False  # the work itself follows the names (A会同B研究制定): a statement in brackets, prose outside
    helps: bool | None = False  # its role word says it helps another (配合); None: as the label before it says

    def whole(self) -> bool:
        """Every name it lists is a body named as a subject is: no task words left over (read when asked)."""
        return not self.work and (not self.lists or only_bodies(*self.lists))


def closing_bracket(text: str, open_at: int) -> int:
    """Index of the bracket that closes text[open_at], or len(text)."""
    opener = text[open_at]
    closer = P.OPENERS[opener]
    depth = 0
    for i in range(open_at, len(text)):
        ch = text[i]
        if ch == opener or (opener in "(（" and ch in "(（"):
            depth += 1
        elif ch == closer or (closer in ")）" and ch in ")）"):
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def label_start(m: re.Match[str]) -> int:
    """Where a label's words begin: grammar().label may take the spaces before them (文旅局 配合单位 各乡镇)."""
    return m.start() + len(m.group()) - len(m.group().lstrip())


# Characters: the longest a person's name or title runs after its field (省政府分管领导同志, 县委常委、副县长张三)
_PERSON_VALUE = 20


def after_person(text: str, at: int) -> bool:
    """牵头领导：省政府分管领导同志牵头单位…: the label at `at` comes right after a person's field and its value (the
    fields were lines of their own, joined): a person is never a body, so the label opens a list as after a stop."""
    return _person_before().search(text, max(0, at - _PERSON_VALUE - 8), at) is not None


@lru_cache(maxsize=1)
def _person_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{grammar().person_word.pattern})\s*[:：]?[^。；;:：,，]{{1,{_PERSON_VALUE}}}$")


@lru_cache(maxsize=1)
def _leader() -> re.Pattern[str]:
    """由杨志武副市长负责 / 由市政府分管领导牵头 / 县长张三负责: an official in charge, named by office, before the
    bodies that do the work (由A副市长负责，市发改委牵头，相关部门配合，…) — a person, never a body."""
    verb = grammar().verb.pattern.removesuffix("$")
    # (a 领导小组 is a body: 县乡村振兴领导小组牵头 was read as an official and passed over)
    person = rf"[{P.CJK}]{{0,12}}?(?:{P.OFFICIAL_TITLE}|领导(?!小组))(?:同志)?[{P.CJK}]{{0,3}}?(?:同志)?"
    return re.compile(rf"^(?:具体|统一|主要)?由?{person}{verb}$")


def _without_leaders(text: str) -> str:
    """The text with each piece between stops that names only an official in charge left out (with its stop)."""
    if not _LEADER_HINT.search(text):
        return text
    pieces = _LEADER_CUT.split(text)
    leaders = [bool(_leader().match(P.BLANKS.sub("", p))) for p in pieces[::2]]
    if not any(leaders):
        return text
    stops = [*pieces[1::2], ""]
    return "".join(p + stop for p, stop, leader in zip(pieces[::2], stops, leaders, strict=True) if not leader)


_LEADER_CUT = re.compile(f"({_CHUNK_END.pattern})")  # the stops a statement is cut at, kept
# A telephone number: never part of a body's name
_PHONE = re.compile(rf"(?<![\d.]){P.PHONE}(?![\d.%])")
_LEADER_HINT = re.compile(rf"{P.OFFICIAL_TITLE}|领导")


def _chunks(text: str) -> list[str]:
    """Cut a statement at ，；。 (outside brackets), before each label that opens a new list and each other field."""
    g = grammar()
    text = _without_leaders(text)  # 由A副市长负责，市发改委牵头: the official in charge is no chunk of the statement
    text = without_scope(text)  # （以上三项工作由A负责）: which items it holds for is assign's (scopes.py)
    if g.person_field.search(text):  # 承办部门：A 咨询电话：2126811 ⏎ B 2835085: a contact's number ends its chunk
        text = _PHONE.sub("，", text)
    top = top_level(text)
    starts = [(label_start(m), m.end()) for m in g.label.finditer(text)]
    cuts = [
        a
        for a, b in starts
        if a > 0
        and (
            not re.match(rf"[{P.CJK}]", text[a - 1])
            or P.LABEL_COLON.match(text, b)
            or after_person(text, a)
            # 县财政局配合单位县自然资源局: a label between two names, glued to both (工作专班牵头单位 then a cell's tab
            # is a collective body's name: 各牵头单位)
            or (g.body_end.search(text[max(0, a - 30) : a]) and text[b : b + 1].strip() and opens_with_body(text[b:]))
        )
    ]
    # 各乡镇完成时限2024年底: a field after a name, its colon lost
    cuts += [m.start() for m in g.field_word.finditer(text) if m.start() and g.body_end.search(text[: m.start()])]
    # 县民政局（责任人：张三）: a field inside a name's bracket does not cut the list
    fields = [_field_start(text, m.start()) for m in g.field.finditer(text) if m.start()]
    cuts = sorted({c for c in cuts + fields if top[c]})
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    out: list[str] = []
    for piece in pieces:
        for chunk in split_top(piece, _CHUNK_END):
            out.extend(_after_lead(chunk, g))
    return [P.BLANKS.sub("", c) for c in out if c.strip()]


# Characters: the most a field's own words stand before its label word (办理 in 办理时限：, 整改 in 整改时限：,
# 年度阶段性 in 年度阶段性工作目标：, a 政府工作报告 page's field on the line after the lead's name). The nearest
# name's end is taken.
_FIELD_WORDS = 8


def _field_start(text: str, at: int) -> int:
    """Where a field whose label word is at `at` begins: 各乡镇人民政府办理时限： — its own words (办理) go with it, so
    the list before ends at the name's end, not in the middle of the field's label."""
    body_end = grammar().body_end
    if body_end.search(text[:at]):
        return at
    for k in range(at - 1, max(0, at - _FIELD_WORDS) - 1, -1):
        if not _CJK.match(text[k]):
            return at  # the label's words are glued to the name: never past a space, a bracket or a stop
        if at - k >= 2 and body_end.search(text[:k]):  # a word of two characters at least (办理, not 理)
            return k
    return at


# Characters: the longest name a glued list may open with
_FIRST_NAME = 20


def opens_with_body(text: str) -> bool:
    """卫健局、文旅局配合单位… / 各乡镇完成时限…: the text opens with a body's name, up to a list mark, a label, a
    field or its end (a table's cells run together without their colons or spaces)."""
    g = grammar()
    for k in range(2, min(len(text), _FIRST_NAME) + 1):
        rest = text[k:]
        ends = not rest or rest[0] in "、，,；;。" or g.label.match(rest) or g.field_word.match(rest)
        if ends and looks_like_body(text[:k]):
            return True
    return False


def _after_lead(chunk: str, g: Grammar) -> list[str]:
    """市民政局牵头、市财政局配合 / 市民政局牵头 市财政局配合: a 、 or a gap after a lead verb joins two statements,
    not two names."""
    pieces, start = [], 0
    for m in _STATEMENT_JOIN.finditer(chunk):
        if g.lead_end.search(chunk, start, m.start()):
            pieces.append(chunk[start : m.start()])
            start = m.end()
    return [part for piece in (*pieces, chunk[start:]) for part in _glued_after_lead(piece, g)]


def _glued_after_lead(piece: str, g: Grammar) -> list[str]:
    """县民政局牵头县财政局配合: the gap between two statements gone (a clause's lines are joined without their
    spaces): cut after the lead verb where both sides read whole as statements naming bodies (after the last such verb:
    县民政局牵头抓总县财政局协同 is cut after 抓总)."""
    cuts = [m for m in g.lead_verb.finditer(piece, 2, len(piece) - 2) if P.BODY_PREFIX.match(piece[m.end() :])]
    for m in reversed(cuts):
        left, right = piece[: m.end()], piece[m.end() :]
        first, second = _read_chunk(left, None), _read_chunk(right, None)
        if first and second and first.bodies and second.bodies and second.role and first.whole() and second.whole():
            return [left, right]
    return [piece]


def list_bodies(text: str) -> tuple[_Found, ...]:
    """The bodies a list names, with their marks; names that are not bodies are dropped."""
    g = grammar()
    out = []
    for name in parse_names(P.LIST_JOINER.sub("、", P.LIST_HEAD.sub("", text))):
        starred, marked = bool(_ASTERISK.search(name)), bool(g.mark.search(name))
        name = g.support_mark.sub("", g.mark.sub("", _ASTERISK.sub("", name)))  # 县财政局（配合单位）
        if looks_like_body(name):
            out.append(_Found(name, starred, marked))
    return tuple(out)


def _leading_bodies(text: str) -> tuple[_Found, ...]:
    """市财政局研究制定 (after A会同): the bodies before the work the text names, () if none; before work of any other
    words (市财政局改造老旧小区), the longest run of nothing but bodies that ends where a body's name may end."""
    g = grammar()
    for m in g.work.finditer(text):
        if found := list_bodies(text[: m.start()]):
            return found
    for end in range(min(len(text), _FIRST_NAME * 3) - 2, 1, -1):
        head = text[:end]
        if g.body_end.search(head) and not g.body_end.search(text[: end + 1]) and only_bodies(head):
            return list_bodies(head)  # (not 有关部|门改造: the name goes on)
    return ()


def only_bodies(*lists: str) -> bool:
    """Whether the lists name nothing but bodies, each begun as a subject is (a place, a level, 各…), named after
    itself (新材料产业园: grammar/body_endings.csv's self-named rows) or a function's department (公安机关)."""
    g = grammar()
    names = [
        g.mark.sub("", _ASTERISK.sub("", n))
        for text in lists
        if text
        for n in parse_names(P.LIST_JOINER.sub("、", P.LIST_HEAD.sub("", text)))
    ]
    return bool(names) and all(
        looks_like_body(n) and (P.PROSE_SUBJECT.search(n) or _own_name(n) or function_department(n)) for n in names
    )


def _own_name(name: str) -> bool:
    """新材料产业园: a name of its own (two characters or more) before a self-named ending; 城镇 is a word."""
    m = grammar().self_named.search(name)
    return m is not None and m.start() >= 2


def with_role(found: tuple[_Found, ...] | list[_Found], role: str) -> list[Named]:
    return [Named(f.name, "lead" if f.marked else role, f.starred) for f in found]


def _read_chunk(chunk: str, label_role: str | None, shapes: tuple[Shape, ...] | None = None) -> _Chunk | None:
    """The first shape of grammar/shapes.csv that finds bodies in the chunk; None if none does (nor for a field:
    完成时限方舱医院… names no body, though its value may end like one)."""
    g = grammar()
    if g.field_word.match(chunk):
        return None
    for shape in shapes or g.shapes:
        m = shape.pattern.match(chunk)
        if m is None:
            continue
        lists = tuple(t for t in (m.groupdict().get("lead"), m["names"]) if t)
        if shape.role == "label-after":
            found = list_bodies(m["names"])
            if found:
                role = g.label_role(m["label"])
                return _Chunk(found, role, label=role, lists=lists, helps=g.helps(m["label"]))
        elif shape.role == "label":
            role, helps = g.label_role(m["label"]), g.helps(m["label"])
            if not m["names"]:
                return _Chunk((), role, label=role, helps=helps)
            inner = _read_chunk(m["names"], role, tuple(s for s in g.shapes if s.role != "label"))
            if inner is not None:
                own = inner.helps if inner.role and inner.helps is not None else helps
                return _Chunk(inner.bodies, inner.role or role, inner.leads, label=role, lists=inner.lists, helps=own)
        elif shape.role == "lead-others":
            leads = list_bodies(m["lead"])
            if leads:
                # the bodies after 会同 work with the lead whatever verb follows (A会同B统筹推进: B does not lead)
                role = "responsible"
                found = list_bodies(m["names"])
                before_work = _leading_bodies(m["names"])  # A会同B、C改造老旧小区: the list ends where the work begins
                others = before_work if len(before_work) > len(found) else found
                return _Chunk(others, role, leads, lists=lists, work=others is before_work, helps=True)
        elif shape.role == "verb":
            found = list_bodies(m["names"])
            # 县人大办、县政协办: one verb word ends a body's name (政协办 is the CPPCC's office, not 协办): a list
            one_word = len(m["verb"]) == 2 and chunk.endswith(m["verb"])
            if found and one_word and not looks_like_body(_LIST_MARK.split(m["names"])[-1]) and only_bodies(chunk):
                continue
            if found:
                role = g.verb_role(m["verb"])
                work = bool(m.groupdict().get("action"))
                # under a 牵头单位 label a verb leads (A负责), unless it says the body helps (牵头单位：A，B配合)
                supports = any(w in m["verb"] for w in g.support_words)
                role = "lead" if label_role == "lead" and not supports else role
                return _Chunk(found, role, lists=lists, work=work, helps=supports)
        else:  # carry
            found = list_bodies(m["names"])
            if found:
                return _Chunk(found, label_role, lists=lists, helps=None)
    return None


def _deadline_apart(text: str) -> str:
    """县民政局2024年底前 -> 县民政局，2024年底前: the longest time that closes the text right after a body's name."""
    for m in re.finditer(rf"[{grammar().body_last}]", text):
        rest = text[m.end() :].strip()
        if rest and rest[0] not in "，,；;、" and is_deadline_cell(rest):
            return text[: m.end()] + "，" + rest
    return text


def bare_list(text: str) -> list[Named]:
    """（A、B，各县区党委、政府）: a list of nothing but bodies, no role word — each is responsible; [] otherwise.
    A time among them (（A、B，2024年底前完成）, （A，长期坚持）) is the task's deadline, no part of the list, also
    right after the last name where its comma was lost (（A、B 2024年底前）, its gap gone with the spaces)."""
    text = _deadline_apart(text)
    found: list[_Found] = []
    for chunk in _chunks(text):
        if is_deadline_cell(chunk):
            continue
        read = _read_chunk(chunk, None)
        if read is None or read.role is not None or read.label or read.leads or not read.whole():
            return []
        found += read.bodies
    return _prefixed(with_role(found, "responsible"))


def read_statement(text: str, bare: bool = False) -> list[Named]:
    """Every body a statement names, in order; [] if the text does not assign work.

    Each chunk is read by the first shape of grammar/shapes.csv that finds bodies in it.
    Chunks before the first such chunk are skipped (a deadline, a scope); the first chunk
    after it that names no body ends the statement (适用范围：…, 以下均需…). A statement
    needs a role word (a label, a verb, or a mark on a name): a bare list in brackets is an aside,
    unless `bare` (the document closes its items with such lists, see BARE_LISTS_NEEDED).
    """
    return list(_read_cached(text, bare))


# A clause's text is searched for statements many times over (each heading candidate, each sentence, each
# bracket), so the same statement is read again and again: readings are kept (pure functions of the text).
@lru_cache(maxsize=8192)
def _read_cached(text: str, bare: bool) -> tuple[Named, ...]:
    return tuple(_read(text, bare))


def _read(text: str, bare: bool) -> list[Named]:
    text = plain(text)
    lists: list[list[Named]] = [[]]  # one per label: 责任单位：税务局 does not take the 区 of 牵头单位：区发改局
    # a bare list waiting for the verb that ends it (A、B，C按职责分工负责), each name with the part it was read in
    waiting: list[tuple[_Found, int]] = []
    label_role: str | None = None
    worded = False
    part = -1  # the parts of the list, cut at commas, that named bodies so far

    label_helps = False  # the open label says its bodies help another (配合单位：)

    def named(found: list[tuple[_Found, int]], role: str, helps: bool | None = False) -> list[Named]:
        helps = label_helps if helps is None else helps
        return [Named(f.name, "lead" if f.marked else role, f.starred, at, helps) for f, at in found]

    for chunk in _chunks(text):
        read = _read_chunk(chunk, label_role)
        if read is not None and (read.bodies or read.leads):
            part += 1
        here = [] if read is None else [(f, part) for f in read.bodies]
        if read is None and grammar().person_field.match(chunk):
            continue  # 牵头单位：A，责任人：李四；配合单位：B — a person's field between two lists ends neither
        if read is None:
            # （A牵头，B做好资金保障）: after the roles, a body that opens its chunk as the subject of its own work
            working = _working(chunk) if any(lists) else []
            if working:
                lists[-1] += working
                continue
            if any(lists) or waiting:
                break
            continue
        if read.label:
            label_role, worded, label_helps = read.label, True, bool(read.helps)
            if lists[-1]:
                lists.append([])
        if read.role is None:
            waiting.extend(here)
            worded = worded or any(f.marked for f in read.bodies)  # （A（牵头）、B、C）: the mark is the role word
            continue
        worded = True
        if read.leads:
            leads = [(f, part) for f in read.leads]
            lists[-1] += named(waiting, "lead") + named(leads, "lead") + named(here, read.role, read.helps)
        else:
            waiting_role = _waiting_role(read.role, chunk)
            lists[-1] += named(waiting, waiting_role, read.helps) + named(here, read.role, read.helps)
        waiting = []
    if waiting and worded:
        lists[-1] += named(waiting, "responsible")
    if not worded:
        return bare_list(text) if bare else []
    return [n for one in lists for n in _prefixed(one)]


def _waiting_role(role: str, chunk: str) -> str:
    """The role of a list cut by a comma from the verb that ends it: A、B，C按职责分工负责 — the verb's; but
    （A、B，C牵头） names C the lead, A、B beside it, unless the verb says it holds for all (C共同牵头)."""
    return "responsible" if role == "lead" and not grammar().covers_all.search(chunk) else role


def _working(chunk: str) -> list[Named]:
    """The bodies a chunk opens with as the subjects of a prose verb (做好, 负责, 抓好 …), with that verb's role."""
    return [Named(name, role) for name, role in opening_subjects(chunk)]


def plain(text: str) -> str:
    """A statement without what it says about other statements: declarations (列第一位者为牵头单位，下同) and a
    blanket sentence (以下各项工作均需A落实，不再列出: read by blanket_bodies for the tasks after it)."""
    for _, rx in grammar().declarations:
        text = rx.sub("", text)
    # （部门分工：A牵头，B配合）: a label that gives no role, inside the bracket; the statement after it says the roles
    text = grammar().statement_label.sub("", text)
    text = _SAME_BELOW.sub("", text)
    text = P.BLANKET.sub("", text)
    # 责任单位：A、B（按职责分工负责）: the verb in brackets is said of the whole list (a mark, A（牵头）, of one name)
    text = grammar().verb_bracket.sub(lambda m: m[0] if grammar().mark.search(m[0]) else m[1], text)
    return re.sub(r"[(（]\s*[)）]", "", text)  # the bracket that held only the declaration


def _prefixed(one: list[Named]) -> list[Named]:
    """省发展改革委牵头，工业和信息化厅、商务厅配合: within one list the prefix runs on across the commas."""
    names = carry_prefix([n.name for n in one])
    return [replace(n, name=name) for name, n in zip(names, one, strict=True)]


def parse_statement(statement: str) -> list[tuple[str, str]]:
    """(name, role) for every body a statement names, read on its own (no declarations in force)."""
    return [(n.name, n.role) for n in read_statement(statement)]


@lru_cache(maxsize=8192)
def only_statements(sentence: str) -> bool:
    """Whether every chunk of an unbracketed sentence reads as a statement chunk, and one has a role word."""
    chunks, label_role, worded = _chunks(sentence), None, False
    for chunk in chunks:
        read = _read_chunk(chunk, label_role)
        if read is None or not read.whole():
            return False
        label_role = read.label or label_role
        # 县发改局（牵头）、县财政局 on a line of its own: the mark is the role word
        worded = worded or read.role is not None or any(f.marked for f in read.bodies)
    return worded and bool(chunks)
