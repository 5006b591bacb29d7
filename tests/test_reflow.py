"""Printed lines joined back into paragraphs (reading/reflow.py): what an OFD's text gives line by line."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.reading.reflow import reflow_text

_WORDS = "加强城乡社区服务体系建设推进各项工作落实见效" * 4  # 88 characters: five printed lines of 20


def _printed(paragraphs: list[str], width: int = 20) -> str:
    return "\n".join(p[i : i + width] for p in paragraphs for i in range(0, len(p), width))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a wrapped paragraph is one line again; a short last line ends it
        ([_WORDS * 2 + "。", "1.甲项。", _WORDS[:66] + "。"], [_WORDS * 2 + "。", "1.甲项。", _WORDS[:66] + "。"]),
        # a line that starts with a clause's number starts a paragraph even after a line that ran to the edge
        (
            ["二、" + _WORDS[:13] + "(财政部)", "三、其他。" + _WORDS * 2],  # 二、 fills its line of 20
            ["二、" + _WORDS[:13] + "(财政部)", "三、其他。" + _WORDS * 2],
        ),
    ],
)
def test_printed_lines_are_joined_into_their_paragraphs(paragraphs, expected):
    assert reflow_text(_printed(paragraphs)).split("\n") == expected


def test_cells_a_paragraph_each_after_a_sentence_that_ends_at_the_edge():
    """A table one cell a paragraph (the task, its bodies, its scope): a line with no stop, comma or bracket after a
    finished sentence is a cell of its own, not the sentence's tail (推广清单 printed by Word lost its bodies); a
    statement in brackets there is joined after a space, as a line of its own shows in joined text."""
    task = _WORDS[:39] + "。"  # two printed lines of 20, the second ending at the edge
    page = [_WORDS * 2 + "。"]  # a page's worth of lines to measure its width on
    paragraphs = [*page, task, "科技部、国家发展改革委", "全国"]
    assert reflow_text(_printed(paragraphs)).split("\n") == paragraphs
    assert reflow_text(_printed([*page, task, "(责任单位:市财政局)"])).split("\n") == [
        *page,
        task + " (责任单位:市财政局)",
    ]


def _indented(paragraphs: list[str], width: int = 20) -> str:
    """Printed with a first-line indent of two characters, then read by a reader that drops the indent."""
    return "\n".join(
        line.lstrip("\u3000") for p in paragraphs for line in _printed(["\u3000\u3000" + p], width).split("\n")
    )


def test_a_number_glued_to_digits_starts_a_paragraph_after_a_finished_sentence():
    """11.121人才梯队项目 after a line that ended a statement at the edge starts an item; 3.5亿元 after a line
    that broke a sentence at the edge goes on with it."""
    paragraphs = [
        _WORDS * 2 + "。",
        _WORDS[:32] + "（县民政局负责）",
        "11.121人才梯队项目。",
        _WORDS[:19] + "达3.5亿元。",
    ]
    assert reflow_text(_printed(paragraphs)).split("\n") == paragraphs


def test_a_first_line_that_lost_its_indent_still_ran_to_the_edge():
    """An OFD's text without the indent: a paragraph's first line is two characters short of the edge and goes on
    (78．严格落实…，建立 | 权责清晰…); one that ends a sentence there does not."""
    first = "1.严格落实安全工作责任制明确主体责任建立"  # 20 characters, the indented first line shows 18
    paragraphs = [_WORDS * 2 + "。", first + _WORDS[:30] + "。", _WORDS[:17] + "。", "各地要加强组织领导。"]
    assert reflow_text(_indented(paragraphs)).split("\n") == paragraphs


def test_a_page_number_between_two_lines_of_a_paragraph_stays_out_of_it():
    text = _printed([_WORDS * 2 + "。"]).split("\n")
    text.insert(2, "— 2 —")
    assert reflow_text("\n".join(text)).split("\n") == [_WORDS * 2 + "。", "— 2 —"]


def test_a_bare_number_is_a_row_number_where_pages_are_numbered_with_marks():
    """A table one cell a line, printed: a row's last cell that ran to the edge, then the next row's 序号 alone. With
    the pages numbered - 1 -, the bare number is the row's, and the next row's task is not joined onto the cell; with
    no such mark anywhere, a bare number between two lines of one paragraph is still taken for a page number."""
    cell = _WORDS[:20]  # fills its printed line of 20
    text = _printed([_WORDS * 2 + "。"]) + "\n- 1 -\n" + "\n".join([cell, "2", _WORDS[:15] + "。"])
    assert reflow_text(text).split("\n") == [_WORDS * 2 + "。", "- 1 -", cell, "2", _WORDS[:15] + "。"]
    lines = _printed([_WORDS * 2 + "。"]).split("\n")
    lines.insert(2, "2")
    assert reflow_text("\n".join(lines)).split("\n") == [_WORDS * 2 + "。", "2"]


def test_text_that_is_not_printed_lines_is_left_as_it_is():
    text = "\n".join(f"{n}.{_WORDS[: 5 + 3 * n]}。" for n in range(1, 8)) + "\n" + _WORDS * 2
    assert reflow_text(text) == text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 80), min_size=3, max_size=12))
def test_any_paragraphs_printed_come_back_word_for_word(lengths):
    """Whatever the paragraphs, no character is lost or added, only line breaks inside a paragraph go."""
    paragraphs = [_WORDS[:n] + "。" for n in lengths]
    got = reflow_text(_printed(paragraphs))
    assert got.replace("\n", "") == "".join(paragraphs)


def test_short_lines_are_no_printed_page():
    """A web page's short lines (a masthead, a 文号, the addressee) share a width now and then; a page of text is
    never narrower than reflow.NARROWEST, so they stay apart."""
    lines = [
        "行政规范性文件",
        "某某市人民政府办公厅文件",
        "关于印发某某措施的通知",
        "某府办发〔2022〕72号",
        "各区县人民政府:",
        "某某市人民政府办公厅",
        "2022年6月22日",
        "(此件公开发布)",
        "一、促进消费有序恢复",
        "二、加大助企纾困力度",
    ]
    text = "\n".join(lines * 2)
    assert reflow_text(text) == text


def test_a_text_file_of_printed_lines_is_read_as_its_paragraphs(tmp_path):
    """A PDF's text saved a printed line a line (pdftotext): the text reader joins the lines back, so a heading is
    not cut where the page ended it and the statement after it is the item's."""
    from policygraph.parsing.parse import parse_source
    from policygraph.reading.read import read_source

    task = "加强城乡社区服务体系建设推进各项工作落实见效"
    items = [f"{n}.{task}第{n}项。{_WORDS}（责任单位：县民政局、县财政局）" for n in range(1, 6)]
    path = tmp_path / "plan.txt"
    path.write_text("某县城乡社区服务体系建设实施方案\n一、重点任务\n" + _printed(items, 24) + "\n", encoding="utf-8")
    doc = parse_source(read_source(path))
    titles = [c.heading for c in doc.clauses if c.kind == "item"]
    assert titles == [f"{task}第{n}项" for n in range(1, 6)]
    assert len(doc.responsibilities) == 10


def test_rows_of_a_tab_table_are_never_printed_lines():
    """Regression (the `table-nonum-text` layout): nine rows of a tab table of about the same width looked like a
    printed page's full lines, and each row with no stop at its end was joined to the next (区发展改革委固定资产…)."""
    rows = [f"第{n}项地区生产总值等主要经济指标增长{n}%左右。\t\t区发展改革委" for n in range(1, 10)]
    text = "某区目标任务分解表\n重点任务\t牵头单位\t责任单位\n" + "\n".join(rows) + "\n"
    assert reflow_text(text) == text


def test_a_long_row_of_a_tab_table_is_no_run_on_text():
    """Regression (the `table-nonum-text` layout): a table of one row whose task is most of the text was taken for
    paragraphs run together, and the row was cut at its empty cell (\\t\\t)."""
    from .helpers import owners

    task = "坚持稳中求进工作总基调，" * 30 + "全面建成小康社会。"
    got = owners("国务院关于落实《政府工作报告》重点工作\n重点任务\t牵头单位\t责任单位\n" + task + "\t\t国务院各部门\n")
    assert [(body, role) for _title, body, role in got] == [("国务院各部门", "responsible")]


def test_printed_rows_of_a_pipe_table_are_joined_though_they_measure_past_the_width():
    """Regression (临安 2022 as an OFD, its lines as the OFD reader gives them): a font sets spaces, pipes and Latin
    commas narrower than printed_width's half a character, so the printed lines of a pipe table's rows measured 36
    to 38 against a page of 36, too few lines measured the page's width, and the text was not taken for printed lines
    at all: each row stayed cut where the page wrapped it."""
    printed = [
        "索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |",
        "公开范围 | 面向社会 | 公开时限 | 长期公开 |",
        "发布单位 | 区政府 | 发文日期 | 2022-07-14 |",
        "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |",
        "1 | 新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。 | 1.4月底",
        "前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园、优樾府幼儿",
        "园、青山湖科技城第一幼儿园主体完工,开始装修工程施工;天目山镇中心幼儿园完",
        "成基础工程。 2.8月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝",
        "龙幼儿园、优樾府幼儿园、青山湖科技城第一幼儿园竣工交付。 3.11月底前天目山",
        "镇中心幼儿园竣工交付。 | 教育局 | 发改局、住建局、财政局、规划和自然资源分",
        "局、国兴集团、新锦集团、科投集团,锦城街道、锦北街道、锦南街道、青山湖街",
        "道、昌化镇、天目山镇 |",
        "2 | 新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌",
        "联合筛查1万例以上。 | 1.婴幼儿照护服务成长驿站:3月底前新建成2家;6月底前新建",
        "成2家;9月底前完成7家建设任务。 2.婴幼儿照护服务托位:3月底前新增100个以上托",
        "位;6月底前新增200个以上托位;9月底前完成500个托位。 3.胃肠癌联合筛查:4月底前",
        "完成胃肠癌联合筛查方案制定;5月底前启动胃肠癌联合筛查;11月底前完成胃肠癌联",
        "合筛查工作。 | 卫生健康局 | 财政局、教育局、规划和自然资源分局、医疗保障分",
        "局、民政局、妇联,各镇(街道) |",
        "3 | 实施农村公路大中修100公里,新增公交线路3条,优化调整公交线路20条。 | 1.农村",
        "公路大中修:7月底前开工;11月底前建成。 2.公交线路新增(优化调整):6月底前完成6",
        "条线路优化调整;10月底前全面完成新增和优化调整",
        "— 1 —",
    ]
    rows = reflow_text("\n".join(printed)).split("\n")
    assert [row[:2] for row in rows[4:7]] == ["1 ", "2 ", "3 "]
    assert rows[4].endswith("天目山镇 |") and rows[5].endswith("各镇(街道) |")


def test_a_table_text_layer_measures_no_page():
    """A ruled table's text layer (cells parted by single spaces, each wrapped in its column: 广州 2012's 人才集聚
    table as the layouts benchmark prints it) has lines of about the columns' widths: its rows do not measure a
    page, so its lines are not joined as a page's."""
    text = "\n".join(
        [
            "序号 重点任务 牵头单位 责任单位",
            "1 战略性主导产业紧 市发展改革委 市委组织部、市人",
            "缺人才开发项目。 力资源和社会保障",
            "局、各区、各县级",
            "市",
            "2 羊城企业家培养项 市委组织部 市国资委",
            "目。",
            "3 民营企业家素质提 市经贸委 市人力资源和社会",
            "升项目。 保障局、市工商",
            "联、各区、各县级",
            "市",
            "4 高技能人才精工项 市人力资源和社会 市教育局、各区、",
            "目。 保障局 各县级市",
            "5 金融高级人才开发 市金融办 市发展改革委、市",
            "项目。 人力资源和社会保",
            "障局、各区、各县",
            "级市",
            "6 专业技术人才知识 市人力资源和社会 各区、各县级市",
            "更新项目。 保障局",
            "7 “赢在广州”大学生 市人力资源和社会 市工商局、市金融",
            "创业扶持项目。 保障局 办、团市委、各",
            "区、各县级市",
            "8 “百人计划”拓展项 市委组织部 市科技和信息化",
            "目。 局、市人力资源和",
            "社会保障局",
            "9 “羊城学者”特聘岗 市委组织部 各有关单位",
            "位项目。",
            "10 121人才梯队项 市人力资源和社会 各区、各县级市",
            "目。 保障局",
            "11 博士后培养项目。 市人力资源和社会 各区、各县级市",
            "保障局",
            "12 珠江科技新星项 市科技和信息化局 各区、各县级市",
            "目。",
        ]
    )
    assert reflow_text(text) == text


def test_a_three_column_table_text_layer_measures_no_page():
    """序号 重点任务 责任单位: a row's first line has one gap after its number and one between its cells, a later line
    one between the rest of its cells (国务院办公厅's 推广清单 as the layouts benchmark prints it): no page."""
    text = "\n".join(
        [
            "序号 重点任务 责任单位",
            "1 知识产权民事、刑事、行政 最高人民法院、最高人民检",
            "案件“三合一”审判。 察院、国家知识产权局",
            "2 省级行政区内专利等专业技 最高人民法院、国家知识产",
            "术性较强的知识产权案件跨 权局",
            "市（区）审理。",
            "3 以降低侵权损失为核心的专 国家知识产权局、中国银保",
            "利保险机制。 监会",
            "4 知识产权案件审判中引入技 最高人民法院、国家知识产",
            "术调查官制度。 权局",
            "5 基于“两表指导、审助分 最高人民法院、国家知识产",
            "流”的知识产权案件快速审 权局",
            "判机制。",
            "6 以事前产权激励为核心的职 科技部、国家发展改革委、",
            "务科技成果权属改革。 财政部、国家知识产权局、",
            "教育部、国务院国资委、中",
            "科院、司法部",
            "7 技术经理人全程参与的科技 科技部",
            "成果转化服务模式。",
            "8 技术股与现金股结合激励的 科技部、国务院国资委",
            "科技成果转化相关方利益捆",
            "绑机制。",
            "9 “定向研发、定向转化、定 科技部",
            "向服务”的订单式研发和成",
            "果转化机制。",
            "10 区域性股权市场设置科技创 中国证监会",
            "新专板。",
            "11 基于“六专机制”的科技型企 中国银保监会、科技部、中",
            "业全生命周期金融综合服 国人民银行",
            "务。",
        ]
    )
    assert reflow_text(text) == text


def test_a_space_beside_a_number_is_no_cell_gap():
    """到 2025 年: PDF text spaces digits from the words around them, which keeps a printed line a printed line."""
    line = "全面推进各项工作落实见效，到 2025 年基本建成城乡社区服务体系，推进"  # 36 characters wide
    text = "\n".join([line] * 9 + ["各项工作。"])
    assert reflow_text(text) == "".join([line] * 9) + "各项工作。"


def test_lines_that_all_end_closed_are_no_page_though_some_are_as_wide():
    """A task table a cell a line (成都 2021's 责任分工表): a few cells happen to be as wide as each other, but every
    one ends a sentence or a bracket, where a page's edge cuts lines mostly inside a sentence."""
    lines = [
        "贯彻落实生活垃圾分类制度重点任务责任分工表",
        "序号",
        "重点任务",
        "责任单位",
        "1",
        "将生活垃圾分类投放作为精神文明建设的重要内容，加强生活垃圾分类宣传发动；广泛开展宣传引导志愿活动。",
        "市委宣传部、市城管委、市住建局、市总工会、团市委、市妇联、各区（市）县政府（管委会）",
        "2",
        "完善生活垃圾回收利用体系，优化社区回收设施布局，负责再生资源回收行业的指导和监督，推进循环经济发展。",
        "市商务局、市住建局、市城管委、市委社治委、市发改委、市规划和自然资源局、各区（市）县政府（管委会）",
        "3",
        "加强家庭源危险废物处置的规范化管理，推进有害垃圾处置体系建设。",
        "市生态环境局、各区（市）县政府（管委会）",
        "4",
        "依据国土空间规划落实生活垃圾分类设施专项规划，优化设施用地布局，推进集约高效利用。",
        "市城管委、市规划和自然资源局、市生态环境局、市商务局、市住建局、各区（市）县政府（管委会）",
    ]
    text = "\n".join(lines)
    assert reflow_text(text) == text
