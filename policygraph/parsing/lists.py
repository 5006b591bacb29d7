"""Read a written list of bodies into names: what the list writes once is written out for each name.

A list is written for people: 各 and a type word once for a run of levels (各县、市、区政府), a level bare before the
name that carries the function (市、县民政局), places bare before the last one's level and body (哈尔滨、黑河、绥芬河市
政府), a prefix once for the whole list (市教育局、民政局), two bodies joined by 和. bodies.py cleans and judges one
name; this module parts a list and writes out each name in full (`parse_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as P
from .bodies import (
    clean_name,
    looks_like_body,
    named_by_function,
    named_in_full,
    own_prefix,
    split_run_together,
    split_top,
)
from .grammar import grammar
from .numerals import cn_int
from .places import place_prefix, short_names

# 各 (各有关, 各相关) opening a list, written once for the kinds after it
_EACH = re.compile(r"^各(?:有关|相关)?")


# A level of government, with the levels a bracket adds to it: 县（市、区）, 设区市, 乡镇; 州 and 盟 where prefectures
# are autonomous prefectures or leagues (各州、市人民政府); 自治区, 直辖市 where the State Council names every
# provincial government (各省、自治区、直辖市人民政府); 特区 where a county-level 特区 stands beside the counties
# (各县、特区、区人民政府); two levels written as one word (各县市、区政府; 各市州、县市区人民政府).
_LEVEL = (
    r"(?:设区的?市|县级市|自治区|直辖市|计划单列市|自治州|自治县|乡镇|县市区|县市|县区|市州|市县|特区"
    r"|[省市县区乡镇旗州盟])"
    r"(?:[(（][^()（）]*[)）])?"
)
# 各 / 相关 / 有关 before the first level is written once for the run (相关市、县政府)
_LEVEL_RUN = re.compile(rf"^(各|(?:各)?(?:相关|有关))({_LEVEL})$")
# …人民政府(管委会): a qualifier after the body's name holds for every level of the run
# (各市、县级人民政府: the 级 goes with the type word, for every level)
_LEVEL_LAST = re.compile(
    rf"^({_LEVEL})(级?(?:(?:人民)?政府|党委|党委和(?:人民)?政府|党委政府))((?:[(（][^()（）]*[)）])?)$"
)


# One level written bare in a list (市、县级政府; 市、县两级政府)
_ONE_LEVEL = "[省市县区乡镇]"
# 市、县两级政府 / 省、市、县三级财政部门: the levels named, then how many, then the body each level has
_LEVELS_COUNTED = re.compile(rf"^({_ONE_LEVEL})([两二三四])级(.+)$")


def levels_alone(name: str) -> bool:
    """各县(市、区) / 各市(州): the governments of a level named by the level alone, its type word (人民政府) not yet
    written: a line cut there goes on with it."""
    return _LEVEL_RUN.match(name) is not None


def _counted_levels(names: list[str]) -> list[str]:
    """市、县两级政府 -> 市级政府, 县级政府: a run of bare levels whose last says how many levels share the body."""
    out = list(names)
    for i, name in enumerate(names):
        m = _LEVELS_COUNTED.match(name)
        count = cn_int(m.group(2)) if m else 0
        run = names[i - count + 1 : i]
        if m and count >= 2 and len(run) == count - 1 and all(re.fullmatch(_ONE_LEVEL, n) for n in run):
            out[i - count + 1 : i + 1] = [f"{level}级{m.group(3)}" for level in [*run, m.group(1)]]
    return out


def _each_level(names: list[str]) -> list[str]:
    """各县、市、区政府 -> 各县政府, 各市政府, 各区政府: 各 and the type word are written once for the run
    (各市、县（区）人民政府, 各县、乡镇人民政府 as well)."""
    out, i = [], 0
    while i < len(names):
        m = _LEVEL_RUN.match(names[i])
        j = i + 1
        while m and j < len(names) and re.fullmatch(_LEVEL, names[j]):
            j += 1
        last = _LEVEL_LAST.match(names[j]) if m and j < len(names) else None
        if not last:
            out.append(names[i])
            i += 1
            continue
        levels = [m.group(2), *names[i + 1 : j], last.group(1)]
        out.extend(f"{m.group(1)}{level}{last.group(2)}{last.group(3)}" for level in levels)
        i = j + 1
    return out


# 市、县民政部门 / 各设区市、平潭综合实验区民政部门 / 区、县委组织部: a level written bare shares what follows the
# level or the zone that opens the next name (民政部门, 委组织部), and 各 goes on to a level after it
_OPENING_PLACE = re.compile(rf"^(?P<level>{_LEVEL}|[{P.CJK}]{{2,8}}?(?:{P.ZONE_KINDS}))(?P<rest>[{P.CJK}].*)$")
_BARE_LEVEL = re.compile(rf"^(?P<each>各)?{_LEVEL}$")


# The rank of a level word, highest first: a bare level shares the next name's function only with a level no higher
# than itself (市、县民政局); 各县（市、区）、市委组织部 are the counties' governments and the city's department.
_RANKS = (
    ("省", "自治区", "直辖市"),
    ("市", "州", "盟", "设区", "地区", "自治州", "计划单列市"),
    ("县", "区", "旗", "特区", "林区", "自治县"),
    ("乡", "镇", "街道", "苏木"),
)


def _rank(level: str) -> int:
    """0 for a province … 3 for a township; the rank of the longest level word the text begins with (县级市: 县)."""
    found = [(len(w), k) for k, words in enumerate(_RANKS) for w in words if level.removeprefix("各").startswith(w)]
    return max(found)[1] if found else 2


# What follows a level inside a name without being its function: 市直各部门 (directly under the city),
# 市属企业, 县域内
_NOT_A_FUNCTION = re.compile(r"^(?:直|属|辖|域|内|本)|各")


def _bare_levels(names: list[str]) -> list[str]:
    """省、市、县民政部门 -> 省民政部门, 市民政部门, 县民政部门; 各市、县民政局 -> 各市民政局, 各县民政局."""
    out = list(names)
    for i, name in enumerate(names):
        bare = _BARE_LEVEL.match(name)
        if not bare:
            continue
        j = i + 1
        while j < len(names) and _BARE_LEVEL.match(names[j]):
            j += 1
        later = _OPENING_PLACE.match(names[j]) if j < len(names) else None
        rest = later["rest"] if later else ""
        if (
            not rest
            or _NOT_A_FUNCTION.search(rest)
            or not (P.TYPE_WORDS.search(rest) or looks_like_body(rest) or _vague(rest))
        ):
            continue
        if re.fullmatch(_LEVEL, later["level"]) and _rank(later["level"]) < _rank(name):
            continue  # 各县（市、区）、市委组织部: a higher level's body stands on its own
        out[i] = name + rest
        if bare["each"] and not names[j].startswith("各") and re.fullmatch(_LEVEL, later["level"]):
            out[j] = "各" + names[j]  # 各市、县民政局: every county's bureau too
    return out


# 哈尔滨、黑河、绥芬河市政府: places named bare before the last, whose level and body word they share; so do the
# zones of places (赣州、龙南经济技术开发区管委会)
_PLACE_BODY = re.compile(
    rf"^[{P.CJK}]{{2,4}}?([市县区州旗](?:人民政府|政府|党委|委)"
    r"|(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|综合保税区|保税区)(?:管委会|管理委员会|党工委))$"
)
_BARE_PLACE = re.compile(rf"^[{P.CJK}]{{2,4}}$")


def _each_place(names: list[str]) -> list[str]:
    out = list(names)
    for i in range(len(out) - 1, 0, -1):
        m = _PLACE_BODY.match(out[i])
        j = i - 1
        while (
            m
            and j >= 0
            and _BARE_PLACE.match(out[j])
            and not P.TYPE_WORDS.search(out[j])
            and not _vague(out[j])  # 有关部门、各县区人民政府: no place
            # 广州、深圳市政府: 广州 ends as 各州 does; 广州市、深圳市人民政府: a place written with its level
            and (not looks_like_body(out[j]) or out[j] in short_names() or _with_level(out[j], m.group(1)))
        ):
            out[j] += m.group(1)[1:] if _with_level(out[j], m.group(1)) else m.group(1)
            j -= 1
    return out


def _vague(name: str) -> bool:
    """有关部门, 相关单位: the bodies concerned, named by no place or kind; a whole name, never part of one."""
    return name.endswith(("部门", "单位"))


def _with_level(place: str, body: str) -> bool:
    """广州市 before 深圳市人民政府: the place is written with the level its body word begins with."""
    return len(place) >= 3 and body[0] in "市县区州旗" and place.endswith(body[0])


def expand_list(items: list[str]) -> list[str]:
    """Write out what the list writes once: shared type words, then shared prefixes."""
    names = _each_place(_bare_levels(_each_level(_counted_levels([n for n in (clean_name(i) for i in items) if n]))))
    for i, name in enumerate(names):
        bare = name.rstrip(P.STARS)  # 民政部★、财政部: a starred name is whole, its mark no missing type word
        # (有关部门、各县区: a vague collective is whole, no name waiting for the 区 of the next)
        if not P.TYPE_WORDS.search(bare) and len(bare) <= 4 and not looks_like_body(bare) and not _vague(bare):
            for later in names[i + 1 :]:
                m = P.TYPE_WORDS.search(later)
                # 瓮水、雍阳街道 and 市、县级政府 share a type word; 合肥海关、省贸促会 do not (省 starts a new name)
                parallel = not (own_prefix(later) or place_prefix(later)) or re.fullmatch(_ONE_LEVEL, name)
                parallel = parallel and not place_prefix(name)
                # 各省、自治区: a level after a collective is a kind of its own (各 runs on to it), not a type word
                level = name.startswith("各") and P.ADMIN_KIND.match(later)
                if m and len(later) > len(m.group(1)) and parallel and not level:
                    names[i] = name + m.group(1)
                    break
    for i, name in enumerate(names[1:], 1):
        party = _PARTY_COMMITTEE.match(names[i - 1])
        # 各级党委、政府 / 镇党委、政府 / 某某镇党委、政府: the government of the party committee's level or place
        if party and name in _GOVERNMENT and _PARTY_PLACE.match(party["whose"]):
            names[i] = party["whose"] + name
            continue
        shared = _EACH.match(names[i - 1])
        if shared and P.ADMIN_KIND.match(name):  # 各区、县级市; 各街道、镇 (a one-character kind too)
            names[i] = shared.group(0) + name
        elif (
            names[i - 1].startswith("各级")
            and name.endswith("部门")
            and not re.match(r"各|其", name)
            and not own_prefix(name)
        ):
            names[i] = "各级" + name  # 各级民政部门和财政部门: the departments of every level, both kinds
        elif names[i - 1].startswith("各") and _GOVERNING.search(names[i - 1]) and _BARE_GOVERNMENT.match(name):
            names[i] = "各" + name  # 各盟行政公署、市人民政府: every league's office and every city's government
        elif (owner := _COLLECTIVE_OWNER.match(names[i - 1])) and _OWNED_COLLECTIVE.match(name):
            names[i] = owner.group(1) + name  # 省政府各部门、各直属机构: the government's institutions too
    return carry_prefix([n for n in names if len(n) >= 2])


# 各盟行政公署、市人民政府 / 各地区行政公署、州人民政府: a level's government after the offices of leagues or
# prefectures (peers of the cities) is every one (not after 各乡镇政府: 县政府 there is the county's own)
_GOVERNING = re.compile(r"公署$")
_BARE_GOVERNMENT = re.compile(r"^[省市县区乡镇旗盟州](?:人民)?政府$")
# 省政府各部门、各直属机构 / 县政府有关部门、有关直属单位: the second collective is the same government's (a notice's
# addressees, a list of bodies); never a level (省政府各部门、各市人民政府) nor everyone concerned (各有关单位)
_COLLECTIVE_OWNER = re.compile(r"^(.+?(?:人民政府|政府|党委|[省市县区州旗]委))(?:各|有关|相关)")
_OWNED_COLLECTIVE = re.compile(r"^(?:各(?!有关|相关|级|地)|有关|相关)[^、]{0,6}(?:机构|单位|部门|部委|委办局)$")


# 各乡镇人民政府、经济开发区管委会: a zone named by its kind alone, right after the governments' collective in the
# same run of 、, is one of each (a zone after a comma or inside 各区人民政府（含开发区管委会） is left as written)
_EACH_GOVERNMENT = re.compile(r"^各.{0,6}(?:人民政府|政府)$")
_KIND_ZONE = re.compile(
    r"^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区|产业园区|园区)(?:管委会|管理委员会|党工委)$"
)


# 县委组织部、宣传部: the party committee whose departments (…部) the list goes on to name
_PARTY = re.compile(r"^((?:中共)?[省市县区州]委)(?=[^、]{1,8}部$)")
# 各乡镇人民政府、街道办事处: a name that starts with a level is a body at that level, not the collective's; so is a
# park's or a zone's (各县区人民政府、园区管委会: each park's committee, not the counties')
_AT_A_LEVEL = re.compile(r"^(?:街道|乡|镇|社区|村|园区|开发区|经开区|高新区)")


def self_named(name: str) -> bool:
    """A body named after itself (国家统计局, 新材料产业园, 瓮水街道): it keeps its name in any list."""
    return bool(P.SELF_NAMED.search(name) or grammar().self_named.search(name))


# A zone by its own name before a body's function (平潭综合实验区民政部门, 浦东新区民政局); never a zone named by its
# kind alone (经济开发区管委会 is each county's, after 各县人民政府)
_OWN_ZONE = re.compile(rf"^[{P.CJK}]{{2,8}}?(?:实验区|新区|示范区|合作区)(?=[{P.CJK}]|$)")  # …or the zone alone


# A zone's committee by the zone's own name (湄洲岛管委会, 北岸管委会): each county has none of its own
_NAMED_ZONE_BODY = re.compile(rf"^[{P.CJK}]{{2,}}(?:管委会|管理委员会)$")


# Places that keep their own name in a list but give none to the names after them (社区党组织、居委会、物业服务企业:
# no 社区物业服务企业)
_OWN_ONLY = ("村", "社区", "街道", "乡镇")


def carry_prefix(names: list[str]) -> list[str]:
    """市民政局、财政局 -> 市民政局, 市财政局: a bare name takes the jurisdiction of the name before it
    (县委组织部、宣传部 -> 县委宣传部; 各乡镇人民政府、街道办事处 -> 各街道办事处)."""
    prefix: str | None = None
    party: str | None = None
    written = 0  # how many names in a row before this one wrote their own place
    out = []
    for name in names:
        # 龙南经济技术开发区管委会* / …管委会（牵头）: the lead's star or mark is no part of its name
        core = grammar().mark.sub("", name).strip(P.STARS)
        mine = own_prefix(core)
        zone = _OWN_ZONE.match(core)  # 平潭综合实验区民政部门: a zone's own department, no city's
        if mine in _OWN_ONLY and prefix and prefix.startswith("各") and _AT_A_LEVEL.match(name):
            out.append("各" + name)  # 各乡镇人民政府、街道办事处: every street office too
        elif mine or zone or self_named(core) or re.search(r"[省市县]委", core) or place_prefix(core):
            # 安徽银保监局 / 合肥海关 name their own place but do not change the list's prefix
            prefix = prefix if mine in _OWN_ONLY else (mine or prefix)
            party = (m.group(1) if (m := _PARTY.match(name)) else None) if mine else party
            out.append(name)
        elif party and name.endswith("部"):
            out.append(party + name)
        elif prefix and prefix.startswith("各") and _AT_A_LEVEL.match(name):
            out.append("各" + name)
        elif prefix and prefix.startswith("各") and _NAMED_ZONE_BODY.match(name):
            out.append(name)  # 各县（区）政府、湄洲岛管委会: a zone's committee by the zone's name is no county's
        elif prefix and written >= 2 and named_in_full(core):
            # 市发展改革委、市商务委、长三角区域合作办公室: a list that writes each name's place (two in a row before)
            # names one without it so on purpose
            out.append(name)
        elif prefix:
            out.append(prefix + name)
        else:
            out.append(name)
        written = written + 1 if (mine and mine not in _OWN_ONLY) or place_prefix(core) else 0
    return out


# 各级党委和政府 / 各地党委、政府: the government of the same place or level as the party committee before it
_PARTY_COMMITTEE = re.compile(r"^(?P<whose>.+?)(?:党委|党工委)$")
_PARTY_PLACE = re.compile(rf"^(?:各.*|[{P.CJK}]{{0,6}}(?:[省市县区乡镇]|乡镇|街道))$")
_GOVERNMENT = ("政府", "人民政府")


def split_conjunction(name: str) -> list[str]:
    """'市委组织部和市民政局' -> two bodies; '工业和信息化部' and '中央和国家机关工委' stay one;
    '各级党委和政府' -> 各级党委, 各级政府."""
    for m in P.CONJUNCTION.finditer(name):
        left, right = name[: m.start()], name[m.end() :]
        party = _PARTY_COMMITTEE.match(left)
        if party and right in _GOVERNMENT:
            return [left, party["whose"] + right]
        core = re.sub(r"(?:\([^()]*\)|（[^（）]*）)+$", "", right)  # 各有关部门和单位（牵头）: the mark is no name
        whole = len(left) >= 3 or re.fullmatch(r"[省市县区州旗]委", left)  # 市委和市政府; 工业和信息化部 stays
        # a function written short joins the next one in one name (市科技和信息化局, 县文化和旅游局)
        # (有关部门和各县区: everyone concerned, then a collective of bodies — two)
        ends = (looks_like_body(left) and not named_by_function(left)) or re.fullmatch(r"(?:有关|相关)部门", left)
        if whole and len(core) >= 3 and ends and looks_like_body(right):
            return [left, *split_conjunction(right)]
    return [name]


# 各区县政府（含南太湖新区、长合区管委会）: the bracket names bodies the one before it includes; each is given the work.
_INCLUDING = re.compile(r"^(?P<head>.+?)[(（](?:含|包括|包含)(?P<inner>[^()（）]+)[)）]$")
# 南太湖新区、长合区管委会: zones share the committee word written once at the end of the run.
_ZONE = re.compile(r"(?:新区|开发区|高新区|经开区|园区|合作区|示范区|试验区|产业园|工业园)$")


_ZONE_BODY = re.compile(r"^(.+(?:区|园))(管委会|党工委|工委)$")


def _zone_committees(names: list[str]) -> list[str]:
    """高新区党工委和管委会 -> 高新区党工委, 高新区管委会; 城乡一体化示范区、高新区党工委和管委会: the bare zone has
    each of the bodies the zone after it has (南太湖新区、长合区管委会 -> 南太湖新区管委会)."""
    out = list(names)
    for i in range(1, len(out)):
        m = _ZONE_BODY.match(out[i - 1])
        if m and out[i] in ("管委会", "党工委", "工委"):
            out[i] = m.group(1) + out[i]
    for i in range(len(out) - 2, -1, -1):
        if not _ZONE.search(out[i]):
            continue
        kinds, zone, j = [], "", i + 1
        while j < len(out) and (m := _ZONE_BODY.match(out[j])) and zone in ("", m.group(1)):
            zone = m.group(1)
            kinds.append(m.group(2))
            j += 1
        if kinds:
            out[i : i + 1] = [out[i] + kind for kind in kinds]
    return out


def parse_names(text: str) -> list[str]:
    """All body names in a written list, prefixes and type words written out."""
    return list(_names_cached(text))


@lru_cache(maxsize=8192)  # a list is read again for each statement shape tried on it
def _names_cached(text: str) -> tuple[str, ...]:
    return tuple(_parse_names(text))


def _parse_names(text: str) -> list[str]:
    items: list[str] = []
    included: dict[int, list[str]] = {}  # after which name (its place in items) the bracket's names go
    for piece in _each_zone(text):
        including = _INCLUDING.match(clean_name(piece))
        items.extend(_names_of(including["head"] if including else piece))
        if including:
            # 各区人民政府（含开发区管委会）: the bracket's names are a list of their own, not the collective's run
            inner = [x for one in split_top(including["inner"]) for x in _names_of(one)]
            included[len(items)] = expand_list(_zone_committees(inner))
    if not included:
        return expand_list(_zone_committees(items))
    # each run up to a bracket is written out with what came before it (a prefix carries on past the bracket)
    names: list[str] = []
    done = 0
    for end in [*sorted(included), len(items)]:
        run = expand_list(_zone_committees(items[:end]))
        names.extend(run[done:])
        names.extend(included.pop(end, []))
        done = len(run)
    return names


# The commas and semicolons that part a list into runs (a 、 joins the names of one run)
_COMMA = re.compile(r"[,，;；]")


def _each_zone(text: str) -> list[str]:
    """The pieces of a list, a zone named by its kind right after the governments' collective made one of each."""
    pieces = []
    for group in split_top(text, _COMMA):
        run = split_top(group)
        pieces.extend(
            "各" + piece
            if i and _EACH_GOVERNMENT.match(clean_name(run[i - 1])) and _KIND_ZONE.match(clean_name(piece))
            else piece
            for i, piece in enumerate(run)
        )
    return pieces


def _names_of(piece: str) -> list[str]:
    return [
        x
        for part in split_conjunction(clean_name(piece))
        for run in split_run_together(part)
        for x in _two_collectives(run)
    ]


# 各地区各部门 / 各地各有关部门: two collectives written without a mark between (各级各部门 is one: every level's)
_TWO_COLLECTIVES = re.compile(r"^(各(?:地区|地方|地|省|市|县|区|乡镇))(各.{1,8})$")


def _two_collectives(name: str) -> list[str]:
    m = _TWO_COLLECTIVES.match(name)
    return [m.group(1), m.group(2)] if m else [name]
