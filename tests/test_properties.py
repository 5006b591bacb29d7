"""Hypothesis: the cleaners and the parser never raise, and keep their invariants, on any text."""

import contextlib
import re
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policygraph.errors import InputError
from policygraph.parsing import normalize as normalize_module
from policygraph.parsing.lists import parse_names
from policygraph.parsing.normalize import normalize, squeeze, squeeze_mapped
from policygraph.parsing.parse import parse_source
from policygraph.parsing.responsibility import parse_statement
from policygraph.parsing.statements import find_statements

from .helpers import source

# Text made of the pieces documents are made of, so the parser's branches are reached.
PIECES = st.sampled_from(
    [
        "一、",
        "二、",
        "(一)",
        "(二)",
        "1.",
        "2.",
        "10.",
        "第一章",
        "第二节",
        "专栏1",
        "表2 ",
        "\t",
        "\n",
        " ",
        "。",
        ",",
        "、",
        "责任单位:",
        "牵头单位:",
        "【责任部门:",
        "】",
        "(",
        ")",
        "市民政局",
        "县",
        "各区",
        "按职责分工负责",
        "以下任务均需各区落实,不再列出。",
        "/ 3 /",
        "- 18 -",
        "[bookmark: x]",
        "2023年6月5日",
        "莆政办规〔2023〕4号",
        "本意见自印发之日起施行",
        "抄送:",
        "根据《某规划》",
        "加强社区服务",
        "\u3000",
        "（",
        "）",
        "１２",
        "序号重点任务责任部门",  # a run-together table's header, and the columns that may follow its bodies
        "评分部门",
        "责任领导",
        "1新建养老院。县民政局",
        " | ",  # a pipe table's cells, run onto one line (flat_pipes)
        "序号 | 重点任务 | 牵头单位 | ",
        "1 |",
        "　　|",
    ]
)
DOCUMENTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_normalize_keeps_offsets_in_bounds(text):
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text)
    assert all(0 <= off < len(text) for off in norm.offsets)
    assert list(norm.offsets) == sorted(norm.offsets)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_squeeze_is_idempotent(text):
    once = squeeze(text)
    assert squeeze(once) == once
    assert "\n" not in once


def _squeezed_by_character(text, offs):
    """squeeze's definition, one character at a time: blanks go, but one stays between two Latin words or numbers
    and takes the next character's offset."""
    out, out_offs, pending = [], [], False
    for ch, off in zip(text, offs, strict=False):
        if ch.isspace():
            pending = bool(out)
            continue
        if pending and out[-1].isascii() and ch.isascii() and out[-1].isalnum() and ch.isalnum():
            out.append(" ")
            out_offs.append(off)
        pending = False
        out.append(ch)
        out_offs.append(off)
    return "".join(out), out_offs


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab12 \t\n\u3000\u00a0\x1c\x85中、。", max_size=40), st.integers(-3, 3))
def test_squeeze_mapped_keeps_its_definition(text, shorter_or_longer):
    # squeeze_mapped goes run by run of blanks (a parse's hot path); it must give what the definition gives,
    # offsets included, whether the offset list is shorter or longer than the text
    offs = list(range(100, 100 + max(0, len(text) + shorter_or_longer)))
    assert squeeze_mapped(text, offs) == _squeezed_by_character(text, offs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_normalize_maps_characters_the_same_on_its_fast_path(text):
    # a text without a dropped or spelled-out character is mapped by str.translate with its offsets kept; the
    # character-by-character loop (taken when any text matches) must give the same text and offsets
    fast = normalize(text)
    with mock.patch.object(normalize_module, "_RESIZED", re.compile(r"[\s\S]|$")):
        slow = normalize(text)
    assert (fast.text, fast.offsets) == (slow.text, slow.offsets)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_parser_never_raises_but_input_error(text):
    try:
        doc = parse_source(source(text))
    except InputError:
        return
    for c in doc.clauses:
        assert 0 <= c.span.start <= c.span.end <= len(text)
    paths = [c.path for c in doc.clauses]
    assert len(paths) == len(set(paths))
    assert {r.clause for r in doc.responsibilities} <= set(paths)
    assert all(r.role in ("lead", "responsible") for r in doc.responsibilities)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_statement_parsers_never_raise(text):
    for a, b in find_statements(text):
        assert 0 <= a <= b <= len(text)
        for name, role in parse_statement(text[a:b]):
            assert name and role in ("lead", "responsible")
    assert all(parse_names(text))


# Characters that have broken parsers before: circled and full-width digits, small forms, mixed scripts.
AWKWARD = st.sampled_from(
    list("①②③⑨⑩⑳１２３０．、（）【】﹒﹐〔〕第章节条一二三十百两〇")
    + ["\u200b", "\ufeff", "\u3000", "\r\n", "Ⅳ", "٣", "𝟙", "ﾃ", "é", "\x00"]
)
UNICODE = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, AWKWARD), max_size=80).map("".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(UNICODE)
def test_parser_survives_awkward_unicode(text):  # issue 12 probe 4 and its family
    with contextlib.suppress(InputError):
        parse_source(source(text))


# a web archive's headers, its parts whatever follows (a damaged or cut .mht)
_MHTML_HEAD = (
    b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n'
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.sampled_from(
            [b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe", _MHTML_HEAD]
        ).flatmap(lambda head: st.binary(max_size=1500).map(lambda tail: head + tail)),
        UNICODE.map(lambda t: t.encode("utf-8")),
        UNICODE.map(lambda t: t.encode("gb18030", "replace")),
    ),
    st.sampled_from([".txt", ".pdf", ".docx", ".html", ".doc", ".mht"]),
)
def test_every_reader_fails_only_with_the_projects_errors(data, suffix):
    import tempfile
    from pathlib import Path

    from policygraph.errors import PolicyGraphError
    from policygraph.reading.read import read_source

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        with contextlib.suppress(PolicyGraphError):
            parse_source(read_source(path))


@given(
    st.text(
        alphabet=st.sampled_from("牽頭單位責任縣區實施關於為與們個发展改革委市民政局()、:\n。乾著後里面發髮干幹"),
        max_size=80,
    )
)
@settings(max_examples=200, deadline=None)
def test_script_conversion_keeps_one_character_for_one(text):
    """normalize() maps offsets one for one: the traditional-to-simplified step may not change the length."""
    from policygraph.parsing.script import simplified

    out = simplified(text)
    assert len(out) == len(text)
    assert simplified(out) == out or not out  # converting twice changes nothing more


_WORDS = st.lists(
    st.tuples(
        st.floats(0, 500),
        st.floats(1, 200),
        st.integers(0, 40),
        st.sampled_from(["1", "序号", "重点任务", "市民政局", "—2—", "建设"]),  # a word holds no space
    ),
    max_size=60,
)


@given(_WORDS)
@settings(max_examples=200, deadline=None)
def test_unruled_tables_keep_every_word_of_a_table_in_a_cell_of_its_width(raw):
    """Whatever the page: no error, every row as wide as its header, no word of a table lost or doubled."""
    from policygraph.reading.pdf_columns import MARGIN, Word, printed_lines, unruled_tables

    words = [Word(x, x + w, line * 15.0, line * 15.0 + 10, text) for x, w, line, text in raw]
    tables, _carried = unruled_tables(words)
    lines = printed_lines(words)  # page numbers are dropped over and under the text only
    while lines and MARGIN.fullmatch("".join(w.text for w in lines[0])):
        lines = lines[1:]
    while lines and MARGIN.fullmatch("".join(w.text for w in lines[-1])):
        lines = lines[:-1]
    kept = [w for line in lines for w in line]
    for table in tables:
        assert all(len(row) == len(table.rows[0]) for row in table.rows)
        inside = [w.text for w in kept if table.top <= w.top <= table.bottom]
        cells = [part for row in table.rows for cell in row for part in cell.replace("\n", " ").split(" ") if part]
        assert sorted(cells) == sorted(inside)
