"""What a document says once for many of its tasks: the reading rules it declares (列第一位者为牵头单位,
标*的为牵头单位), in a list's bracket or in a note of their own; a blanket sentence naming bodies for every task
after it (以下各项工作均需各县区落实，不再列出); a heading naming the owners of the tasks under it
(县示范区管委会牵头工作(8项))."""

from __future__ import annotations

import re

from . import patterns as P
from .grammar import grammar
from .lists import parse_names
from .places import begins_with_place
from .responsibility import Named, list_bodies, only_bodies, with_role


def declarations(text: str) -> set[str]:
    """The reading rules a text declares: first-listed, asterisk."""
    text = P.BLANKS.sub("", text)
    return {kind for kind, rx in grammar().declarations if rx.search(text)}


# A note's frame: （注：…） / 备注：… / 说明：…, and its closing bracket and stop
_NOTE_FRAME = re.compile(r"^[(（【\[]*(?:(?:注|备注|说明)[:：])?|[)）】\]。.]*$")
# Characters a note may hold besides its declaration: 以上任务， / 各项任务中 / 本方案所列
NOTE_WORDS = 12


def noted_declarations(text: str) -> set[str]:
    """The reading rules a document declares in a note of their own (（以上任务，第一个单位为牵头单位） after the last
    item, 注：排名第一的为牵头单位): they hold for every list in it, those before the note too, where a declaration
    inside a list's bracket (…负责，列第一位者为牵头单位，下同) holds from that list on."""
    out = set()
    lines = [P.BLANKS.sub("", line) for line in text.split("\n")]
    whole = "\n".join(lines)  # a note's declaration is found in the whole text too: most texts have none
    declared = [(kind, rx) for kind, rx in grammar().declarations if rx.search(whole)]
    for line in lines if declared else ():
        core = _NOTE_FRAME.sub("", line)
        if "下同" in core:  # …，下同 holds from here on: a list's bracket that a printed page wrapped onto its own line
            continue
        for kind, rx in declared:
            m = rx.search(core)
            if m and len(core) - (m.end() - m.start()) <= NOTE_WORDS:
                out.add(kind)
    return out


def blanket_bodies(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Bodies that a blanket sentence in this text assigns to every following task."""
    out = []
    for m in P.BLANKET.finditer(text):
        for name in parse_names(m.group("named") or m.group("body") or m.group("owed")):
            out.append((name, m.span()))
    return out


def _heads_duties(name: str) -> bool:
    """A body a heading may name alone over its duties: named with its place or level (县民政局, 各乡镇), not a task's
    words that end like a body (建设养老中心), nor a place alone, the topic of the points under it (确定试点城市)."""
    return begins_with_place(name) and (name.startswith("各") or not P.PLACE_ALONE.search(name))


def heading_owners(heading: str) -> list[Named]:
    """The bodies a heading names as owning every task under it (县示范区管委会牵头工作(8项)); [] for most. A heading
    that names a body alone (（一）县发改局：) says no role: its owners' role is "" and each task's opening says it."""
    g = grammar()
    for shape in g.heading_shapes:
        m = shape.pattern.match(re.sub(r"\s+", "", heading))
        if m and g.body_end.search(m["names"]) and only_bodies(m["names"]):
            verb = m.groupdict().get("verb")
            found = list_bodies(m["names"])
            if not verb and not all(_heads_duties(f.name) for f in found):
                continue
            return with_role(found, g.verb_role(verb) if verb else "")
    return []
