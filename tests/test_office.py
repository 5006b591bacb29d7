"""Old binary Office files (.doc, .wps, .xls) are read through LibreOffice as the .docx and .xlsx they convert to.

The fixtures are made here the way such files come about: a Word or Excel file saved in the old format by
an office program (LibreOffice, which the reader also needs).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from policygraph.errors import InputError
from policygraph.parsing.parse import parse_source
from policygraph.reading import office
from policygraph.reading.read import read_source, sniff

from .test_formats import MERGED_ROWS, _task_rows, make_docx
from .test_spreadsheet import MERGED, make_xlsx

TABLE = [
    ["序号", "重点任务", "牵头单位", "责任单位"],
    ["1", "推进养老服务体系建设。", "市民政局", "市财政局、各区政府"],
    ["2", "完善社会救助制度。", "市人社局", "市财政局"],
]


def _convert(source, fmt: str, tmp_path):
    out = tmp_path / fmt
    subprocess.run(
        [
            shutil.which("soffice"),
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    return out / f"{source.stem}.{fmt}"


def _saved_as(source, fmt: str, tmp_path):
    """The file as an office program saves it in an old format: opened in LibreOffice and saved as .doc/.xls.

    A Word file goes through LibreOffice's own format first (.odt), as a file opened and edited there would:
    its direct .docx-to-.doc filter drops python-docx's tables, which no office-made file shows.
    """
    if fmt == "doc":
        source = _convert(source, "odt", tmp_path)
    return _convert(source, fmt, tmp_path)


def test_a_word_97_document_reads_as_its_docx_does(tmp_path):
    modern = tmp_path / "分工.docx"
    make_docx(["某市2024年重点工作任务分工表"], modern, table=TABLE)
    old = _saved_as(modern, "doc", tmp_path)
    assert sniff(old.read_bytes()) == "doc" and office.legacy_kind(old.read_bytes()) == "doc"
    source = read_source(old)
    assert source.encoding == "doc"
    # Word ends a document after a table with an empty paragraph
    assert source.text.strip() == read_source(modern).text.strip()
    owners = {(r.body, r.role) for r in parse_source(source).responsibilities}
    assert owners == {
        ("市民政局", "lead"),
        ("市财政局", "responsible"),
        ("各区政府", "responsible"),
        ("市人社局", "lead"),
    }


def test_a_rich_text_document_reads_as_its_docx_does(tmp_path):
    """A plan exported as .rtf (legal databases and office systems do): its Chinese text is escaped GBK bytes that
    only a word processor reads back, so it goes through LibreOffice as a .doc does."""
    modern = tmp_path / "分工.docx"
    make_docx(["某市2024年重点工作任务分工表"], modern, table=TABLE)
    rtf = _convert(_convert(modern, "odt", tmp_path), "rtf", tmp_path)
    data = rtf.read_bytes()
    assert "民政局".encode() not in data  # the text is not there to read as plain text
    assert sniff(data) == "doc" and office.legacy_kind(data) == "rtf"
    source = read_source(rtf)
    assert source.encoding == "rtf"
    assert {(r.body, r.role) for r in parse_source(source).responsibilities} == {
        ("市民政局", "lead"),
        ("市财政局", "responsible"),
        ("各区政府", "responsible"),
        ("市人社局", "lead"),
    }


def test_opendocument_files_read_as_their_office_open_xml_twins(tmp_path):
    """A plan saved by LibreOffice or a 国产 office suite in its own format: .odt as its .docx, .ods as its .xlsx."""
    modern = tmp_path / "分工.docx"
    make_docx(["某市2024年重点工作任务分工表"], modern, table=TABLE)
    odt = _convert(modern, "odt", tmp_path)
    assert sniff(odt.read_bytes()) == "doc" and office.legacy_kind(odt.read_bytes()) == "odt"
    assert read_source(odt).text.strip() == read_source(modern).text.strip()
    workbook = tmp_path / "分工.xlsx"
    make_xlsx("某市2024年重点工作任务分工表", MERGED, workbook, merges=("A3:E3", "C4:C6", "D7:D8"))
    ods = _convert(workbook, "ods", tmp_path)
    assert office.legacy_kind(ods.read_bytes()) == "ods"
    assert _task_rows(parse_source(read_source(ods))) == MERGED_ROWS


def test_an_excel_97_workbook_keeps_its_merged_cells(tmp_path):
    modern = tmp_path / "分工.xlsx"
    make_xlsx("某市2024年重点工作任务分工表", MERGED, modern, merges=("A3:E3", "C4:C6", "D7:D8"))
    old = _saved_as(modern, "xls", tmp_path)
    assert office.legacy_kind(old.read_bytes()) == "xls"
    source = read_source(old)
    assert source.encoding == "xls"
    assert _task_rows(parse_source(source)) == MERGED_ROWS


def test_without_libreoffice_an_old_file_is_one_line_saying_what_to_install(tmp_path, monkeypatch):
    old = tmp_path / "plan.doc"
    old.write_bytes(office.OLE2 + bytes(600))
    monkeypatch.setattr(office, "_soffice", lambda: None)
    with pytest.raises(InputError) as err:
        read_source(old)
    message = str(err.value)
    assert message.startswith(f"{old}: an old binary Word .doc") and "install LibreOffice" in message


def test_a_damaged_old_file_is_refused_with_its_name(tmp_path):
    old = tmp_path / "damaged.doc"
    old.write_bytes(office.OLE2 + bytes(600))
    with pytest.raises(InputError) as err:
        read_source(old)
    assert "damaged.doc" in str(err.value) and "could not convert" in str(err.value)


def test_a_damaged_rich_text_file_is_refused_with_its_name(tmp_path):
    rtf = tmp_path / "damaged.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl" + bytes(300))
    with pytest.raises(InputError) as err:
        read_source(rtf)
    assert str(err.value).startswith(f"{rtf}: ")
