"""Hypothesis: any list of bodies, written in any statement shape of styles.md, reads back as written.

The shapes are the families of layouts the grammar claims to know; the bodies are local and
national names of the kinds real documents use. A shape that works for one list and not for
another (a national body, a collective, a name with 和 inside) fails here with the smallest case.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policygraph.parsing.parse import parse_source

from .helpers import source

LOCAL = ["市民政局", "市财政局", "市教育局", "市委组织部", "市科协", "团市委", "市卫生健康委", "市住房和城乡建设局",
         "各区人民政府", "各乡镇(街道)", "市发展改革委", "市市场监管局", "市妇联"]
NATIONAL = ["民政部", "财政部", "海关总署", "国家发展改革委", "人民银行", "市场监管总局", "共青团中央",
            "工业和信息化部", "文化和旅游部", "各省级人民政府", "中央和国家机关工委"]
L, R = "lead", "responsible"


def _expected(leads, others):
    return sorted([(b, L) for b in leads] + [(b, R) for b in others])


def _join(names, conjunction):
    if conjunction and len(names) >= 2:
        return "、".join(names[:-1]) + "和" + names[-1]
    return "、".join(names)


# (render(leads, others, conjunction) -> clause text, whether the shape names a lead, whether it needs the
# first-listed declaration in an earlier clause)
SHAPES = {
    "label": (lambda a, b, c: f"做好工作。（牵头单位：{_join(a, c)}；责任单位：{_join(b, c)}）", True, False),
    "label-comma": (lambda a, b, c: f"做好工作。(牵头部门:{_join(a, c)},配合部门:{_join(b, c)})", True, False),
    "label-line": (lambda a, b, c: f"做好工作。\n牵头单位：{_join(a, c)}\n责任单位：{_join(b, c)}按职责分工负责", True, False),
    "verbs": (lambda a, b, c: f"做好工作。（{_join(a, c)}牵头，{_join(b, c)}配合）", True, False),
    # the two statements joined by 、 instead of ，
    "verbs-dun": (lambda a, b, c: f"做好工作。（{_join(a, c)}牵头、{_join(b, c)}配合）", True, False),
    "you": (lambda a, b, c: f"做好工作。（由{_join(a, c)}牵头，{_join(b, c)}参与）", True, False),
    "huitong": (lambda a, b, c: f"做好工作。（{_join(a, c)}会同{_join(b, c)}负责）", True, False),
    "marks": (lambda a, b, c: "责任单位：" + "、".join([f"{x}（牵头）" for x in a] + b), True, False),
    "first-listed": (lambda a, b, c: f"做好工作。（{'、'.join(a[:1] + b)}等负责）", True, True),
    "shared": (lambda a, b, c: f"做好工作。（{_join(a + b, c)}按职责分工负责）", False, False),
    "deng-he": (lambda a, b, c: f"做好工作。（{'、'.join(a + b)}等和各有关单位负责）", False, False),
    # a label that gives no role before a statement that does (grammar/statement_labels.csv)
    "statement-label": (lambda a, b, c: f"做好工作。\n部门分工：{_join(a, c)}牵头，{_join(b, c)}配合。", True, False),
    # the work, then after a comma who does it, opening with 由 (statements._GIVEN_TO)
    "given-to": (lambda a, b, c: f"新建站点10个，由{_join(a, c)}牵头，{_join(b, c)}配合。", True, False),
    # the points of an item counted in its text: prose, so any source is fine, but the names must read whole
    "yi-shi": (lambda a, b, c: f"做好工作。一是由{_join(a, c)}牵头，{_join(b, c)}配合，完善制度。", True, False),
    # a star explained in a note after the list (declarations.csv, asterisk)
    "star-note": (
        lambda a, b, c: "做好工作。（" + "、".join([f"{x}★" for x in a] + b) + "）\n注：标注“★”的为牵头单位。",
        True,
        False,
    ),
    # owners set after a dash at the line's end; a line of names whose mark says who leads
    "dash": (lambda a, b, c: f"做好工作。——{_join(a, c)}牵头，{_join(b, c)}配合", True, False),
    "mark-line": (lambda a, b, c: "做好工作。\n" + "、".join([f"{x}（牵头）" for x in a] + b), True, False),
    # a table's cells run onto one line: the labels glued to the names, their colons lost
    "glued-labels": (lambda a, b, c: f"做好工作。牵头单位{'、'.join(a)}配合单位{'、'.join(b)}", True, False),
    # the first-listed declaration inside the first list's own bracket (湖州 / 桐乡 责任分解)
    "first-inside": (
        lambda a, b, c: f"做好工作。\n责任单位：{'、'.join(a[:1] + b)}（列第一位者为工作牵头单位或汇总单位，下同）",
        True,
        False,
    ),
}
FIRST = "(二)乙项工作。正文。(民政部、财政部负责。列第一位者为牵头单位,下同)\n"
PROSE_SHAPES = {"yi-shi"}  # read from a sentence: the rows are the same, marked as prose


@st.composite
def statements(draw):
    pool = draw(st.sampled_from([LOCAL, NATIONAL]))
    names = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=6, unique=True))
    cut = draw(st.integers(1, len(names) - 1))
    shape = draw(st.sampled_from(sorted(SHAPES)))
    conjunction = draw(st.booleans())
    return shape, names[:cut], names[cut:], conjunction


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_every_shape_reads_back_what_it_names(case):
    shape, leads, others, conjunction = case
    render, names_lead, needs_first = SHAPES[shape]
    if shape in ("first-listed", "first-inside"):
        leads = leads[:1]
    text = ("某市关于做好某项工作的实施方案\n一、主要任务\n(一)前项工作。正文。\n" + (FIRST if needs_first else
            "(二)乙项工作。正文。\n") + "(三)甲项工作。" + render(leads, others, conjunction) + "\n")
    doc = parse_source(source(text))
    target = next(c.path for c in doc.clauses if c.number == "(三)")
    source_kind = "prose" if shape in PROSE_SHAPES else "listed"
    got = sorted((r.body, r.role) for r in doc.responsibilities if r.clause == target and r.source == source_kind)
    if shape == "deng-he":
        others = others + ["各有关单位"]
    expected = _expected(leads, others) if names_lead else _expected([], leads + others)
    assert got == expected, text
