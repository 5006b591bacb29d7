"""Parse body names: a written list of bodies to clean, separate names.

Lists are written for people: a prefix is written once for the whole list
(市教育局、民政局), a type word once for several names (瓮水、雍阳街道), and
PDF extraction breaks names with spaces or runs two together. Each rule here
undoes one of those habits.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from . import patterns as P
from .grammar import grammar
from .places import division_prefix

# A bracket closing a name, after the body it follows: 市交通委（市道运局）, 县民政局（张三）.
# 各区(市)县 — a level's bracket inside a run of levels (成都's 区(市)县), which cuts no name
_LEVEL_BRACKET = re.compile(r"(?:^|各)[区县市]\([^()]*\)$")
_LAST_BRACKET = re.compile(r"^(?P<name>.+?[^\s(（])[(（](?P<inner>[^()（）]+)[)）]$")
# 市交通委（市道运局）/ 县委宣传部（县文明办、县网信办）: the other names the same body works under (offices that share
# one staff, 合署办公); the list names it once.
_ALIAS = re.compile(r"[省市县区州][^、，,]{2,12}(?:[、，,][省市县区州][^、，,]{2,12})*")
# 县民政局（张三）: a 责任单位及责任人 column or list names the person in charge after the body.
_PERSON = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志)?")


def _an_alias(inner: str) -> bool:
    return bool(_ALIAS.fullmatch(inner)) and all(P.BODY_SUFFIX.search(n) for n in re.split(r"[、，,]", inner))


def _a_person(inner: str) -> bool:
    """张三 / 王五: no place or level in it, no body's ending, no role word (（牵头） is a mark, not a person)."""
    g = grammar()
    who = _PERSON.fullmatch(re.sub(rf"^{P.OFFICIAL_TITLE}[:：]?", "", inner))  # 县民政局（局长：张三）
    return bool(who) and (
        not re.search(r"[省市县区州乡镇村街旗]|含", who["who"])
        and not g.body_end.search(who["who"])
        and not any(word in who["who"] for word in g.roles)
    )


def _a_field(inner: str) -> bool:
    """责任人：张三 / 完成时限：2024年底 after a body: a field of the task written into the body's bracket."""
    return grammar().field.match(inner) is not None


def clean_name(name: str) -> str:
    name = P.BLANKS.sub("", name).replace("〈", "(").replace("〉", ")")
    name = name.strip(" :：,，、;；.。\"'“”|")  # (| a converter's cell edge: 牵头单位：⏎ | 市城管局 |)
    name = P.LIST_FILLER.sub("", name)
    name = P.SUCH_PLACES.sub("", name)
    name = P.ITS_DEPARTMENTS.sub("", name)
    for other in (_an_alias, _a_person, _a_field):  # the body's other name, the person after it, a field
        last = _LAST_BRACKET.match(name)
        if last and P.BODY_SUFFIX.search(last["name"]) and other(last["inner"]):
            name = last["name"]
    return name


def looks_like_body(name: str) -> bool:
    """A name ends like a body (grammar/body_endings.csv), or is a place's function written short (县民政), and is
    not a phrase (以下均需…, 有关部门)."""
    return _a_name(name) and (bool(grammar().body_end.search(name)) or named_by_function(name))


def ends_like_body(name: str) -> bool:
    """A name ends like a body (grammar/body_endings.csv) and is not a phrase: 区农业 is a function written short,
    but a line that ends there may be cutting 区农业农村局 short."""
    return _a_name(name) and bool(grammar().body_end.search(name))


def _a_name(name: str) -> bool:
    return 2 <= len(name) <= 30 and not P.NOT_A_BODY.search(name)


# 县民政 / 莆田市财政 / 各级民政: the place or level before a function written short (grammar/department_stems.csv)
_FUNCTION_PLACE = re.compile(rf"^(?:各级|各|[省市县区州旗]|[{P.CJK}]{{2,6}}?(?:省|市|县|区|州|旗))")


# 公安机关, 民政部门, 卫生健康主管部门, 教育行政部门: a function's department named without a place, as a regulation
# names the department that holds the function at every level; any work's 主管部门 / 管理部门 / 管理机关 is one too
# (住房公积金主管部门, 社会组织管理部门, 事业单位登记管理机关)
_FUNCTION_DEPARTMENT = re.compile(r"(?P<stem>.+?)(?:行政)?(?:主管)?(?:部门|机关)")
_IN_CHARGE_OF_WORK = re.compile(rf"[{P.CJK}]{{2,10}}(?:主管部门|管理部门|管理机关)")


def function_department(name: str) -> bool:
    """公安机关, 民政部门, 卫生健康主管部门: a function written short (grammar/department_stems.csv), then 部门 or
    机关, or a work's department in charge (社会组织管理部门) — a body though no place comes first."""
    if _IN_CHARGE_OF_WORK.fullmatch(name) and _a_name(name):
        return True
    m = _FUNCTION_DEPARTMENT.fullmatch(name)
    return m is not None and grammar().stem.fullmatch(m["stem"]) is not None


def named_by_function(name: str) -> bool:
    """县民政, 省农业农村: a place or level, then a function written short (grammar/department_stems.csv)."""
    place = _FUNCTION_PLACE.match(name)
    return bool(place) and grammar().stem.fullmatch(name[place.end() :]) is not None


def top_level(text: str) -> list[bool]:
    """For each position, whether it stands outside every bracket (a bracket itself is inside)."""
    out, depth = [], 0
    for ch in text:
        if ch in "(（":
            depth += 1
        out.append(depth == 0)
        if ch in ")）":
            depth = max(0, depth - 1)
    return out


def split_top(text: str, separators: re.Pattern[str] = P.ITEM_SEPARATORS) -> list[str]:
    """Split at separators that are not inside parentheses."""
    out, start = [], 0
    for i, (ch, top) in enumerate(zip(text, top_level(text), strict=True)):
        if top and separators.match(ch):
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [piece for piece in out if piece.strip()]


def split_run_together(name: str) -> list[str]:
    """'市人社局市卫计委' -> ['市人社局', '市卫计委']: cut where a name ends and a new one begins."""
    joint = [m.span() for m in P.JOINT_BODIES.finditer(name)]
    depth, cuts = 0, []
    for i, ch in enumerate(name):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth or i < 2 or len(name) - i < 2 or any(a < i < b for a, b in joint):
            continue
        if name[i - 1 : i + 1] == "部门":  # 有关部门和各县区: 部门 is a word, not a ministry (部) before a name (门…)
            continue
        # 各区(市)县政府: a level's bracket inside the run of levels (成都's 区(市)县) cuts nothing
        in_levels = _LEVEL_BRACKET.search(name[:i]) and name[i] in "区县市"
        starts_new = P.BODY_SUFFIX.search(name[:i]) and P.BODY_PREFIX.match(name[i:]) and not in_levels
        if starts_new and (not cuts or i - cuts[-1] >= 2):
            cuts.append(i)
    pieces = _cut(name, cuts or _department_cuts(name, joint))
    # every piece a body, or the name is not two run together (建设社区食堂: 建设社 ends as 供销社 does, 区食堂 is none)
    return pieces if all(map(looks_like_body, pieces)) else [name]


def _cut(name: str, cuts: list[int]) -> list[str]:
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(name[last:cut])
        last = cut
    pieces.append(name[last:])
    return pieces


# A department's name ends here (发展改革委, 财政部, 税务总局) — never a party committee's (县委宣传部 is one body)
_DEPARTMENT_END = re.compile(r"(?<![省市县区州党工])[委部署局]$")


def _department_cuts(name: str, joint: list[tuple[int, int]]) -> list[int]:
    """发展改革委财政部民政部 (national bodies, which no place opens, run together — by a table's lines joined or the
    spaces between them squeezed out): cut after a department's name where the next, a ministry's, begins with a
    government function (grammar/department_stems.csv); 国务院国资委 is no two (a government before its department)."""
    stem = _function_start()
    cuts = [
        i
        for i in range(3, len(name) - 2)
        if _DEPARTMENT_END.search(name[:i]) and stem.match(name, i) and not any(a < i < b for a, b in joint)
    ]
    cuts = [c for k, c in enumerate(cuts) if not k or c - cuts[k - 1] >= 3]
    # each name after a cut a ministry's own (…部, …委, …署, …总局), never a bureau inside the one before it
    # (公安部交通管理局, 自然资源部国土空间规划局 are one body each)
    return cuts if all(_MINISTRY_END.search(piece) for piece in _cut(name, cuts)[1:]) else []


_MINISTRY_END = re.compile(r"(?:[部委署]|总局)$")


@cache
def _function_start() -> re.Pattern[str]:
    """A government function (grammar/department_stems.csv) where a name begins, not the whole name."""
    return re.compile(grammar().stem.pattern.removesuffix("$"))


# 各乡镇党委、政府 / 各县（区）发展改革局、财政局: the collective written once before the kinds of body it stands for
_COLLECTIVE_PREFIX = re.compile(
    r"^(各(?:乡镇|街道|县区|区县|县市区|县|区|市|乡|镇)(?:[(（][^()（）]*[)）])?)(?=[^、,，(（]{2,})"
)


def own_prefix(name: str) -> str | None:
    """The jurisdiction a name starts with ('市', '县', '莆田市', '各乡镇' in 各乡镇党委), or None."""
    m = _COLLECTIVE_PREFIX.match(name)
    if m:
        return m.group(1)
    m = re.match(rf"^(?:中共)?([{P.CJK}]{{2,3}}[省市县州旗])(?![场])", name)  # 达茂旗人民政府: a banner
    if m and not re.match(r"^[省市县区州]", name):
        return None if P.GENERIC_PLACE.match(m.group(1)) else m.group(1)
    # 自治区民政厅 / 地区行署 / 林区政府 / 盟民政局 / 旗人民政府 / 苏木 (a township) / 嘎查 (a village): the levels
    # of the autonomous regions and of a few prefectures, named as 省 / 市 / 县 are (after 市财政局 no 市地区民政局)
    # 村（社区）两委 / 街道（乡镇）: a village's, a community's or a township's own (never 乡村振兴局's 乡)
    m = re.match(r"^(自治区|地区|林区|苏木|嘎查|社区|村|街道|乡镇|[盟旗](?!帜))", name)
    if m:
        return m.group(1)
    if named := division_prefix(name):  # 越秀区民政局, 神农架林区政府: a district or county by its own name
        return named
    # 市政局 / 市政工程处: municipal works (市政), not the city's (市政府, 市政协 and 市政法委 are the city's)
    m = re.match(r"^([省市县区州])(?!场|域|政(?:局|处|工程|公用|园林|设施|管理))", name)
    return m.group(1) if m else None


def body_kind(name: str) -> str:
    """party | government | lower-government | other."""
    if P.OTHER_BODY.search(name):
        return "other"
    if P.LOWER_GOVERNMENT.search(name):
        return "lower-government"
    if P.PARTY_BODY.search(name):
        return "party"
    return "government"


def _skeleton(name: str) -> str:
    return re.sub(r"[和与及]", "", name)


def _one_substitution(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


# The kinds of a government's own department: a bare one in a list takes the list's place
_DEPARTMENT_KIND = re.compile(r"[局委厅办部署]$")
_SHORT_NAME = 5  # characters: 供销社, 检察院, 大数据中心 — a function and its kind, the list's place left out


def named_in_full(name: str) -> bool:
    """A body named in full without a place (上海申康医院发展中心 written 申康医院发展中心, 长三角区域合作办公室 — a
    joint office of four provinces): a long name that is no department (省A、商务厅 is 省商务厅) and does not begin
    with a government function (省A、社会福利中心 …)."""
    return len(name) > _SHORT_NAME and not _DEPARTMENT_KIND.search(name) and not _function_start().match(name)


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each spelling used in one document to one name per body.

    A body named in full without a place (申康医院发展中心) that a list elsewhere gave the list's place
    (市申康医院发展中心) is one body, named as the document names it more often.

    Spellings that differ only by 和/与/及 (县住房城乡建设局 / 县住房和城乡建设局)
    are one body, named by the fuller spelling. A long name seen once that differs
    by one character from a name used more often is taken as a typo of it.
    """
    counts = Counter(names)
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(_skeleton(name), []).append(name)
    mapping: dict[str, str] = {}
    for spellings in groups.values():
        best = max(spellings, key=lambda s: (len(s), counts[s], -names.index(s)))
        for s in spellings:
            mapping[s] = best
    _with_and_without_place(mapping, counts)
    totals = _totals(mapping, counts)
    for name in list(totals):
        if totals[name] != 1 or len(name) < 6:
            continue
        for other, n in totals.items():
            if other != name and n >= 2 and _one_substitution(name, other):
                _retarget(mapping, (name,), other)
                break
    return mapping


def _totals(mapping: dict[str, str], counts: Counter[str]) -> Counter[str]:
    """How often the document names each body, whatever the spelling."""
    totals: Counter[str] = Counter()
    for name, n in counts.items():
        totals[mapping[name]] += n
    return totals


def _retarget(mapping: dict[str, str], olds: tuple[str, ...], new: str) -> None:
    """Every spelling mapped to one of `olds` now maps to `new`."""
    for spelling, target in mapping.items():
        if target in olds:
            mapping[spelling] = new


def _with_and_without_place(mapping: dict[str, str], counts: Counter[str]) -> None:
    names = set(mapping.values())
    for name in names:
        prefix = own_prefix(name)
        bare = name[len(prefix) :] if prefix and not prefix.startswith("各") else ""
        if bare in names and named_in_full(bare):
            uses = _totals(mapping, counts)
            _retarget(mapping, (name, bare), name if uses[name] > uses[bare] else bare)
