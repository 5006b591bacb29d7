"""OFD (GB/T 33190) electronic official documents: read in reading order, then parsed as any text."""

from __future__ import annotations

import html
import json
import zipfile

import pytest
from click.testing import CliRunner

from policygraph.cli import main
from policygraph.errors import InputError
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source, sniff

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def make_ofd(lines: list[str], path, per_page: int = 30) -> None:
    """An OFD package as the format lays it out: OFD.xml, the document, its fonts and one content file a page,
    each line a TextObject whose TextCode places its glyphs 4.2 mm apart."""
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "OFD.xml",
            f'{head}<ofd:OFD {NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>t</ofd:DocID>'
            "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        refs = "".join(f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        z.writestr(
            "Doc_0/Document.xml",
            f"{head}<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea>"
            "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
            f"</ofd:CommonData><ofd:Pages>{refs}</ofd:Pages></ofd:Document>",
        )
        z.writestr(
            "Doc_0/PublicRes.xml",
            f'{head}<ofd:Res {NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>'
            "</ofd:Fonts></ofd:Res>",
        )
        for i, page in enumerate(pages):
            objects = "".join(
                f'<ofd:TextObject ID="{1000 + 100 * i + j}" Boundary="20 {20 + 8 * j} {4.2 * len(line):.1f} 6" Font="2"'
                f' Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g {max(len(line) - 1, 1)} 4.2">{html.escape(line)}'
                "</ofd:TextCode></ofd:TextObject>"
                for j, line in enumerate(page)
            )
            z.writestr(
                f"Doc_0/Pages/Page_{i}/Content.xml",
                f'{head}<ofd:Page {NS}><ofd:Content><ofd:Layer ID="{5000 + i}">{objects}</ofd:Layer></ofd:Content>'
                "</ofd:Page>",
            )


PLAN = [
    "某市关于推进养老服务发展的实施方案",
    "一、主要任务",
    "（一）加强养老服务设施建设。推进社区养老服务中心建设。（牵头单位：市民政局；责任单位：市财政局、各区政府）",
    "（二）完善救助制度。（市人社局牵头，市财政局配合）",
]


def test_an_ofd_document_is_read_in_reading_order_and_parsed(tmp_path):
    path = tmp_path / "方案.ofd"
    make_ofd(PLAN, path)
    assert sniff(path.read_bytes()) == "ofd"
    source = read_source(path)
    assert source.text.splitlines() == PLAN and source.encoding == "ofd"
    owners = {(r.body, r.role) for r in parse_source(source).responsibilities}
    assert owners == {
        ("市民政局", "lead"),
        ("市财政局", "responsible"),
        ("各区政府", "responsible"),
        ("市人社局", "lead"),
    }


def test_a_space_that_ends_a_printed_line_of_an_ofd_is_kept(tmp_path):
    """A one-space table row whose last cell wrapped at the space before it (…500亿元 / 财政部): ofdkit's lines leave
    the space out, and the row joined back ran the body into its task."""
    prose = "各有关部门要高度重视量化指标任务按照分工抓紧研究制定工作方案健全工作机制" * 8
    lines = [prose[i : i + 30] for i in range(0, 240, 30)] + ["序号 工作任务 牵头部门"]
    lines += ["1 安排财政赤字2万亿元 财政部", "2 中央财政安排专项奖补资金用于职工分流安置安排500亿元 ", "财政部"]
    assert len(lines[-2]) == 30  # the row runs to the page's edge, its space last
    make_ofd(lines, tmp_path / "分工.ofd")
    assert "2 中央财政安排专项奖补资金用于职工分流安置安排500亿元 财政部" in read_source(tmp_path / "分工.ofd").text


def test_an_ofd_over_several_pages_reads_as_one_text(tmp_path):
    path = tmp_path / "long.ofd"
    make_ofd(PLAN, path, per_page=2)
    assert read_source(path).text.splitlines() == PLAN


@pytest.mark.parametrize(
    "name, entry, reason",
    [
        ("broken.ofd", "OFD.xml", "not a readable OFD document"),
        ("broken.xlsx", "xl/workbook.xml", "not a readable .xlsx"),
    ],
)
def test_a_broken_package_is_one_clear_error(tmp_path, name, entry, reason):
    """A ZIP package whose entry file says what it is (OFD.xml, xl/workbook.xml) but is not: its name, the reason."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(entry, "<not really")
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(err.value).startswith(f"{path}: {reason}")


def test_parse_and_build_take_an_ofd(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    make_ofd(PLAN, src / "方案.ofd")
    parsed = CliRunner().invoke(main, ["parse", str(src / "方案.ofd"), "--json"])
    assert parsed.exit_code == 0, parsed.output
    assert {r["body"] for r in json.loads(parsed.output)["responsibilities"]} >= {"市民政局", "市人社局"}
    built = CliRunner().invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert built.exit_code == 0 and "已构建 1 个文件" in built.output, built.output
