"""PDF, DOCX and HTML give the same graph as the text they were made from; broken files give one clear line.

The PDF and DOCX files are written inside the tests (reportlab, python-docx) from a
seed's text, so nothing here depends on a converter being installed.
"""

import io
import random
import re
import zipfile

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from policygraph.errors import InputError
from policygraph.parsing.parse import parse_source
from policygraph.reading.read import read_source, sniff

from .conftest import DATA, SEEDS

WENGAN = DATA / f"{SEEDS['wengan']}.txt"
XIAMEN = DATA / f"{SEEDS['xiamen']}.txt"
TASKS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "推进社区综合服务设施建设", "市民政局", "市财政局、市自然资源局", "2025年"],
    ["2", "加强社区工作者队伍建设", "市委组织部、市民政局", "市人社局，各区政府", "长期"],
]


def make_docx(
    lines: list[str], path, table: list[list[str]] | None = None, ruled: bool = False, centred: bool = False
) -> None:
    from docx.enum.table import WD_ALIGN_VERTICAL

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        if ruled:  # python-docx's default table style draws no lines; printed task tables are ruled
            grid.style = "Table Grid"
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
                if centred:  # 垂直居中: a short cell stands at the middle of its row
                    grid.cell(r, c).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    document.save(path if isinstance(path, io.BytesIO) else str(path))


# Word's automatic numbering (自动编号): one list per numbering style, each a single level.
NUMBERED = {
    "cn-dun": (r"([一二三四五六七八九十]+)、", "chineseCounting", "%1、"),
    "cn-paren": (r"[（(]([一二三四五六七八九十]+)[）)]", "chineseCounting", "（%1）"),
    "arabic": (r"(\d{1,2})[.．、](?!\d)", "decimal", "%1."),
    "arabic-paren": (r"[（(](\d{1,2})[）)]", "decimal", "（%1）"),
}


def make_numbered_docx(lines: list[str], path) -> None:
    """Each line that starts with a numbering mark written as Word writes an auto-numbered paragraph: the
    mark taken off the text and drawn from the numbering part; a number that does not follow the one
    before restarts the list (a new w:num with a start override, as 重新开始编号 does)."""
    from cn2an import cn2an as to_int
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    root = document.part.numbering_part.element
    first_num = root.find(qn("w:num"))
    next_id = 100
    abstract_of, current, counter = {}, {}, {}
    for style, (_rx, fmt, text) in NUMBERED.items():
        next_id += 1
        abstract_of[style] = next_id
        node = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{next_id}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        )
        (first_num.addprevious(node) if first_num is not None else root.append(node))
    for line in lines:
        for style, (rx, _fmt, _text) in NUMBERED.items():
            m = re.match(rx, line)
            if not m:
                continue
            n = int(to_int(m.group(1), "smart"))
            if style not in current or n != counter[style] + 1:
                next_id += 1
                override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{n}"/></w:lvlOverride>'
                root.append(
                    parse_xml(
                        f'<w:num {nsdecls("w")} w:numId="{next_id}"><w:abstractNumId w:val="{abstract_of[style]}"/>'
                        f"{override if n != 1 or style in current else ''}</w:num>"
                    )
                )
                current[style] = next_id
            counter[style] = n
            paragraph = document.add_paragraph(line[m.end() :].lstrip())
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{current[style]}"/></w:numPr>')
            )
            break
        else:
            document.add_paragraph(line)
    document.save(str(path))


def printed_lines(line: str, per_line: int) -> list[str]:
    """A paragraph wrapped as a page sets it: each line as long as fits the width of `per_line` Chinese characters
    (digits, Latin letters and spaces are narrower, so a line holding them takes more characters)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out, piece, used = [], "", 0.0
    for ch in line:
        w = pdfmetrics.stringWidth(ch, "STSong-Light", 1)
        if piece and used + w > per_line + 1e-6:
            out.append(piece)
            piece, used = "", 0.0
        piece, used = piece + ch, used + w
    return [*out, piece]


def make_pdf(lines: list[str], path, per_line: int = 36, encrypt: str | None = None) -> None:
    """A PDF as a government office prints one: wrapped lines, page numbers in the footer."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=StandardEncryption(encrypt, canPrint=0) if encrypt else None)
    width, height = A4
    y, page = height - 60, 1

    def footer() -> None:
        pdf.setFont("STSong-Light", 9)
        pdf.drawCentredString(width / 2, 30, f"- {page} -")

    for line in lines:
        for piece in printed_lines(line, per_line):
            if y < 60:
                footer()
                pdf.showPage()
                y, page = height - 60, page + 1
            pdf.setFont("STSong-Light", 12)
            pdf.drawString(50, y, piece)
            y -= 18
    footer()
    pdf.save()


def _facts(path):
    doc = parse_source(read_source(path))
    return (
        [(c.path, c.number, c.heading) for c in doc.clauses if c.kind not in ("preamble", "closing")],
        sorted((r.clause, r.body, r.role) for r in doc.responsibilities),
        doc.meta.title,
    )


def _seed_lines(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("seed", [WENGAN, XIAMEN], ids=["wengan", "xiamen"])
def test_docx_of_a_seed_gives_the_same_clauses_and_responsibilities(tmp_path, seed):
    path = tmp_path / "doc.docx"
    make_docx(_seed_lines(seed), path)
    assert _facts(path) == _facts(seed)


@pytest.mark.parametrize("seed", [WENGAN, XIAMEN], ids=["wengan", "xiamen"])
def test_pdf_of_a_seed_gives_the_same_responsibilities(tmp_path, seed):
    """Allowed difference: none in clauses and responsibilities; the title may break where the PDF wrapped it."""
    path = tmp_path / "doc.pdf"
    make_pdf(_seed_lines(seed), path)
    clauses, owners, _title = _facts(path)
    want_clauses, want_owners, _ = _facts(seed)
    assert [c[:2] for c in clauses] == [c[:2] for c in want_clauses]
    assert owners == want_owners


def test_a_pdf_heading_wrapped_over_printed_lines_is_titled_whole(tmp_path):
    """pdf._reflowed: a line that runs to the text's right edge goes on in the next, so an item whose first
    sentence wraps is titled to its first 。; a paragraph that ends at the edge does not swallow the numbered
    paragraph under it (十一、…)."""
    sentence = "对促进外贸外资稳定增长积极优化营商环境成效明显的省区市在外贸转型升级基地培育中给予优先支持"
    lines = ["某市人民政府关于加大激励支持力度的通知", "一、总体要求", f"1.{sentence}。(商务部负责)"]
    lines += [f"{n}.正文{'加强城乡社区服务体系建设' * 3}。(民政部负责)" for n in range(2, 10)]
    lines += ["二、加强城乡社区服务体系建设推进各项工作落实见效加强城乡。(财政部负责)", "三、其他事项。(水利部负责)"]
    assert len(sentence) == 45 and len(lines[-2]) == 36  # the item wraps; 二、 fills its printed line to the edge
    make_pdf(lines, tmp_path / "wrapped.pdf", per_line=36)
    doc = parse_source(read_source(tmp_path / "wrapped.pdf"))
    assert sentence in [c.heading for c in doc.clauses]
    assert [c.number for c in doc.clauses if c.parent is None and c.kind != "preamble"] == ["一、", "二、", "三、"]
    assert ("3", "水利部") in [(r.clause, r.body) for r in doc.responsibilities]


def test_a_row_number_alone_on_its_line_ends_the_cell_before_it(tmp_path):
    """A web page's table one cell a paragraph, printed (辽中 2024's 分解表 as a PDF): a row's last cell that runs to
    the edge, then the next row's 序号 alone. Where the pages are numbered with marks (- 1 -), that bare number is no
    page number: the next row's task was joined onto the bodies and the row lost."""
    task = "加快推进重点项目建设进度推动签约项目开工建设打造再生资源产业集群提升产业链水平。"
    bodies = "区发展改革局、区工业和信息化局、沈阳近海经济区管委会"
    lines = ["某区重点工作任务分解表", "序号", "主要工作举措", "牵头单位", "配合单位"]
    for n in range(1, 6):
        lines += [str(n), task, "区农业农村局", bodies]
    make_pdf(lines, tmp_path / "rows.pdf", per_line=27)
    assert printed_lines(bodies, 27) == [bodies]  # the cell fills its printed line
    doc = parse_source(read_source(tmp_path / "rows.pdf"))
    owners = {(r.clause, r.body, r.role) for r in doc.responsibilities}
    for n in range(1, 6):
        assert {(f"tasks.{n}", "区农业农村局", "lead"), (f"tasks.{n}", "沈阳近海经济区管委会", "responsible")} <= owners


def test_a_space_that_ends_a_printed_line_parts_the_words_joined_across_it(tmp_path):
    """A one-space table row whose last cell wrapped at the space before it (…500亿元 / 财政部): pdfplumber leaves
    the space out of the line, so the reflowed row ran the body into the task and the table ended there."""
    lines = ["某市人民政府关于印发任务分工的通知", "一、总体要求", "各有关部门要抓紧落实。", "序号 工作任务 牵头部门"]
    lines += ["1 安排地方专项债券 财政部", "2 " + "推进重点项目建设" * 4 + "中中中 财政部"]
    lines += ["3 推进行政村通光纤 工业和信息化部"]
    lines += [f"二、其他事项{n}。" for n in range(8)]
    assert printed_lines(lines[5], 36)[0].endswith(" ")  # the row wraps right after the space
    make_pdf(lines, tmp_path / "spaced.pdf", per_line=36)
    doc = parse_source(read_source(tmp_path / "spaced.pdf"))
    assert [(r.body, r.role) for r in doc.responsibilities if ".tasks." in r.clause] == [
        ("财政部", "lead"),
        ("财政部", "lead"),
        ("工业和信息化部", "lead"),
    ]


def test_a_word_task_cell_of_numbered_measures_stays_in_its_row(tmp_path):
    """具体措施 cells that number their measures in paragraphs of their own (1.制定方案 / 2.开展培训): the numbers are
    the cell's, not clauses of the document; the row keeps its bodies (regression: the row was cut at 2. and lost its
    lead)."""
    path = tmp_path / "measures.docx"
    header = ["序号", "工作任务", "具体措施", "牵头单位", "配合单位"]
    rows = [
        ["1", "建立机制", "1.制定方案；\n2.开展培训。", "县发改局", "县财政局"],
        ["2", "开展排查", "全面排查。", "县应急局", "各乡镇"],
    ]
    make_docx(["某县人民政府办公室关于印发某县工作方案的通知", "附件"], path, table=[header, *rows])
    doc = parse_source(read_source(path))
    heading = {c.path: c.heading for c in doc.clauses}
    assert sorted((heading[r.clause], r.body, r.role) for r in doc.responsibilities) == sorted(
        [
            ("建立机制", "县发改局", "lead"),
            ("建立机制", "县财政局", "responsible"),
            ("开展排查", "县应急局", "lead"),
            ("开展排查", "各乡镇", "responsible"),
        ]
    )


def test_a_task_division_table_in_docx_gives_one_clause_per_task_with_its_columns(tmp_path):
    path = tmp_path / "tasks.docx"
    make_docx(
        [
            "某市人民政府办公室关于印发某市社区服务实施方案的通知",
            "一、总体要求",
            "坚持以人民为中心。",
            "二、重点任务",
            "（一）加强社区服务。推进社区综合服务设施建设。",
            "附件",
            "重点任务分工表",
        ],
        path,
        TASKS,
    )
    doc = parse_source(read_source(path))
    tasks = [c for c in doc.clauses if c.kind == "task"]
    assert [(c.number, c.heading) for c in tasks] == [
        ("1", "推进社区综合服务设施建设"),
        ("2", "加强社区工作者队伍建设"),
    ]
    got = {(r.clause.rsplit(".", 1)[-1], r.body, r.role) for r in doc.responsibilities}
    assert got == {
        ("1", "市民政局", "lead"),
        ("1", "市财政局", "responsible"),
        ("1", "市自然资源局", "responsible"),
        ("2", "市委组织部", "lead"),
        ("2", "市民政局", "lead"),
        ("2", "市人社局", "responsible"),
        ("2", "各区政府", "responsible"),
    }


@pytest.mark.parametrize(
    "data, kind",
    [
        # a page's body without its <html>, as a database field or a copied source holds it, saved as .txt
        (
            '<p>各市人民政府：</p><p style="text-align: center;"><strong>某省实施方案</strong></p><p>一、主要任务</p>',
            "html",
        ),
        ("<div>某县实施方案</div><div>一、主要任务<br>1.完善制度。</div>", "html"),
        # text that merely opens with a bracketed word or holds one tag is text
        ("<某市实施方案>\n一、主要任务\n1.完善制度。（市民政局负责）", "text"),
        ("<p>某县实施方案\n一、主要任务\n1.完善制度。", "text"),
    ],
)
def test_an_html_fragment_is_read_as_a_web_page(data, kind):
    assert sniff(data.encode("utf-8")) == kind


def test_a_txt_holding_a_pages_markup_gives_clean_clauses(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(
        "<p>各市、县人民政府：</p><p><strong>某省激发重点群体活力的实施方案</strong></p>"
        "<p><strong> 一、主要任务</strong></p>"
        "<p> 1.完善工资制度。（省人社厅牵头，省财政厅配合）</p><p> 2.拓宽增收渠道。（省农业农村厅负责）</p>",
        encoding="utf-8",
    )
    doc = parse_source(read_source(path))
    assert not any("<" in c.text for c in doc.clauses)
    assert {(r.body, r.role) for r in doc.responsibilities} == {
        ("省人社厅", "lead"),
        ("省财政厅", "responsible"),
        ("省农业农村厅", "responsible"),
    }


def test_a_saved_web_page_in_gbk_with_a_table(tmp_path):
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TASKS)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='gb2312'><title>某市方案</title>"
        f"<script>var x = '<p>一、不是正文</p>';</script></head><body>"
        f"<p>某市人民政府办公室关于印发某市社区服务实施方案的通知</p><p>一、总体要求</p><p>坚持以人民为中心。</p>"
        f"<p>二、重点任务</p><p>（一）加强社区服务。推进设施建设。（牵头单位：市民政局，责任单位：市财政局）</p>"
        f"<table>{rows}</table></body></html>"
    )
    path = tmp_path / "page.doc"  # government sites serve HTML under .doc
    path.write_bytes(page.encode("gb2312"))
    assert sniff(path.read_bytes()) == "html"
    doc = parse_source(read_source(path))
    assert "不是正文" not in "".join(c.text for c in doc.clauses)
    owners = {(r.body, r.role) for r in doc.responsibilities}
    assert {("市民政局", "lead"), ("市财政局", "responsible"), ("各区政府", "responsible")} <= owners


def test_paragraphs_and_breaks_inside_a_web_table_cell_stay_in_their_row(tmp_path):  # group rows span the table
    page = (
        "<html><body><p>某县人民政府办公室关于印发某县实施方案的通知</p><p>一、工作目标</p><p>建成体系。</p>"
        "<p>附件</p><p>某县重点任务分工表</p><table>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>责任单位</td><td>完成时限</td></tr>"
        "<tr><td colspan='5'>一、设施建设</td></tr>"
        "<tr><td>1</td><td><p>新建养老院3所，</p><p>改造敬老院5所</p></td><td>县民政局</td>"
        "<td>县财政局<br>县自然资源局</td><td>2024年底</td></tr>"
        "<tr><td colspan='5'>二、队伍建设</td></tr>"
        "<tr><td>2</td><td>培训护理员</td><td>县人社局</td><td>各乡镇人民政府</td><td>2025年</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "tasks.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_source(read_source(path))
    heading = {c.path: c.heading for c in doc.clauses}
    assert sorted((heading[r.clause], r.body, r.role) for r in doc.responsibilities) == [
        ("培训护理员", "县人社局", "lead"),
        ("培训护理员", "各乡镇人民政府", "responsible"),
        ("新建养老院3所,改造敬老院5所", "县民政局", "lead"),
        ("新建养老院3所,改造敬老院5所", "县自然资源局", "responsible"),
        ("新建养老院3所,改造敬老院5所", "县财政局", "responsible"),
    ]


def test_formats_are_detected_by_content_not_by_name(tmp_path):
    pdf, word = tmp_path / "really-a-pdf.txt", tmp_path / "really-docx.bin"
    make_pdf(_seed_lines(WENGAN)[:40], pdf)
    make_docx(_seed_lines(WENGAN)[:40], word)
    assert sniff(pdf.read_bytes()) == "pdf" and sniff(word.read_bytes()) == "docx"
    assert read_source(pdf).encoding == "pdf" and read_source(word).encoding == "docx"


def _error(path) -> str:
    with pytest.raises(InputError) as caught:
        parse_source(read_source(path))
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    return message


def test_bad_files_give_one_line_naming_the_file_and_the_reason(tmp_path):
    whole = tmp_path / "whole.pdf"
    make_pdf(_seed_lines(WENGAN)[:60], whole)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 3])
    locked = tmp_path / "locked.pdf"
    make_pdf(_seed_lines(WENGAN)[:20], locked, encrypt="secret")
    scanned = tmp_path / "scanned.pdf"
    pdf = canvas.Canvas(str(scanned))
    pdf.rect(50, 50, 200, 200, fill=1)
    pdf.save()
    random_bytes = tmp_path / "noise.txt"
    random_bytes.write_bytes(random.Random(7).randbytes(20000))
    old_word = tmp_path / "old.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    not_word = tmp_path / "archive.docx"  # a ZIP that is neither a Word document nor a workbook
    with zipfile.ZipFile(not_word, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    broken_zip = tmp_path / "broken.docx"
    buffer = io.BytesIO()
    make_docx(["一、总体要求"], buffer)
    broken_zip.write_bytes(buffer.getvalue()[:200])
    assert "not a readable PDF" in _error(truncated) or "no text layer" in _error(truncated)
    assert "password-protected" in _error(locked)
    assert "no text layer" in _error(scanned)
    assert "not decodable" in _error(random_bytes)
    assert "could not convert" in _error(old_word)  # a Word 97 header and nothing else
    assert "not a Word .docx" in _error(not_word)
    assert "damaged ZIP" in _error(broken_zip)


def test_regression_a_dash_page_footer_inside_a_statement_is_not_read_as_a_list_bullet():
    """A "- 2 -" footer line lost its first dash to the Markdown bullet rule and became a body '2-:县委组织部'."""
    from policygraph.parsing.normalize import normalize

    text = "（牵头单位：县民政局，责任单位\n- 2 -\n：县委组织部、县农业农村局）"
    assert "2" not in normalize(text).text


def test_a_pdf_with_more_pages_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):  # issue 12 probe 5
    from policygraph.reading import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    path = tmp_path / "long.pdf"
    make_pdf(["某县实施方案", "一、总体要求"] + ["加强工作。" * 3] * 120, path)
    with pytest.raises(InputError, match="pages, more than the limit of 2"):
        read_source(path)


def test_a_docx_that_unfolds_past_the_limit_is_refused(tmp_path, monkeypatch):  # issue 12 probe 5 (ZIP bomb)
    from policygraph.reading import readers

    monkeypatch.setattr(readers, "MAX_UNZIPPED", 200_000)
    path = tmp_path / "bomb.docx"
    make_docx(["某县实施方案", "一、总体要求"] + ["加强社区服务，提升治理能力。" * 20] * 800, path)
    assert path.stat().st_size < 200_000  # small on disk, large unfolded
    with pytest.raises(InputError, match="unfolds into"):
        read_source(path)


def test_text_past_the_character_limit_is_refused(tmp_path, monkeypatch):  # issue 12 probe 5
    from policygraph.reading import readers

    monkeypatch.setattr(readers, "MAX_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text("某县实施方案\n一、总体要求\n" + "加强工作。" * 500, encoding="utf-8")
    with pytest.raises(InputError, match="more than 1,000 characters"):
        read_source(path)


def test_word_automatic_numbering_is_written_out(tmp_path):
    """自动编号: the marks Word draws, one list per style, restarts where a number does not follow."""
    lines = [
        "某市实施方案",
        "一、总体要求",
        "（一）工作目标。正文。",
        "1.甲项。",
        "2.乙项。",
        "（二）保障。",
        "1.丙项。",
        "二、措施",
        "（一）丁。",
        "3.戊。",
        "（1）己。",
        "十二、庚",
    ]
    make_numbered_docx(lines, tmp_path / "n.docx")
    assert read_source(tmp_path / "n.docx").text.splitlines() == lines


@pytest.mark.parametrize(
    "levels, marks",
    [
        # one list of three levels: a deeper level starts again under each new higher one
        ([0, 1, 2, 2, 1, 2, 0, 1], ["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "（一）"]),
        # a level under none yet shown counts from its start
        ([2, 2, 0, 2], ["1.", "2.", "一、", "1."]),
    ],
)
def test_word_numbering_levels_restart_under_a_higher_one(tmp_path, levels, marks):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    root = document.part.numbering_part.element
    formats = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats)
    )
    node = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvls}</w:abstractNum>')
    first = root.find(qn("w:num"))
    first.addprevious(node) if first is not None else root.append(node)
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for i, level in enumerate(levels):
        paragraph = document.add_paragraph(f"第{i}段")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )
    document.save(str(tmp_path / "levels.docx"))
    got = read_source(tmp_path / "levels.docx").text.splitlines()
    assert got == [f"{mark}第{i}段" for i, mark in enumerate(marks)]


ROWSPAN_PAGE = """<html><head><meta charset="utf-8"></head><body><p>某市2024年重点工作任务分工表</p><table>
<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>
<tr><td colspan="5">一、养老服务</td></tr>
<tr><td>1</td><td>推进养老服务体系建设。</td><td rowspan="3">市民政局</td><td>市财政局</td><td>2024年底</td></tr>
<tr><td>2</td><td>加强社区服务设施建设。</td><td>市住建局</td><td>2024年6月</td></tr>
<tr><td>3</td><td>完善社会救助制度。</td><td>市人社局</td><td>2024年底</td></tr>
<tr><td>4</td><td>发展普惠托育服务。</td><td>市卫健委</td><td rowspan="2">各区政府</td><td>2024年底</td></tr>
<tr><td>5</td><td>促进婴幼儿照护。</td><td>市妇联</td><td>2024年底</td></tr>
</table></body></html>"""


def test_a_merged_cell_of_a_web_table_belongs_to_every_row_it_spans(tmp_path):
    """One 牵头单位 for three tasks (rowspan), one 责任单位 for the last two: each task keeps its columns."""
    path = tmp_path / "rowspan.html"
    path.write_text(ROWSPAN_PAGE, encoding="utf-8")
    doc = parse_source(read_source(path))
    assert _task_rows(doc) == MERGED_ROWS


GROUPED_PAGE = """<html><head><meta charset="utf-8"></head><body><p>某省重点任务清单</p><table>
<tr><th>序号</th><th>重点任务</th><th>具体举措</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td>1</td><td rowspan="2">有序推进算力布局。</td><td>建设算力监测调度平台。</td>
<td>省发展改革委</td><td>省能源局</td></tr>
<tr><td>2</td><td>推动算力中心协同衔接。</td><td>省经信厅、省科技厅按职责分工负责</td><td>无</td></tr>
<tr><td>3</td><td>加强电力配套保障。</td><td>推动算电协同。</td><td>省能源局</td><td>省电力公司</td></tr>
</table></body></html>"""


def test_a_task_column_merged_over_rows_groups_them_and_each_row_is_named_by_its_own(tmp_path):
    """重点任务 merged over rows 1–2 (浙江 2026 task list, held out at first run): each row is its 具体举措,
    and a 牵头单位 cell written as a statement (A、B按职责分工负责) still names both leads."""
    path = tmp_path / "grouped.html"
    path.write_text(GROUPED_PAGE, encoding="utf-8")
    doc = parse_source(read_source(path))
    heading = {c.path: c.heading for c in doc.clauses}
    assert {(heading[r.clause], r.body, r.role) for r in doc.responsibilities} == {
        ("推动算力中心协同衔接", "省科技厅", "lead"),
        ("推动算力中心协同衔接", "省经信厅", "lead"),
        ("推动算电协同", "省电力公司", "responsible"),
        ("推动算电协同", "省能源局", "lead"),
        ("建设算力监测调度平台", "省发展改革委", "lead"),
        ("建设算力监测调度平台", "省能源局", "responsible"),
    }


def _task_rows(doc):
    number = {c.path: c.number for c in doc.clauses}
    return sorted((number[r.clause], r.body, r.role) for r in doc.responsibilities)


# A task table whose 牵头单位 of tasks 1–3 and 责任单位 of tasks 4–5 are one merged cell each (empty below it).
MERGED_TABLE = [
    ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
    ["1", "推进养老服务体系建设。", "市民政局", "市财政局", "2024年底"],
    ["2", "加强社区服务设施建设。", "", "市住建局", "2024年6月"],
    ["3", "完善社会救助制度。", "", "市人社局", "2024年底"],
    ["4", "发展普惠托育服务。", "市卫健委", "各区政府", "2024年底"],
    ["5", "促进婴幼儿照护。", "市妇联", "", "2024年底"],
]
MERGED_ROWS = sorted(
    [
        ("1", "市民政局", "lead"),
        ("1", "市财政局", "responsible"),
        ("2", "市民政局", "lead"),
        ("2", "市住建局", "responsible"),
        ("3", "市人社局", "responsible"),
        ("3", "市民政局", "lead"),
        ("4", "各区政府", "responsible"),
        ("4", "市卫健委", "lead"),
        ("5", "各区政府", "responsible"),
        ("5", "市妇联", "lead"),
    ]
)


def make_pdf_table(rows: list[list[str]], path, style_commands: list | None = None) -> None:
    """A task table printed under its title with reportlab: ruled and merged as `style_commands` say."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10)
    table = Table([[Paragraph(c, style) for c in row] for row in rows])
    if style_commands:
        table.setStyle(TableStyle(style_commands))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("某市2024年重点工作任务分工表", style), table])


def test_a_merged_cell_of_a_pdf_table_belongs_to_every_row_it_spans(tmp_path):
    """The same table printed with its merged cells ruled as one (pdfplumber leaves the covered positions empty)."""
    from reportlab.lib import colors

    spans = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (2, 1), (2, 3)), ("SPAN", (3, 4), (3, 5))]
    make_pdf_table(MERGED_TABLE, tmp_path / "merged.pdf", spans)
    assert _task_rows(parse_source(read_source(tmp_path / "merged.pdf"))) == MERGED_ROWS


@pytest.mark.parametrize("layout", ["ruled", "unruled", "centred"])
def test_a_pdf_table_row_cut_by_a_page_break_is_one_row(tmp_path, layout):
    """Word and WPS let a row run over a page break: the rest of its task and bodies opens the next page as
    a row without a 序号. It is the same task, with every body it names (the table printed by LibreOffice).
    Without rules, every wrapped line of a cell is a printed line of its own: the columns come from where
    the words stand, and the rows from the numbers, on the first line of a row or centred in it
    (reading/pdf_columns.py)."""
    import pdfplumber

    from .test_office import _convert

    bodies = ["市发展改革委", "市财政局", "市民政局", "市住建局", "市人社局", "市卫健委", "市教育局", "市商务局"]
    rows = [["序号", "重点任务", "牵头单位", "责任单位"]] + [
        [
            str(n),
            f"推进第{n}项民生工程建设，" + "完善配套设施，健全长效机制，" * (6 + n % 4) + "确保按期完成。",
            bodies[n % 8],
            "、".join(bodies[(n + k) % 8] for k in range(1, 8)),
        ]
        for n in range(1, 16)
    ]
    title = ["某市2024年重点民生工程任务分工表"]
    make_docx(title, tmp_path / "long-table.docx", table=rows, ruled=layout == "ruled", centred=layout == "centred")
    path = _convert(tmp_path / "long-table.docx", "pdf", tmp_path)
    with pdfplumber.open(path) as pdf:  # the table really breaks inside a row: a page opens without a 序号
        tables = [t.extract() for page in pdf.pages[1:] for t in page.find_tables()]
        assert any(t[0][0] in ("", None) for t in tables) if layout == "ruled" else not tables
    expected = sorted(
        [(str(n), bodies[n % 8], "lead") for n in range(1, 16)]
        + [(str(n), bodies[(n + k) % 8], "responsible") for n in range(1, 16) for k in range(1, 8)]
    )
    assert _task_rows(parse_source(read_source(path))) == expected


def test_a_merged_cell_of_a_word_table_belongs_to_every_row_it_spans(tmp_path):
    document = docx.Document()
    document.add_paragraph("某市2024年重点工作任务分工表")
    table = document.add_table(rows=len(MERGED_TABLE), cols=5)
    for r, row in enumerate(MERGED_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(3, 2)).text = "市民政局"
    table.cell(4, 3).merge(table.cell(5, 3)).text = "各区政府"
    document.save(str(tmp_path / "merged.docx"))
    assert _task_rows(parse_source(read_source(tmp_path / "merged.docx"))) == MERGED_ROWS


@pytest.mark.parametrize("lead, other", [("牵头单位", "配合单位"), ("牵头", "配合")])
def test_a_header_of_two_rows_names_the_columns_by_its_lower_row(tmp_path, lead, other):
    """责任单位 spanning 牵头 | 配合 (colspan), 序号 and 重点任务 spanning both header rows (rowspan)."""
    page = f"""<html><head><meta charset="utf-8"></head><body><p>某县2024年重点工作任务分工表</p><table>
<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任单位</td>
<td rowspan="2">完成时限</td></tr>
<tr><td>{lead}</td><td>{other}</td></tr>
<tr><td>1</td><td>推进养老服务体系建设。</td><td>县民政局</td><td>县财政局</td><td>2024年底</td></tr>
<tr><td>2</td><td>加强社区服务设施建设。</td><td>县住建局</td><td>各乡镇</td><td>2024年6月</td></tr>
</table></body></html>"""
    path = tmp_path / "two-rows.html"
    path.write_text(page, encoding="utf-8")
    assert _task_rows(parse_source(read_source(path))) == [
        ("1", "县民政局", "lead"),
        ("1", "县财政局", "responsible"),
        ("2", "县住建局", "lead"),
        ("2", "各乡镇", "responsible"),
    ]


def test_a_pdf_table_drawn_without_rules_keeps_its_columns(tmp_path):
    """No ruling lines: pdfplumber finds no table and gives each row as a line with one space between cells."""
    rows = [list(row) for row in MERGED_TABLE]
    rows[2][2] = rows[3][2] = "市民政局"  # no merged cells without rules: each row names its own
    rows[5][3] = "各区政府"
    make_pdf_table(rows, tmp_path / "no-rules.pdf")
    assert _task_rows(parse_source(read_source(tmp_path / "no-rules.pdf"))) == MERGED_ROWS


def test_paragraphs_inside_word_content_controls_are_read(tmp_path):
    """Templates wrap a title, a 文号 or a whole section in a content control (w:sdt): its paragraphs are text too."""
    from docx.oxml.ns import qn
    from lxml import etree

    document = docx.Document()
    for line in ["某县关于推进养老服务的实施方案", "一、主要任务"]:
        document.add_paragraph(line)
    body = document.element.body
    sdt = etree.SubElement(body, qn("w:sdt"))
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    for line in ["（一）建设养老中心。（责任单位：县民政局）", "（二）改造敬老院。（县财政局牵头，各乡镇配合）"]:
        paragraph = document.add_paragraph(line)._p
        content.append(paragraph)  # moved from the body into the content control
    body.append(body.find(qn("w:sectPr")))  # the section properties stay last
    document.save(str(tmp_path / "sdt.docx"))
    source = read_source(tmp_path / "sdt.docx")
    assert source.text.splitlines()[-1] == "（二）改造敬老院。（县财政局牵头，各乡镇配合）"
    owners = {(r.body, r.role) for r in parse_source(source).responsibilities}
    assert owners == {("县民政局", "responsible"), ("县财政局", "lead"), ("各乡镇", "responsible")}


HEAD = ["序号", "重点任务", "牵头单位"]


def test_an_unruled_pdf_table_with_cells_centred_in_their_rows_keeps_each_row(tmp_path):
    """垂直居中: the 序号 and a short 牵头单位 stand at the middle of a row whose task wraps onto five lines, so
    the row's first printed lines have no number: they are still that row's (reading/pdf_columns.py)."""
    from .test_office import _convert

    rows = [
        ["序号", "重点任务", "牵头单位", "责任单位"],
        ["1", "推进养老服务体系建设，" * 6, "市民政局", "市财政局、市住建局、市人社局、各区人民政府"],
        ["2", "完善社会救助制度。", "市人社局", "市财政局"],
        ["3", "发展普惠托育服务，" * 5, "市卫健委", "各区人民政府"],
    ]
    make_docx(["某市2024年重点工作任务分工表"], tmp_path / "centred.docx", table=rows, centred=True)
    path = _convert(tmp_path / "centred.docx", "pdf", tmp_path)
    text = read_source(path).text
    assert "1\t推进养老服务体系建设" in text.replace(" ", "")  # the row starts with its number, not before it
    assert _task_rows(parse_source(read_source(path))) == [
        ("1", "各区人民政府", "responsible"),
        ("1", "市人社局", "responsible"),
        ("1", "市住建局", "responsible"),
        ("1", "市民政局", "lead"),
        ("1", "市财政局", "responsible"),
        ("2", "市人社局", "lead"),
        ("2", "市财政局", "responsible"),
        ("3", "各区人民政府", "responsible"),
        ("3", "市卫健委", "lead"),
    ]


@pytest.mark.parametrize(
    "ending, opening, joined",
    [
        # the rest of row 2 opens the next page under its page number: one row
        (
            [HEAD, ["2", "建设养老", "市民政局、"]],
            [["", "中心。", "市财政局"], ["3", "改造。", "市住建局"]],
            [HEAD, ["2", "建设养老\n中心。", "市民政局、\n市财政局"]],
        ),
        # the new page repeats the header row first
        (
            [HEAD, ["2", "建设养老", "市民政局"]],
            [HEAD, ["", "中心。", ""], ["3", "改造。", "市住建局"]],
            [HEAD, ["2", "建设养老\n中心。", "市民政局"]],
        ),
        # a new numbered row: nothing to join
        (
            [HEAD, ["2", "建设养老中心。", "市民政局"]],
            [["3", "改造。", "市住建局"]],
            [HEAD, ["2", "建设养老中心。", "市民政局"]],
        ),
        # no number column: a row without a first cell may be a new task under a merged group
        (
            [["任务", "措施", "牵头单位"], ["养老", "建中心。", "市民政局"]],
            [["", "改造。", "市住建局"]],
            [["任务", "措施", "牵头单位"], ["养老", "建中心。", "市民政局"]],
        ),
        # another number of columns: another table
        ([HEAD, ["2", "建设养老", "市民政局"]], [["", "中心。"]], [HEAD, ["2", "建设养老", "市民政局"]]),
    ],
)
def test_a_row_cut_by_a_page_break_is_joined_only_in_a_numbered_table(ending, opening, joined):
    from policygraph.reading.pdf import Block, _join_page_breaks

    pages = [
        [Block(0, text="标题"), Block(10, rows=ending), Block(800, text="— 1 —")],
        [Block(20, text="- 2 -"), Block(40, rows=opening)],
    ]
    _join_page_breaks(pages)
    assert pages[0][1].rows == joined


def _printed(*lines: str, size: float = 10.0):
    """Words on printed lines: each line a string whose cells stand at the columns marked by '|' (20 points
    a character position), one line every 15 points."""
    from policygraph.reading.pdf_columns import Word

    words = []
    for n, line in enumerate(lines):
        x = 0.0
        for part in line.split("|"):
            text = part.strip()
            if text:
                words.append(Word(x, x + size * len(text), n * 15.0, n * 15.0 + size, text))
            x += 150.0
    return words


@pytest.mark.parametrize(
    "lines, rows",
    [
        # prose: one long word a line, no columns
        (["各区要加强组织领导，", "确保各项任务落到实处。"], []),
        # short words apart, but no numbered row under them: a line of a title page, not a header
        (["序号|重点任务|牵头单位", "说明|见附件|无"], []),
        # a header over numbered rows; wrapped lines join their row; a page number is no row
        (
            [
                "序号|重点任务|牵头单位",
                "1|建设养老|市民政局、",
                "|中心。|市财政局",
                "2|改造敬老院。|市住建局",
                "|— 3 —|",
            ],
            [
                ["序号", "重点任务", "牵头单位"],
                ["1", "建设养老\n中心。", "市民政局、\n市财政局"],
                ["2", "改造敬老院。", "市住建局"],
            ],
        ),
        # the paragraph after the table runs across the columns: the table ends before it
        (
            [
                "序号|重点任务|牵头单位",
                "1|建设养老中心。|市民政局",
                "各责任单位要按时报送工作进展情况，确保各项任务落到实处。",
            ],
            [["序号", "重点任务", "牵头单位"], ["1", "建设养老中心。", "市民政局"]],
        ),
    ],
)
def test_an_unruled_pdf_table_is_read_from_where_its_words_stand(lines, rows):
    from policygraph.reading.pdf_columns import unruled_tables

    tables, _carried = unruled_tables(_printed(*lines))
    assert [t.rows for t in tables] == ([rows] if rows else [])


def test_an_unruled_pdf_table_goes_on_over_the_page_with_its_columns():
    from policygraph.reading.pdf_columns import unruled_tables

    first, carried = unruled_tables(_printed("序号|重点任务|牵头单位", "1|建设养老|市民政局、"))
    assert carried is not None and first[0].rows[-1] == ["1", "建设养老", "市民政局、"]
    rest, _ = unruled_tables(_printed("|中心。|市财政局", "2|改造敬老院。|市住建局"), carried)
    assert rest[0].rows == [["", "中心。", "市财政局"], ["2", "改造敬老院。", "市住建局"]]
    alone, _ = unruled_tables(_printed("|中心。|市财政局", "2|改造敬老院。|市住建局"))
    assert alone == []  # without the columns of the page before, no header: no table


def test_a_short_page_laid_out_in_a_table_keeps_its_lines_and_its_task_table(tmp_path):
    """Old government sites lay the whole page out in one table cell; a task table stands inside that cell. The
    cell is no data cell (it holds a table): its paragraphs stay lines, and the inner table's merged 牵头单位
    (rowspan) belongs to each row it spans."""
    page = """<html><head><meta charset="utf-8"></head><body><table><tr><td>首页 | 政策文件</td></tr><tr><td>
<p>某县养老服务实施方案</p><p>一、主要任务</p><p>（一）建设养老服务中心。（县民政局负责）</p><p>附件</p>
<table border="1"><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>开展老年健康体检。</td><td rowspan="2">县卫健委</td><td>各乡镇</td></tr>
<tr><td>2</td><td>推进医养结合。</td><td>县医保局</td></tr></table>
</td></tr></table></body></html>"""
    path = tmp_path / "layout.html"
    path.write_text(page, encoding="utf-8")
    text = read_source(path).text
    assert "（一）建设养老服务中心。（县民政局负责）" in text.splitlines()
    assert "2\t推进医养结合。\t县卫健委\t县医保局" in text.splitlines()
    assert _task_rows(parse_source(read_source(path))) == sorted(
        [
            ("(一)", "县民政局", "responsible"),
            ("1", "各乡镇", "responsible"),
            ("1", "县卫健委", "lead"),
            ("2", "县医保局", "responsible"),
            ("2", "县卫健委", "lead"),
        ]
    )


def test_a_word_file_with_tracked_changes_reads_as_it_would_be_accepted(tmp_path):
    """A plan sent round for comments keeps its changes tracked: an inserted body's name (w:ins) is text, a deleted
    one (w:del) is not; a content control inside a line (w:sdt) and a hyperlink keep their words."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    document = docx.Document()
    document.add_paragraph("某县养老服务实施方案")
    document.add_paragraph("一、主要任务")
    line = document.add_paragraph("（一）建设养老服务中心。（牵头单位：")
    line._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>县民政局</w:t></w:r></w:ins>'))
    line._p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>县财政局</w:delText></w:r></w:del>'))
    line._p.append(
        parse_xml(f"<w:sdt {w}><w:sdtContent><w:r><w:t>；责任单位：各乡镇</w:t></w:r></w:sdtContent></w:sdt>")
    )
    line.add_run("）")
    document.save(str(tmp_path / "tracked.docx"))
    source = read_source(tmp_path / "tracked.docx")
    assert "（一）建设养老服务中心。（牵头单位：县民政局；责任单位：各乡镇）" in source.text.splitlines()
    owners = {(r.body, r.role) for r in parse_source(source).responsibilities}
    assert owners == {("县民政局", "lead"), ("各乡镇", "responsible")}


def test_a_word_table_that_lays_out_a_page_gives_its_lines_and_its_inner_table(tmp_path):
    """A plan pasted from a web page into Word sits in one table cell, its task table inside that cell: the cell's
    paragraphs are lines and the inner table's rows are rows (before, the inner table was lost)."""
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "某县养老服务实施方案"
    cell.add_paragraph("一、主要任务")
    cell.add_paragraph("（一）建设养老服务中心。（县民政局负责）")
    inner = cell.add_table(rows=2, cols=4)
    for r, row in enumerate(
        [["序号", "重点任务", "牵头单位", "配合单位"], ["1", "开展老年健康体检。", "县卫健委", "各乡镇"]]
    ):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    document.save(str(tmp_path / "nested.docx"))
    source = read_source(tmp_path / "nested.docx")
    assert source.text.splitlines()[-1] == "1\t开展老年健康体检。\t县卫健委\t各乡镇"
    assert _task_rows(parse_source(source)) == sorted(
        [("(一)", "县民政局", "responsible"), ("1", "县卫健委", "lead"), ("1", "各乡镇", "responsible")]
    )


def test_an_unruled_pdf_table_whose_column_titles_wrap_keeps_them_in_its_header(tmp_path):
    """Narrow columns wrap 牵头单位（部门） onto two lines: the second line is the titles' rest, not a row (a
    regression: （部门） joined the first row's cells and made up the body （部门）县财政局)."""
    from .test_office import _convert

    rows = [["序号", "重点任务", "具体措施", "牵头单位（部门）", "配合单位（部门）", "完成时限", "责任领导"]] + [
        [str(n), f"推进第{n}项工作。", "建立台账，按月调度。", "县民政局", "县财政局、各乡镇", "2024年底", "张三"]
        for n in (1, 2)
    ]
    make_docx(["某县重点任务分工表"], tmp_path / "narrow.docx", table=rows)
    path = _convert(tmp_path / "narrow.docx", "pdf", tmp_path)
    assert "牵头单位 （部门）" in read_source(path).text.splitlines()[1]  # the title printed on two lines
    assert _task_rows(parse_source(read_source(path))) == sorted(
        (str(n), body, role)
        for n in (1, 2)
        for body, role in (("县民政局", "lead"), ("县财政局", "responsible"), ("各乡镇", "responsible"))
    )


def make_mhtml(html_text: str, path, charset: str = "gb2312", encoding: str = "quoted-printable", meta: bool = True):
    """A web archive as a browser saves one (网页归档): the page as a text/html part in its own charset and transfer
    encoding, beside a picture, in a multipart/related MIME message."""
    from email.charset import BASE64, QP, Charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if meta else ""
    page = f"<html><head>{head}<title>通知</title></head><body>{html_text}</body></html>"
    part_charset = Charset(charset)
    part_charset.body_encoding = QP if encoding == "quoted-printable" else BASE64
    part = MIMEText("", "html")
    part.set_payload(page, part_charset)
    archive = MIMEMultipart("related", type="text/html")
    archive["From"] = "<Saved by Windows Internet Explorer 8>"
    archive["Subject"] = "通知"
    archive.attach(part)
    picture = MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, "png")
    picture["Content-Location"] = "http://www.example.gov.cn/logo.png"
    archive.attach(picture)
    path.write_bytes(archive.as_bytes())


_MHT_PAGE = (
    "<p>某县人民政府办公室关于印发某县养老服务实施方案的通知</p><p>一、重点任务</p>"
    "<p>（一）新建养老院3所。（牵头单位：县民政局；责任单位：县财政局）</p>"
    "<p>（二）培训护理员200人。（县人社局负责）</p>"
)


@pytest.mark.parametrize(
    "charset, encoding, meta",
    [("gb2312", "quoted-printable", True), ("utf-8", "base64", True), ("big5", "quoted-printable", False)],
)
def test_a_web_archive_reads_as_the_page_it_holds(tmp_path, charset, encoding, meta):
    """Internet Explorer's quoted-printable GB2312 page, Chrome's base64 UTF-8 one, and a page republished in
    traditional characters in Big5 that declares no charset: each gives the page's bodies."""
    import zhconv

    path = tmp_path / "通知.mht"
    make_mhtml(zhconv.convert(_MHT_PAGE, "zh-tw") if charset == "big5" else _MHT_PAGE, path, charset, encoding, meta)
    assert sniff(path.read_bytes()) == "mhtml"
    doc = parse_source(read_source(path))
    assert sorted((r.body, r.role) for r in doc.responsibilities) == [
        ("县人社局", "responsible"),
        ("县民政局", "lead"),
        ("县财政局", "responsible"),
    ]


def test_a_web_archive_without_a_page_is_refused_in_one_line(tmp_path):
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart

    archive = MIMEMultipart("related")
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, "png"))
    path = tmp_path / "空.mht"
    path.write_bytes(archive.as_bytes())
    with pytest.raises(InputError, match=r"空\.mht: a web archive \(\.mht\) without a web page in it"):
        read_source(path)


def test_a_folder_gives_its_web_archives_to_the_corpus(tmp_path):
    from policygraph.manifest import collect

    make_mhtml(_MHT_PAGE, tmp_path / "通知.mht")
    make_mhtml(_MHT_PAGE, tmp_path / "方案.MHTML")
    assert sorted(e.path.name for e in collect([tmp_path]).entries) == ["方案.MHTML", "通知.mht"]
