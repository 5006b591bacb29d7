"""Interactive graph pages (pyvis data, an offline page of our own).

pyvis collects the nodes, edges and options; the page around them is ours,
because pyvis's template links Bootstrap and vis-network from a CDN. The
vis-network script and stylesheet that ship inside the pyvis package are
inlined, so the page works with no network at all. Every string that came
from a document travels as JSON with <, > and & escaped, and vis-network
shows tooltips as text, so a document cannot put markup or script in the page.
Above LAYOUT_THRESHOLD nodes, positions are computed with networkx and
physics is off, so a large page is usable at once.
"""

from __future__ import annotations

import difflib
import html
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
from .export import value_word

LAYOUT_THRESHOLD = 1000
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
    for s, kind, label, number, text, doc, level in graph.select(_NODES)[1]:
        g.add_node(
            str(s),
            kind=str(kind),
            label=str(label or doc or s),
            number=str(number or ""),
            text=str(text or ""),
            document=str(doc or ""),
            level=str(level or ""),
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
    if d["document"]:
        lines.append(d["document"])
    if d["text"]:
        excerpt = d["text"][:140] + ("…" if len(d["text"]) > 140 else "")
        lines.append(excerpt)
    return "\n".join(lines)


def document_layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Each document's clauses, targets and bodies in rings around it; documents on a grid.

    Linear in the graph's size: spring_layout took 91 s at 10,000 nodes (see
    benchmarks/RESULTS.md), and a policy graph is mostly one star per document,
    so rings show it as well. A body goes with the document most of its clauses are in.
    """
    import networkx as nx

    home = {n: d["document"] for n, d in g.nodes(data=True) if d["document"]}
    for n in g.nodes:
        if n not in home:
            docs = Counter(home[m] for m in nx.all_neighbors(g, n) if m in home)
            home[n] = min(docs, key=lambda doc: (-docs[doc], doc)) if docs else ""
    groups: dict[str, dict[int, list[str]]] = {}
    ring_of = {"document": 0, "clause": 1, "target": 2}
    for n in sorted(g.nodes):
        groups.setdefault(home[n], {}).setdefault(ring_of.get(g.nodes[n]["kind"], 3), []).append(n)
    radii = {doc: _ring_radii(rings) for doc, rings in groups.items()}
    cell = 2 * max(max(r.values()) for r in radii.values()) + 150
    columns = max(1, math.ceil(math.sqrt(len(groups))))
    positions: dict[str, tuple[float, float]] = {}
    for k, (doc, rings) in enumerate(sorted(groups.items())):
        cx, cy = (k % columns) * cell, (k // columns) * cell
        for ring, members in rings.items():
            r = radii[doc][ring]
            for i, n in enumerate(members):
                angle = 2 * math.pi * i / len(members) + 0.3 * ring
                positions[n] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
    return positions


def _ring_radii(rings: dict[int, list[str]]) -> dict[int, float]:
    """Radii that leave about 45 px between neighbours on a ring and 90 px between rings."""
    radii, inner = {}, 0.0
    for ring in sorted(rings):
        need = 45 * len(rings[ring]) / (2 * math.pi) if len(rings[ring]) > 1 or ring else 0.0
        radii[ring] = max(need, inner + 90 if ring else 0.0)
        inner = radii[ring]
    return radii


def to_network(g: nx.MultiDiGraph) -> Network:
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    big = g.number_of_nodes() > LAYOUT_THRESHOLD
    positions = {}
    if big:
        positions = document_layout(g)
    load = {n: sum(1 for _ in g.out_edges(n)) for n in g.nodes}
    # Nodes and edges are assigned, not added one by one: pyvis checks each new one against a list,
    # which made 17,000 nodes take 18 s. These are the dicts Network.add_node/add_edge would make.
    for node in sorted(g.nodes):
        d = g.nodes[node]
        colour, shape, _legend = STYLE.get(d["kind"], ("#7f8c8d", "dot", d["kind"]))
        label = d["label"] if d["kind"] != "clause" else f"{d['number']} {d['label']}".strip()
        is_body = d["kind"] in BODY_KINDS
        item = {
            "id": node,
            "label": label[:24],
            "title": _tooltip(d),
            "color": colour,
            "shape": shape,
            "size": 10 + 3 * math.sqrt(load[node]) if is_body else 10,
            "font": {"color": "#ffffff"} if shape == "box" else {"color": "#333333"},
            "url": body_page(node) if is_body else "",
        }
        if big:
            item.update(x=positions[node][0], y=positions[node][1], physics=False)
        net.nodes.append(item)
        net.node_ids.append(node)
        net.node_map[node] = item
    net.edges = [
        {
            "from": a,
            "to": b,
            "label": data["relation"] if not big else "",
            "title": data["relation"],
            "color": EDGE_COLOURS.get(data["relation"], "#999999"),
            "arrows": "to",
        }
        for a, b, data in g.edges(data=True)
    ]
    options = {
        "physics": {"enabled": not big, "solver": "forceAtlas2Based", "stabilization": {"iterations": 200}},
        "edges": {"smooth": False, "font": {"size": 9, "align": "middle"}},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "nodes": {"font": {"size": 12}},
    }
    net.set_options(json.dumps(options))
    return net


def body_page(node: str) -> str:
    return f"bodies/{slug(node.rsplit('/body/', 1)[-1].replace('/', '_')).replace('%', '')}.html"


def _json(value) -> str:
    """JSON safe to put inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(net: Network, title: str) -> str:
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    script = (VIS / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (VIS / "vis-network.css").read_text(encoding="utf-8")
    legend = "".join(
        f"<li><span style='background:{c}'></span>{html.escape(text)}</li>" for c, _s, text in STYLE.values()
    )
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{css}
html,body{{margin:0;height:100%;font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif}}
#graph{{position:absolute;top:0;left:0;right:0;bottom:0}}
#legend{{position:absolute;top:8px;left:8px;background:#fffe;border:1px solid #ccc;padding:6px 10px;font-size:12px}}
#legend ul{{list-style:none;margin:0;padding:0}}
#legend span{{display:inline-block;width:10px;height:10px;margin-right:6px}}
</style></head><body>
<div id="graph"></div>
<div id="legend"><b>{html.escape(title)}</b><ul>{legend}</ul><small>double-click a body to open its page</small></div>
<script>{script}</script>
<script>
var nodes = new vis.DataSet({_json(nodes)});
var edges = new vis.DataSet({_json(edges)});
var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, {options});
network.on("doubleClick", function (p) {{
  if (p.nodes.length) {{ var n = nodes.get(p.nodes[0]); if (n.url) {{ window.location.href = n.url; }} }}
}});
window.policygraph = {{network: network, nodes: nodes, edges: edges}};
</script></body></html>
"""


_BODY = internal_query("body-clauses")
_CLAUSE_DEADLINES = internal_query("clause-deadlines")

_BODY_TARGETS = internal_query("body-targets")


def body_pages(graph: Backend, partners: dict[str, list[tuple[str, int]]]) -> dict[str, str]:
    """One page per body: its clauses by document and role, its targets, its partners."""
    e = html.escape
    rows: dict[str, list] = {}
    names: dict[str, tuple[str, str]] = {}
    due: dict[str, dict[str, None]] = {}  # clause -> its deadlines, as written (once each)
    for clause, text, date in graph.select(_CLAUSE_DEADLINES)[1]:
        due.setdefault(str(clause), {})[f"{text}（{date}）" if date else str(text)] = None
    for body, name, place, document, title, number, heading, role, _order, clause in graph.select(_BODY)[1]:
        deadline = "；".join(due.get(clause, ()))
        rows.setdefault(str(body), []).append(
            (str(document), str(title or document), str(number), str(heading), str(role), deadline)
        )
        names[str(body)] = (str(name), str(place or ""))
    targets: dict[str, list] = {}
    for body, metric, comparator, value, unit, year in graph.select(_BODY_TARGETS)[1]:
        targets.setdefault(str(body), []).append((str(metric), str(comparator), str(value), str(unit), str(year or "")))
    pages = {}
    for body, items in rows.items():
        name, place = names[body]
        parts = [
            f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{e(name)}</title>",
            "<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:2em}td,th{padding:2px 8px;"
            "border-bottom:1px solid #ddd;text-align:left}.lead{color:#c0392b;font-weight:bold}</style>",
            "</head><body>",
            f"<p><a href='../graph.html'>&larr; 返回关系图</a></p><h1>{e(name)}</h1><p>{e(place)}</p>",
        ]
        documents: dict[str, list] = {}
        for item in items:
            documents.setdefault(item[1], []).append(item)
        for title, clauses in documents.items():
            parts.append(f"<h2>{e(title)}</h2><table><tr><th>条款</th><th>标题</th><th>角色</th><th>时限</th></tr>")
            parts += [
                f"<tr><td>{e(n)}</td><td>{e(h)}</td><td class='{e(r)}'>{e(value_word('role', r))}</td>"
                f"<td>{e(d)}</td></tr>"
                for _d, _t, n, h, r, d in clauses
            ]
            parts.append("</table>")
        if targets.get(body):
            parts.append(
                "<h2>所负责条款的目标</h2><table><tr><th>指标</th><th></th><th>目标值</th><th>单位</th><th>年份</th></tr>"
            )
            parts += ["<tr>" + "".join(f"<td>{e(v)}</td>" for v in t) + "</tr>" for t in targets[body]]
            parts.append("</table>")
        if partners.get(body):
            parts.append("<h2>常合作部门（共同条款数）</h2><ul>")
            parts += [f"<li>{e(p)} ({n})</li>" for p, n in partners[body]]
            parts.append("</ul>")
        parts.append("</body></html>")
        pages[body_page(body)] = "".join(parts)
    return pages
