"""The graph page: a tool to find who owns what, not a picture.

A side panel searches (a body, a clause number or words, a document) and centres on what it
finds; filters by level, jurisdiction, sector and role; and lists the bodies with links to
their pages. The canvas shows the cascade as bands (国家级 on top, then 省级, 地市级, 县级).
Everything is inline (vis-network from the pyvis package): the page works offline. Strings
from documents travel as JSON with <, > and & escaped and are shown with textContent.
"""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

from .graphview import STYLE, VIS

if TYPE_CHECKING:
    from pyvis.network import Network

BAND_WORDS = {
    "national": "国家级",
    "province": "省级",
    "prefecture": "地市级",
    "county": "县级",
    "township": "乡镇级",
    "": "层级不明",
}
KIND_WORDS = {kind: legend.split()[0] for kind, (_c, _s, legend) in STYLE.items()}


def _json(value) -> str:
    """JSON safe to put inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(net: Network, title: str) -> str:
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    bands = [
        {"label": BAND_WORDS.get(level, level), "top": top, "bottom": bottom}
        for level, top, bottom in getattr(net, "policygraph_bands", [])
    ]
    script = (VIS / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (VIS / "vis-network.css").read_text(encoding="utf-8")
    legend = "".join(
        f"<li><span style='background:{c}'></span>{html.escape(text)}</li>" for c, _s, text in STYLE.values()
    )
    data = _json({"bands": bands, "levels": BAND_WORDS, "kinds": KIND_WORDS})
    return (
        _PAGE.replace("__TITLE__", html.escape(title))
        .replace("__CSS__", css)
        .replace("__LEGEND__", legend)
        .replace("__VIS__", script)
        .replace("__NODES__", _json(nodes))
        .replace("__EDGES__", _json(edges))
        .replace("__OPTIONS__", options)
        .replace("__DATA__", data)
    )


_PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>__TITLE__</title>
<style>__CSS__
html,body{margin:0;height:100%;font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif}
#side{position:absolute;top:0;left:0;bottom:0;width:300px;overflow:auto;border-right:1px solid #ccc;
  padding:8px 10px;box-sizing:border-box;font-size:13px;background:#fafafa}
#graph{position:absolute;top:0;left:300px;right:0;bottom:0}
#side h1{font-size:15px;margin:0 0 6px}#side h2{font-size:13px;margin:10px 0 4px}
#search{width:100%;box-sizing:border-box;padding:4px;font-size:14px}
#hits,#bodies{list-style:none;margin:0;padding:0}#hits li,#bodies li{padding:2px 0;cursor:pointer}
#hits li:hover,#bodies li:hover{background:#e8eef7}#bodies a{margin-left:4px;font-size:12px}
.muted{color:#777}#side label{display:inline-block;margin-right:8px}select{max-width:100%}
#legend{list-style:none;margin:0;padding:0}#legend span{display:inline-block;width:10px;height:10px;margin-right:6px}
@media print{#side{display:none}#graph{left:0}}
</style></head><body>
<div id="side">
<h1>__TITLE__</h1>
<input id="search" type="search" placeholder="搜索：单位、条款号或词语、文件" autocomplete="off">
<ul id="hits"></ul>
<h2>筛选</h2>
<div id="levels"></div>
<p><label>辖区 <select id="place"><option value="">全部</option></select></label></p>
<p><label>领域 <select id="sector"><option value="">全部</option></select></label></p>
<p><label><input type="checkbox" id="lead" checked> 牵头</label>
<label><input type="checkbox" id="responsible" checked> 责任</label></p>
<h2>图例</h2><ul id="legend">__LEGEND__</ul>
<p class="muted">单击节点看详情，双击单位打开其页面；悬停连线看关系。</p>
<h2>单位（<span id="count"></span>）</h2><ul id="bodies"></ul>
</div>
<div id="graph"></div>
<script>__VIS__</script>
<script>
var DATA = __DATA__;
var nodes = new vis.DataSet(__NODES__);
var edges = new vis.DataSet(__EDGES__);
var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, __OPTIONS__);
window.policygraph = {network: network, nodes: nodes, edges: edges};
network.on("doubleClick", function (p) {
  if (p.nodes.length) { var n = nodes.get(p.nodes[0]); if (n.url) { window.location.href = n.url; } }
});
network.on("beforeDrawing", function (ctx) {  // the cascade's bands, behind everything
  DATA.bands.forEach(function (b, i) {
    ctx.fillStyle = i % 2 ? "#f4f6f9" : "#eaf0f7";
    ctx.fillRect(-1e6, b.top - 60, 2e6, b.bottom - b.top + 120);
    ctx.fillStyle = "#8395a7"; ctx.font = "bold 90px sans-serif"; ctx.fillText(b.label, -420, b.top + 60);
  });
});
function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
function centre(id) {
  network.selectNodes([id]);
  network.focus(id, {scale: 1.1, animation: {duration: 400}});
}
// Search: bodies, clause numbers and words, documents.
var all = nodes.get();
document.getElementById("search").addEventListener("input", function () {
  var q = this.value.trim(), hits = document.getElementById("hits");
  hits.replaceChildren();
  if (!q) return;
  var found = all.filter(function (n) {
    return !n.hidden && ((n.label || "").indexOf(q) >= 0 || (n.title || "").indexOf(q) >= 0 || n.doc === q);
  }).slice(0, 50);
  found.forEach(function (n) {
    var li = el("li", n.label); li.title = n.title;
    var kind = el("span", " " + (DATA.kinds[n.kind] || n.kind)); kind.className = "muted"; li.appendChild(kind);
    li.onclick = function () { centre(n.id); }; hits.appendChild(li);
  });
  if (found.length === 1) centre(found[0].id);
  if (!found.length) hits.appendChild(el("li", "没有找到"));
});
// Filters: level, jurisdiction, sector, role.
var levels = document.getElementById("levels");
Object.keys(DATA.levels).forEach(function (level) {
  if (!all.some(function (n) { return n.level === level && n.kind === "document"; })) return;
  var label = el("label"), box = el("input"); box.type = "checkbox"; box.checked = true; box.value = level;
  box.className = "level"; label.append(box, " " + DATA.levels[level]); levels.appendChild(label);
});
function fill(id, values) {
  var select = document.getElementById(id);
  Array.from(new Set(values)).filter(Boolean).sort().forEach(function (v) {
    var o = el("option", v); o.value = v; select.appendChild(o); });
}
var isBody = function (n) { return ["party", "government", "lower-government", "other"].indexOf(n.kind) >= 0; };
fill("place", all.filter(isBody).map(function (n) { return n.place; }));
fill("sector", all.filter(isBody).map(function (n) { return n.sector; }));
function apply() {
  var shown = {}, levelOn = {};
  document.querySelectorAll(".level").forEach(function (b) { levelOn[b.value] = b.checked; });
  var place = document.getElementById("place").value, sector = document.getElementById("sector").value;
  var roles = {lead: document.getElementById("lead").checked,
               responsible: document.getElementById("responsible").checked};
  all.forEach(function (n) {
    if (isBody(n)) shown[n.id] = (!place || n.place === place) && (!sector || n.sector === sector);
    else shown[n.id] = levelOn[n.level || ""] !== false;
  });
  var edgeUpdates = edges.get().map(function (e) {
    var role = e.relation in roles ? roles[e.relation] : true;
    return {id: e.id, hidden: !(role && shown[e.from] && shown[e.to])};
  });
  var linked = {};
  edgeUpdates.forEach(function (u) {
    if (!u.hidden) { var e = edges.get(u.id); linked[e.from] = linked[e.to] = true; } });
  nodes.update(all.map(function (n) {
    var visible = shown[n.id] && (!isBody(n) || linked[n.id] === true);
    n.hidden = !visible; return {id: n.id, hidden: !visible};
  }));
  edges.update(edgeUpdates);
  listBodies();
}
["place", "sector", "lead", "responsible"].forEach(function (id) { document.getElementById(id).onchange = apply; });
levels.addEventListener("change", apply);
// The bodies beside the canvas, busiest first, each linking to its page.
function listBodies() {
  var list = document.getElementById("bodies");
  var shownBodies = all.filter(function (n) { return isBody(n) && !n.hidden; });
  shownBodies.sort(function (a, b) { return b.size - a.size || (a.label < b.label ? -1 : 1); });
  list.replaceChildren();
  shownBodies.slice(0, 500).forEach(function (n) {
    var li = el("li", n.label); li.onclick = function () { centre(n.id); };
    if (n.url) { var a = el("a", "页面"); a.href = n.url; li.appendChild(a); }
    list.appendChild(li);
  });
  document.getElementById("count").textContent = shownBodies.length;
}
listBodies();
</script></body></html>
"""
