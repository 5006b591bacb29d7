"""Interactive graph pages (pyvis data, an offline page of our own).

pyvis collects the nodes, edges and options; the page around them is ours,
because pyvis's template links Bootstrap and vis-network from a CDN. The
vis-network script and stylesheet that ship inside the pyvis package are
inlined, so the page works with no network at all. Every string that came
from a document travels as JSON with <, > and & escaped, and vis-network
shows tooltips as text, so a document cannot put markup or script in the page.
Positions are computed here (documents in bands by level, each with its clauses
and bodies in rings) and physics is off, so a page of any size is usable at once.
"""

from __future__ import annotations

import difflib
import json
import math
from collections import Counter
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import QueryError
from ..graph.iri import slug
from ..graph.query import internal_query
from ..graph.store import Backend
from ..model import BODY_KINDS

# pyvis is imported when a page is made (it pulls in IPython: a third of a second on every command).
VIS = Path(find_spec("pyvis").origin).resolve().parent / "lib" / "vis-9.1.2"  # type: ignore[union-attr, arg-type]

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network
# networkx too is imported where a graph is made: a rebuild whose overview did not change never needs it.
STYLE = {  # class: (colour, shape, legend)
    "document": ("#2c3e50", "box", "文件 document"),
    "clause": ("#2980b9", "dot", "条款 clause"),
    "party": ("#c0392b", "diamond", "党委机构 party organ"),
    "government": ("#e67e22", "diamond", "政府部门 department"),
    "lower-government": ("#27ae60", "diamond", "下级政府 lower government"),
    "other": ("#8e44ad", "diamond", "其他 other body"),
    "target": ("#16a085", "triangle", "目标 target"),
}
EDGE_COLOURS = {
    "lead": "#c0392b",
    "responsible": "#e59866",
    "part of": "#bbbbbb",
    "implements": "#2980b9",
    "derived from": "#16a085",
    "sets": "#76d7c4",
}

_NODES = internal_query("graph-nodes")

_EDGES = internal_query("graph-edges")


@dataclass(frozen=True)
class Slice:
    document: str | None = None
    department: str | None = None
    level: str | None = None
    around: str | None = None
    depth: int = 1


def knowledge_graph(graph: Backend) -> nx.MultiDiGraph:
    """The whole graph as networkx: nodes carry kind, label, text; edges carry relation."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for s, kind, label, number, text, doc, level, place, sector in graph.select(_NODES)[1]:
        g.add_node(
            str(s),
            kind=str(kind),
            label=str(label or doc or s),
            number=str(number or ""),
            text=str(text or ""),
            document=str(doc or ""),
            level=str(level or ""),
            place=str(place or ""),
            sector=str(sector or ""),
        )
    for a, b, relation in graph.select(_EDGES)[1]:
        if str(a) in g and str(b) in g:
            g.add_edge(str(a), str(b), relation=str(relation))
    return g


_DOCUMENTS = internal_query("graph-documents")


def document_rows(graph: Backend) -> list[tuple]:
    """What the overview shows: (document node, id, title, level, parent in the corpus), sorted."""
    return sorted(tuple("" if v is None else v for v in row) for row in graph.select(_DOCUMENTS)[1])


def document_graph(rows: list[tuple]) -> nx.MultiDiGraph:
    """Documents only, linked by implements: the overview of a corpus too large for one page."""
    import networkx as nx

    g = nx.MultiDiGraph()
    links = []
    for s, doc, label, level, parent in rows:
        g.add_node(
            str(s),
            kind="document",
            label=str(label or doc),
            number="",
            text="",
            document=str(doc),
            level=str(level or ""),
        )
        if parent:
            links.append((str(s), str(parent)))
    g.add_edges_from((a, b, {"relation": "implements"}) for a, b in links if b in g)
    return g


def select(g: nx.MultiDiGraph, where: Slice) -> nx.MultiDiGraph:
    """The slice of the graph a user asked for; a scope that names nothing is an error naming near matches."""
    import networkx as nx

    keep = set(g.nodes)
    if where.document:
        keep = {n for n, d in g.nodes(data=True) if d["document"] == where.document}
        if not keep:
            _nothing("document", where.document, {d["document"] for _n, d in g.nodes(data=True) if d["document"]})
        keep |= {m for n in list(keep) for m in nx.all_neighbors(g, n) if g.nodes[m]["kind"] not in ("clause",)}
    if where.level:
        keep &= {n for n, d in g.nodes(data=True) if d["level"] == where.level} | {
            m for n, d in g.nodes(data=True) if d["level"] == where.level for m in nx.all_neighbors(g, n)
        }
    if where.department:
        labels = {n: d["label"] for n, d in g.nodes(data=True) if d["kind"] in BODY_KINDS}
        bodies = {n for n, label in labels.items() if label == where.department}
        if not bodies:
            _nothing("body", where.department, set(labels.values()))
        keep &= bodies | {m for b in bodies for m in nx.all_neighbors(g, b)}
    if where.around:
        named = {n: (d["label"], f"{d['document']}:{d['number']}") for n, d in g.nodes(data=True)}
        centres = [where.around] if where.around in g else [n for n, v in named.items() if where.around in v]
        if not centres:
            _nothing("node", where.around, {v[0] for v in named.values()})
        if len(centres) > 1:
            listed = "; ".join(f"{named[n][1] if named[n][1] != ':' else n} ({named[n][0]})" for n in centres[:8])
            raise QueryError(
                f"--around '{where.around}' names {len(centres)} nodes", hint=f"give one of them instead: {listed}"
            )
        near = nx.ego_graph(g.to_undirected(as_view=True), centres[0], radius=where.depth)
        keep &= set(near.nodes)
    if not keep:
        raise QueryError("the slice matches nothing (the options together leave no node)", hint="drop one option")
    return g.subgraph(keep).copy()


def _nothing(what: str, name: str, choices: set[str]) -> None:
    near = difflib.get_close_matches(name, sorted(choices), n=5, cutoff=0.4)
    raise QueryError(
        f"no {what} '{name}' in the graph",
        hint=("did you mean: " + "、".join(near)) if near else "policygraph query documents / workload list them",
    )


def _tooltip(d: dict) -> str:
    lines = [f"{d['number']} {d['label']}".strip()]
    if d.get("place") and d["kind"] in BODY_KINDS:
        lines.append(f"辖区：{d['place']}" + (f"　领域：{d['sector']}" if d.get("sector") else ""))
    if d["document"]:
        lines.append(d["document"])
    if d["text"]:
        excerpt = d["text"][:140] + ("…" if len(d["text"]) > 140 else "")
        lines.append(excerpt)
    return "\n".join(lines)


LEVEL_BANDS = ("national", "province", "prefecture", "county", "township", "")  # top to bottom


def document_layout(g: nx.MultiDiGraph) -> tuple[dict[str, tuple[float, float]], list[tuple[str, float, float]]]:
    """Positions, and the bands of the cascade: national documents on top, then province, prefecture, county.

    Each document has its clauses, targets and bodies in rings around it; a body goes with the document
    most of its clauses are in. Linear in the graph's size: spring_layout took 91 s at 10,000 nodes
    (benchmarks/RESULTS.md). Returns (positions, [(level, top, bottom)]) for the bands drawn behind.
    """
    import networkx as nx

    home = {n: d["document"] for n, d in g.nodes(data=True) if d["document"]}
    for n in g.nodes:
        if n not in home:
            docs = Counter(home[m] for m in nx.all_neighbors(g, n) if m in home)
            home[n] = min(docs, key=lambda doc: (-docs[doc], doc)) if docs else ""
    level_of = {d["document"]: d["level"] for _n, d in g.nodes(data=True) if d["kind"] == "document"}
    place_of = {d["document"]: d.get("place", "") for _n, d in g.nodes(data=True) if d["kind"] == "document"}
    groups: dict[str, dict[int, list[str]]] = {}
    ring_of = {"document": 0, "clause": 1, "target": 2}
    for n in sorted(g.nodes):
        groups.setdefault(home[n], {}).setdefault(ring_of.get(g.nodes[n]["kind"], 3), []).append(n)
    radii = {doc: _ring_radii(rings) for doc, rings in groups.items()}
    bands: dict[str, list[str]] = {}
    for doc in sorted(groups, key=lambda doc: (place_of.get(doc, ""), doc)):
        level = level_of.get(doc, "")
        bands.setdefault(level if level in LEVEL_BANDS else "", []).append(doc)
    positions: dict[str, tuple[float, float]] = {}
    drawn: list[tuple[str, float, float]] = []
    width = max(1, math.ceil(math.sqrt(len(groups))))  # documents per row inside a band
    top = 0.0
    for level in LEVEL_BANDS:
        docs = bands.get(level, [])
        if not docs:
            continue
        band_top = top
        for row_start in range(0, len(docs), width):
            row = docs[row_start : row_start + width]
            size = 2 * max(max(radii[doc].values()) for doc in row) + 150
            x = 0.0
            for doc in row:
                cell = 2 * max(radii[doc].values()) + 150
                cx, cy = x + cell / 2, top + size / 2
                for ring, members in groups[doc].items():
                    r = radii[doc][ring]
                    for i, n in enumerate(members):
                        angle = 2 * math.pi * i / len(members) + 0.3 * ring
                        positions[n] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
                x += cell
            top += size
        drawn.append((level, band_top, top))
        top += 200  # a gap between bands
    return positions, drawn


def _ring_radii(rings: dict[int, list[str]]) -> dict[int, float]:
    """Radii that leave about 45 px between neighbours on a ring and 90 px between rings."""
    radii, inner = {}, 0.0
    for ring in sorted(rings):
        need = 45 * len(rings[ring]) / (2 * math.pi) if len(rings[ring]) > 1 or ring else 0.0
        radii[ring] = max(need, inner + 90 if ring else 0.0)
        inner = radii[ring]
    return radii


RELATION_WORDS = {  # what an edge says when hovered: Chinese first
    "lead": "牵头 lead",
    "responsible": "责任 responsible",
    "part of": "属于 part of",
    "implements": "落实 implements",
    "derived from": "分解自 derived from",
    "sets": "设定目标 sets",
}
FONT = {"document": 56, "clause": 12, "target": 11}  # a document's title reads at the page's first zoom


def node_label(d: dict) -> str:
    """What a node says on the canvas: a body with its place unless its name says it (市民政局 · 莆田市)."""
    from .ledger import short_title

    if d["kind"] == "document":  # vis wraps only at spaces: a Chinese title is broken every 10 characters
        title = short_title(d["label"])[:30]
        return "\n".join(title[i : i + 10] for i in range(0, len(title), 10))
    if d["kind"] == "clause":
        return f"{d['number']} {d['label']}".strip()[:24]
    place = d.get("place", "")
    if d["kind"] in BODY_KINDS and place and not d["label"].startswith(place[:2]):
        return f"{d['label']} · {place}"
    return d["label"][:24]


def to_network(g: nx.MultiDiGraph) -> Network:
    """pyvis data with positions in level bands (physics off), labels that read at the first zoom."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    positions, bands = document_layout(g)
    load = {n: sum(1 for _ in g.out_edges(n)) for n in g.nodes}
    # Nodes and edges are assigned, not added one by one: pyvis checks each new one against a list,
    # which made 17,000 nodes take 18 s. These are the dicts Network.add_node/add_edge would make.
    for node in sorted(g.nodes):
        d = g.nodes[node]
        colour, shape, _legend = STYLE.get(d["kind"], ("#7f8c8d", "dot", d["kind"]))
        is_body = d["kind"] in BODY_KINDS
        font = {"size": FONT.get(d["kind"], 16), "color": "#ffffff" if shape == "box" else "#333333"}
        item = {
            "id": node,
            "label": node_label(d),
            "title": _tooltip(d),
            "color": colour,
            "shape": shape,
            "size": 10 + 3 * math.sqrt(load[node]) if is_body else 10,
            "font": font,
            "url": body_page(node) if is_body else "",
            "kind": d["kind"],
            "level": d["level"],
            "place": d.get("place", ""),
            "sector": d.get("sector", ""),
            "doc": d["document"],
            "x": positions[node][0],
            "y": positions[node][1],
            "physics": False,
        }
        net.nodes.append(item)
        net.node_ids.append(node)
        net.node_map[node] = item
    net.edges = [
        {
            "from": a,
            "to": b,
            "title": RELATION_WORDS.get(data["relation"], data["relation"]),
            "relation": data["relation"],
            "color": EDGE_COLOURS.get(data["relation"], "#999999"),
            "arrows": "to",
        }
        for a, b, data in g.edges(data=True)
    ]
    options = {
        "physics": {"enabled": False},
        "edges": {"smooth": False, "width": 0.6, "hoverWidth": 2, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
        "nodes": {"font": {"size": 12}, "scaling": {"label": {"drawThreshold": 3}}},
    }
    net.set_options(json.dumps(options))
    net.policygraph_bands = bands
    return net


def body_page(node: str) -> str:
    return f"bodies/{slug(node.rsplit('/body/', 1)[-1].replace('/', '_')).replace('%', '')}.html"
