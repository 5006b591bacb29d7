"""Clause numbering: the numbering styles and how they nest, headings, parts, boxes, tables and contents, where a
heading runs on inside a line, and where the end matter begins."""

from __future__ import annotations

import re

from .characters import CJK, CN_DIGITS

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
# 公开方式/抄送 run onto the last paragraph in PDF text; they start the end matter.
INLINE_END = re.compile(r"(?<=[ \t。])(?=(?:公开方式|抄送|抄报)\s*[:：])")
# A heading's own text ends at the first 。 if it comes this soon.
HEADING_MAX = 48
# A line this long that ends inside a sentence (no stop, a character of a word) is a paragraph a page cut: the next
# line goes on with it, whatever number that line starts with (a document viewer's 1、…2、户提供…).
CUT_PARAGRAPH = 100
