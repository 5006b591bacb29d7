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


def _indented(paragraphs: list[str], width: int = 20) -> str:
    """Printed with a first-line indent of two characters, then read by a reader that drops the indent."""
    return "\n".join(
        line.lstrip("\u3000") for p in paragraphs for line in _printed(["\u3000\u3000" + p], width).split("\n")
    )


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
