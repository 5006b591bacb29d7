"""Parse metadata: title, 文号, issuer, date, level, jurisdiction, validity, citations.

Read from the front matter (masthead, number, cover notice, title), web-page
fields, the preamble and the end matter; a manifest fills in what is missing.
"""

from __future__ import annotations

import re

from ..linking.citations import title_key
from ..model import NATION, Citation, DocumentMeta
from . import patterns as P
from .bodies import split_run_together
from .normalize import clean_chars, squeeze
from .numerals import cn_int
from .places import division, province_of_number
from .structure import Structure


def _iso(y: str, m: str, d: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def parse_date(text: str) -> str:
    m = P.DATE.search(text) or P.DATE_ISO.search(text)
    if m:
        return _iso(*m.groups())
    m = P.DATE_CN.search(text)
    if m:
        year = "".join(str(cn_int(c)) for c in m.group(1))
        return _iso(year, str(cn_int(m.group(2))), str(cn_int(m.group(3))))
    return ""


def _number(text: str) -> str:
    """The first 文号 in text, without masthead words run onto it."""
    m = P.DOC_NUMBER.search(text)
    if not m:
        return ""
    return re.sub(r"^.*(?:文件|号|:)", "", squeeze(m.group(0))[:-1]) + "号"


def _fields(raw_lines: list[str]) -> dict[str, str]:
    """Web-page fields (发文机关：…), several to a line when a table row became tab-separated cells."""
    out = {}
    for line in raw_lines:
        cells = [c.strip() for c in line.split("\t")]
        for i, cell in enumerate(cells):
            m = P.FIELD.match(cell)
            if not m:
                continue
            value = m.group(2).strip() or (
                cells[i + 1] if i + 1 < len(cells) and not P.FIELD.match(cells[i + 1]) else ""
            )
            if value:
                out.setdefault(re.sub(r"\s", "", m.group(1)), value)
    return out


def _number_line(raw_lines: list[str]) -> int | None:
    """Index of the first line that is a 文号 and nothing else."""
    for i, line in enumerate(raw_lines[:60]):
        if P.NUMBER_LINE.match(squeeze(line)):
            return i
    return None


def _title_above(raw_lines: list[str], at: int) -> str:
    """A title printed on the lines just above the 文号, perhaps broken in two (国务院关于加快推进… / …的指导意见)."""
    lines: list[str] = []
    seen: set[str] = set()
    for line in reversed(raw_lines[max(0, at - 5) : at]):
        text = squeeze(line)
        if not text:
            continue
        if "。" in text or ":" in text or "：" in text or len(text) > 100 or text.startswith(("【", "http")):
            break
        key = re.sub(rf"[^{P.CJK}]", "", text)
        if key not in seen:  # pkulaw and other sites print the title twice (once with other brackets)
            seen.add(key)
            lines.insert(0, text)
    for start in range(len(lines)):
        title = "".join(lines[start:])
        if P.TITLE_END.search(title) and 6 <= len(title) <= 100:
            return title
    return ""


# How many lines a signature may take: joint issuers are set two or three a line (工业和信息化部等十四部门 sign in
# seven lines of two).
SIGNATURE_LINES = 10


def _signature(raw_lines: list[str]) -> tuple[str, ...]:
    """The issuer(s) on the lines above the first date that stands alone: 国务院 / 中共某某市委 某某市人民政府, or
    joint issuers set in columns over several lines."""
    for i, line in enumerate(raw_lines):
        text = line.strip()
        if i and P.DATE.fullmatch(re.sub(r"\s", "", text)):
            block: list[str] = []
            for above in reversed(raw_lines[max(0, i - SIGNATURE_LINES - 2) : i]):
                above = " ".join(above.split())
                if not above:
                    if block:
                        break
                    continue
                if not P.SIGNATURE.match(above) or "关于" in above or len(block) == SIGNATURE_LINES:
                    break
                block.insert(0, above)
            if block:
                return tuple(n for row in block for part in row.split() for n in split_run_together(part))
    return ()


def place_of(name: str) -> str:
    """The jurisdiction a name starts with: 莆田市人民政府办公室 -> 莆田市; 广州市天河区人民政府 -> 天河区, the
    place a chain of places ends at when the division list knows it (贵州省黔南州瓮安县 -> 瓮安县)."""
    m = P.PLACE.match(name)
    if not m:
        return ""
    place, rest = m.group(1), name[m.end() :]
    while (deeper := P.PLACE.match(rest)) and division(deeper.group(1), place):
        place, rest = deeper.group(1), rest[deeper.end() :]
    return place


def level_of(place: str, issuer: str = "") -> str:
    if P.NATIONAL_ISSUERS.match(issuer or place) and not place_of(issuer or ""):
        return "national"
    if place in P.MUNICIPALITIES:
        return "province"
    for suffix, level in P.LEVEL_BY_SUFFIX:
        if place.endswith(suffix):
            return level
    return ""


def _title(structure: Structure, lines: list[str]) -> str:
    front = structure.front
    notice = P.NOTICE_OF.search(front)
    if notice:
        return squeeze(notice.group(1)).strip("《》")
    texts = [squeeze(line) for line in lines if line.strip() and not P.FIELD.match(line)]
    for i, text in enumerate(texts):
        if _is_title(text):
            return text
        # a title broken over two lines (关于进一步加强城乡社区治理的 / 实施意见): the first opens it with 关于 and ends
        # in no stop
        opens = "关于" in text and not P.DOC_NUMBER.search(text) and not re.search(r"[。，,；;：:）)]$|[:：]|^\d", text)
        if opens and i + 1 < len(texts) and _is_title(text + texts[i + 1]):
            return text + texts[i + 1]
    return ""


def _is_title(text: str) -> bool:
    return 6 <= len(text) <= 80 and "。" not in text and bool(P.TITLE_END.search(text))


def _title_between(structure: Structure) -> str:
    """The title printed between the cover (date/number/addressee) and the preamble."""
    front = structure.front
    cut = 0
    for rx in (P.DATE, P.DOC_NUMBER, re.compile(r"[:：]")):
        for m in rx.finditer(front):
            cut = max(cut, m.end())
    candidate = front[cut:].strip()
    if candidate[:1].isdigit() and not re.match(r"\d{4}\s*年", candidate):  # a year opens many titles (2023年…方案)
        candidate = re.sub(r"^.*?(?=[^\s\d日])", "", candidate, count=1)
    return candidate if 6 <= len(candidate) <= 80 and P.TITLE_END.search(candidate) else ""


def _issuers(structure: Structure, fields: dict[str, str], title: str, raw: str) -> tuple[str, ...]:
    for key in ("发布机构", "发文机关"):
        if key in fields:
            return tuple(split_run_together(squeeze(fields[key])))
    m = P.MASTHEAD.search(raw)
    if m:
        names = split_run_together(squeeze(m.group(1)))
        if names and all(len(n) >= 4 for n in names):
            return tuple(names)
    for text in (title, structure.front):
        m = re.search(rf"^([{P.CJK}“”]{{3,40}}?(?:办公厅|办公室|人民政府|政府|局|委员会|委|厅|部|院))关于", text)
        if m:
            return tuple(split_run_together(m.group(1)))
    return _signature(raw.splitlines())


def _citations(text: str, own_title: str) -> tuple[Citation, ...]:
    out: list[Citation] = []
    for sentence in re.split(r"[。]", text):
        if not P.CITE_VERB.search(sentence):
            continue
        for m in P.BOOK_TITLE.finditer(sentence):
            title = m.group(1)
            inner = P.NOTICE_OF.search(title.replace("〈", "《").replace("〉", "》"))
            if inner:
                title = inner.group(1).strip("《》")
            title = squeeze(title).strip("《》〈〉")
            if title and title_key(title) != title_key(own_title) and all(c.title != title for c in out):
                out.append(Citation(title=title, number=squeeze(m.group(2) or "")))
    return tuple(out)


def parse_metadata(raw: str, structure: Structure) -> DocumentMeta:
    raw_clean = clean_chars(raw)
    raw_lines = raw_clean.splitlines()
    fields = _fields(raw_lines)
    at = _number_line(raw_lines)
    above = _title_above(raw_lines, at) if at is not None else ""
    notice = P.NOTICE_OF.search(above) if above else None
    title = (
        fields.get("标题")
        or (squeeze(notice.group(1)).strip("《》") if notice else above)
        or _title_between(structure)
        or _title(structure, raw_lines[:40])
    )
    number = P.NUMBER_LINE.match(squeeze(raw_lines[at])).group(1) if at is not None else ""
    for key in ("备注/文号", "文号", "发文字号", "发文序号"):
        if key in fields:
            number = _number(fields[key]) or squeeze(fields[key])
    if not number:
        number = _number(structure.front)
    number = re.sub(r"\s", "", number)
    date = ""
    for key in ("成文日期", "发布日期", "公文生成日期"):
        if key in fields:
            date = parse_date(fields[key])
            break
    if not date:
        front_dates = [m for m in P.DATE.finditer(structure.front)]
        if front_dates:
            date = _iso(*front_dates[-1].groups())
    if not date:
        for m in P.DATE.finditer(structure.tail):
            if not structure.tail[m.end() : m.end() + 2].startswith("印发"):
                date = _iso(*m.groups())
                break
    issuers = _issuers(structure, fields, above or title, raw_clean)
    place = next((p for c in (*issuers, title) if (p := place_of(c))), "")
    if not place:  # the signature is read again only when the issuer and title name no place
        place = next((p for c in _signature(raw_lines) if (p := place_of(c))), "")
    if not place and issuers:
        place = province_of_number(number, issuers[0])
    level = level_of(place, issuers[0] if issuers else "")
    if level == "national" and not place:
        place = NATION
    elif place and level != "national":
        found = division(place, title + " ".join(issuers))
        level = found.level if found else level  # 福清市 is a county-level city, not a prefecture
    preamble = next((c.text for c in structure.clauses if c.kind == "preamble"), "")
    valid = P.VALID_UNTIL.search(" ".join(c.text for c in structure.clauses if c.kind == "closing") + structure.tail)
    return DocumentMeta(
        title=title,
        number=number,
        issuers=issuers,
        date=date,
        level=level,
        jurisdiction=place,
        valid_until=parse_date(valid.group(1)) if valid else "",
        cites=_citations(preamble or structure.front, title),
    )
