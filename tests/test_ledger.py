"""The task ledger (policygraph ledger) and the workbooks as they print (issue 15 point 5).

Printing is checked the way an office prints: LibreOffice headless converts the workbook to PDF, and
every page must be A4 landscape and carry the header rows (and, in the matrix, the department column).
"""

import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from policygraph.cli import main
from policygraph.views.ledger import short_title

from .conftest import SEEDS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def out(built_copy):
    return built_copy


def _ledger(out, *args):
    return CliRunner().invoke(main, ["ledger", "--graph", str(out), *args])


def test_ledger_of_a_body_lists_its_tasks_with_every_owner(out):
    result = _ledger(out, "--dept", "县民政局")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "序号,重点任务,牵头单位,责任单位,完成时限,来源条款"
    rows = [line.split(",") for line in lines[1:]]
    assert rows and all("县民政局" in r[2] + r[3] for r in rows)
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    first = next(r for r in rows if r[1] == "健全村级自治议事组织")
    # leads and the others, as written; 各村(社区)要健全… names one more, read from the item's prose
    assert first[2] == "县民政局、县纪委县监委" and first[3] == "各村(社区)、各乡镇(街道)"
    assert first[5].startswith("《瓮安县") and first[5].endswith("三、 (一) 2.")


def test_ledger_of_a_document_carries_its_deadlines(out):
    result = _ledger(out, "--doc", SEEDS["putian"], "--format", "md")
    assert result.exit_code == 0
    assert "| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 | 来源条款 |" in result.output
    assert "到2025年" in result.output


def test_ledger_formats_and_errors(out, tmp_path):
    page = _ledger(out, "--jurisdiction", "瓮安县", "--format", "html").output
    assert "<thead>" in page and "size:A4 landscape" in page and "县民政局" in page
    assert _ledger(out, "--format", "xlsx").exit_code == 2  # xlsx needs a file
    missing = _ledger(out, "--dept", "不存在的单位")
    assert missing.exit_code == 1 and "nothing to show" in missing.output and len(missing.output.splitlines()) == 1
    path = tmp_path / "台账.xlsx"
    written = _ledger(out, "--dept", "市民政局", "--format", "xlsx", "-o", str(path))
    assert written.exit_code == 0 and path.exists()
    ws = load_workbook(path)["台账"]
    assert ws.cell(1, 1).value == "重点任务台账（市民政局）"
    assert [c.value for c in ws[2]] == ["序号", "重点任务", "牵头单位", "责任单位", "完成时限", "来源条款"]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$2"


@pytest.mark.parametrize(
    "title, short",
    [
        ("国务院办公厅关于加快发展体育竞赛表演产业的指导意见", "关于加快发展体育竞赛表演产业的指导意见"),
        (
            "莆田市人民政府办公室关于贯彻落实省城乡社区服务体系建设规划的实施意见",
            "关于贯彻落实省城乡社区服务体系建设规划的实施意见",
        ),
        ("厦门市城乡社区服务体系建设规划(2016-2020年)", "厦门市城乡社区服务体系建设规划(2016-2020年)"),
        (
            "瓮安县贯彻落实黔南州“十四五”城乡社区服务体系建设规划的实施方案",
            "瓮安县贯彻落实黔南州“十四五”城乡社区服务体系建设规划的实…",
        ),
    ],
)
def test_short_titles(title, short):
    assert short_title(title) == short


def _pdf_pages(xlsx, tmp_path):
    """The workbook printed to PDF by LibreOffice: each page's size and text."""
    if not SOFFICE:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is not installed; .ci/run installs Debian's libreoffice-calc-nogui")
        pytest.skip("LibreOffice is not installed")
    import pdfplumber

    profile = tmp_path / "lo-profile"  # its own profile: no clash with a running LibreOffice
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(xlsx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with pdfplumber.open(tmp_path / (xlsx.stem + ".pdf")) as pdf:
        return [(page.width, page.height, page.extract_text() or "", _left_column(page)) for page in pdf.pages]


def _left_column(page) -> list[str]:
    """The words printed in the department column (where the page's 部门 stands), top to bottom.

    A document title merged over many columns runs on from the page before into this column's row 1,
    so row 1 reads 文件 followed by the end of a title.
    """
    words = page.extract_words()
    x = next((w["x0"] for w in words if w["text"] == "部门"), None)
    if x is None:
        return []
    return [w["text"] for w in sorted(words, key=lambda w: w["top"]) if abs(w["x0"] - x) < 2]


def test_matrix_workbook_prints_with_headers_on_every_page(out, tmp_path):
    wb = load_workbook(out / "matrix.xlsx")
    ws = wb["责任矩阵"]
    bodies = {ws.cell(r, 1).value for r in range(4, ws.max_row)}
    for name in wb.sheetnames[1:]:  # print the matrix sheet alone, so every page is one of its pages
        del wb[name]
    wb.save(tmp_path / "grid.xlsx")
    pages = _pdf_pages(tmp_path / "grid.xlsx", tmp_path)
    assert len(pages) > 10
    assert all(abs(w - 842) < 2 and abs(h - 595) < 2 for w, h, _t, _l in pages), "every page is A4 landscape"
    for _w, _h, text, left in pages:
        # a document's title may run on from the page before, right after 文件
        assert left[0].startswith("文件") and left[1:3] == ["部门", "条款"], "the header rows repeat on every page"
        assert set(left[3:]) & bodies, "the department column repeats on every page"
        assert text.splitlines()[-1].startswith("第 ") and "页" in text.splitlines()[-1]


def test_ledger_workbook_prints_with_its_header_on_every_page(out, tmp_path):
    path = tmp_path / "ledger.xlsx"
    assert _ledger(out, "--format", "xlsx", "-o", str(path)).exit_code == 0
    pages = _pdf_pages(path, tmp_path)
    ledger_pages = [t for _w, _h, t, _l in pages if "文件编号" not in t]
    assert len(ledger_pages) >= 3
    assert all(w > h for w, h, _t, _l in pages)
    header = "序号 重点任务 牵头单位 责任单位 完成时限 来源条款"
    assert all(header in t for t in ledger_pages), "the header row repeats on every page"
