"""Latency of the cascade questions on a generated corpus (run by hand; issue 14).

    python benchmarks/cascade.py [--documents 1000] [--graph BUILT_FOLDER] [--repeat 5]

Builds the generated cascade (1 national plan outside the corpus, provinces, prefectures, counties; see
generate.py) unless --graph names a folder already built from it, then times on the embedded store:
trace down from a provincial clause, trace up from a county clause, coverage of a provincial and a
prefectural plan, and the due query. Prints a Markdown table for RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Literal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

from policygraph.graph.query import internal_query, load_graph, load_query, run  # noqa: E402
from policygraph.views.coverage import coverage_by_level  # noqa: E402
from policygraph.views.trace import trace  # noqa: E402


def _clause_paths(graph, document: str) -> list[str]:
    _c, rows = graph.select(internal_query("trace-clauses"), {"document": Literal(document)})
    return [r[1] for r in rows if r[2] and not r[1].startswith(("preamble", "closing"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--graph", type=Path, help="a folder already built from a generated corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = args.graph
    if folder is None:
        work = Path(tempfile.mkdtemp(prefix="cascade-"))
        generate(work / "src", args.documents)
        folder = work / "out"
        subprocess.run(["policygraph", "build", str(work / "src"), "--out", str(folder)], check=True)
    graph = load_graph(folder)
    docs = run(graph, load_query("documents"))
    by_level: dict[str, list[str]] = {}
    for row in docs.rows:
        record = dict(zip(docs.columns, row, strict=True))
        by_level.setdefault(record["level"], []).append(record["document"])
    province, prefecture, county = by_level["province"][0], by_level["prefecture"][0], by_level["county"][0]
    down_path = _clause_paths(graph, province)[3]
    up_path = _clause_paths(graph, county)[3]
    cases = {
        "trace down (a provincial clause)": lambda: trace(graph, province, down_path),
        "trace up (a county clause)": lambda: trace(graph, county, up_path, up=True),
        "coverage (a provincial plan)": lambda: coverage_by_level(graph, province),
        "coverage (a prefectural plan)": lambda: coverage_by_level(graph, prefecture),
        "due before 2025-12-31 (whole corpus)": lambda: run(graph, load_query("due"), {"before": "2025-12-31"}),
    }
    print(f"| question ({len(docs.rows)} documents) | median | rows or clauses |")
    print("|---|---|---|")
    for label, case in cases.items():
        result = case()
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = case()
            times.append(time.perf_counter() - start)
        size = (
            _count(result.root)
            if hasattr(result, "root")
            else len(result.clauses)
            if hasattr(result, "clauses")
            else len(result.rows)
        )
        print(f"| {label} | {statistics.median(times) * 1000:.0f} ms | {size} |")


def _count(node) -> int:
    return 1 + sum(_count(c) for c in node.children)


if __name__ == "__main__":
    main()
