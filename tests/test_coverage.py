"""Coverage by level: which jurisdictions below a plan took up each clause, which did not, which issued nothing."""

import json

from click.testing import CliRunner

from policygraph.cli import main
from policygraph.graph.query import load_graph
from policygraph.views.coverage import coverage_by_level, render_coverage

from .conftest import SEEDS

FUJIAN_CITIES = ("福州市", "厦门市", "莆田市", "三明市", "泉州市", "漳州市", "南平市", "龙岩市", "宁德市")


def test_a_provincial_plan_against_the_cities_below_it(built):
    result = coverage_by_level(load_graph(built), SEEDS["fujian"])
    assert result.jurisdiction == "福建省" and result.level_below == "prefecture"
    assert result.expected == FUJIAN_CITIES  # from GB/T 2260, not from the corpus
    assert result.with_document == ("莆田市",)
    assert "福州市" in result.without_document and "厦门市" in result.without_document  # Xiamen's plan is older
    by_path = {c.path: c for c in result.clauses}
    assert by_path["3.1.1"].took_up == ("莆田市",) and by_path["3.1.1"].not_taken == ()
    assert any(c.not_taken == ("莆田市",) for c in result.clauses)  # a clause Putian did not take up


def test_a_county_plan_has_no_divisions_below_in_the_list(built):
    result = coverage_by_level(load_graph(built), SEEDS["wengan"])
    assert result.expected == () and "不在 GB/T 2260 区划表中" in render_coverage(result)


def test_coverage_on_the_command_line(built):
    out = CliRunner().invoke(main, ["coverage", SEEDS["fujian"], "--graph", str(built)])
    assert out.exit_code == 0
    assert out.output.startswith("福建省") and "没有落实文件：福州市" in out.output
    missing = CliRunner().invoke(main, ["coverage", SEEDS["fujian"], "--missing", "--graph", str(built)])
    assert "已落实：莆田市\n" not in missing.output and len(missing.output) < len(out.output)
    data = json.loads(CliRunner().invoke(main, ["coverage", SEEDS["fujian"], "--json", "--graph", str(built)]).output)
    assert data["with_document"] == ["莆田市"]
    bad = CliRunner().invoke(main, ["coverage", "nosuch", "--graph", str(built)])
    assert bad.exit_code == 1 and "no document 'nosuch'" in bad.output


def test_analyze_reports_coverage_per_level(built):
    out = CliRunner().invoke(main, ["analyze", "--json", "--graph", str(built)])
    levels = json.loads(out.output)["by_level"]
    assert [(v["jurisdiction"], v["level_below"], v["with_document"]) for v in levels] == [
        ("福建省", "prefecture", ["莆田市"])
    ]
    text = CliRunner().invoke(main, ["analyze", "--graph", str(built)]).output
    assert "福建省 的下一级（地市级）9 个：1 个有落实文件（莆田市）" in text
