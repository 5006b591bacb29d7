"""Every heading, department, metadata and noise pattern in one place.

Each pattern says why it exists. Patterns describe *formats* seen in Chinese
government documents, never the wording of one particular file.
"""

from __future__ import annotations

import re
from functools import cache

CJK = r"\u3400-\u9fff\uf900-\ufaff"
CN_DIGITS = "零〇一二三四五六七八九十百两"

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

# --- clause numbering --------------------------------------------------------
# Each style is one numbering system; the parser nests them by order of first
# appearance, so documents may use any subset in any order.
# A dotted heading's title: the whole line, short and without a sentence's punctuation; or a short titled sentence.
_LINE_TITLE = rf"[{CJK}][^。，,；;：:、]{{0,30}}$"
# (never a number's unit: 1.5 亿元。 is a line broken inside a sentence)
_TITLED = rf"(?![万亿千百十个元人户次吨米倍年月日天家所处项条])[{CJK}][^。，,；;：:、]{{1,30}}。"
HEADING_STYLES: dict[str, re.Pattern[str]] = {
    # 第一章 / 第一节 — provincial plans are organised in chapters and sections.
    # 第一部分 — provincial plans and annual work programmes divide into parts above their 一、 sections.
    "division": re.compile(rf"第([{CN_DIGITS}]+)部分"),
    "chapter": re.compile(rf"第([{CN_DIGITS}]+)章"),
    "section": re.compile(rf"第([{CN_DIGITS}]+)节"),
    # 第十五条 — articles of 办法, 规定 and 条例, numbered straight through the chapters.
    "article": re.compile(rf"第([{CN_DIGITS}]+)条"),
    # 一、 — the top level of most implementation plans; 三.保障措施 / 四．组织实施 — the same with a point, as some
    # offices type it (never before a digit)
    "cn-dun": re.compile(rf"([{CN_DIGITS}]+)(?:、|\.(?!\d))"),
    # （一） / (一) — second level; parentheses are half-width after normalisation.
    "cn-paren": re.compile(rf"\(\s*([{CN_DIGITS}]+)\s*\)"),
    # 1. / 1、 / 1． — third level; a point never followed by a digit (that is a decimal), a 、 may be (1、2023年底前…),
    # and a point may before a year (1.2024年，全市…: no decimal is followed by 年)
    "arabic": re.compile(r"(\d{1,2})\s*(?:、|\.(?!\d)|\.(?=(?:19|20)\d{2}年))"),
    # 【一】 — the same level in lenticular brackets, as some county offices type it (never a label: no numeral is one)
    "cn-lenticular": re.compile(rf"【\s*([{CN_DIGITS}]+)\s*】"),
    # 一） — a Chinese numeral with only its closing bracket (（一） written short).
    "cn-close": re.compile(rf"([{CN_DIGITS}]{{1,3}})\s*\)(?![\d)])"),
    # 任务一：/ 措施二、/ 专项行动三： — items named by the kind of work they are and counted in Chinese numerals
    "named": re.compile(rf"(?:任务|措施|举措|专项行动|行动|工程)([{CN_DIGITS}]{{1,3}})\s*[:：、]"),
    # 第一项 建设… / 第二项：… — items counted as the 项 of a list (never 第一项工作 in a sentence: a mark, then a
    # space or a colon)
    "ordinal": re.compile(rf"第([{CN_DIGITS}]{{1,3}})项(?:\s*[:：、]|[ \t\u3000]+)"),
    # (1) — fourth level.
    "arabic-paren": re.compile(r"\(\s*(\d{1,2})\s*\)"),
    # [1] / 【1】 — the same in square or lenticular brackets (a footnote's [1] never opens a line of its own)
    "arabic-square": re.compile(r"[\[【]\s*(\d{1,2})\s*[\]】]"),
    # 1） — the same with only the closing bracket, common in county plans.
    "arabic-close": re.compile(r"(\d{1,2})\s*\)(?![\d)])"),
    # ① — fifth level.
    "circled": re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"),
    # 1 总则 / 2.2 工作组 / 2.2.1 综合协调组 — emergency plans (应急预案) and technical plans number their clauses
    # as standards do. Only a whole heading line (a space, then a short title without a sentence's punctuation):
    # a line broken before "1 个示范区，…" or "1.5 亿元" is text. The number's last part is the clause's number;
    # its other parts must be the enclosing clause's (DOTTED_STYLES).
    "dotted-1": re.compile(rf"(\d{{1,2}})[ \t]+(?=[{CJK}][^。，,；;：:、\d]{{0,24}}$)"),
    # 1.1 完善设施。新建养老院3所。 — below the top, a space and a short titled sentence make a heading too
    "dotted-2": re.compile(rf"\d{{1,2}}\.(\d{{1,2}})(?:[ \t]*(?={_LINE_TITLE})|[ \t]+(?={_TITLED}))"),
    "dotted-3": re.compile(rf"\d{{1,2}}\.\d{{1,2}}\.(\d{{1,2}})(?:[ \t]*(?={_LINE_TITLE})|[ \t]+(?={_TITLED}))"),
    "dotted-4": re.compile(
        rf"\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}}\.(\d{{1,2}})(?:[ \t]*(?={_LINE_TITLE})|[ \t]+(?={_TITLED}))"
    ),
    # 01 项目名称：提升县域生态环境 — a two-digit number and a space, as progress reports and pages set in the style of
    # news posts number their items (a whole heading line without a colon is read as dotted-1 first)
    # (no quantity is written with a leading zero)
    "padded": re.compile(rf"0([1-9])[ \t]+(?![年月日时号])(?=[{CJK}“\"《])"),
}
# The order the numbering styles nest in almost every document (the parser still nests by first appearance; this
# only says that a 四、 first met after （一） is above it, in an excerpt that began at （一）).
USUAL_ORDER = (
    "division", "chapter", "section", "article", "cn-dun", "cn-paren", "cn-lenticular", "named", "ordinal", "arabic",
    "cn-close", "arabic-paren", "arabic-square", "arabic-close", "circled",
)
# Marks in Chinese numerals: never a decimal or a quantity (1.5 亿元), so a heading need not be titled to skip numbers.
CN_NUMERAL_STYLES = frozenset(
    {"division", "chapter", "section", "cn-dun", "cn-paren", "cn-lenticular", "named", "ordinal", "cn-close"}
)
# The dotted styles, shallowest first: 2.2.1 belongs under 2.2, which belongs under 2.
DOTTED_STYLES = ("dotted-1", "dotted-2", "dotted-3", "dotted-4")
# Published copies leave items out or misnumber them (…30. 34. …): a heading with a title of its own (推进核心业务
#数据化。…) may skip this many numbers and still continue its list. Untitled lines never skip: 5.8万亩 stays text.
NUMBER_GAP = 3
# Items numbered straight through the sections (一、1.–6. 二、7.…) may first be met far from 1 right under a section's
# heading when the copy kept only the headings of the sections before (（三）激活就业创业主体。\n7.鼓励…): a titled
# line there may start its list up to this number.
STRAIGHT_THROUGH_GAP = 40
SENTENCE_ENDS = frozenset("。；;！？）)」”：:")  # a colon too: what follows it starts a list
# A list may start again at 1 only after one of these (not a colon: 具体包括：1.… is a list inside the item).
RESTART_AFTER = SENTENCE_ENDS - frozenset(":：")
# …or after a heading that lost its number: a short line of words alone (保障措施), no stop, digit or comma in it
UNNUMBERED_HEADING = re.compile(rf"^\s*[{CJK}][{CJK}、和与及]{{1,19}}\s*$")
TITLED_HEADING = re.compile(rf"\s*[{CJK}“\"《][^。；;，,]{{1,39}}。")
# 四、改造交通瓶颈，提高道路通行能力 — a heading that is a line of its own, no sentence in it (an excerpt that begins in
# the middle of a document meets its 四、 after （一）（二）)
TITLE_LINE = re.compile(rf"\s*[{CJK}“\"《][^。；;：:]{{1,39}}$")
# 4.推进传统中医惠民行动,(责任单位:A、B等) — an item's words (their own brackets short: 专科(学科)) and, closing the
# line, the bracket of its owners, round or 【】 (marks._assigned reads what is inside): the item a summary kept
ASSIGNED_ITEM = re.compile(
    rf"\s*[{CJK}“\"《](?:[^。；;()（）【】\n]|[(（][^()（）\n]{{1,10}}[)）]){{1,80}}?[(（【](?P<inside>[^()（）【】\n]{{2,200}})[)）】]\s*$"
)
# …and a heading line that holds its title alone, with or without its 。 (（三）激活就业创业主体。): nothing under it yet
BARE_TITLE = re.compile(rf"\s*[{CJK}“\"《][^。；;：:，,]{{1,39}}。?\s*$")
# 8.365惠民工程 — an item number glued to the digits of its title; read as item 8 only where 8 continues the list.
ARABIC_GLUED = re.compile(r"(\d{1,2})\s*[.．](?=\d{2,}[^\d.%．])")
# A notice that issues two documents (关于印发A和B的通知) prints B's title on its own line and numbers B from 一、
# again; a title line in the body followed by a first top-level heading starts a new part.
# The title may close with a bracket saying its years, its status or how many items it holds: （2021—2025年）,
# （试行）, （征求意见稿）, (共计121项) (大兴 2023's plan after its notice).
PART_TITLE = re.compile(
    r"(?:规划|方案|意见|办法|计划|纲要|细则|要点|措施|政策|规定|清单|分解表?|分工表?)"
    r"(?:[(（](?:\d{4}\s*[-－—–]\s*\d{4}年?|试行|暂行|修订稿?|征求意见稿|共计?\s*\d+\s*项)[)）])?\s*$"
)
PART_STYLES = ("division", "chapter", "cn-dun")
# Clauses whose heading may name the owner of the tasks under them (县示范区管委会牵头工作(8项)).
OWNER_KINDS = ("chapter", "section", "part")
# Styles that are lists inside a section; a box or table belongs to the section above them.
LIST_STYLES = (
    "article", "cn-paren", "cn-lenticular", "named", "ordinal", "cn-close", "arabic", "arabic-paren", "arabic-square",
    "arabic-close", "circled",
)
# 专栏3 — boxed programmes inside plans; their items restart at 1.
BOX = re.compile(r"专栏\s*(\d{1,2})\s*[:：]?\s*")
# Task-division tables (任务分工表), read from PDF/DOCX/HTML as tab-separated rows: the header row names a
# lead and/or a responsible column (any label of grammar/roles.csv); each row below it is one task.
# 任务数 / 任务量 count the tasks: a number, not the task (龙湾 2023).
# 考核指标 | 考核内容: an assessment list's rows are its indicators (a 指标值 / 指标数 is a number, not the row's text)
# 主要目标 | 主要责任单位 | 责任单位: a 目标责任分解 table's rows are its goals (妇女/儿童发展规划); a 2025年目标 or
# 目标值 column holds a number
# 项目名称 | 建设地点 | 建设内容 | 责任单位: a 民生实事 list's rows are its projects, named before their content (洋县 2024)
# 序号 | 责任单位 | 工作职责: a 职责分工表 keyed by body, each row the duties of the body in it (职责分工 is a column of
# statements)
TASK_TEXT_COLUMN = re.compile(
    r"任务(?![数量])|举措|重点工作|工作措施|具体措施|名称|项目$|内容|指标(?![值数])|事项|^(?:主要|工作|发展)?目标$"
    r"|职责(?!分工)"
)
# A category column's title: 领域 / 主要目标 / 牵头单位 (妇女发展规划), 类别 / 重点任务 / …: its cell is merged over the
# rows of its category, so a row below the first leaves it out.
CATEGORY_COLUMN = re.compile(r"领\s*域|类\s*别|分\s*类|类\s*型|方\s*面|板\s*块")
# The row-number column's title: 序号, or 编号 as some lists title it (任务清单 with 编号 / 任务 / 责任单位).
TASK_NUMBER_COLUMN = re.compile(r"^\s*(?:序\s*号|编\s*号)\s*$")
# 表2 — tables (indicator tables have 基期值/目标值 columns).
TABLE = re.compile(r"表\s*(\d{1,2})\s*[:：]?\s*")
# 目录 — a table of contents: its entries are the headings again, not clauses (国家粮食应急预案 2005). An entry ends
# in dots and a page number (总则……1); the contents end where the first entry comes again, or at prose.
CONTENTS = re.compile(r"^\s*目\s*录\s*$")
CONTENTS_ENTRY_END = re.compile(r"[.…·．\-—_ ]*\d*$")
CONTENTS_ENTRY_MAX = 60
# 前言 — an unnumbered preface is the preamble clause.
PREFACE = re.compile(r"^(?:前\s*言|序\s*言|引\s*言)\s*$")
# A heading candidate in the middle of a line, after whitespace or a sentence end;
# PDF text often runs the next clause onto the line of the previous one.
_HEADING_AHEAD = (
    rf"(?=(?:第[{CN_DIGITS}]+(?:[章节条]|部分)|[{CN_DIGITS}]+、|\([{CN_DIGITS}]+\)|\d{{1,2}}[.、](?!\d)|\(\d{{1,2}}\)|专栏\s*\d"
    rf"|表\s*\d{{1,2}}\s|0[1-9][ \t](?![年月日时号]))\s*[{CJK}“\"《])"
)
# …and after a closing bracket that closes words, not a number (…。(省发改委负责)(二)公共财政收入…: a page that lost
# the break after an item's bracket of bodies); (一)(1) is a heading's own two marks
# (never after a list's mark and the space a PDF's text layer puts after it: 加快一、 二、 三产业融通发展)
INLINE_HEADING = re.compile(
    rf"(?:(?<=[ \t])(?<![、，,][ \t])|(?<=[。；;】])|(?<=[^\s\d{CN_DIGITS}(]\))){_HEADING_AHEAD}"
)
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
    from .grammar import grammar

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
# 公开方式/抄送 run onto the last paragraph in PDF text; they start the end matter.
INLINE_END = re.compile(r"(?<=[ \t。])(?=(?:公开方式|抄送|抄报)\s*[:：])")
# A heading's own text ends at the first 。 if it comes this soon.
HEADING_MAX = 48
# A line this long that ends inside a sentence (no stop, a character of a word) is a paragraph a page cut: the next
# line goes on with it, whatever number that line starts with (a document viewer's 1、…2、户提供…).
CUT_PARAGRAPH = 100

# --- responsibility ----------------------------------------------------------
# Brackets that wrap a statement: （牵头单位：…） 【责任部门：…】 [责任单位：…]
OPENERS = {"(": ")", "（": "）", "【": "】", "[": "]", "〔": "〕"}
# A sentence that assigns a body to every following task, e.g.
# 以下任务均需各县(区)人民政府(管委会)落实，不再列出。
# A body named once for every task after it: 以下任务均需各区落实，不再列出 / 具体任务均涉及相关市（州）人民政府，
# 不再做分工，下同 / 以下均需各县市区落实，不再逐一列出.
_NOT_AGAIN = r"(?:不再(?:逐一|一一|单独|另行)?(?:列出|列举|重复|做分工|分工|标注|注明))"
BLANKET = re.compile(
    # 各县区政府为各项任务的责任主体，不再一一列出 / 各县区政府均为所有任务的责任单位，下同: the body first, then its role
    # for every task
    r"(?P<named>[^，,。；;()（）]{2,30}?)(?:均|都)?(?:为|是)(?:以下|各项|所有|全部)(?:任务|工作|事项)?的?"
    rf"(?:责任主体|责任单位|实施主体)[，,]?\s*(?:{_NOT_AGAIN}|下同)"
    # (以下政策措施均需各县区人民政府落实: a 若干措施 says it of its measures; 以下各项工作各县区政府均为责任单位)
    r"|(?:以下|具体|各项|所有)(?:各项)?(?:任务|工作|事项|政策措施|措施|政策|举措)?(?:均|都)?(?:需要|需|由|要|涉及)?"
    # (the bodies may be parted by commas, as some lists write them: 各县区人民政府，园区管委会落实，不再单独列出)
    r"(?P<body>[^，,。；;]{2,40}?(?:[，,][^，,。；;]{2,20}?)*?)(?:(?:均|都)?(?:为|是)(?:责任主体|责任单位))?(?:负责)?"
    r"(?:落实|实施|执行|负责|参与)?[，,]?\s*"
    + _NOT_AGAIN
    # 以下均需各县区政府落实 (the bracket ends there, without 不再列出)
    + r"|以下(?:各项)?(?:任务|工作|事项|政策措施|措施)?(?:均|都)(?:需要|需|由|要)(?P<owed>[^，,。；;()（）]{2,30}?)"
    r"(?:负责)?(?:落实|实施|执行)(?=[)）。；;]|$)"
)
# 由 that gives work to the body after it (由A负责); 由于 and 由此 are "because" and "hence" (regex text: statements,
# headings and prose subjects all ask)
BY = r"由(?![于此])"
# 明确A为责任单位 / 确定由A牵头 / 指定A负责: the verb that gives bodies their role, before their names
NAMING_VERB = r"(?:明确|确定|指定)"
# 其中A为牵头单位: among the bodies just listed, A leads
LIST_HEAD = re.compile(rf"^(?:{NAMING_VERB}?{BY}|{NAMING_VERB}|请|其中)")
# Words that join two parts of one list: A、B等和各省级人民政府 / 市级各有关部门及各县市区政府.
LIST_JOINER = re.compile(r"等(?:有关部门|有关单位)?(?:和|及|以及)(?=各)|(?<=[局委部办厅署府会行门位])(?:和|及|以及)(?=各)")
# 和 / 及 / 与 between two whole bodies (市委组织部和市民政局); inside a name (工业和信息化部) they are not cut. 同 ("with")
# only between a department's ending and a place or level (县教育局同县财政局; 协同创新中心 stays one).
CONJUNCTION = re.compile(r"和|及|与|以及|(?<=[局委厅部办府])同(?=[省市县区州乡镇各])")
# Trailing words of a list that name no body: 等 / 等部门 / 等有关部门和单位 / 等县直相关单位 (the rest of the county's),
# 等州级有关部门 (a prefecture's, 楚雄 2016), 等旗直有关单位, 等国务院相关部门 (the rest of the State Council's, 国办发
# 〔2020〕43号); 及相关地区 after a list names no region, as 及有关部门 names no department.
LIST_FILLER = re.compile(
    r"(?:等(?:国务院(?=有关|相关)|[省市县区州旗盟](?:直|级))?(?:有关|相关)?(?:部门|单位)?"
    r"|[及和与](?:其他)?(?:有关|相关)(?:部门|单位|地区))(?:和单位)?$"
    r"|等\s*[0-9一二三四五六七八九十]+\s*[个家]?(?:部门|单位)$"  # 市民政局等10个部门: the rest are not named
    # 配合单位：A、B按职责分工 — the remit without its verb (负责) closing a labelled list
    r"|(?:按照?|根据|依照?)(?:各自)?(?:职责|职能)(?:分工)?$"
)
# 浦东新区等相关区政府: the place named, then 等 and the others of its kind sharing the body word — the place's own
# government (the others are not named, as 等有关部门 names none)
SUCH_PLACES = re.compile(r"(?<=[区县市])等(?:有关|相关)?(?:区|县|市|区县|县区|县市区)?(?=(?:人民)?政府$)")
# A name with these is a phrase, not a body (以下均需…, 有关部门 alone, …的…, 鼓励地方政府, 发挥社会); 各有关部门 is.
NOT_A_BODY = re.compile(
    r"^(?:(?:其他|其它)(?:有关|相关)?|有关|相关)(?:部门|单位|方面|机构|地区)(?:和单位)?$"
    r"|^(?:人民)?政府$|^党委$"  # 政府主导，社会参与: government in general, no one government
    r"|^(?:各|其他|有关)?(?:牵头|责任|配合|参与|协办|主责|主办|负责|协同|相关责任)(?:单位|部门)$"  # 各责任单位要…: a role, not a body
    r"|^(?:以下|上述|所有|鼓励|允许|支持|推动|引导|督促|充分|加强|加快|发挥|积极|进一步|切实|认真"
    r"|依托|通过|围绕|按照|根据|结合|利用|借助|针对|对于|坚持|强化|完善|建立|健全"
    r"|在|授权|委托|带动|经(?!济|信|贸|开|管)|以(?!色列)"
    r"|会同|联合(?!国)|配合|协同|协助|牵头"  # 会同农业部: the verb before a name is no part of it
    r"|(?:汇总|统一|逐级|分别)?报(?:送|请)?(?![社业刊])"  # 汇总报区委统战部审核: sent to the body, no part of its name
    r"|由于|由此)"  # 由于A负责…: a cause, not a body
    r"|[需均要将对向把被从按为了:：]|.由|社会$|提出|制定|开展"
    r"|.授权|.委托"  # 州人民政府授权州数据资源主管部门负责…: one body empowering another is no name of either
    # 省级人民政府及其有关部门: 其 stands for the body before it (其有关部门 names no one, as 有关部门 does not);
    # 请你省有关部门…: a request to the reader of a reply, whose departments it does not name
    r"|其(?:有关|相关|所属|下属)|^请"
)
# 省级人民政府及其有关部门: the body and, unnamed, its own departments — the body is the one named.
ITS_DEPARTMENTS = re.compile(r"(?:及|和|与)其(?:有关|相关|所属|下属|各)?(?:部门|单位|机构)$")
# What a body cell or a statement writes for "the same owners as the task before": 同上 (as above), 同上条, 同上项.
SAME_AS_ABOVE = ("同上", "同上条", "同上项")
# Words that stand for bodies without naming one: 会同有关部门 names no partner.
UNNAMED = re.compile(r"有关|相关|其他|其它|各有关|各相关")
# How the subject of a prose obligation begins: a place or level (省…, 市…, 各…, 国家…), or a short national body
# written without one (海关总署, 发展改革委, 人民银行). 强化社区 / 完善城乡社区 begin with a verb and are not subjects.
# The kinds of zone a zone's own name ends with (平潭综合实验区, 滨海新区, 崇川经济开发区)
# (中央商务区, 综合保税区, 自贸区/片区 and 科学城 are zones a city runs by a committee of their own: 虹桥国际中央商务区管委会,
# 洋山特殊综合保税区管委会, 张江科学城建设管理办公室)
ZONE_KINDS = "新区|开发区|实验区|高新区|示范区|合作区|商务区|保税区|自贸区|片区|科学城"
# How a body's name begins with its level or a collective word (县民政局, 各乡镇, 国家粮食局): one list for the subject
# of prose (PROSE_SUBJECT) and for a name that must begin like a body (places.begins_with_place). 自治区 / 盟 / 旗 are
# the province, prefecture and county of the five autonomous regions (自治区民政厅, 盟行政公署, 旗人民政府), 苏木 and
# 嘎查 their township and village; 地区 and 林区 the prefectures and the forest district named so (地区行署, 林区政府).
# 全区 / 全市 open the collective bodies of the document's own place (全区经济运行各专班, 全市各医疗机构) as 全国 does.
LEVEL_OPENERS = (
    r"各|省|自治区|市|县|区|州|盟|旗|地区|林区|乡|镇|苏木|嘎查|街道|国家|国务院|中共|中央|全国|全[省市县区州盟旗]"
    r"|共青团|团[省市县区]"
)
PROSE_SUBJECT = re.compile(
    # 相关街道 / 有关县区: the collective bodies a list names by 相关 as by 各
    # 地方各级人民政府: the local governments of every level
    # 村(居)民委员会 / 社区居委会: the bodies below the township
    # 中国人民银行莆田市中心支行 / 中国移动莆田分公司: a national bank's or enterprise's branch by its full name (never
    # with a number in it: 中国证监会8个改革试验区 is a table's two cells run together)
    rf"^(?:{LEVEL_OPENERS}|相关|有关|村|社区|地方各级|中国(?!.*\d)"
    # a place named before its level word is no place: 建设县级… / 组建市级… begin with a verb, not a county
    # (never across 各: 着力引各旗县… is no place, 各旗县 opens the subject)
    rf"|(?:(?!各)[{CJK}]){{2,6}}?(?:省|市|县|州|自治区)(?!级)"
    # an autonomous prefecture, county or banner by its full name (黔南布依族苗族自治州, 长白朝鲜族自治县)
    rf"|(?:(?!各)[{CJK}]){{2,8}}?自治[州县旗]"
    # a district's or county's government by its own name (越秀区人民政府, 达县人民政府, 通川区人民政府)
    rf"|[{CJK}]{{1,4}}(?:区|县|旗)(?=(?:人民)?政府|党委|委员会)"
    # 平潭综合实验区管委会 / 滨海新区管委会: a zone's own body is named after the zone; 崇川经济开发区 is the zone's
    rf"|[{CJK}]{{2,10}}?(?:{ZONE_KINDS})(?:(?=[{CJK}])|$))"
    # a short body named without a place (发改局, 人才办, 合肥海关; 金融发展服务中心, 文化和广电旅游体育局, 国兴集团 in a county's
    # own lists, 新疆生产建设兵团; a bureau's sections and divisions in its own work plan: 组干科, 规划处, 政策法规司, 办公室; 妇联, 侨联,
    # 残联 by their one-character field); never a task's words with a level inside (组建市级应急救援中心)
    rf"|^(?![{CJK}]*[省市县区乡镇]级)[{CJK}]{{2,10}}(?:部|委|局|署|办|行|会|院|联|社|中心|集团|兵团|科|股|处|室|司|海关"
    # the army's and the armed police's local units, a central bank's sub-branch (莆田军分区, 武警莆田支队, 人行莆田中支)
    rf"|军分区|支队|中支)$|^[妇侨残]联$"
    # a town or street office by its own name (昌化镇, 锦城街道), as a county's lists write them
    rf"|^[{CJK}]{{2,4}}(?:镇|乡|街道)$"
)
# 一是县民政局要…；二是… / 其一，… / 第一，…: the points of one item counted in its running text. Not items
# (the clause's title is its heading's), but a sentence's subject begins after one.
ENUMERATOR = r"(?:[一二三四五六七八九十]{1,3}是|(?:其|第)[一二三四五六七八九十]{1,3}[，,])"
# Collective bodies written with one 各 for several kinds: 各区、县级市 -> 各区, 各县级市.
ADMIN_KIND = re.compile(
    r"^(?:区|县|市|县级市|县市区|区县|县区|旗|州|乡|镇|乡镇|街道|园区|开发区|功能区|自治县|管委会|自治区|直辖市|自治州|计划单列市)$"
)
ITEM_SEPARATORS = re.compile(r"[、,，;；.．/]")
# What parts the bodies of one cell (县民政局、县财政局): a cell that has one lists several; one that ends with one goes
# on in the next line.
LIST_MARKS = "、，,；;"
# Characters a body's name ends with; used to see where two run-together names meet.
BODY_SUFFIX = re.compile(
    # 行 only as a bank (银行, 人行, 农发行): 全区经济运行各专班 is one name, not 经济运行 + 各专班
    # 各地区各部门各高校: collectives run together end in 地区, 部门, 单位 or 校 as well
    r"(?:局|委|部|办|厅|府|会|联|社|队|所|院|站|室|中心|处|组|团|街道|镇|乡|公司|集团|(?:银|[人农工建中交]|发|农商|邮储)行|馆|\)"
    r"|部门|单位|地区|校)$"
)
# A body name starting here has its own jurisdiction (市…, 县…, 各…, 中共…, 莆田市…).
BODY_PREFIX = re.compile(rf"^(?:中共|各|团|[省市县区州]|[{CJK}]{{2,3}}[省市县州](?![场])|[{CJK}]{{2,3}}区(?=[{CJK}]))")
# 纪委监委 is one body written as two (县纪委县监委); do not split it.
# 国务院各部门 / 省政府各直属机构 are the departments of one government, a collective body: not 国务院 + 各部门.
# 县委组织部 / 市委政法委 are departments of a party committee, one body each: not 县委 + 组织部.
JOINT_BODIES = re.compile(
    r"纪委[省市县区州]?监委|(?:国务院|政府)各(?:有关|相关)?(?:部门|部委|委员会|直属机构|单位)"
    # 市委市政府督查室 / 县委县政府信访局: one office of the party committee and the government together
    r"|[省市县区州]委[省市县区州](?:人民)?政府(?:督查室|督查局|办公室|研究室|信访局|接待室)"
    # 人民银行广东省分行 / 海关总署广东分署 / 人行浙江省分行 / 国家税务总局莆田市税务局 / 国家外汇管理局广东省分局 /
    # 中科院广州分院 are branches of one body named after their place: not 人民银行 + 广东省分行.
    rf"|(?:银行|人行|总行|总署|总局|管理局|中科院|科学院)[{CJK}]{{2,5}}?(?:分行|支行|分署|分局|分院|营业管理部|税务局|监管局)"
    rf"|[省市县区州]委(?![省市县区州])[{CJK}]{{1,4}}?(?:部|办|室|局|校|委)"
    # 领导小组各成员单位 / 指挥部各成员单位: the member units of a group, one collective body
    r"|(?:小组|指挥部|委员会|联席会议|工作组|专班)各成员(?:单位|部门)"
    # 各社区居委会 / 社区卫生服务中心: 社区 is one word, not a body ending in 社 (供销社) and one starting with 区
    r"|社区"
)
# Words that end in 市/县 like a place but name a kind of place (试点城市政府, 地级市政府, 县级市): not a prefix.
GENERIC_PLACE = re.compile(r"^(?:试点|地级|县级|设区的|副省级|所在|示范|重点|本)")
# Bodies that carry their own name and never take the list's shared prefix (besides the endings marked self_named in
# grammar/body_endings.csv: streets, towns, parks).
SELF_NAMED = re.compile(rf"^(?:各|全|有关|相关|涉及|所有|其他|团[省市县区]委|人行|国家|国务院|中共中央|中央|中国"
    rf"|试点|地级|县级|设区的|副省级)|总署$|总局$|公司|集团|银行|支行|分行|有限|村$|社区$"
    # the regional offices of national systems (民航中南地区管理局, 海关总署广东分署, 中科院广州分院, 国家统计局广东调查总队)
    # are named after their region, never after the list's government
    r"|^(?:民航|海关|中科院|中国科学院)|(?:华北|东北|华东|中南|西南|西北|华南|华中)地区|(?:分署|分院|调查总队|调查队)$"
    # a named laboratory or university (之江实验室, 浙江大学) is no department of the list's government
    rf"|实验室$|大学$|^(?![省市县区州各])[{CJK}]{{2,3}}[区县旗]$"
    # a zone's committee (and its party working committee) is named after its zone (中新苏滁高新区管委会): it never takes the list's 市
    rf"|^(?![省市县区州各])[{CJK}]{{2,}}(?:区|园|城|港)(?:管委会|党工委)$"
    # so is a zone (立山经济开发区, 南沙新区); a bare 经济开发区 or 高新区 is the list's own and takes its 市
    rf"|^(?![省市县区州各]|经济|高新|国家级)[{CJK}]{{2,}}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区"
    r"|开发区|新区|产业园区|工业园区|合作区|示范区|试验区)$")
# Type words a short item borrows from the next item: 瓮水、雍阳街道 -> 瓮水街道.
TYPE_WORDS = re.compile(
    r"(级人民政府|级政府|级部门|街道|乡镇|镇|乡|社区|村|委员会|管委会|人民政府|局|委|办|部|厅|中心|所|站|队|联|会|社|院|室|府|区|县)$"
)
# A place, or a body named after itself (街道, 产业园), written alone: as a heading it is the topic of the points under
# it (确定试点城市, 人才资源服务产业园), not the body whose duties they are (县发改局：).
PLACE_ALONE = re.compile(r"(?:[省市县区州旗盟乡镇村]|街道|社区|园区?)$")
# An office's title before a person's name (县人社局局长王五, 县民政局（局长：张三）).
OFFICIAL_TITLE = (
    r"(?:党组)?(?:常务)?副?(?:局长|主任|书记|部长|县长|区长|市长|镇长|乡长|处长|科长|站长|所长|院长|馆长|队长|主席|秘书长)"
)
# The person in charge after the bodies of a 责任单位及责任人 cell: a name of two to four characters, after an office's
# title perhaps (县人社局局长王五, 县财政局李四), before a telephone number perhaps (县财政局李四13800000000).
PERSON_IN_CHARGE = re.compile(rf"(?:{OFFICIAL_TITLE}[:：]?)?(?P<name>[{CJK}]{{2,4}})(?:[\d\-－—()（）]{{7,}})?")
# Kinds of body, checked in this order.
OTHER_BODY = re.compile(r"团[省市县区州]委|共青团|妇联|残联|科协|工会|台联|侨联|文联|红十字|公司|集团|银行|协会|供销|商会|学会|报社|电视台")
LOWER_GOVERNMENT = re.compile(
    r"^(?:各|涉及|有关|相关|所在地?)[^局委办部厅]*(?:区|县|市|乡|镇|街道|人民政府|管委会|政府)|(?:街道|乡镇|[镇乡])(?:\(街道\))?$|人民政府\(管委会\)$"
)
# A national body: 国家… / 国务院… / 中央… / 全国…, or a ministry or general administration named without a place
# (民政部, 海关总署, 市场监管总局). In a local document it keeps the nation as its jurisdiction.
NATIONAL_BODY = re.compile(r"^(?:国家|国务院|中共中央|中央|全国|共青团中央)|^(?![省市县区州乡镇各])[\u4e00-\u9fff]{2,10}(?:部|总局|总署)$")
PARTY_BODY = re.compile(r"^(?:中共|中国共产党)|^[省市县区州]委|^[省市县区州]?直机关工委|纪委|监委|党委|党组|工委$|^[\u4e00-\u9fff]{2,4}[省市县州]委")

# --- document metadata ---------------------------------------------------------
# 莆政办规〔2023〕4号 — the brackets vary between 〔〕, [], （）and 【】.
DOC_NUMBER = re.compile(rf"[{CJK}]{{1,12}}\s*[〔\[［(（【]\s*((?:19|20)\d{{2}})\s*[〕\]］)）】]\s*\d{{1,4}}\s*号")
DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_CN = re.compile(r"([一二三四五六七八九〇零]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
DATE_ISO = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
# Fields of web pages that list a document: 发布机构：… 文号：… 成文日期：…
# (a list item's bullet before each: • 成文日期：2023年3月3日; 发文序号 is the 文号 on some sites)
FIELD = re.compile(
    r"^(?:[-•·●]\s*)?(索\s*引\s*号|备注/文号|文\s*号|发文字号|发文序号|发布机构|发文机关|成文日期|发布日期|公文生成日期|主题分类|标\s*题)"
    r"\s*[:：]\s*(.*)$",
    re.M,
)
# A 文号 printed on a line of its own, perhaps in brackets: 国发〔2019〕3号 / （皖政办秘〔2021〕82号）.
NUMBER_LINE = re.compile(rf"^[(（]?\s*([{CJK}]{{1,10}}\s*[〔\[［(（【]\s*(?:19|20)\d{{2}}\s*[〕\]］)）】]\s*\d{{1,4}}\s*号)\s*[)）]?$")
# A signature: the issuer on its own line just above the date (国务院 / 中共某某市委 某某市人民政府).
SIGNATURE = re.compile(rf"^[{CJK}“”\s]{{2,60}}(?:院|厅|室|府|委|局|部|会|办|组|署|中心)$")
# "XX人民政府办公室文件" — the red masthead names the issuer(s).
MASTHEAD = re.compile(r"^(.{2,80}?)\s*文\s*件\s*$", re.M)
# 关于印发《X》的通知 — a cover notice whose attachment is the real document.
NOTICE_OF = re.compile(r"(?:关于)?印发\s*[《〈]?(.+?)[》〉]?\s*的\s*通\s*知")
# Words a document title ends with.
TITLE_END = re.compile(r"(?:规划|方案|意见|办法|计划|纲要|细则|通知|决定|要点|措施|规定|(?:\(|（)\d{4}\s*[-－—–]\s*\d{4}年?(?:\)|）))$")
# The preamble opens with one of these after the masthead, number, date and title.
PREAMBLE_OPENER = re.compile(r"(?:^|(?<=[\s。:：]))(?:为了?|根据|依据|按照|贯彻落实|近年来|当前|党的)", re.M)
# An addressee line ends with a colon: 各县(区)人民政府(管委会),市直有关单位:
ADDRESSEE = re.compile(r"[:：]\s*$")
# 根据《…》(文号) / 贯彻落实《…》 — the documents this one implements.
CITE_VERB = re.compile(r"(根据|依据|贯彻落实|按照|落实)")
BOOK_TITLE = re.compile(r"《([^《》]+(?:《[^《》]*》[^《》]*)*)》\s*(?:[(（]([^()（）]{2,30}?号)[)）])?")
# 有效期至2025年12月31日
VALID_UNTIL = re.compile(r"有效期(?:至|到)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# Lines after the body: 抄送, 印发, 公开方式, (此件主动公开).
END_MATTER = re.compile(r"^(?:抄送|抄报|印发|公开方式|\(此件[^)]*公开\)|附件\s*[:：]|主动公开)")
# The heading of an annex page (GB/T 9704: 附件 or 附件2 alone on the first line of the annex). What follows
# is the annex's own text, often where the tasks are assigned (考评指标, 任务分工): the body is read again.
ANNEX = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*$")
CLOSING = re.compile(r"^本(?:实施)?(?:意见|方案|规划|办法|通知|细则|规定|措施)(?:自|从)[^。]{0,30}(?:施行|执行|实施)")

# --- places and administrative levels -------------------------------------------
PLACE = re.compile(rf"^(?:中共)?([{CJK}]{{2,10}}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|地区|县|旗|区|镇|乡|街道))")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
NATIONAL_ISSUERS = re.compile(r"^(?:国务院|中共中央|全国|国家|中华人民共和国|民政部|财政部|教育部|[\u4e00-\u9fff]{1,8}部$)")
LEVEL_BY_SUFFIX = (
    ("特别行政区", "province"), ("自治区", "province"), ("省", "province"),
    ("自治州", "prefecture"), ("市", "prefecture"), ("州", "prefecture"), ("盟", "prefecture"), ("地区", "prefecture"),
    ("自治县", "county"), ("县", "county"), ("旗", "county"), ("区", "county"),
    ("街道", "township"), ("镇", "township"), ("乡", "township"),
)
LEVELS = ("national", "province", "prefecture", "county", "township")

# --- quantitative targets --------------------------------------------------------
# A number as written: 3.8, 68.3万, 一百, 两.
TARGET_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:万|亿)?"
# Units that make a number a quantity; 岁, 年 and bare numbers (12345 hotlines) are not targets.
TARGET_UNIT = r"(?:%|个百分点|平方米|万户|万人|万元|亿元|人次|个|张|人|名|户|小时|次|所|家|支|套|处|门|项|条|座|公里|元|间|批|台|辆)"
# Words before a value that set a comparator (不低于 30 张, 达到 90%, 超过 18%).
TARGET_BEFORE = {
    "不低于": "≥", "不少于": "≥", "不小于": "≥", "至少": "≥", "≥": "≥", "大于等于": "≥",
    "超过": ">", "高于": ">", "大于": ">", ">": ">",
    "不超过": "≤", "不高于": "≤", "≤": "≤", "控制在": "≤",
    "低于": "<", "少于": "<", "<": "<",
    "达到": "≥", "达": "≥", "提高到": "≥", "提升到": "≥", "保持在": "=", "稳定在": "=",
    "完成": "=", "建成": "=", "增创": "=", "培养": "=", "打造": "=", "配备": "=", "新增": "=", "选任": "=",
    # a verb of doing before a count is a commitment too (开工改造229个老旧小区, 新建3所学校)
    "开工改造": "=", "改造": "=", "新建": "=", "创建": "=", "培育": "=", "开工建设": "=",
}
# Words after a value that set or refine the comparator (70%以上, 150个以内).
TARGET_AFTER = {"以上": "≥", "及以上": "≥", "以下": "≤", "以内": "≤", "左右": "≈"}
# A value that directly follows a measured noun: 托位数4.5个, 覆盖率100%.
TARGET_METRIC_NOUN = r"(?:数|率|比例|面积|数量|规模|人数|比重)"
# Fractions written in words: 一半以上, 三分之二以上.
TARGET_FRACTION = re.compile(r"(一半|([一二三四五六七八九十])分之([一二三四五六七八九]))(以上)?")
# 全覆盖 means 100%.
TARGET_FULL = re.compile(r"全覆盖")
# Deadlines: 到2025年, 2025年底前, 到2025年末.
TARGET_YEAR = re.compile(r"(?:到|至|截至)?\s*((?:20|19)\d{2})\s*年\s*(?:底|末)?\s*(?:前)?")
# Words that open a target's metric and are not part of it.
TARGET_FILLER = re.compile(r"^(?:(?:到|至)?(?:20|19)\d{2}年(?:底|末)?(?:前)?|力争|争取|确保|实现|推动|基本|逐步|全面|要|并|使|将|其中|同时|且|,)+")
# Sections that review the past: numbers there are achievements, not targets.
REVIEW_HEADING = re.compile(r"成就|进展|回顾|成效|发展基础|现状|工作基础|取得")
PAST_FACT = re.compile(r"截至|累计|已经?(?:建成|完成|实现|达到)|比上届|较上年")
# Copying numbers into pictures of technology: 7*24小时, 5G.
NOT_A_QUANTITY = re.compile(r"[*×xX]\s*$")
# Indicator tables: which column is which.
TABLE_METRIC_COLUMN = re.compile(r"指\s*标(?:名称)?|项\s*目")
TABLE_TARGET_COLUMN = re.compile(r"目标值|目标")
TABLE_BASE_COLUMN = re.compile(r"基期值|基数|现状值")
TABLE_NATURE_COLUMN = re.compile(r"属性|性质")
