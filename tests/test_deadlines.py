"""Deadlines: one row per phrasing of real plans (what the clause is due by), and a hand-checked seed."""

import csv

import pytest

from policygraph.parsing.parse import parse_source
from policygraph.parsing.times import is_deadline_cell
from policygraph.reading.read import read_source

from .conftest import DATA, FIXTURES, SEEDS
from .helpers import source

HEAD = "某县人民政府办公室关于印发某县养老服务实施方案的通知\n一、主要任务\n"


def due(body: str) -> list[tuple[str, str, str]]:
    """(date, kind, text) of the deadlines of clause (一), given its text after the heading."""
    doc = parse_source(source(HEAD + "（一）做好相关工作。" + body + "\n"))
    target = next(c.path for c in doc.clauses if c.number == "(一)")
    return [(d.date, d.kind, d.text) for d in doc.deadlines if d.clause == target]


CASES = [
    # a cue word after the time
    ("2024年底前完成改造。", [("2024-12-31", "date", "2024年底前")]),
    ("2024年年底前完成。", [("2024-12-31", "date", "2024年年底前")]),
    ("2025年6月底前建成。", [("2025-06-30", "date", "2025年6月底前")]),
    ("2023年6月30日前完成摸底。", [("2023-06-30", "date", "2023年6月30日前")]),
    ("2024年12月31日之前全部完成。", [("2024-12-31", "date", "2024年12月31日之前")]),
    ("2024年3月底完成部署。", [("2024-03-31", "date", "2024年3月底完成")]),
    ("2024年上半年完成试点。", [("2024-06-30", "date", "2024年上半年完成")]),
    ("2024年下半年全面推开。", [("2024-12-31", "date", "2024年下半年全面")]),
    ("2025年第三季度完成验收。", [("2025-09-30", "date", "2025年第三季度完成")]),
    ("2025年第一季度前出台办法。", [("2025-03-31", "date", "2025年第一季度前")]),
    ("2024年内完成全部改造。", [("2024-12-31", "year", "2024年内")]),
    ("2024年4月上旬前完成报名。", [("2024-04-10", "date", "2024年4月上旬前")]),
    ("2024年4月中旬前完成评审。", [("2024-04-20", "date", "2024年4月中旬前")]),
    ("2024年2月底前报送。", [("2024-02-29", "date", "2024年2月底前")]),  # a leap year
    ("2023年2月底前报送。", [("2023-02-28", "date", "2023年2月底前")]),
    ("2025年基本实现全覆盖。", [("2025-12-31", "year", "2025年基本")]),
    ("2025年实现村村通。", [("2025-12-31", "year", "2025年实现")]),
    ("2026年全面建成。", [("2026-12-31", "year", "2026年全面")]),
    # a cue word before the time
    ("到2025年，建成养老院3所。", [("2025-12-31", "year", "到2025年")]),
    ("到2025年底，覆盖率达到90%。", [("2025-12-31", "date", "到2025年底")]),
    ("到2025年末，基本建成。", [("2025-12-31", "date", "到2025年末")]),
    ("力争2025年底前实现全覆盖。", [("2025-12-31", "date", "力争2025年底前")]),
    ("争取2025年底全人群签约。", [("2025-12-31", "date", "争取2025年底")]),
    ("确保2025年每百户不少于30平方米。", [("2025-12-31", "year", "确保2025年")]),
    ("截至2024年底，累计培训500人。", [("2024-12-31", "date", "截至2024年底")]),
    ("至2025年，形成体系。", [("2025-12-31", "year", "至2025年")]),
    ("于2024年6月底前完成。", [("2024-06-30", "date", "于2024年6月底前")]),
    ("在2024年底前完成清理。", [("2024-12-31", "date", "在2024年底前")]),
    ("到 2025 年，每万人拥有社工18人。", [("2025-12-31", "year", "到2025年")]),  # spaces from PDF text
    # fields, columns and brackets: no cue needed, open-ended words count
    ("（牵头单位：县民政局；完成时限：2024年12月底）", [("2024-12-31", "date", "2024年12月底")]),
    ("（县民政局牵头，2024年底前完成）", [("2024-12-31", "date", "2024年底前")]),
    ("（县民政局负责，2025年6月）", [("2025-06-30", "date", "2025年6月")]),
    ("\n牵头单位：县民政局\n完成时限：长期坚持", [("", "ongoing", "长期坚持")]),
    ("\n责任单位：县财政局\n时间节点：持续推进", [("", "ongoing", "持续推进")]),
    ("\n责任单位：县财政局\n完成时间：每年", [("", "yearly", "每年")]),
    ("（县民政局牵头；长期坚持）", [("", "ongoing", "长期坚持")]),
    # a bracket of bodies and a time, without a role word (（县营商局，长期坚持）)
    ("（县民政局、县财政局，长期坚持）", [("", "ongoing", "长期坚持")]),
    ("\n责任单位：县财政局\n时限要求：2024年", [("2024-12-31", "year", "2024年")]),
    ("\n责任单位：县财政局\n时间进度：持续推进", [("", "ongoing", "持续推进")]),  # a 进度安排表's column
    # not deadlines
    ("2020年以来，建成养老院5所。", []),
    ("较2020年增长10%。", []),
    ("比2020年提高5个百分点。", []),
    ("贯彻落实《某省养老服务体系建设规划（2021—2025年）》。", []),
    ("在“十四五”（2021-2025年）期间推进。", []),
    ("持续推进养老服务体系建设。", []),  # a verb in a sentence, not a deadline
    ("每年至少组织2次培训。", []),  # a frequency in a sentence
    ("2023年，全县建成养老院2所。", []),  # a past year, no cue
]


@pytest.mark.parametrize("body, expected", CASES, ids=[c[0][:20] for c in CASES])
def test_deadline_phrasing(body, expected):
    assert due(body) == expected


def test_at_least_forty_phrasings():
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    "cell, is_deadline",
    [
        ("2023年底前", True),
        ("2024年6月", True),
        ("2024年12月31日前", True),
        ("长期坚持", True),
        ("持续推进", True),
        ("2023年", True),
        ("县民政局", False),
        ("2024年12月底前完成", True),  # two cues: 前, then 完成
        ("2023年底前完成建设", False),  # a sentence, not a cell
        ("前", False),
        # within the plan's own year, as annual task lists write it (no year)
        ("6月底前完成", True),
        ("12月31日前", True),
        ("年内完成", True),
        ("6个月内", False),
    ],
)
def test_a_cell_that_is_a_deadline(cell, is_deadline):  # what run_together splits off after a row's bodies
    assert is_deadline_cell(cell) is is_deadline


def test_a_task_table_column_is_a_deadline():
    text = (
        HEAD
        + "附件\n分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t新建养老院\t县民政局\t2024年底前\n2\t培训护理员\t县人社局\t长期坚持\n"
    )
    doc = parse_source(source(text))
    number = {c.path: c.number for c in doc.clauses}
    assert sorted((number[d.clause], d.date, d.kind) for d in doc.deadlines) == [
        ("1", "2024-12-31", "date"),
        ("2", "", "ongoing"),
    ]


def test_a_section_heading_gives_its_deadline_to_the_tasks_under_it():
    text = (
        HEAD
        + "（一）2024年底前完成的任务\n1.新建养老院。（县民政局负责）\n2.培训护理员。2025年6月底前完成。（县人社局负责）\n"
    )
    doc = parse_source(source(text))
    number = {c.path: c.number for c in doc.clauses}
    got = sorted((number[d.clause], d.date, d.inherited) for d in doc.deadlines)
    assert got == [("(一)", "2024-12-31", False), ("1.", "2024-12-31", True), ("2.", "2025-06-30", False)]


def test_spans_point_at_the_deadline_in_the_original():
    doc = parse_source(read_source(DATA / f"{SEEDS['putian']}.txt"))
    for d in doc.deadlines:
        written = doc.source.text[d.span.start : d.span.end]
        assert written.replace(" ", "") == d.text.replace(" ", ""), (written, d.text)


def test_putian_deadlines_against_the_hand_checked_list():  # issue 14: precision and recall ≥ 0.95
    from collections import Counter

    doc = parse_source(read_source(DATA / f"{SEEDS['putian']}.txt"))
    got = Counter((d.clause, d.date, d.kind, d.text) for d in doc.deadlines)
    with open(FIXTURES / "deadlines_putian.csv", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        expected = Counter((r["clause"], r["date"], r["kind"], r["text"]) for r in rows)
    hits = sum((got & expected).values())
    precision, recall = hits / sum(got.values()), hits / sum(expected.values())
    assert len(expected) >= 10
    assert precision >= 0.95 and recall >= 0.95, (sorted(got - expected), sorted(expected - got))


def test_due_lists_what_is_due_by_a_date_per_body(built):
    from policygraph.graph.query import load_graph, load_query, run

    graph = load_graph(built)

    def rows(**params):
        table = run(graph, load_query("due"), params)
        return [dict(zip(table.columns, r, strict=True)) for r in table.rows]

    early = rows(before="2023-12-31")
    assert early and all(r["due"] <= "2023-12-31" for r in early)
    assert {(r["document"], r["title"]) for r in early} >= {(SEEDS["putian"], "发展社区托育和儿童福利事业")}
    assert all(r["department"] for r in early)
    assert {r["document"] for r in rows(within="黔南州")} == {SEEDS["wengan"]}
    assert {r["document"] for r in rows(jurisdiction="莆田市", before="2025-12-31")} == {SEEDS["putian"]}
    everything = rows()
    assert [r["due"] for r in everything if r["due"]] == sorted(r["due"] for r in everything if r["due"])


def test_query_due_on_the_command_line(built):
    from click.testing import CliRunner

    from policygraph.cli import main

    result = CliRunner().invoke(main, ["query", "due", "--graph", str(built), "--param", "before=2020-12-31"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:3] == ["截止日期", "时限类型", "时限原文"]
    assert "到2018年" in result.output and "2025-12-31" not in result.output
