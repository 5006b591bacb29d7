"""Where a whole-graph query's time goes on the embedded store (run by hand on a built corpus).

    python benchmarks/where_time_goes.py OUT [--default-graph STORE]

For each whole-graph saved query (its Oxigraph-shaped text) it times, on OUT/store:
- the query as saved, its rows handed to Python (what `policygraph query` does);
- the same without ORDER BY;
- COUNT(*) over the same WHERE: the evaluation alone, no term turned into text;
- a scan of one predicate with 10^5 rows, listed and counted.
The difference between listing and counting is the cost of turning stored terms back into
strings (Oxigraph keeps strings longer than a few bytes in a separate on-disk table and looks each
one up as a row is read), which no query shape can avoid for a listing of 10^5 rows.

`--default-graph STORE`: the same queries on a store holding every triple in its default graph
(load OUT/graph.ttl into a fresh pyoxigraph Store), without the union of named graphs.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from policygraph.graph.query import bindings, load_query  # noqa: E402
from policygraph.graph.store import STORE_DIR, with_values  # noqa: E402

WHOLE_GRAPH = [
    ("workload", {}),
    ("gaps", {}),
    ("targets", {}),
    ("implements", {}),
    ("sector-owns", {"sector": "civil-affairs"}),
]
_ORDER = re.compile(r"ORDER BY[^\n]*")
SCAN = "PREFIX pg: <https://w3id.org/policygraph/ns#>\nSELECT ?a ?c WHERE { ?a pg:child ?c }"
SCAN_COUNT = "PREFIX pg: <https://w3id.org/policygraph/ns#>\nSELECT (COUNT(*) AS ?n) WHERE { ?a pg:child ?c }"


def _seconds(store: ox.Store, text: str, union: bool) -> tuple[int, float]:
    start = time.perf_counter()
    rows = [
        tuple(None if t is None else t.value for t in s) for s in store.query(text, use_default_graph_as_union=union)
    ]
    return len(rows), time.perf_counter() - start


def _count_text(text: str) -> str:
    """The query's WHERE, counted: SELECT (COUNT(*) AS ?n) WHERE {…} with no ORDER BY."""
    head, _sep, where = text.partition("WHERE {")
    prefixes = "\n".join(line for line in head.splitlines() if line.startswith("PREFIX"))
    body = _ORDER.sub("", where)
    return f"{prefixes}\nSELECT (COUNT(*) AS ?n) WHERE {{{body}"


def table(store: ox.Store, union: bool) -> list[str]:
    lines = ["| query | rows | as saved | without ORDER BY | COUNT(*) of the same WHERE |", "|---|---|---|---|---|"]
    for name, params in WHOLE_GRAPH:
        query = load_query(name)
        binds = bindings(query, params)
        text = with_values(query.text_for("oxigraph", tuple(binds)), binds)
        rows, saved = _seconds(store, text, union)
        _rows, unordered = _seconds(store, _ORDER.sub("", text), union)
        _one, counted = _seconds(store, _count_text(text), union)
        label = name + (f" ({', '.join(f'{k}={v}' for k, v in params.items())})" if params else "")
        lines.append(f"| {label} | {rows:,} | {saved:.2f} s | {unordered:.2f} s | {counted:.2f} s |")
        print(lines[-1], flush=True)
    rows, listed = _seconds(store, SCAN, union)
    _one, counted = _seconds(store, SCAN_COUNT, union)
    lines.append(f"| one predicate (`?a pg:child ?c`) | {rows:,} | {listed:.2f} s listed | — | {counted:.2f} s |")
    print(lines[-1], flush=True)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a build's output folder (its store/ is read)")
    parser.add_argument("--default-graph", type=Path, help="a store with every triple in its default graph")
    args = parser.parse_args()
    print("union of named graphs (the embedded store):")
    table(ox.Store(str(args.out / STORE_DIR)), union=True)
    if args.default_graph:
        print("every triple in the default graph:")
        table(ox.Store(str(args.default_graph)), union=False)


if __name__ == "__main__":
    main()
