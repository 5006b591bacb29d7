"""Build throughput, incremental rebuild and query latency on generated corpora (run by hand).

    python benchmarks/bench.py [--documents 1000] [--sizes 7,70,700] [--repeat 5] [--skip-rdflib-above 200000]
    python benchmarks/bench.py --large 10000 [--reuse DIR]     # ten times larger, with Virtuoso (issue 16)

1. Builds N generated documents with `policygraph build` in a subprocess:
   wall time, documents/s, MB/s, peak RSS of the largest process; then
   appends one line to one document and builds again.
2. For corpora of about 10^4, 10^5, 10^6 triples (`--sizes`, in documents),
   runs saved queries on: rdflib in memory (policygraph's memory backend),
   the embedded store (policygraph's Oxigraph backend), raw pyoxigraph on the
   same store files, and `policygraph serve` over HTTP. Medians of --repeat.
   Every Oxigraph runs the Oxigraph-shaped text (queries/oxigraph/), rdflib the
   portable one; the last column runs the portable text on the store.
3. `--large N`: builds N documents with `--nquads` (wall time, peak RSS), runs the lookups and the
   whole-graph queries on the embedded store, then starts Virtuoso (tests/virtuoso_server.py), bulk-loads
   graph.nq with ld_dir/rdf_loader_run and runs the same saved queries there: side by side. `--reuse DIR`
   keeps DIR/src and DIR/out between runs (a build is skipped when DIR/out/report.json exists).
Writes the tables to benchmarks/RESULTS.md between the BENCH markers.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generate import generate  # noqa: E402

from policygraph.errors import PolicyGraphError  # noqa: E402
from policygraph.graph.endpoint import RemoteStore  # noqa: E402
from policygraph.graph.http import timeout_seconds  # noqa: E402
from policygraph.graph.query import bindings, load_graph, load_query, run  # noqa: E402
from policygraph.graph.store import STORE_DIR, MemoryStore, OxigraphStore, with_values  # noqa: E402
from tests.virtuoso_server import Virtuoso, available  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
QUERIES = [  # (label, saved query, parameters): lookups, then whole-graph aggregates
    ("who-owns (one document)", "who-owns", {"document": ""}),  # the middle document of the corpus
    ("who-owns (one body)", "who-owns", {"department": "", "jurisdiction": ""}),  # a body of the middle county
    ("who-owns (县民政局, every county)", "who-owns", {"department": "县民政局"}),
    ("workload (GROUP BY)", "workload", {}),
    ("gaps (MINUS)", "gaps", {}),
    ("targets", "targets", {}),
    ("implements", "implements", {}),
    ("derived-from", "derived-from", {}),
    ("local-additions (MINUS)", "local-additions", {}),
    ("sector-owns (every responsibility)", "sector-owns", {}),
]
PORTABLE = "store, portable text"  # the embedded store running the rdflib-shaped text: what the shaping buys


def run_build(src: Path, out: Path, *extra: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of the largest process of one `policygraph build`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "policygraph", "build", str(src), "--out", str(out), *extra],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return seconds, peak / 1024


def report_triples(out: Path) -> int:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))["triples"]


def median_ms(func, repeat: int) -> float:
    """Median of `repeat` timed runs after one untimed run (the first backend would pay the cold cache)."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class RawOxigraph:
    """pyoxigraph with nothing of ours around it: same store files, same query text (bound by VALUES)."""

    def __init__(self, path: Path):
        self.store = ox.Store.read_only(str(path))

    def select(self, text, binds):
        solutions = self.store.query(with_values(text, binds), use_default_graph_as_union=True)
        return [[t.value if t is not None else None for t in s] for s in solutions]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def query_table(out: Path, repeat: int, with_rdflib: bool) -> tuple[int, dict[str, dict[str, float]]]:
    triples = report_triples(out)
    store = load_graph(out, "oxigraph")
    assert isinstance(store, OxigraphStore)
    raw = RawOxigraph(out / STORE_DIR)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "policygraph", "serve", "--graph", str(out), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        remote = RemoteStore(f"http://127.0.0.1:{port}/query")
        backends = {"embedded store": store, PORTABLE: store, "raw pyoxigraph": raw, "HTTP (policygraph serve)": remote}
        if with_rdflib:
            start = time.perf_counter()
            memory = load_graph(out, "memory")
            assert isinstance(memory, MemoryStore)
            backends["rdflib in memory"] = memory
            print(f"    rdflib load {time.perf_counter() - start:.1f} s", flush=True)
        table: dict[str, dict[str, float]] = {}
        documents = json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"]
        middle = _middle(store, documents[len(documents) // 2]["id"])
        for label, name, params in QUERIES:
            params = {k: v or middle[k] for k, v in params.items()}
            query = load_query(name)
            binds = bindings(query, params)
            table[label] = {}
            for backend, graph in backends.items():
                # every Oxigraph here (store, raw, serve) gets the same Oxigraph-shaped text
                text = query.text if backend in ("rdflib in memory", PORTABLE) else query.text_for("oxigraph")
                table[label][backend] = median_ms(lambda g=graph, q=text, b=binds: g.select(q, b), repeat)
                print(f"    {label:<26} {backend:<26} {table[label][backend]:9.1f} ms", flush=True)
        return triples, table
    finally:
        server.terminate()
        server.wait()


def write_results(section: str, part: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    begin, end = f"<!-- BENCH:{part}:BEGIN -->", f"<!-- BENCH:{part}:END -->"
    block = f"{begin}\n{section}\n{end}"
    if begin in text:
        text = re.sub(re.escape(begin) + r"[\s\S]*?" + re.escape(end), lambda _m: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000, help="0: skip the build table")
    parser.add_argument("--sizes", default="7,70,700", help="corpus sizes in documents for the query table ('': skip)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--skip-rdflib-above",
        type=int,
        default=150_000,
        help="triples; rdflib took minutes a query beyond (see ../shared/FACTS.md for 10^6)",
    )
    parser.add_argument("--large", type=int, default=0, help="documents for the ten-times-larger run with Virtuoso")
    parser.add_argument("--reuse", type=Path, help="with --large: keep the corpus and the build here")
    args = parser.parse_args()
    if args.large:
        write_results(large_table(args.large, args.reuse, args.repeat), "large")
        print(f"wrote {RESULTS}")
        return
    header = [
        f"Generated corpora (`benchmarks/generate.py`), {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}. "
        f"Medians of {args.repeat}.",
        "",
    ]
    if args.documents:
        write_results("\n".join(header + build_table(args.documents)), "build")
    if args.sizes.strip():
        lines = header + [
            "| triples | query | rdflib in memory | embedded store | raw pyoxigraph | "
            f"HTTP (policygraph serve) | store / raw | {PORTABLE} |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for size in (int(s) for s in args.sizes.split(",") if s.strip()):
            lines += query_rows(size, args.repeat, args.skip_rdflib_above)
        write_results("\n".join(lines), "queries")
    print(f"wrote {RESULTS}")


def build_table(documents: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "out"
        generate(src, documents)
        megabytes = sum(p.stat().st_size for p in src.glob("*.txt")) / 1e6
        print(f"build {documents} documents ({megabytes:.1f} MB)", flush=True)
        seconds, rss = run_build(src, out)
        doc = sorted(src.glob("c*.txt"))[len(list(src.glob("c*.txt"))) // 2]
        with open(doc, "a", encoding="utf-8") as handle:
            handle.write("\n（三）加强宣传引导。各地要广泛宣传，营造良好氛围。\n")
        again, _rss = run_build(src, out)
        same, _ = run_build(src, out)
        triples = report_triples(out)
    row = (
        f"| {documents} | {megabytes:.1f} | {triples} | {seconds:.1f} | {documents / seconds:.1f} "
        f"| {megabytes / seconds:.2f} | {rss:.0f} | {again:.2f} | {100 * again / seconds:.1f}% | {same:.2f} |"
    )
    print(row, flush=True)
    return [
        "| documents | MB | triples | build (s) | documents/s | MB/s | peak RSS (MiB) | "
        "rebuild, one changed (s) | share of full | rebuild, none changed (s) |",
        "|---|---|---|---|---|---|---|---|---|---|",
        row,
    ]


def query_rows(size: int, repeat: int, skip_rdflib_above: int) -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "out"
        generate(src, size)
        run_build(src, out)
        estimate = report_triples(out)
        print(f"queries at {estimate} triples", flush=True)
        triples, table = query_table(out, repeat, estimate <= skip_rdflib_above)
        for label, row in table.items():
            cells = [
                f"{row[b]:.1f} ms" if b in row else "—"
                for b in ("rdflib in memory", "embedded store", "raw pyoxigraph", "HTTP (policygraph serve)")
            ]
            ratio = row["embedded store"] / row["raw pyoxigraph"]
            rows.append(f"| {triples} | {label} | " + " | ".join(cells) + f" | {ratio:.2f} | {row[PORTABLE]:.1f} ms |")
    return rows


LARGE_QUERIES = [  # (label, saved query, parameters); "" takes the middle document / a body of the middle county
    ("who-owns, one document", "who-owns", {"document": ""}),
    ("who-owns, one body (department + jurisdiction)", "who-owns", {"department": "", "jurisdiction": ""}),
    ("who-owns, one province's documents (within=)", "who-owns", {"within": "福建省"}),
    ("workload (every body's load)", "workload", {}),
    ("gaps (MINUS)", "gaps", {}),
    ("targets", "targets", {}),
    ("implements", "implements", {}),
    ("sector-owns, one sector", "sector-owns", {"sector": "civil-affairs"}),
]


def large_table(documents: int, reuse: Path | None, repeat: int) -> str:
    """Build, embedded-store and Virtuoso tables for a corpus ten times the size of the 1,000-document one."""
    with tempfile.TemporaryDirectory() as tmp:
        root = reuse or Path(tmp)
        src, out = root / "src", root / "out"
        if not src.exists():
            generate(src, documents)
        lines = [f"Generated corpus of {documents} documents, {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}."]
        measured = root / "build-measured.txt"  # the build's row, kept for a later run that reuses the build
        if not (out / "report.json").exists():
            seconds, rss = run_build(src, out, "--nquads")
            measured.write_text(
                f"| `build --nquads` | {report_triples(out):,} | {seconds / 60:.1f} min | {rss / 1024:.2f} GiB |"
            )
        if measured.exists():
            lines += ["", "| build | triples | wall | peak RSS |", "|---|---|---|---|", measured.read_text().strip()]
            print(lines[-1], flush=True)
        store = load_graph(out, "oxigraph")
        params = _middle(store)
        embedded = {
            label: _timed(store, name, {k: v or params[k] for k, v in p.items()}, repeat, "oxigraph")
            for label, name, p in LARGE_QUERIES
        }
        # what `policygraph query` gives: the kept answer of a whole-graph query (graph/kept.py), else the same
        answered = {
            label: _answered(store, name, {k: v or params[k] for k, v in p.items()}, repeat)
            for label, name, p in LARGE_QUERIES
        }
        del store
        remote: dict[str, tuple[int, float]] = {}
        load_seconds = 0.0
        if available():
            loaded = root / "virtuoso" / "load-seconds.txt"  # a database loaded by an earlier run is used again
            server = Virtuoso(root / "virtuoso", max_rows=5_000_000, buffers=680_000, seconds=0)
            try:
                if not loaded.exists():
                    start = time.perf_counter()
                    server.bulk_load(out / "graph.nq", timeout=4 * 3600)
                    loaded.write_text(f"{time.perf_counter() - start:.0f}")
                load_seconds = float(loaded.read_text())
                print(f"    virtuoso bulk load {load_seconds:.0f} s", flush=True)
                virtuoso = RemoteStore(server.sparql)
                remote = {
                    label: _timed(virtuoso, name, {k: v or params[k] for k, v in p.items()}, repeat, None)
                    for label, name, p in LARGE_QUERIES
                }
            finally:
                server.stop()
    lines += [
        "",
        f"Virtuoso 7 bulk load of graph.nq (ld_dir, rdf_loader_run, checkpoint): {load_seconds:.0f} s.",
        "",
        "| query | rows | embedded store, evaluated | `policygraph query` (kept answer) | Virtuoso 7 (bulk-loaded) |",
        "|---|---|---|---|---|",
    ]
    for label, name, p in LARGE_QUERIES:
        rows, ms = embedded[label]
        kept = f"{answered[label]:,.0f} ms" if load_query(name).kept and not p else "— (evaluated)"
        got, took = remote.get(label, (0, 0.0))
        other = f"{took:,.0f} ms" + ("" if got == rows else f" ({got} rows)")
        other = f"no answer within {timeout_seconds():g} s" if got < 0 else other
        lines.append(f"| {label} | {rows:,} | {ms:,.0f} ms | {kept} | {other if label in remote else '—'} |")
    return "\n".join(lines)


def _middle(store, document: str | None = None) -> dict[str, str]:
    """The parameters of the lookups: a document (the middle one listed, unless named) and a body of the
    middle county."""
    listed = run(store, load_query("documents"))
    col = listed.columns.index
    row = next(r for r in listed.rows if r[0] == document) if document else listed.rows[len(listed.rows) // 2]
    counties = [r for r in listed.rows if r[col("level")] == "county"]
    county = counties[len(counties) // 2] if counties else row
    middle = {"document": row[0], "jurisdiction": county[col("jurisdiction")]}
    middle["department"] = run(store, load_query("who-owns"), {"jurisdiction": middle["jurisdiction"]}).rows[0][3]
    return middle


def _answered(graph, name: str, params: dict[str, str], repeat: int) -> float:
    """Median milliseconds of the saved query as `policygraph query` runs it (graph.query.run)."""
    query = load_query(name)
    run(graph, query, params)
    ms = median_ms(lambda: run(graph, query, params), repeat)
    print(f"    answered {name} {params} {ms:.0f} ms", flush=True)
    return ms


def _timed(graph, name: str, params: dict[str, str], repeat: int, engine: str | None) -> tuple[int, float]:
    """Rows and the median milliseconds of a saved query (the text for the engine, with only the bound lines)."""
    query = load_query(name)
    binds = bindings(query, params)
    text = query.text_for(engine, tuple(binds))
    try:
        start = time.perf_counter()
        rows = len(graph.select(text, binds)[1])
        once = (time.perf_counter() - start) * 1000
    except PolicyGraphError as err:  # a server's time limit, or the client's 60 s
        print(f"    {name} {params}: {err}", flush=True)
        return -1, float("nan")
    ms = once if once > 60_000 else median_ms(lambda: graph.select(text, binds), repeat)  # a minute: run once
    print(f"    {name} {params} {rows} rows {ms:.0f} ms", flush=True)
    return rows, ms


if __name__ == "__main__":
    main()
