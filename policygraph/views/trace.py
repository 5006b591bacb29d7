"""Trace one clause through the cascade: the clauses below it that implement it, level by level, or the ones above.

A supervision office asks what became of a provincial clause in each city and county, and who
owns it there; a county asks which national clause its own carries out. The tree comes from the
clause-level implements links; each node shows its document's level and place, owners, deadlines
and targets (with how each derives from the parent's). Above the top clause the chain goes on
through the documents the text names, also those not in the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef

from ..errors import QueryError
from ..graph.iri import LEVELS
from ..graph.query import internal_query
from ..graph.store import Backend, with_rows
from ..linking.citations import title_key
from .export import value_word

_RELATIONS = {"same": "照抄", "stricter": "加码", "looser": "放宽", "share": "分解"}


@dataclass(frozen=True)
class TraceNode:
    """One clause of a trace, with what it says and the clauses below (or above) it."""

    clause: str  # IRI
    document: str
    level: str
    jurisdiction: str
    number: str
    title: str
    owners: tuple[tuple[str, str], ...]  # (body, role)
    deadlines: tuple[tuple[str, str], ...]  # (as written, due date or "")
    targets: tuple[tuple[str, str], ...]  # (metric value unit, relation to the parent's target or "")
    children: tuple[TraceNode, ...] = ()


@dataclass(frozen=True)
class Trace:
    root: TraceNode
    up: bool  # the tree runs upwards: children are the clauses the parent implements
    documents_above: tuple[tuple[str, str, bool], ...]  # (title, number, in the corpus), nearest first


def find_clause(graph: Backend, document: str, ref: str) -> str:
    """The IRI of the clause a user names in a document: by its path (2.1.3), number ((三), 3.) or words."""
    _cols, rows = graph.select(internal_query("trace-clauses"), {"document": Literal(document)})
    if not rows:
        raise QueryError(f"no document '{document}' in the graph", hint="policygraph query documents lists them")
    for test in (
        lambda r: r[1] == ref,
        lambda r: r[2] == ref or r[2].strip("、.．") == ref.strip("、.．"),
        lambda r: ref in r[3],
    ):
        found = [r for r in rows if test(r)]
        if len(found) == 1:
            return found[0][0]
        if len(found) > 1:
            listed = "; ".join(f"{r[1]} {r[2]}{r[3][:12]}" for r in found[:8])
            raise QueryError(
                f"'{ref}' names {len(found)} clauses of {document}",
                hint=f"give the clause's path instead: {listed}",
            )
    raise QueryError(f"no clause '{ref}' in {document}", hint=f"policygraph parse shows its clauses; e.g. {rows[0][1]}")


def trace(graph: Backend, document: str, ref: str, up: bool = False) -> Trace:
    root = find_clause(graph, document, ref)
    _cols, edges = graph.select(internal_query("trace-up" if up else "trace-down"), {"root": URIRef(root)})
    below: dict[str, list[str]] = {}
    for child, parent in edges:
        if up:
            below.setdefault(child, []).append(parent)
        else:
            below.setdefault(parent, []).append(child)
    nodes = {root} | {n for pair in edges for n in pair}
    details = _details(graph, nodes)

    def build(iri: str, seen: frozenset[str]) -> TraceNode:
        kids = tuple(build(k, seen | {k}) for k in sorted(below.get(iri, ()), key=_order(details)) if k not in seen)
        return TraceNode(**details[iri], children=kids)

    tree = build(root, frozenset({root}))
    if not up:
        return Trace(tree, up, ())
    tops = sorted({n.document for n in _leaves(tree)})
    return Trace(tree, up, tuple(dict.fromkeys(d for top in tops for d in _documents_above(graph, top))))


def _leaves(node: TraceNode) -> list[TraceNode]:
    return [leaf for c in node.children for leaf in _leaves(c)] if node.children else [node]


def _order(details: dict[str, dict]):
    levels = [*LEVELS, ""]
    return lambda iri: (levels.index(details[iri]["level"]) if details[iri]["level"] in levels else 9, iri)


def _details(graph: Backend, nodes: set[str]) -> dict[str, dict]:
    """Each clause's place, owners, deadlines and targets: one query each, the clauses given as VALUES."""
    terms = [URIRef(n) for n in sorted(nodes)]

    def select(name: str) -> list:
        return graph.select(with_rows(internal_query(name), "c", terms))[1]

    out: dict[str, dict] = {}
    for c, document, level, place, number, title in select("trace-details"):
        out[c] = dict(
            clause=c,
            document=document,
            level=level,
            jurisdiction=place,
            number=number,
            title=title,
            owners=set(),
            deadlines=set(),
            targets=set(),
        )
    for c, body, role in select("trace-owners"):
        out[c]["owners"].add((body, role))
    for c, written, due in select("trace-deadlines"):
        out[c]["deadlines"].add((written, due or ""))
    for c, metric, value, unit, relation in select("trace-targets"):
        out[c]["targets"].add((f"{metric} {_number(value)}{unit}", relation or ""))
    for node in out.values():
        node["owners"] = tuple(sorted(node["owners"], key=lambda o: (o[1] != "lead", o[0])))
        node["deadlines"] = tuple(sorted(node["deadlines"], key=lambda d: (d[1] or "9999", d[0])))
        node["targets"] = tuple(sorted(node["targets"]))
    return out


def _number(value: str) -> str:
    """4.5000 -> 4.5, 100.0 -> 100: values as a person writes them."""
    return value.rstrip("0").rstrip(".") if "." in value else value


def _documents_above(graph: Backend, document: str) -> tuple[tuple[str, str, bool], ...]:
    """The documents above one that the corpus does not hold, nearest first: (title, 文号, False).

    Those it holds are traced clause by clause already; a citation written with other quotes
    (《福建省"十四五"…》) is the same document as one the corpus holds and is not repeated.
    """
    _cols, rows = graph.select(internal_query("trace-documents"), {"document": Literal(document)})
    up: dict[str, list[tuple[str, str, str, bool]]] = {}
    held = {title_key(title or "") for _d, _s, _t, title, _n, in_corpus in rows if in_corpus == "true"}
    for _doc, source, target, title, number, in_corpus in rows:
        up.setdefault(source, []).append((target, title or "", number or "", in_corpus == "true"))
    out: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    frontier = sorted({r[0] for r in rows})
    while frontier:
        following = []
        for doc in frontier:
            for target, title, number, in_corpus in sorted(up.get(doc, ())):
                if target not in seen:
                    seen.add(target)
                    following.append(target)
                    if not in_corpus and title_key(title) not in held:
                        out.append((title, number, in_corpus))
        frontier = following
    return tuple(out)


def render_trace(result: Trace) -> str:
    """The tree as indented lines, Chinese first: level, place, document, clause, owners, deadlines, targets."""
    lines = []
    if result.up and result.documents_above:
        chain = " → ".join(
            f"《{t}》{n and f'({n})'}{'' if c else '（不在语料中）'}" for t, n, c in result.documents_above
        )
        lines.append(f"上级文件：{chain}")

    def walk(node: TraceNode, depth: int) -> None:
        owners = "、".join(f"{b}{'（牵头）' if r == 'lead' else ''}" for b, r in node.owners) or "未列明责任单位"
        level = value_word("level", node.level) if node.level else "层级不明"
        lines.append(f"{'  ' * depth}{level} {node.jurisdiction or ''} {node.document} {node.number} {node.title}")
        lines.append(f"{'  ' * depth}  责任：{owners}")
        if node.deadlines:
            lines.append(f"{'  ' * depth}  时限：" + "；".join(f"{t}{d and f'（{d}）'}" for t, d in node.deadlines))
        if node.targets:
            shown = [f"{t}{r and f'（{_RELATIONS.get(r, r)}）'}" for t, r in node.targets]
            lines.append(f"{'  ' * depth}  目标：" + "；".join(shown))
        for child in node.children:
            walk(child, depth + 1)

    walk(result.root, 0)
    below = _count(result.root) - 1
    lines.append(
        f"（{'向上' if result.up else '向下'}共 {below} 个条款）"
        if below
        else ("（没有找到它所落实的上级条款）" if result.up else "（没有找到落实它的下级条款）")
    )
    return "\n".join(lines) + "\n"


def _count(node: TraceNode) -> int:
    return 1 + sum(_count(c) for c in node.children)


def trace_json(result: Trace) -> str:
    """The tree as JSON, for scripts: every node with its children."""
    import json
    from dataclasses import asdict

    data = {"up": result.up, "documents_above": [list(d) for d in result.documents_above], "root": asdict(result.root)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
