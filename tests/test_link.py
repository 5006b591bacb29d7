"""Linking: clause alignment, gaps, targets and derived-from."""

import csv
from dataclasses import replace

import pytest

from policygraph.graph.query import load_graph, load_query, run
from policygraph.linking.link import align, bigrams, relation
from policygraph.model import Clause, Span, Target
from policygraph.parsing.targets import text_targets

from .conftest import FIXTURES, SEEDS


def hand_alignment():
    with open(FIXTURES / "alignment-putian-fujian.csv", encoding="utf-8") as handle:
        return {(r["clause_path"], r["parent_path"]) for r in csv.DictReader(handle)}


def test_putian_aligns_to_fujian(parsed):
    got = {(a.child, a.parent) for a in align(parsed["putian"], parsed["fujian"])}
    expected = hand_alignment()
    hits = len(got & expected)
    assert hits / len(got) >= 0.95 and hits / len(expected) >= 0.95


def test_alignment_does_not_depend_on_order(parsed):
    child = parsed["putian"]
    shuffled = replace(child, clauses=tuple(reversed(child.clauses)))
    top = {(a.child, a.parent) for a in align(child, parsed["fujian"])}
    assert {(a.child, a.parent) for a in align(shuffled, parsed["fujian"])} >= {p for p in top if "." in p[0]}


_LINK_IN_A_PROCESS = """
import json, sys
from policygraph.linking.link import align, derive
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source
child, parent = (parse_source(read_source(p)) for p in sys.argv[1:3])
alignments = align(child, parent)
print(json.dumps([[repr(a) for a in alignments], [repr(d) for d in derive(child, parent, alignments)]]))
"""


def test_linker_is_deterministic_across_processes():
    """Two processes with different hash seeds (set and dict order) give the same links, in the same order."""
    import os
    import subprocess
    import sys

    from .conftest import DATA

    files = [str(DATA / f"{SEEDS[n]}.txt") for n in ("putian", "fujian")]
    outputs = [
        subprocess.run(
            [sys.executable, "-c", _LINK_IN_A_PROCESS, *files],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1000


def test_bigrams_ignore_punctuation():
    assert bigrams("社区、服务。") == bigrams("社区服务")


def _target(text: str) -> list[tuple[str, str, float, str, int | None]]:
    clause = Clause("1", "1.", "item", "h", text, Span(0, len(text)))
    return [(t.metric, t.comparator, t.value, t.unit, t.year) for t in text_targets(clause)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("单个机构建设(含新建、改扩建)不少于30张护理型床位。", [("单个机构护理型床位", "≥", 30, "张", None)]),
        ("到2025年,城市社区建校(站)率达到90%。", [("城市社区建校(站)率", "≥", 90, "%", 2025)]),
        ("到2025年,注册志愿者占总人口比例超过18%。", [("注册志愿者占总人口比例", ">", 18, "%", 2025)]),
        (
            "到2025年底,70%以上基层医疗卫生机构达到服务能力基本标准。",
            [("基层医疗卫生机构达到服务能力基本标准", "≥", 70, "%", 2025)],
        ),
        ("单个机构建设托位规模在150个以内。", [("单个机构建设托位规模在", "≤", 150, "个", None)]),
        (
            "到2025年,每千名人口拥有3岁以下婴幼儿托位数4.5个。",
            [("每千名人口拥有3岁以下婴幼儿托位数", "=", 4.5, "个", 2025)],
        ),
        ("到2025年,全市完成3.8万户老旧小区改造。", [("全市老旧小区改造", "=", 3.8, "万户", 2025)]),
        (
            "有志愿服务时间记录的志愿者占注册人数的比例≥50%。",
            [("有志愿服务时间记录的志愿者占注册人数的比例", "≥", 50, "%", None)],
        ),
        ("每个城乡社区至少有1名灾害信息员。", [("每个城乡社区灾害信息员", "≥", 1, "名", None)]),
        # issue 15: what is counted after the number names the metric
        (
            "城市社区按照每万人的常驻居民配置18名以上的社区工作者。",
            [("城市社区按照每万人的常驻居民社区工作者", "≥", 18, "名", None)],
        ),
        ("每个网格配备至少1名专(兼)职网格员。", [("每个网格专(兼)职网格员", "≥", 1, "名", None)]),
        (
            "逐步实现每个行政村拥有3名以上骨干“法律明白人”、每个行政村都有学法用法示范户。",
            [("每个行政村骨干“法律明白人”", "≥", 3, "名", None)],
        ),
        (
            "无区属公立医院的市辖区至少建成1个达到二级医院标准的社区医院。",
            [("无区属公立医院的市辖区社区医院", "≥", 1, "个", None)],
        ),
        ("2023年全市开工改造229个老旧小区。", [("全市开工改造老旧小区", "=", 229, "个", 2023)]),
        ("力争全市城镇老旧小区开工改造229个。", [("全市城镇老旧小区开工改造", "=", 229, "个", None)]),
        (
            "每年对提出申请的65岁及以上失能老年人上门进行至少一次的健康评估和健康服务,全市每年至少完成700人次。",
            [
                ("每年对提出申请的65岁及以上失能老年人上门进行健康评估和健康服务", "≥", 1, "次", None),
                ("全市每年健康评估和健康服务", "≥", 700, "人次", None),
            ],
        ),
        (
            "到2025年实现一半以上城乡社区至少建立1个“妇女微家”。",
            [("城乡社区至少建立1个“妇女微家”", "≥", 50, "%", 2025)],
        ),
        ("2025年底前力争实现智能安防小区建设全覆盖。", [("智能安防小区建设", "=", 100, "%", 2025)]),
        ("保障村(居)民委员会成员中有三分之二以上的党员。", [("保障村(居)民委员会成员中", "≥", 66.7, "%", None)]),
    ],
)
def test_targets_in_sentences(sentence, expected):
    assert _target(sentence) == expected


def test_ranges():
    clause = Clause(
        "1",
        "1.",
        "item",
        "h",
        "每个村(居)民委员会下设人民调解委员会,选任3—9名委员。配备专职工作人员 1-2 名。",
        Span(0, 1),
    )
    found = text_targets(clause)
    assert [(t.comparator, t.value, t.value_max, t.unit) for t in found] == [
        ("range", 3, 9, "名"),
        ("range", 1, 2, "名"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "莆政办规〔2023〕4号。",  # a document number
        "实现12345和12348归并运行,并提供7*24小时全天候法律咨询服务。",  # hotlines and a slogan
        "本实施意见自2023年6月5日起施行。",  # a date
        "3岁以下婴幼儿照护服务。",  # an age qualifier
        "截至2020年,累计报到服务145.3万人次。",  # a past fact
        "实现民主全覆盖。",  # issue 15: no thing that can be counted is named
        "打造一批两岸共创社会工作服务品牌。",  # 一批 is no number
        "在镇(街道)综合养老服务中心全覆盖的基础上,推进服务。",  # given, not promised
        "按照完整社区“社区管理机制健全、物业管理全覆盖”要求。",  # the name of a standard
    ],
)
def test_not_targets(sentence):
    assert _target(sentence) == []


def test_review_sections_give_no_targets(parsed):
    fujian = parsed["fujian"]
    by_path = {c.path: c for c in fujian.clauses}
    review = {t for t in fujian.targets if by_path[t.clause].path.startswith("1.")}
    assert not review  # 第一章 规划背景: 发展成就 and 表1 are achievements
    table2 = [t for t in fujian.targets if by_path[t.clause].kind == "table"]
    assert len(table2) == 7
    first = table2[0]
    assert (first.metric, first.value, first.baseline, first.baseline_year, first.year, first.nature) == (
        "农村社区综合服务设施覆盖率",
        100,
        75,
        2020,
        2025,
        "expected",
    )
    assert table2[4].nature == "binding"


def T(metric, comparator, value, unit):  # noqa: N802 - reads like a table row
    return Target("1", 0, metric, comparator, value, unit)


@pytest.mark.parametrize(
    "child, parent, expected",
    [
        (T("城市社区建校(站)率", "≥", 90, "%"), T("城市社区建校(站)率", "≥", 90, "%"), "same"),
        (T("每千名人口拥有托位数", "=", 4.5, "个"), T("每千名人口拥有托位数", "=", 3, "个"), "stricter"),
        (T("签约覆盖率", "≥", 50, "%"), T("签约覆盖率", "≥", 75, "%"), "looser"),
        (T("全市老旧小区改造", "=", 3.8, "万户"), T("全省老旧小区改造", "=", 68.3, "万户"), "share"),
        (T("托位规模", "≤", 100, "个"), T("托位规模", "≤", 150, "个"), "share"),
        (T("单个机构托位规模", "≤", 100, "个"), T("单个机构托位规模", "≤", 150, "个"), "stricter"),
        (T("注册志愿者占总人口比例", ">", 18, "%"), T("注册志愿者占总人口比例", "≥", 18, "%"), "stricter"),
    ],
)
def test_relations(child, parent, expected):
    assert relation(child, parent) == expected


def test_putian_targets_derive_from_fujian(built):
    table = run(load_graph(built), load_query("derived-from"), {"document": SEEDS["putian"]})
    col = {c: i for i, c in enumerate(table.columns)}
    rows = {(r[col["metric"]], r[col["relation"]]) for r in table.rows}
    assert ("全市老旧小区改造", "share") in rows
    assert ("每千名人口拥有3岁以下婴幼儿托位数", "stricter") in rows
    assert ("城市社区建校(站)率", "same") in rows


def test_gaps_and_local_additions(built):
    graph = load_graph(built)
    gaps = run(graph, load_query("gaps"), {"document": SEEDS["putian"]})
    titles = {r[2] for r in gaps.rows}
    assert "规划背景" in titles and "组织保障" in titles  # Putian takes up no background or safeguards chapter
    assert "健全党建引领机制" not in titles
    assert gaps.columns == ("parent_document", "parent_clause", "parent_title", "document")
    additions = run(graph, load_query("local-additions"), {"document": SEEDS["putian"]})
    assert additions.columns == ("document", "clause", "title", "parent_document")
    implemented = {(r[1], r[2]) for r in run(graph, load_query("implements"), {"document": SEEDS["putian"]}).rows}
    assert not {(r[1], r[2]) for r in additions.rows} & implemented  # (Putian takes up something of every clause)


def test_a_clause_the_parent_never_had_is_a_local_addition(tmp_path):
    import shutil

    from policygraph.build import build

    from .conftest import DATA

    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(DATA / f"{SEEDS['fujian']}.txt", src / "fujian.txt")
    (src / "child.txt").write_text(
        "某市关于贯彻落实福建省城乡社区服务体系建设规划的实施意见\n一、主要任务\n"
        "（一）充分发挥基层党组织领导核心作用。坚持党对城乡社区工作的全面领导，健全社区党组织领导下的社区服务机制。\n"
        "（二）发展低空无人机物流配送。建设无人机起降点，开通三条无人机配送航线。\n",
        encoding="utf-8",
    )
    (src / "manifest.toml").write_text(
        '[[document]]\nid = "fujian"\nfile = "fujian.txt"\n'
        '[[document]]\nid = "child"\nfile = "child.txt"\nimplements = ["fujian"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert not build([src], out, validate=False).errors
    graph = load_graph(out)
    added = {r[2] for r in run(graph, load_query("local-additions"), {"document": "child"}).rows}
    implemented = {r[2] for r in run(graph, load_query("implements"), {"document": "child"}).rows}
    assert "发展低空无人机物流配送" in added and "发展低空无人机物流配送" not in implemented
    assert "充分发挥基层党组织领导核心作用" in implemented and "充分发挥基层党组织领导核心作用" not in added


def test_a_citation_links_to_the_corpus_document_without_a_manifest(tmp_path):
    """Putian cites 《福建省"十四五"…规划》 with straight quotes; Fujian's title has curly ones."""
    import shutil

    from policygraph.build import build
    from policygraph.graph.query import load_graph, load_query, run

    from .conftest import DATA, SEEDS

    for name in ("putian", "fujian"):
        shutil.copy(DATA / f"{SEEDS[name]}.txt", tmp_path)
    out = tmp_path / "out"
    assert not build([tmp_path], out).errors
    rows = run(load_graph(out), load_query("implements")).rows
    assert {(r[0], r[3]) for r in rows} == {(SEEDS["putian"], SEEDS["fujian"])}


@pytest.mark.parametrize(
    "cited, title",
    [
        ('福建省"十四五"城乡社区服务体系建设规划', "福建省“十四五”城乡社区服务体系建设规划"),
        ("某某市城乡社区服务体系建设规划（2021-2025年）", "某某市城乡社区服务体系建设规划(2021—2025年)"),
        ("某某 市 实施方案", "某某市实施方案"),
    ],
)
def test_title_keys_ignore_quotes_brackets_and_spaces(cited, title):
    from policygraph.linking.citations import title_key

    assert title_key(cited) == title_key(title)


def test_parents_inferred_by_number_or_title_never_self():
    from policygraph.linking.citations import infer_parents

    docs = [
        ("a", "某省城乡社区服务规划", "某政〔2021〕1号", ()),
        ("b", "某市实施方案", "", (("某省“城乡社区服务规划”", ""),)),
        ("c", "某县实施方案", "", (("别的标题", "某政〔2021〕1号"), ("某县实施方案", ""))),
    ]
    assert infer_parents(docs) == {"b": ("a",), "c": ("a",)}


@pytest.mark.parametrize(
    "text, title, year",
    [
        ("一、发展目标\n到2025年,建成体系。\n(一)任务\n每个社区至少配备1名社工。\n", "某市规划", 2025),  # the section's
        ("一、任务\n(一)任务\n每个社区至少配备1名社工。\n", "某市城乡社区服务体系建设规划(2021-2025年)", 2025),
        ("一、任务\n(一)任务\n每个社区至少配备1名社工。\n", "某市“十三五”社区服务规划", 2020),
        ("一、任务\n(一)任务\n每个社区至少配备1名社工。\n", "某市社区服务实施意见", None),  # nothing says when
    ],
)
def test_a_target_takes_its_context_year(text, title, year):  # issue 15 point 7
    from policygraph.parsing.normalize import normalize
    from policygraph.parsing.structure import parse_structure
    from policygraph.parsing.targets import find_targets

    targets = find_targets(parse_structure(normalize(text)).clauses, title)
    assert [(t.metric, t.year) for t in targets] == [("每个社区社工", year)]
