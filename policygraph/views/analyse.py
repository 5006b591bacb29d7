"""Analyse with networkx: coverage of parent plans, load and co-responsibility.

The graph is read back with SPARQL and turned into two networkx graphs: a
bipartite body–clause graph (load) and its projection on bodies, weighted by
the clauses they share (co-responsibility), whose centrality shows which
bodies hold the network of obligations together.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from networkx.algorithms import bipartite

from ..graph.query import internal_query, load_query, run
from ..graph.store import Backend
from .coverage import LevelCoverage, coverage_by_level

_OWNERS = internal_query("owners")

_COVERAGE = internal_query("coverage")


@dataclass(frozen=True)
class Coverage:
    parent: str
    child: str
    clauses: int
    taken_up: int

    @property
    def share(self) -> float:
        return self.taken_up / self.clauses if self.clauses else 0.0


@dataclass(frozen=True)
class BodyLoad:
    name: str
    jurisdiction: str
    lead: int
    responsible: int
    centrality: float
    betweenness: float
    partners: tuple[tuple[str, int], ...] = field(default=())

    @property
    def total(self) -> int:
        return self.lead + self.responsible


@dataclass(frozen=True)
class Report:
    coverage: tuple[Coverage, ...]
    bodies: tuple[BodyLoad, ...]
    network_nodes: int
    network_edges: int
    levels: tuple[LevelCoverage, ...] = ()  # per parent plan: the jurisdictions one level below, with or without
    uncoded: tuple[str, ...] = ()  # jurisdictions with no GB/T 2260 code: unknown, or a name several divisions share


def co_responsibility(graph: Backend) -> tuple[nx.Graph, dict[str, dict[str, int]], dict[str, tuple[str, str]]]:
    """(projection on bodies weighted by shared clauses, role counts per body, labels per body)."""
    bipartite_graph = nx.Graph()
    roles: dict[str, dict[str, int]] = defaultdict(lambda: {"lead": 0, "responsible": 0})
    labels: dict[str, tuple[str, str]] = {}
    for body, name, place, clause, role in graph.select(_OWNERS)[1]:
        b, c = str(body), str(clause)
        bipartite_graph.add_node(b, side="body")
        bipartite_graph.add_node(c, side="clause")
        bipartite_graph.add_edge(b, c)
        roles[b][str(role)] += 1
        labels[b] = (str(name), str(place or ""))
    bodies = sorted(n for n, d in bipartite_graph.nodes(data=True) if d["side"] == "body")
    projection = bipartite.weighted_projected_graph(bipartite_graph, bodies) if bodies else nx.Graph()
    return projection, roles, labels


def partners_of(projection: nx.Graph, labels: dict[str, tuple[str, str]], node: str) -> list[tuple[str, int]]:
    """(name, shared clauses) of the bodies that share clauses with `node`, most shared first."""
    return sorted(((labels[m][0], d["weight"]) for m, d in projection[node].items()), key=lambda p: (-p[1], p[0]))


def analyse(graph: Backend, top_partners: int = 5) -> Report:
    projection, roles, labels = co_responsibility(graph)
    centrality = nx.degree_centrality(projection) if len(projection) > 1 else {}
    betweenness = nx.betweenness_centrality(projection) if len(projection) > 2 else {}
    bodies = []
    for node in projection.nodes:
        partners = partners_of(projection, labels, node)[:top_partners]
        name, place = labels[node]
        bodies.append(
            BodyLoad(
                name,
                place,
                roles[node]["lead"],
                roles[node]["responsible"],
                round(centrality.get(node, 0.0), 4),
                round(betweenness.get(node, 0.0), 4),
                tuple(partners),
            )
        )
    bodies.sort(key=lambda b: (-b.total, -b.lead, b.jurisdiction, b.name))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for child, parent, _p, n in graph.select(_COVERAGE)[1]:
        key = (str(parent), str(child))
        counts[key][0] += 1
        counts[key][1] += int(n) > 0
    coverage = tuple(Coverage(p, c, total, taken) for (p, c), (total, taken) in sorted(counts.items()))
    levels = tuple(coverage_by_level(graph, parent) for parent in sorted({c.parent for c in coverage}))
    places = run(graph, load_query("places"))
    col = {c: i for i, c in enumerate(places.columns)}
    uncoded = tuple(
        sorted({r[col["jurisdiction"]] for r in places.rows if not r[col["code"]] and r[col["level"]] != "national"})
    )
    return Report(coverage, tuple(bodies), projection.number_of_nodes(), projection.number_of_edges(), levels, uncoded)
