"""Time to first drawn frame of a graph page in headless Chromium, by number of nodes.

Run by hand (not in the test suite):  python benchmarks/page_draw.py 500 2000 10000
Writes a table to stdout; copy it into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from policygraph.views.graphpage import page
from policygraph.views.graphview import to_network

KINDS = ["clause"] * 6 + ["government"] * 2 + ["party", "lower-government", "target"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        kind = "document" if i % 100 == 0 else rng.choice(KINDS)
        g.add_node(
            f"n{i}",
            kind=kind,
            label=f"节点{i}",
            number=f"{i % 20}.",
            text="加强社区服务" * 5,
            document=f"doc{i // 100}",
            level="prefecture",
        )
    for i in range(1, n):
        g.add_edge(f"n{i}", f"n{rng.randrange(0, i)}", relation=rng.choice(["lead", "responsible", "part of"]))
        if rng.random() < 0.5:
            g.add_edge(f"n{i}", f"n{rng.randrange(0, n)}", relation="responsible")
    return g


def first_draw(path: Path, chromium: str) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        pg.add_init_script("window.__t0 = performance.now();")
        start = time.perf_counter()
        pg.goto(path.as_uri())
        pg.wait_for_function("window.policygraph !== undefined", timeout=300_000)
        pg.evaluate("""() => new Promise(r => { const n = window.policygraph.network;
            n.once('afterDrawing', () => r()); n.redraw(); })""")
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def main(sizes: list[int]) -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("needs Debian's chromium")
    print("| nodes | edges | build page (s) | page size (MB) | first draw in Chromium (s, median of 3) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            g = synthetic(n)
            t = time.perf_counter()
            text = page(to_network(g), f"{n} nodes")
            built = time.perf_counter() - t
            path = Path(tmp) / f"g{n}.html"
            path.write_text(text, encoding="utf-8")
            draws = [first_draw(path, chromium) for _ in range(3)]
            print(
                f"| {n} | {g.number_of_edges()} | {built:.2f} | {len(text.encode()) / 1e6:.1f} | "
                f"{statistics.median(draws):.2f} |"
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 2000, 10000])
