"""The embedded Oxigraph store and rdflib in memory give the same answers to every saved query."""

import pytest

from policygraph.build import build
from policygraph.query import load_graph, load_query, run, saved_queries
from policygraph.store import STORE_DIR, MemoryStore, OxigraphStore

from .conftest import SEEDS

PARAMS = {
    "who-owns": [{}, {"department": "市民政局"}, {"document": SEEDS["wengan"]}],
    "workload": [{}, {"jurisdiction": "莆田市"}],
    "sector-owns": [{}, {"sector": "civil-affairs", "level": "prefecture"}],
    "gaps": [{}, {"document": SEEDS["putian"]}],
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("stores")
    build(None, base / "ox", store="oxigraph")
    build(None, base / "mem", store="memory")
    return base / "ox", base / "mem"


def test_backends_are_chosen_by_what_was_built(folders):
    ox_dir, mem_dir = folders
    assert (ox_dir / STORE_DIR).is_dir() and not (mem_dir / STORE_DIR).exists()
    assert isinstance(load_graph(ox_dir), OxigraphStore)
    assert isinstance(load_graph(mem_dir), MemoryStore)
    assert isinstance(load_graph(ox_dir, "memory"), MemoryStore)


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_agrees(folders, name):
    ox_store, memory = load_graph(folders[0]), load_graph(folders[1])
    for params in PARAMS.get(name, [{}]):
        a = run(ox_store, load_query(name), params)
        b = run(memory, load_query(name), params)
        assert a.columns == b.columns
        assert sorted(a.rows) == sorted(b.rows), (name, params)
        assert len(a.rows) > 0 or name == "local-additions"


def test_rebuilding_replaces_the_store(folders):
    ox_dir = folders[0]
    build(None, ox_dir, store="oxigraph")
    assert sorted(p.name for p in ox_dir.iterdir() if p.name.startswith(".store")) == []
    assert len(run(load_graph(ox_dir), load_query("documents")).rows) == 5
    build(None, ox_dir, store="memory")
    assert not (ox_dir / STORE_DIR).exists()
