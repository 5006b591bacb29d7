"""Messages are Chinese first (views/messages.csv), the English original after them in 〔〕."""

from __future__ import annotations

import re

import pytest

from policygraph.errors import InputError, ManifestError, QueryError, StoreError
from policygraph.views.messages import _catalogue, chinese, for_user

# (the error as the library raises it, the line a user reads) — one row per family of message
CASES = [
    (
        InputError("the PDF has no text layer (a scan?)", where="scan.pdf", hint="run OCR on it first"),
        "scan.pdf：PDF 没有文字层（是扫描件？）；请先做文字识别（OCR）〔scan.pdf: the PDF has no text layer (a scan?) "
        "(run OCR on it first)〕",
    ),
    (
        InputError("file is 61 MB, more than the 50 MB limit", where="big.txt"),
        "big.txt：文件有 61 MB，超过 50 MB 的上限〔big.txt: file is 61 MB, more than the 50 MB limit〕",
    ),
    (
        InputError(
            "mixed encodings: mostly UTF-8, but 57 place(s) are not", where="m.txt", hint="save it as UTF-8 text"
        ),
        "m.txt：编码混杂：大部分是 UTF-8，但有 57 处不是；请另存为 UTF-8 文字〔m.txt: mixed encodings: mostly UTF-8, "
        "but 57 place(s) are not (save it as UTF-8 text)〕",
    ),
    (
        ManifestError(
            "id 'same' is already used by a/same.txt", where="b/same.txt", hint="give it another id in manifest.toml"
        ),
        "b/same.txt：id“same”已被 a/same.txt 使用；请在 manifest.toml 里给它另一个 id"
        "〔b/same.txt: id 'same' is already used by a/same.txt (give it another id in manifest.toml)〕",
    ),
    (
        QueryError("unknown query 'who-own'", hint="did you mean 'who-owns'?"),
        "没有名为“who-own”的查询；是不是“who-owns”？〔unknown query 'who-own' (did you mean 'who-owns'?)〕",
    ),
    (
        StoreError("no graph here", where="out", hint="run 'policygraph build' first"),
        "out：这里没有图；请先运行 policygraph build〔out: no graph here (run 'policygraph build' first)〕",
    ),
    # a hint the catalogue does not know is kept in English after the Chinese reason
    (
        InputError("no clauses found", where="p.txt", hint="something new"),
        "p.txt：没有找到条款；something new〔p.txt: no clauses found (something new)〕",
    ),
]


@pytest.mark.parametrize(("err", "line"), CASES, ids=lambda x: x.reason if hasattr(x, "reason") else "")
def test_an_error_reads_chinese_first(err, line):
    assert for_user(err) == line


def test_a_reason_the_catalogue_does_not_know_is_printed_as_it_is():
    err = QueryError("a new failure", where="q.rq")
    assert for_user(err) == "q.rq: a new failure"


@pytest.mark.parametrize(("pattern", "template"), _catalogue(), ids=lambda x: getattr(x, "pattern", x)[:40])
def test_each_catalogue_row_fills_its_chinese_from_its_own_parts(pattern, template):
    assert set(re.findall(r"\{(\w+)\}", template)) <= set(pattern.groupindex)
    assert re.search(r"[\u4e00-\u9fff]", template)


def test_a_message_is_matched_whole_not_by_a_prefix():
    assert chinese("no such file") == "文件不存在"
    assert chinese("no such file or folder") == "文件或文件夹不存在"
    assert chinese("no such file, really") is None


def test_every_saved_query_says_in_chinese_what_it_answers_and_what_each_parameter_narrows():
    from policygraph.graph.query import saved_queries

    for name, query in saved_queries().items():
        assert re.search(r"[\u4e00-\u9fff]", query.description), name
        for param, text in query.params.items():
            assert re.search(r"[\u4e00-\u9fff]", text), (name, param)
