"""The files a person opens: matrix workbook and graph pages, checked in real headless Chromium."""

import json
import os
import re
import shutil

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from policygraph.cli import main
from policygraph.graph.query import load_graph, load_query, run

from .conftest import DATA, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = """某市人民政府办公室文件
某政办〔2024〕1号
关于<script>window.__pwned=1</script>的实施方案
一、总体要求<img src=x onerror="window.__pwned=2">
(一)加强<script>window.__pwned=3</script>领导。正文。
(责任单位:市<b onmouseover=alert(1)>民政局、市财政局)
(二)做好工作。正文。(牵头单位:市民政局)
"""


@pytest.fixture(scope="module")
def out(built_copy):
    return built_copy


def test_build_writes_pages_and_workbook(out):
    assert (out / "graph.html").stat().st_size > 100_000
    assert (out / "matrix.xlsx").exists()
    pages = list((out / "bodies").glob("*.html"))
    assert len(pages) > 100
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "http://" not in html.split("<script>")[0]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "a resource is fetched from the network"
    assert "<link" not in html  # nothing fetched: CSS and JS are inline


def test_xlsx_matches_who_owns_cell_by_cell(out):
    wb = load_workbook(out / "matrix.xlsx")
    assert wb.sheetnames == ["责任矩阵", "明细", "说明"]
    ws = wb["责任矩阵"]
    # row 2: the clause's path (二、 (一) 2.), its comment ending in the document id; row 3: the heading
    heads = {
        c: (ws.cell(2, c).comment.text.rsplit("(", 1)[1].rstrip(")"), ws.cell(2, c).value, ws.cell(3, c).value)
        for c in range(4, ws.max_column)
    }
    cells = set()
    for r in range(4, ws.max_row):
        body = ws.cell(r, 1).value
        for c, (document, path, title) in heads.items():
            value = ws.cell(r, c).value
            if value:
                cells.add((document, path, title, body, {"牵头": "lead", "责任": "responsible"}[value]))
    table = run(load_graph(out), load_query("who-owns"))
    expected = {(d, p, t, b, r) for d, _n, t, b, r, _source, p in table.rows}
    assert cells == expected
    assert ws.freeze_panes == "D4" and ws.auto_filter.ref
    assert ws.cell(2, 1).value == "部门" and ws.cell(4, 2).value in ("党委机构", "政府部门", "下级政府", "其他")
    assert ws.cell(1, 4).value and not ws.cell(1, 4).value.startswith("000_")  # a short title, not an id
    long = list(wb["明细"].iter_rows(values_only=True))
    assert long[0] == ("文件", "文件编号", "条款路径", "条款", "标题", "部门", "角色", "来源")
    assert len(long) - 1 == len(table.rows) and {row[6] for row in long[1:]} == {"牵头", "责任"}


def test_matrix_command_formats(out, tmp_path):
    runner = CliRunner()
    wengan = SEEDS["wengan"]
    csv_out = runner.invoke(main, ["matrix", "--graph", str(out), "--doc", wengan]).output.splitlines()
    assert csv_out[0].startswith("部门,类别,辖区,三、 (一) 1. 加强党对村(社区)的全面领导")  # paths, issue 15
    assert csv_out[-1].startswith("合计,")
    assert any(line.startswith("县委组织部,党委机构,瓮安县,") and ",牵头," in line for line in csv_out)
    long = runner.invoke(main, ["matrix", "--graph", str(out), "--doc", wengan, "--long"]).output
    who = runner.invoke(
        main, ["query", "who-owns", "--graph", str(out), "--format", "csv", "--param", f"document={wengan}"]
    ).output
    assert sorted(long.splitlines()) == sorted(who.splitlines())
    md = runner.invoke(main, ["matrix", "--graph", str(out), "--dept", "县民政局", "--format", "md"]).output
    assert md.startswith("| 部门 | 类别 |")
    page = tmp_path / "m.html"
    assert (
        runner.invoke(
            main, ["matrix", "--graph", str(out), "--jurisdiction", "瓮安县", "--format", "html", "-o", str(page)]
        ).exit_code
        == 0
    )
    assert "class='L'" in page.read_text(encoding="utf-8")
    bad = runner.invoke(main, ["matrix", "--graph", str(out), "--doc", "nope"])
    assert bad.exit_code == 1 and "nothing to show" in bad.output
    need = runner.invoke(main, ["matrix", "--graph", str(out), "--format", "xlsx"])
    assert need.exit_code != 0 and "--output" in need.output


def test_render_slices(out):
    runner = CliRunner()
    result = runner.invoke(main, ["render", "--graph", str(out), "--doc", SEEDS["putian"], "-o", "putian.html"])
    assert result.exit_code == 0
    putian = (out / "putian.html").read_text(encoding="utf-8")
    assert "健全党建引领机制" in putian  # a Putian heading is drawn
    assert "加强党对村(社区)的全面领导" not in putian  # a Weng'an heading is not
    around = runner.invoke(main, ["render", "--graph", str(out), "--around", "县民政局", "-o", "a.html"])
    assert around.exit_code == 0 and "已写入" in around.output
    page = (out / "a.html").read_text(encoding="utf-8")
    assert "县民政局" in page and "健全党建引领机制" not in page


def _hostile_build(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    shutil.copy(DATA / f"{SEEDS['wengan']}.txt", src / "wengan.txt")
    folder = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(src), "--out", str(folder)]).exit_code == 0
    return folder


def test_hostile_strings_are_escaped_in_every_page(tmp_path):
    folder = _hostile_build(tmp_path)
    for page in [folder / "graph.html", *folder.glob("bodies/*.html")]:
        text = page.read_text(encoding="utf-8")
        assert "<script>window.__pwned" not in text and "<img src=x" not in text and "<b onmouseover" not in text
    runner = CliRunner()
    html = runner.invoke(main, ["matrix", "--graph", str(folder), "--format", "html"]).output
    assert "<script>window" not in html and "&lt;script&gt;" in html


def _chromium():
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    return sync_playwright, CHROMIUM


def _open(page_path, check_pixels=True):
    sync_playwright, chromium = _chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        requests, errors, dialogs = [], [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_path.as_uri())
        page.wait_for_function("window.policygraph && window.policygraph.nodes.length > 0", timeout=60_000)
        page.wait_for_timeout(1500)
        drawn = page.evaluate("""() => {
            const c = document.querySelector('#graph canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }""")
        pwned = page.evaluate("() => window.__pwned || null")
        nodes = page.evaluate("() => window.policygraph.nodes.length")
        browser.close()
    return {"requests": requests, "errors": errors, "dialogs": dialogs, "drawn": drawn, "pwned": pwned, "nodes": nodes}


def test_graph_page_draws_offline_in_chromium(out):
    seen = _open(out / "graph.html")
    assert seen["nodes"] > 300
    assert seen["drawn"] > 5000, "the network canvas drew nothing"
    assert all(u.startswith(("file:", "data:", "about:")) for u in seen["requests"]), seen["requests"]
    assert not seen["errors"], seen["errors"]


def test_hostile_document_cannot_run_code(tmp_path):
    folder = _hostile_build(tmp_path)
    seen = _open(folder / "graph.html")
    assert seen["pwned"] is None and not seen["dialogs"] and not seen["errors"]
    data = json.loads(json.dumps(seen["requests"]))
    assert all(u.startswith(("file:", "data:", "about:")) for u in data)


def test_every_graph_gets_a_precomputed_layout_in_level_bands():
    import networkx as nx

    from policygraph.views.graphview import to_network

    g = nx.MultiDiGraph()
    for level in ("county", "national"):
        g.add_node(level, kind="document", label=level, number="", text="", document=level, level=level)
    for i in range(1001):
        g.add_node(f"n{i}", kind="clause", label=f"条{i}", number="1.", text="", document="d", level="")
        if i:
            g.add_edge(f"n{i}", f"n{i // 2}", relation="part of")
    net = to_network(g)
    assert all("x" in n and n["physics"] is False for n in net.nodes)
    y = {n["id"]: n["y"] for n in net.nodes}
    assert y["national"] < y["county"]  # the cascade reads top down
    assert [band[0] for band in net.policygraph_bands] == ["national", "county", ""]
    assert '"enabled": false' in net.options if isinstance(net.options, str) else not net.options["physics"]["enabled"]


def test_body_pages_show_each_clauses_deadline_in_chinese(out):  # issue 14: what is due, on the pages
    pages = [p.read_text(encoding="utf-8") for p in (out / "bodies").glob("*.html")]
    with_due = [p for p in pages if "到2025年（2025-12-31）" in p]
    assert with_due, "no body page shows a deadline"
    page = with_due[0]
    assert "<th>条款</th><th>标题</th><th>角色</th><th>时限</th>" in page and "返回关系图" in page
    assert ">责任<" in page or ">牵头<" in page
    assert "；".join(["到2025年（2025-12-31）"] * 2) not in page  # a deadline written twice is shown once


def test_render_never_replaces_the_build_page_unless_asked(out):  # issue 15: render is safe
    runner = CliRunner()
    before = (out / "graph.html").read_bytes()
    slice_page = runner.invoke(main, ["render", "--graph", str(out), "--doc", SEEDS["wengan"]])
    assert slice_page.exit_code == 0 and f"render-doc-{SEEDS['wengan']}.html" in slice_page.output
    assert (out / "graph.html").read_bytes() == before
    named = runner.invoke(main, ["render", "--graph", str(out), "--dept", "县民政局", "-o", "wengan-bureau"])
    assert named.exit_code == 0 and (out / "wengan-bureau.html").exists()  # .html added


@pytest.mark.parametrize(
    "args, message",
    [
        (["--dept", "市民正局"], "no body '市民正局' in the graph (did you mean: 市民政局"),
        (["--doc", "nosuch"], "no document 'nosuch' in the graph"),
        (["--around", "市民政局"], "--around '市民政局' names 3 nodes (give one of them instead:"),
    ],
)
def test_a_render_scope_that_names_nothing_or_several_writes_nothing(out, args, message):
    before = sorted(p.name for p in out.iterdir())
    result = CliRunner().invoke(main, ["render", "--graph", str(out), *args])
    assert result.exit_code == 1 and message in result.output and result.output.count("\n") == 1
    assert sorted(p.name for p in out.iterdir()) == before


def test_graph_page_is_a_tool_search_filters_and_body_list(out):  # issue 15 point 1
    sync_playwright, chromium = _chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((out / "graph.html").as_uri())
        page.wait_for_function("window.policygraph && window.policygraph.nodes.length > 0", timeout=60_000)
        # search: a body by name, shown with its jurisdiction; a click centres and selects it
        page.fill("#search", "县民政局")
        hits = page.eval_on_selector_all("#hits li", "lis => lis.map(li => li.textContent)")
        page.click("#hits li:first-child")
        selected = page.evaluate("() => window.policygraph.network.getSelectedNodes()")
        chosen = page.evaluate(f"() => window.policygraph.nodes.get({json.dumps(selected[0])}).label")
        no_edge_labels = page.evaluate("() => window.policygraph.edges.get().every(e => !e.label)")
        hover_words = page.evaluate("() => Array.from(new Set(window.policygraph.edges.get().map(e => e.title)))")
        bodies_before = page.inner_text("#count")
        # filters: the county band off hides its documents, clauses and the bodies only they name
        page.uncheck(".level[value=county]")
        county_hidden = page.evaluate(
            "() => window.policygraph.nodes.get().filter(n => n.level === 'county').every(n => n.hidden)"
        )
        wengan_bureau = page.evaluate(
            "() => window.policygraph.nodes.get().find(n => n.label === '县民政局 · 瓮安县').hidden"
        )
        page.check(".level[value=county]")
        page.select_option("#place", "莆田市")
        listed = page.eval_on_selector_all("#bodies li", "lis => lis.map(li => li.textContent)")
        page.select_option("#place", "")
        page.uncheck("#responsible")
        responsible_hidden = page.evaluate(
            "() => window.policygraph.edges.get().filter(e => e.relation === 'responsible').every(e => e.hidden)"
        )
        lead_shown = page.evaluate(
            "() => window.policygraph.edges.get().filter(e => e.relation === 'lead').some(e => !e.hidden)"
        )
        links = page.eval_on_selector_all("#bodies a", "as => as.map(a => a.getAttribute('href'))")
        browser.close()
    assert not errors, errors
    assert any(h.startswith("县民政局 · 瓮安县") for h in hits) and chosen == "县民政局 · 瓮安县"
    assert no_edge_labels and "牵头 lead" in hover_words and "责任 responsible" in hover_words
    assert int(bodies_before) > 100
    assert county_hidden and wengan_bureau
    assert listed and all("莆田市" in item for item in listed)
    assert responsible_hidden and lead_shown
    assert links and all((out / link).exists() for link in links)


def test_body_page_answers_what_a_bureau_leads_and_by_when(out):  # issue 15: the minute-long question
    from policygraph.views.graphview import body_page

    putian = [p for p in (out / "bodies").glob("*.html") if "莆田市" in p.name and "市民政局" in p.name]
    assert putian, sorted(p.name for p in (out / "bodies").glob("*.html"))[:20]
    page = putian[0].read_text(encoding="utf-8")
    assert "<th>条款</th><th>标题</th><th>角色</th><th>时限</th><th>落实的上级条款</th>" in page
    assert re.search(r"牵头 \d+ 项，参与 \d+ 项", page)
    assert "<td>二、 (一) 2.</td>" in page or re.search(r"<td>[一二三四五六七八九十]、 \(", page)  # clause paths
    assert "<td class='up'>《" in page  # the provincial clause each one carries out
    partner_links = re.findall(r"<a href='\.\./(bodies/[^']+)'>", page)
    assert partner_links and all((out / link).exists() for link in partner_links)
    assert body_page("https://w3id.org/policygraph/id/body/x/y").startswith("bodies/")
