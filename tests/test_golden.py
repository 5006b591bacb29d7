"""Golden tests per seed: clause tree, metadata and responsibilities."""

import pytest

GOLDEN = {
    # name: (clauses, top-level numbers, responsibilities, leads, bodies)
    "putian": (62, ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"], 206, 9, 37),
    "xiamen": (34, ["一、", "二、", "三、", "四、", "五、"], 67, 13, 24),
    "wengan": (32, ["一、", "二、", "三、", "四、"], 84, 20, 30),
    "fujian": (120, ["第一章", "第二章", "第三章", "第四章"], 0, 0, 0),
    "zhuhai": (46, ["一、", "二、", "三、", "四、"], 114, 0, 31),
}

META = {
    "putian": dict(
        number="莆政办规〔2023〕4号",
        issuers=("莆田市人民政府办公室",),
        date="2023-06-05",
        level="prefecture",
        jurisdiction="莆田市",
        valid_until="2025-12-31",
        title="莆田市人民政府办公室关于贯彻落实省城乡社区服务体系建设规划的实施意见",
    ),
    "xiamen": dict(
        number="厦民〔2017〕235号",
        issuers=("厦门市民政局",),
        date="2017-09-14",
        level="prefecture",
        jurisdiction="厦门市",
        title="厦门市城乡社区服务体系建设规划(2016-2020年)",
    ),
    "wengan": dict(
        number="瓮府办发〔2023〕8号",
        issuers=("瓮安县人民政府办公室",),
        date="2023-09-08",
        level="county",
        jurisdiction="瓮安县",
        title="瓮安县贯彻落实黔南州“十四五”城乡社区服务体系建设规划的实施方案",
    ),
    "fujian": dict(
        number="", date="", level="province", jurisdiction="福建省", title="福建省“十四五”城乡社区服务体系建设规划"
    ),
    "zhuhai": dict(
        number="珠民〔2023〕5号",
        issuers=("珠海市民政局", "珠海市发展和改革局"),
        date="2023-01-10",
        level="prefecture",
        jurisdiction="珠海市",
        title="珠海市城乡社区服务体系建设“十四五”规划实施方案",
    ),
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_clause_tree(parsed, name):
    doc = parsed[name]
    clauses, top, owners, leads, bodies = GOLDEN[name]
    assert len(doc.clauses) == clauses
    assert [c.number for c in doc.clauses if c.parent is None and c.number] == top
    listed = [r for r in doc.responsibilities if r.source == "listed"]
    assert len(listed) == owners
    assert sum(r.role == "lead" for r in listed) == leads
    assert len({r.body for r in listed}) == bodies
    paths = [c.path for c in doc.clauses]
    assert len(paths) == len(set(paths))
    for c in doc.clauses:
        assert 0 <= c.span.start < c.span.end <= len(doc.source.text)


@pytest.mark.parametrize("name", sorted(META))
def test_metadata(parsed, name):
    meta = parsed[name].meta
    for field, value in META[name].items():
        assert getattr(meta, field) == value, field


def test_fujian_boxes_and_tables(parsed):
    doc = parsed["fujian"]
    boxes = [c for c in doc.clauses if c.kind == "box"]
    assert [b.number.replace(" ", "") for b in boxes] == [f"专栏{i}" for i in range(1, 6)]
    box1_items = [c for c in doc.clauses if c.parent == boxes[0].path]
    assert len(box1_items) == 16 and box1_items[-1].heading == "社区共建共治共享行动"
    tables = {c.number.replace(" ", ""): c for c in doc.clauses if c.kind == "table"}
    assert len(tables["表1"].rows) == 9 and len(tables["表2"].rows) == 8
    assert tables["表2"].rows[1] == ("1", "农村社区综合服务设施覆盖率", "75%", "100%", "预期性")
    assert doc.clauses[0].kind == "preamble" and doc.clauses[0].text.startswith("“十四五”时期")


def test_xiamen_list_resumes_after_box(parsed):
    doc = parsed["xiamen"]
    by_heading = {c.heading: c for c in doc.clauses}
    assert by_heading["完善社区服务设施功能"].parent == by_heading["加强城乡社区服务设施建设"].path
    assert by_heading["城乡社区服务设施建设"].kind == "box"


def test_zhuhai_single_line_with_page_markers(parsed):
    doc = parsed["zhuhai"]
    items = [c for c in doc.clauses if c.number.endswith(".")]
    assert [int(c.number[:-1]) for c in items] == list(range(1, 26))
    owners = {r.body for r in doc.responsibilities if r.clause == items[7].path}
    assert owners == {"市委政法委", "市公安局", "市民政局", "市应急管理局", "各区(功能区)"}
    assert all("/" not in c.text for c in doc.clauses)


def test_preambles_and_closing(parsed):
    assert parsed["putian"].clauses[0].text.startswith("为不断强化社区为民")
    assert parsed["putian"].clauses[-1].kind == "closing"
    assert parsed["wengan"].clauses[0].kind == "preamble"
    assert parsed["wengan"].clauses[0].text.startswith("根据《黔南州")
    assert parsed["zhuhai"].clauses[0].text.startswith("根据省工作要求")


def test_wengan_spellings_become_one_body(parsed):
    bodies = {b.name: b for b in parsed["wengan"].bodies}
    assert "县住房城乡建设局" in bodies["县住房和城乡建设局"].alt_names
    assert "县住房城乡建设局" not in bodies
    assert "县政府服务中心" in bodies["县政务服务中心"].alt_names


def test_citations(parsed):
    cites = parsed["wengan"].meta.cites
    assert cites[0].title == "黔南州“十四五”城乡社区服务体系建设规划"
    assert cites[0].number == "黔南府办发〔2022〕24号"
