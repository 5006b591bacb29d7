"""Write a synthetic corpus of N implementation plans in the seeds' formats (benchmarks only).

A cascade: one national plan (external), provinces, their prefectures and
counties. Each document restates its parent's clauses (copied, reworded,
tightened or dropped targets, some local additions) and names departments in
one of the four responsibility styles of the seeds, with their noise: page
markers, lines broken mid-sentence, full-width/half-width punctuation mixed.

    python benchmarks/generate.py OUT_DIR --documents 1000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

PROVINCES = ["福建省", "广东省", "贵州省", "浙江省", "江苏省", "四川省", "湖南省", "湖北省", "河南省", "河北省",
             "山东省", "山西省", "陕西省", "甘肃省", "云南省", "江西省", "安徽省", "辽宁省", "吉林省", "海南省",
             "青海省", "黑龙江省"]
PLACES = ["青山", "临江", "东湖", "南岭", "西平", "北川", "安平", "长宁", "永和", "清河", "兴安", "宁远", "凤城",
          "白水", "石门", "桃源", "金沙", "云岭", "黄岩", "龙泉", "玉溪", "新丰", "丰宁", "平山", "双流", "通江",
          "河口", "松溪", "梅川", "柳江"]
DEPARTMENTS = ["民政局", "发展改革委", "教育局", "公安局", "财政局", "人力资源社会保障局", "自然资源局", "住房城乡建设局",
               "卫生健康委", "文化和旅游局", "体育局", "司法局", "农业农村局", "应急管理局", "市场监管局", "退役军人事务局",
               "医保局", "残联", "妇联", "团委", "委组织部", "委宣传部", "委政法委", "数据管理局", "商务局"]
PROVINCE_DEPTS = {"民政局": "民政厅", "教育局": "教育厅", "公安局": "公安厅", "财政局": "财政厅", "司法局": "司法厅",
                  "自然资源局": "自然资源厅", "住房城乡建设局": "住房城乡建设厅", "农业农村局": "农业农村厅",
                  "人力资源社会保障局": "人力资源社会保障厅", "文化和旅游局": "文化和旅游厅", "应急管理局": "应急管理厅",
                  "商务局": "商务厅", "退役军人事务局": "退役军人事务厅"}
TOPICS = [
    ("健全党建引领机制", ["加强党对城乡社区工作的全面领导", "完善社区党组织领导下的居民自治机制", "推动机关党员到社区报到服务"]),
    ("增强社区服务供给", ["拓展为民服务内容", "优化便民服务网络", "健全志愿服务体系", "发展社区养老托育服务"]),
    ("提升社区服务设施", ["推进综合服务设施建设", "加强无障碍环境改造", "完善社区应急设施"]),
    ("推进智慧社区建设", ["建设社区信息平台", "推动政务服务下沉", "加强数据共享"]),
    ("壮大社区工作者队伍", ["加强社区工作者职业体系建设", "完善薪酬待遇保障", "加强教育培训"]),
    ("完善社区治理体系", ["健全村务监督委员会", "深化民主协商", "推进移风易俗"]),
]
SENTENCES = [
    "坚持以人民为中心的发展思想，统筹城乡社区服务资源，推动基本公共服务向社区延伸",
    "整合各类服务力量，建立健全服务清单和服务标准，提高服务的精准化、精细化水平",
    "鼓励社会组织、社会工作者和志愿者参与社区服务，形成多方参与的工作格局",
    "加大财政投入力度，统筹使用各类资金，支持薄弱地区社区服务设施建设",
    "加强督促检查，将工作情况纳入年度绩效考核，确保各项任务落到实处",
    "结合城镇老旧小区改造和乡村振兴，同步推进社区公共服务设施配套建设",
]
TARGETS = [
    ("城市社区综合服务设施覆盖率", 100), ("农村社区综合服务设施覆盖率", 80), ("社区志愿者注册率", 15),
    ("居家社区养老服务覆盖率", 90), ("每万城镇常住人口拥有社区工作者", 18), ("社区综合服务设施无障碍率", 85),
]
LEVEL_CHAR = {"province": "省", "prefecture": "市", "county": "县"}


@dataclass
class Doc:
    doc_id: str
    level: str
    place: str
    parent: str
    topics: list[tuple[str, list[str]]] = field(default_factory=list)


def departments(rng: random.Random, level: str, k: int) -> list[str]:
    char = LEVEL_CHAR[level]
    picked = rng.sample(DEPARTMENTS, k)
    if level == "province":
        return [char + PROVINCE_DEPTS.get(d, d) for d in picked]
    return [char + d for d in picked]


def clause_body(rng: random.Random, level: str, title: str, target: tuple[str, int] | None) -> str:
    parts = [title + "。", *rng.sample(SENTENCES, 2)]
    if target:
        name, value = target
        tightened = min(100, value + rng.choice([0, 0, 5, 10])) if level != "province" else value
        unit = "名" if "每万" in name else "%"
        parts.append(f"到2025年，{name}达到{tightened}{unit}以上")
    return "，".join(parts[:1] + parts[1:]) + "。"


def responsibility(rng: random.Random, style: int, level: str) -> str:
    lead, rest = departments(rng, level, 1), departments(rng, level, rng.randint(2, 5))
    local = {"province": "各设区市人民政府", "prefecture": "各县（区）人民政府", "county": "各乡镇〈街道〉"}[level]
    if style == 0:   # Putian: a line of its own, "按职责分工负责"
        return "\n责任单位:" + "、".join(lead + rest) + "等按职责分工负责"
    if style == 1:   # Xiamen: half-width parentheses, space-separated leads
        return "(牵头单位:" + " ".join(lead) + " 责任单位:" + "、".join(rest) + f"、{local})"
    if style == 2:   # Weng'an: full-width parentheses at the end of the paragraph
        return "（牵头单位：" + "、".join(lead) + "，责任单位：" + "、".join(rest) + f"，{local}）"
    return "【责任部门：" + "、".join(lead + rest) + f"、{local}】"  # Zhuhai


def noisy(rng: random.Random, text: str, style: int, page: list[int]) -> str:
    """Break long lines and drop page markers into the text like a PDF extraction does."""
    out = []
    for line in text.split("\n"):
        while len(line) > 60 and rng.random() < 0.3:
            cut = rng.randint(30, 55)
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
        if style == 3 and rng.random() < 0.08:
            page[0] += 1
            out.append(f"/ {page[0]} /")
        elif rng.random() < 0.03:
            page[0] += 1
            out.append(f"- {page[0]} -")
    return "\n".join(out)


def write_document(rng: random.Random, doc: Doc, parent_title: str, parent_number: str) -> tuple[str, str, str]:
    """The text of one plan, its title and its number (as its children will cite them)."""
    style = rng.randrange(4) if doc.level != "province" else rng.randrange(4)
    issuer = f"{doc.place}人民政府办公{'厅' if doc.level == 'province' else '室'}"
    number = f"{doc.place}政办〔2023〕{rng.randint(1, 99)}号"  # unique: one number, one document
    title = f"{doc.place}贯彻落实{parent_title}的实施方案"
    lines = [f"{issuer}文件", "", number, "", f"{issuer}关于印发{title}的通知", "",
             f"各有关单位：\n《{title}》已经{doc.place[-1]}人民政府同意，现印发给你们，请认真贯彻落实。", "",
             f"{issuer}", f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "", title, "",
             f"为深入贯彻落实《{parent_title}》（{parent_number}）精神，结合本地实际，制定本方案。", ""]
    numerals = "一二三四五六七八九十"
    lines.append("一、总体要求")
    lines.append("以习近平新时代中国特色社会主义思想为指导，全面提升城乡社区服务水平。")
    lines.append("二、重点任务")
    for i, (topic, items) in enumerate(doc.topics):
        lines.append(f"（{numerals[i]}）{topic}")
        for j, item in enumerate(items):
            target = TARGETS[(i * 3 + j) % len(TARGETS)] if rng.random() < 0.35 else None
            body = f"{j + 1}.{clause_body(rng, doc.level, item, target)}"
            lines.append(body + (responsibility(rng, style, doc.level) if doc.level != "province" or style else ""))
    lines.append("三、保障措施")
    lines.append("（一）加强组织领导。各地各部门要高度重视，明确责任分工，确保各项任务落实到位。")
    lines.append("（二）加强督促检查。建立工作台账，定期通报工作进展。")
    return noisy(rng, "\n".join(lines), style, [0]) + "\n", title, number


def plan(n: int, rng: random.Random) -> list[Doc]:
    """A cascade of n documents: about 1 province : 5 prefectures : 4 counties each."""
    docs: list[Doc] = []
    provinces = max(1, n // 25)
    for p in range(provinces):
        name = PROVINCES[p % len(PROVINCES)] if p < len(PROVINCES) else f"{PLACES[p % len(PLACES)]}{p}省"
        docs.append(Doc(f"p{p:03d}", "province", name, "national-plan"))
    k = 0
    used: set[str] = {d.place for d in docs}
    while len(docs) < n:
        parent = docs[k % len(docs)] if docs[k % len(docs)].level != "county" else docs[0]
        child_level = "prefecture" if parent.level == "province" else "county"
        place = _real_child(parent.place, child_level, used) or (
            PLACES[len(docs) % len(PLACES)] + str(len(docs)) + LEVEL_CHAR[child_level]
        )
        used.add(place)
        docs.append(Doc(f"{child_level[0]}{len(docs):05d}", child_level, place, parent.doc_id))
        k += 1
    return docs[:n]


def _real_child(place: str, level: str, used: set[str]) -> str | None:
    """A division below `place` in GB/T 2260 not yet used, so coverage by level sees real names; None when the
    list has none left (or the parent's name is made up)."""
    from policygraph.parsing.places import division

    found = division(place)
    if found is None:
        return None
    for child in found.children():
        unique = division(child.name) is not None  # 鼓楼区 is four districts: its documents could not be placed
        if child.name not in used and child.level == level and unique and not child.name.endswith("市辖区"):
            return child.name
    return None


def topics_for(rng: random.Random, parent: Doc | None) -> list[tuple[str, list[str]]]:
    source = parent.topics if parent else [(t, list(items)) for t, items in TOPICS]
    out = []
    for topic, items in source:
        kept = [it for it in items if rng.random() > 0.15] or items[:1]
        if rng.random() < 0.2:
            kept.append(rng.choice(["建立社区服务评价机制", "推广社区服务典型经验", "开展社区服务品牌创建"]))
        out.append((topic, kept))
    return out


def generate(out: Path, n: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    docs = plan(n, rng)
    by_id = {d.doc_id: d for d in docs}
    titles = {"national-plan": ("“十四五”城乡社区服务体系建设规划", "国办发〔2021〕56号")}
    manifest = ["# Generated by benchmarks/generate.py", ""]
    paths = []
    for doc in docs:
        parent = by_id.get(doc.parent)
        doc.topics = topics_for(rng, parent)
        parent_title, parent_number = titles[doc.parent]
        text, *titles[doc.doc_id] = write_document(rng, doc, parent_title, parent_number)
        path = out / f"{doc.doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        manifest += ["[[document]]", f'id = "{doc.doc_id}"', f'file = "{path.name}"', f'level = "{doc.level}"',
                     f'jurisdiction = "{doc.place}"', f'implements = ["{doc.parent}"]', ""]
    manifest += ["[[external]]", 'id = "national-plan"', f'title = "{titles["national-plan"][0]}"',
                 'level = "national"', 'jurisdiction = "中华人民共和国"', ""]
    (out / "manifest.toml").write_text("\n".join(manifest), encoding="utf-8")
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    written = generate(args.out, args.documents, args.seed)
    print(f"wrote {len(written)} documents to {args.out}")
