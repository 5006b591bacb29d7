"""Responsibility: how a list of bodies is written — its brackets, joiners and fillers, what is no body, how a
body's name begins and ends, and its kinds (party, national, other)."""

from __future__ import annotations

import re

from .characters import CJK

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
    # A、B等登记管理部门 / 等相关职能部门 / 等行业主管部门: the others of a kind of department (never 高等, 平等 …)
    r"|(?<![高平中初同对均优特])等[\u4e00-\u9fff]{1,6}?(?:主管|管理|职能|执法|行业|监管)部门$"
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
    r"|依托|通过|围绕|按照|根据|结合|利用|借助|针对|对于|坚持|强化|完善|建立|健全|可?参照"  # 可参照本办法执行
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
# A telephone number: seven digits or more, dashes between, an area code in brackets perhaps ((0594)2126811)
PHONE = r"(?:[(（]\d{3,4}[)）])?[\d\-－—]{7,}"
# An office's title before a person's name (县人社局局长王五, 县民政局（局长：张三）).
OFFICIAL_TITLE = (
    r"(?:党组)?(?:常务)?副?(?:局长|主任|书记|部长|县长|区长|市长|镇长|乡长|处长|科长|站长|所长|院长|馆长|队长|主席|秘书长)"
)
# The person in charge after the bodies of a 责任单位及责任人 cell: a name of two to four characters, after an office's
# title perhaps (县人社局局长王五, 县财政局李四), before a telephone number perhaps (县财政局李四13800000000).
PERSON_IN_CHARGE = re.compile(rf"(?:{OFFICIAL_TITLE}[:：]?)?(?P<name>[{CJK}]{{2,4}})(?:[(（]?{PHONE}[)）]?)?")
# Kinds of body, checked in this order.
OTHER_BODY = re.compile(r"团[省市县区州]委|共青团|妇联|残联|科协|工会|台联|侨联|文联|红十字|公司|集团|银行|协会|供销|商会|学会|报社|电视台")
LOWER_GOVERNMENT = re.compile(
    r"^(?:各|涉及|有关|相关|所在地?)[^局委办部厅]*(?:区|县|市|乡|镇|街道|人民政府|管委会|政府)|(?:街道|乡镇|[镇乡])(?:\(街道\))?$|人民政府\(管委会\)$"
)
# A national body: 国家… / 国务院… / 中央… / 全国…, or a ministry or general administration named without a place
# (民政部, 海关总署, 市场监管总局). In a local document it keeps the nation as its jurisdiction.
NATIONAL_BODY = re.compile(r"^(?:国家|国务院|中共中央|中央|全国|共青团中央)|^(?![省市县区州乡镇各])[\u4e00-\u9fff]{2,10}(?:部|总局|总署)$")
PARTY_BODY = re.compile(r"^(?:中共|中国共产党)|^[省市县区州]委|^[省市县区州]?直机关工委|纪委|监委|党委|党组|工委$|^[\u4e00-\u9fff]{2,4}[省市县州]委")
