"""Tracing a clause through the cascade: down to the clauses that implement it, up to the ones it implements."""

import json

import pytest
from click.testing import CliRunner

from policygraph.cli import main
from policygraph.errors import QueryError
from policygraph.graph.query import load_graph, load_query, run
from policygraph.views.trace import render_trace, trace

from .conftest import SEEDS

FUJIAN, PUTIAN = SEEDS["fujian"], SEEDS["putian"]


def _all(node):
    return [node] + [n for c in node.children for n in _all(c)]


def test_a_provincial_clause_traced_down_to_the_city_clause_that_implements_it(built):
    result = trace(load_graph(built), FUJIAN, "3.1.1")
    assert (result.root.document, result.root.level, result.root.jurisdiction) == (FUJIAN, "province", "福建省")
    child = result.root.children[0]
    assert (child.document, child.level, child.jurisdiction, child.number) == (PUTIAN, "prefecture", "莆田市", "(一)")
    assert ("市民政局", "responsible") in child.owners
    text = render_trace(result)
    assert text.splitlines()[0].startswith("省级 福建省") and "  地市级 莆田市" in text and "责任：" in text


def test_a_city_clause_traced_up_with_targets_deadlines_and_the_documents_above(built):
    result = trace(load_graph(built), PUTIAN, "发展社区托育", up=True)
    assert [n.document for n in _all(result.root)] == [PUTIAN, FUJIAN]
    assert ("到2023年", "2023-12-31") in result.root.deadlines
    assert any(relation == "stricter" for _t, relation in result.root.targets)  # 4.5 托位 against the province's 3
    assert any("城乡社区服务体系建设规划" in title and not held for title, _n, held in result.documents_above)
    text = render_trace(result)
    assert "（加码）" in text and "（不在语料中）" in text and text.startswith("上级文件：")


def test_a_clause_number_shared_by_several_clauses_asks_for_the_path(built):
    with pytest.raises(QueryError, match=r"'\(一\)' names \d+ clauses") as err:
        trace(load_graph(built), FUJIAN, "(一)")
    assert "3.1.1" in err.value.hint


def test_trace_on_the_command_line(built):
    result = CliRunner().invoke(main, ["trace", FUJIAN, "3.1.1", "--graph", str(built)])
    assert result.exit_code == 0 and "地市级 莆田市" in result.output
    as_json = CliRunner().invoke(main, ["trace", PUTIAN, "发展社区托育", "--up", "--json", "--graph", str(built)])
    data = json.loads(as_json.output)
    assert data["up"] is True and data["root"]["children"][0]["document"] == FUJIAN


@pytest.mark.parametrize(
    "args, message",
    [(["nosuch", "1"], "no document 'nosuch' in the graph"), ([FUJIAN, "不存在的条款"], "no clause '不存在的条款'")],
)
def test_trace_errors_are_one_line(built, args, message):
    result = CliRunner().invoke(main, ["trace", *args, "--graph", str(built)])
    assert result.exit_code == 1 and message in result.output and result.output.count("\n") == 1


def test_the_saved_trace_query_gives_the_same_clauses(built):
    table = run(load_graph(built), load_query("trace"), {"root_document": FUJIAN, "root_path": "3.1.1"})
    rows = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    assert {(r["document"], r["clause"], r["parent_clause"]) for r in rows} == {(PUTIAN, "(一)", "(一)")}
