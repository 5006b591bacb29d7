"""Who-owns on the development set rewritten in the layouts real copies come in (run by hand).

    python benchmarks/layouts.py [--markdown] [--show NAME] [--seeds]

Each development document (tests/devset, text form) is rewritten the way copies of it are met in
the wild, without changing a word, and scored against its gold as benchmarks/accuracy.py does:
- `pdf-36`, `pdf-27`: printed to PDF with lines wrapped at 36 or 27 characters and page footers;
- `ofd-36`: the same as an OFD (电子公文), lines wrapped at 36 characters, a page number under each page;
- `html-p`, `html-br`, `docx`: a web page with a <p> a line or one <div> broken by <br>, a Word file;
- `docx-numbered`: a Word file whose 一、 （一） 1. （1） are automatic numbering (自动编号), not text;
- `docx-pdf`: the Word file printed to PDF by LibreOffice (justified lines, as most published PDFs are made);
- `table-text`, `table-html`, `table-docx`, `table-xlsx`, `table-pdf`: the document's gold assignments laid out
  as a 任务分工表 (序号, 重点任务, 牵头单位, 责任单位) under its title line, as tab-separated text, a web page, a Word
  table, an Excel workbook (the title in a merged first row) and a Word table printed to PDF by LibreOffice
  (cells wrapped, rows running over page breaks), ruled (`table-pdf`) or without lines (`table-pdf-unruled`, and
  `table-pdf-centred` with every cell centred in its row, 垂直居中); `table-cells`: the same a cell a line, as a web
  page's table copied as text gives it (an empty cell gives no line); `table-paragraphs`: a cell a paragraph, as a
  Word table saved as text gives it (an empty cell an empty paragraph); `table-nonum-text`, `table-nonum-cells`,
  `table-nonum-paragraphs`, `table-nonum-html`, `table-nonum-docx`, `table-nonum-pdf`: the table without its 序号
  column (重点任务, 牵头单位, 责任单位) as text, a cell a line, a cell a paragraph, a web page, a Word table and that
  table printed to PDF; `table-pdf-text`: the printed table's text layer as a PDF viewer copies it (a printed line a
  line, one space a gap). A body column that no row fills is left out (a plan with no lead has no 牵头单位 column);
- `as-verbs`, `as-labels`, `as-label-lines`, `as-bracketed-labels`, `as-marks`, `as-stars`, `as-lines`, `as-dashes`:
  the gold written as a plan, one item a task, its bodies after it in one statement shape of styles.md (A牵头，B配合 /
  （牵头单位：A；责任单位：B） / label lines / 【牵头单位】A【责任单位】B / 责任单位：A（牵头）、B / （A*、B） with
  the star explained after the last item / a line of bodies below the task / ——A牵头，B配合);
- `indents`: every paragraph after the title run onto one line, each keeping its indentation (　　),
  as text taken from a web page or a database field that lost its breaks;
- `run-on`: the same with nothing between the paragraphs;
- `pdf-flat`: a PDF's text layer saved as one line, as the 珠海 seed came: the printed lines (36 characters)
  joined by spaces, `/ N /` at each page's end, numbers spaced from the words (`到 2025 年`);
- `comma`: names in a list of bodies (a bracket, a labelled line) separated by ， instead of 、;
- `full-width`: digits and full stops in full-width forms (１．);
- `traditional`: the whole text in traditional characters (zhconv), as Hong Kong, Taiwan and some mainland sites
  republish documents;
- `bracket-square`: the brackets that hold a label and its bodies written 【】 (【责任单位：A、B】);
- `no-colon`: a body label and its list parted by a space, not a colon (牵头单位 A), as a table copied as text gives
  them;
- `blank-lines`: a blank line after every line, as a page copied from a browser often comes;
- `md-bold`: each body label in Markdown's bold marks (`**责任单位**：`), as converters write a page's bold field names.
`--show NAME`: the rows of one document that a layout loses or adds.
`--seeds`: the two hand-checked seeds (tests/fixtures/responsibilities-dev.csv) in every layout that rewrites a
document's own text (not `table-*` and `as-*`, which are written from the gold).
`titles exact`: the hits whose clause title is the gold's to the character (its heading up to its first 。).
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import accuracy  # noqa: E402
import zhconv  # noqa: E402


def _run_on(joiner: str) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        title, *rest = text.split("\n")
        return title + "\n" + "".join(joiner + line for line in rest)

    return rewrite


def _pdf(width: int) -> Callable[[Path, Path], None]:
    def write(text_path: Path, out: Path) -> None:
        from tests.test_formats import make_pdf

        make_pdf(text_path.read_text(encoding="utf-8").splitlines(), out, per_line=width)

    return write


# Where a document lists bodies (a bracket, the rest of a line after a label) and where one name ends inside it.
_BODY_LISTS = re.compile(r"[（(【\[][^（）()【】\[\]\n]*[）)】\]]|(?<=单位[：:])[^\n]*|(?<=部门[：:])[^\n]*")
_NAME_END = re.compile(r"([局委厅办府会部])、")
# A label of bodies (the common ones), for the layouts that rewrite how a label is written
_LABEL = r"(?:牵头|责任|配合|协办|参与|主责|协同|主办)(?:单位|部门)"
_LABELLED_BRACKET = re.compile(rf"[（(]({_LABEL}[：:][^（）()\n]{{1,200}})[）)]")
_LABEL_COLON = re.compile(rf"({_LABEL})[：:]")

# A number inside a line of Chinese, as a PDF's text layer spaces it (`到 2025 年`, `3 岁`).
_INLINE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff，、])(\d+(?:\.\d+)?%?)(?=[\u4e00-\u9fff])")


def _text_layer(width: int, between: str, footer: str) -> Callable[[str], str]:
    """A PDF's text layer as a program saves it: the printed lines (each paragraph wrapped at the width of `width`
    Chinese characters, numbers spaced from the words), `between` them, and `footer` where a page of 29 lines ends."""

    def rewrite(text: str) -> str:
        from tests.test_formats import printed_lines

        title, *rest = text.split("\n")
        lines = [
            piece
            for line in rest
            for spaced in [_INLINE_NUMBER.sub(r" \1 ", line)]
            for piece in printed_lines(spaced, width)
        ]
        pages = [
            between.join(lines[i : i + 29]) + between + footer.format(n + 1)
            for n, i in enumerate(range(0, len(lines), 29))
        ]
        return title + "\n" + between.join(pages) + ("\n" if between == "\n" else "")

    return rewrite


# the 珠海 seed's form: the printed lines joined by spaces on one line
_pdf_flat = partial(_text_layer, between=" ", footer="/ {} /")
# a printed line a line, as pdftotext or copying from a viewer saves it
_printed_text = partial(_text_layer, between="\n", footer="- {} -")


TEXT_LAYOUTS: dict[str, Callable[[str], str]] = {
    "pdf-flat": _pdf_flat(36),
    "txt-36": _printed_text(36),
    "indents": _run_on("\u3000\u3000"),
    "run-on": _run_on(""),
    "comma": lambda text: _BODY_LISTS.sub(lambda m: _NAME_END.sub(r"\1，", m.group()), text),
    "full-width": lambda text: text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."}),
    "traditional": lambda text: zhconv.convert(text, "zh-hant"),
    "bracket-square": lambda text: _LABELLED_BRACKET.sub(r"【\1】", text),
    "no-colon": lambda text: _LABEL_COLON.sub(r"\1 ", text),
    "blank-lines": lambda text: text.replace("\n", "\n\n"),
    "md-bold": lambda text: _LABEL_COLON.sub(r"**\1**：", text),
    # a PDF's text layer that spaces the marks of a list and a sentence (市民政局、 市财政局，) — twenty-sixth session
    "names-spaced": lambda text: re.sub(r"([，、；：])", r"\1 ", text),
    # …or every character of a letter-spaced or justified line (建 设 社 区 …) — twenty-sixth session
    "letter-spaced": lambda text: "\n".join(
        line if "\t" in line or "|" in line else " ".join(line) for line in text.split("\n")
    ),
}


def _ofd(width: int) -> Callable[[Path, Path], None]:
    """An OFD (电子公文) laid out as a printed page: lines wrapped at the width of `width` Chinese characters, a page
    number in the footer of each page of 30 lines."""

    def write(text_path: Path, out: Path) -> None:
        from tests.test_formats import printed_lines
        from tests.test_ofd import make_ofd

        lines = [
            piece for line in text_path.read_text(encoding="utf-8").splitlines() for piece in printed_lines(line, width)
        ]
        pages = [lines[i : i + 29] + [f"— {n + 1} —"] for n, i in enumerate(range(0, len(lines), 29))]
        make_ofd([line for page in pages for line in page], out, per_page=30)

    return write


def _html(tag: str) -> Callable[[Path, Path], None]:
    """A page: each line a <p> of its own, or all lines in one <div> broken by <br>."""

    def write(text_path: Path, out: Path) -> None:
        lines = [html.escape(line) for line in text_path.read_text(encoding="utf-8").splitlines()]
        body = "".join(f"<p>{line}</p>" for line in lines) if tag == "p" else "<div>" + "<br>".join(lines) + "</div>"
        out.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")

    return write


def _docx(text_path: Path, out: Path) -> None:
    import docx

    document = docx.Document()
    for line in text_path.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(out))


def _docx_printed(text_path: Path, out: Path) -> None:
    """The Word file printed to PDF by LibreOffice: lines justified and wrapped by a real layout engine."""
    from tests.test_office import _convert

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{out.stem}.docx"
        _docx(text_path, source)
        out.write_bytes(_convert(source, "pdf", Path(tmp)).read_bytes())


def _numbered_docx(text_path: Path, out: Path) -> None:
    from tests.test_formats import make_numbered_docx

    make_numbered_docx(text_path.read_text(encoding="utf-8").splitlines(), out)


def _task_rows(text_path: Path) -> list[list[str]]:
    """The document's gold assignments laid out as a 任务分工表: 序号, 重点任务, 牵头单位, 责任单位."""
    gold = accuracy.DEVSET / text_path.name.replace(".txt", ".gold.csv")
    tasks: dict[str, tuple[list[str], list[str]]] = {}
    with open(gold, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            leads, others = tasks.setdefault(row["clause_title"], ([], []))
            (leads if row["role"] == "lead" else others).append(row["department"])
    header = ["序号", "重点任务", "牵头单位", "责任单位"]
    rows = [
        [str(i), f"{title}。", "、".join(leads), "、".join(others)]
        for i, (title, (leads, others)) in enumerate(tasks.items(), 1)
    ]
    return [header, *rows]


def _filled_columns(rows: list[list[str]]) -> list[list[str]]:
    """The table without a body column that no row fills: a plan whose work has no lead prints no 牵头单位 column
    (a column empty from top to bottom is no table anyone publishes, and a text layer could not show which it was)."""
    keep = [k for k in range(len(rows[0])) if k < 2 or any(row[k] for row in rows[1:])]
    return [[row[k] for k in keep] for row in rows]


def _table(kind: str, numbered: bool = True) -> Callable[[Path, Path], None]:
    """The task table as a web page, a Word table, tab-separated text or a cell a line, under the document's title
    line; without its 序号 column where not `numbered`."""

    def write(text_path: Path, out: Path) -> None:
        title = text_path.read_text(encoding="utf-8").split("\n", 1)[0].split("。", 1)[0]  # a run-on text's title
        rows = _filled_columns(_task_rows(text_path))
        if not numbered:
            rows = [row[1:] for row in rows]
        if kind == "html":
            cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
            out.write_text(
                f'<html><head><meta charset="utf-8"></head><body><p>{html.escape(title)}</p>'
                f"<table>{cells}</table></body></html>",
                encoding="utf-8",
            )
        elif kind == "docx":
            from tests.test_formats import make_docx

            make_docx([title], out, table=rows)
        elif kind == "pdf-text":  # the printed table's text layer as a PDF viewer copies it: a line, one space a gap
            import pdfplumber

            printed = out.with_suffix(".pdf")
            _printed([title], rows, printed, ruled=True, centred=False)
            with pdfplumber.open(printed) as pdf:
                out.write_text("\n".join(page.extract_text() or "" for page in pdf.pages) + "\n", encoding="utf-8")
            printed.unlink()
        elif kind.startswith("pdf"):
            _printed([title], rows, out, ruled=kind == "pdf", centred=kind == "pdf-centred")
        elif kind == "xlsx":
            from tests.test_spreadsheet import make_xlsx

            make_xlsx(title, rows, out)
        elif kind == "cells":  # a cell a line, as a web page's table copied as text gives it (an empty cell: no line)
            out.write_text(title + "\n" + "".join(c + "\n" for row in rows for c in row if c), encoding="utf-8")
        elif kind == "paragraphs":  # a cell a paragraph, as a Word table saved as text gives it (an empty cell too)
            out.write_text(title + "\n\n" + "".join(c + "\n\n" for row in rows for c in row), encoding="utf-8")
        else:
            out.write_text(title + "\n" + "\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")

    return write


def _printed(lines: list[str], rows: list[list[str]], out: Path, ruled: bool, centred: bool) -> None:
    """A Word table printed to PDF by LibreOffice, as a plan's annex is published: cells wrap, and a row
    runs over a page break where the page ends; ruled, or without lines (python-docx's default style), its
    cells at the top of their rows or centred in them (垂直居中)."""
    from tests.test_formats import make_docx
    from tests.test_office import _convert

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{out.stem}.docx"
        make_docx(lines, source, table=rows, ruled=ruled, centred=centred)
        out.write_bytes(_convert(source, "pdf", Path(tmp)).read_bytes())


def _names(listed: str) -> list[str]:
    """The names of a list written with 、, a bracket's own 、 kept inside its name (各县(市、区)人民政府)."""
    names, depth, start = [], 0, 0
    for i, ch in enumerate(listed):
        depth += ch in "(（"
        depth -= ch in ")）"
        if ch == "、" and depth == 0:
            names.append(listed[start:i])
            start = i + 1
    return [n for n in [*names, listed[start:]] if n]


# How one task's bodies are written after it, shape by shape (leads L, others O): styles.md's families.
STATEMENTS: dict[str, Callable[[str, str], str]] = {
    "verbs": lambda lead, other: (
        "（"
        + "，".join(
            ([f"{lead}牵头"] if lead else []) + ([f"{other}{'配合' if lead else '按职责分工负责'}"] if other else [])
        )
        + "）"
    ),
    "labels": lambda lead, other: (
        "（" + "；".join(([f"牵头单位：{lead}"] if lead else []) + ([f"责任单位：{other}"] if other else [])) + "）"
    ),
    "label-lines": lambda lead, other: "".join(
        ([f"\n牵头单位：{lead}"] if lead else []) + ([f"\n责任单位：{other}"] if other else [])
    ),
    "bracketed-labels": lambda lead, other: "".join(
        ([f"【牵头单位】{lead}"] if lead else []) + ([f"【责任单位】{other}"] if other else [])
    ),
    "marks": lambda lead, other: (
        "（责任单位：" + "、".join([f"{name}（牵头）" for name in _names(lead)] + _names(other)) + "）"
    ),
    # the lead starred, the star explained once in a note after the last item (注：带*的为牵头单位)
    "stars": lambda lead, other: "（" + "、".join([f"{name}*" for name in _names(lead)] + _names(other)) + "）",
    # the bodies on a line of their own below the task, the lead marked (a table's owner column copied below)
    "lines": lambda lead, other: "\n" + "、".join([f"{name}（牵头）" for name in _names(lead)] + _names(other)),
    # after a dash at the line's end, in verbs (推进项目。——A牵头，B配合)
    "dashes": lambda lead, other: (
        "——"
        + "，".join(
            ([f"{lead}牵头"] if lead else []) + ([f"{other}{'配合' if lead else '按职责分工负责'}"] if other else [])
        )
    ),
}
# What a shape writes once after the last item
NOTES = {"stars": "注：带*的为牵头单位。"}


def _statements(shape: str) -> Callable[[Path, Path], None]:
    """The document's gold assignments written as a plan: one numbered item a task, its bodies in one shape."""

    def write(text_path: Path, out: Path) -> None:
        title = text_path.read_text(encoding="utf-8").split("\n", 1)[0].split("。", 1)[0]
        items = [f"{n}.{task}{STATEMENTS[shape](lead, other)}" for n, task, lead, other in _task_rows(text_path)[1:]]
        note = NOTES.get(shape, "")
        out.write_text(
            title + "\n一、主要任务\n" + "\n".join(items) + "\n" + (note + "\n" if note else ""), encoding="utf-8"
        )

    return write


FILE_LAYOUTS: dict[str, Callable[[Path, Path], None]] = {
    "pdf-36": _pdf(36),
    "pdf-27": _pdf(27),
    "ofd-36": _ofd(36),
    "html-p": _html("p"),
    "html-br": _html("br"),
    "docx": _docx,
    "docx-numbered": _numbered_docx,
    "docx-pdf": _docx_printed,
    "table-text": _table("text"),
    "table-html": _table("html"),
    "table-docx": _table("docx"),
    "table-xlsx": _table("xlsx"),
    "table-pdf": _table("pdf"),
    "table-pdf-text": _table("pdf-text"),
    "table-pdf-unruled": _table("pdf-unruled"),
    "table-pdf-centred": _table("pdf-centred"),
    "table-cells": _table("cells"),
    "table-paragraphs": _table("paragraphs"),
    "table-nonum-paragraphs": _table("paragraphs", numbered=False),
    "table-nonum-text": _table("text", numbered=False),
    "table-nonum-cells": _table("cells", numbered=False),
    "table-nonum-html": _table("html", numbered=False),
    "table-nonum-docx": _table("docx", numbered=False),
    "table-nonum-pdf": _table("pdf", numbered=False),
    **{f"as-{shape}": _statements(shape) for shape in STATEMENTS},
}
SUFFIX = {
    "ofd-36": ".ofd",
    **{f"as-{shape}": ".txt" for shape in STATEMENTS},
    "html-p": ".html",
    "html-br": ".html",
    "docx": ".docx",
    "docx-numbered": ".docx",
    "table-text": ".txt",
    "table-html": ".html",
    "table-docx": ".docx",
    "table-xlsx": ".xlsx",
    "table-cells": ".txt",
    "table-pdf-text": ".txt",
    "table-paragraphs": ".txt",
    "table-nonum-paragraphs": ".txt",
    "table-nonum-text": ".txt",
    "table-nonum-cells": ".txt",
    "table-nonum-html": ".html",
    "table-nonum-docx": ".docx",
}


# Layouts written from a document's gold (its assignments laid out anew) rather than from its text
FROM_GOLD = tuple(k for k in FILE_LAYOUTS if k.startswith(("table-", "as-")))


def _rewritten(name: str, layout: str, folder: Path, source: Path | None = None) -> Path:
    source = source or accuracy.DEVSET / f"{name}.txt"
    if layout in FILE_LAYOUTS:
        out = folder / f"{name}{SUFFIX.get(layout, '.pdf')}"
        FILE_LAYOUTS[layout](source, out)
        return out
    out = folder / f"{name}.txt"
    out.write_text(TEXT_LAYOUTS[layout](source.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def _score(name: str, layout: str, source: Path, gold: set) -> accuracy.Score:
    """One document rewritten in a layout, read back and scored against its gold."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            got, _prose = accuracy.parsed_rows(_rewritten(name, layout, Path(tmp), source))
        except Exception:  # a layout the parser refuses whole scores nothing
            got = set()
    return accuracy.score(name, got, gold)


def seed_scores(layout: str) -> list[accuracy.Score]:
    """The two hand-checked seeds in a layout that rewrites a document's own text."""
    return [_score(Path(f).stem, layout, accuracy.SEEDS / f, gold) for f, gold in accuracy.seed_gold().items()]


def scores(layout: str) -> list[accuracy.Score]:
    out = []
    for gold in sorted(accuracy.DEVSET.glob("*.gold.csv")):
        name = gold.name.removesuffix(".gold.csv")
        text = accuracy.DEVSET / f"{name}.txt"
        if text.exists():
            out.append(_score(name, layout, text, accuracy.gold_rows(gold)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="a table for benchmarks/RESULTS.md")
    parser.add_argument("--show", help="one document's lost and added rows in every layout")
    parser.add_argument("--seeds", action="store_true", help="the two hand-checked seeds instead of the devset")
    parser.add_argument("--only", help="these layouts alone, comma-separated (to measure a change's rows again)")
    args = parser.parse_args()
    layouts = [*FILE_LAYOUTS, *TEXT_LAYOUTS]
    if args.only:
        layouts = [layout for layout in layouts if layout in args.only.split(",")]
    if args.seeds:
        layouts = [layout for layout in layouts if layout not in FROM_GOLD]
    if args.show:
        gold = accuracy.gold_rows(accuracy.DEVSET / f"{args.show}.gold.csv")
        for layout in layouts:
            with tempfile.TemporaryDirectory() as tmp:
                got, _prose = accuracy.parsed_rows(_rewritten(args.show, layout, Path(tmp)))
            print(f"{layout}: {len(gold - got)} lost, {len(got - gold)} added")
            for row in sorted(gold - got):
                print("  lost ", *row)
            for row in sorted(got - gold):
                print("  added", *row)
        return
    print("| layout | gold | found | hits | P | R | F1 | titles exact | documents below 0.97 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for layout in layouts:
        rows = seed_scores(layout) if args.seeds else scores(layout)
        hits, found, gold, exact = (sum(getattr(s, k) for s in rows) for k in ("hits", "found", "expected", "exact"))
        p, r = hits / found if found else 0.0, hits / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        low = ", ".join(f"{s.name} {s.f1:.2f}" for s in rows if s.f1 < 0.97) or "—"
        print(f"| {layout} | {gold} | {found} | {hits} | {p:.2f} | {r:.2f} | {f1:.2f} | {exact} | {low} |", flush=True)


if __name__ == "__main__":
    main()
