"""What extraction leaves in a text and what it loses: page numbers, bookmarks, web pages' buttons and footers,
pinyin glosses, converters' Markdown and brackets a copy changed; and, where line breaks were lost or a PDF's text
layer printed the page, where a run-on line breaks into paragraphs and how printed lines are joined."""

from __future__ import annotations

import re
from functools import cache

from .characters import CJK, CN_DIGITS
from .numbering import PART_TITLE

# --- noise left by PDF/DOCX/web extraction ---------------------------------
# Page numbers printed in the footer: "/ 3 /", "- 18 -", "— 4 —", "第3页 共20页".
PAGE_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?:[/／]\s*\d{1,3}\s*[/／]|[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)(?=\s|$)",
    re.M,
)
# Any run of blanks, line breaks included: what a name or a label loses before it is compared
BLANKS = re.compile(r"\s+")
# The colon after a label (牵头单位 ： …), matched where the label ends
LABEL_COLON = re.compile(r"\s*[:：]")
# Word-processor bookmarks that survive a DOCX-to-text conversion.
BOOKMARK = re.compile(r"\[bookmark:[^\]\n]*\]")
# Buttons and footers of government web pages saved as text.
WEB_RESIDUE = re.compile(
    r"扫一扫在手机上查看当前页面|【?打印本页】?|【?关闭窗口】?"
    # the page's download links after the text (【原文下载】 ⏎ - [某通知.pdf](/cmsres/…)), as a crawler's Markdown keeps
    # them: the last item's closing bracket is no longer the text's end
    # (in a run-on copy they follow the last item's words on its line)
    r"|【(?:原文下载|附件下载|相关下载)】|^[ \t]*(?:原文下载|附件下载|相关下载)[ \t]*$"
    r"|(?:[-*][ \t]*)?\[[^\]\n]*\]\([^)\n]*\)",
    re.M,
)
# A web page's footer: its licence numbers and copyright (粤ICP备…, 粤公网安备…, 网站标识码, 版权所有), the site's
# sponsor beside its technical support (网站主办：… 技术支持：…), and the lines of sponsor and operator run on with
# them (主办：… 承办：… ⏎ 网站标识码：…) — never a statement, though 主办/承办/协办 label bodies elsewhere (主办：A 协办：B
# in a 督办 list is one)
WEB_FOOTER_LINE = re.compile(
    r"ICP备|公网安备|网站标识码|版权所有"
    r"|(?:网站)?主办(?:单位)?\s*[:：][^。；]*(?:技术支持|运行维护|运维)(?:单位)?\s*[:：]|网站主办"
)
WEB_FOOTER_LABEL = re.compile(r"^\s*(?:网站)?(?:主办|承办|协办|技术支持|运行维护|运维)(?:单位)?\s*[:：][^。；]*$")
# Pinyin glosses that copying sites put after characters (建设(shè), 市发(fā)改委, 經(jīng)貿(mào)): not the document's
# words, and inside a body's name they make it another body. A gloss has a tone-marked vowel: (a), (PPP) stay.
# A printed line may break inside one (經(jī / ng)): the break goes with it.
_PINYIN_LETTER = r"\s*[a-zü]"
PINYIN_GLOSS = re.compile(
    rf"(?<=[{CJK}])\s*[(（](?:{_PINYIN_LETTER})*\s*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ](?:{_PINYIN_LETTER})*\s*[)）]"
)
# Markdown produced by converters: bold markers, list bullets, table pipes.
MARKDOWN_BOLD = re.compile(r"\*\*")
LIST_BULLET = re.compile(r"^[ \t]*[-*•][ \t]+", re.M)
# 〔〕 around words (各县〔市、区〕人民政府, 有关部门〔单位〕, a whole statement 〔市生态环境局牵头，…〕) are round
# brackets; around a year they are a 文号's.
HEXAGON_OPEN = re.compile(r"〔(?!\s*\d{4}\s*〕)")
HEXAGON_CLOSE = re.compile(r"(?<![\d])〕")
TABLE_PIPE = re.compile(r"[ \t]+\|[ \t]*$", re.M)
# 各县<市、区>人民政府: a page that lost its round brackets to angle ones (云浮 2019); only around levels, and around
# the mark on a lead's name (县自然资源局<牵头>).
_LEVELS = r"(?:[市区县旗乡镇]|街道)"
_ANGLED = rf"(?:{_LEVELS}(?:\s*[、,，]\s*{_LEVELS})*|牵头|主办|主责)"
ANGLE_OPEN = re.compile(rf"[<〈](?=\s*{_ANGLED}\s*[>〉])")  # a PDF may break a line inside
ANGLE_CLOSE = re.compile(r"(?:(?<=[市区县旗乡镇道])|(?<=[市区县旗乡镇道]\n)|(?<=牵头|主办|主责))[>〉]")

# Marks put after a lead's name where a note explains them (标*的为牵头单位, 标▲的为牵头单位); the same set stands in
# grammar/declarations.csv's asterisk row.
STARS = "*＊※★☆▲△"

# --- lines run together, printed lines ----------------------------------------
# A whole document on a few very long lines: text taken from a database or a page whose paragraph breaks were
# stripped, each paragraph still indented (　　) or closed by its bracket of bodies (…（A牵头）2.乙项).
RUN_ON_LINE = 1500  # characters: no printed paragraph is this long
# A shorter page run together (an excerpt, a short notice) shows three places where a paragraph starts.
RUN_ON_SHORT = 300
# …or holds nearly all the text of a short page (an excerpt run onto one line under its title), with one such place;
# such a line may be shorter (a notice's first item, 150 characters on).
RUN_ON_SHARE = 0.8
RUN_ON_SHARE_SHORT = 150
# A paragraph's indent (　　, two ideographic spaces, with any other spaces around them), before full-width forms are
# folded: where a paragraph starts in text whose line breaks were lost.
PARAGRAPH_INDENT = r"[\u3000\u00a0 \t]*\u3000{2}[\u3000\u00a0 \t]*"
# …nor holds three paragraph indents between its words: a shorter run-on line is known by them.
RUN_ON_INDENTS = re.compile(rf"(?<=\S){PARAGRAPH_INDENT}(?=\S)")
# Where such a line breaks (read before full-width forms are folded): at an indent, or before a numbering mark
# after a sentence end, a colon or a closing bracket (…（A牵头）2.乙项, …[责任单位:A]2、乙项), or before （二）
# right after a heading's last word (一、总体要求（一）指导思想). A break where no heading follows is harmless:
# the structure rejoins a line whose number does not continue its list.
_RAW_MARK = (
    rf"(?:第[{CN_DIGITS}]+(?:[章节条]|部分)|[{CN_DIGITS}]+、|[(（][{CN_DIGITS}]+[)）]|[0-9０-９]{{1,2}}[.、．](?![0-9０-９])"
    rf"|[(（][0-9０-９]{{1,2}}[)）]"
    rf"|专栏\s*\d)\s*[{CJK}“\"《]"
)
# What follows a label that is a sentence's subject, not a field: a verb or an adverb (牵头单位负责…, 责任单位要…)
_LABEL_AS_SUBJECT = r"\s*(?:要|负责|应|须|必须|需|会同|牵头|按|将|对|在|与|和|及|的|是|为|主动|积极|切实|认真|加强|做好|抓好|履行|发挥|统筹)"
_ARABIC_DATE = r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
_SIGNATURE = rf"[{CJK}]{{2,30}}?(?:办公室|办公厅|政府|委员会|局|厅){_ARABIC_DATE}"
@cache
def run_on_break() -> re.Pattern[str]:
    """Where a run-on line breaks: compiled on first use, since two of its breaks come from the grammar's tables (the
    characters a body's name ends with, the body labels) and importing the parser reads no table."""
    from ..grammar import grammar

    return re.compile(
        # a page's footer beside a cell's end (… 3 / 1 /  固定资产投资…: a table a cell a paragraph in a PDF's text layer
        # on one line) goes with the break there, never into the cell (inside a paragraph, between single spaces, it is
        # left for PAGE_MARKER: a break there would cut a heading)
        r"[ \t]+[/／][ \t]?\d{1,3}[ \t]?[/／](?=[ \t]{2,}\S|[ \t]*$)|(?<=[ \t][ \t])[/／][ \t]?\d{1,3}[ \t]?[/／][ \t]*|"
        rf"[\u3000\u00a0 \t]{{2,}}(?=\S)|(?<=[。；;：:)）〕」”！？!?\]】])(?={_RAW_MARK})"
        rf"|(?<=[{CJK}])(?<![{CN_DIGITS}第])(?=[(（][{CN_DIGITS}]+[)）]\s*[{CJK}“\"《]"
        # …责任单位：市民政局二、完善服务设施: a section after the last list; never 二、三级医院 or a 一、 (统一、规范)
        rf"|[二三四五六七八九十]{{1,3}}、(?![{CN_DIGITS}])[{CJK}“\"《])"
        # a titled item glued to the words before it (…完善设施2.乙项。), never an annex's, table's or figure's number
        rf"|(?<=[{CJK}])(?<![{CN_DIGITS}第件表图])(?=[0-9０-９]{{1,2}}[.．、](?![0-9０-９])\s*[{CJK}“\"《][^。\n]{{0,38}}。)"
        # …责任单位：省财政厅2.坚持政府过紧日子，…: the next item after a list that ends with a body's name, whatever its
        # title's length (grammar/body_endings.csv: the characters a body's name ends with)
        + rf"|(?<=[{grammar().body_last}])(?=[0-9０-９]{{1,2}}[.．、](?![0-9０-９])\s*[{CJK}“\"《])"
        # …责任编辑:卫健委政务公开1.落实积极应对人口老龄化国家战略,…升级。: a list's first item glued to the page's last
        # words before it (its title may be long: 1 is no number a sentence holds so), never an annex's, table's or
        # figure's 1 (附件1.), nor 第1
        + rf"|(?<=[{CJK}])(?<![{CN_DIGITS}第件表图])(?=[1１][.．、](?![0-9０-９])\s*[{CJK}“\"《][^。\n]{{0,118}}。)"
        # …健康县。责任单位卫健局、文旅局配合单位各乡镇: a body label after a sentence's end starts the item's list, as
        # on a page of one task whose fields ran together; never a sentence that speaks of such bodies (…。牵头单位负责
        # 制定攻坚方案, 各责任单位要…)
        + rf"|(?<=[。；;])(?=(?:{grammar().label.pattern})(?!{_LABEL_AS_SUBJECT}))"
        # …服务牵头单位:光明区卫生健康局协办单位:各有关单位: a body label and its colon glued to the words before it
        # (a page of one task whose fields ran together), never 各 and its label (各责任单位: addresses them), nor a
        # shorter label inside a longer one (责任单位 in 牵头责任单位, 协作单位 in 主要协作单位)
        + rf"|(?<=[{CJK}])(?<!各){''.join(f'(?<!{w})' for w in grammar().label_openers)}"
        + rf"(?=(?:{grammar().label.pattern})\s*[:：])"
        # …配合)1、2023年,将…: an item whose words open with a year (a 、 is never a decimal point)
        rf"|(?<=[。；;：:)）〕」”！？!?\]】])(?=[0-9０-９]{{1,2}}、[ \u3000\u200b]*(?:19|20|１９|２０)[0-9０-９]{{2}})"
        # …具体措施：1．2021年6月底前…: with a dot, the year's 年 says it (1.2021 is no quantity); never an annex's title
        # after 附件： (附件：1.2025年任务分解 is the notice's list of annexes)
        rf"|(?<=[。；;：:)）〕」”！？!?\]】])(?<!件[:：])(?=[0-9０-９]{{1,2}}[.．](?:19|20|１９|２０)[0-9０-９]{{2}}年)"
        # 11.121人才梯队项目: an item number glued to its title's digits (ARABIC_GLUED)
        r"|(?<=[。；;)）])(?=[0-9]{1,2}[.．](?=[0-9]{2,}[^0-9.%．]))"
        # the title of the plan a signature issues ends where the plan's first section begins (…责任分解一、…)
        + rf"|(?<=方案|意见|计划|要点|分解|分工|清单|规划|办法|措施|事项)(?=一、[{CJK}0-9])"
        # …予以通报。湖州市人民政府办公室2024年2月8日…: a signature after the notice's last sentence (or after the
        # title of its last annex, 附件：…3.…任务分解沁县人民政府办公室…) starts a line
        + rf"|(?<=[。！])(?={_SIGNATURE})|(?<=方案|意见|计划|要点|分解|分工|清单|规划|办法|措施)(?={_SIGNATURE})"
        # (此件公开发布)附件1…: an annex's label after the notice's end matter, and its title after the label (附件1 then
        # 2025年…任务清单: the number is the shortest that leaves a year)
        + r"|(?<=[)）])(?=附\s*件\s*[0-9一二三四五六七八九十])"
        # …and after the last body of a table's last row (…10节能减排降碳完成年度目标任务区发展改革委附件2 2022年…)
        + rf"|(?<=[{grammar().body_last}])(?=附\s*件\s*[0-9一二三四五六七八九十])"
        + r"|(?<=附件[0-9])(?=(?:19|20)[0-9]{2}年)|(?<=附件[0-9]{2})(?=(?:19|20)[0-9]{2}年)"
        # …按职责分工负责本实施意见自印发之日起施行: the plan's closing sentence starts a paragraph, even glued to the last
        # statement (the statement would run on to its 。 and lose its last name)
        + rf"|(?<=[{CJK}。；;])(?=本(?:实施)?(?:方案|意见|办法|细则|规定|计划|措施|规划|通知)(?:自|从)(?:印发|发布|公布)之日起)"
    )
# …and after a signature's date (…办公室2020年5月22日2020年政府工作报告…, …办公厅二○○六年四月二十八日2006年…): the
# date after the issuer's name, so that a date inside a sentence (自2021年5月1日起执行) goes on.
_DATE = rf"(?:{_ARABIC_DATE}|[〇○零一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日)"
RUN_ON_SIGNED = re.compile(rf"(?:办公室|办公厅|政府|委员会|局|厅|委|办){_DATE}(?=[{CJK}0-9(（])")
# In such a line, after the breaks above: a section heading has no stop, so its first item runs straight on
# (一、坚持系统集成，推动审批全链条优化1.全面实施…): the item starts where a number follows the heading's words. (Read
# before full-width forms are folded, as the breaks are: its digits may be full-width, １．.)
RUN_ON_HEAD_ITEM = re.compile(
    rf"(?m)^(?:[{CN_DIGITS}]{{1,3}}、|[(（][{CN_DIGITS}]{{1,3}}[)）])[^。；;\n]{{2,40}}?[{CJK}”）)]"
    rf"(?=(?:[0-9０-９]{{1,2}}[.．、]|[(（][0-9０-９]{{1,2}}[)）])\s*[{CJK}“\"《])"
)
# …and a part's heading run straight on into its first （N） where the items are numbered through the parts (二、促进
# 科技服务市场升级（八）推动…: the run-on copy of 上海 2025's opinions titled （八） with the part's words)
RUN_ON_PART_ITEM = re.compile(
    rf"(?m)^[{CN_DIGITS}]{{1,3}}、[^。；;：:\n()（）]{{2,30}}?[{CJK}”]"
    rf"(?=[(（][{CN_DIGITS}]{{1,3}}[)）]\s*[{CJK}“\"《])"
)
# In any text: a section heading whose words run straight on into the first mark of the list under it (一、加强民营经济
# 资源要素支持(一)强化财税政策保障。…, a page that lost the break after a heading): the first mark only, (一), 1. or (1),
# after a heading's words without a stop, so a second-level mark inside a heading's words is never taken for one.
HEAD_FIRST_ITEM = re.compile(
    rf"(?m)^(?:[{CN_DIGITS}]{{1,3}}、|[(（][{CN_DIGITS}]{{1,3}}[)）])[^。；;：:\n]{{2,40}}?[{CJK}”）)]"
    rf"(?=(?:[(（]一[)）]|1[.．、]|[(（]1[)）])\s*[{CJK}“\"《])"
)
# A PDF's text layer saved as one line joins its printed lines by single spaces (珠海's copy). A paragraph's last
# line stops short of the page's width, so a space after a run of words shorter than a printed line is a paragraph
# break where the run ends a sentence (…可操作性。 (2)推进…), is a heading (四、改造交通瓶颈，提高道路通行能力 按照…)
# or ends a title (…“十四五” 规划实施方案 根据…).
# Spaces beside a number (到 2025 年) are the PDF's spacing of digits, not line ends.
PRINTED_LINE_BREAK = re.compile(r"(?<=[^\sA-Za-z0-9.%]) (?=[^\sA-Za-z0-9])")
_TITLE_END = PART_TITLE.pattern.removesuffix(r"\s*$")
PARAGRAPH_LAST_RUN = re.compile(
    rf"(?:[。；;！？!?]|^(?:[{CN_DIGITS}]{{1,3}}、|[(（][{CN_DIGITS}]{{1,3}}[)）]|[0-9]{{1,2}}[.．、](?![0-9]))"
    rf"[{CJK}“\"《][^。；;：:!?！？\u3000]*|{_TITLE_END})$"
)
# …shorter than this share of the printed width (the length most runs have)
PARAGRAPH_LAST_SHARE = 0.8
# A line's printed width is measured only where it has this many such spaces, and most runs between them are
# nearly that wide: a printed page's lines joined (not a table's cells or a text's spaced words).
PRINTED_LINES_MIN = 6
PRINTED_FULL_SHARE = 0.4
PRINTED_LINE_SHORTEST = 8  # characters: no page prints fewer on a line
PRINTED_WIDTH_LEAST = 15  # characters: no page is narrower; a table's cells may share a smaller width by chance
