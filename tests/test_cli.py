"""Every command through click's CliRunner, with its errors."""

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from policygraph.cli import main

from .conftest import DATA, SEEDS

HEADERS = {
    "documents": ["document", "title", "number", "issuer", "date", "level", "jurisdiction"],
    "who-owns": ["document", "clause", "title", "department", "role", "source", "path"],
    "workload": ["department", "jurisdiction", "lead", "responsible", "total"],
    "targets": ["document", "clause", "title", "metric", "comparator", "value", "unit", "year"],
    "implements": ["document", "clause", "title", "parent_document", "parent_clause", "parent_title", "score"],
    "derived-from": [
        "document",
        "clause",
        "metric",
        "value",
        "unit",
        "parent_document",
        "parent_clause",
        "parent_value",
        "parent_unit",
        "relation",
    ],
    "gaps": ["parent_document", "parent_clause", "parent_title", "document"],
    "sector-owns": ["sector", "level", "jurisdiction", "department", "document", "clause", "title", "role"],
}


@pytest.fixture(scope="module")
def graph(built_copy):
    return built_copy


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_saved_queries_have_exact_headers(graph, name):
    result = invoke("query", name, "--graph", graph, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == HEADERS[name]
    assert len(rows) > 5


def test_documents_rows(graph):
    rows = json.loads(invoke("query", "documents", "--graph", graph, "--format", "json").output)
    putian = next(r for r in rows if r["document"] == SEEDS["putian"])
    assert putian["number"] == "莆政办规〔2023〕4号" and putian["level"] == "prefecture"
    assert putian["date"] == "2023-06-05" and putian["jurisdiction"] == "莆田市"


def test_who_owns_narrowed_by_params(graph):
    result = invoke(
        "query",
        "who-owns",
        "--graph",
        graph,
        "--format",
        "json",
        "--param",
        "department=市卫健委",
        "--param",
        f"document={SEEDS['putian']}",
    )
    rows = json.loads(result.output)
    assert {r["department"] for r in rows} == {"市卫健委"}
    assert {"title": "推进老年健康服务", "role": "lead"}.items() <= next(
        r for r in rows if r["title"] == "推进老年健康服务"
    ).items()


def test_parameters_are_bound_not_pasted(graph):
    hostile = '市民政局" } UNION { ?s ?p ?o } #'
    result = invoke("query", "who-owns", "--graph", graph, "--format", "csv", "--param", f"department={hostile}")
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines() == [",".join(HEADERS["who-owns"])]


def test_workload_is_largest_first(graph):
    rows = json.loads(invoke("query", "workload", "--graph", graph, "--format", "json").output)
    totals = [int(r["total"]) for r in rows]
    assert totals == sorted(totals, reverse=True)
    assert all(int(r["lead"]) + int(r["responsible"]) == int(r["total"]) for r in rows)


def test_table_format_and_list(graph):
    result = invoke("query", "workload", "--graph", graph)
    assert result.exit_code == 0 and result.output.splitlines()[0].startswith("部门")
    listing = invoke("query", "--list")
    assert "who-owns" in listing.output and "--param department=…（部门）" in listing.output  # name and heading


def test_ad_hoc_query_file(graph, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text(
        "PREFIX pg: <https://w3id.org/policygraph/ns#>\nSELECT (COUNT(?c) AS ?n) WHERE { ?c a pg:Clause }",
        encoding="utf-8",
    )
    result = invoke("query", rq, "--graph", graph, "--format", "json")
    assert int(json.loads(result.output)[0]["n"]) > 200


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "nope"], "unknown query 'nope'"),
        (["query", "who-owns", "--param", "colour=red"], "takes no parameter 'colour'"),
        (["query", "missing.rq"], "no such query file"),
    ],
)
def test_query_errors(graph, args, message):
    result = invoke(*args, "--graph", graph)
    assert result.exit_code == 1
    assert message in result.output


def test_query_without_a_graph(tmp_path):
    result = invoke("query", "who-owns", "--graph", tmp_path / "nothing")
    assert result.exit_code == 1 and "run 'policygraph build' first" in result.output


def test_bad_sparql(graph, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT WHERE {", encoding="utf-8")
    result = invoke("query", rq, "--graph", graph)
    assert result.exit_code == 1 and result.output.startswith("错误：bad: cannot run:")  # not catalogued: English
    assert "Traceback" not in result.output


def test_build_reports_bad_files_and_strict_fails(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(DATA / f"{SEEDS['zhuhai']}.txt", src / "zhuhai.txt")
    (src / "empty.txt").write_text("", encoding="utf-8")
    result = invoke("build", src, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "警告：" in result.output and "empty.txt：文件是空的〔" in result.output and "file is empty" in result.output
    assert "built 1 documents" in result.output
    strict = invoke("build", src, "--out", tmp_path / "out2", "--strict")
    assert strict.exit_code == 1


def test_build_with_nothing_buildable(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = invoke("build", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "nothing was written" in result.output
    assert not (tmp_path / "out").exists()


def test_parse_text_and_json():
    path = DATA / f"{SEEDS['wengan']}.txt"
    text = invoke("parse", path)
    assert text.exit_code == 0 and "县委组织部*" in text.output
    assert "文号：瓮府办发〔2023〕8号" in text.output and "层级：县级" in text.output  # what a person reads is Chinese
    data = json.loads(invoke("parse", path, "--json").output)
    assert data["meta"]["number"] == "瓮府办发〔2023〕8号"
    assert len(data["clauses"]) == 32 and data["responsibilities"][0]["role"] == "lead"


def test_parse_errors(tmp_path):
    result = invoke("parse", tmp_path / "none.txt")
    assert result.exit_code == 1 and "none.txt: no such file" in result.output


def test_version():
    assert invoke("--version").output.startswith("policygraph, version ")


def test_sector_owns_across_levels(graph):
    rows = json.loads(
        invoke("query", "sector-owns", "--graph", graph, "--format", "json", "--param", "sector=civil-affairs").output
    )
    assert {(r["level"], r["jurisdiction"], r["department"]) for r in rows} == {
        ("prefecture", "莆田市", "市民政局"),
        ("prefecture", "厦门市", "市民政局"),
        ("prefecture", "珠海市", "市民政局"),
        ("county", "瓮安县", "县民政局"),
        # the province plan names its owners in prose only (省民政厅牵头…, 各级民政部门要…)
        ("province", "福建省", "省民政厅"),
        ("province", "福建省", "各级民政部门"),
    }


def test_analyze_text_and_json(graph):
    text = invoke("analyze", "--graph", graph, "--top", "3")
    assert text.exit_code == 0 and "共同责任网络" in text.output
    data = json.loads(invoke("analyze", "--graph", graph, "--json").output)
    cover = data["coverage"][0]
    assert (cover["parent"], cover["child"]) == (SEEDS["fujian"], SEEDS["putian"])
    assert 0.4 < cover["share"] < 0.7
    top = data["bodies"][0]
    assert top["total"] == top["lead"] + top["responsible"] and top["partners"]
    assert analyze_error_on_missing_graph()


def analyze_error_on_missing_graph():
    result = invoke("analyze", "--graph", "/nonexistent/graph")
    return result.exit_code == 1 and "run 'policygraph build' first" in result.output


def test_a_document_with_no_responsibility_still_builds_and_says_so(tmp_path):
    from openpyxl import load_workbook

    src = tmp_path / "src"
    src.mkdir()
    (src / "plain.txt").write_text(
        "某县关于做好某项工作的实施方案\n一、总体要求\n(一)加强工作。做好各项工作。\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    warning = next(line for line in result.output.splitlines() if line.startswith("警告："))
    assert "plain.txt：没有找到职责分工" in warning and "policygraph parse" in warning
    assert "未找到职责分工" in load_workbook(out / "matrix.xlsx")["责任矩阵"].cell(6, 1).value
    assert "未找到职责分工" in (out / "graph.html").read_text(encoding="utf-8")


def test_parse_lists_passages_that_mention_roles_but_gave_none(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(
        "某县关于做好某项工作的实施方案\n一、主要任务\n(一)加强工作。做好工作。(市民政局负责)\n"
        "(二)完善制度。做好工作。(经费由县财政局统筹,各单位按规定使用)\n",
        encoding="utf-8",
    )
    text = invoke("parse", path)
    assert text.exit_code == 0
    assert "有 1 处提到 牵头/负责/配合/单位/部门 却没有读出职责分工" in text.output
    assert "(二) 完善制度：(经费由县财政局统筹,各单位按规定使用)" in text.output
    data = json.loads(invoke("parse", path, "--json").output)
    assert [u["passage"] for u in data["unread"]] == ["(经费由县财政局统筹,各单位按规定使用)"]


def test_build_report_lists_unread_passages(graph):
    report = json.loads((graph / "report.json").read_text(encoding="utf-8"))
    assert all("unread" in d for d in report["documents"])


def test_who_owns_filters_by_source(graph):
    rows = json.loads(
        invoke("query", "who-owns", "--graph", graph, "--format", "json", "--param", "source=prose").output
    )
    assert rows and {r["source"] for r in rows} == {"prose"}
    assert ("003_04f99625163bcc6a", "省民政厅", "lead") in {(r["document"], r["department"], r["role"]) for r in rows}


def test_a_param_that_looks_like_an_iri_but_is_not_is_text(graph):  # regression (issue 12 probe 10): traceback
    result = invoke("query", "who-owns", "--graph", graph, "--param", "department=<a> <b> <c>")
    assert result.exit_code == 0 and "（共 0 行）" in result.output


def test_where_in_a_comment_does_not_take_the_values_block(graph, tmp_path):  # regression (issue 12 probe 10)
    rq = tmp_path / "c.rq"
    rq.write_text(
        "# find WHERE { in a comment, and a # inside an IRI\nPREFIX pg: <https://w3id.org/policygraph/ns#>\n"
        "SELECT ?n WHERE { ?b pg:name ?n } ORDER BY ?n LIMIT 1\n",
        encoding="utf-8",
    )
    result = invoke("query", rq, "--graph", graph, "--param", "n=市民政局", "--format", "csv")
    assert result.exit_code == 0 and result.output.splitlines() == ["n", "市民政局"]


def test_query_time_limit_stops_an_endless_query(graph, tmp_path):  # issue 12 probe 2
    rq = tmp_path / "endless.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n", encoding="utf-8")
    result = invoke("query", rq, "--graph", graph, "--time-limit", "2")
    assert result.exit_code == 1 and "ran longer than 2 s and was stopped" in result.output
    quick = invoke("query", "documents", "--graph", graph, "--time-limit", "30", "--format", "csv")
    assert quick.exit_code == 0 and len(quick.output.splitlines()) == 6


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_a_failing_service_call_is_one_line(tmp_path, store):  # issue 12 probe 3: an OSError traceback before
    out = tmp_path / "out"
    assert invoke("build", DATA / f"{SEEDS['wengan']}.txt", "--out", out, "--store", store).exit_code == 0
    rq = tmp_path / "svc.rq"
    rq.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }\n", encoding="utf-8")
    result = invoke("query", rq, "--graph", out)
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "the query failed while running" in result.output


def test_build_without_sources_outside_a_checkout_says_what_to_give(tmp_path, monkeypatch):  # issue 13 (wheel)
    from policygraph.cli import building

    monkeypatch.setattr(building, "DEFAULT_DATA", tmp_path / "no-data-here")
    result = invoke("build", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "comes only with a checkout" in result.output
    assert "policygraph build 文件或文件夹" in result.output


def test_ontology_shapes_and_grammar_are_package_data():  # issue 13: a wheel finds them as a checkout does
    from importlib.resources import files

    package = files("policygraph")
    for name in (
        "ontology/policygraph.ttl",
        "ontology/sectors.ttl",
        "ontology/shapes.ttl",
        "parsing/grammar/roles.csv",
        "queries/who-owns.rq",
        "py.typed",
    ):
        assert package.joinpath(name).is_file(), name


def test_the_table_is_for_people_in_chinese_and_csv_keeps_the_names(graph):
    table = invoke("query", "who-owns", "--graph", graph, "--param", "document=002_14ff4ab95bd1f1f1").output
    head = table.splitlines()[0].split()
    assert head == ["文件", "条款", "标题", "部门", "角色", "来源", "条款路径"]
    assert {"牵头", "责任"} <= set(table.split()) and " lead" not in table and "（共 " in table
    plain = invoke("query", "who-owns", "--graph", graph, "--format", "csv").output
    assert plain.splitlines()[0] == ",".join(HEADERS["who-owns"]) and ",lead," in plain


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_saved_query_column_has_a_chinese_heading(name):
    from policygraph.views.export import _headings

    assert [c for c in HEADERS[name] if ("column", c) not in _headings()] == []


def test_who_owns_path_tells_apart_clauses_with_one_number(graph):  # issue 15: clause labels carry their sections
    import csv as csv_module
    import io

    text = invoke("query", "who-owns", "--graph", graph, "--format", "csv", "--param", "document=000_4d41b5b57e3f80e9")
    rows = list(csv_module.DictReader(io.StringIO(text.output)))
    twos = {r["path"] for r in rows if r["clause"] == "2."}
    assert len(twos) > 1 and all(p.endswith(" 2.") and p.split()[0].endswith("、") for p in twos)
    assert {r["path"] for r in rows if r["clause"] == "(一)"} >= {"一、 (一)"}


def test_help_is_chinese_first():
    """Every command's summary in `policygraph --help`, and every option's help, starts in Chinese."""
    import re

    from policygraph.cli import main as group

    listing = invoke("--help").output
    assert "把政策文件变成职责分工的知识图谱" in listing
    for name, command in group.commands.items():
        assert re.match(r"[\u4e00-\u9fff]", command.get_short_help_str(200)), name
        for param in command.params:
            if getattr(param, "help", None):
                assert re.search(r"[\u4e00-\u9fff]", param.help), (name, param.name)
