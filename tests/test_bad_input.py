"""Bad input never crashes a build, never costs the other documents, never loses the previous graph."""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from policygraph.build import build
from policygraph.cli import main
from policygraph.errors import InputError, StoreError
from policygraph.graph.query import load_graph, load_query, run
from policygraph.graph.store import GRAPH_TTL
from policygraph.reading.read import MAX_BYTES, read_source

from .conftest import DATA, SEEDS
from .helpers import generate_corpus

WENGAN = DATA / f"{SEEDS['wengan']}.txt"


def test_a_file_over_50_mb_is_refused_by_name(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"big\.txt: file is 50 MB, more than the 50 MB limit"):
        read_source(big)


def test_mixed_encodings_are_refused_not_turned_into_wrong_characters(tmp_path):
    text = WENGAN.read_text(encoding="utf-8")
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(text[:3000].encode("utf-8") + text[3000:3200].encode("gbk") + text[3200:].encode("utf-8"))
    with pytest.raises(InputError, match=r"mixed\.txt: mixed encodings: mostly UTF-8"):
        read_source(mixed)


def test_an_implements_cycle_skips_only_the_documents_on_it(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(WENGAN, src / f"{name}.txt")
    (src / "manifest.toml").write_text(
        '[[document]]\nid = "a"\nfile = "a.txt"\nimplements = ["b"]\n'
        '[[document]]\nid = "b"\nfile = "b.txt"\nimplements = ["a"]\n'
        '[[document]]\nid = "c"\nfile = "c.txt"\nimplements = ["a"]\n',
        encoding="utf-8",
    )
    result = build([src], tmp_path / "out")
    assert [d.doc_id for d in result.documents] == ["c"]
    assert any("implements cycle: a -> b -> a" in str(e) for e in result.errors)


def _graph_count(out) -> int:
    return len(run(load_graph(out, "oxigraph"), load_query("documents")).rows)


def _build_when_free(sources, out):
    """Build once the killed build's worker processes have died: a forked worker holds the folder's lock until the
    kernel has finished it, a moment after the main process was reaped."""
    deadline = time.monotonic() + 10
    while True:
        try:
            return build(sources, out, validate=False)
        except StoreError as err:
            if "another build is writing" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.5])
def test_a_build_killed_half_way_leaves_the_previous_graph(tmp_path, delay):
    out = tmp_path / "out"
    build([WENGAN], out, validate=False)
    before = (out / GRAPH_TTL).read_bytes()
    generate_corpus(tmp_path / "big", 60)
    proc = subprocess.Popen(
        [sys.executable, "-m", "policygraph", "build", str(tmp_path / "big"), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    after = (out / GRAPH_TTL).read_bytes()
    if after == before:  # killed before the new graph was complete: the old one, whole, store included
        assert _graph_count(out) == 1
    else:  # it got as far as the new graph.ttl: then that one is whole, and the store is its or says it is not
        assert after.count(b"\n") > before.count(b"\n")
        try:
            assert _graph_count(out) == 60
        except StoreError as err:
            assert "two different builds" in str(err)
    again = _build_when_free([tmp_path / "big"], out)  # and the next build repairs everything
    assert len(again.documents) == 60 and _graph_count(out) == 60
    # SIGKILL can leave a temporary file of the file being written; the next build removes it
    assert not [p for p in os.listdir(out) if p.endswith(".tmp") or p.startswith(".store.")]


def test_render_writes_only_inside_the_graph_folder(tmp_path):
    out = tmp_path / "out"
    build([WENGAN], out, validate=False)
    result = CliRunner().invoke(main, ["render", "--graph", str(out), "-o", "../../escaped.html"])
    assert result.exit_code == 0, result.output
    assert (out / "escaped.html").exists() and not (tmp_path / "escaped.html").exists()


def test_serve_listens_on_localhost_unless_told_otherwise():
    host = next(p for p in main.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"


@pytest.mark.parametrize(
    "line, message",
    [
        ('implments = ["a"]', "unknown key 'implments' (did you mean 'implements'?)"),
        ('file = ["a.txt"]', "'file' must be a string"),
        ('file = "/etc/hostname"', "'file' must name a file inside"),
        ('file = "../outside.txt"', "'file' must name a file inside"),
        ('level = "city"', "level 'city' is not one of national"),
        ("issuers = [1, 2]", "'issuers' must be a list of strings"),
    ],
)
def test_a_bad_manifest_is_one_line_naming_the_key(tmp_path, line, message):  # issue 12 probe 9
    src = tmp_path / "src"
    src.mkdir()
    (tmp_path / "outside.txt").write_text("某县实施方案\n一、任务\n(一)甲。\n", encoding="utf-8")
    (src / "a.txt").write_text("某县实施方案\n一、任务\n(一)甲。(县民政局负责)\n", encoding="utf-8")
    body = line if line.startswith("file") else f'file = "a.txt"\n{line}'
    (src / "manifest.toml").write_text(f'[[document]]\nid = "a"\n{body}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "manifest.toml [[document]] #1" in lines[0], result.output


def test_a_second_build_into_the_same_folder_fails_at_once(tmp_path):  # issue 12 probe 8
    from policygraph.atomic import folder_lock

    out = tmp_path / "out"
    with folder_lock(out):
        result = CliRunner().invoke(main, ["build", str(WENGAN), "--out", str(out)])
    assert result.exit_code == 1
    assert f"another build is writing to this folder (pid {os.getpid()})" in result.output.strip()
    assert CliRunner().invoke(main, ["build", str(WENGAN), "--out", str(out)]).exit_code == 0  # released


def test_a_smaller_rebuild_leaves_no_stale_body_pages(tmp_path):  # issue 12 probe 8
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", "--out", str(out)]).exit_code == 0
    before = len(list((out / "bodies").glob("*.html")))
    assert CliRunner().invoke(main, ["build", str(WENGAN), "--out", str(out)]).exit_code == 0
    after = len(list((out / "bodies").glob("*.html")))
    bodies = len(run(load_graph(out), load_query("workload")).rows)
    assert before > after == bodies


def test_leftovers_of_a_killed_build_are_cleaned(tmp_path):  # issue 12 probe 7
    out = tmp_path / "out"
    build([WENGAN], out, validate=False)
    (out / ".store.xyz12").mkdir()
    (out / ".graph.ttl.abc.tmp").write_text("half", encoding="utf-8")
    (out / "store").rename(out / ".store.old")  # killed between the two renames of a store swap
    assert _graph_count(out) == 1  # readers still find the graph
    build([WENGAN], out, validate=False)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".cache") == [".lock"]
    assert (out / "store").is_dir() and _graph_count(out) == 1


def test_graph_file_and_store_of_two_builds_are_told_apart(tmp_path):  # issue 12 probe 7
    out, other = tmp_path / "out", tmp_path / "other"
    build([WENGAN], out, validate=False)
    build(None, other, validate=False)
    shutil.copy(other / GRAPH_TTL, out / GRAPH_TTL)  # as if killed after graph.ttl, before the store swap
    result = CliRunner().invoke(main, ["query", "documents", "--graph", str(out)])
    assert result.exit_code == 1
    assert "graph.ttl and the store are from two different builds" in result.output
    assert "run 'policygraph build' again" in result.output
    build([WENGAN], out, validate=False)  # and a build repairs it
    assert _graph_count(out) == 1


VIEW_NAMES = ("graph.html", "matrix.xlsx", "bodies")


def _views(out) -> set[str]:
    return {name for name in VIEW_NAMES if (out / name).exists()}


def test_a_new_graph_never_sits_beside_the_previous_builds_pages(tmp_path):  # issue 12 probe 7
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(WENGAN), "--out", str(out)]).exit_code == 0
    assert _views(out) == set(VIEW_NAMES)
    build([WENGAN], out, validate=False)  # the same graph again: its pages still describe it
    assert _views(out) == set(VIEW_NAMES)
    build([DATA / f"{SEEDS['putian']}.txt"], out, validate=False)  # a new graph, as if killed before the pages
    assert _views(out) == set()
    assert CliRunner().invoke(main, ["build", str(DATA / f"{SEEDS['putian']}.txt"), "--out", str(out)]).exit_code == 0
    assert _views(out) == set(VIEW_NAMES)
    assert "莆田" in (out / "graph.html").read_text(encoding="utf-8")


def test_pages_stopped_part_way_leave_no_graph_page(tmp_path, monkeypatch):  # graph.html is written last
    from policygraph.views import render

    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(WENGAN), "--out", str(out)]).exit_code == 0

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render, "body_pages", full_disk)
    result = CliRunner().invoke(main, ["build", str(DATA / f"{SEEDS['putian']}.txt"), "--out", str(out)])
    assert result.exit_code == 1
    assert not (out / "graph.html").exists()  # not Weng'an's page over Putian's graph
    assert "莆田" in (out / GRAPH_TTL).read_text(encoding="utf-8")


def test_a_full_disk_while_caching_leaves_no_pieces_and_the_previous_graph(tmp_path, monkeypatch):  # probe 7
    from policygraph import incremental
    from policygraph.atomic import atomic_path

    out = tmp_path / "out"
    build([WENGAN], out, validate=False)
    before = (out / GRAPH_TTL).read_bytes()
    (out / ".cache" / ".doc-x.piece.tmp").write_bytes(b"half")  # what a killed build leaves
    real_write, calls = incremental.Cache._write, []

    def fills_up(self, path, data):
        calls.append(path)
        if len(calls) <= 2:
            return real_write(self, path, data)
        with atomic_path(path) as tmp:
            tmp.write_bytes(data[:10])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(incremental.Cache, "_write", fills_up)
    with pytest.raises(StoreError, match="No space left on device"):
        build([DATA / f"{SEEDS['putian']}.txt"], out, validate=False)
    assert (out / GRAPH_TTL).read_bytes() == before
    assert not list((out / ".cache").rglob("*.tmp"))  # neither the killed build's piece nor this one's
    monkeypatch.setattr(incremental.Cache, "_write", real_write)
    build([DATA / f"{SEEDS['putian']}.txt"], out, validate=False)  # space again
    assert "莆田" in (out / GRAPH_TTL).read_text(encoding="utf-8")
