"""Coverage by level: for each clause of a plan, which jurisdictions one level below took it up, which did not,
and which have no implementing document at all.

The jurisdictions expected below come from the GB/T 2260 division list (福建省: its nine cities), so
a city that issued nothing is named, not just left out. A child document's jurisdiction is placed
under the parent's by its division code; one issued two levels down (a county implementing the
province directly) counts for the division between them that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal

from ..errors import QueryError
from ..graph.query import internal_query
from ..graph.store import Backend
from ..parsing.places import Division, administrative_divisions, division

_LISTED = 20  # names listed in one line of the text report before "等 N 份"


@dataclass(frozen=True)
class ClauseUptake:
    path: str
    number: str
    title: str
    took_up: tuple[str, ...]  # jurisdictions below whose document has a clause implementing this one
    not_taken: tuple[str, ...]  # jurisdictions below with an implementing document, but no clause for this one


@dataclass(frozen=True)
class LevelCoverage:
    document: str
    jurisdiction: str
    level_below: str  # prefecture | county
    expected: tuple[str, ...]  # every division one level below (GB/T 2260)
    with_document: tuple[str, ...]
    without_document: tuple[str, ...]
    unplaced: tuple[str, ...]  # child documents whose jurisdiction is not a known division under this one
    clauses: tuple[ClauseUptake, ...]


def coverage_by_level(graph: Backend, document: str) -> LevelCoverage:
    """How the jurisdictions below took up each clause of `document` (a plan in the corpus)."""
    _c, docs = graph.select(internal_query("uptake-documents"), {"parent": Literal(document)})
    _c, rows = graph.select(internal_query("uptake-clauses"), {"parent": Literal(document)})
    if not rows:
        raise QueryError(f"no document '{document}' in the graph", hint="policygraph query documents lists them")
    place = rows[0][3]
    top = division(place) if place else None
    below = top.children() if top else []
    by_code = {d.code: d for d in below}
    holder: dict[str, str] = {}  # child document -> the division below that holds it
    unplaced = []
    for child, child_place, code in docs:
        found = _under(code, by_code) if code else None
        if found is None:
            unplaced.append(f"{child}（{child_place or '辖区不明'}）")
        else:
            holder[child] = found.name
    with_document = sorted(set(holder.values()), key=lambda n: [d.name for d in below].index(n))
    clauses = {path: {"number": number, "title": title, "took": set()} for path, number, title, _place in rows}
    _c, edges = graph.select(internal_query("uptake-edges"), {"parent": Literal(document)})
    for path, child in edges:
        if path in clauses and child in holder:
            clauses[path]["took"].add(holder[child])
    order = [d.name for d in below]
    return LevelCoverage(
        document=document,
        jurisdiction=place,
        level_below=below[0].level if below else "",
        expected=tuple(order),
        with_document=tuple(with_document),
        without_document=tuple(n for n in order if n not in with_document),
        unplaced=tuple(sorted(unplaced)),
        clauses=tuple(
            ClauseUptake(
                path,
                e["number"],
                e["title"],
                tuple(n for n in order if n in e["took"]),
                tuple(n for n in with_document if n not in e["took"]),
            )
            for path, e in clauses.items()
        ),
    )


def _under(code: str, below: dict[str, Division]) -> Division | None:
    """The division among `below` that holds the division with this code (itself, or one of its ancestors)."""
    if code not in administrative_divisions:
        return None
    here = Division(code, administrative_divisions[code])
    return next((d for d in [here, *here.ancestors()] if d.code in below), None)


def render_coverage(result: LevelCoverage, only_missing: bool = False) -> str:
    """For reading: per clause, who took it up and who did not; then who has no document at all."""
    from .export import value_word

    name = f"{result.jurisdiction or '辖区不明'} {result.document}"
    if result.expected:
        level = value_word("level", result.level_below)
        lines = [
            f"{name}：下一级（{level}）共 {len(result.expected)} 个，"
            f"{len(result.with_document)} 个有落实文件，{len(result.without_document)} 个没有"
        ]
    else:
        lines = [f"{name}：下一级区划不在 GB/T 2260 区划表中（县级以下，或辖区名称不能唯一确定）"]
    if result.without_document:
        lines.append("  没有落实文件：" + "、".join(result.without_document))
    if result.unplaced:
        shown = "、".join(result.unplaced[:_LISTED])
        more = f" 等 {len(result.unplaced)} 份" if len(result.unplaced) > _LISTED else ""
        lines.append(f"  辖区不在其下或不明的落实文件：{shown}{more}")
    for c in result.clauses:
        if only_missing and not c.not_taken:
            continue
        took = "、".join(c.took_up) or "无"
        line = f"{c.number} {c.title}  已落实：{took}"
        if c.not_taken:
            line += "；未落实：" + "、".join(c.not_taken)
        lines.append(line)
    return "\n".join(lines) + "\n"
