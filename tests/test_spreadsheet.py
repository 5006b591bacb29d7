"""Excel workbooks: a 任务分工表 published as .xlsx is read like the same table in Word or on a web page."""

from __future__ import annotations

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policygraph.errors import InputError
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source, sniff

from .test_formats import MERGED_ROWS, _task_rows


def make_xlsx(title: str, rows: list[list[object]], path, merges: tuple[str, ...] = ()) -> None:
    """A workbook as offices make them: the title in a first row merged across the table, then the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务分工"
    width = max(len(r) for r in rows)
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(str(path))


# The table of test_formats.ROWSPAN_PAGE: one 牵头单位 merged over tasks 1–3 (C4:C6), one 责任单位 over 4–5
# (D7:D8), a group row merged across the table (A3:E3), 序号 typed as numbers.
MERGED = [
    ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
    ["一、养老服务"],
    [1, "推进养老服务体系建设。", "市民政局", "市财政局", "2024年底"],
    [2, "加强社区服务设施建设。", None, "市住建局", "2024年6月"],
    [3.0, "完善社会救助制度。", None, "市人社局", "2024年底"],
    [4, "发展普惠托育服务。", "市卫健委", "各区政府", "2024年底"],
    [5, "促进婴幼儿照护。", "市妇联", None, "2024年底"],
]


def test_a_workbook_task_table_is_read_with_its_merged_cells(tmp_path):
    path = tmp_path / "分工.xlsx"
    make_xlsx("某市2024年重点工作任务分工表", MERGED, path, merges=("A3:E3", "C4:C6", "D7:D8"))
    assert sniff(path.read_bytes()) == "xlsx"
    source = read_source(path)
    assert source.text.splitlines()[:4] == [
        "某市2024年重点工作任务分工表",
        "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
        "一、养老服务",
        "1\t推进养老服务体系建设。\t市民政局\t市财政局\t2024年底",
    ]
    assert _task_rows(parse_source(source)) == MERGED_ROWS


def test_a_date_cell_reads_as_a_chinese_date(tmp_path):
    import datetime as dt

    path = tmp_path / "dates.xlsx"
    rows = [["序号", "重点任务", "牵头单位", "完成时限"], [1, "建设。", "县民政局", dt.date(2024, 6, 30)]]
    make_xlsx("某县任务清单", rows, path)
    assert read_source(path).text.splitlines()[-1] == "1\t建设。\t县民政局\t2024年6月30日"


def test_a_word_document_is_still_read_as_word(tmp_path):
    from .test_formats import make_docx

    make_docx(["某市实施方案"], tmp_path / "plan.docx")
    assert sniff((tmp_path / "plan.docx").read_bytes()) == "docx"


LETTERS = st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))
# not a formula (=…), which a workbook saved without its values reads as empty
CELL = st.text(alphabet=LETTERS, min_size=1, max_size=12).filter(lambda s: not s.startswith("="))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=8))
def test_any_grid_reads_back_row_by_row(tmp_path, grid):
    """Whatever the cells hold, each row comes back as one line, its cells in order, apart by tabs."""
    path = tmp_path / "grid.xlsx"
    book = openpyxl.Workbook()
    for row in grid:
        book.active.append(row)
    book.save(str(path))
    text = read_source(path).text
    assert text.splitlines() == ["\t".join(c.strip() for c in row) for row in grid]


def test_parse_and_build_take_a_workbook(tmp_path):
    """`policygraph parse 分工.xlsx` lists its owners; `build` picks a workbook up from the folder."""
    import json

    from click.testing import CliRunner
    from openpyxl import load_workbook

    from policygraph.cli import main

    src = tmp_path / "src"
    src.mkdir()
    make_xlsx("某市2024年重点工作任务分工表", MERGED, src / "分工.xlsx", merges=("A3:E3", "C4:C6", "D7:D8"))
    parsed = CliRunner().invoke(main, ["parse", str(src / "分工.xlsx"), "--json"])
    assert parsed.exit_code == 0, parsed.output
    owners = {(r["body"], r["role"]) for r in json.loads(parsed.output)["responsibilities"]}
    assert ("市民政局", "lead") in owners and ("各区政府", "responsible") in owners
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(src), "--out", str(out)])
    assert built.exit_code == 0, built.output
    sheet = load_workbook(out / "matrix.xlsx")["责任矩阵"]
    assert "市民政局" in {c.value for row in sheet.iter_rows() for c in row}


def test_a_sheet_larger_than_the_limit_is_refused_before_its_cells_are_read(tmp_path, monkeypatch):
    from policygraph.reading import spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 100)
    book = openpyxl.Workbook()
    book.active.cell(row=20, column=10, value="x")  # declares 20 × 10 cells
    book.save(str(tmp_path / "big.xlsx"))
    with pytest.raises(InputError) as err:
        read_source(tmp_path / "big.xlsx")
    assert str(err.value) == f"{tmp_path / 'big.xlsx'}: sheet Sheet: more than 100 cells (split the workbook)"
