"""Passages that look like assignments but gave no responsibility: what a user checks first.

When a new layout comes in, the parser's silence is the problem: a bracket or a
label that mentions 牵头/负责/配合/单位/部门 and yet named no body means a statement
shape the grammar does not know yet. These are listed by `policygraph parse` and in
the build's report.json, with the clause they stand in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import ParsedDocument
from . import patterns as P
from .grammar import grammar
from .normalize import normalize
from .responsibility import only_bodies, read_statement
from .statements import bare_brackets

_MENTION = re.compile(r"牵头|负责|配合|协办|参与|单位|部门|主体")
_BRACKET = re.compile(r"[（(【〔\[]([^（）()【】〔〕\[\]]{2,200})[）)】〕\]]")
_EXCERPT = 60
# A sentence or a printed line; a role verb; what parts a sentence before its subject (a comma, a 、 list's mark)
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_ROLE_VERB = re.compile(r"牵头|负责(?!人|同志|制)|配合|协办")  # (负责人 is a person, 负责制 a system)
_PIECE = re.compile(r"[，,：:、\s]")
# Brackets that define or list, never assign: （以下简称政务部门）, （包括设计、施工…）; and the qualifier of a column
# title (牵头单位（部门）), which names what the column holds.
_DEFINITION = re.compile(
    r"^[（(【〔\[]\s*(?:以下简称|以下统称|简称|统称|包括|含|即|如|(?:部门|单位|主体|处室|科室|人)\s*[）)】〕\]]$)"
)


@dataclass(frozen=True)
class Unread:
    clause: str  # number and heading as printed, "（三） 加强组织领导"
    passage: str  # the bracket or label line, cut at 60 characters
    start: int  # offset in the original text


def _passages(text: str, base: int) -> list[tuple[int, int]]:
    """(start, end) in the original text of each bracket and label line that mentions a role word, and of each bare
    list of bodies closing a sentence (（县民政局、县财政局）。: read only where a document holds several)."""
    out = [(base + m.start(), base + m.end()) for m in _BRACKET.finditer(text) if _MENTION.search(m.group(1))]
    out += [(base + a, base + b) for a, b in bare_brackets(text) if not any(x <= base + a < y for x, y in out)]
    for m in grammar().label.finditer(text):
        if P.LABEL_COLON.match(text, m.end()) and not any(a <= base + m.start() < b for a, b in out):
            end = text.find("。", m.end())
            out.append((base + m.start(), base + (end if 0 <= end < m.end() + 200 else min(len(text), m.end() + 80))))
    return sorted(out)


def _inline(text: str, base: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line in which a name that ends like a body's stands right before a role verb
    (自治区住房城乡建设厅牵头，…): an inline statement, reported only from a clause nothing was read from at all."""
    out = []
    for sentence in _SENTENCE.finditer(text):
        for verb in _ROLE_VERB.finditer(sentence.group()):
            name = _PIECE.split(sentence.group()[: verb.start()])[-1]
            if only_bodies(normalize(name).text):  # named as a subject is (各旗县(市、区)人民政府), not 数据使用部门
                out.append((base + sentence.start(), base + sentence.end()))
                break
    return out


def unread_passages(doc: ParsedDocument) -> list[Unread]:
    """Brackets and labels that mention a role word, in clauses, that no responsibility was read from; and in a
    clause nothing was read from at all, the sentences where a body stands before a role verb."""
    read = [(r.span.start, r.span.end) for r in doc.responsibilities]
    source = doc.source.text
    out: list[Unread] = []
    for clause in doc.clauses:
        if clause.kind in ("preamble", "closing") or clause.kind == "task":
            continue
        own = source[clause.span.start : clause.span.end]
        found = _passages(own, clause.span.start)
        if not any(clause.span.start <= a < clause.span.end for a, _b in read):
            found += [(a, b) for a, b in _inline(own, clause.span.start) if not any(x < b and a < y for x, y in found)]
        for a, b in sorted(found):
            if any(a < rb and ra < b for ra, rb in read) or _DEFINITION.match(source[a:b]):
                continue
            inner = normalize(source[a:b]).text.strip("()（）【】〔〕[] ")
            if read_statement(inner):  # read, but its bodies were already named in this clause
                continue
            if any(c is not clause and c.parent == clause.path and c.span.start <= a < c.span.end for c in doc.clauses):
                continue  # it belongs to a child clause, which reports it
            passage = " ".join(source[a:b].split())
            label = f"{clause.number} {clause.heading}".strip()
            out.append(Unread(label, passage if len(passage) <= _EXCERPT else passage[:_EXCERPT] + "…", a))
    return out
