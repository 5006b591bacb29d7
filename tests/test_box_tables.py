"""Tables drawn with box characters (reading/box_tables.py): law databases print a task table so."""

from hypothesis import given, settings
from hypothesis import strategies as st

from policygraph.reading.box_tables import redraw_box_tables

from .helpers import owners

# Cells wrap over the lines of their row; the lead column's first cell is merged down over two rows, the leader's
# over all of them
TABLE = """某市2006年政府工作报告目标任务分解
┌──────────┬───┬────────┬────┐
│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│
│     │ 导 │    │    │
├──────────┼───┼────────┼────┤
│抓好财税金融工作,增│梁志强│市财政局、地│年内见成│
│强发展保障能力  │   │方税务局  │ 效 │
├──────────┤   │    ├────┤
│加强财政监督,提高财│   │    │6月底 │
│政资金使用效益   │   │    │    │
├──────────┤   ├────────┼────┤
│坚持优先发展教育  │   │市教育局  │年底 │
└──────────┴───┴────────┴────┘
"""


def test_a_drawn_table_becomes_its_rows():
    lines = redraw_box_tables(TABLE).split("\n")
    assert lines[1:5] == [
        "工作任务\t分管领导\t牵头组织实施单位\t完成时限",
        "抓好财税金融工作,增强发展保障能力\t梁志强\t市财政局、地方税务局\t年内见成效",
        "加强财政监督,提高财政资金使用效益\t梁志强\t市财政局、地方税务局\t6月底",  # the merged cells beside it
        "坚持优先发展教育\t梁志强\t市教育局\t年底",
    ]


def test_a_drawn_table_gives_each_task_its_bodies():
    assert owners(redraw_box_tables(TABLE), by="heading") == [
        ("加强财政监督,提高财政资金使用效益", "市地方税务局", "lead"),
        ("加强财政监督,提高财政资金使用效益", "市财政局", "lead"),
        ("坚持优先发展教育", "市教育局", "lead"),
        ("抓好财税金融工作,增强发展保障能力", "市地方税务局", "lead"),
        ("抓好财税金融工作,增强发展保障能力", "市财政局", "lead"),
    ]


def test_text_without_a_drawn_table_is_unchanged():
    text = "一、任务\n│ 一行竖线不是表格\n(一)甲项。"
    assert redraw_box_tables(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="│├┤┼┌┐└┘┬┴─ 甲乙丙\t", max_size=30), max_size=12))
def test_any_lines_of_box_characters_are_read_without_error(lines):
    text = "\n".join(lines)
    out = redraw_box_tables(text)
    assert isinstance(out, str) and ("│" in text or out == text)


def test_a_text_file_is_read_with_its_drawn_tables_redrawn(tmp_path):
    from policygraph.reading.read import read_source

    path = tmp_path / "plan.txt"
    path.write_text(TABLE, encoding="gbk")  # old law-database copies come in GBK
    assert "坚持优先发展教育\t梁志强\t市教育局\t年底" in read_source(path).text.split("\n")
