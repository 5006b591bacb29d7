"""A task-division table (任务分工表) reads the same in every way text can carry it.

Tabs (what the DOCX and HTML readers give), Markdown pipes, cells padded with spaces,
and one cell per line (a copied web page, an extracted PDF); with group rows (一、…)
between the numbered rows, and task cells that wrapped onto a second line.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.parsing.cell_rows import cell_kind
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source

from .helpers import owners, source

HEAD = (
    "某县人民政府办公室关于印发某县养老服务实施方案的通知\n一、工作目标\n到2025年建成体系。\n附件\n某县重点任务分工表\n"
)
COLUMNS = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
ROWS = [
    ["1", "新建养老院3所", "县民政局", "县财政局、县自然资源局", "2024年底"],
    ["2", "培训护理员200人", "县人社局", "县民政局、各乡镇人民政府", "2025年6月"],
]
EXPECTED = [
    ("1", "县民政局", "lead"),
    ("1", "县财政局", "responsible"),
    ("1", "县自然资源局", "responsible"),
    ("2", "县人社局", "lead"),
    ("2", "县民政局", "responsible"),
    ("2", "各乡镇人民政府", "responsible"),
]


def tabs(rows):
    return "".join("\t".join(r) + "\n" for r in rows)


def pipes(rows):
    head, *rest = rows
    rule = "|" + "|".join("---" for _ in head) + "|\n"
    return "".join(f"| {' | '.join(r)} |\n" + (rule if r is head else "") for r in [head, *rest])


def spaced_pipes(rows):  # a web page copied with a blank line between its lines (rule line included)
    return pipes(rows).replace("\n", "\n\n")


def bare_pipes(rows):  # a web page's table as html2text writes it: no outer pipes, two spaces ending each line
    head, *rest = rows
    rule = "|".join("---" for _ in head) + "  \n"
    return "".join("| ".join(r) + "  \n" + (rule if r is head else "") for r in [head, *rest])


def padded(rows):
    return "".join("  ".join(r) + "\n" for r in rows)


def one_space(rows):  # a table drawn without rules, as a PDF's text layer gives it: one space between the cells
    return "".join(" ".join(r) + "\n" for r in rows)


def spaced_one_space(rows):  # the same with a blank line after every line, as a page copied from a browser gives it
    return "".join(" ".join(r) + "\n\n" for r in rows)


def spaced_padded(rows):
    return "".join("  ".join(r) + "\n\n" for r in rows)


def one_line(rows):  # a PDF's text layer saved as one line (珠海's copy): the one-space rows run on after the title
    return "附件 某县重点任务分工表 " + " ".join(" ".join(r) for r in rows) + "\n"


def flat_pipes(rows):  # a pipe table's page saved as one line: its rows run on, one space between them
    return "附件 某县重点任务分工表 " + " ".join(pipes(rows).splitlines()) + "\n"


def run_on_pipes(rows):  # the same rows with nothing between them (each row a line ` |`-ended, as pages write them)
    return "附件某县重点任务分工表" + "".join(" | ".join(r) + " |" for r in rows) + "\n"


def indented_pipes(rows):  # …and with the indent a page keeps at each paragraph's start (　　1 |　　新建…)
    indent = "\u3000\u3000"
    return f"附件{indent}某县重点任务分工表" + "".join(indent + f" |{indent}".join(r) + " |" for r in rows) + "\n"


def one_per_line(rows):
    return "".join(c + "\n" for r in rows for c in r)


def one_per_paragraph(rows):  # a web page with one paragraph a cell: an empty line between cells (绍兴 2020)
    return "".join(c + "\n\n" for r in rows for c in r)


def rows_of(text: str) -> list[tuple[str, str, str]]:
    return owners(HEAD + text)


@pytest.mark.parametrize(
    "layout",
    [
        tabs,
        pipes,
        bare_pipes,
        padded,
        one_space,
        spaced_one_space,
        spaced_padded,
        one_line,
        one_per_line,
        one_per_paragraph,
        flat_pipes,
        run_on_pipes,
        indented_pipes,
    ],
    ids=lambda f: f.__name__,
)
def test_each_layout_gives_the_same_rows(layout):
    assert rows_of(layout([COLUMNS, *ROWS])) == sorted(EXPECTED)


def test_a_pipe_table_without_row_numbers_run_onto_one_line():
    """县(市、区) | 下降目标 | 责任部门 | then rows of as many cells, run on with the text before them (达州 2012 in the
    run-on layout): each row of the header's width is read; the same rows as a table a row a line."""
    head = ["县(市、区)", "碳强度下降目标", "责任部门"]
    rows = [
        ["通川区", "19%", "通川区人民政府"],
        ["万源市", "16%", "万源市人民政府"],
        ["宣汉县", "18%", "宣汉县人民政府"],
    ]
    expected = [(r[0], r[2], "responsible") for r in rows]
    lines = "".join(" | ".join(r) + " |\n" for r in [head, *rows])
    assert sorted(owners(HEAD + lines, by="heading")) == sorted(expected)
    run_on = "各县碳强度下降目标分解表" + lines.replace("\n", "")
    assert sorted(owners(HEAD + run_on + "\n", by="heading")) == sorted(expected)
    # one row is no table to part by width: the cells stay on their line
    assert (
        owners(HEAD + "各县碳强度下降目标分解表" + "".join(" | ".join(r) + " |" for r in [head, rows[0]]) + "\n") == []
    )


def test_a_one_space_table_ends_at_a_row_whose_cells_do_not_fit():  # words that make no row under this header
    text = one_space([COLUMNS, ROWS[0]]) + "2 培训护理员 200人 年底前 完成 全部 任务\n"
    assert rows_of(text) == sorted(EXPECTED[:3])


def test_a_one_space_row_with_spaces_inside_its_cells():
    """A narrow column wrapped its text (加强水资源保 护) and two spaces leave a merged cell empty (平顶山 河长制 2018,
    held out at first run): text words join, the shortest pair first, and the row is read."""
    text = (
        "序号 类别 主要任务 细化措施 牵头单位 参与单位\n"
        "1 加强水资源保 护 严守控制红线 实施双控行动。 县水利局 县发改委、县农业局等\n"
        "2  严守用水 效率红线 落实用水效率评估体系。 县水利局 县住建局\n"
    )
    assert owners(HEAD + text, by="heading") == [
        ("严守控制红线", "县农业局", "responsible"),
        ("严守控制红线", "县发改委", "responsible"),
        ("严守控制红线", "县水利局", "lead"),
        ("严守用水效率红线", "县住建局", "responsible"),
        ("严守用水效率红线", "县水利局", "lead"),
    ]
    two = one_space([COLUMNS, ROWS[0]]) + "2 培训护理员 200人 县人社局 县民政局、各乡镇人民政府 2025年6月\n"
    assert rows_of(two) == sorted(EXPECTED)


@pytest.mark.parametrize("layout", [tabs, one_per_line], ids=lambda f: f.__name__)
def test_group_rows_between_numbered_rows_keep_the_table_open(layout):  # 一、设施建设 spans the table
    text = layout([COLUMNS]) + "一、设施建设\n" + layout(ROWS[:1]) + "二、队伍建设\n" + layout(ROWS[1:])
    assert rows_of(text) == sorted(EXPECTED)


@pytest.mark.parametrize("jump", ["21", "68"])
def test_numbers_may_jump_after_group_rows(jump):
    # rows left out of a published copy (本文有删减): 2, then 21; a bureau's own rows of a district's list: 2, then 68
    cut = [[jump, "允许高校自主评审职称", "教育部", "人力资源社会保障部", "2025年"]]
    text = one_per_line([COLUMNS]) + "一、甲方面\n" + one_per_line(ROWS) + "四、乙方面（共6项）\n五、丙方面\n"
    doc = parse_source(source(HEAD + text + one_per_line(cut)))
    assert (jump, "教育部", "lead") in [(c, b, r) for c, b, r in rows_of(text + one_per_line(cut))]
    assert len({r.clause for r in doc.responsibilities}) == 3


def test_numbers_may_jump_between_rows():  # a bureau's own rows of a district's list: 2, then 7 (谯城 2025)
    later = [["7", "允许高校自主评审职称", "教育部", "人力资源社会保障部", "2025年"]]
    text = one_per_line([COLUMNS, *ROWS, *later])
    assert ("7", "教育部", "lead") in rows_of(text)
    assert sorted(r for r in rows_of(text) if r[0] != "7") == sorted(EXPECTED)


def test_a_task_that_wrapped_is_one_cell():
    text = one_per_line([COLUMNS]) + "1\n新建养老院3所，\n改造敬老院5所\n县民政局\n县财政局\n2024年底\n"
    doc = parse_source(source(HEAD + text))
    task = next(c for c in doc.clauses if c.kind == "task")
    assert task.heading.startswith("新建养老院3所,改造敬老院5所")
    assert sorted((r.body, r.role) for r in doc.responsibilities) == [("县民政局", "lead"), ("县财政局", "responsible")]


def test_the_last_row_ends_at_its_last_column():  # the lines after the table are not cells of it
    text = one_per_line([COLUMNS, *ROWS]) + "抄送：县委办\n某县人民政府办公室2024年3月1日印发\n"
    assert rows_of(text) == sorted(EXPECTED)


def test_spans_point_at_the_cells_in_the_original():
    text = HEAD + pipes([COLUMNS, *ROWS])
    doc = parse_source(source(text))
    for r in doc.responsibilities:
        assert r.body in text[r.span.start : r.span.end] or r.as_written in text[r.span.start : r.span.end]


def test_pipes_and_spaces_outside_task_tables_are_left_alone():
    text = (
        "一、工作目标\n| 指标 | 目标值 |\n|---|---|\n| 覆盖率 | 90% |\n二、主要任务\n(一)加强  管理。(县民政局负责)\n"
    )
    doc = parse_source(source(text))
    assert [(r.body, r.role) for r in doc.responsibilities] == [("县民政局", "responsible")]


@pytest.mark.parametrize(
    "page",
    [
        # a page per task of a 政府工作报告: the task's fields as a table, its number kept (广州 2023 at first sight)
        "重点工作: | 135.统筹违法建设治理与城市更新,促进分类治理。 |\n牵头单位: | 市城管执法局 |\n"
        "年度阶段性工作目标: | 第一季度:印发方案。 |\n",
        # the same without the colons, or with the outer pipes
        "| 重点工作 | 135.统筹违法建设治理与城市更新,促进分类治理。 |\n| 牵头单位 | 市城管执法局 |\n",
        # the rows run onto one line (a page's text with its breaks lost), each field with its colon
        "重点工作: | 135.统筹违法建设治理与城市更新,促进分类治理。 |牵头单位: | 市城管执法局 |年度阶段性工作目标: | "
        "第一季度:印发方案。 | 进展情况: | 已完成。 |",
        # …and its labels in a converter's bold marks (a page's bold field names as Markdown)
        "重点工作: | 135.统筹违法建设治理与城市更新,促进分类治理。 |**牵头单位：** | 市城管执法局 |"
        "**年度阶段性工作目标**: | 第一季度:印发方案。 |",
    ],
)
def test_a_task_page_s_fields_in_two_cells_are_read_as_fields(page):
    assert owners(page, by="heading") == [("统筹违法建设治理与城市更新,促进分类治理", "市城管执法局", "lead")]
    assert [c.number for c in parse_source(source(page)).clauses] == ["135."]  # its number in the report's list


def test_a_pipe_table_copied_with_a_blank_line_between_its_rows():  # 临安 2022, 柯桥 2023 copied from a browser
    rows = [
        ["序号", "任务", "牵头单位", "责任单位"],
        ["1", "建设食堂", "县民政局", "县财政局"],
        ["2", "培训护理员", "县人社局", "县卫健局"],
    ]
    assert owners("某县任务分工表\n" + spaced_pipes(rows)) == [
        ("1", "县民政局", "lead"),
        ("1", "县财政局", "responsible"),
        ("2", "县人社局", "lead"),
        ("2", "县卫健局", "responsible"),
    ]


def test_a_two_cell_row_of_two_labels_stays_a_header():  # 牵头单位 | 配合单位 opens a task table, never a field
    text = "| 序号 | 任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 建设食堂 | 县民政局 | 县财政局 |\n"
    assert owners(text) == [("1", "县民政局", "lead"), ("1", "县财政局", "responsible")]


BODIES = ["县民政局", "县财政局", "县人社局", "县卫健局", "县教育局", "县住建局", "各乡镇人民政府", "团县委"]


@st.composite
def tables(draw):
    n = draw(st.integers(1, 6))
    rows = []
    for i in range(1, n + 1):
        lead = draw(st.sampled_from(BODIES))
        others = draw(st.lists(st.sampled_from([b for b in BODIES if b != lead]), min_size=1, max_size=3, unique=True))
        task = draw(st.sampled_from(["完善养老服务设施", "培训护理员", "推进医养结合", "建设社区食堂"]))
        rows.append([str(i), task + str(i), lead, "、".join(others), f"{2024 + i % 2}年底"])
    return rows


@settings(max_examples=40, deadline=None)
@given(
    rows=tables(),
    layout=st.sampled_from(
        [
            tabs,
            pipes,
            spaced_pipes,
            bare_pipes,
            padded,
            spaced_padded,
            one_per_line,
            one_per_paragraph,
            flat_pipes,
            run_on_pipes,
            indented_pipes,
        ]
    ),
)
def test_any_table_reads_back_in_any_layout(rows, layout):
    expected = sorted(
        [(r[0], r[2], "lead") for r in rows] + [(r[0], b, "responsible") for r in rows for b in r[3].split("、")]
    )
    assert rows_of(layout([COLUMNS, *rows])) == expected


@settings(max_examples=40, deadline=None)
@given(rows=tables(), cut=st.integers(1, 5), others_apart=st.booleans())
def test_any_tab_table_with_cells_of_two_paragraphs_reads_back(rows, cut, others_apart):
    """Any table as tab-separated text whose task cells hold a line break (anywhere inside) and whose responsible
    bodies may stand one a line (broken_rows.py): the same rows as without the breaks."""
    expected = sorted(
        [(r[0], r[2], "lead") for r in rows] + [(r[0], b, "responsible") for r in rows for b in r[3].split("、")]
    )
    lines = ["\t".join(COLUMNS[:4])]
    for number, task, lead, others, _due in rows:
        at = min(cut, len(task) - 1)
        bodies = others.replace("、", "\n") if others_apart else others
        lines.append(f"{number}\t{task[:at]}\n{task[at:]}。\t{lead}\t{bodies}")
    assert rows_of("\n".join(lines) + "\n") == expected


@settings(max_examples=40, deadline=None)
@given(rows=tables(), scorer=st.sampled_from(["市民政局", "市财政局、市人社局"]), gap=st.sampled_from(["\n", "\n\n"]))
def test_any_table_a_cell_a_line_with_a_body_a_paragraph_and_a_scorers_column_reads_back(rows, scorer, gap):
    """Any table copied a cell a line whose 配合单位 cell holds its bodies one a paragraph, with a 评分部门 column
    after the bodies (who scores the row: no owner) and no deadline column (cell_lines._align)."""
    expected = sorted(
        [(r[0], r[2], "lead") for r in rows] + [(r[0], b, "responsible") for r in rows for b in r[3].split("、")]
    )
    header = ["序号", "重点任务", "牵头单位", "配合单位", "评分部门"]
    cells = [c for r in rows for c in (r[0], r[1] + "。", r[2], *r[3].split("、"), scorer)]
    assert rows_of("".join(c + gap for c in header + cells)) == expected


def test_a_pipe_table_on_one_line_whose_rows_leave_a_column_out_is_read_by_what_its_cells_hold():
    """A page's pipe table run onto one line whose rows leave out a column its header names (崇川 2023's 全年目标任务):
    its cells under the titles would put each body a column off; a cell a line, each is placed by what it holds."""
    header = ["序号", "主要任务", "全年目标任务", "分管领导", "牵头单位", "责任主体与协同单位", "推进情况"]
    rows = [
        ["24", "优化提升50条背街后巷交通组织。", "徐国江", "城管局", "市政局、相关街道", "已进场施工,完成30%。", ""],
        ["25", "新建建筑垃圾中转站8个。", "徐国江", "城管局", "崇川经济开发区、相关街道", "已建成3个。", ""],
    ]
    text = "2023年区政府重点民生实事项目推进情况 " + " ".join(" | ".join(r) + " |" for r in [header, *rows]) + "\n"
    assert owners(HEAD + text, by="heading") == [
        ("优化提升50条背街后巷交通组织", "城管局", "lead"),
        ("优化提升50条背街后巷交通组织", "市政局", "responsible"),
        ("优化提升50条背街后巷交通组织", "相关街道", "responsible"),
        ("新建建筑垃圾中转站8个", "城管局", "lead"),
        ("新建建筑垃圾中转站8个", "崇川经济开发区", "responsible"),
        ("新建建筑垃圾中转站8个", "相关街道", "responsible"),
    ]


def test_a_statement_in_a_cell_is_the_row_s_and_never_the_table_s_too():
    """Regression: 县民政局牵头，县财政局配合 in a 责任单位 cell was read for its row and again for the whole table."""
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "建设养老服务中心。", "县民政局牵头，县财政局配合", "2024年底"],
    ]
    assert rows_of(tabs(rows)) == sorted([("1", "县财政局", "responsible"), ("1", "县民政局", "lead")])


def test_a_star_explained_in_a_note_after_the_table_marks_the_leads():  # 注：标*的为牵头单位
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "建设养老服务中心。", "县民政局*、县财政局", "2024年底"],
    ]
    assert rows_of(tabs(rows) + "注：标*的为牵头单位。\n") == [
        ("1", "县民政局", "lead"),
        ("1", "县财政局", "responsible"),
    ]


def test_a_cell_with_labels_and_their_bodies_is_a_row_not_a_header():
    """牵头：县民政局；配合：县财政局 in a 责任单位 cell: read as a statement (a regression: once a role word alone
    before a colon was a label, the row was taken for a second header row and its task lost)."""
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "建设养老服务中心。", "牵头：县民政局；配合：县财政局", "2024年底"],
        ["2", "推进医养结合。", "县卫健委（牵头）、县医保局", "2024年10月"],
    ]
    assert rows_of(tabs(rows)) == [
        ("1", "县民政局", "lead"),
        ("1", "县财政局", "responsible"),
        ("2", "县医保局", "responsible"),
        ("2", "县卫健委", "lead"),
    ]


def test_a_column_title_qualifier_is_no_unread_passage():
    """牵头单位（部门） names what the column holds: the parser's report of passages it could not read leaves the
    （部门） of a header row out, and still reports a real one beside it."""
    from policygraph.parsing.unread import unread_passages

    rows = [
        ["序号", "重点任务", "牵头单位（部门）", "配合单位（部门）"],
        ["1", "建设养老服务中心。", "县民政局", "县财政局"],
    ]
    head = "某县养老服务实施方案\n一、保障措施\n做好保障。(经费由县财政局统筹,各单位按规定使用)\n二、任务分工\n"
    doc = parse_source(source(head + tabs(rows)))
    assert [u.passage for u in unread_passages(doc)] == ["(经费由县财政局统筹,各单位按规定使用)"]


def test_a_page_copy_with_empty_cells_and_a_wrapped_title():
    """One paragraph a cell, an empty cell one more empty line, a column title wrapped onto two paragraphs
    (区本级 / 任务数, 龙湾 2023, held out at first run): the rows say how many columns there are."""
    header = "序号\n\n重点工作\n\n区本级\n\n任务数\n\n责任单位\n\n"
    rows = "1\n\n地区生产总值增长6.5%。\n\n\n县发改局\n\n2\n\n固定资产投资增长10%。\n\n5%\n\n县财政局*、县发改局\n"
    doc = parse_source(source(HEAD + header + rows))
    got = sorted((c.heading, r.body, r.role) for r in doc.responsibilities for c in doc.clauses if c.path == r.clause)
    assert got == [
        ("固定资产投资增长10%", "县发改局", "responsible"),
        ("固定资产投资增长10%", "县财政局", "lead"),
        ("地区生产总值增长6.5%", "县发改局", "responsible"),
    ]


def test_an_empty_cell_keeps_the_columns_in_place():  # no 牵头单位 in row 1: its 责任单位 stays responsible
    rows = [
        ["1", "新建养老院3所", "", "县财政局", "2024年底"],
        ["2", "培训护理员200人", "县人社局", "县民政局", "2025年6月"],
    ]
    text = "".join(c + "\n\n" for c in COLUMNS) + "".join(c + "\n\n" for r in rows for c in r)
    assert rows_of(text) == [
        ("1", "县财政局", "responsible"),
        ("2", "县人社局", "lead"),
        ("2", "县民政局", "responsible"),
    ]


def test_a_table_that_goes_on_from_an_earlier_one():
    """Rows 80, 81 … after the header (one part of a longer list), each cell ending in a converter's ` |`
    (南陵 2024, held out at first run: no clause was found at all)."""
    header = "序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
    rows = (
        "80 |\n新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
        "81 |\n保障学院秋季开学。 |\n陆 明 |\n县人社局 |\n县财政局 |\n"
    )
    assert rows_of(header + rows) == [
        ("80", "县各有关单位", "responsible"),
        ("80", "县教育局", "lead"),
        ("81", "县人社局", "lead"),
        ("81", "县财政局", "responsible"),
    ]


def test_a_one_space_header_with_a_title_set_letter_by_letter():
    """序号 工 作 任 务 牵头负责部门 (国办函〔2016〕38号 as a page gives it, held out at first run): 工作任务 is one
    title."""
    text = (
        "序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n"
        "2 城镇新增就业1000万人以上 人力资源社会保障部\n"
    )
    assert rows_of(text) == [("1", "发展改革委", "lead"), ("2", "人力资源社会保障部", "lead")]


def test_a_one_space_row_with_numbers_spaced_from_its_words():
    """PDF text spaces digits from the words around them (安排 500 亿元): a number is a word of its cell's text, so
    the row's words still join into its cells (国办函〔2016〕38号 as a text file of its printed lines lost rows)."""
    text = (
        "序号 工 作 任 务 牵头负责部门\n1 城镇新增就业 1000 万人以上 人力资源社会保障部\n"
        "2 中央财政安排 1000 亿元专项奖补资金，2016年安排 500 亿元 财政部\n3 推进 5 万个行政村通光纤 工业和信息化部\n"
    )
    assert rows_of(text) == [
        ("1", "人力资源社会保障部", "lead"),
        ("2", "财政部", "lead"),
        ("3", "工业和信息化部", "lead"),
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        # the last column a body column: a row ends at the list of bodies before the next row's number (推进 5 万个:
        # no body before the 5), a page number between two rows passed over
        (
            "2016年量化指标任务分工 序号 工 作 任 务 牵头负责部门 1 居民消费价格涨幅 3% 左右 发展改革委 "
            "2 推进 5 万个行政村通光纤 工业和信息化部 / 1 / 3 安排地方专项债券 4000 亿元 财政部",
            [("1", "发展改革委", "lead"), ("2", "工业和信息化部", "lead"), ("3", "财政部", "lead")],
        ),
        # the last column a deadline: a row ends at a deadline
        (
            "序号 重点任务 责任单位 完成时限 1 建立工作机制 县民政局 2024年底前 "
            "2 开展 3 次排查 县应急局、各乡镇 长期坚持",
            [("1", "县民政局", "responsible"), ("2", "县应急局", "responsible"), ("2", "各乡镇", "responsible")],
        ),
        # paragraphs run together with nothing between: each number glued to the cell before it, the header to the
        # title before it
        (
            "量化指标任务分工序号 工 作 任 务 牵头负责部门1 居民消费价格涨幅3%左右 发展改革委"
            "2 推进5万个行政村通光纤 工业和信息化部3 安排地方专项债券4000亿元 财政部",
            [("1", "发展改革委", "lead"), ("2", "工业和信息化部", "lead"), ("3", "财政部", "lead")],
        ),
        # numbers that do not count up from 1 after a header are no rows
        ("序号 重点任务 责任单位 2 建立工作机制 县民政局 3 开展排查 县应急局", []),
    ],
    ids=["bodies-last", "deadline-last", "glued", "not-counting"],
)
def test_a_one_space_table_run_onto_one_line(line, expected):
    """one_line_rows.py: the rows of a one-space table saved on one line are parted again at their numbers."""
    assert rows_of(line + "\n") == sorted(expected)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="序号 工作任务牵头单位责任县民政局1234、。\n", max_size=120))
def test_parting_run_on_rows_keeps_every_character_where_it_was(text):
    from policygraph.parsing.one_line_rows import one_line_rows

    out, offs = one_line_rows(text, list(range(len(text))))
    assert offs == sorted(offs) and set(offs) == set(range(len(text)))  # nothing lost, nothing moved
    assert all(ch == text[k] or ch == "\n" for ch, k in zip(out, offs, strict=True))
    assert out.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")  # only breaks added


def test_a_cell_that_says_as_above_names_what_the_cell_above_named():
    """同上 in a body column: that column's cell in the row above, column by column (a lead cell 同上 beside a
    responsible cell of its own)."""
    rows = [
        ["1", "建立机制", "县发改局", "县财政局"],
        ["2", "开展排查", "县应急局", "同上"],
        ["3", "推进改革", "同上", "县民政局"],
    ]
    assert rows_of(tabs([["序号", "重点任务", "牵头单位", "配合单位"], *rows])) == sorted(
        [
            ("1", "县发改局", "lead"),
            ("1", "县财政局", "responsible"),
            ("2", "县应急局", "lead"),
            ("2", "县财政局", "responsible"),
            ("3", "县应急局", "lead"),
            ("3", "县民政局", "responsible"),
        ]
    )


def test_cells_missing_from_a_row_are_placed_by_their_kind():
    """A table one cell a line with nothing where a cell is empty (a web page's <p> a cell, the empty ones dropped):
    a list of bodies goes under the body column, other text under the others (龙湾 2023 as html-p)."""
    header = "序号\n重点工作\n区本级任务数\n责任单位\n"
    rows = "1\n地区生产总值增长6.5%。\n县发改局\n2\n固定资产投资增长10%。\n5%\n县财政局*、县发改局\n"
    assert rows_of(header + rows) == [
        ("1", "县发改局", "responsible"),
        ("2", "县发改局", "responsible"),
        ("2", "县财政局", "lead"),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_cell_of_one_body_a_paragraph_beside_a_column_of_scorers(gap):
    """嵊泗 2021 (乡村振兴任务清单, held out at first run), one paragraph a cell: a 责任部门 cell holding two bodies
    one a paragraph, then 评分部门 (who scores the task: bodies under a column of no role); 考核指标 merged over
    the rows below the first. The owners are the 责任部门's only, each body of the cell."""
    header = ["序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门"]
    rows = [
        ["1", "确保粮食有效供给", "农林牧渔业增加值增幅", "%", "≥2%", "县海洋与渔业局", "县农业农村局", "市农业农村局"],
        ["2", "农业劳动生产率及增幅", "万元/人", "全市统筹", "县海洋与渔业局", "县农业农村局", "市农业农村局"],
        ["3", "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局"],
    ]
    text = "".join(c + gap for c in header) + "".join(c + gap for r in rows for c in r)
    doc = parse_source(source(HEAD + text))
    got = sorted((c.heading, r.body, r.role) for r in doc.responsibilities for c in doc.clauses if c.path == r.clause)
    assert got == [
        ("农业劳动生产率及增幅", "县农业农村局", "responsible"),
        ("农业劳动生产率及增幅", "县海洋与渔业局", "responsible"),
        ("农林牧渔业增加值增幅", "县农业农村局", "responsible"),
        ("农林牧渔业增加值增幅", "县海洋与渔业局", "responsible"),
        ("粮食安全责任制", "县经济和信息化局", "responsible"),
    ]
    # the merged 考核指标 is the clause the rows below it make up
    assert [c.heading for c in doc.clauses if c.kind == "section"][-1] == "确保粮食有效供给"


@pytest.mark.parametrize(
    "task, title",
    [
        ("（一）完善工作机制。建立联席会议制度。", "完善工作机制"),  # the cell's own number is no part of its title
        ("1.加快园区建设。", "加快园区建设"),
        ("二、强化要素保障", "强化要素保障"),
        ("一是强化督查考核。", "一是强化督查考核"),  # a wording, not a number
        ("5G基站建设200个。", "5G基站建设200个"),
        # a PDF table's cell wrapped over lines, joined with spaces: one title (a space marks no paragraph there)
        ("坚持稳中求进、以 进促稳、先立 后破。", "坚持稳中求进、以进促稳、先立后破"),
        ("安排 500 亿元专项资金。", "安排500亿元专项资金"),  # spaces beside digits part no paragraphs
        ("一、 强化要素保障", "强化要素保障"),
    ],
)
def test_a_task_cell_that_carries_its_own_number(task, title):
    text = "序号\t重点任务\t牵头单位\t配合单位\n1\t" + task + "\t县发改局\t县财政局\n"
    doc = parse_source(source(HEAD + text))
    assert [c.heading for c in doc.clauses if c.kind == "task"] == [title]


@pytest.mark.parametrize("gap", ["\t", "\n", "\n\n"], ids=["tabs", "a cell a line", "a cell a paragraph"])
def test_a_number_column_titled_bianhao(gap):
    """编号 titles the row numbers as 序号 does (a 任务清单 copied from a web page: nothing was read at all)."""
    rows = [["编号", "重点任务", "牵头单位", "配合单位"], ["1", "推进项目建设。", "县发改局", "县财政局"]]
    text = "".join(gap.join(r) + "\n" for r in rows) if gap == "\t" else "".join(c + gap for r in rows for c in r)
    assert rows_of(text) == [("1", "县发改局", "lead"), ("1", "县财政局", "responsible")]


@pytest.mark.parametrize("gap", ["\t", "\n"], ids=["tabs", "a cell a line"])
def test_a_two_row_header_written_in_one_row(gap):
    """责任单位（牵头） | 责任单位（配合）: the lower row's word in brackets after the upper row's label gives the
    role."""
    header = ["序号", "工作任务", "责任单位（牵头）", "责任单位（配合）"]
    rows = [header, ["1", "推进项目建设。", "县发改局", "县财政局"]]
    text = "".join(gap.join(r) + "\n" for r in rows) if gap == "\t" else "".join(c + gap for r in rows for c in r)
    assert rows_of(text) == [("1", "县发改局", "lead"), ("1", "县财政局", "responsible")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["a cell a line", "a cell a paragraph"])
def test_a_two_row_header_copied_a_cell_a_line(gap):
    """序号 / 工作任务 / 责任单位 / 完成时限 / 牵头 / 配合: a web table's header of two rows (责任单位 over 牵头 | 配合)
    copied a cell a line puts the lower row after the upper; 牵头 and 配合 are 责任单位's columns, in its place."""
    header = ["序号", "工作任务", "责任单位", "完成时限", "牵头", "配合"]
    rows = [
        ["1", "推进项目建设。", "县发改局", "县财政局", "2024年底"],
        ["2", "加快园区建设。", "县工信局", "县住建局", "2024年底"],
    ]
    text = "".join(c + gap for c in header) + "".join(c + gap for r in rows for c in r)
    assert rows_of(text) == [
        ("1", "县发改局", "lead"),
        ("1", "县财政局", "responsible"),
        ("2", "县住建局", "responsible"),
        ("2", "县工信局", "lead"),
    ]


def test_a_task_table_without_a_body_column_reads_the_owners_its_cells_name():
    """序号 | 重点任务 | 具体措施 | 完成时限, the owners written in the measures (…（县发改局负责）): a task table all
    the same (it gave no clause at all); an indicator table (序号 | 指标 | 目标值) stays no task table."""
    text = (
        "序号\t重点任务\t具体措施\t完成时限\n"
        "1\t推进项目建设\t1.加快前期工作（县发改局负责）；2.保障建设用地（县自然资源局负责）\t2024年底\n"
        "2\t加快园区建设\t完善园区配套设施（县工信局牵头，县住建局配合）\t2024年底\n"
    )
    assert rows_of(text) == [
        ("1", "县发改局", "responsible"),
        ("1", "县自然资源局", "responsible"),
        ("2", "县住建局", "responsible"),
        ("2", "县工信局", "lead"),
    ]
    from policygraph.parsing.columns import is_task_header

    assert not is_task_header(["序号", "指标", "单位", "目标值"])
    assert not is_task_header(["序号", "主要内容", "项目名称"])  # a project list names no task column's owners


def test_a_row_short_of_a_cell_from_the_first_leaves_its_first_task_column_alone():
    """崇川 2023: every row leaves out 全年目标任务, the first too: nothing is merged, and the rows keep their
    task (a grouping column is one a full row above filled)."""
    header = ["序号", "主要任务", "全年目标任务", "分管领导", "牵头单位", "责任单位", "说明"]
    rows = [
        ["1", "优化背街后巷交通组织。", "张三", "县城管局", "县市政局", "无"],
        ["2", "新增达标小区。", "张三", "县城管局", "各街道", "无"],
    ]
    text = "".join(c + "\n" for c in header) + "".join(c + "\n" for r in rows for c in r)
    doc = parse_source(source(HEAD + text))
    assert sorted(c.heading for c in doc.clauses if c.kind == "task") == ["优化背街后巷交通组织", "新增达标小区"]


def test_a_one_space_table_printed_on_narrow_pages():
    """Rows a printed page wrapped (inside a cell, and the last cell's rest on a line of its own) and page numbers
    between rows (国办函〔2016〕38号 printed at 27 characters a line): every row is still read."""
    text = (
        "序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n- 1 -\n"
        "2 安排财政赤字2.18万亿元,赤字率提高到3% 财政\n部\n"
        "3 中央财政安排1000亿元专项奖补资金,重点用于职工\n分流安置,2016年安排500亿元 财政部\n"
        "4 推进5万个行政村通光纤 工业和信息化部\n国务院办公厅\n"
    )
    assert rows_of(text) == [
        ("1", "发展改革委", "lead"),
        ("2", "财政部", "lead"),
        ("3", "财政部", "lead"),
        ("4", "工业和信息化部", "lead"),
    ]


def test_a_page_number_between_the_cells_of_a_row():  # 3 / - 1 - / 固定资产投资… (龙湾 2023 printed to PDF)
    header = "序号\n重点工作\n责任单位\n"
    rows = "1\n地区生产总值增长6.5%。\n县发改局\n2\n- 1 -\n固定资产投资增长10%。\n县财政局\n"
    doc = parse_source(source(HEAD + header + rows))
    heading = {c.path: c.heading for c in doc.clauses}
    assert sorted((heading[r.clause], r.body) for r in doc.responsibilities) == [
        ("固定资产投资增长10%", "县财政局"),  # the page number is no part of the task
        ("地区生产总值增长6.5%", "县发改局"),
    ]


def test_a_bare_list_left_unread_is_reported():
    """One bare list closing an item is an aside unless the document holds several; a user is shown it, to check."""
    from policygraph.parsing.unread import unread_passages

    doc = parse_source(
        source(
            HEAD.replace("附件\n某县重点任务分工表\n", "") + "二、主要任务\n1.甲项工作。（县民政局、县财政局）\n"
            "2.乙项工作。（县人社局负责）\n3.丙项工作（试行）。\n"
        )
    )
    assert [(r.body, r.role) for r in doc.responsibilities] == [("县人社局", "responsible")]
    assert [u.passage for u in unread_passages(doc)] == ["（县民政局、县财政局）"]


def test_an_inline_statement_in_a_clause_nothing_was_read_from_is_reported():
    """内蒙古 2020's table taken from a PDF's text layer, its columns interleaved line by line, gives no row: the line
    where a body stands before its role verb (各旗县(市、区)人民政府负责落) is shown to the user, who saw nothing
    before; a person in charge (负责人) and a system (负责制) are no such line."""
    from policygraph.parsing.unread import unread_passages

    doc = parse_source(read_source(Path(__file__).parent / "devset" / "gaps" / "web_neimenggu_laojiu_2020_pdf.txt"))
    assert not doc.responsibilities
    assert [u.passage for u in unread_passages(doc)] == ["各旗县(市、区)人民政府负责落"]
    text = "二、主要任务\n1.甲项工作。实行首问负责制，单位负责人列席会议。\n"
    doc = parse_source(source(HEAD.replace("附件\n某县重点任务分工表\n", "") + text))
    assert unread_passages(doc) == []


def test_pipe_lines_and_a_missing_cell_in_a_table_one_cell_a_line():
    """A converter's table a cell a line with ` |` after each cell, `|` or `||` alone where a row or an empty cell
    ended, and one cell of every row left out (崇川 2023 民生实事, held out at first run): the pipe lines are no cells,
    and each row's cells go where their kind fits (a person is text, the bodies go under the body columns)."""
    header = "序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n推进情况 |\n"
    rows = (
        "24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工。 |\n||\n"
        "25 |\n新增达标小区210个。 |\n徐国江 |\n城管局 |\n崇川经济开发区、各街道 |\n已完成。 |\n|\n"
    )
    assert rows_of(header + rows) == [
        ("24", "城管局", "lead"),
        ("24", "市政局", "responsible"),
        ("24", "相关街道", "responsible"),
        ("25", "各街道", "responsible"),
        ("25", "城管局", "lead"),
        ("25", "崇川经济开发区", "responsible"),
    ]


RUN_TOGETHER = (
    "某县重点任务责任分工表序号工作内容目标任务责任单位备注1新建养老院3所。2021年2月底前建成。县民政局,县财政局"
    "2培训护理员200人。年底前完成。县人社局、县\n2、民政局,各乡镇人民政府3统筹推进全县工作,制定分类标\n3、准\n"
)


def _printed(text: str, width: int = 20) -> str:  # printed on narrow pages, a page number between two lines
    flat = text.replace("\n2、", "").replace("\n3、", "").replace("\n", "")
    lines = [flat[i : i + width] for i in range(0, len(flat), width)]
    return "\n".join([*lines[:3], "- 1 -", *lines[3:]]) + "\n"


@pytest.mark.parametrize(
    "text",
    [RUN_TOGETHER, _printed(RUN_TOGETHER), RUN_TOGETHER.replace("\n2、", " 2、").replace("\n3、", " 3、")],
    ids=["preview", "printed", "flat"],
)
def test_a_table_whose_cells_run_together(text):
    """A document site's text preview of a 任务分工表 (成都 垃圾分类 2021, held out at first run): header and cells
    glued, each row's number glued to its text, a date inside a row (2021年2月) that is no row number, and the
    preview's chunk numbers (市\\n2、住建局) cut into a name; or the same printed, its lines broken anywhere, or
    saved with its line breaks as spaces (市 2、住建局: pdf-flat gave a false 市2局)."""
    assert rows_of(text) == [
        ("1", "县民政局", "responsible"),
        ("1", "县财政局", "responsible"),
        ("2", "县人社局", "responsible"),
        ("2", "县民政局", "responsible"),
        ("2", "各乡镇人民政府", "responsible"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group row before the first row, two body columns and a column of persons after them (辽中 2024 run-on);
        # the lead cell ends where a name's ending is whole (…管委会|自然资源分局, not …管委|会…)
        (
            "某区任务分解表序号主要工作举措牵头单位配合单位责任领导一、做大做强主导产业1加快构建产业体系。区农业农村局"
            "区发展改革局、区工业和信息化局2推进项目建设。沈阳近海经济区管委会自然资源分局、区发展改革局冯冬昌"
            "3推动项目落地。区工业和信息化局各镇政府(街道办事处)冯冬昌\n",
            [
                ("1", "区农业农村局", "lead"),
                ("1", "区发展改革局", "responsible"),
                ("1", "区工业和信息化局", "responsible"),
                ("2", "沈阳近海经济区管委会", "lead"),
                ("2", "自然资源分局", "responsible"),
                ("2", "区发展改革局", "responsible"),
                ("3", "区工业和信息化局", "lead"),
                ("3", "各镇政府(街道办事处)", "responsible"),
            ],
        ),
        # indicator rows without a 。: the bodies that end them begin at a place or level (沙坪坝 2022 run-on)
        (
            "附件1预期目标任务分解表序号2022年预期目标责任单位1地区生产总值增长5.5%左右区发展改革委"
            "2区级税收增长6%左右区税务局3空气质量完成年度目标任务区生态环境局\n",
            [
                ("1", "区发展改革委", "responsible"),
                ("2", "区税务局", "responsible"),
                ("3", "区生态环境局", "responsible"),
            ],
        ),
        # a column of the bodies that score each row glued after the body column (嵊泗 2021 run-on): parted from the
        # owners as a second body column is, and no owner (regression: the header's scorer title crashed the reader)
        (
            "某县考核项目序号考核指标年度目标责任部门评分部门1新建养老院3所。县民政局市民政局"
            "2培训护理员200人。县人社局市人社局\n",
            [("1", "县民政局", "responsible"), ("2", "县人社局", "responsible")],
        ),
        # a column after the bodies that is no deadline (推广范围: 全国, 8个改革试验区域), a group row counting items
        # ((共2项): no row number) before the first row (国办发〔2018〕126号's 推广清单 run-on)
        (
            "推广清单序号改革举措主要内容指导部门推广范围一、知识产权保护方面(共2项)1甲举措整合审判资源。"
            "最高人民法院、国家知识产权局全国2乙举措授权市级法院管辖。最高人民法院8个改革试验区域\n",
            [
                ("1", "最高人民法院", "responsible"),
                ("1", "国家知识产权局", "responsible"),
                ("2", "最高人民法院", "responsible"),
            ],
        ),
        # a bureau's own rows of a district's list: the first is 3, body cells closed by their own 。, group rows
        # between, then 68 (谯城 2025 run-on)
        (
            "某局任务分解表序号重点工作任务主要责任单位协同配合单位一、2025年主要预期目标3固定资产投资增长7.5%左右。"
            "区发改委区工信局,各乡镇人民政府。二、全力以赴扩投资三、全力以赴惠民生68推进学前教育普及普惠。区教育局"
            "区政府有关部门。69深化合作。区教育局区投资促进中心。\n",
            [
                ("3", "区发改委", "lead"),
                ("3", "区工信局", "responsible"),
                ("3", "各乡镇人民政府", "responsible"),
                ("68", "区教育局", "lead"),
                ("68", "区政府有关部门", "responsible"),
                ("69", "区教育局", "lead"),
                ("69", "区投资促进中心", "responsible"),
            ],
        ),
    ],
    ids=["groups-persons", "no-stop", "scorers", "scope", "jumps"],
)
def test_a_table_run_together_with_groups_persons_and_jumps(text, expected):
    """A table one paragraph a cell whose paragraphs ran together with nothing between them (run_together.py)."""
    assert rows_of(text) == sorted(expected)


def test_a_task_cell_that_is_a_place_name_is_the_row_s_task():
    """A target list whose rows are the counties (达州 2012 as a table a cell a line): the task cell is one name and a
    full stop (万源市。), a sentence, so the county's government after it is the row's owner, not a second body."""
    text = "序号\n重点任务\n责任单位\n1\n万源市。\n万源市人民政府\n2\n宣汉县。\n宣汉县人民政府\n"
    assert owners(HEAD + text, by="heading") == [
        ("万源市", "万源市人民政府", "responsible"),
        ("宣汉县", "宣汉县人民政府", "responsible"),
    ]


def test_a_column_of_quantities_between_task_and_bodies_run_together():
    """重点工作 | 区本级任务数 | 责任单位 run together (龙湾 2023 with its line breaks lost): a row's quantity after its
    task's 。 (9亿元, 12亿元/10亿元) is a cell of its own, not the start of its bodies; a row may have none."""
    text = (
        "某区重点工作责任分解序号重点工作区本级任务数责任单位1地区生产总值增长6.5%。区发改局"
        "2力争全年兑现惠企资金20亿元。9亿元区政府办公室、区财政局3争取专项债额度15亿元。12亿元/10亿元区财政局\n"
    )
    assert rows_of(text) == [
        ("1", "区发改局", "responsible"),
        ("2", "区政府办公室", "responsible"),
        ("2", "区财政局", "responsible"),
        ("3", "区财政局", "responsible"),
    ]
    doc = parse_source(source(HEAD + text))
    assert [c.heading for c in doc.clauses if c.number == "2"] == ["力争全年兑现惠企资金20亿元"]


def test_a_deadline_column_after_the_bodies_run_together():
    """序号重点任务责任单位完成时限 run together: each row's deadline after its bodies (2023年底前, 持续推进,
    2024年6月) is its 完成时限 cell, read as the task's deadline, not the end of a body's name."""
    text = (
        "某县重点任务分工表序号重点任务责任单位完成时限1新建养老院3所。县民政局、县财政局2023年底前"
        "2培训护理员200人。县人社局持续推进3建设服务中心。各乡镇人民政府2024年6月\n"
    )
    assert rows_of(text) == [
        ("1", "县民政局", "responsible"),
        ("1", "县财政局", "responsible"),
        ("2", "县人社局", "responsible"),
        ("3", "各乡镇人民政府", "responsible"),
    ]
    doc = parse_source(source(HEAD + text))
    rows = [(d.text, d.date) for d in doc.deadlines if d.clause.startswith("tasks")]
    assert rows == [("2023年底前", "2023-12-31"), ("持续推进", ""), ("2024年6月", "2024-06-30")]


@pytest.mark.parametrize(
    "rows, expected",
    [
        # a task cell of two paragraphs: its row goes on in the next line
        (
            "1\t新建养老院3所。\n配齐护理员。\t市民政局\t市财政局\n2\t培训护理员。\t市人社局\t各区人民政府\n",
            [
                ("1", "市民政局", "lead"),
                ("1", "市财政局", "responsible"),
                ("2", "各区人民政府", "responsible"),
                ("2", "市人社局", "lead"),
            ],
        ),
        # a body cell of two paragraphs, one body each: 、 between them
        (
            "1\t新建养老院3所。\t市民政局\n市卫健委\t市财政局\n",
            [("1", "市卫健委", "lead"), ("1", "市民政局", "lead"), ("1", "市财政局", "responsible")],
        ),
        # the last cell's second paragraph after a whole row: one more body; prose after the table is not
        (
            "1\t新建养老院3所。\t市民政局\t市财政局\n各区人民政府\n以上任务年底前完成。\n",
            [("1", "各区人民政府", "responsible"), ("1", "市民政局", "lead"), ("1", "市财政局", "responsible")],
        ),
        # a sheet's cells unmerged: a line of the row's width with its number and task empty names more bodies
        # under the columns it fills (the row lost them, and the table was cut in two)
        (
            "1\t新建养老院3所。\t市民政局\t市财政局\n\t\t市卫健委\t\n\t\t\t各区人民政府\n2\t培训护理员。\t市人社局\t市教育局\n",
            [
                ("1", "市卫健委", "lead"),
                ("1", "市民政局", "lead"),
                ("1", "各区人民政府", "responsible"),
                ("1", "市财政局", "responsible"),
                ("2", "市人社局", "lead"),
                ("2", "市教育局", "responsible"),
            ],
        ),
    ],
)
def test_a_tab_row_that_a_cells_paragraph_break_split_is_one_row(rows, expected):
    """A Word table as text (tabs between cells): a cell of two paragraphs splits its row over lines
    (broken_rows.py); the row is read whole."""
    assert rows_of("序号\t重点任务\t牵头单位\t责任单位\n" + rows) == sorted(expected)


def test_a_task_table_of_a_pdf_saved_as_one_line():
    """A PDF's text layer saved as one line (珠海's copy) with a task table annex: its cells come one after the other,
    each wrapped over the narrow column's lines, all parted by spaces. The wraps go (normalize._printed_ends) and the
    table reads as one run together, its two body columns parted where two names touch."""
    prose = "加强城乡社区服务体系建设推进各项工作落实见效。" * 30
    cells = ["序号", "重点任务", "牵头单位", "责任单位"]
    for row in [
        ("1", "新建养老院3所,配齐护理员和管理人员。", "市民政局", "市财政局、市卫健委"),
        ("2", "培训护理员200人,提升服务能力。", "市人社局", "各区人民政府"),
    ]:
        cells += [piece for cell in row for piece in (cell[i : i + 10] for i in range(0, len(cell), 10))]
    printed = [prose[i : i + 36] for i in range(0, len(prose), 36)]
    text = "某市养老服务实施方案\n" + " ".join(["一、总体要求", *printed, "附件", "重点任务分工表", *cells, "/ 3 /"])
    assert owners(text) == [
        ("1", "市卫健委", "responsible"),
        ("1", "市民政局", "lead"),
        ("1", "市财政局", "responsible"),
        ("2", "各区人民政府", "responsible"),
        ("2", "市人社局", "lead"),
    ]


def test_two_body_columns_run_together_part_where_two_names_touch():
    """牵头单位责任单位 glued: the lead cell ends where two names touch with nothing between (县民政局县财政局), a list
    inside a cell being parted by 、; a row with no such place has an empty 责任单位 cell."""
    text = (
        "某县重点任务分工表序号重点任务牵头单位责任单位1新建养老院3所。县民政局县财政局、县卫健委"
        "2培训护理员200人。县人社局3建设服务中心。县住建局、县自然资源局各乡镇人民政府\n"
    )
    assert rows_of(text) == [
        ("1", "县卫健委", "responsible"),
        ("1", "县民政局", "lead"),
        ("1", "县财政局", "responsible"),
        ("2", "县人社局", "lead"),
        ("3", "县住建局", "lead"),
        ("3", "县自然资源局", "lead"),
        ("3", "各乡镇人民政府", "responsible"),
    ]


@settings(max_examples=30, deadline=None)
@given(rows=tables(), chunk=st.integers(0, 40))
def test_any_table_run_together_reads_back(rows, chunk):
    """Any table with one body column, its cells run together as a preview gives them, with a preview's chunk
    number cut in anywhere inside a row (run_together.py)."""
    glued = "".join(f"{r[0]}{r[1]}。{r[4]}前完成。{r[2]}、{r[3]}" for r in rows)
    cut = min(chunk, len(glued) - 1)
    if glued[cut].isdigit() or glued[cut - 1 : cut + 1].isdigit():
        cut = len(glued)
    glued = glued[:cut] + "\n2、" + glued[cut:] if 0 < cut < len(glued) else glued
    expected = sorted((r[0], b, "responsible") for r in rows for b in [r[2], *r[3].split("、")])
    assert rows_of("某县重点任务分工表序号工作任务完成时限责任单位" + glued + "\n") == expected


@settings(max_examples=30, deadline=None)
@given(rows=tables(), deadline=st.booleans())
def test_any_table_with_two_body_columns_run_together_reads_back(rows, deadline):
    """Any table with a lead and a responsible column glued (牵头单位责任单位), and perhaps a 完成时限 column after them
    in the one-column form, run together: each row's lead and responsible bodies come back (run_together.py)."""
    glued = "".join(f"{r[0]}{r[1]}。{r[2]}{r[3]}" for r in rows)
    expected = sorted(
        [(r[0], r[2], "lead") for r in rows] + [(r[0], b, "responsible") for r in rows for b in r[3].split("、")]
    )
    assert rows_of("某县重点任务分工表序号重点任务牵头单位责任单位" + glued + "\n") == expected
    if deadline:  # one body column and the deadline after it
        dated = "".join(f"{r[0]}{r[1]}。{r[3]}{r[4]}前" for r in rows)
        want = sorted((r[0], b, "responsible") for r in rows for b in r[3].split("、"))
        assert rows_of("某县重点任务分工表序号重点任务责任单位完成时限" + dated + "\n") == want


def test_a_cell_wrapped_over_lines_in_a_table_with_pipes():
    """The same converter's table printed on narrow pages (崇川 2023 as a PDF): a cell without its ` |` goes on in the
    lines after it (…正在加 / 紧制作。 |), one cell, not several."""
    header = "序号 |\n主要任务 |\n牵头 单位 |\n责任主体与协同单位 |\n推进情况 |\n"
    rows = (
        "24 |\n优化提升50条背街后巷交通组织。 |\n城管局 |\n市政局、相关街道 |\n"
        "已进场施工,正在推进点位选址、\n场地硬化,正在加\n紧制作。 |\n"
        "25 |\n新增达标小区210个。 |\n城管局 |\n各街道 |\n已完成。 |\n"
    )
    assert rows_of(header + rows) == [
        ("24", "城管局", "lead"),
        ("24", "市政局", "responsible"),
        ("24", "相关街道", "responsible"),
        ("25", "各街道", "responsible"),
        ("25", "城管局", "lead"),
    ]


def test_a_task_cell_wrapped_over_three_lines_keeps_all_its_text():  # regression: its first lines were dropped
    header = "序号 |\n目标与任务 |\n牵头责任单位 |\n责任单位 |\n"
    rows = (
        "80 |\n加大普惠性托育供给,新增托位数\n400个以上,公办园在园幼儿占比\n60%以上。 |\n县教育局 |\n县各有关单位 |\n"
    )
    assert owners(HEAD + header + rows, by="heading") == [
        ("加大普惠性托育供给,新增托位数400个以上,公办园在园幼儿占比60%以上", "县各有关单位", "responsible"),
        ("加大普惠性托育供给,新增托位数400个以上,公办园在园幼儿占比60%以上", "县教育局", "lead"),
    ]


def test_a_two_row_header_whose_lower_row_starts_with_empty_cells():
    """序号 | 工作任务 | 责任单位 (over 牵头单位 | 配合单位) | 完成时限: the lower row names the columns it fills
    and keeps its leading empty cells; the upper row names the ones merged down over both rows (regression: the
    task column was lost and the task read as a body)."""
    text = (
        "序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
        "1\t新建养老院3所\t县民政局\t县财政局\t2024年底\n2\t培训护理员200人\t县人社局\t各乡镇人民政府\t2025年\n"
    )
    assert owners(HEAD + text, by="heading") == sorted(
        [
            ("培训护理员200人", "各乡镇人民政府", "responsible"),
            ("培训护理员200人", "县人社局", "lead"),
            ("新建养老院3所", "县财政局", "responsible"),
            ("新建养老院3所", "县民政局", "lead"),
        ]
    )


@pytest.mark.parametrize("layout", [tabs, pipes], ids=lambda f: f.__name__)
def test_a_merged_task_cell_left_empty_below_its_first_row(layout):
    """重点任务 spans rows 1–2 and a web page's rowspan left row 2's cell empty: each row is titled by its own
    具体措施, as when the merged cell is copied into every row."""
    rows = [
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位"],
        ["1", "完善养老设施", "新建站点10个", "县民政局", "县财政局"],
        ["2", "", "改造敬老院3所", "县民政局", "各乡镇人民政府"],
        ["3", "推进医养结合", "开展医养服务", "县卫健局", "县医保局"],
    ]
    assert owners(HEAD + layout(rows), by="heading") == sorted(
        [
            ("开展医养服务", "县医保局", "responsible"),
            ("开展医养服务", "县卫健局", "lead"),
            ("改造敬老院3所", "县民政局", "lead"),
            ("改造敬老院3所", "各乡镇人民政府", "responsible"),
            ("新建站点10个", "县民政局", "lead"),
            ("新建站点10个", "县财政局", "responsible"),
        ]
    )


def test_a_body_cell_ending_in_a_label_word_is_the_column_s_only():
    """工作专班牵头单位 in the lead column, then 工作专班成员单位: run together with the row's text they look like a
    label between two names; the row's body cells are read by their columns alone (regression, table-text layout)."""
    text = (
        "某省实施意见\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t责任单位\n"
        "1\t推动产业链优化升级。\t省推进组工作专班牵头单位\t省推进组工作专班成员单位\n"
        "2\t扩大开放。\t省商务厅\t省发展改革委\n"
    )
    doc = parse_source(source(text))
    assert sorted((r.body, r.role) for r in doc.responsibilities if r.clause.endswith("1")) == [
        ("省推进组工作专班成员单位", "responsible"),
        ("省推进组工作专班牵头单位", "lead"),
    ]


@pytest.mark.parametrize("below", ["加快项目建设", ""])  # the merged cell copied into every row, or left empty below
def test_a_merged_task_cell_is_the_clause_of_the_rows_it_spans(below):
    """重点任务 merged over its 具体措施 rows: the rows are points of a clause titled by the merged cell, so a plan's
    clause above them is aligned with the task, not with each measure; each row keeps its own title and owners."""
    text = (
        "某县重点任务分工方案\n附件\n重点任务分工表\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\n"
        "1\t加快项目建设\t推进重点项目开工\t县发改局\t县财政局\n"
        f"2\t{below}\t推进项目竣工验收\t县住建局\t县财政局\n"
        "3\t强化要素保障\t落实用地指标\t县自然资源局\t县林业局\n"
    )
    doc = parse_source(source(text))
    by_path = {c.path: c for c in doc.clauses}
    tasks = [c for c in doc.clauses if c.kind == "task"]
    assert [(c.heading, by_path[c.parent].heading, by_path[c.parent].kind) for c in tasks] == [
        ("推进重点项目开工", "加快项目建设", "section"),
        ("推进项目竣工验收", "加快项目建设", "section"),
        ("落实用地指标", "强化要素保障", "section"),
    ]
    owners = {(by_path[r.clause].heading, r.body, r.role) for r in doc.responsibilities}
    assert {("推进项目竣工验收", "县住建局", "lead"), ("推进项目竣工验收", "县财政局", "responsible")} <= owners
    assert len(owners) == 6  # the group clause owns nothing itself


UNNUMBERED = ["重点任务", "牵头单位", "配合单位", "完成时限"]


@st.composite
def unnumbered_tables(draw):
    """Rows with no number column: some with no 配合单位 (the cell left empty), some tasks wrapped over two lines
    where a page printed them, each a deadline or an open-ended word."""
    rows = []
    for i in range(1, draw(st.integers(1, 5)) + 1):
        lead = draw(st.sampled_from(BODIES))
        others = draw(st.lists(st.sampled_from([b for b in BODIES if b != lead]), max_size=3, unique=True))
        task = draw(st.sampled_from(["完善养老服务设施布局", "培训养老护理员", "推进医养结合发展", "建设社区老年食堂"]))
        wrap = draw(st.sampled_from(["", "，提高服务质量", "，鼓励社会力量参与"]))
        due = draw(st.sampled_from([f"{2024 + i % 2}年底", "2025年6月底前", "长期坚持"]))
        rows.append((f"{task}{i}{wrap}", lead, others, due))
    return rows


@settings(max_examples=40, deadline=None)
@given(rows=unnumbered_tables(), gap=st.sampled_from(["\n", "\n\n"]))
def test_any_table_with_no_number_column_reads_back_a_cell_a_line(rows, gap):
    """重点任务 / 牵头单位 / 配合单位 / 完成时限 copied a cell a line, with no 序号 to say where a row begins: the
    cells' kinds say it (a task, its bodies, its deadline), and a task wrapped over two lines is one cell
    (cell_rows.unnumbered_rows)."""
    expected = sorted(
        [(task.split("，")[0], lead, "lead") for task, lead, _, _ in rows]
        + [(task.split("，")[0], b, "responsible") for task, _, others, _ in rows for b in others]
    )
    cells = [*UNNUMBERED]
    for task, lead, others, due in rows:
        cells += [*task.replace("，", "，\n").split("\n"), lead, *(["、".join(others)] if others else []), due]
    got = [(title.split(",")[0], body, role) for title, body, role in owners(HEAD + gap.join(cells) + "\n", "heading")]
    assert got == expected


@pytest.mark.parametrize(
    "before",
    [
        "重点任务分工表\n",  # the table's title holds 任务 too: no column of it
        "主要任务\n",  # a heading of the same words above the header
    ],
)
def test_a_title_above_a_table_with_no_number_column_is_no_column(before):
    cells = [*UNNUMBERED, "培训养老护理员", "县人社局", "县民政局", "2025年底"]
    got = owners(HEAD + before + "\n".join(cells) + "\n", "heading")
    assert got == [("培训养老护理员", "县人社局", "lead"), ("培训养老护理员", "县民政局", "responsible")]


@pytest.mark.parametrize(
    "cell, kind",
    [
        ("县政务服务中心", "bodies"),
        ("宣汉县人民政府", "bodies"),
        ("县民政局、县财政局", "bodies"),
        ("建设县级养老服务指导中心", "text"),  # 建设县 is no county: a verb before a level word (县级)
        ("组建市级应急救援中心", "text"),
        ("优化城乡结构布局。", "text"),  # 布局 is no bureau (a one-row table a cell a paragraph lost its task)
        # zones a city runs by a committee of its own, named in full (上海 2025 in the table-nonum-paragraphs layout: a
        # cell of bodies with 虹桥国际中央商务区管委会 in it was read as the next task's words)
        ("市商务委、虹桥国际中央商务区管委会、闵行区政府", "bodies"),
        ("洋山特殊综合保税区管委会", "bodies"),
        ("前海深港现代服务业合作区管理局", "bodies"),
        ("张江科学城建设管理办公室", "bodies"),
        # the army's and armed police's local units, a central bank's sub-branch written short
        ("莆田军分区", "bodies"),
        ("武警莆田支队", "bodies"),
        ("人行莆田中支", "bodies"),
        ("县民政局、县农商行", "bodies"),  # a rural commercial bank written short (县农商行, 县邮储行)
        ("3", "number"),
    ],
)
def test_what_a_cell_holds(cell, kind):
    assert cell_kind(cell) == kind


def test_a_scorers_cell_after_a_task_that_ends_its_sentence_is_no_list_of_owners():
    """Regression (found by the property above): a task cell ending in 。 then the row's bodies and its 评分部门 read
    as a line of bodies closing the item (statements._line_list) once the document held three such rows: the scorer
    became an owner. A column of bodies with no role is no part of the text a row's statements are read from."""
    header = ["序号", "重点任务", "牵头单位", "配合单位", "评分部门"]
    rows = [[str(n), f"完善养老服务设施{n}。", "县民政局", "县财政局", "市民政局"] for n in (1, 2, 3)]
    got = rows_of("".join(c + "\n" for c in header + [c for r in rows for c in r]))
    assert got == sorted(
        [(str(n), "县民政局", "lead") for n in (1, 2, 3)] + [(str(n), "县财政局", "responsible") for n in (1, 2, 3)]
    )


@pytest.mark.parametrize("numbered", [True, False], ids=["序号", "no number column"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["a cell a line", "a cell a paragraph"])
def test_a_goal_table_with_targets_under_each_goal_and_bodies_one_a_paragraph(numbered, gap):
    """主要目标 / 主要责任单位 / 责任单位 (a 妇女发展规划 目标责任分解书): each goal's cell holds the goal and its
    targets (——…) one a paragraph, and the 责任单位 cell its bodies one a paragraph. The goal's lines are one cell; the
    bodies after the first share the responsible column (regression: more text lines and more bodies than columns
    made the aligner index past its table)."""
    header = (["序号"] if numbered else []) + ["主要目标", "主要责任单位", "责任单位"]
    rows = [
        ["1.妇女享有良好的基本卫生服务。", "——女性人均预期寿命延长。", "——妇女常见病筛查率达到80%以上。"],
        ["2.提高孕产妇医疗保健水平。", "——孕产妇死亡率控制在15/10万以内。"],
    ]
    bodies = [["县卫健局", "县发改局", "县财政局"], ["县卫健局", "县公安局"]]
    cells = list(header)
    for n, (goal, named) in enumerate(zip(rows, bodies, strict=True), 1):
        cells += ([str(n)] if numbered else []) + goal + named
    assert owners(HEAD + gap.join(cells) + "\n", "heading") == [
        ("妇女享有良好的基本卫生服务", "县卫健局", "lead"),
        ("妇女享有良好的基本卫生服务", "县发改局", "responsible"),
        ("妇女享有良好的基本卫生服务", "县财政局", "responsible"),
        ("提高孕产妇医疗保健水平", "县公安局", "responsible"),
        ("提高孕产妇医疗保健水平", "县卫健局", "lead"),
    ]


CATEGORY_TABLE = [
    ["领域", "主要目标", "牵头单位", "责任单位"],
    ["妇女与健康", "1.妇女享有良好的基本卫生服务。", "县卫健局", "县发改局、县财政局"],
    ["", "2.提高孕产妇医疗保健水平。", "县卫健局", "县公安局"],
    ["妇女与教育", "3.教育工作全面贯彻性别平等原则。", "县教育局", "县妇联"],
]


@pytest.mark.parametrize("layout", [tabs, one_per_line, one_per_paragraph], ids=lambda f: f.__name__)
def test_a_category_column_merged_over_its_rows(layout):
    """领域 / 主要目标 / 牵头单位 / 责任单位 with no number column: the category's cell (妇女与健康) stands in the first
    row of its category only. Copied a cell a line, the header ends at its last column title (the category after it
    is the first row's), and a row that leaves the category out is placed under the columns its kinds fit."""
    rows = [[c for c in r if c] for r in CATEGORY_TABLE] if layout is not tabs else CATEGORY_TABLE
    assert owners(HEAD + layout(rows), "heading") == sorted(
        [
            ("妇女享有良好的基本卫生服务", "县发改局", "responsible"),
            ("妇女享有良好的基本卫生服务", "县卫健局", "lead"),
            ("妇女享有良好的基本卫生服务", "县财政局", "responsible"),
            ("提高孕产妇医疗保健水平", "县公安局", "responsible"),
            ("提高孕产妇医疗保健水平", "县卫健局", "lead"),
            ("教育工作全面贯彻性别平等原则", "县妇联", "responsible"),
            ("教育工作全面贯彻性别平等原则", "县教育局", "lead"),
        ]
    )


@pytest.mark.parametrize(
    "header, rows",
    [
        # the deadline before the bodies
        (
            ["工作任务", "完成时限", "牵头单位", "责任单位"],
            [
                ["建立健全养老服务体系", "2024年底", "县民政局", "县财政局"],
                ["推进医养结合发展", "2024年6月", "县卫健局", "县民政局"],
            ],
        ),
        # a column of remarks after the deadline: a short remark is the row's, not the next row's task
        (
            ["工作任务", "牵头单位", "责任单位", "完成时限", "备注"],
            [
                ["建立健全养老服务体系", "县民政局", "县财政局", "2024年底", "新建"],
                ["推进医养结合发展", "县卫健局", "县民政局", "2024年6月", "续建"],
            ],
        ),
        # two columns: a task and its owners (责任单位: responsible)
        (
            ["重点任务", "责任单位"],
            [["建立健全养老服务体系。", "县民政局、县财政局"], ["推进医养结合发展。", "县卫健局、县民政局"]],
        ),
    ],
    ids=["deadline first", "remarks", "two columns"],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["a cell a line", "a cell a paragraph"])
def test_tables_with_no_number_column_in_other_shapes(header, rows, gap):
    got = {
        (title, body)
        for title, body, _role in owners(HEAD + gap.join(header + [c for r in rows for c in r]) + "\n", "heading")
    }
    expected = {(r[0].rstrip("。"), b) for r in rows for c in r[1:] for b in c.split("、") if b.startswith("县")}
    assert got == expected


def test_a_task_and_its_owners_one_a_line_once_is_a_table():
    """重点任务 / 责任单位 / a task / its bodies, once: two column titles in a row are no label over a value (a label
    has its value after it, not another title), so one row makes a table of two columns (a page that quotes one
    task of a plan's table, 北京 2018's 政务公开 list as a cell a line)."""
    doc = parse_source(
        source(HEAD + "重点任务\n责任单位\n建立健全养老服务体系。\n县民政局\n一、保障措施\n加强组织领导。\n")
    )
    assert [(r.body, r.role) for r in doc.responsibilities] == [("县民政局", "responsible")]
    assert "保障措施" in [c.heading for c in doc.clauses]


@pytest.mark.parametrize(
    "layout",
    [tabs, pipes, bare_pipes, padded, one_space, one_per_line, one_per_paragraph],
    ids=lambda f: f.__name__,
)
def test_each_layout_of_a_table_with_no_number_column_gives_the_same_rows(layout):
    """The same table without 序号 in every text layout: a padded or one-space row starts with its task (bodies after
    it say it is a row), as a numbered one starts with its number."""
    rows = [[r[1], r[2], r[3], r[4]] for r in ROWS]
    got = owners(HEAD + layout([UNNUMBERED, *rows]), "heading")
    assert got == sorted(
        [(r[0], r[1], "lead") for r in rows] + [(r[0], b, "responsible") for r in rows for b in r[2].split("、")]
    )


@pytest.mark.parametrize("numbered", [True, False], ids=["序号", "no number column"])
def test_a_row_without_its_lead_a_cell_a_line_keeps_a_list_of_bodies_under_the_responsible_column(numbered):
    """A cell a line, an empty 牵头单位 leaves no line: a row's one cell of bodies could be either column's. A cell
    that lists several bodies is the 责任单位's (a lead cell seldom lists several); one body stays the lead's."""
    header = (["序号"] if numbered else []) + ["重点任务", "牵头单位", "责任单位"]
    rows = [["完善养老服务设施布局。", "县民政局"], ["推进医养结合发展。", "县卫健局、县医保局"]]
    cells = header + [c for n, r in enumerate(rows, 1) for c in ([str(n)] if numbered else []) + r]
    assert owners(HEAD + "\n".join(cells) + "\n", "heading") == [
        ("完善养老服务设施布局", "县民政局", "lead"),
        ("推进医养结合发展", "县医保局", "responsible"),
        ("推进医养结合发展", "县卫健局", "responsible"),
    ]


def test_a_pipe_row_broken_inside_a_cell_goes_on_in_the_next_line():
    """Regression (临安 2022 printed to PDF): a row of a pipe table whose header closes with a pipe, broken inside a
    cell (…完成基础工 ⏎ 程。 | 教育局 | …|), lost its bodies: the line without its closing pipe goes on in the next."""
    text = (
        "序号 | 实事项目 | 工作举措 | 责任单位 | 配合单位 |\n"
        "1 | 新建成公办中小学7所。 | 4月底前主体完工,开始装修工程施工;天目山镇中心幼儿园完成基础工\n"
        "程。 | 教育局 | 发改局、住建局 |\n"
        "2 | 新增托位500个。 | 9月底前完成。 | 卫生健康局 | 财政局 |\n"
    )
    assert rows_of(text) == [
        ("1", "住建局", "responsible"),
        ("1", "发改局", "responsible"),
        ("1", "教育局", "responsible"),
        ("2", "卫生健康局", "responsible"),
        ("2", "财政局", "responsible"),
    ]


def test_a_task_cell_that_names_its_own_owners_keeps_them_apart_from_the_body_cells():
    """Regression (国办函〔2014〕31号 as a task table): a task cell that says who does it (…由国土资源部会同农业部
    等部门负责落实) before the lead and responsible cells naming the same bodies: the body cells were blanked where
    their text first stood, inside the task, and the cells left read as one run-together name (国土资源部农业部)."""
    task = "关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。"
    rows = [
        COLUMNS[:4],
        ["1", task, "国土资源部", "农业部"],
        ["2", task.replace("严守", "坚守"), "国土资源部", "农业部"],
    ]
    assert {(n, body) for n, body, _role in rows_of(tabs(rows))} == {
        (n, body) for n in ("1", "2") for body in ("国土资源部", "农业部")
    }


def test_a_row_of_its_number_alone_is_no_crash():  # regression: the cell aligner indexed past a one-cell row
    cells = ["序号", "重点任务", "牵头单位", "责任单位", "1", "新建养老院3所", "县民政局", "县财政局", "2", "3"]
    text = "".join(c + "\n" for c in [*cells, "培训护理员200人", "县人社局", "县民政局"])
    assert ("1", "县民政局", "lead") in rows_of(text)


@settings(max_examples=80, deadline=None)
@given(rows=tables(), layout=st.sampled_from([one_per_line, one_per_paragraph]), data=st.data())
def test_any_table_a_cell_a_line_with_cells_left_out_parses(rows, layout, data):
    """A copy may lose any cells (a merged or empty cell, a line the copier skipped): the parser reads what it can
    and never fails on it; every body it finds is a body of the table."""
    cells = [c for r in rows for c in r]
    kept = data.draw(st.lists(st.booleans(), min_size=len(cells), max_size=len(cells)))
    text = layout([COLUMNS, [c for c, keep in zip(cells, kept, strict=True) if keep]])
    bodies = {b for r in rows for b in (r[2], *r[3].split("、"))}
    assert {body for _c, body, _r in rows_of(text)} <= bodies


def test_a_one_space_table_whose_category_is_printed_once_per_group():
    """A PDF's text layer prints a category cell merged over its rows (类别) in the group's first row only: the rows
    below have one word fewer, and the category's column is left empty, not filled with the task."""
    text = (
        "序号 类别 重点任务 牵头单位 责任单位\n"
        "1 设施建设 新建养老院3所 县民政局 县财政局\n"
        "2 改造敬老院5所 县住建局 县民政局\n"
        "3 队伍建设 培训护理员200人 县人社局 县民政局\n"
    )
    assert ("2", "县住建局", "lead") in rows_of(text)
    assert ("3", "县人社局", "lead") in rows_of(text)
    doc = parse_source(source(HEAD + text))
    assert "改造敬老院5所" in [c.heading for c in doc.clauses if c.kind == "task"]


def test_a_one_space_row_goes_on_in_the_lines_its_cells_wrapped_onto():
    """A PDF's text layer gives a ruled table's row as its first printed line, then lines with the rest of whichever
    cells wrapped, one space between them (row_lines.py): each rest goes on its own cell — the task's text, a body
    list cut after its 、, a body's name cut short (县住 / 建局)."""
    text = (
        "序号 重点任务 牵头单位 责任单位 完成时限\n"
        "1 新建养老院3所 县民政局 县财政局、县住 2024年底\n"
        "建局\n"
        "2 建设社区食堂10个，提升 县商务局 县市场监管局、 2025年6月\n"
        "老年助餐服务水平 各乡镇人民政府\n"
        "3 培训护理员200人 县人社局 县民政局 2025年6月\n"
        "（一）加强领导\n"  # what follows the table is no rest of its last row
        "抄送：县委办，县人大办。\n"
    )
    assert rows_of(text) == sorted(
        [
            ("1", "县民政局", "lead"),
            ("1", "县财政局", "responsible"),
            ("1", "县住建局", "responsible"),
            ("2", "县商务局", "lead"),
            ("2", "县市场监管局", "responsible"),
            ("2", "各乡镇人民政府", "responsible"),
            ("3", "县人社局", "lead"),
            ("3", "县民政局", "responsible"),
        ]
    )
    assert "加强领导" in [c.heading for c in parse_source(source(HEAD + text)).clauses]


def test_a_one_space_row_that_leaves_a_body_column_empty():
    """A PDF's text layer leaves no word for an empty cell: a row's one body cell goes under the lead column, unless
    it lists several bodies (read to its end over the row's later lines), as 责任单位 cells do far more often."""
    text = "序号 重点任务 牵头单位 责任单位\n1 新建养老院3所 县民政局\n2 培训护理员200 县人社局、县民\n人 政局\n"
    assert rows_of(text) == sorted(
        [("1", "县民政局", "lead"), ("2", "县人社局", "responsible"), ("2", "县民政局", "responsible")]
    )


def test_a_one_space_row_whose_first_line_stops_short_of_its_column():
    """A printed line may break before a word that does not fit (全面提 / 升“12345”政务热线): the rest of that cell is
    wider than the row's own first line, but no wider than the column's widest first line in the table."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 推进政务服务全程网 市审批服务局 市大数据局\n"
        "办。\n"
        "2 全面提 市政府办公室 市公安局\n"
        "升“12345”政务热\n"
        "线服务水平。\n"
        "3 建设数据平台。 市大数据局 市财政局\n"
    )
    assert rows_of(text) == sorted(
        [
            ("1", "市审批服务局", "lead"),
            ("1", "市大数据局", "responsible"),
            ("2", "市政府办公室", "lead"),
            ("2", "市公安局", "responsible"),
            ("3", "市大数据局", "lead"),
            ("3", "市财政局", "responsible"),
        ]
    )
    # the title is the task's first sentence across the lines its cell was wrapped over
    headings = [c.heading for c in parse_source(source(HEAD + text)).clauses]
    assert "全面提升“12345”政务热线服务水平" in headings
    assert "推进政务服务全程网办" in headings


def test_a_name_cut_at_a_lines_end_goes_on_before_an_empty_column_takes_it():
    """The rest of a name cut at a line's end (市政府办公室、市 / 审批服务局) belongs to the cell it was cut in, even
    where an empty body column before it could take a body; a sentence's end (务事项全部开通全 / 程网办。) is the
    task's, not a body beginning lower in an empty cell."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 采取全市统一建设 市大数据局 市政府办公室、市\n"
        "方式，迁移网站。 审批服务局\n"
        "2 各级政务服务事项 市审批服务局\n"
        "全部开通全\n"
        "程网办。\n"
        "3 建设数据平台。 市大数据局 市财政局\n"
    )
    assert rows_of(text) == sorted(
        [
            ("1", "市大数据局", "lead"),
            ("1", "市政府办公室", "responsible"),
            ("1", "市审批服务局", "responsible"),
            ("2", "市审批服务局", "lead"),
            ("3", "市大数据局", "lead"),
            ("3", "市财政局", "responsible"),
        ]
    )


def test_a_name_begun_after_a_lists_mark_and_cut_at_the_lines_end():
    """A body column's list may begin a name at a line's end that no body ending shows yet (立山经济开发区、全区经济运行
    各专 / 班): the piece goes on the list where the text column has already taken the line's other piece."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 努力实现地区生产 区发改局 立山经济开发区、\n"
        "总值增长6.2%左 全区经济运行各专\n"
        "右。 班\n"
        "2 规模上工业增加值 区工信局 立山经济开发区\n"
        "增长5%左右。\n"
    )
    assert rows_of(text) == sorted(
        [
            ("1", "区发改局", "lead"),
            ("1", "立山经济开发区", "responsible"),
            ("1", "全区经济运行各专班", "responsible"),
            ("2", "区工信局", "lead"),
            ("2", "立山经济开发区", "responsible"),
        ]
    )


def test_a_list_left_open_goes_on_before_an_empty_column_begins_and_a_lone_line_goes_on_the_task():
    """A body list that ends its line with 、 goes on in the next line before an empty body column would take the
    name (国家发展改革委、 / 财政部); a line of one piece while the task's sentence is unfinished is the task's,
    though it reads as names (明显的省（区、 / 市），…)."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 对培育壮大接续替 国家发展改革委、\n"
        "代产业、保障和改 财政部\n"
        "善民生等转型成效\n"
        "突出的城市给予倾\n"
        "斜支持。\n"
        "2 对在扶贫开发工作 财政部、国务院扶\n"
        "成效考核中认定为 贫办\n"
        "完成年度计划、减\n"
        "贫成效显著、综合\n"
        "评价好的省（区、\n"
        "市），在分配中央\n"
        "财政专项扶贫资金\n"
        "时给予一定奖励。\n"
        "3 对易地扶贫搬迁工 国家发展改革委\n"
        "作积极主动、成效\n"
        "明显的省（区、\n"
        "市），加大支持力度。\n"
    )
    assert rows_of(text) == sorted(
        [
            ("1", "国家发展改革委", "responsible"),
            ("1", "财政部", "responsible"),
            ("2", "财政部", "responsible"),
            ("2", "国务院扶贫办", "responsible"),
            ("3", "国家发展改革委", "lead"),
        ]
    )


def test_a_later_line_that_took_a_character_along_from_the_line_above():
    """A closing quote may not open a line, so the character before it goes down with it (坚持“外防输入、内防反 /
    弹”总体防控策略): a later line may run two characters past the cell's first, quotes counted full width."""
    text = (
        "序号 重点任务 责任单位\n"
        "1 坚持“外防输入、内防反 市疫情防控指挥部办公室、\n"
        "弹”总体防控策略,完善常态 市卫生健康委、各县(市、\n"
        "化疫情防控举措。 区)政府(管委会)\n"
        "2 坚持必要的人员管控和健康 市疫情防控指挥部办公室\n"
        "监测措施。\n"
    )
    assert rows_of(text) == sorted(
        [
            ("1", "市疫情防控指挥部办公室", "responsible"),
            ("1", "市卫生健康委", "responsible"),
            ("1", "各县(市、区)政府(管委会)", "responsible"),
            ("2", "市疫情防控指挥部办公室", "responsible"),
        ]
    )


def test_the_rest_of_a_name_that_ended_like_a_body_at_the_lines_end():
    """市人力社 ends like a body (社), yet 保局 after it is no name of its own: the rest goes on the name (市人力社 /
    保局、市金融办、), not on the task's finished text."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 坚定不移支持企业 市经信局 市财政局、市发展\n"
        "发展。 改革委、市人力社\n"
        "保局、市金融办、\n"
        "市税务局\n"
        "2 加快园区建设。 市发改委 市财政局\n"
    )
    assert ("1", "市人力社保局", "responsible") in rows_of(text)
    assert ("1", "市税务局", "responsible") in rows_of(text)


def test_a_name_cut_over_three_lines_after_the_task_is_done():
    """市政府办公室、市 / 行政审批制度改革 / 工作领导小组办公 / 室: once the task's sentence has ended, a piece
    without a sentence's stops goes on the body's cut name, not on the task."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 全面实施行政许可 市政府办公室、市 市级各有关部门、\n"
        "事项清单管理。 行政审批制度改革 各县市区政府\n"
        "工作领导小组办公\n"
        "室\n"
        "2 深化审批改革。 市审批服务局 市司法局\n"
    )
    assert ("1", "市行政审批制度改革工作领导小组办公室", "lead") in rows_of(text)


def test_a_name_that_ends_like_a_body_goes_on_where_its_ending_reaches_back():
    """南太湖新区管委 / 会、长合区管委会: the lead column's 市政府办公室 would take 会 as well, but only the responsible
    column's name ends over the join (管委会), so the word goes there."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 坚持稳中求进、以 市政府办公室 市级其他有关单\n"
        "进促稳、先立后破, 位、各区县政府、\n"
        "坚定不移实施“八八 南太湖新区管委\n"
        "战略”,以三个“一号 会、长合区管委会\n"
        "工程”为总牵引。\n"
        "2 加快园区建设。 市发改委 市财政局\n"
    )
    rows = rows_of(text)
    assert ("1", "市政府办公室", "lead") in rows
    assert ("1", "南太湖新区管委会", "responsible") in rows
    assert ("1", "长合区管委会", "responsible") in rows


@pytest.mark.parametrize(
    "cut, rest, name",
    [
        ("省农业农村", "厅", "省农业农村厅"),  # a place's function written short takes its type word
        ("滁州", "经开区管委会", "滁州经开区管委会"),  # a place alone is the next name's place
        ("各县", "区人民政府", "各县区人民政府"),  # two levels written as one, cut between them (淮安 2022)
    ],
)
def test_a_name_at_a_lines_end_that_only_seems_whole(cut, rest, name):
    """省农业农村 ends in 村 and 滁州 in 州, as bodies may, yet the next line's word finishes them."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        f"1 地区生产总值增长 市发展改革委 市经信局、市商务局、{cut}\n"
        f"8%以上。 {rest}、各县政府\n"
        "2 加快园区建设。 市发改委 市财政局\n"
    )
    assert ("1", name, "responsible") in rows_of(text)


def test_between_two_body_cells_the_one_whose_name_is_not_whole_takes_the_rest():
    """省商务厅 (lead) and 省市场监管局、省发展改革委、省司 (responsible) could both take 法厅; the responsible cell's
    last name is a place and one character, no whole name, so it does."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 推进落实外商投资 省商务厅 省市场监管局、省\n"
        "国民待遇。 发展改革委、省司\n"
        "法厅\n"
        "2 加快园区建设。 省发改委 省财政厅\n"
    )
    rows = rows_of(text)
    assert ("1", "省商务厅", "lead") in rows
    assert ("1", "省司法厅", "responsible") in rows


def test_between_two_whole_names_the_cell_that_filled_its_line_takes_the_rest():
    """省发展改革委 (lead) and 省就业工作联席会 (responsible) end like whole names and could both take 议成员单位: the
    responsible cell's first line is as wide as the piece, it filled its column and wrapped; a collective's levels
    alone at a line's end (各市) go on with the next line's bracket and type word (贵州 就业 2015 in table-pdf-text)."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 着力稳定和扩大就 省发展改革委 省就业工作联席会\n"
        "业。 议成员单位、各市\n"
        "(州)人民政府、贵安\n"
        "新区管委会\n"
        "2 加快园区建设。 省发改委 省财政厅\n"
    )
    rows = rows_of(text)
    assert ("1", "省发展改革委", "lead") in rows
    assert {
        ("1", b, "responsible") for b in ("省就业工作联席会议成员单位", "各市(州)人民政府", "贵安新区管委会")
    } <= set(rows)


def test_a_later_line_with_quotes_set_narrow_is_no_wider_than_its_column():
    """A layout engine may set “ ” in a Western font, narrow: 化“重点项目直通车”“无忧 is as wide as the first line
    坚持服务跟着项目走,优 printed so (霍山 开发区 2025 in table-pdf-text): the line goes on the task, and the rows after
    it are read."""
    text = (
        "序号 重点任务 责任单位\n"
        "1 坚持服务跟着项目走,优 招商工作部、安商工作部\n"
        "化“重点项目直通车”“无忧\n"
        "办”工作机制。\n"
        "2 全力推进开发区“空间再 改革办\n"
        "造”。\n"
    )
    assert rows_of(text) == [
        ("1", "安商工作部", "responsible"),
        ("1", "招商工作部", "responsible"),
        ("2", "改革办", "responsible"),
    ]


def test_a_date_inside_a_task_cell_does_not_end_a_table_a_cell_a_line():
    """A signature's date after a table ends it (某县人民政府办公室 2024年5月8日); a task's sentence holding a date
    (…，自2019年1月1日起按标准调整到位。) is the task's cell (韶关 2019 in table-cells)."""
    task = "城镇土地使用税下调，自2019年1月1日起按标准调整到位。"
    text = f"序号\n重点任务\n牵头单位\n责任单位\n1\n{task}\n市税务局\n市财政局\n"
    assert rows_of(text) == [("1", "市税务局", "lead"), ("1", "市财政局", "responsible")]


def test_a_type_word_alone_on_a_later_line_ends_the_name_before_it():
    """龙南经济技术开发区 / 管委会 and 各市(区) / 政府: the type word on the next line is no body of its own (赣州 and
    江门 in table-pdf-text)."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 把扩大就业摆在更 赣州经济技术开发 市发改委、各市(区)\n"
        "加重要的位置。 区、龙南经济技术 政府\n"
        "开发区\n"
        "管委会\n"
        "2 加快园区建设。 市发改委 市财政局\n"
    )
    rows = rows_of(text)
    assert ("1", "龙南经济技术开发区管委会", "lead") in rows
    assert ("1", "各市(区)政府", "responsible") in rows


def test_a_cell_that_skipped_a_line_has_ended():
    """A cell's lines follow one another: the lead cell (市生态环境局、市 / 市场监管局) got nothing on the third line,
    so the fifth line's (管委会) goes on the responsible list, which wrapped on every line."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 制定实施准入清 市生态环境局、市 市发展和改革局、\n"
        "单。 市场监管局 市工业和信息化\n"
        "局、市自然资源\n"
        "局、各县人民政府\n"
        "(管委会)、各区人民\n"
        "政府(管委会)\n"
        "2 加快园区建设。 市发改局 市财政局\n"
    )
    rows = rows_of(text)
    assert ("1", "市市场监管局", "lead") in rows
    assert ("1", "各县人民政府(管委会)", "responsible") in rows
    assert ("1", "各区人民政府(管委会)", "responsible") in rows


def test_an_empty_cell_does_not_begin_with_a_phrase_that_opens_like_a_subject():
    """村危房改造工作积 is the task's next line, not a lead cell begun lower (村 opens it as a village would open a
    sentence)."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 对易地扶贫搬迁工 国家发展改革委\n"
        "作积极主动。\n"
        "2 对棚户区改造、农 住房城乡建设部、\n"
        "村危房改造工作积 国家发展改革委、\n"
        "极主动、成效明显 财政部\n"
        "的市县给予奖励。\n"
        "3 加快园区建设。 市发改局 市财政局\n"
    )
    rows = rows_of(text)
    assert ("2", "财政部", "responsible") in rows
    assert ("3", "市发改局", "lead") in rows


def test_a_projects_name_titles_its_row_before_its_content():
    """序号 | 项目名称 | 建设地点 | 2024年建设内容 | 责任单位 (a 民生实事 list, 洋县 2024): each row's clause is
    titled by its project's name, not by the content after it."""
    text = (
        "序号\t项目名称\t建设地点\t2024年建设内容\t责任单位\n"
        "1\t城北小学门前道路建设项目\t纸坊街道\t建成唐塔北路延伸段道路。\t住建局\n"
        "2\t高标准农田建设项目\t谢村镇\t实施田块整治500亩。\t农业农村局\n"
    )
    doc = parse_source(source(HEAD + text))
    titles = {c.path: c.heading for c in doc.clauses}
    assert sorted((titles[r.clause], r.body) for r in doc.responsibilities) == [
        ("城北小学门前道路建设项目", "住建局"),
        ("高标准农田建设项目", "农业农村局"),
    ]


@pytest.mark.parametrize("duties", ["工作职责", "主要职责", "职责"])
def test_a_duty_table_keyed_by_body_titles_each_row_by_its_duties(duties):
    """序号 | 责任单位 | 工作职责 (a 职责分工表 keyed by body): each row's clause is titled by the body's duties, not by
    the body's name."""
    text = f"序号\t责任单位\t{duties}\n1\t县民政局\t负责统筹推进养老服务体系建设\n2\t县财政局\t落实养老服务资金保障\n"
    doc = parse_source(source(HEAD + text))
    titles = {c.path: c.heading for c in doc.clauses}
    assert sorted((titles[r.clause], r.body) for r in doc.responsibilities) == sorted(
        [
            ("负责统筹推进养老服务体系建设", "县民政局"),
            ("落实养老服务资金保障", "县财政局"),
        ]
    )


@pytest.mark.parametrize(
    "header, rows",
    [
        ("序号\t单位\t主要职责", "{n}\t{body}\t{duty}"),
        ("| 序号 | 部门 | 职责 |", "| {n} | {body} | {duty} |"),
        ("序号 单位名称 工作职责", "{n} {body} {duty}"),
        ("序号\n单位\n主要职责", "{n}\n{body}\n{duty}。"),  # one cell to a line, as a copied web page gives it
    ],
)
def test_a_duty_table_s_bare_body_column_holds_its_owners(header, rows):
    """序号 | 单位 | 主要职责 (成员单位职责分工表): beside a duty column, a column titled by the word for a body alone
    (单位, 部门, 单位名称) is the responsible column, in a table of tabs, pipes or spaces."""
    duties = [("县民政局", "负责统筹推进养老服务体系建设"), ("县财政局", "落实养老服务资金保障")]
    text = header + "\n" + "".join(rows.format(n=n, body=b, duty=d) + "\n" for n, (b, d) in enumerate(duties, 1))
    doc = parse_source(source(HEAD + text))
    titles = {c.path: c.heading for c in doc.clauses}
    assert sorted((titles[r.clause], r.body, r.role) for r in doc.responsibilities) == sorted(
        (duty, body, "responsible") for body, duty in duties
    )


def test_a_contact_list_s_body_column_names_no_owners():
    """单位 | 姓名 | 联系电话: without a duty column, 单位 is no role column (a list of contacts, not of tasks)."""
    text = "一、联络员\n序号\t单位\t姓名\t联系电话\n1\t县民政局\t张三\t13800000000\n"
    assert parse_source(source(HEAD + text)).responsibilities == ()


def test_a_body_and_person_column_names_its_bodies_before_the_person():
    """责任单位及责任人: a cell may end with the person in charge, after an office's title or none (县财政局 李四,
    县人社局 局长王五); the space between is squeezed out, the bodies are still read (they were lost)."""
    text = (
        "序号\t工作任务\t责任单位及责任人\t完成时限\n"
        "1\t建设养老中心\t县财政局 李四\t2024年底\n"
        "2\t改造敬老院\t县人社局 局长王五\t2024年底\n"
        "3\t完善设施\t县住建局、县发改局 赵六\t2024年底\n"
        "4\t培训人员\t市委组织部人才办 钱七\t2024年底\n"
        "5\t落实资金\t县委办\t2024年底\n"
        "6\t推进试点\t县卫健局 孙八 13800000000\t2024年底\n"
        "7\t开展评估\t县统计局 周九（0594-2126811）\t2024年底\n"
    )
    doc = parse_source(source(HEAD + text))
    titles = {c.path: c.heading for c in doc.clauses}
    assert sorted((titles[r.clause], r.body) for r in doc.responsibilities) == sorted(
        [
            ("建设养老中心", "县财政局"),
            ("改造敬老院", "县人社局"),
            ("完善设施", "县住建局"),
            ("完善设施", "县发改局"),
            ("培训人员", "市委组织部人才办"),
            ("落实资金", "县委办"),
            ("推进试点", "县卫健局"),  # the telephone number after the person
            ("开展评估", "县统计局"),  # …in brackets, with its area code
        ]
    )


def test_a_declaration_in_a_body_cell_is_no_part_of_its_last_name():
    """县财政局、县民政局（排名第一为牵头单位）: the cell's last body was lost with the declaration glued to it."""
    text = "序号\t工作任务\t责任单位\n1\t落实资金\t县财政局、县民政局（排名第一为牵头单位）\n"
    doc = parse_source(source(HEAD + text))
    assert sorted((r.body, r.role) for r in doc.responsibilities) == [("县民政局", "responsible"), ("县财政局", "lead")]


def test_a_one_space_row_with_a_tab_of_its_own_is_read_without_error():
    """A row of a table drawn without rules whose words hold a tab (more cells than the header has columns) raised
    ValueError from zip(strict=True) while its wrapped lines were looked for (a random mutation of 平顶山 2018)."""
    text = (
        "某县方案\n一、任务\n序号 主要任务 细化措施 牵头单位 参与单位\n"
        "1 严守红线 实施双控\t行动,防止不合理新增取水。 市水利局 市发改委\n"
        "2 严守效率 落实评估体系。 市水利局 市发改委\n"
    )
    doc = parse_source(source(text))
    assert ("市水利局", "lead") in {(r.body, r.role) for r in doc.responsibilities}


def test_a_body_cell_that_names_its_lead_in_a_closing_bracket():
    """县财政局、县民政局（县财政局牵头）: the bracket says which of the cell's bodies leads (县民政局(县财政局牵头) was
    taken for one body); a bracket after a place's name (各乡镇（街道）) stays part of it."""
    text = (
        "序号\t工作任务\t责任单位\n"
        "1\t改造敬老院\t县财政局、县民政局（县财政局牵头）\n"
        "2\t培训人员\t县人社局、各乡镇（街道）\n"
    )
    doc = parse_source(source(HEAD + text))
    assert sorted((r.body, r.role) for r in doc.responsibilities) == sorted(
        [
            ("县财政局", "lead"),
            ("县民政局", "responsible"),
            ("县人社局", "responsible"),
            ("各乡镇(街道)", "responsible"),
        ]
    )


def test_a_row_whose_one_body_cell_is_cut_before_any_body_ending():
    """20 优化金融信保服 人行合肥中心支 / 务。 行、中国出口信用 / …: the row's last cell shows no body yet, but a
    word of the next line finishes it as one, so the row left its lead cell empty; it is no row the page wrapped."""
    text = (
        "序号 重点任务 牵头单位 责任单位\n"
        "1 扩大优势产品出 省商务厅 合肥海关、省农业\n"
        "口。 农村厅\n"
        "2 优化金融信保服 人行合肥中心支\n"
        "务。 行、中国出口信用\n"
        "保险公司安徽分公\n"
        "司\n"
        "3 加强法律咨询援 省贸促会 省商务厅\n"
        "助。\n"
    )
    rows = rows_of(text)
    assert ("2", "人行合肥中心支行", "responsible") in rows
    assert ("2", "中国出口信用保险公司安徽分公司", "responsible") in rows
    assert ("3", "省贸促会", "lead") in rows


def test_a_task_cell_wrapped_after_a_semicolon_keeps_its_sentence():
    """A line of a task cell that ends at a ； was wrapped inside the sentence (…宣传发动； / 广泛开展…): the title goes
    straight on, as the document's own cell does."""
    text = (
        "序号 重点任务 责任单位\n"
        "1 加强生活垃圾分类宣传发动； 市委宣传部、市城管\n"
        "广泛开展宣传引导活动。 委\n"
        "2 完善回收利用体系。 市商务局\n"
    )
    headings = [c.heading for c in parse_source(source(HEAD + text)).clauses]
    assert "加强生活垃圾分类宣传发动;广泛开展宣传引导活动" in headings  # full-width forms folded
