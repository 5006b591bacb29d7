"""One test row per shape of ../shared/reference/styles.md and per row of policygraph/parsing/grammar/*.csv.

Each case is a clause as a document would print it; the rows are what who-owns must give:
(body, role, source). A new style is one row in a grammar table and one row here.
"""

import re

import pytest

from policygraph.datatables import read_table
from policygraph.parsing.parse import parse_source

from .helpers import source

HEAD = "某市关于做好某项工作的实施方案\n一、主要任务\n"


def owners(body: str, before: str = "") -> list[tuple[str, str, str]]:
    """Who owns the clause (三), given its text (and clause (二), which may declare reading rules)."""
    doc = parse_source(source(HEAD + "(一)前项工作。正文。\n" + (before or "(二)乙项工作。正文。\n")
                              + "(三)甲项工作。" + body + "\n"))
    target = next(c.path for c in doc.clauses if c.number == "(三)")
    return [(r.body, r.role, r.source) for r in doc.responsibilities if r.clause == target]


L, R = "lead", "responsible"
FIRST = "(二)乙项工作。正文。(民政部、财政部负责。列第一位者为牵头单位,下同)\n"
NO_LEAD = "(二)乙项工作。各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹推进。\n"

CASES = [
    # 1. labelled lists
    ("责任单位：市民政局、市财政局，各县（区）人民政府按职责分工负责", "",
     [("市民政局", R), ("市财政局", R), ("各县(区)人民政府", R)]),
    ("做好工作。（牵头单位：市民政局；责任单位：市财政局、各区政府）", "", [("市民政局", L), ("市财政局", R), ("各区政府", R)]),
    ("做好工作。（牵头部门：市民政局，配合部门：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（主责单位：市民政局，协办单位：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    # 执行单位 (project and subsidy lists); 股室, a county bureau's sections; 行业 before 主管部门
    ("做好工作。（执行单位：县财政局）", "", [("县财政局", R)]),
    ("做好工作。（牵头股室：规划股；责任股室：财务股、办公室）", "", [("规划股", L), ("财务股", R), ("办公室", R)]),
    ("做好工作。（行业主管部门：县住建局；属地责任单位：各乡镇）", "", [("县住建局", R), ("各乡镇", R)]),
    ("做好工作。（主办单位：市民政局，参与单位：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（牵头单位：市民政局，协同单位：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（责任主体：各区人民政府）", "", [("各区人民政府", R)]),
    ("做好工作。（实施主体：各乡镇）", "", [("各乡镇", R)]),
    ("做好工作。（负责部门：海关总署、商务部；适用范围：所有试验区）", "", [("海关总署", R), ("商务部", R)]),
    ("做好工作。【责任部门：市教育局、市卫生 / 7 / 健康局】", "", [("市教育局", R), ("市卫生健康局", R)]),
    ("做好工作。【牵头单位】市民政局【责任单位】市财政局、市人社局", "", [("市民政局", L), ("市财政局", R), ("市人社局", R)]),
    ("做好工作。（各区政府为责任主体，市民政局负责指导）", "", [("各区政府", R), ("市民政局", R)]),
    ("做好工作。（市民政局为牵头单位，市财政局为配合单位）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（责任单位：市民政局；配合单位：各县（区）人民政府；完成时限：2024年底前）", "", [("市民政局", R), ("各县(区)人民政府", R)]),
    ("做好工作。（2024年12月底前完成，市民政局负责）", "", [("市民政局", R)]),
    ("做好工作。（6月底完成，牵头考核单位：市审批服务局）", "", [("市审批服务局", L)]),
    # 牵头组织实施单位 / 责任实施单位 (a 2006 city's task table drawn in box characters)
    ("做好工作。（牵头组织实施单位：市财政局；责任实施单位：市教育局）", "", [("市财政局", L), ("市教育局", R)]),
    ("做好工作。（牵头落实单位：市民政局；责任落实单位：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（牵头推进单位：市住建局、城管局）", "", [("市住建局", L), ("市城管局", L)]),
    ("做好工作。（牵头责任单位：市民政局，配合单位：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（主要责任单位：市民政局，协同单位：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    # 主要 before a supporting label (灵璧 2021, held out at first run): the lead's list ends before it
    ("做好工作。\n牵头责任单位：县卫健委\n主要协作单位：各乡镇人民政府", "", [("县卫健委", L), ("各乡镇人民政府", R)]),
    ("做好工作。\n主要负责单位：市民政局\n配合单位：市财政局", "", [("市民政局", L), ("市财政局", R)]),
    # a field in 【】 ends the list before it, as a body label does (a regression: the last list was lost)
    ("做好工作。【牵头单位】市交通局【责任单位】市财政局【完成时限】2024年底", "", [("市交通局", L), ("市财政局", R)]),
    ("做好工作。【责任单位】市交通局【完成时限】2024年底", "", [("市交通局", R)]),
    # a field written into a body's bracket (责任人：张三) is no part of its name and does not cut the list
    ("做好工作。（牵头单位：县民政局（责任人：张三）；配合单位：县财政局（联系人：李四））", "",
     [("县民政局", L), ("县财政局", R)]),
    ("做好工作。\n牵头单位：县民政局（责任人：张三）", "", [("县民政局", L)]),
    # 其中A为牵头单位: among the bodies just listed, A leads
    ("做好工作。（责任单位：县民政局、县财政局、县人社局，其中县民政局为牵头单位）", "",
     [("县民政局", L), ("县财政局", R), ("县人社局", R)]),
    # a role word alone before a colon is a label (牵头：A；配合：B)
    ("做好工作。（牵头：市民政局；配合：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。\n主办：市教育局 协办：市财政局", "", [("市教育局", L), ("市财政局", R)]),
    # under a 牵头单位 label a verb that says the body helps (配合) is no lead (a regression: all three led)
    ("做好工作。（牵头单位：县民政局，县财政局、县人社局配合）", "", [("县民政局", L), ("县财政局", R), ("县人社局", R)]),
    ("做好工作。（牵头单位：县民政局；协助单位：县财政局）", "", [("县民政局", L), ("县财政局", R)]),
    # the kind of duty before a label (主体/监管/属地责任单位)
    ("做好工作。（主体责任单位：各乡镇；监管责任单位：县民政局）", "", [("各乡镇", R), ("县民政局", R)]),
    ("做好工作。（属地责任单位：各乡镇）", "", [("各乡镇", R)]),
    # a level before a label (label_prefixes.csv)
    ("做好工作。（市级责任单位：市民政局；县级责任单位：各县（区）民政局）", "", [("市民政局", R), ("各县(区)民政局", R)]),
    ("做好工作。（省级牵头单位：省民政厅；区级责任单位：各区民政局）", "", [("省民政厅", L), ("各区民政局", R)]),
    ("做好工作。（市级牵头单位：市民政局；乡镇级责任单位：各乡镇人民政府）", "", [("市民政局", L), ("各乡镇人民政府", R)]),
    # 2. role verbs inline
    ("做好工作。（市民政局牵头，市财政局、各区配合）", "", [("市民政局", L), ("市财政局", R), ("各区", R)]),
    ("做好工作。（由市商务局牵头，市市场监管局参与）", "", [("市商务局", L), ("市市场监管局", R)]),
    ("做好工作。（市住建局负责）", "", [("市住建局", R)]),
    ("做好工作。（市公安局、市司法局牵头负责）", "", [("市公安局", L), ("市司法局", L)]),
    ("做好工作。（市发展改革委会同市财政局负责）", "", [("市发展改革委", L), ("市财政局", R)]),
    # regression: labels apart by two spaces were taken for a table's header row, and the item was lost
    ("做好工作。（牵头单位：县民政局  配合单位：县财政局  完成时限：2024年12月）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。\n主要责任单位：县发改局\n其他责任单位：县财政局、县自然资源局", "",
     [("县发改局", L), ("县财政局", R), ("县自然资源局", R)]),
    ("做好工作。（承办单位：市民政局）", "", [("市民政局", R)]),
    ("做好工作。（主管部门：县民政局）", "", [("县民政局", R)]),
    ("做好工作。（责任单位：区发改局、各街道、区属国企）", "", [("区发改局", R), ("各街道", R), ("区属国企", R)]),
    # the work itself after the names (work_verbs.csv): 研究制定 is no part of a name
    ("做好工作。（市民政局会同市财政局研究制定）", "", [("市民政局", L), ("市财政局", R)]),
    # …or any other words: the partners' list ends where a body's name may end and the work begins
    ("做好工作。（县住建局会同县财政局、县发改局改造老旧小区）", "", [("县住建局", L), ("县财政局", R), ("县发改局", R)]),
    ("做好工作。（市民政局会同有关部门改造设施）", "", [("市民政局", L)]),
    ("做好工作。（市民政局牵头，市财政局配合研究制定）", "", [("市民政局", L), ("市财政局", R)]),
    # a body that oversees, urges, guides or supervises the work (a regression: 市民政局负责督导 was lost)
    ("做好工作。（各区政府负责落实，市民政局负责督导）", "", [("各区政府", R), ("市民政局", R)]),
    ("做好工作。（各区政府负责落实，市政府督查室负责督促）", "", [("各区政府", R), ("市政府督查室", R)]),
    ("做好工作。（各区政府负责实施，市民政局负责指导）", "", [("各区政府", R), ("市民政局", R)]),
    ("做好工作。（各区政府负责落实，市市场监管局负责监督）", "", [("各区政府", R), ("市市场监管局", R)]),
    ("做好工作。（教育部会同有关部门负责）", "", [("教育部", L)]),  # 有关部门 is not cut to 有关部
    ("做好工作。（市教育局、市人社局按职责分工负责）", "", [("市教育局", R), ("市人社局", R)]),
    ("做好工作。（生态环境部指导，试点城市政府负责落实）", "", [("生态环境部", R), ("试点城市政府", R)]),
    ("做好工作。（市商务局牵头，合肥海关、省贸促会按职责分工配合）", "",
     [("市商务局", L), ("合肥海关", R), ("省贸促会", R)]),
    ("做好工作。（商务部指导，供销合作总社参与）", "", [("商务部", R), ("供销合作总社", R)]),
    ("做好工作。（市民政局协助）", "", [("市民政局", R)]),
    ("做好工作。（市发展改革委统筹，各有关部门按职能分工负责）", "", [("市发展改革委", L), ("各有关部门", R)]),
    ("做好工作。（各县区人民政府负总责）", "", [("各县区人民政府", L)]),
    ("做好工作。（县民政局牵头抓总）", "", [("县民政局", L)]),
    ("做好工作。（县民政局主抓，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局牵头，县财政局、县人社局共同推进）", "", [("县民政局", L), ("县财政局", R), ("县人社局", R)]),
    ("做好工作。（县民政局牵头组织实施）", "", [("县民政局", L)]),
    ("做好工作。（县教育局牵头，县卫健局协同）", "", [("县教育局", L), ("县卫健局", R)]),
    # adverbs between the list and its verb (grammar/verb_adverbs.csv)
    ("做好工作。（县民政局、县财政局按照职责分工抓好落实）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局按照职能分工负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县法院、县检察院按职责负责）", "", [("县法院", R), ("县检察院", R)]),
    ("做好工作。（县公安局、县交通局根据职责认真落实）", "", [("县公安局", R), ("县交通局", R)]),
    ("做好工作。（县公安局、县交通局分别负责）", "", [("县公安局", R), ("县交通局", R)]),
    ("做好工作。（县公安局、县交通局按职能切实负责）", "", [("县公安局", R), ("县交通局", R)]),
    ("做好工作。（县自然资源局主要负责，县林业局协同）", "", [("县自然资源局", L), ("县林业局", R)]),
    # a table's cells run onto one line: labels set off by spaces, or glued to the names, their colons lost; a field
    # after them (完成时限) names no body though its value may end like one (…医院)
    ("做好工作。 责任单位 县民政局、县财政局 配合单位 各乡镇", "", [("县民政局", R), ("县财政局", R), ("各乡镇", R)]),
    ("做好工作。责任单位县民政局、县财政局配合单位各乡镇完成时限改造定点医院，2024年底前完成", "",
     [("县民政局", R), ("县财政局", R), ("各乡镇", R)]),
    ("做好工作。牵头单位县卫健局配合单位县财政局", "", [("县卫健局", L), ("县财政局", R)]),
    # verbs of coordinating, driving and seeing to it (协调推进, 组织推动, 督促落实, 统筹协调, 牵头抓好)
    # (as A负责，B配合: neither verb names a lead, so both are responsible)
    ("做好工作。（县民政局协调推进，县财政局配合）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局组织推动，县财政局配合）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局督促落实）", "", [("县民政局", R)]),
    ("做好工作。（县民政局统筹协调，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局牵头抓好，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    # leads said otherwise: overall (总牵头), mainly (为主), by leading (主导), bearing the main responsibility (负主责)
    ("做好工作。（县民政局总牵头，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局为主，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局主导，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局负主责，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局为主，县财政局为辅）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局负主责，县财政局负次责）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局领衔，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（领衔单位：县民政局；配合单位：县财政局）", "", [("县民政局", L), ("县财政局", R)]),
    # …but government in general, or a body after 以, names no body (坚持多元投入（政府主导，社会参与）)
    ("坚持多元投入（政府主导，社会参与）。", "", []),
    ("做好工作。（以县财政局为主）做好保障。", "", []),
    # the body that undertakes the task (承担单位 / A承担)
    ("做好工作。（承担单位：县民政局、县财政局）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局牵头，县财政局承担）", "", [("县民政局", L), ("县财政局", R)]),
    # the mark on a lead's name in angle brackets, as a page that lost its round ones writes it
    ("做好工作。（责任单位：县自然资源局<牵头>、县林业局）", "", [("县自然资源局", L), ("县林业局", R)]),
    # 各 written once for a kind of one character (各街道、镇)
    ("做好工作。（区规划资源局牵头，各街道、镇落实）", "", [("区规划资源局", L), ("各街道", R), ("各镇", R)]),
    ("做好工作。具体由县民政局负责实施。", "", [("县民政局", R)]),
    # each bears its own part (各负其责 / 各司其职); the remit written with 依 / 依据 / 依照 (a probe of wordings, no row lost)
    ("做好工作。（县民政局、县财政局各负其责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局各司其职）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局依职责分工负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局依据职责负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局依照职责负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局依法负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局按照职责负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局按照职能负责）", "", [("县民政局", R), ("县财政局", R)]),
    # two statements with a gap, or nothing, for the comma between them (a copy that lost it): regression, a body
    # `县民政局牵头县财政局` was read
    ("做好工作。（县民政局牵头 县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局牵头抓总县财政局、县人社局协同）", "", [("县民政局", L), ("县财政局", R), ("县人社局", R)]),
    # two label nouns together (责任主体单位), and 主责 as a mark on the lead's name, as 牵头 is
    ("做好工作。（责任主体单位：县民政局、县财政局）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局（主责）、县财政局）", "", [("县民政局", L), ("县财政局", R)]),
    # 各 and 级 written once for a run of levels (各省、市、县级人民政府: 各省级 was lost), and 其他有关部门 is no body, as
    # 有关部门 is none
    ("做好工作。（各省、市、县级人民政府负责）", "", [("各省级人民政府", R), ("各市级人民政府", R), ("各县级人民政府", R)]),
    ("做好工作。（市发改委牵头，其他有关部门配合）", "", [("市发改委", L)]),
    # 各 written once for the offices of leagues and the cities beside them (内蒙古: 各盟行政公署、市人民政府)
    ("做好工作。（自治区民政厅牵头，各盟行政公署、市人民政府负责）", "",
     [("自治区民政厅", L), ("各盟行政公署", R), ("各市人民政府", R)]),
    # places written with their level share the last one's body word (广州市、深圳市人民政府: 广州市 was a place, no body)
    ("做好工作。（省民政厅牵头，广州市、深圳市人民政府负责）", "",
     [("省民政厅", L), ("广州市人民政府", R), ("深圳市人民政府", R)]),
    # 政协办 is the CPPCC's office: its 协办 is no verb (县人大办、县政协办 gave 县人大办 alone)
    ("做好工作。（责任单位：县人大办、县政协办）", "", [("县人大办", R), ("县政协办", R)]),
    # a helper's mark on its name (（配合单位）, （协办单位）) is no part of it, and makes no lead
    ("做好工作。（责任单位：县民政局（牵头单位）、县财政局（配合单位）、县人社局（协办单位））", "",
     [("县民政局", L), ("县财政局", R), ("县人社局", R)]),
    # the first-listed declaration saying the lead's role as a verb (列第一位的单位牵头: `县列第一位的单位` was a body)
    ("做好工作。（县民政局、县财政局负责，列第一位的单位牵头）", "", [("县民政局", L), ("县财政局", R)]),
    # a label that gives no role inside the bracket (（任务分工：A牵头，B配合）: the lead was lost), and its short forms
    ("做好工作。（任务分工：县民政局牵头，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（分工：县民政局牵头）", "", [("县民政局", L)]),
    ("做好工作。（具体分工：县民政局负责）", "", [("县民政局", R)]),
    # 社区 is one word: 各社区居委会 is not 各社 (as 供销社 ends) + 区居委会 (regression, found by a probe of township lists)
    ("做好工作。（责任单位：县民政局、各社区居委会、各社区（村））", "", [("县民政局", R), ("各社区居委会", R), ("各社区(村)", R)]),
    ("做好工作。（责任单位：市农业农村局；协作单位：各县（市、区）政府）", "", [("市农业农村局", R), ("各县(市、区)政府", R)]),
    ("做好工作。（省发改委、省工信厅按职责分工负责，各地级以上市人民政府结合实际落实）", "",
     [("省发改委", R), ("省工信厅", R), ("各地级以上市人民政府", R)]),
    ("做好工作。（县民政局牵头，各乡镇因地制宜推进）", "", [("县民政局", L), ("各乡镇", R)]),
    # a park is named after itself: it takes no prefix from the list (金乡 2025 in the as-verbs layout)
    ("做好工作。（县政府园区发展服务中心牵头，新材料产业园、商贸物流园配合）", "",
     [("县政府园区发展服务中心", L), ("新材料产业园", R), ("商贸物流园", R)]),
    # …so is a district or county by its own name, a college, and a body of another level (a probe of body names:
    # 市财政局 before them gave 市越秀区民政局, 市神农架林区政府, 市湄洲湾职业技术学院, 市地区民政局, 市苏木人民政府)
    ("做好工作。（市财政局牵头，越秀区民政局、神农架林区政府配合）", "",
     [("市财政局", L), ("越秀区民政局", R), ("神农架林区政府", R)]),
    ("做好工作。（市财政局牵头，湄洲湾职业技术学院配合）", "", [("市财政局", L), ("湄洲湾职业技术学院", R)]),
    # a township's, a village's or a community's own name gives no prefix to the names after it
    ("做好工作。（市、区民政部门，街道（乡镇）负责）", "", [("市民政部门", R), ("区民政部门", R), ("街道(乡镇)", R)]),
    ("做好工作。（责任单位：社区党组织、居委会、物业服务企业、志愿服务组织）", "",
     [("社区党组织", R), ("居委会", R), ("物业服务企业", R), ("志愿服务组织", R)]),
    ("做好工作。（市财政局牵头，村（社区）两委、社区居委会配合）", "",
     [("市财政局", L), ("村(社区)两委", R), ("社区居委会", R)]),
    ("做好工作。（自治区财政厅牵头，地区民政局、苏木人民政府配合）", "",
     [("自治区财政厅", L), ("地区民政局", R), ("苏木人民政府", R)]),
    # …while a bare name still takes the list's place (越秀区民政局、财政局: the district's finance bureau)
    ("做好工作。（越秀区民政局、财政局负责）", "", [("越秀区民政局", R), ("越秀区财政局", R)]),
    ("做好工作。苏木人民政府要落实属地责任。", "", [("苏木人民政府", R)]),
    # an autonomous prefecture or county by its full name opens a subject; a banner (旗) keeps its own place in a list
    ("做好工作。黔南布依族苗族自治州民政局要加强指导。", "", [("黔南布依族苗族自治州民政局", R)]),
    ("做好工作。长白朝鲜族自治县人民政府要落实属地责任。", "", [("长白朝鲜族自治县人民政府", R)]),
    ("做好工作。（市财政局牵头，达茂旗人民政府配合）", "", [("市财政局", L), ("达茂旗人民政府", R)]),
    # a level written bare shares what follows the next name's level or zone (a probe of level lists: 市、县民政局 gave
    # 市局; 市、县民政部门 only the county's; 各设区市、平潭综合实验区民政部门 gave 各设区市 and 各设区市平潭…)
    ("做好工作。（市、县民政局负责）", "", [("市民政局", R), ("县民政局", R)]),
    ("做好工作。（各市、县民政局负责）", "", [("各市民政局", R), ("各县民政局", R)]),
    ("做好工作。（区、县委组织部负责）", "", [("区委组织部", R), ("县委组织部", R)]),
    ("做好工作。省、市、县民政部门要加强指导。", "", [("省民政部门", R), ("市民政部门", R), ("县民政部门", R)]),
    ("做好工作。（各设区市、平潭综合实验区民政部门负责）", "", [("各设区市民政部门", R), ("平潭综合实验区民政部门", R)]),
    ("做好工作。（设区市、县（市、区）人民政府负责）", "", [("设区市人民政府", R), ("县(市、区)人民政府", R)]),
    ("做好工作。各设区市、平潭综合实验区要结合实际制定实施方案。", "", [("各设区市", R), ("平潭综合实验区", R)]),
    ("做好工作。（市、县级有关部门负责）", "", [("市级有关部门", R), ("县级有关部门", R)]),
    # …never with a higher level's body after it, nor what stands under the level (市直各部门)
    ("做好工作。（各县（市、区）、市委组织部负责）", "", [("各县(市、区)", R), ("市委组织部", R)]),
    # a zone's committee by the zone's name takes no collective's prefix (Putian's 湄洲岛、北岸管委会 beside the
    # counties gave 各县(区)湄洲岛管委会); a zone named by its kind is each county's (各乡镇…、经济开发区管委会)
    ("做好工作。（各县（区）政府、湄洲岛、北岸管委会负责）", "", [("各县(区)政府", R), ("湄洲岛管委会", R), ("北岸管委会", R)]),
    ("做好工作。（各乡镇人民政府、经济开发区管委会负责）", "", [("各乡镇人民政府", R), ("各经济开发区管委会", R)]),
    # a statement that says it is its own item's (本项 / 此项 / 本条, scopes.csv part self) is read past the phrase
    # (（本条由A负责） gave nothing; （本项工作由A牵头，B配合） lost its lead)
    ("做好工作。（本条由县民政局负责）", "", [("县民政局", R)]),
    ("做好工作。（本项工作由县民政局牵头，县财政局配合）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（本项任务牵头单位为县民政局）", "", [("县民政局", L)]),
    # more verbs of a body's part in the work (a probe of verbs: 督办 ended the name, the others dropped the body)
    ("做好工作。（县民政局牵头，县政府督查室督办）", "", [("县民政局", L), ("县政府督查室", R)]),
    ("做好工作。（县民政局牵头，县纪委监委监督）", "", [("县民政局", L), ("县纪委监委", R)]),
    ("做好工作。（县民政局牵头，县财政局保障）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局牵头，各乡镇执行）", "", [("县民政局", L), ("各乡镇", R)]),
    ("做好工作。（各乡镇初审，县民政局审核）", "", [("各乡镇", R), ("县民政局", R)]),
    # a label whose role word is a verb too opens its own line: 牵头单位：A⏎落实单位：B gave A alone (the lines joined,
    # 落实 was taken for A's verb; a probe of label words)
    ("做好工作。\n牵头单位：区发改局\n落实单位：立山经济开发区、各街道", "",
     [("区发改局", L), ("立山经济开发区", R), ("各街道", R)]),
    # a national bank's branch by its full name opens a subject (中国…), the country's system does not
    ("做好工作。中国人民银行莆田市中心支行要加大信贷支持。", "", [("中国人民银行莆田市中心支行", R)]),
    ("做好工作。中国特色社会主义制度要坚持。", "", []),
    # 组织 ends 社会组织 / 群团组织 / 党组织: no verb there (各社会组织配合 gave 各社会; roles.csv / prose_verbs.csv not_after)
    ("做好工作。（市民政局牵头，各社会组织、各群团组织配合）", "", [("市民政局", L), ("各社会组织", R), ("各群团组织", R)]),
    ("做好工作。各级党组织要发挥引领作用。", "", [("各级党组织", R)]),
    ("做好工作。（市民政局组织，各乡镇配合）", "", [("市民政局", R), ("各乡镇", R)]),
    # a verb in brackets after a labelled list is said of the whole list (a mark, A（牵头）, of one name)
    ("做好工作。责任单位：县发改局、县财政局（按职责分工负责）", "", [("县发改局", R), ("县财政局", R)]),
    ("做好工作。责任单位：县发改局、县财政局（牵头）", "", [("县发改局", R), ("县财政局", L)]),
    # a list cut by a comma from a lead verb works beside the lead, unless the verb covers all (verb_adverbs.csv)
    ("做好工作。（县发改局、县财政局，县委办牵头）", "", [("县发改局", R), ("县财政局", R), ("县委办", L)]),
    ("做好工作。（各乡镇人民政府，县民政局牵头负责）", "", [("各乡镇人民政府", R), ("县民政局", L)]),
    ("做好工作。（县发改局、县财政局，县委办共同牵头）", "", [("县发改局", L), ("县财政局", L), ("县委办", L)]),
    ("做好工作。（县发改局，县财政局、县委办分别牵头）", "", [("县发改局", L), ("县财政局", L), ("县委办", L)]),
    # 〔〕 around words are brackets; 及相关部门 names no body; 县委组织部 written among others with spaces
    ("做好工作。（省发改委牵头，省级有关部门〔单位〕按职责分工负责）", "", [("省发改委", L), ("省级有关部门(单位)", R)]),
    ("做好工作。（市城管委牵头，各区政府及相关部门配合）", "", [("市城管委", L), ("各区政府", R)]),
    ("做好工作。（责任单位：县委组织部 县民政局 县财政局）", "", [("县委组织部", R), ("县民政局", R), ("县财政局", R)]),
    # the same without brackets: a sentence that is nothing but role statements
    ("做好工作。市政府办公室统筹推进。", "", [("市政府办公室", L)]),
    ("做好工作。由市民政局牵头负责，市财政局配合。", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。市教育局、市人社局按职责分工负责。", "", [("市教育局", R), ("市人社局", R)]),
    ("做好工作。所需资金由县财政局负责保障。", "", []),
    # 3. marks on a name, declarations
    ("责任单位：市卫健委（牵头）、市医保局", "", [("市卫健委", L), ("市医保局", R)]),
    ("责任单位：市卫健委【牵头】、市医保局", "", [("市卫健委", L), ("市医保局", R)]),
    ("责任单位：市卫健委[牵头]、市医保局", "", [("市卫健委", L), ("市医保局", R)]),
    # a mark is a role word: a bracket that is a list with a marked name assigns work (a bare list does not)
    ("做好工作。（县发改局（牵头）、县财政局、各乡镇）", "", [("县发改局", L), ("县财政局", R), ("各乡镇", R)]),
    ("做好工作。（县发改局、县财政局）", "", []),
    ("做好工作。（民政部、财政部、国家卫生健康委等负责。列第一位者为牵头单位，下同）", "",
     [("民政部", L), ("财政部", R), ("国家卫生健康委", R)]),
    ("做好工作。（海关总署负责）", FIRST, [("海关总署", L)]),
    ("做好工作。（海关总署、商务部负责）", "(二)乙项。(税务总局负责,排在第一位的部门为牵头部门,下同)\n",
     [("海关总署", L), ("商务部", R)]),
    ("做好工作。（海关总署、商务部负责）", "(二)乙项。(税务总局负责。排名第一的为牵头单位)\n", [("海关总署", L), ("商务部", R)]),
    ("做好工作。（海关总署、商务部负责）", "(二)乙项。(税务总局负责。第一个单位为牵头单位)\n", [("海关总署", L), ("商务部", R)]),
    ("做好工作。（海关总署、商务部负责）", "(二)乙项。(税务总局负责。首位为牵头单位)\n", [("海关总署", L), ("商务部", R)]),
    # after a label line, in a bracket of its own (厦门 2019, held out at first run)
    ("做好工作。\n责任单位：市发改委、市财政局（第一责任单位为牵头单位，下同）\n时限要求：持续推进", "",
     [("市发改委", L), ("市财政局", R)]),
    # …with any role word before 单位, and the lead named 主责 as well (a probe of label words)
    ("做好工作。（落实单位：市发改委、市财政局，第一落实单位为牵头单位）", "", [("市发改委", L), ("市财政局", R)]),
    ("做好工作。（责任单位：市发改委、市财政局，第一责任单位为主责单位）", "", [("市发改委", L), ("市财政局", R)]),
    # a label alone on its line, its body on the next between a converter's cell edges (| 市城管局 |; 广州 2023's
    # task page with its label on a line of its own gave |市城管局)
    ("做好工作。\n牵头单位：\n | 市城市管理综合执法局 |\n完成时限：2023年底", "", [("市城市管理综合执法局", L)]),
    # the remit without its verb closing a labelled list (配合单位：A、B按职责分工) is no part of B's name
    ("做好工作。（牵头单位：合肥海关；配合单位：省贸促会、省商务厅按职责分工）", "",
     [("合肥海关", L), ("省贸促会", R), ("省商务厅", R)]),
    ("做好工作。（责任单位：市民政局、市财政局按各自职责）", "", [("市民政局", R), ("市财政局", R)]),
    # 主要落实单位 leads, as 主要责任单位 does
    ("做好工作。（主要落实单位：区发展改革委；配合单位：区财政局）", "", [("区发展改革委", L), ("区财政局", R)]),
    ("做好工作。（海关总署、商务部负责）", "(二)乙项。(税务总局负责。排在前面的为牵头单位)\n", [("海关总署", L), ("商务部", R)]),
    ("做好工作。(责任单位:市发改委、市财政局)", "(二)乙项。责任分解中,列第一位的责任单位为牵头单位或汇总单位。\n",
     [("市发改委", L), ("市财政局", R)]),
    ("做好工作。（市财政局、市民政局*负责）", "(二)乙项。(*为牵头单位)\n", [("市财政局", R), ("市民政局", L)]),
    # a zone's committee named after itself keeps its name after a collective, though starred or marked as a lead
    # (赣州 2015 in the as-stars and as-lines layouts)
    ("做好工作。（各县人民政府*、龙南经济技术开发区管委会*、市发改委负责）", "(二)乙项。(*为牵头单位)\n",
     [("各县人民政府", L), ("龙南经济技术开发区管委会", L), ("市发改委", R)]),
    ("做好工作。（责任单位：各县人民政府（牵头）、龙南经济技术开发区管委会（牵头）、市发改委）", "",
     [("各县人民政府", L), ("龙南经济技术开发区管委会", L), ("市发改委", R)]),
    # one star among several names leads without the note (a page's copy cut it off); stars on every name say nothing
    ("做好工作。（市财政局*、市民政局负责）", "", [("市财政局", L), ("市民政局", R)]),
    ("做好工作。（市财政局*、市民政局*负责）", "", [("市财政局", R), ("市民政局", R)]),
    # the declaration inside the first list's own bracket, in the Zhejiang wordings (湖州, 桐乡 责任分解)
    ("做好工作。\n责任单位：市经信局、市财政局、市税务局（列第一位者为工作牵头单位或汇总单位，下同）", "",
     [("市经信局", L), ("市财政局", R), ("市税务局", R)]),
    ("做好工作。\n责任单位：财政局、发改局、工商联（列第一位者为牵头或汇总单位，下同）", "",
     [("财政局", L), ("发改局", R), ("工商联", R)]),
    ("做好工作。\n责任单位：市政府办公室、各区县政府（含南太湖新区、长合区管委会）（列第一位的为工作牵头单位或汇总单位，下同）", "",
     [("市政府办公室", L), ("各区县政府", R), ("南太湖新区管委会", R), ("长合区管委会", R)]),
    # the declaration saying the lists that mark their leads keep them (浙江 2024 责任分解, held out at first run)
    ("做好工作。\n责任单位：省政府办公厅、省财政厅牵头，省商务厅、省文旅厅（除标注为“牵头”单位外，列第一位的为牵头或汇总单位，下同）",
     "", [("省政府办公厅", L), ("省财政厅", L), ("省商务厅", R), ("省文旅厅", R)]),
    ("做好工作。\n责任单位：省财政厅、省发展改革委",
     "(二)乙项工作。\n责任单位：省商务厅牵头，省文旅厅（除标注为“牵头”单位外，列第一位的为牵头或汇总单位，下同）\n",
     [("省财政厅", L), ("省发展改革委", R)]),
    ("做好工作。（市民政局、市财政局负责）", "(二)乙项工作。（涉及多个单位的，第一个为牵头单位，下同）\n",
     [("市民政局", L), ("市财政局", R)]),
    # a task without a lead is led by its responsible bodies where the notice says so (武汉 2023, 2024 责任分解方案);
    # a body that helps (配合) does not lead, and a named lead keeps the others responsible
    ("做好工作。\n责任单位：市发改委、市统计局", NO_LEAD, [("市发改委", L), ("市统计局", L)]),
    ("做好工作。\n责任单位：市科技局\n配合单位：市财政局、市税务局", NO_LEAD, [("市科技局", L), ("市财政局", R), ("市税务局", R)]),
    ("做好工作。（市民政局负责，市卫健委配合）", NO_LEAD, [("市民政局", L), ("市卫健委", R)]),
    ("做好工作。（市民政局会同市卫健委负责）", NO_LEAD, [("市民政局", L), ("市卫健委", R)]),
    ("做好工作。\n牵头单位：市商务局\n责任单位：市投促局", NO_LEAD, [("市商务局", L), ("市投促局", R)]),
    # the names before the list's first comma lead (达州 2025, held out at first run): a part of a list, not one name
    ("做好工作。〔责任单位：市发展改革委、市财政局，市级有关部门、各县人民政府。逗号前为牵头单位，以下任务均需各县人民政府落实，"
     "不再单独列出〕", "",
     [("市发展改革委", L), ("市财政局", L), ("市级有关部门", R), ("各县人民政府", R)]),
    ("做好工作。（责任单位：市发展改革委、市财政局，市级有关部门）", "",
     [("市发展改革委", R), ("市财政局", R), ("市级有关部门", R)]),
    ("做好工作。（海关总署、商务部负责）", "", [("海关总署", R), ("商务部", R)]),  # no declaration: no lead
    # 4. lists
    # a blanket sentence inside the first statement names the bodies of the tasks after it, not more of this list's;
    # 〔〕 around a statement are round brackets (潮州 2019, held out at first run)
    ("做好工作。〔市生态环境局牵头，市发展和改革局参与，各县、区人民政府负责落实。以下各项工作均需各县、区人民政府落实，"
     "不再列出。〕其他工作。（市市场监管局牵头）", "",
     [("市生态环境局", L), ("市发展和改革局", R), ("各县人民政府", R), ("各区人民政府", R), ("市市场监管局", L)]),
    ("做好工作。（民政部、财政部等负责）", "", [("民政部", R), ("财政部", R)]),
    # a government's institutions (直属机构) are bodies as its departments are (安徽 2022 重点工作, held out at first run)
    ("做好工作。\n协同责任单位：省政府各部门、各直属机构。", "", [("省政府各部门", R), ("省政府各直属机构", R)]),
    ("做好工作。（民政部、财政部等和各省级人民政府负责）", "", [("民政部", R), ("财政部", R), ("各省级人民政府", R)]),
    ("做好工作。（人力资源社会保障部等有关部门和单位负责）", "", [("人力资源社会保障部", R)]),
    ("做好工作。（各有关部门和单位，各省级人民政府按职责分工负责）", "", [("各有关部门和单位", R), ("各省级人民政府", R)]),
    ("责任单位：市教育局、民政局", "", [("市教育局", R), ("市民政局", R)]),
    ("责任单位：县住建局，瓮水、雍阳街道", "", [("县住建局", R), ("瓮水街道", R), ("雍阳街道", R)]),
    ("做好工作。（牵头单位：市委组织部，配合单位：市国资委，各区、县级市）", "",
     [("市委组织部", L), ("市国资委", R), ("各区", R), ("各县级市", R)]),
    ("做好工作。（责任单位：省财政厅、安徽银保监局、地方金融监管局）", "",
     [("省财政厅", R), ("安徽银保监局", R), ("省地方金融监管局", R)]),
    ("做好工作。（共青团中央、全国妇联、市科协等负责）", "", [("共青团中央", R), ("全国妇联", R), ("市科协", R)]),
    # a label that gives no role, before a statement that says the roles (粤府〔2021〕22号); a leader is a person
    ("地区生产总值增长6%以上。\n分管省领导：林克庆\n部门分工：省发展改革委牵头，各地、各部门配合。", "",
     [("省发展改革委", L), ("各地", R), ("各部门", R)]),
    ("做好工作。\n责任分工：市民政局牵头，市财政局配合。", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。\n任务分工：市民政局负责。", "", [("市民政局", R)]),
    ("做好工作。\n职责分工：市民政局牵头，市财政局参与。", "", [("市民政局", L), ("市财政局", R)]),
    # not statements: a scope, an aside, a place list
    ("做好工作。（市、区、旗）", "", []),
    ("做好工作。（企业直接向国家发展改革委申报，不需省级发展改革部门转报）", "", []),
    ("做好工作。（技工院校内由人力资源社会保障行政部门负责）", "", []),
    ("做好工作。（由牵头单位会同相关部门研究）", "", []),
    # 5. obligations in prose
    # 会同 after a comma, its partners up to the next comma (the last one was lost when the list ended the run)
    ("由市民政局牵头，会同市财政局、市卫健委，制定实施细则。", "", [("市民政局", L), ("市财政局", R), ("市卫健委", R)]),
    # regression: a short bracket of bodies was read again as prose, its sentence cut into made-up bodies
    ("一是建设社区养老服务站10个（县民政局负责）；二是培训护理人员（县人社局负责）。", "",
     [("县民政局", R), ("县人社局", R)]),
    ("省民政厅、省发展改革委牵头，会同有关部门建立规划实施监测机制。", "", [("省民政厅", L), ("省发展改革委", L)]),
    ("各级民政部门要定期组织开展评估。", "", [("各级民政部门", R)]),
    ("市、县级政府要做好资金统筹。", "", [("市级政府", R), ("县级政府", R)]),
    ("海关总署要继续做好牵头工作。", "", [("海关总署", R)]),
    ("各乡镇（街道）应当建立台账。", "", [("各乡镇(街道)", R)]),
    ("县财政局须按时拨付资金。", "", [("县财政局", R)]),
    ("市教育局组织开展培训。", "", [("市教育局", R)]),
    ("市政府办公室统筹推进全市工作。", "", [("市政府办公室", R)]),
    ("省民政厅指导各地开展工作。", "", [("省民政厅", R)]),
    ("市财政局配合做好保障。", "", [("市财政局", R)]),
    ("市住建局负责城市更新。", "", [("市住建局", R)]),
    ("国务院有关部门必须严格执行。", "", [("国务院有关部门", R)]),
    ("县人民政府应建立制度。", "", [("县人民政府", R)]),
    ("市民政局要会同市财政局、市人社局制定方案，各区人民政府要抓好落实。", "",
     [("市民政局", L), ("市财政局", R), ("市人社局", R), ("各区人民政府", R)]),
    ("生态环境部会同有关部门组织开展评估。", "", [("生态环境部", L)]),
    ("发展改革委会同水利部研究提出了办理意见。", "", [("发展改革委", L), ("水利部", R)]),
    ("国务院各部门要依法行政。", "", [("国务院各部门", R)]),
    ("2020年初步建成300个示范性职业教育集团（联盟），带动中小企业参与。", "", []),
    ("经市民政局会同市财政局审核后实施。", "", []),
    ("在下一年度国务院组织的督查中予以表扬。", "", []),
    ("明确分工。\n市民政局：负责统筹全市养老服务工作。\n市财政局：负责落实资金保障。", "", [("市民政局", R), ("市财政局", R)]),
    ("做好工作。（市民政局主责，市财政局协办）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（市民政局主办，市财政局协办）", "", [("市民政局", L), ("市财政局", R)]),
    # the sentence names its work by pointing back at the item (此项工作由A…): a statement, or prose with work in it
    ("做好工作。此项工作由县民政局牵头负责。", "", [("县民政局", L)]),
    ("做好工作。该项工作由县民政局负责，县财政局做好资金保障。", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。县民政局负总责，县财政局做好资金保障。", "", [("县民政局", L), ("县财政局", R)]),
    ("综合协调组。由市应急局牵头，市公安局、市卫健委参加。", "", [("市应急局", L), ("市公安局", R), ("市卫健委", R)]),
    # a label in brackets on a line of its own is the item's own label, not a line closing a list of sub-items
    ("做好工作。\n【牵头单位】市民政局\n【责任单位】市财政局", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（责任单位为市民政局、市财政局）", "", [("市民政局", R), ("市财政局", R)]),  # 为 after the label
    ("做好工作。（牵头负责部门：市民政局；配合部门：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（牵头单位（部门）：市民政局；配合单位（部门）：市财政局）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（市民政局负责，市财政局支持）", "", [("市民政局", R), ("市财政局", R)]),
    ("做好工作。（市民政局、市财政局按各自职责负责）", "", [("市民政局", R), ("市财政局", R)]),
    ("做好工作。（市民政局、市财政局按照各自职责分工负责）", "", [("市民政局", R), ("市财政局", R)]),
    ("做好工作。（市民政局、市财政局按各自职责分工负责）", "", [("市民政局", R), ("市财政局", R)]),
    ("做好工作。（各区政府按照各自职责抓好落实）", "", [("各区政府", R)]),
    ("做好工作。（市民政局牵头、市财政局配合）", "", [("市民政局", L), ("市财政局", R)]),
    ("做好工作。（责任单位：县教育局、县第一中学、县实验小学、县第一幼儿园、各中小学校、各村（社区））", "",
     [("县教育局", R), ("县第一中学", R), ("县实验小学", R), ("县第一幼儿园", R), ("各中小学校", R),
      ("各村(社区)", R)]),
    # prose that names no body
    ("强化社区应急管理能力。", "", []),
    ("充分发挥社会组织作用。", "", []),
    ("依托福建省终身教育服务中心组织征集课程。", "", []),
    ("社区要加强服务。", "", []),
    ("各责任单位要系统谋划所承办的各项任务。", "", []),  # a role word, not a body
    ("每3年开展1次优秀社区负责人考录。", "", []),
    ("做好工作。由民政部会同财政部研究提出落实意见。", "", [("民政部", L), ("财政部", R)]),
    # a duty list with a dash after the body; a sentence that gives a body a label's role (是…责任主体 / 作为牵头单位)
    ("明确分工。\n县发改局——负责项目审批。\n县财政局——负责资金保障。", "", [("县发改局", R), ("县财政局", R)]),
    ("做好工作。各乡镇（街道）是本辖区工作的责任主体，负责组织实施。", "", [("各乡镇(街道)", R)]),
    ("做好工作。县民政局作为牵头单位，负责统筹协调。", "", [("县民政局", L)]),
    # …opened by 由 (由县民政局 was a body)
    ("做好工作。由县卫健局作为责任单位，做好改造。", "", [("县卫健局", R)]),
    ("做好工作。国务院办公厅是全国政务新媒体工作的主管单位。", "", [("国务院办公厅", R)]),
    # a modal, then 牵头: the subject leads; a zone's own body; 各级 for both kinds of department after it
    ("做好工作。省发展改革委要牵头建立协调机制。", "", [("省发展改革委", L)]),
    ("做好工作。（各省级人民政府负责落实，国家发展改革委加强指导）", "", [("各省级人民政府", R), ("国家发展改革委", R)]),
    ("做好工作。平潭综合实验区管委会要加强组织领导。", "", [("平潭综合实验区管委会", R)]),
    # the levels of the autonomous regions (自治区 / 盟 / 旗) and the 兵团 open a subject as 省 / 市 / 县 do: a sentence
    # of theirs was nobody's (自治区民政厅要…; 自治区住房城乡建设厅牵头，各有关单位配合。 lost its lead)
    ("做好工作。自治区民政厅要加强督促指导。", "", [("自治区民政厅", R)]),
    ("做好工作。自治区住房城乡建设厅牵头，各有关单位配合。", "", [("自治区住房城乡建设厅", L), ("各有关单位", R)]),
    ("做好工作。旗人民政府要落实属地责任。", "", [("旗人民政府", R)]),
    ("做好工作。由新疆生产建设兵团牵头，各师市配合。", "", [("新疆生产建设兵团", L), ("各师市", R)]),
    ("做好工作。各级民政部门和财政部门要加强资金监管。", "", [("各级民政部门", R), ("各级财政部门", R)]),
    ("做好工作。各级政府、各有关部门要严格把关。", "", [("各级政府", R), ("各有关部门", R)]),
    ("做好工作。本方案是全县工作的责任清单。", "", []),
    ("全面实行首问负责制。", "", []),
    # regression: 负责制 (a system) shut out 负责制定 (drafting), the commonest work a body is given
    ("市工商局负责制定工作方案。", "", [("市工商局", R)]),
    ("市工商局负责制订工作方案。", "", [("市工商局", R)]),
    # 行 ends a bank's name, not a phrase: 可实行 is no body (国办发〔2018〕124号, held out at first run)
    ("利用存量房产发展文化产业，可实行继续按原用途使用土地的过渡期政策。", "", []),
    ("做好信贷支持。（农发行、市人行负责）", "", [("农发行", R), ("市人行", R)]),
    # 及其有关部门 names the body before it, not a second one; 请你省… is a request, not a body (国办函 replies)
    ("省级人民政府及其有关部门要加强监督检查。", "", [("省级人民政府", R)]),
    ("请你省有关部门指导广安市按意见办理。", "", []),
    # an adverb of verb_adverbs.csv between a sentence's subject and its verb (具体负责, 分别负责)
    ("在市政府领导下，市民政局具体负责。", "", [("市民政局", R)]),
    ("市民政局、市财政局分别负责资金监管。", "", [("市民政局", R), ("市财政局", R)]),
    # the first-listed rule said of the lead (牵头单位列第一位)
    ("做好工作。（县民政局、县财政局负责）", "(二)乙项工作。正文。(牵头单位列第一位)\n", [("县民政局", L), ("县财政局", R)]),
    # the points of an item counted in its text (一是…二是… / 其一，…): the subject begins after the count
    ("做好工作。一是县民政局要完善补贴制度；二是县住建局要推进设施建设。", "", [("县民政局", R), ("县住建局", R)]),
    ("做好工作。一是由县民政局牵头，县财政局配合，完善补贴制度；三是县卫健委负责医养结合。", "",
     [("县民政局", L), ("县财政局", R), ("县卫健委", R)]),
    ("做好工作。一是县民政局作为牵头单位，负责统筹。", "", [("县民政局", L)]),
    # after the roles, a body as the subject of its own work inside the bracket (做好资金保障)
    ("做好工作。（县民政局牵头，县财政局做好资金保障）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局牵头，2024年底前完成）", "", [("县民政局", L)]),
    # a share said short (分工负责), a task taken in hand (抓落实), a body that oversees and guides (督导)
    ("做好工作。（县民政局、县财政局分工负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局负总责，县财政局抓落实）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（县民政局督导，各乡镇组织实施）", "", [("县民政局", R), ("各乡镇", R)]),
    # a person's field between two lists ends neither; a time field ends the list, its value names no body
    ("做好工作。（牵头单位：县自然资源局，责任人：李四；配合单位：县林业局）", "", [("县自然资源局", L), ("县林业局", R)]),
    # …nor a contact's telephone field; a body after a number goes on with the list (铜陵's 民生工程 page, at first sight
    # 0 of 2: 市人社局咨询电话 was no body)
    ("做好工作。\n承办部门:市人社局 咨询电话:2126811\n市卫计委 2835085\n", "", [("市人社局", R), ("市卫计委", R)]),
    ("做好工作。（责任单位：县民政局，联系电话：0851-1234567）", "", [("县民政局", R)]),
    ("做好工作。\n责任单位：县卫健局\n完成时限：方舱医院改造1月底前完成，二级以上医疗机构6月底前完成", "", [("县卫健局", R)]),
    # a working group an emergency plan makes up of bodies, named before 由
    ("做好工作。综合协调组由县应急局牵头，县林业局、县公安局参加。", "", [("县应急局", L), ("县林业局", R), ("县公安局", R)]),
    # the local governments of every level as a sentence's subject
    ("做好工作。地方各级人民政府要切实承担主体责任。", "", [("地方各级人民政府", R)]),
    # what the subject is, set between it and its verb
    ("做好工作。县民政局作为行业主管部门，牵头抓总。", "", [("县民政局", L)]),
    # bodies that take part (参与) or assist (协助) after the lead, then the work; 参与的 describes a system
    ("做好工作。县自然资源局牵头，县林业局、县水利局参与，开展联合审批。", "",
     [("县自然资源局", L), ("县林业局", R), ("县水利局", R)]),
    ("做好工作。县财政局协助做好资金保障。", "", [("县财政局", R)]),
    # the competent department, as 办法 and 规定 name it (主管); 主管部门 is a noun
    ("做好工作。市民政部门主管全市临时救助工作。", "", [("市民政部门", R)]),
    ("做好工作。县民政局主管的社会组织要规范。", "", []),
    ("做好工作。建立县级政府为主，镇(街道)参与的管理体制。", "", []),
    # 牵头(责任)单位: the lead among the responsible; 具体责任单位; 支持 / 推进 / 协调 as labels
    ("做好工作。（牵头(责任)单位：县发改局；支持单位：县财政局）", "", [("县发改局", L), ("县财政局", R)]),
    ("做好工作。（具体责任单位：县发改局；推进单位：县财政局；协调单位：县审计局）", "",
     [("县发改局", R), ("县财政局", R), ("县审计局", R)]),
    # meeting minutes and State Council requests: 请 / 责成 before the subject, a decision's colon before it
    ("做好工作。请县住建局牵头，会同县自然资源局研究提出方案。", "", [("县住建局", L), ("县自然资源局", R)]),
    ("做好工作。责成县住建局负责整改。", "", [("县住建局", R)]),
    ("做好工作。交由县住建局办理。", "", [("县住建局", R)]),
    ("做好工作。县住建局办理的事项要按期办结。", "", []),
    ("做好工作。会议议定：县住建局要抓紧完成选址工作。", "", [("县住建局", R)]),
    # a star before the name marks the lead as one after it does
    ("做好工作。（责任单位：★县发改局、县财政局）", "", [("县发改局", L), ("县财政局", R)]),
    # rectification lists (整改清单) and replies to proposals (主办 / 会办)
    ("做好工作。（整改牵头单位：县水利局；整改责任单位：各乡镇人民政府；整改时限：立行立改）", "",
     [("县水利局", L), ("各乡镇人民政府", R)]),
    ("做好工作。主办单位：县住建局；会办单位：县自然资源局、县财政局。", "",
     [("县住建局", L), ("县自然资源局", R), ("县财政局", R)]),
    # a field whose label this grammar does not list ends the list at the last name, its own words (办理) with it
    ("做好工作。\n责任单位：县水利局、各乡镇人民政府\n办理时限：2024年12月底", "", [("县水利局", R), ("各乡镇人民政府", R)]),
    # the bodies below the township begin a sentence's subject as a level does (村, 社区)
    ("做好工作。村（居）民委员会协助做好相关工作。", "", [("村(居)民委员会", R)]),
    # what a body commits to do (将); a permission given to others (允许银行将…) names no body
    ("做好工作。省财政厅将视情给予奖补。", "", [("省财政厅", R)]),
    ("做好工作。允许银行将贷款用于项目建设。", "", []),
    # a duty the law gives, written without a modal (依法); 依法行政 / 依法治县 are programmes, no duty of a body
    ("做好工作。县市场监管局、县公安局等部门依法查处违法行为。", "", [("县市场监管局", R), ("县公安局", R)]),
    ("做好工作。县人民政府依法行政水平明显提高。", "", []),
    # two role words in a label (责任配合单位), the kind of duty before a label (次要 / 直接 / 相关 / 第一 / 第二),
    # the body that oversees (监管部门)
    ("做好工作。（责任牵头单位：县民政局；责任配合单位：县财政局）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（主要责任部门：县民政局；次要责任部门：县财政局）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。（直接责任单位：县民政局；相关责任单位：县财政局）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（第一责任单位：县民政局；第二责任单位：县财政局）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（责任主体：各乡镇人民政府；监管部门：县应急局）", "", [("各乡镇人民政府", R), ("县应急局", R)]),
    # 主抓单位 (a lead's label), the remit named twice (按照职能职责), a county bureau's section (责任科室：…股)
    ("做好工作。（主抓单位：县民政局；承办单位：县财政局）", "", [("县民政局", L), ("县财政局", R)]),
    ("做好工作。县民政局、县财政局按照职能职责抓好落实。", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（县民政局、县财政局按职能职责负责）", "", [("县民政局", R), ("县财政局", R)]),
    ("做好工作。（分管领导：张三；责任科室：县民政局养老服务股）", "", [("县民政局养老服务股", R)]),
]

# A duty list whose items are headed by a body's name alone: the heading is the subject of the item's sentence.
HEADED_DUTIES = [
    ("（一）区工商分局。负责制定工作方案。\n（二）区质量技监局。负责规范计量行为。",
     [("1", "区工商分局"), ("2", "区质量技监局")]),
    ("（一）区工商分局\n负责制定工作方案。\n（二）各镇、街道\n负责辖区内具体实施。",
     [("1", "区工商分局"), ("2", "各街道"), ("2", "各镇")]),
    ("1.市民政局。要会同市财政局制定补贴办法。", [("1", "市民政局"), ("1", "市财政局")]),
    # a heading that is no body's name stays a heading
    ("（一）加强组织领导。负责制定工作方案。", []),
]


@pytest.mark.parametrize("items, expected", HEADED_DUTIES, ids=[c[0][:16] for c in HEADED_DUTIES])
def test_a_body_heading_is_the_subject_of_its_item(items, expected):
    doc = parse_source(source(HEAD + "二、职责分工\n" + items + "\n"))
    got = sorted((r.clause.rsplit(".", 1)[-1], r.body) for r in doc.responsibilities)
    assert got == sorted(expected)


@pytest.mark.parametrize("body, before, expected", CASES, ids=[c[0][:24] for c in CASES])
def test_statement_shape(body, before, expected):
    got = [(b, r) for b, r, _s in owners(body, before)]
    assert sorted(got) == sorted(expected)


def test_prose_and_listed_are_told_apart():
    assert {s for _b, _r, s in owners("（市民政局负责）")} == {"listed"}
    assert {s for _b, _r, s in owners("市民政局要加强指导。")} == {"prose"}
    # a body both listed and the subject of a sentence is listed
    assert owners("市民政局要加强指导。（市民政局负责）") == [("市民政局", R, "listed")]
    # a sentence of role statements alone is listed; a sentence with work in it is prose
    assert {s for _b, _r, s in owners("由市民政局牵头，市财政局配合。")} == {"listed"}
    assert {s for _b, _r, s in owners("市民政局要会同市财政局制定方案。")} == {"prose"}
    # the work after a role verb makes an unbracketed sentence prose, not a bare statement
    assert {s for _b, _r, s in owners("市民政局牵头，市财政局配合研究制定方案。")} <= {"prose"}
    # the work, then after a comma who does it, opening with 由: listed (_GIVEN_TO); not when work follows the verb
    assert owners("新建站点10个，由市民政局负责。") == [("市民政局", R, "listed")]
    assert owners("新建站点10个，由市民政局牵头，市财政局配合。") == [("市民政局", L, "listed"), ("市财政局", R, "listed")]
    assert {s for _b, _r, s in owners("本办法自印发之日起施行，由市民政局负责解释。")} <= {"prose"}
    assert {s for _b, _r, s in owners("对不符合条件的，由市民政局负责清退。")} <= {"prose"}
    # a sentence that opens by giving itself out with 由, then its work: the statement before the work is listed
    # (福建's 餐桌污染 plan, at first sight: prose); without 由 it stays prose (A牵头，B配合研究制定… above)
    assert owners("由市民政局负责，市财政局配合，加快建设基地。") == [
        ("市民政局", R, "listed"), ("市财政局", R, "listed")
    ]
    # …but 由A牵头，会同B制定… is the lead's work with B: prose, as 由A会同B制定… is (not half listed)
    assert {s for _b, _r, s in owners("由市民政局牵头，会同市财政局制定方案。")} == {"prose"}
    # …with the official in charge named first (兰州's list of matters, at first sight: prose): a person, passed over
    for leader in ("由张三副市长负责", "由市政府分管领导负责", "由分管副市长李四牵头"):
        assert owners(f"{leader}，市民政局牵头，相关部门配合，加快建设基地。") == [("市民政局", L, "listed")]
    # …and between the bodies of a bracket; alone it names nobody
    assert owners("（市民政局牵头，张三副市长负责，市财政局配合）") == [("市民政局", L, "listed"), ("市财政局", R, "listed")]
    assert owners("由张三副市长负责。") == []
    # …but a 领导小组 is a body, no official (regression: 县乡村振兴领导小组牵头 was passed over as an official)
    assert owners("做好工作。（县乡村振兴领导小组牵头，县财政局配合）") == [
        ("县乡村振兴领导小组", L, "listed"), ("县财政局", R, "listed")
    ]
    # a place's name never runs across 各 (a PDF's interleaved columns gave `着力引各旗县(市、区)人民政府`)
    assert [b for b, _r, _s in owners("加强宣传，着力引导各县人民政府负责落实。") if b.startswith("着力")] == []
    # 由于 is "because": no body is the subject of 由于市民政局负责… (regression: `于市民政局` was a body)
    assert owners("由于市民政局负责，工作推进快。") == []
    # …and before the sentence's deadline, with or without its year (…，由A负责，2024年底前完成。 / 6月底前完成。)
    assert owners("新建站点10个，由市民政局负责，2024年底前完成。") == [("市民政局", R, "listed")]
    assert owners("新建站点10个，市民政局牵头，市财政局配合，6月底前完成。") == [
        ("市民政局", L, "listed"), ("市财政局", R, "listed")
    ]
    # …and a sentence of nothing but statements and its deadline (the first body was read from prose)
    assert owners("市民政局牵头，市财政局配合，2024年底前完成。") == [("市民政局", L, "listed"), ("市财政局", R, "listed")]
    # …without 由 too: the last comma's words name who does it and nothing else (推进项目开工，县发改局负总责。)
    assert owners("推进重点项目开工，市发改委负总责。") == [("市发改委", L, "listed")]
    assert {s for _b, _r, s in owners("各乡镇要履行属地责任，县直各部门要做好指导。")} == {"prose"}


# A State Council 分工 notice gives each matter out in a sentence: 关于“…”的问题，由A会同B等部门研究提出落实意见。 The
# matter named first is no work of the bodies': the sentence is a statement, listed (国办函〔2014〕31号, held out at
# first run: its rows were read, but as prose). The first item's heading is the start of its sentence, cut at the
# longest a heading is: the sentence is read whole.
TOPICS = (
    "（一）关于“实施以我为主、立足国内、确保产能、适度进口、科技支撑的国家粮食安全战略”和“确保谷物基本自给、口粮绝对安全”"
    "的问题，由发展改革委会同中央农办、"
    "农业部、财政部等部门研究提出落实意见。\n（二）关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等"
    "部门负责落实。\n"
)


def test_a_matter_given_out_in_a_sentence_is_listed():
    doc = parse_source(source("国务院办公厅关于某某政策措施分工的通知\n一、工作分工\n" + TOPICS))
    number = {c.path: c.number for c in doc.clauses}
    assert sorted((number[r.clause], r.body, r.role, r.source) for r in doc.responsibilities) == sorted([
        ("(一)", "发展改革委", L, "listed"), ("(一)", "中央农办", R, "listed"), ("(一)", "农业部", R, "listed"),
        ("(一)", "财政部", R, "listed"), ("(二)", "国土资源部", L, "listed"), ("(二)", "农业部", R, "listed"),
    ])


def test_a_statement_sentence_wrapped_onto_a_second_line():
    """A printed page wraps an item's sentence; its first line is taken for the item's heading. When the sentence says
    it gives work out (由…, 关于…的问题，由…) it is read whole (国办函〔2014〕31号 printed to PDF: nothing was read, and
    `会同农业部` was made a body)."""
    text = (
        "国务院办公厅关于某某政策措施分工的通知\n一、工作分工\n（一）关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部\n"
        "会同农业部等部门负责落实。\n（二）由民政部牵头，财政部、人力资源社会保障部\n配合。\n"
    )
    doc = parse_source(source(text))
    number = {c.path: c.number for c in doc.clauses}
    assert sorted((number[r.clause], r.body, r.role, r.source) for r in doc.responsibilities) == sorted([
        ("(一)", "国土资源部", L, "listed"), ("(一)", "农业部", R, "listed"),
        ("(二)", "民政部", L, "listed"), ("(二)", "财政部", R, "listed"), ("(二)", "人力资源社会保障部", R, "listed"),
    ])


def test_a_sentence_after_a_heading_line_starts_after_it():
    """二、保障措施 on its own line, then 各县（市、区）、市直各部门要…: the heading is joined to the paragraph in the
    clause's text, but it is no part of the sentence's subject (a regression: 保障措施各县(市、区) was a body)."""
    doc = parse_source(source(HEAD + "(一)甲项工作。正文。\n二、保障措施\n各县（市、区）、市直各部门要高度重视。\n"))
    assert sorted(r.body for r in doc.responsibilities if r.source == "prose") == ["各县(市、区)", "市直各部门"]


def _rows(name):
    return read_table("policygraph.parsing.grammar", name)


@pytest.mark.parametrize("name", ["roles.csv", "label_nouns.csv", "label_infixes.csv", "shapes.csv", "declarations.csv",
                                  "body_endings.csv", "prose_verbs.csv", "verb_adverbs.csv", "work_verbs.csv",
                                  "field_labels.csv", "statement_labels.csv", "heading_shapes.csv",
                                  "department_stems.csv"])
def test_every_grammar_row_says_why(name):
    rows = _rows(name)
    assert rows and all(r["why"].strip() for r in rows)


@pytest.mark.parametrize("label", [r["label"] for r in _rows("field_labels.csv")])
def test_a_field_after_the_body_labels_ends_the_list(label):  # grammar/field_labels.csv, one case per row
    body = f"做好工作。\n牵头单位：县民政局\n责任单位：县财政局、各乡镇人民政府\n{label}：2024年底前完成"
    assert sorted((b, r) for b, r, _s in owners(body)) == [("县民政局", L), ("县财政局", R), ("各乡镇人民政府", R)]


@pytest.mark.parametrize("stem", [r["stem"] for r in _rows("department_stems.csv")])
def test_a_function_written_short_names_a_department(stem):  # grammar/department_stems.csv, one case per row
    body = f"做好工作。（县{stem}、财政等部门负责）"
    assert sorted(b for b, _r, _s in owners(body)) == sorted({f"县{stem}", "县财政"})


def test_every_role_word_and_prose_verb_has_a_case():
    text = "\n".join(c[0] + c[1] for c in CASES)
    missing = [r["label"] for r in _rows("statement_labels.csv") if r["label"] + "：" not in text]
    missing += [r["word"] for r in _rows("roles.csv") if r["word"] not in text]
    missing += [r["verb"] for r in _rows("prose_verbs.csv") if r["verb"] not in text]
    missing += [r["infix"] for r in _rows("label_infixes.csv") if not any(w + r["infix"] in text for w in ("牵头", "责任"))]
    missing += [r["adverb"] for r in _rows("verb_adverbs.csv") if r["adverb"] not in text]
    words = [r["word"] for r in _rows("roles.csv")]  # a prefix stands before a label's role word (行业主管部门)
    missing += [r["prefix"] for r in _rows("label_prefixes.csv") if not any(r["prefix"] + w in text for w in words)]
    assert not missing, f"grammar rows without a test case: {missing}"


@pytest.mark.parametrize("title, role", [("牵头单位", L), ("牵 头 部 门", L), ("主责单位", L), ("主办单位", L),
                                         ("责任单位", R), ("配合部门", R), ("协办单位", R), ("负责部门", R),
                                         ("责任主体", R), ("参与单位", R), ("牵头考核单位", L), ("指导部门", R), ("完成时限", ""),
                                         ("重点任务", ""), ("牵头领导", ""), ("承办单位", R), ("落实单位", R),
                                         ("其他责任单位", R), ("主要责任单位", L), ("督办单位", ""),
                                         ("牵头负责部门", L), ("牵头组织实施单位", L)])
def test_task_table_columns_take_their_role_from_the_grammar(title, role):
    from policygraph.parsing.columns import column_role

    assert column_role(title) == role


def test_a_national_body_named_in_a_city_plan_belongs_to_the_nation():
    from policygraph.graph.rdf import parsed_triples

    doc = parse_source(source(HEAD + "(一)甲项工作。做好工作。(民政部、市民政局、海关总署、国家发展改革委负责)\n"))
    assert {b.name: b.jurisdiction for b in doc.bodies} == {"民政部": "全国", "市民政局": "", "海关总署": "全国",
                                                          "国家发展改革委": "全国"}
    places = {o for _s, p, o in parsed_triples(doc) if p.endswith("jurisdictionName>")}
    assert '"全国"' in places


def test_a_national_document_is_the_nations():
    doc = parse_source(source("国务院关于加快推进某某\n产业转型升级的指导意见\n国发〔2030〕12号\n"
                              "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为推进某某，现提出以下意见。\n"
                              "一、主要任务\n(一)甲项工作。做好工作。(民政部、财政部负责)\n国务院\n2030年1月2日\n"))
    meta = doc.meta
    assert (meta.title, meta.number, meta.issuers, meta.level, meta.jurisdiction, meta.date) == (
        "国务院关于加快推进某某产业转型升级的指导意见", "国发〔2030〕12号", ("国务院",), "national", "全国", "2030-01-02")
    assert {b.jurisdiction for b in doc.bodies} == {""}  # the document's own: 全国


def test_task_tables_honour_marks_and_the_first_listed_declaration():
    text = ("某市关于做好某项工作的实施方案\n一、主要任务\n(一)甲项工作。正文。\n附件\n重点任务分工表\n"
            "序号\t重点任务\t责任单位（排在第一位的为牵头单位）\n1\t加强社区服务\t市民政局、市财政局\n"
            "2\t完善社区设施\t市住建局、市民政局（牵头）\n")
    doc = parse_source(source(text))
    rows = {(next(c.heading for c in doc.clauses if c.path == r.clause), r.body, r.role) for r in doc.responsibilities}
    assert rows == {("加强社区服务", "市民政局", L), ("加强社区服务", "市财政局", R),
                    ("完善社区设施", "市住建局", R), ("完善社区设施", "市民政局", L)}


# A heading naming the body that owns every task under it (grammar/heading_shapes.csv; 沁县 2025 任务清单).
@pytest.mark.parametrize(
    "heading, expected",
    [
        ("一、县示范区管委会牵头工作(8项)", [("县示范区管委会", L)]),
        ("一、县发改局牵头的重点任务", [("县发改局", L)]),
        ("一、县发改局负责工作", [("县发改局", R)]),
        ("一、县教育局牵头的重点工作任务", [("县教育局", L)]),  # …工作任务 and the count with 共: the second item lost it
        ("一、县民政局牵头（共2项）", [("县民政局", L)]),
        ("一、需县民政局牵头落实的任务", [("县民政局", L)]),
        ("一、王纲市长主抓重点工作", []),  # a person, not a body: the tasks keep their own lists
        ("一、加快牵头工作", []),
    ],
)
def test_a_heading_names_the_owner_of_its_tasks(heading, expected):
    text = "某县2025年任务清单\n" + heading + "\n1.建设产业园。\n2.打造生产基地。(责任单位:县财政局)\n"
    doc = parse_source(source(text))
    items = [c.path for c in doc.clauses if c.kind == "item"]
    for path in items:
        got = {(r.body, r.role) for r in doc.responsibilities if r.clause == path}
        assert set(expected) <= got
    if not expected:
        assert {r.body for r in doc.responsibilities} <= {"县财政局"}


# A document that closes item after item with a bare list （A、B） uses it as its statement of who does the work;
# one such bracket alone may be an aside. A first-listed declaration makes every such list a statement at once.
BARE = "1.甲项工作。（市民政局、市财政局）\n2.乙项工作。（市人社局，各县区党委、政府）\n3.丙项工作。（市财政局）\n"
BARE_LISTS = [
    (BARE, [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("2", "各县区党委", R),
            ("2", "各县区政府", R), ("3", "市财政局", R)]),
    # a bracket inside a sentence is an aside, even in such a document
    (BARE + "4.依托市大数据中心（市大数据局）建设平台。", [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R),
     ("2", "各县区党委", R), ("2", "各县区政府", R), ("3", "市财政局", R)]),
    # a short document whose every item closes with such a list uses them as its statements; one alone may be an aside
    ("1.甲项工作。（市民政局、市财政局）\n2.乙项工作。（市人社局、市民政局）\n",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("2", "市民政局", R)]),
    ("1.甲项工作。（市民政局、市财政局）\n2.乙项工作，推进试点。\n", []),
    # lists that say their roles count as the document's way of closing items: its bare ones are lists too
    # (ministries' opinions: （A、B按职责分工负责） then （A、C）)
    ("1.甲项工作。（市民政局、市财政局按职责分工负责）\n2.乙项工作。（市人社局、市民政局）\n3.丙项工作。（市卫健委负责）\n",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("2", "市民政局", R), ("3", "市卫健委", R)]),
    # a time among the bodies is the task's deadline, no part of the list (（县发改局，2024年12月底前完成）)
    ("1.甲项工作。（市民政局、市财政局，2024年12月底前完成）\n2.乙项工作。（2024年6月底前，市人社局）\n"
     "3.丙项工作。（市卫健委，长期坚持）\n",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("3", "市卫健委", R)]),
    # a dash sets the owners after the task, at the line's end; with a role word it is a statement on its own
    ("1.甲项工作。——市民政局、市财政局\n2.乙项工作。——市人社局\n3.丙项工作——市卫健委牵头，市医保局配合\n",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("3", "市卫健委", L), ("3", "市医保局", R)]),
    ("1.甲项工作——推进试点。\n2.乙项工作。——市人社局牵头\n", [("2", "市人社局", L)]),
    # a line of bodies whose mark says who leads
    ("1.甲项工作。\n市民政局（牵头）、市财政局\n2.乙项工作。\n市人社局（牵头）\n",
     [("1", "市民政局", L), ("1", "市财政局", R), ("2", "市人社局", L)]),
    # …but a bracket inside a sentence counts for nothing
    ("1.依托市大数据中心（市大数据局）建设平台。\n2.乙项工作。（市人社局、市民政局）\n3.丙项工作。（市卫健委负责）\n",
     [("3", "市卫健委", R)]),
    ("（列第一位者为牵头单位）\n1.甲项工作。（市民政局、市财政局）\n2.乙项工作。（市人社局）\n",
     [("1", "市民政局", L), ("1", "市财政局", R), ("2", "市人社局", L)]),
    ("1.甲项工作。（县民政局 县财政局）\n2.乙项工作。【县人社局、各乡镇】；3.丙项工作。（县委宣传部）",
     [("1", "县民政局", R), ("1", "县财政局", R), ("2", "县人社局", R), ("2", "各乡镇", R), ("3", "县委宣传部", R)]),
    # a star explained once makes the document's bare lists its statements, however few; the note after the last item
    # may be joined to its line
    ("1.甲项工作。（市民政局*、市财政局）\n2.乙项工作。（市人社局、市卫健委*）\n注：带*号的为牵头单位。",
     [("1", "市民政局", L), ("1", "市财政局", R), ("2", "市人社局", R), ("2", "市卫健委", L)]),
    # a park named after itself is a body in such a list (金乡 2025 as stars)
    ("1.甲项工作。（县民政局*、县财政局）\n2.乙项工作。（县政府园区发展服务中心*、新材料产业园、商贸物流园）\n注：标*的为牵头单位。",
     [("1", "县民政局", L), ("1", "县财政局", R), ("2", "县政府园区发展服务中心", L), ("2", "新材料产业园", R),
      ("2", "商贸物流园", R)]),
    # a triangle for the star (标▲的为牵头单位)
    ("1.甲项工作。（市民政局▲、市财政局）\n2.乙项工作。（市人社局▲）\n注：标▲的为牵头单位。",
     [("1", "市民政局", L), ("1", "市财政局", R), ("2", "市人社局", L)]),
    # the star in quotes (标注“★”的为牵头单位)
    ("1.甲项工作。（市民政局★、市财政局）\n2.乙项工作。（市人社局★）\n注：标注“★”的为牵头单位。",
     [("1", "市民政局", L), ("1", "市财政局", R), ("2", "市人社局", L)]),
    # the list may open the item instead of closing it
    ("1.【市发改委】推进项目建设。\n2.【市财政局、市住建局】落实资金。\n3.（各区政府）抓好落实。",
     [("1", "市发改委", R), ("2", "市财政局", R), ("2", "市住建局", R), ("3", "各区政府", R)]),
    # the declaration inside a bare list (云浮 2019, held out at first run); 各县<市、区>: angle brackets for round ones
    ("1.甲项工作。（市教育局，市委农办，各县<市、区>人民政府，排名第一位为牵头单位，下同）\n2.乙项工作。（市财政局，市教育局）",
     [("1", "市教育局", L), ("1", "市委农办", R), ("1", "各县(市、区)人民政府", R), ("2", "市财政局", L),
      ("2", "市教育局", R)]),
    # a bracket after a body's name is that name's qualifier, not a list, however many rows end so (许昌 2020 as a
    # task table: every 责任单位 cell ended in 各县(市、区)政府(管委会)); the line of bodies it ends closes its item
    ("1.甲项工作。市民政局、各县政府(管委会)\n2.乙项工作。市财政局、各县政府(管委会)\n3.丙项工作。各县政府(管委会)",
     [("1", "市民政局", R), ("1", "各县政府(管委会)", R), ("2", "市财政局", R), ("2", "各县政府(管委会)", R),
      ("3", "各县政府(管委会)", R)]),
    # …but a title that ends like a body and begins with its work (建设养老中心, 改造敬老院), its bracket ending the
    # line, is owned by the bracket
    ("1.建设养老中心【县民政局】\n2.改造敬老院（县财政局）\n3.落实资金（县人社局）\n",
     [("1", "县民政局", R), ("2", "县财政局", R), ("3", "县人社局", R)]),
    # a line of bodies closing item after item, below the task or after its last sentence (a table's owner column
    # copied below or beside the task); one alone may be an aside, as one bare bracket may
    ("1.甲项工作。\n市民政局、市财政局\n2.乙项工作。\n市人社局\n3.丙项工作。 市卫健委",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("3", "市卫健委", R)]),
    ("1.甲项工作。推进试点。市民政局、市财政局\n2.乙项工作。市人社局\n3.丙项工作。市卫健委、各乡镇",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R), ("3", "市卫健委", R), ("3", "各乡镇", R)]),
    ("1.甲项工作。\n市民政局、市财政局\n2.乙项工作。\n市人社局\n",
     [("1", "市民政局", R), ("1", "市财政局", R), ("2", "市人社局", R)]),
    ("1.甲项工作。\n市民政局、市财政局\n2.乙项工作，推进试点。\n", []),
    # …but a page that gives one item closed by a line of nothing but its bodies says who does it (重庆 2022 as lines);
    # one bracket on such a page stays an aside
    ("1.甲项工作。\n市级有关部门、各区县政府\n", [("1", "市级有关部门", R), ("1", "各区县政府", R)]),
    ("1.甲项工作。（市民政局、市财政局）\n", []),
    # the issuer above a signature's date is no list closing the last item (国务院 ⏎ 2018年11月16日)
    ("1.甲项工作。（市民政局）\n2.乙项工作。（市人社局）\n3.丙项工作。（市卫健委）\n某市人民政府\n2024年3月1日\n",
     [("1", "市民政局", R), ("2", "市人社局", R), ("3", "市卫健委", R)]),
    # a bracket of places or of words is no list of bodies
    ("1.甲项工作（市、区、旗）。\n2.乙项工作（试行）。\n3.丙项工作（2024年）。\n4.丁项工作。（市民政局）", []),
]


@pytest.mark.parametrize("items, expected", BARE_LISTS, ids=[c[0][:20] for c in BARE_LISTS])
def test_bare_lists_closing_items_are_statements(items, expected):
    doc = parse_source(source(HEAD + items + "\n"))
    assert sorted((r.clause.rsplit(".", 1)[-1], r.body, r.role) for r in doc.responsibilities) == sorted(expected)


@pytest.mark.parametrize(
    "note",
    ["（以上任务，第一个单位为牵头单位）", "注：排名第一的为牵头单位。", "备注：各项任务中列第一位的为牵头单位",
     "注：责任单位排序第一的为牵头单位。", "责任单位中排名第一的为牵头单位，其他为配合单位。",
     "说明：居首位的为牵头单位。", "注：列首位者牵头。", "注：第一家为牵头单位。"],
)
def test_a_declaration_in_a_note_of_its_own_holds_for_the_lists_before_it(note):
    """A note after the last item declares how every list is read; one inside a list's bracket (…负责，列第一位者为
    牵头单位，下同) holds from that list on (noted_declarations)."""
    items = "1.甲项工作。（责任单位：市民政局、市财政局）\n2.乙项工作。（责任单位：市卫健委、市医保局）\n"
    doc = parse_source(source(HEAD + items + note + "\n"))
    assert sorted((r.body, r.role) for r in doc.responsibilities) == sorted(
        [("市民政局", L), ("市财政局", R), ("市卫健委", L), ("市医保局", R)]
    )
    inside = "1.甲项工作。（市民政局、市财政局负责）\n2.乙项工作。（市卫健委、市医保局负责，列第一位者为牵头单位，下同）\n"
    doc = parse_source(source(HEAD + inside))
    assert ("市民政局", R) in [(r.body, r.role) for r in doc.responsibilities]


def test_a_body_heading_its_duty_points_owns_them():
    """（一）县发改局 over 1.负责… 2.牵头…: every point under a heading that names a body alone is the body's duty, read
    from prose (the point is a sentence without its subject): 牵头 leads, any other opening is responsible."""
    text = "某县某项工作实施方案\n一、职责分工\n（一）县发改局：\n1.负责项目审批。\n2.牵头重大项目谋划。\n（二）县财政局。\n" \
           "1.负责资金保障。\n2.建设资金平台。\n（三）县卫健委主要职责\n1.完善医养结合服务。\n（四）各乡镇\n1.做好摸底排查。\n"
    doc = parse_source(source(text))
    number = {c.path: c.heading for c in doc.clauses}
    assert sorted((number[r.clause], r.body, r.role, r.source) for r in doc.responsibilities) == sorted([
        ("负责项目审批", "县发改局", R, "prose"),
        ("牵头重大项目谋划", "县发改局", L, "prose"),
        ("负责资金保障", "县财政局", R, "prose"),
        ("建设资金平台", "县财政局", R, "prose"),
        ("完善医养结合服务", "县卫健委", R, "prose"),
        ("做好摸底排查", "各乡镇", R, "prose"),
    ])


@pytest.mark.parametrize(
    "items, rows",
    [
        # the body, a colon, then its duty on the same line: the duty's opening verb says the role
        ("（一）县医保局：完善医保支付政策。\n（二）县民政局：牵头推进养老服务。\n",
         [("1.1", "县医保局", R), ("1.2", "县民政局", L)]),
        # …or one to a sentence of a paragraph (部门职责。县民政局：…；县财政局：…)
        ("（一）部门职责。县民政局：牵头推进养老服务；县财政局：落实资金保障。\n",
         [("1.1", "县民政局", L), ("1.1", "县财政局", R)]),
        # the body alone as a heading, its duty after a 。 (区工商分局。负责…)
        ("（一）区工商分局。负责市场监管。\n", [("1.1", "区工商分局", R)]),
        # a contact list (a person and a number after the colon) and a body alone with nothing after it: no duty
        ("（一）县人社局：张三 13800000000\n（二）县体育局\n（三）县文旅局：李四\n", []),
        # a task's words that end like a body (中心, 院) begin with their work, not a place: no owner (a regression:
        # （一）建设养老中心。（责任单位：A） gave 建设养老中心 the item)
        ("（一）建设养老中心\n1.完成选址。\n（二）改造敬老院。提升床位。\n", []),
        # a place or a park alone is the topic of the points under it, not their owner
        ("（一）确定试点城市\n1.遴选两个城市。\n（二）人才资源服务产业园\n1.建设园区。\n", []),
        # points that name a partner in a bracket are still the heading body's duties (the partner listed beside it)
        ("（一）县民政局：\n1.建设养老中心。（县财政局配合）\n2.改造敬老院。（县卫健局配合）\n",
         [("1.1.1", "县民政局", R), ("1.1.1", "县财政局", R), ("1.1.2", "县民政局", R), ("1.1.2", "县卫健局", R)]),
        # member units whose points name their own subjects: the heading is a category, not the owner
        ("（一）县应急指挥部成员单位职责\n1.县公安局负责维护秩序。\n2.县财政局负责经费保障。\n3.其他部门做好配合。\n",
         [("1.1.1", "县公安局", R), ("1.1.2", "县财政局", R)]),
    ],
)
def test_a_body_named_before_its_duty(items, rows):
    """（一）县卫健委：完善… / （一）区工商分局。负责…: the body a duty list names first is the duty's (prose); words that
    only look like such a list name no one."""
    doc = parse_source(source("某县某项工作实施方案\n一、职责分工\n" + items))
    assert sorted((r.clause, r.body, r.role) for r in doc.responsibilities) == sorted(rows)
    assert all(r.source == "prose" for r in doc.responsibilities if not r.body.endswith(("财政局", "卫健局")))


@pytest.mark.parametrize(
    "items, rows",
    [
        # a statement opening the item before a colon and the work: its 牵头： is no label (建设养老中心 was a body)
        ("1.县民政局牵头：建设养老中心。\n2.县卫健局牵头，县医保局配合：推进医养结合。\n",
         [("1.1", "县民政局", L, "listed"), ("1.2", "县卫健局", L, "listed"), ("1.2", "县医保局", R, "listed")]),
        # a role word alone in 【】 before a body is its label (【牵头】A【配合】B); after a name it is a mark
        ("1.【任务】建设养老中心【牵头】县民政局【配合】县财政局\n2.落实资金。（责任单位：县财政局【牵头】、县人社局）\n",
         [("1.1", "县民政局", L, "listed"), ("1.1", "县财政局", R, "listed"), ("1.2", "县财政局", L, "listed"),
          ("1.2", "县人社局", R, "listed")]),
        # a heading that states its body's role over points gives them the body, and keeps no row of its own (the
        # heading is no task: 县民政局(牵头单位) had a row beside its points)
        ("（一）县民政局（牵头单位）：\n1.统筹协调。\n2.做好保障。\n（二）县财政局负责：\n1.落实资金。\n",
         [("1.1.1", "县民政局", L, "listed"), ("1.1.2", "县民政局", L, "listed"), ("1.2.1", "县财政局", R, "listed")]),
        # a task's title that ends like a body is no subject of the label after it (建设养老中心 led, from prose)
        ("1.建设养老中心。牵头：县民政局；配合：县财政局。\n",
         [("1.1", "县民政局", L, "listed"), ("1.1", "县财政局", R, "listed")]),
    ],
)
def test_statements_that_open_or_follow_an_item_s_title(items, rows):
    doc = parse_source(source("某县某项工作实施方案\n一、重点任务\n" + items))
    assert sorted((r.clause, r.body, r.role, r.source) for r in doc.responsibilities) == sorted(rows)


def test_a_statement_in_an_item_heading_passes_to_the_points_under_it():
    """（一）完善基础设施（牵头单位：A） over 1. 2. that name no one: the points are A's, as under a part heading; a
    point that names its own owner keeps them."""
    text = "某县关于完善基础设施的实施方案\n一、重点任务\n（一）完善基础设施（牵头单位：县住建局）\n1.建设污水处理厂。\n" \
           "2.改造老旧管网。\n（二）强化要素保障。（牵头单位：县自然资源局）\n1.落实用地指标。\n2.保障林地指标。（责任单位：县林业局）\n"
    doc = parse_source(source(text))
    number = {c.path: c.heading for c in doc.clauses}
    assert sorted((number[r.clause], r.body, r.role) for r in doc.responsibilities) == sorted([
        ("建设污水处理厂", "县住建局", L),
        ("改造老旧管网", "县住建局", L),
        ("落实用地指标", "县自然资源局", L),
        ("保障林地指标", "县林业局", R),
    ])


def test_a_statement_in_a_part_heading_passes_to_the_items_under_it():
    """一、强化科技创新（区科技局牵头） over items that name no one (婺城 2025, held out at first run)."""
    text = "某区关于推动经济高质量发展的若干举措\n一、强化科技创新（区科技局牵头）\n（一）加强平台建设。建设研究院。\n" \
           "（二）培育科技企业。新增企业20家。（区经信局负责）\n二、扩大有效投资（区发改局牵头）\n"
    doc = parse_source(source(text))
    number = {c.path: c.heading for c in doc.clauses}
    assert sorted((number[r.clause], r.body, r.role) for r in doc.responsibilities) == sorted([
        ("扩大有效投资", "区发改局", L),  # nothing under it: the heading keeps it (its title ends at the bracket)
        ("加强平台建设", "区科技局", L),
        ("培育科技企业", "区经信局", R),
    ])


def test_a_statement_after_a_section_paragraphs_first_sentence_stays_the_sections():
    """一、Title + its paragraph on one line (a page that lost the break after the title), its bracket at the end: the
    section's own, not its unlisted items' (成都 互联网+ 2015 in the run-on layout)."""
    text = "某市行动计划\n一、“互联网+”创业创新充分发挥互联网的创新驱动作用,大力发展众创空间,推动各类要素资源聚集、开放和共享," \
           "打造经济发展新引擎。（牵头单位：市科技局）\n（一）鼓励众创空间建设。建设空间。（责任单位：市科技局、市发改委）\n" \
           "（二）完善公共服务平台网络。正文。\n"
    doc = parse_source(source(text))
    assert sorted((r.clause, r.body, r.role) for r in doc.responsibilities) == sorted([
        ("1", "市科技局", L), ("1.1", "市科技局", R), ("1.1", "市发改委", R),
    ])
    # …but a statement inside such a heading, before its 。, is the title's: its items' (婺城 2025 run on)
    text = "某区若干举措\n一、强化科技创新（区科技局牵头）以统筹深化教育科技人才一体化改革为牵引,推进创新链产业链资金链人才链深度融合," \
           "加快培育发展新质生产力。\n（一）加强平台建设。建设研究院。\n"
    doc = parse_source(source(text))
    assert [(r.clause, r.body, r.role) for r in doc.responsibilities] == [("1.1", "区科技局", L)]


def test_the_declared_star_marks_are_the_marks_read_on_names():
    """grammar/declarations.csv's asterisk row spells the marks patterns.STARS holds: one set, two spellings."""
    from policygraph.parsing import patterns as P

    row = next(r for r in _rows("declarations.csv") if r["kind"] == "asterisk")
    assert set(re.search(r"\[([^\]]*\*[^\]]*)\]", row["pattern"]).group(1)) == set(P.STARS)



@pytest.mark.parametrize(
    "second",
    ["（二）乙项工作。（同上）", "（二）乙项工作。\n牵头单位：同上", "（二）乙项工作。【责任单位：同上条】"],
    ids=["bracket", "label", "bracketed-label"],
)
def test_as_above_copies_the_owners_of_the_clause_before(second):
    """同上 where a list would stand: the owners of the clause before it, with their roles."""
    text = "某县某项工作实施方案\n一、重点任务\n（一）甲项工作。（县发改局牵头，县财政局配合）\n" + second + "\n"
    doc = parse_source(source(text))
    number = {c.path: c.heading for c in doc.clauses}
    assert sorted((number[r.clause], r.body, r.role) for r in doc.responsibilities) == sorted(
        [("甲项工作", "县发改局", L), ("甲项工作", "县财政局", R), ("乙项工作", "县发改局", L), ("乙项工作", "县财政局", R)]
    )


def test_a_declaration_said_of_what_follows_holds_from_its_list_on_though_a_line_of_its_own():
    """（…列第一位的为牵头或汇总单位，下同） wrapped by a printed page onto a line of its own after item 2's list (浙江 2024
    in docx-pdf) is no note for the whole document: item 1's one body stays responsible."""
    items = (
        "1.甲项工作。\n责任单位：省财政厅\n2.乙项工作。\n责任单位：省政府办公厅、省财政厅牵头，省商务厅、省文旅厅\n"
        "（除标注为“牵头”单位外，列第一位的为牵头或汇总单位，下同）\n3.丙项工作。\n责任单位：省财政厅、省发展改革委\n"
    )
    rows = sorted((r.clause.rsplit(".", 1)[-1], r.body, r.role) for r in parse_source(source(HEAD + items)).responsibilities)
    assert ("1", "省财政厅", "responsible") in rows
    assert ("3", "省财政厅", "lead") in rows and ("3", "省发展改革委", "responsible") in rows


@pytest.mark.parametrize("note", ["注：标*的为牵头单位", "说明：标注*的单位为牵头单位"])
def test_a_star_explained_in_a_note_after_the_last_item(note):
    """The note may start with 说明 as with 注: the last item's bare list still closes it (说明：… lost item 2's rows)."""
    items = "1.甲项工作。（市民政局*、市财政局）\n2.乙项工作。（市卫健委、市医保局*）\n"
    doc = parse_source(source(HEAD + items + note + "\n"))
    assert sorted((r.body, r.role) for r in doc.responsibilities) == sorted(
        [("市民政局", L), ("市财政局", R), ("市卫健委", R), ("市医保局", L)]
    )


@pytest.mark.parametrize(
    "blanket",
    [
        "以下各项工作均需各县区政府落实，不再列出",
        # the body first, then its role for every task (`的责任主体` and `各县区政府均为责任单位` were bodies)
        "各县区政府为各项任务的责任主体，不再一一列出",
        "以下各项工作各县区政府均为责任单位，不再列出",
        "各县区政府均为所有任务的责任单位，下同",
        # the bracket ends after 落实, without 不再列出
        "以下均需各县区政府落实",
    ],
)
def test_a_blanket_sentence_in_its_wordings(blanket):
    items = f"1.做好甲。（市民政局牵头，{blanket}）\n2.做好乙。（市财政局负责）\n"
    doc = parse_source(source(HEAD + items))
    assert sorted((r.clause.rsplit(".", 1)[-1], r.body, r.role) for r in doc.responsibilities) == sorted(
        [("1", "市民政局", L), ("1", "各县区政府", R), ("2", "市财政局", R), ("2", "各县区政府", R)]
    )


def test_a_blanket_sentence_whose_bodies_are_parted_by_commas():
    """淮安 2022 in the comma layout: 以下政策措施均需各县区人民政府，园区管委会落实 (the second task lost both)."""
    items = "1.做好甲。（市工信局牵头。以下政策措施均需各县区人民政府，各园区管委会落实，不再单独列出）\n2.做好乙。（市财政局负责）\n"
    doc = parse_source(source(HEAD + items))
    second = {r.body for r in doc.responsibilities if r.clause.endswith("2")}
    assert second == {"市财政局", "各县区人民政府", "各园区管委会"}
