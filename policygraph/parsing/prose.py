"""Obligations written as prose: a body as the subject of 要/应/须/负责/牵头/会同….

Provincial plans and State Council opinions often name no list at all: the work is
owed by the subject of a sentence (各级民政部门要定期组织开展评估). These are found, not
assumed — every name before the verb must read as a body and begin like one — and are
marked as read from prose, so a user can tell them from listed responsibilities.
"""

from __future__ import annotations

import re
from functools import cache

from . import patterns as P
from .bodies import looks_like_body
from .grammar import _rows, after_none, grammar
from .lists import parse_names
from .places import begins_with_place

# A short bracket inside a name stays ((街道), (管委会)); a longer one is a statement or an aside.
_NAME_BRACKET = 6
# Where a sentence's subject may begin: the text's start, or after a stop, a comma or a line break.
# (会议议定：县住建局要… — after a colon too: what a meeting decided, then whose the work is)
_SUBJECT_START = r"(?:^|(?<=[。；;!！?？，,:：\s]))"
# What may end a heading that is a body's name alone (（一）区财政局。负责… / 区财政局\n负责…).
_HEADING_STOPS = ("。", ".", "\n", " ")


@cache
def _subject() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    rows = _rows("prose_verbs.csv")
    verbs = []
    for r in sorted(rows, key=lambda r: len(r["verb"]), reverse=True):
        word = after_none(re.escape(r["verb"]), r["not_after"])  # 各社会组织要…: 组织 ends the subject's name
        verbs.append(word + (f"(?!{r['not_before']})" if r["not_before"] else ""))
    # 市民政局：负责… (a duty list) is the same obligation with a colon (or a dash) after the subject;
    # 市民政局具体负责 / 分别负责: the adverbs of verb_adverbs.csv may stand between the subject and its verb
    pattern = re.compile(
        # 由于/由此 ("because"/"hence") open no subject
        _SUBJECT_START
        + P.ENUMERATOR
        + r"?(?:(?:此项|该项|本项|这项)(?:工作|任务)(?=由))?"
        + f"(?:{P.BY}|交由|请|责成)?(?!由[于此])"
        r"(?P<names>[^,，。；;:：【】\s—]{2,60}?)\s*(?:[:：]|——?)?\s*"
        # 县民政局作为行业主管部门，牵头抓总: what the subject is, set between it and its verb
        r"(?:作为[^,，。；;:：]{2,12}?(?:部门|单位|机构)[,，]?)?"
        + grammar().duty
        + r"(?P<verb>"
        + "|".join(verbs)
        + r")(?P<with>[,，]?(?:要|应|应当|须|负责|牵头)?会同)?"  # 由A牵头，会同B、C制定…: a comma may stand before 会同
    )
    return pattern, {r["verb"]: r["role"] for r in rows}, frozenset(r["verb"] for r in rows if r["partners"])


@cache
def _as_label() -> re.Pattern[str]:
    """县民政局作为牵头单位，… / 各乡镇是本辖区工作的责任主体: a sentence that gives a body a label's role."""
    return re.compile(
        _SUBJECT_START
        + P.ENUMERATOR
        + rf"?{P.NAMING_VERB}?(?:{P.BY})?"
        + r"(?P<names>[^,，。；;:：【】\s]{2,40}?)(?:是|为|作为)(?:[^，,。；;:：\s]{0,20}?的)?"
        r"(?P<label>" + grammar().label.pattern + r")(?=[，,。；;\s]|$)"
    )


def _outside_brackets(text: str) -> str:
    """The text with bracketed statements and asides blanked (same length), so listed statements are not read
    twice: a long bracket, or a short one that ends in a role verb (（县民政局负责）)."""
    out = list(text)
    verb = grammar().verb
    for m in re.finditer(r"[(（【\[][^()（）【】\[\]]*[)）】\]]", text):
        if m.end() - m.start() - 2 > _NAME_BRACKET or verb.search(m.group(0)[1:-1]):
            out[m.start() : m.end()] = [" " if ch != "\n" else ch for ch in m.group(0)]
    return "".join(out)


def _subject_names(words: str) -> list[str]:
    if "的" in words:  # 负责…的部门要: a description, not a named body
        return []
    names = parse_names(P.LIST_JOINER.sub("、", words))
    if any(n.count("(") != n.count(")") for n in names):  # 站10个(县民政局: a bracket opened before the subject
        return []
    ok = all(looks_like_body(n) and P.PROSE_SUBJECT.search(n) and (len(n) >= 3 or n.startswith("各")) for n in names)
    return names if ok else []


def prose_assignments(text: str, heading_end: int = 0) -> list[tuple[str, str, tuple[int, int]]]:
    """(body, role, span of the sentence opening) for each body that is the subject of an obligation.

    `heading_end`: where the clause's heading ends. A heading printed as a line of its own (二、保障措施) is joined
    to the paragraph under it in the clause's text; a sentence starts after it, not with it.
    """
    pattern, roles, with_partners = _subject()
    out = []
    whole = _outside_brackets(text)
    heading = whole[:heading_end].strip()
    if heading_end and _subject_names(heading) and begins_with_place(heading):  # (not 建设养老中心。牵头：…)
        # （一）区工商分局。负责… — a duty list whose items are headed by the body alone: the heading is the subject
        if whole[heading_end : heading_end + 1] in _HEADING_STOPS:
            whole = whole[:heading_end] + "：" + whole[heading_end + 1 :]
        heading_end = 0
    for at, end in ((0, heading_end), (heading_end, len(text))) if heading_end else ((0, len(text)),):
        plain = whole[at:end]
        for m in pattern.finditer(plain):
            names = _subject_names(m["names"])
            if not names:
                continue
            partners = _partners(plain, m.end()) if m["with"] or m["verb"] in with_partners else []
            role = "lead" if m["with"] else roles.get(m["verb"], "responsible")
            if plain.startswith("牵头", m.end("verb")):  # 省发展改革委要牵头建立…: the modal, then the lead
                role = "lead"
            out.extend((name, role, (at + m.start("names"), at + m.end("verb"))) for name in names)
            out.extend((name, "responsible", (at + m.start("names"), at + m.end() + n)) for name, n in partners)
        for m in _as_label().finditer(plain):
            role = grammar().label_role(m["label"])
            out.extend((name, role, (at + m.start("names"), at + m.end())) for name in _subject_names(m["names"]))
    return out


def _partners(text: str, at: int) -> list[tuple[str, int]]:
    """The bodies after 会同 (A会同B、C制定…): the longest run of names before the clause's own words."""
    words = re.match(r"[^,，。；;:：\s]{2,60}", text[at:])
    if not words:
        return []
    run, ends = words.group(), grammar().body_end
    for end in range(len(run), 1, -1):
        head = run[:end]
        if not (ends.search(head) or P.LIST_FILLER.search(head)) or (end < len(run) and ends.search(run[: end + 1])):
            continue  # not the end of a name, or the name goes on (专区监管部|门)
        names = parse_names(P.LIST_JOINER.sub("、", head))
        if names and all(_partner(n) for n in names):
            return [(n, end) for n in names]
    return []


# 会同市网信、公安、保密等部门统筹建立全市…: the list ended at its 等部门; words after it are the clause's own
_PAST_THE_LIST = re.compile(r"等(?:有关|相关)?(?:部门|单位)(?=.)")


def _partner(name: str) -> bool:
    """A named body (会同市财政局), not the words 有关部门 with a verb glued on (会同有关部组织), nor a list's 等部门
    with the clause's words after it."""
    return (
        looks_like_body(name)
        and bool(P.PROSE_SUBJECT.search(name))
        and not P.UNNAMED.match(name)
        and not _PAST_THE_LIST.search(name)
    )


# （三）县卫健委：完善医养结合服务。 — a task that opens with its bodies and a colon, then its duty: at least four
# characters of words (县民政局：张三 13800000000 is a contact list). A paragraph may give several so, one to a sentence
# (部门职责。县民政局：负责…；县财政局：落实…).
_COLON_SUBJECT = re.compile(r"\s*(?P<names>[^:：,，。；;()（）\n]{2,60}?)\s*[:：]\s*(?=[一-龥]{4})")
_SENTENCE_END = re.compile(r"[。；;\n]")


def colon_subjects(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(body, role, span of the names) of the bodies a task or one of its sentences opens with before a colon and
    its duty; the duty's opening verb says the role (县民政局：牵头… leads), else they are responsible."""
    out: list[tuple[str, str, tuple[int, int]]] = []
    if ":" not in text and "：" not in text:
        return out
    label = grammar().label
    whole = _outside_brackets(text)  # （…；区级责任单位：A） is a bracket's statement, its label no body
    for start in [0] + [m.end() for m in _SENTENCE_END.finditer(whole)]:
        m = _COLON_SUBJECT.match(whole, start)
        names = _subject_names(m["names"]) if m and not label.search(m["names"]) else []
        if names:
            end = _SENTENCE_END.search(whole, m.end())
            roles = dict(opening_subjects(text[m.start() : end.start() if end else len(text)].lstrip()))
            out.extend((name, roles.get(name, "responsible"), m.span("names")) for name in names)
    return out


def opening_subjects(text: str) -> list[tuple[str, str]]:
    """(body, role) of the bodies `text` opens with as the subjects of a prose verb (县财政局做好资金保障)."""
    return [(name, role) for name, role, (start, _end) in prose_assignments(text) if start == 0]
