"""Building a corpus: determinism, encodings, bad input, atomic output."""

import os
import shutil
from pathlib import Path

import pytest

from policygraph import build as build_module
from policygraph.build import build, write_atomic
from policygraph.graph.store import GRAPH_NT, GRAPH_TTL
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source

from .conftest import DATA, SEEDS

WENGAN = DATA / f"{SEEDS['wengan']}.txt"


def test_two_builds_are_byte_identical(tmp_path):
    build(None, tmp_path / "a", ntriples=True)
    build(None, tmp_path / "b", ntriples=True)
    for name in (GRAPH_NT, GRAPH_TTL):
        a, b = (tmp_path / "a" / name).read_bytes(), (tmp_path / "b" / name).read_bytes()
        assert a == b and len(a) > 100_000


def test_ntriples_are_written_only_when_asked_and_never_left_stale(tmp_path):
    out = tmp_path / "out"
    build([WENGAN], out, validate=False)
    assert (out / GRAPH_TTL).exists() and not (out / GRAPH_NT).exists()
    build([WENGAN], out, validate=False, ntriples=True)
    lines = (out / GRAPH_NT).read_bytes().count(b"\n")
    assert lines == build([WENGAN], out, validate=False, ntriples=True).triples
    build([WENGAN], out, validate=False)  # the old graph.nt would describe an older build
    assert not (out / GRAPH_NT).exists()


def test_nquads_hold_every_triple_in_its_named_graph_and_are_never_left_stale(tmp_path):
    out = tmp_path / "out"
    triples = build([WENGAN], out, validate=False, nquads=True).triples
    quads = (out / "graph.nq").read_bytes().splitlines()
    assert len(quads) == triples and all(line.endswith(b"> .") for line in quads)
    graphs = {line.rsplit(b" ", 2)[1] for line in quads}
    assert len(graphs) > 1 and all(g.startswith(b"<https://") for g in graphs)
    build([WENGAN], out, validate=False)  # the old graph.nq would describe an older build
    assert not (out / "graph.nq").exists()


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("gb18030"),
        lambda t: t.encode("gbk", errors="replace"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["gb18030", "gbk", "utf8-bom", "crlf"],
)
def test_encodings_give_the_same_responsibilities(tmp_path, encode):
    text = WENGAN.read_text(encoding="utf-8")
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(text))
    expected = parse_source(read_source(WENGAN))
    got = parse_source(read_source(path))
    assert [(r.clause, r.body, r.role) for r in got.responsibilities] == [
        (r.clause, r.body, r.role) for r in expected.responsibilities
    ]
    assert got.meta.title == expected.meta.title


def _corpus_with_bad_files(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(WENGAN, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "prose.txt").write_text("这是一段没有任何编号的文字。只有句子。", encoding="utf-8")
    return folder


def test_bad_documents_are_reported_and_the_rest_builds(tmp_path):
    src = _corpus_with_bad_files(tmp_path / "src")
    result = build([src], tmp_path / "out")
    assert [d.doc_id for d in result.documents] == ["good"]
    messages = sorted(str(e) for e in result.errors)
    assert any("binary.txt" in m and "not decodable" in m for m in messages)
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("prose.txt" in m and "no clauses found" in m for m in messages)
    assert all("\n" not in m for m in messages)
    assert (tmp_path / "out" / GRAPH_TTL).exists()


def test_failed_write_keeps_the_previous_graph(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(None, out)
    before = (out / GRAPH_TTL).read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module.os, "replace", broken_replace)
    with pytest.raises(build_module.StoreError):
        build([WENGAN], out)
    assert (out / GRAPH_TTL).read_bytes() == before
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]


def test_write_atomic_leaves_no_temporary_file_on_error(tmp_path):
    with pytest.raises(TypeError):
        write_atomic(tmp_path / "x.txt", 123)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_duplicate_ids_and_missing_paths(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(WENGAN, a / "same.txt")
    shutil.copy(WENGAN, b / "same.txt")
    result = build([a, b, tmp_path / "missing"], tmp_path / "out")
    assert len(result.documents) == 1
    messages = [str(e) for e in result.errors]
    assert any("already used" in m for m in messages)
    assert any("missing" in m and "no such file" in m for m in messages)


def test_each_body_carries_its_counts_over_every_document_and_they_follow_a_rebuild(tmp_path):
    """pg:leadCount / pg:responsibilityCount are summed over the documents naming the body (issue 16)."""
    from policygraph.graph.query import load_graph, load_query, run

    head = "莆田市人民政府办公室关于印发{}的通知\n一、主要任务\n"
    one = head.format("莆田市养老服务实施方案") + "(一)甲项。(牵头单位:市民政局;责任单位:市财政局)\n"
    one += "(二)乙项。(市民政局负责)\n"
    two = head.format("莆田市社区服务实施方案") + "(一)丙项。(牵头单位:市民政局)\n"
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(one, encoding="utf-8")
    (src / "b.txt").write_text(two, encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, workers=1)

    def workload():
        store = load_graph(out, "oxigraph")
        shaped = run(store, load_query("workload"))
        counted = run(load_graph(out, "memory"), load_query("workload"))  # the portable text counts
        assert shaped.rows == counted.rows
        return {r[0]: r[2:] for r in shaped.rows}

    assert workload()["市民政局"] == ("2", "1", "3")  # led in each document; responsible once in a.txt
    (src / "b.txt").unlink()
    build([src], out, workers=1)
    assert workload()["市民政局"] == ("1", "1", "2")
