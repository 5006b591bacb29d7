"""Kept answers (issue 16): whole-graph answers computed by the build, read while the store and query still match."""

import json
import shutil

import pytest

from policygraph.build import build
from policygraph.graph.kept import ANSWERS, keep_answers
from policygraph.graph.query import load_graph, load_query, run, saved_queries
from policygraph.graph.store import STORE_DIR

from .conftest import DATA, SEEDS

KEPT = sorted(name for name, query in saved_queries().items() if query.kept)


def _evaluated(graph, name):
    """The answer as the store computes it now, bypassing any kept answer."""
    query = load_query(name)
    columns, rows = graph.select(query.text_for(graph.name, ()))
    return columns, [tuple("" if v is None else v for v in row) for row in rows]


def _tamper(out, name, **stamp):
    """Write a recognisable answer under the kept answer's stamp (or a changed one)."""
    path = out / STORE_DIR / ANSWERS / f"{name}.json"
    head = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    head.update(stamp)
    rows = [["改过的" for _ in head["columns"]]]
    path.write_text(json.dumps(head) + "\n" + json.dumps(rows) + "\n", encoding="utf-8")


def test_the_whole_graph_queries_are_kept():
    assert {"implements", "workload", "gaps", "targets"} <= set(KEPT)
    assert not saved_queries()["who-owns"].kept  # a lookup's answer is the store's to give


@pytest.mark.parametrize("name", KEPT)
def test_a_build_keeps_each_answer_as_the_store_gives_it(built, name):
    graph = load_graph(built)
    assert (built / STORE_DIR / ANSWERS / f"{name}.json").is_file()
    table = run(graph, load_query(name))
    assert (table.columns, list(table.rows)) == _evaluated(graph, name)  # same rows, same order


@pytest.fixture
def own_build(built, tmp_path):
    """A test's own copy of the one build, to write into."""
    shutil.copytree(built, tmp_path / "out")
    return tmp_path / "out"


def test_a_kept_answer_is_read_and_a_stale_one_is_not(own_build):
    _tamper(own_build, "implements")
    graph = load_graph(own_build)
    assert run(graph, load_query("implements")).rows == (("改过的",) * 7,)  # read, not computed
    # with a parameter the store answers
    narrowed = run(graph, load_query("implements"), {"document": SEEDS["putian"]})
    assert narrowed.rows and all(row[0] == SEEDS["putian"] for row in narrowed.rows)
    _tamper(own_build, "implements", query="another text")  # a query changed by an upgrade
    assert run(graph, load_query("implements")).rows == tuple(_evaluated(graph, "implements")[1])
    _tamper(own_build, "workload", graphs="another build")  # a store changed since
    assert run(graph, load_query("workload")).rows == tuple(_evaluated(graph, "workload")[1])


def test_a_build_renews_stale_and_missing_answers(own_build):
    answers = own_build / STORE_DIR / ANSWERS
    _tamper(own_build, "gaps", query="another text")
    (answers / "targets.json").unlink()
    assert sorted(keep_answers(own_build, saved_queries().values())) == ["gaps", "targets"]
    graph = load_graph(own_build)
    for name in ("gaps", "targets"):
        assert list(run(graph, load_query(name)).rows) == _evaluated(graph, name)[1]
    assert keep_answers(own_build, saved_queries().values()) == []  # all fresh: nothing computed


def test_a_changed_corpus_gets_new_answers(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA, corpus)
    out = tmp_path / "out"
    build([corpus], out)
    before = run(load_graph(out), load_query("implements")).rows
    (corpus / f"{SEEDS['putian']}.txt").unlink()  # the city plan that implements the province's is gone
    build([corpus], out)
    graph = load_graph(out)
    after = run(graph, load_query("implements")).rows
    assert after == tuple(_evaluated(graph, "implements")[1])
    assert len(after) < len(before) and not any(row[0] == SEEDS["putian"] for row in after)


def test_a_memory_build_keeps_nothing(tmp_path):
    build(None, tmp_path / "mem", store="memory")
    assert not (tmp_path / "mem" / STORE_DIR).exists()
    assert run(load_graph(tmp_path / "mem"), load_query("implements")).rows
