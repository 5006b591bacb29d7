"""Text from documents never becomes a formula or markup in what policygraph exports (issue 12, probe 6)."""

from click.testing import CliRunner
from openpyxl import load_workbook

from policygraph.cli import main
from policygraph.views.cells import inert, markdown_cell

HOSTILE = (
    '某县实施方案\n一、主要任务\n(一)=HYPERLINK("http://example.invalid","打开附件")。做好工作。(县民政局负责)\n'
    "(二)@SUM(A1)<svg onload=alert(1)>。做好工作。(县财政局负责)\n"
)


def _built(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "h.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(src), "--out", str(out)]).exit_code == 0
    return out


def test_xlsx_keeps_formula_like_headings_as_text(tmp_path):
    out = _built(tmp_path)
    wb = load_workbook(out / "matrix.xlsx")
    texts = [
        c
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(("=", "@"))
    ]
    assert texts and all(c.data_type == "s" for c in texts)


def test_csv_md_and_html_are_inert(tmp_path):
    out = _built(tmp_path)
    run = CliRunner().invoke
    csv_text = run(main, ["matrix", "--graph", str(out), "--long"]).output
    assert "'=HYPERLINK" in csv_text and "\n=HYPERLINK" not in csv_text and ",=HYPERLINK" not in csv_text
    md = run(main, ["matrix", "--graph", str(out), "--format", "md"]).output
    assert "<svg" not in md and "&lt;svg" in md
    page = run(main, ["matrix", "--graph", str(out), "--format", "html"]).output
    assert "<svg" not in page
    who = run(main, ["query", "who-owns", "--graph", str(out), "--format", "csv"]).output
    assert ",\"'=HYPERLINK" in who and ",'@SUM" in who


def test_numbers_stay_numbers():
    assert inert("-5") == "-5" and inert("+3.5") == "+3.5" and inert("-减少") == "'-减少"
    assert markdown_cell("a|b\nc") == "a\\|b c"


def test_the_matrix_sheet_stays_sparse(built):  # regression: the formula check created every empty cell
    from policygraph.graph.query import load_graph
    from policygraph.views.matrix import build_matrix
    from policygraph.views.matrix_export import workbook

    m = build_matrix(load_graph(built))
    sheet = workbook(m, [])["责任矩阵"]
    full = (len(m.rows) + 4) * (len(m.columns) + 4)
    assert len(sheet._cells) < full / 4, (len(sheet._cells), full)  # cells the sheet holds, not the rectangle
