"""Incremental builds: unchanged documents are reused, and the graph equals a full build."""

import shutil

import pyoxigraph as ox
from click.testing import CliRunner

from policygraph.build import build
from policygraph.cli import main
from policygraph.graph.query import load_graph, load_query, run
from policygraph.graph.store import GRAPH_NT, GRAPH_TTL

from .conftest import DATA


def _corpus(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(DATA, src)
    for path in src.iterdir():
        path.chmod(0o644)
    return src


def _graph(path):
    return set(ox.parse(path=str(path)))


def test_rebuild_without_changes_reuses_everything_and_writes_the_same_bytes(tmp_path):
    src, out = _corpus(tmp_path), tmp_path / "out"
    first = build([src], out)
    before, written = (out / GRAPH_TTL).read_bytes(), (out / GRAPH_TTL).stat()
    second = build([src], out)
    assert first.reused == 0 and second.reused == len(second.documents) == 5
    assert (out / GRAPH_TTL).read_bytes() == before and second.triples == first.triples
    assert (out / GRAPH_TTL).stat().st_ino == written.st_ino  # not even rewritten
    (out / GRAPH_TTL).write_bytes(before[:100])  # damaged by hand: the next build writes it again
    assert build([src], out).triples == first.triples and (out / GRAPH_TTL).read_bytes() == before


def test_one_changed_document_is_parsed_again_and_the_graph_equals_a_full_build(tmp_path):
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src], out)
    manifest_ids = sorted(p.stem for p in src.glob("*.txt"))
    changed = src / f"{manifest_ids[2]}.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("县民政局", "县民政厅", 1), encoding="utf-8")
    result = build([src], out, ntriples=True)
    assert result.reused == 4
    full = build([src], tmp_path / "full", incremental=False, ntriples=True)
    assert full.reused == 0
    assert _graph(out / GRAPH_NT) == _graph(tmp_path / "full" / GRAPH_NT)
    assert _graph(out / GRAPH_TTL) == _graph(out / GRAPH_NT)
    owners = {r[3] for r in run(load_graph(out), load_query("who-owns")).rows}
    assert "县民政厅" in owners


def test_a_removed_document_leaves_the_store(tmp_path):
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src], out)
    victim = sorted(src.glob("*.txt"))[0]
    victim.unlink()
    result = build([src], out)
    assert len(result.documents) == 4
    for backend in ("oxigraph", "memory"):
        ids = {r[0] for r in run(load_graph(out, backend), load_query("documents")).rows}
        assert victim.stem not in ids and len(ids) == 4


def test_a_damaged_cache_is_a_miss_not_an_error(tmp_path):
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src], out)
    for path in (out / ".cache").glob("sum-*.pickle"):
        path.write_bytes(b"not a pickle")
    result = build([src], out)
    assert result.reused == 0 and len(result.documents) == 5


def test_progress_is_quiet_when_output_is_not_a_terminal(tmp_path):
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "parse" not in result.output and "%" not in result.output
    again = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "out")])
    assert "其中 5 个未改动" in again.output


def test_the_cache_key_covers_the_grammar_tables_and_the_ontology():  # regression: grammar/*.csv were not hashed
    from policygraph.incremental import code_files

    names = {p.relative_to(p.parents[1]).as_posix() for p in code_files()}
    assert {"grammar/roles.csv", "grammar/shapes.csv", "ontology/shapes.ttl", "parsing/parse.py"} <= names
