"""A real OpenLink Virtuoso 7 (Debian's virtuoso-opensource) on 127.0.0.1, as institutions run it (issue 16).

The packaged service cannot start in a container, so the test starts virtuoso-t itself in a temporary
directory with its own ini, creates a user with SPARQL_UPDATE, and pushes with Digest authentication.
"""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from policygraph.build import build
from policygraph.cli import main
from policygraph.errors import QueryError, StoreError
from policygraph.graph.query import load_graph, load_query, run, saved_queries

from .conftest import SEEDS
from .virtuoso_server import Virtuoso, available

DATA = Path(__file__).resolve().parents[1] / "data"
USER, PASSWORD = "pguser", "pg-secret-7"
MAX_ROWS = 1000  # [SPARQL] ResultSetMaxRows: small, so a whole-graph query is cut


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not available():
        if os.environ.get("CI"):
            pytest.fail("virtuoso-t is not installed; .ci/run installs Debian's virtuoso-opensource")
        pytest.skip("virtuoso-t is not installed")
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"), max_rows=MAX_ROWS)
    server.add_user(USER, PASSWORD)
    yield server
    server.stop()


@pytest.fixture
def login(monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_USER", USER)
    monkeypatch.setenv("POLICYGRAPH_PASSWORD", PASSWORD)


def _rows(table):
    return sorted(tuple("" if v is None else str(v) for v in row) for row in table.rows)


def test_push_with_digest_and_every_saved_query_gives_the_local_rows(virtuoso, login, tmp_path):
    out = tmp_path / "out"
    result = build(None, out, endpoint=virtuoso.sparql)
    assert result.pushed is not None and sum("/graph/doc/" in g for g in result.pushed.send) == len(result.documents)
    assert len(virtuoso.graphs()) == len(result.documents)
    local, remote = load_graph(out), load_graph(out, endpoint=virtuoso.sparql)
    assert remote.name == "virtuoso"  # so it runs queries/virtuoso/ texts where they exist
    assert "virtuoso" in saved_queries()["gaps"].shaped
    for query in saved_queries().values():
        assert _rows(run(remote, query)) == _rows(run(local, query)), query.name
    assert run(remote, saved_queries()["gaps"]).rows  # the Virtuoso text has rows to compare here
    again = build(None, out, endpoint=virtuoso.sparql)  # nothing changed: nothing is sent
    assert again.pushed.send == () and again.pushed.delete == ()


def test_a_removed_document_is_deleted_from_the_server(virtuoso, login, tmp_path):
    out = tmp_path / "out"
    files = sorted(DATA.glob("*.txt"))
    build(files, out, endpoint=virtuoso.sparql)
    before = virtuoso.graphs()
    kept = [f for f in files if SEEDS["zhuhai"] not in f.name]
    planned = CliRunner().invoke(
        main, ["build", *map(str, kept), "--out", str(out), "--endpoint", virtuoso.sparql, "--dry-run"]
    )
    assert planned.exit_code == 0 and "试运行" in planned.output, planned.output
    assert f"delete https://w3id.org/policygraph/id/graph/doc/{SEEDS['zhuhai']}" in planned.output
    assert virtuoso.graphs() == before  # a dry run changes nothing there
    result = build(kept, out, endpoint=virtuoso.sparql)
    assert [g for g in result.pushed.delete if SEEDS["zhuhai"] in g]
    assert not [g for g in result.pushed.send if "/graph/doc/" in g]  # the other documents did not change
    assert len(virtuoso.graphs()) == len(before) - 1
    gone = run(load_graph(out, endpoint=virtuoso.sparql), load_query("documents"))
    assert not any(SEEDS["zhuhai"] in str(row) for row in gone.rows)


def test_a_cut_result_is_an_error_unless_partial_is_asked(virtuoso, login, tmp_path):
    build(None, tmp_path / "out", endpoint=virtuoso.sparql)
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError) as err:
        load_graph(tmp_path, endpoint=virtuoso.sparql).select(everything)
    assert f"cut the result at {MAX_ROWS} rows" in str(err.value) and "ResultSetMaxRows" in str(err.value)
    _columns, rows = load_graph(tmp_path, endpoint=virtuoso.sparql, partial=True).select(everything)
    assert len(rows) == MAX_ROWS


def test_logins_and_their_errors_never_show_the_password(virtuoso, tmp_path, monkeypatch):
    monkeypatch.delenv("POLICYGRAPH_USER", raising=False)
    monkeypatch.delenv("POLICYGRAPH_PASSWORD", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    crud = virtuoso.sparql + "-graph-crud-auth"
    runner = CliRunner()
    anonymous = runner.invoke(main, ["build", "--out", str(tmp_path / "a"), "--graph-store", crud])
    assert anonymous.exit_code == 1 and "HTTP 401" in anonymous.output and "POLICYGRAPH_USER" in anonymous.output
    in_url = crud.replace("http://", f"http://{USER}:{PASSWORD}@")
    refused = runner.invoke(main, ["build", "--out", str(tmp_path / "b"), "--graph-store", in_url])
    assert refused.exit_code == 1 and "password in the URL is not accepted" in refused.output
    assert PASSWORD not in refused.output and PASSWORD not in anonymous.output
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    with_netrc = runner.invoke(main, ["build", "--out", str(tmp_path / "c"), "--graph-store", crud])
    assert with_netrc.exit_code == 0, with_netrc.output
    monkeypatch.setenv("POLICYGRAPH_PASSWORD", "wrong")
    monkeypatch.setenv("POLICYGRAPH_USER", USER)
    with pytest.raises(StoreError) as err:
        build(None, tmp_path / "d", graph_store=crud)
    assert "HTTP 401" in str(err.value) and "wrong" not in str(err.value)


def test_nquads_bulk_load_keeps_the_named_graphs(virtuoso, tmp_path):
    out = tmp_path / "out"
    result = build(None, out, nquads=True)
    nq = (out / "graph.nq").read_bytes()
    assert nq.count(b"\n") == result.triples
    virtuoso.bulk_load(out / "graph.nq")
    assert len(virtuoso.graphs()) >= len(result.documents)
    remote = load_graph(out, endpoint=virtuoso.sparql)
    who = load_query("who-owns")
    assert _rows(run(remote, who)) == _rows(run(load_graph(out), who))
