"""What a document says of itself and what it sets: metadata (文号, dates, fields, signatures, titles, citations,
end matter), places with their administrative levels, and quantitative targets."""

from __future__ import annotations

import re

from .characters import CJK

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
# …or the annex's number and its title on one line (附件2县环境应急指挥部组成及工作组职责, 附件2：任务分工表), as web
# pages print it: an annex only after the signature or another annex (before them such lines list the annexes)
ANNEX_TITLED = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*[^\s\d.．、:：][^。，,；;]{1,59}$")
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
