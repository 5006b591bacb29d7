"""The administrative hierarchy: jurisdictions resolved to GB/T 2260 codes and linked up to the nation."""

import pytest

from policygraph.graph.query import load_graph, load_query, run
from policygraph.parsing.places import division, divisions_named

from .conftest import SEEDS


@pytest.mark.parametrize(
    "name, code, above",
    [
        ("瓮安县", "522725", ["黔南布依族苗族自治州", "贵州省"]),
        ("黔南州", "522700", ["贵州省"]),  # short name + level word
        ("黔南布依族苗族自治州", "522700", ["贵州省"]),
        ("莆田市", "350300", ["福建省"]),
        ("福建省", "350000", []),
        ("北京市", "110000", []),  # a municipality is a province
        ("广西壮族自治区", "450000", []),
        ("仙桃市", "429004", ["湖北省"]),  # a county-level city directly under its province
    ],
)
def test_a_jurisdiction_resolves_to_its_code_and_the_divisions_above(name, code, above):
    found = division(name)
    assert found is not None and found.code == code
    assert [d.name for d in found.ancestors()] == above


def test_a_name_shared_by_several_divisions_is_not_guessed():
    assert len(divisions_named("朝阳区")) == 2
    assert division("朝阳区") is None
    assert division("朝阳区", "北京市朝阳区人民政府办公室关于印发某方案的通知").code == "110105"
    assert division("朝阳区", "长春市朝阳区人民政府").code == "220104"
    assert division("不存在县") is None


def _table(graph, name, **params):
    table = run(graph, load_query(name), params)
    return [dict(zip(table.columns, row, strict=True)) for row in table.rows]


def test_the_seeds_sit_in_their_provinces(built):
    graph = load_graph(built)
    places = {r["jurisdiction"]: r for r in _table(graph, "places")}
    assert places["瓮安县"]["above"] == "黔南布依族苗族自治州" and places["瓮安县"]["code"] == "522725"
    assert places["黔南布依族苗族自治州"]["above"] == "贵州省"
    assert places["莆田市"]["above"] == "福建省" and places["福建省"]["above"] == "全国"
    assert {r["jurisdiction"] for r in _table(graph, "places", within="贵州省")} >= {"瓮安县", "黔南州", "贵州省"}


def test_who_owns_within_a_province_means_it_and_everything_under_it(built):
    graph = load_graph(built)
    docs = {r["document"] for r in _table(graph, "who-owns", within="福建省")}
    assert docs == {SEEDS["putian"], SEEDS["xiamen"], SEEDS["fujian"]}
    assert {r["document"] for r in _table(graph, "who-owns", within="黔南州")} == {SEEDS["wengan"]}  # short name
    assert {r["document"] for r in _table(graph, "who-owns", within="广东省")} == {SEEDS["zhuhai"]}


@pytest.mark.parametrize(
    "issuer, place, level",
    [
        ("福清市人民政府办公室", "福清市", "county"),  # a county-level city: its name ends in 市
        ("莆田市人民政府办公室", "莆田市", "prefecture"),
        ("北京市人民政府办公厅", "北京市", "province"),  # a municipality
        ("黔南州人民政府办公室", "黔南州", "prefecture"),
        ("瓮安县人民政府办公室", "瓮安县", "county"),
    ],
)
def test_a_documents_level_follows_from_its_division(issuer, place, level):
    from policygraph.parsing.parse import parse_source

    from .helpers import source

    text = f"{issuer}关于印发某方案的通知\n一、总体要求\n（一）做好工作。\n{issuer}\n2024年1月1日\n"
    meta = parse_source(source(text)).meta
    assert (meta.jurisdiction, meta.level) == (place, level)


def test_a_jurisdiction_that_cannot_be_placed_is_reported_not_guessed(tmp_path):
    import json

    from click.testing import CliRunner

    from policygraph.cli import main

    src = tmp_path / "chaoyang.txt"
    src.write_text(
        "朝阳区人民政府办公室关于印发社区养老服务实施方案的通知\n一、主要任务\n（一）建设养老设施。（区民政局负责）\n"
        "朝阳区人民政府办公室\n2024年1月1日\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(src), "--out", str(out)]).exit_code == 0
    report = json.loads(CliRunner().invoke(main, ["analyze", "--json", "--graph", str(out)]).output)
    assert report["jurisdictions_without_code"] == ["朝阳区"]  # Beijing's or Changchun's: the text does not say
    text = CliRunner().invoke(main, ["analyze", "--graph", str(out)]).output
    assert "没有对应行政区划代码的辖区" in text and "朝阳区" in text


def test_what_the_civil_affairs_bureaus_under_a_province_owe(built):  # issue 14: sector-owns within
    graph = load_graph(built)
    rows = _table(graph, "sector-owns", sector="civil-affairs", within="福建省")
    assert {r["jurisdiction"] for r in rows} == {"福建省", "莆田市", "厦门市"}
    assert {"省民政厅", "市民政局"} <= {r["department"] for r in rows}
    assert len(_table(graph, "sector-owns", sector="civil-affairs")) > len(rows)  # 珠海, 瓮安 left out
