"""Table-driven tests, one table per parsing rule, on sentences shaped like the seeds'."""

import re

import pytest

from policygraph.errors import InputError
from policygraph.parsing.bodies import body_kind, canonical_names
from policygraph.parsing.lists import parse_names
from policygraph.parsing.metadata import level_of, parse_date, place_of
from policygraph.parsing.normalize import normalize, squeeze
from policygraph.parsing.numerals import cn_int, cn_value
from policygraph.parsing.parse import parse_source
from policygraph.parsing.responsibility import parse_statement
from policygraph.parsing.statements import find_statements
from policygraph.parsing.structure import parse_structure

from .helpers import owners, source


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("服务体系建设的全过程各方面, / 2 / 服务体系", "服务体系建设的全过程各方面,服务体系"),  # page marker
        ("应急避 - 18 - 难场所", "应急避难场所"),  # dashed page marker
        ("[bookmark: _Toc319313165]瓮安县", "瓮安县"),  # converter residue
        ("（牵头单位：县民政局）", "(牵头单位:县民政局)"),  # full-width punctuation
        ("各县 (区)人民政府(管委会)", "各县(区)人民政府(管委会)"),  # space inside a Chinese run
        ("到 2025 年, 实现 5G network", "到2025年,实现5G network"),  # spaces only kept between Latin words
        ("**“互联网+基层治理”行动。**", "“互联网+基层治理”行动。"),  # markdown bold
        ("加快建设(shè)基地。(牵头单位:市经(jīng)贸(mào)委)", "加快建设基地。(牵头单位:市经贸委)"),  # pinyin glosses
        ("推广PPP(PPP)模式(a)", "推广PPP(PPP)模式(a)"),  # Latin in brackets without a tone mark stays
        ("市经(jī\nng)贸委", "市经贸委"),  # a printed line broke inside a gloss
        ("各县<市、区>人民政府,各乡镇〈街道〉", "各县(市、区)人民政府,各乡镇(街道)"),  # angle brackets around levels
        ("各乡镇〈\n街道〉", "各乡镇(街道)"),  # a PDF's line broke inside them
        ("各县<市、区\n>人民政府", "各县(市、区)人民政府"),  # …or before the closing one (云浮 2019 wrapped at 50)
        ("增长率<5%,人均>3万元", "增长率<5%,人均>3万元"),  # a comparison stays
        (
            "㈠完善设施。⑴新建养老院。⒉改造敬老院。",
            "(一)完善设施。(1)新建养老院。2.改造敬老院。",
        ),  # numbers set as one character
        ("〖责任单位∶县民政局〗", "【责任单位:县民政局】"),  # ∶ typed for a colon; 〖〗 for 【】
        ("❶建设。➁改造。➌培训。", "①建设。②改造。③培训。"),  # the dingbat block's circled digits, read as ① ② ③
        # a page's download links after its text, as a crawler's Markdown keeps them (上海 2026: the last item's bare
        # list was no longer the text's end, and was lost)
        ("做好工作。(市科委)\n\n【原文下载】\n- [某通知.pdf](/cmsres/f9/a.pdf )\n", "做好工作。(市科委)"),
        ("做好工作。(市科委)【原文下载】- [某通知.pdf](/cmsres/f9/a.pdf )", "做好工作。(市科委)"),  # run on
        # a letter-spaced line (a PDF's text layer of justified or spaced lines) is written close; spaced words stay
        ("1 . 建 设 社 区 服 务 设 施 , 到 2 0 2 5 年 。", "1.建设社区服务设施,到2025年。"),
        ("到 2025 年, 实现 5G network", "到2025年,实现5G network"),
    ],
)
def test_normalise(raw, clean):
    assert squeeze(normalize(raw).text) == clean


_LONG = "正文" * 800  # a line longer than any printed paragraph (RUN_ON_LINE)


# A document whose paragraph breaks were lost (a database field, a page stripped of its <p>): where a line that
# long, or one with three paragraph indents in it, breaks again.
@pytest.mark.parametrize(
    "raw, lines",
    [
        # at a paragraph's indentation
        ("一、总则\u3000\u30001.甲项。" + _LONG + "\u3000\u30002.乙项。", ["一、总则", "1.甲项。", "2.乙项。"]),
        # at an item after the bracket of bodies that closes the one before
        ("1.甲项。" + _LONG + "(市民政局牵头)2.乙项。", ["1.甲项。(市民政局牵头)", "2.乙项。"]),
        # at (二) right after a heading's last word, and at a titled 1. after a word
        (
            "一、总体要求(一)指导思想。" + _LONG + "(二)工作目标1.目标。正文",
            ["一、总体要求", "(一)指导思想。", "(二)工作目标", "1.目标。正文"],
        ),
        # at a section after a list with no bracket (责任单位：市民政局二、完善设施), but not inside 十二、
        (
            "1.甲项。" + _LONG + "责任单位:市民政局二、完善设施。十二、乙。",
            ["1.甲项。", "责任单位:市民政局", "二、完善设施。", "十二、乙。"],
        ),
        # never inside 统一、规范 or 二、三级医院
        ("1.甲项。" + _LONG + "统一、规范二、三级医院。", ["1.甲项。统一、规范二、三级医院。"]),
        # a signature's date ends its line, and a plan's title ends where its first section begins
        (
            "1.甲项。" + _LONG + "某市人民政府办公室2020年5月22日2020年重点工作责任分解一、稳增长(一)甲。",
            ["1.甲项。某市人民政府办公室2020年5月22日", "2020年重点工作责任分解", "一、稳增长", "(一)甲。"],
        ),
        # a signature after the title of the notice's last annex, and an annex label after its end matter
        (
            "1.甲项。" + _LONG + "附件:1.2025年任务分解某县人民政府办公室2025年5月18日(此件公开发布)附件1",
            ["1.甲项。附件:1.2025年任务分解", "某县人民政府办公室2025年5月18日", "(此件公开发布)", "附件1"],
        ),
        # a shorter line is run-on when three paragraphs start inside it (RUN_ON_SHORT)
        (
            "一、总则(一)甲。" + "正文" * 150 + "(市民政局牵头)(二)乙。(市财政局牵头)(三)丙。",
            ["一、总则", "(一)甲。(市民政局牵头)", "(二)乙。(市财政局牵头)", "(三)丙。"],
        ),
        ("一、总则(一)甲。正文2.乙项。", ["一、总则(一)甲。正文2.乙项。"]),  # too short
        # a section heading has no stop: its first item runs straight on after its words (RUN_ON_HEAD_ITEM)
        (
            "1.甲项。"
            + _LONG
            + "二、坚持系统集成,推动审批优化1.全面实施清单管理,做好衔接,依法依规持续推进各项改革工作",
            ["1.甲项。", "二、坚持系统集成,推动审批优化", "1.全面实施清单管理,做好衔接,依法依规持续推进各项改革工作"],
        ),
        # a signature after the notice's last sentence starts its line; a plan's first section may start with a year
        (
            "1.甲项。"
            + _LONG
            + "予以通报。某市人民政府办公室2024年2月8日2024年重点工作责任分解方案一、2024年主要目标(一)甲。",
            [
                "1.甲项。予以通报。",
                "某市人民政府办公室2024年2月8日",
                "2024年重点工作责任分解方案",
                "一、2024年主要目标",
                "(一)甲。",
            ],
        ),
        # a date inside a sentence is no signature's date: the line goes on (自2021年5月1日起)
        (
            "1.甲项。" + _LONG + "原政策实施至2021年4月30日,2021年5月1日起按规定执行。(市税务局负责)2.乙项。",
            ["1.甲项。原政策实施至2021年4月30日,2021年5月1日起按规定执行。(市税务局负责)", "2.乙项。"],
        ),
        # a signature dated in Chinese numerals, and a plan titled …事项 before its first section
        (
            "1.甲项。" + _LONG + "某市人民政府办公厅二○○六年四月二十八日2006年重点做好的工作事项一、稳增长(一)甲。",
            ["1.甲项。某市人民政府办公厅二○○六年四月二十八日", "2006年重点做好的工作事项", "一、稳增长", "(一)甲。"],
        ),
        # a sub-item (2) after the bracket of bodies that closes the one before (_RAW_MARK)
        (
            "1.甲项。" + _LONG + "。(1)乙项。(责任单位:市应急局)(2)丙项。",
            ["1.甲项。。", "(1)乙项。(责任单位:市应急局)", "(2)丙项。"],
        ),
        # an item after the square bracket of bodies that closes the one before
        ("1.甲项。" + _LONG + "[牵头单位:区卫健局]2、乙项。", ["1.甲项。[牵头单位:区卫健局]", "2、乙项。"]),
        ("(一)甲项。" + _LONG + "〔责任单位:省商务厅〕(二)乙项。", ["(一)甲项。(责任单位:省商务厅)", "(二)乙项。"]),
        # a line of 150 characters or more that holds nearly all of a short text, with two paragraph starts
        (
            "某区重点工作责任分解\n一、总则(一)甲。" + "正文" * 70 + "(市民政局牵头)(二)乙。(市财政局牵头)",
            ["某区重点工作责任分解", "一、总则", "(一)甲。(市民政局牵头)", "(二)乙。(市财政局牵头)"],
        ),
        # an annex's label runs into its title's year: 附件1 | 2025年… (the shortest number that leaves a year)
        (
            "1.甲项。" + _LONG + "(此件公开发布)附件12025年任务清单一、县示范区管委会牵头工作(8项)1.投资建设基地。",
            [
                "1.甲项。(此件公开发布)",
                "附件1",
                "2025年任务清单",
                "一、县示范区管委会牵头工作(8项)",
                "1.投资建设基地。",
            ],
        ),
        # …and one paragraph start is enough in a line that holds nearly all the text (two items of an excerpt)
        (
            "某市营商环境政策汇编\n(八)甲项。" + "正文" * 80 + "(责任单位:市高院)2.乙项。",
            ["某市营商环境政策汇编", "(八)甲项。(责任单位:市高院)", "2.乙项。"],
        ),
        # printed lines joined by spaces and paragraphs by indents: a heading's run ends at its indent, so the space
        # after (一) is no paragraph's end (regression: (一) was cut from its title)
        (
            "某方案\n"
            + " ".join(["以县为单位统筹用好各项支持社区的政策和面向"] * 30)
            + "。 五、创新服务机制\u3000\u3000\u3000\u3000(一) 完善服务统筹机制。正文",
            [
                "某方案",
                "以县为单位统筹用好各项支持社区的政策和面向" * 30 + "。",
                "五、创新服务机制",
                "(一)完善服务统筹机制。正文",
            ],
        ),
        # the plan's closing sentence glued to the last statement starts a paragraph (a run-on seed lost 市台联)
        (
            _LONG + "1.甲项。责任单位:市委台港澳办,市民政局、妇联、台联等按职责分工负责本实施意见自印发之日起施行。",
            ["1.甲项。", "责任单位:市委台港澳办,市民政局、妇联、台联等按职责分工负责", "本实施意见自印发之日起施行。"],
        ),
        # the next item after a labelled list that ends with a body, whatever its title's length (浙江 2024 in run-on);
        # any character a body ends with in grammar/body_endings.csv (各乡镇: 镇), not only 局/厅/委
        (
            _LONG
            + "1.甲项。责任单位:省财政厅2.坚持政府过紧日子,严肃财经纪律,严控一般性支出,大幅压减论坛、展会、节庆等活动,把更多财力用在帮企业上。"
            "责任单位:各乡镇3.建设一批覆盖城乡的养老服务设施并逐步完善其运营管理和监督评价机制,让服务更加便捷更加可及。",
            [
                "1.甲项。",
                "责任单位:省财政厅",
                "2.坚持政府过紧日子,严肃财经纪律,严控一般性支出,大幅压减论坛、展会、节庆等活动,把更多财力用在帮企业上。",
                "责任单位:各乡镇",
                "3.建设一批覆盖城乡的养老服务设施并逐步完善其运营管理和监督评价机制,让服务更加便捷更加可及。",
            ],
        ),
        # a page's footer beside a cell's end (a table a cell a paragraph in a PDF's text layer on one line) goes with
        # the break, never into the row's number (谯城 2025 in pdf-flat); inside a paragraph it stays for PAGE_MARKER
        (
            _LONG + "序号  重点任务  牵头单位  3 / 1 /  甲项。  县民政局  4  乙项加快推进 / 2 / 养老服务。  县财政局",
            ["序号", "重点任务", "牵头单位", "3", "甲项。", "县民政局", "4", "乙项加快推进 养老服务。", "县财政局"],
        ),
        # a body label after a sentence's end starts the list (a page of one task whose fields ran together: 同心 2023)
        (
            _LONG + "甲项工作,推进试点。责任单位卫健局、文旅局配合单位各乡镇",
            ["甲项工作,推进试点。", "责任单位卫健局、文旅局配合单位各乡镇"],
        ),
        # …and a body label with its colon glued to the words before it, never 各 and its label (光明 2020 in run-on)
        (
            _LONG + "甲项工作。完善托育服务体系牵头单位:光明区卫生健康局协办单位:各有关单位。各责任单位:要落实。",
            ["甲项工作。完善托育服务体系", "牵头单位:光明区卫生健康局", "协办单位:各有关单位。各责任单位:要落实。"],
        ),
        # an annex's label right after the last body of a table's last row starts a line (沙坪坝 2022 in run-on)
        (
            _LONG + "甲项工作。责任单位:区发展改革委附件2重点工作任务分解表",
            ["甲项工作。", "责任单位:区发展改革委", "附件2重点工作任务分解表"],
        ),
        # …nor a shorter label inside a longer one (灵璧 2021 in run-on: 牵头责任单位, 主要协作单位)
        (
            _LONG + "甲项工作。完善设施牵头责任单位:县卫健委主要协作单位:各乡镇人民政府",
            ["甲项工作。完善设施", "牵头责任单位:县卫健委", "主要协作单位:各乡镇人民政府"],
        ),
        # a list's first item glued to the page's last words, its title however long (灵璧 2021 in run-on); never 附件1.
        (
            "责任编辑:卫健委政务公开1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业,加强公益性、"
            "基础性服务业供给。" + _LONG + "见附件1.甲乙丙丁。",
            [
                "责任编辑:卫健委政务公开",
                "1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业,加强公益性、基础性服务业供给。"
                "见附件1.甲乙丙丁。",
            ],
        ),
        # …never a sentence that speaks of such bodies (沁县 2025's notice in pdf-flat)
        (_LONG + "协同单位积极配合。牵头单位负责制定攻坚方案。", ["协同单位积极配合。牵头单位负责制定攻坚方案。"]),
        # a short line with three indents is run-on too; a shorter one is a line as printed
        ("甲。\u3000\u3000乙。\u3000\u3000丙。\u3000\u3000丁。", ["甲。", "乙。", "丙。", "丁。"]),
        ("序号\u3000\u3000任务\u3000\u3000牵头单位", ["序号\t任务\t牵头单位"]),  # a table's header row
        # at an item whose words open with a year, after the bracket that closes the one before (a 医改 plan's preview)
        ("1、甲项。" + _LONG + "(市民政局负责)2、2023年,乙项。", ["1、甲项。(市民政局负责)", "2、2023年,乙项。"]),
        # …its year after a space (read before spaces are squeezed; full-width digits too)
        ("1、甲项。" + _LONG + "(市民政局负责)2、 2023年,乙项。", ["1、甲项。(市民政局负责)", "2、 2023年,乙项。"]),
        # …a list's first item after its colon, numbered with a dot: the year's 年 says 1.2021 is no number (国办发〔2020〕
        # 43号 as a crawl ran it together: 具体措施：1．2021年6月底前…)
        (
            "(一)甲项。" + _LONG + "(市民政局负责)具体措施:1.2021年6月底前,乙项。",
            ["(一)甲项。" + "(市民政局负责)具体措施:", "1.2021年6月底前,乙项。"],
        ),
        # a part's heading run on into its first item where the items are numbered through the parts, its Markdown bold
        # marks between them (上海 2025's opinions in run-on: （八） was titled with the part's words)
        (
            "(七)甲项。" + _LONG + "(责任单位:市科委)**二、促进科技服务市场升级****(八)推动场景开放**\u3000\u3000乙。",
            ["(七)甲项。(责任单位:市科委)", "二、促进科技服务市场升级", "(八)推动场景开放", "乙。"],
        ),
    ],
)
def test_run_on_text_breaks_into_paragraphs(raw, lines):
    norm = normalize(raw)
    got = [re.sub(r"(?:正文){20,}", "", norm.text[a:b]).strip() for a, b in norm.lines()]
    assert [line for line in got if line] == lines
    assert len(norm.offsets) == len(norm.text) and all(
        raw[o] == c for o, c in zip(norm.offsets, norm.text, strict=True) if c not in " \t\n()"
    )


@pytest.mark.parametrize(
    "text, value",
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("一百零五", 105),
        ("7", 7),
        ("①", 1),
        ("⑳", 20),
        ("〇", 0),
        ("两", 2),
    ],
)
def test_chinese_numerals(text, value):
    assert cn_int(text) == value


@pytest.mark.parametrize("text, value", [("3.8", 3.8), ("十二", 12), ("两千", 2000), ("68.3万", 683000), ("2亿", 2e8)])
def test_target_values_read_by_the_same_numeral_reader(text, value):
    assert cn_value(text) == value


def test_circled_heading_does_not_abort_the_parse():  # regression: '①'.isdigit() is true, int('①') raised
    clauses = parse_structure(normalize("某县实施方案\n一、总体要求\n①加强工作。\n②完善制度。\n")).clauses
    assert [c.number for c in clauses if c.parent] == ["①", "②"]


@pytest.mark.parametrize(
    "text, numbers",
    [
        # a line per heading
        (
            "一、总则\n(一)第一条。正文\n(二)第二条。正文\n二、分则\n(一)第三条。",
            ["一、", "(一)", "(二)", "二、", "(一)"],
        ),
        # items named by their kind of work and counted (任务一： / 措施二、); not a word that merely begins so
        (
            "方案\n一、主要任务\n任务一:完善设施。正文\n任务二:推进结合。正文\n二、保障措施\n措施一、加强领导。\n任务一项",
            ["一、", "任务一:", "任务二:", "二、", "措施一、"],
        ),
        # items counted as the 项 of a list (第一项 / 第二项：); not 第一项工作 in a sentence
        (
            "方案\n一、主要任务\n第一项 完善设施。正文\n第二项:推进结合。正文\n二、保障措施\n第一项工作是加强领导。",
            ["一、", "第一项", "第二项:", "二、"],
        ),
        # 三. / 四． for 三、 (some offices type a point); a point before a digit is no mark
        ("方案\n一.保障措施\n(一)甲项。正文\n二．组织实施\n(一)乙项。投入一.5亿元", ["一.", "(一)", "二.", "(一)"]),
        # the next clause run onto the line of the previous one, as PDF text does
        ("一、总则\n1.甲项。正文负责 2. 乙项。正文", ["一、", "1.", "2."]),
        # an excerpt from (一) meets 四、 above it: in text whose line breaks were lost its heading runs on into its
        # paragraph, untitled, yet it is the section (marks._gap); an arabic number so met must still be titled
        (
            "方案\n(一)甲项。正文。\n四、改造交通瓶颈,提高道路通行能力按照计划组织实施。\n五、打通小区微循环",
            ["(一)", "四、", "五、"],
        ),
        ("方案\n(一)甲项。正文。\n3.5亿元用于改造交通瓶颈,提高道路通行能力按照计划组织实施。", ["(一)"]),
        # a titled 1. after a finished sentence starts its list again (the heading between was lost) …
        (
            "一、主要任务\n1.加强管理。正文。\n2.强化保障。正文。\n1.推进教育。正文。\n2.促进就业。正文。",
            ["一、", "1.", "2.", "1.", "2."],
        ),
        # … or after a line of words alone, a heading that lost its number (保障措施)
        (
            "一、主要任务\n(一)甲项。正文。\n(二)乙项。正文。\n保障措施\n(一)丙项。正文。",
            ["一、", "(一)", "(二)", "(一)"],
        ),
        # … never after a colon (a list inside the item) nor under a list of one item
        ("一、主要任务\n1.加强管理。正文。\n2.强化保障。具体包括:\n1.建立制度。", ["一、", "1.", "2."]),
        ("一、主要任务\n1.加强管理。正文。\n1.推进教育。正文。", ["一、", "1."]),
        # a table of contents (目录) is no clauses: the body starts where its first entry comes again
        (
            "预案\n目　　录\n1 总则\n1.1 编制目的\n2 组织体系\n1 总则\n1.1 编制目的\n为了应对。\n2 组织体系\n正文。",
            ["1", "1.1", "2"],
        ),
        ("方案\n目录\n一、总体要求……1\n二、主要任务……3\n一、总体要求\n正文。\n二、主要任务\n正文。", ["一、", "二、"]),
        # …sub-items (1) (2) too (INLINE_HEADING)
        ("一、总则\n1.甲项。\n(1)子项。正文 (2)子项。正文", ["一、", "1.", "(1)", "(2)"]),
        # …and after an item's bracket of bodies, where a page lost the break (黑龙江 2013: …(省发改委负责)(二)公共…);
        # never between a heading's own two marks, (一)(1)
        (
            "一、主要目标\n(一)地区生产总值增长。(省发改委负责)(二)公共财政收入增长。(省财政厅主办)\n"
            "二、任务\n(一)(1)甲项。正文。\n(2)乙项。正文。(县民政局负责)(3)丙项。正文。",
            ["一、", "(一)", "(二)", "二、", "(一)", "(2)", "(3)"],
        ),
        # a section heading's words run straight on into the first mark of its list (嘉兴 民营经济 2023, held out at
        # first run); only the first: (二) inside a heading's words is no mark of its own
        (
            "方案\n一、加强民营经济资源要素支持(一)强化财税政策保障。正文。\n(二)加强产业基金支持。正文。",
            ["一、", "(一)", "(二)"],
        ),
        ("方案\n一、加强保障(二)强化财税政策保障。正文。", ["一、"]),
        # an untitled mark after a paragraph cut inside a word goes on with its words (a document viewer's page marks:
        # 1、…2、户提供…, 嘉兴 2023); a titled one is the next item after a page lost (seed 000: …的政府\n(四)完善…。)
        (
            "方案\n一、任务\n1、甲项。"
            + "正文" * 50
            + "个体工商\n2、户提供融资担保及再担保业务免征增值税,金融机构与小微企业签订借款合同。",
            ["一、", "1、"],
        ),
        ("方案\n一、任务\n1、甲项。" + "正文" * 50 + "个体工商\n2、乙项。正文。", ["一、", "1、", "2、"]),
        # …but a paragraph closed by its list of bodies ends with a body's name, not cut (a regression: the
        # as-bracketed-labels layout lost every untitled item after `…【责任单位】税务总局`)
        (
            "方案\n一、任务\n1、甲项。"
            + "正文" * 50
            + "。【责任单位】税务总局\n2、省级市场监管部门可以将常驻代表机构登记注册"
            "初审权限下放至自贸试验区有外资登记管理权限的市场监管部门。\n",
            ["一、", "1、", "2、"],
        ),
        (
            "方案\n一、任务\n1、甲项。"
            + "正文" * 50
            + "。——税务总局按职责分工负责\n2、省级市场监管部门可以将常驻代表机构登记"
            "注册初审权限下放至自贸试验区有外资登记管理权限的市场监管部门。\n",
            ["一、", "1、", "2、"],
        ),
        # items numbered straight through the sections whose copy kept only the section headings before (六盘水 就业)
        (
            "方案\n一、政策措施\n(一)甲组。\n(二)乙组。\n(三)丙组。\n7.丁项。正文。",
            ["一、", "(一)", "(二)", "(三)", "7."],
        ),
        # 01 项目名称：… — items numbered with two digits and a space (a progress report set like a news post)
        ("汇报\n01 项目名称:提升县域生态环境\n项目内容:\n正文。\n02 项目名称:加大文化惠民力度\n正文。", ["01", "02"]),
        # …run onto the line before after a space (a PDF's text layer on one line); a month is no item
        ("汇报\n01 项目名称:甲项。正文。 02 项目名称:乙项。正文。", ["01", "02"]),
        ("汇报\n01 项目名称:甲项。于2025年 01 月完成。", ["01"]),
        # a heading broken across lines: the text carries on, no new clause
        ("一、总则\n1. 扩大社区服务供给。提升公办养老服务机构能\n力,单个机构不少于30张床位。", ["一、", "1."]),
        # numbers that do not continue their list are prose, not headings
        ("一、总则\n1.甲项。见第 3. 条\n3.丙项。", ["一、", "1."]),
        # a titled item after a finished sentence may skip numbers a published copy left out (…30. 34.)
        ("一、总则\n1.甲项。正文。\n4.丁项。正文。", ["一、", "1.", "4."]),
        ("一、总则\n(一)甲组\n1.甲项。正文。\n(二)乙组\n5.戊项。正文。", ["一、", "(一)", "1.", "(二)", "5."]),
        # numbered as standards are (应急预案): whole heading lines; 2.2.1 only under 2.2, and 2.2 only under 2
        (
            "预案\n1 总则\n1.1 编制目的\n正文。\n2 组织体系\n2.1 领导机构\n2.1.1 指挥部\n正文。\n3 保障",
            ["1", "1.1", "2", "2.1", "2.1.1", "3"],
        ),
        ("预案\n1 总则\n1.1 编制目的\n2.3 不属于1\n1.2 适用范围", ["1", "1.1", "1.2"]),
        # an excerpt of such a plan that begins at 2 (or at 2.1, its siblings after it, then 3 above them)
        (
            "预案\n2 组织体系\n2.1 指挥机构\n正文。\n2.2 成员单位职责\n正文。\n3 预警\n3.1 监测\n正文。",
            ["2", "2.1", "2.2", "3", "3.1"],
        ),
        ("预案\n2.1 指挥机构\n正文。\n2.2 成员单位职责\n正文。\n3 预警\n3.1 监测", ["2.1", "2.2", "3", "3.1"]),
        # below the top, a space and a short titled sentence make a heading too (1.1 完善设施。新建…)
        (
            "方案\n1 主要任务\n1.1 完善设施。新建养老院3所。\n1.2 提升服务。培训护理员。\n2 保障\n2.1 加大投入。正文。",
            ["1", "1.1", "1.2", "2", "2.1"],
        ),
        ("方案\n1 主要任务\n1.1 完善设施。投入\n1.5 亿元。", ["1", "1.1"]),  # no title before the 。: a decimal
        # a line broken before a number is text: 1.5 亿元, 1 个示范区，…
        ("预案\n1 总则\n1.1 资金\n投入\n1.5 亿元\n到2025年建成\n1 个示范区，带动发展", ["1", "1.1"]),
        # an excerpt may begin anywhere in a list: after its title line (ending in a colon) the first mark is (八)
        ("汇编-上海:\n(八)甲项。正文。\n(九)乙项。正文。", ["(八)", "(九)"]),
        # a list first seen later may have lost its first items (一个 2. under (八))
        ("汇编:\n(八)甲项。正文。\n2.乙项。正文。", ["(八)", "2."]),
        ("汇编:\n(八)甲项。正文。\n7.乙项。正文。", ["(八)"]),  # not more than NUMBER_GAP of them
        # but not more than NUMBER_GAP of them, and never an untitled line
        ("一、总则\n1.甲项。正文。\n9.丁项。正文。", ["一、", "1."]),
        ("一、总则\n1.甲项。正文。\n3.增加投入,用于甲乙丙丁。", ["一、", "1."]),
        # decimals are not headings
        ("一、总则\n1.甲项。投入\n1.7亿元。", ["一、", "1."]),
        # a summary's items keep their numbers and skip some: an item's words closed by the bracket of its owners are
        # titled (彭山 2023 at first sight, all on one line)
        (
            "二、重点任务(一)建立健全服务体系行动1.中医医院高质量发展,主动参与一体化信息化体系建设,(责任单位:区卫生健康局、"
            "区财政局等)2.综合医院中医药科室建设,(责任单位:区财政局)4.推进传统中医惠民行动,(责任单位:区民政局等)"
            "(二)提升服务能力建设行动6.打造中医药示范品牌,(区财政局牵头,区民政局配合)7.推进信息化建设和科技创新,"
            "(责任单位:区财政局)",
            ["二、", "(一)", "1.", "2.", "4.", "(二)", "6.", "7."],
        ),
        # …with full-width digits too, read before they are folded (彭山 2023 in full-width)
        (
            "二、重点任务(一)建立健全服务体系行动１．中医医院高质量发展,主动参与一体化信息化体系建设,(责任单位:区卫生健康局、"
            "区财政局等)２．综合医院中医药科室建设,(责任单位:区财政局)(二)提升服务能力建设行动３．打造中医药示范品牌,"
            "(区财政局牵头,区民政局配合)４．推进信息化建设和科技创新,(责任单位:区财政局)",
            ["二、", "(一)", "1.", "2.", "(二)", "3.", "4."],
        ),
        # …never a bracket of words that is no owners', nor past NUMBER_GAP
        ("一、总则\n1.甲项,(责任单位:区财政局)\n3.增加投入,资金用于:甲乙丙丁,(见附件2:资金清单)", ["一、", "1."]),
        ("一、总则\n1.甲项,(责任单位:区财政局)\n6.丙项,(责任单位:区财政局)", ["一、", "1."]),
        # the owners' bracket may be 【】 (a copy that squares the brackets)
        ("一、总则\n1.甲项,【责任单位:区财政局】\n3.丙项,【责任单位:区民政局等】", ["一、", "1.", "3."]),
        # numbering that runs on across sections (珠海: 1.–7. under (一), 8. under (二))
        ("一、任务\n(一)甲\n1.子一。\n2.子二。\n(二)乙\n3.子三。", ["一、", "(一)", "1.", "2.", "(二)", "3."]),
        # chapters and sections
        (
            "第一章 背景\n第一节 成就\n(一)甲。\n第二节 不足\n第二章 要求",
            ["第一章", "第一节", "(一)", "第二节", "第二章"],
        ),
        # an excerpt that begins inside a list, right under the title or a part's unnumbered heading (国发〔2018〕9号's
        # 六 as a news page quotes it: （二十四） was lost, （二十五） kept)
        ("某意见\n大力实施乡村振兴战略\n(二十四)健全体制机制。正文。\n(二十五)推进改革。正文。", ["(二十四)", "(二十五)"]),
        # …or under the words after a page's last sentence (the same page run onto one line, broken again at the mark)
        ("某意见\n明确分工。大力实施乡村振兴战略\n(二十四)健全体制机制。正文。\n(二十五)推进改革。正文。", ["(二十四)", "(二十五)"]),
        # an item whose words open with a year after 、 (a 、 is no decimal point); 1.5亿元 stays text
        ("方案\n一、任务\n1、2023年底前,完成改造。\n2、2024年,全面推开。\n1.5亿元用于改造。", ["一、", "1、", "2、"]),
        # …or after a point, where the year's 年 says it is no decimal (1.2024年，全市…; the as-label-lines layout of a
        # city's 医改 plan lost all 20 rows); 1.5亿元 and 1.2023 stay text
        ("方案\n一、任务\n1.2024年,全市增长6%。\n2.2025年底前完成。\n1.5亿元用于改造,1.2023可用。", ["一、", "1.", "2."]),
        # items numbered in lenticular or square brackets (【一】, [1], 【1】); a label in 【】 is no item
        ("方案\n一、任务\n【一】建设中心。\n【二】改造小区。", ["一、", "【一】", "【二】"]),
        ("方案\n一、任务\n[1]建设中心。\n[2]改造小区。\n【3】培训人员。", ["一、", "[1]", "[2]", "【3】"]),
        ("方案\n一、任务\n1.做好工作。\n【牵头单位】县民政局", ["一、", "1."]),
    ],
)
def test_heading_rules(text, numbers):
    clauses = parse_structure(normalize(text)).clauses
    assert [c.number for c in clauses if c.number] == numbers


def test_a_heading_run_on_into_its_indented_paragraph_ends_at_the_indent():
    """A run-on copy (上海 2025's opinions in run-on): `（一）推动资源开放　　优化运营…。` — the indent after the
    heading's words is a paragraph's start, not a printed line going on, so the title is the heading's words alone."""
    text = "一、提升质量" + "正文" * 800 + "。（一）推动资源开放\u3000\u3000优化运营管理，加大开放力度。（责任单位：市科委）"
    clauses = parse_structure(normalize(text)).clauses
    assert [c.heading for c in clauses if c.number == "(一)"] == ["推动资源开放"]


@pytest.mark.parametrize(
    "between",
    [
        "某某行动计划(2021-2023年)\n",  # the second document's title on its own line
        "本政策由省经信厅负责解释。某某行动计划(2021-2023年)\n",  # run together after the last sentence
    ],
)
def test_a_second_document_after_its_title_starts_its_own_sections(between):
    text = "一、政策\n(一)甲。\n二、保障\n(一)乙。\n" + between + "为推进发展,特制定本计划。\n一、总体要求\n(一)丙。"
    clauses = parse_structure(normalize(text)).clauses
    assert [c.path for c in clauses if c.number == "一、"] == ["1", "1-2"]


def test_a_heading_put_back_on_its_line_stops_before_the_next_item():
    """In run-on text a section heading without a stop goes on into the next line (a wrapped heading), but not
    into an item of its own: the heading that names the owner of its tasks stays whole."""
    text = "1.甲项。" + _LONG + "(此件公开发布)附件1 2025年任务清单一、县示范区管委会牵头工作(8项)1.投资建设基地。"
    clauses = parse_structure(normalize(text)).clauses
    assert next(c.heading for c in clauses if c.number == "一、") == "县示范区管委会牵头工作(8项)"


def test_a_heading_put_back_on_its_line_at_the_text_s_end():  # regression: '。1、㐀\x0c' raised IndexError (hypothesis)
    clauses = parse_structure(normalize("。1、㐀\x0c")).clauses
    assert [c.number for c in clauses if c.number] == ["1、"]


def test_box_items_restart_and_outer_list_resumes():
    text = "一、任务\n(一)甲\n1.子一。\n专栏1 重点工程\n1.工程一。\n2.工程二。\n(二)乙。"
    clauses = parse_structure(normalize(text)).clauses
    box = next(c for c in clauses if c.kind == "box")
    assert [c.heading for c in clauses if c.parent == box.path] == ["工程一", "工程二"]
    assert next(c for c in clauses if c.number == "(二)").parent == "1"
    text = "一、任务\n(一)甲\n1.子一。\n专栏1:设施建设\n2.子二。"
    clauses = parse_structure(normalize(text)).clauses
    assert next(c for c in clauses if c.heading == "子二").parent == "1.1"


@pytest.mark.parametrize(
    "statement, expected",
    [
        (
            "责任单位:市委组织部,市民政局、自然资源局等按职责分工负责",
            [("市委组织部", "responsible"), ("市民政局", "responsible"), ("市自然资源局", "responsible")],
        ),
        ("责任单位:市卫健委牵头负责", [("市卫健委", "lead")]),
        (
            "牵头单位:市人社局 市卫计委 责任单位:市民政局、各区",
            [("市人社局", "lead"), ("市卫计委", "lead"), ("市民政局", "responsible"), ("各区", "responsible")],
        ),
        (
            "牵头单位:县纪委县监委、县民政局,责任单位:各乡镇〈街道〉",
            [("县纪委县监委", "lead"), ("县民政局", "lead"), ("各乡镇(街道)", "responsible")],
        ),
        (
            "牵头单位:县住房城乡建设局,责任单位:县直相关部门,瓮水、雍阳街道",
            [
                ("县住房城乡建设局", "lead"),
                ("县直相关部门", "responsible"),
                ("瓮水街道", "responsible"),
                ("雍阳街道", "responsible"),
            ],
        ),
        (
            "责任部门:市委 政法委、市公安局、各 区(功能区)",
            [("市委政法委", "responsible"), ("市公安局", "responsible"), ("各区(功能区)", "responsible")],
        ),
        ("责任单位:市委政法委.市公安局等按职责分工负责", [("市委政法委", "responsible"), ("市公安局", "responsible")]),
        (
            "责任单位:市民政局牵头,市财政局、人社局配合",
            [("市民政局", "lead"), ("市财政局", "responsible"), ("市人社局", "responsible")],
        ),
        # one list's prefix runs on across its commas, into the list of the next verb
        (
            "省发展改革委牵头,工业和信息化厅,商务厅按职责分工负责",
            [("省发展改革委", "lead"), ("省工业和信息化厅", "responsible"), ("省商务厅", "responsible")],
        ),
        # but a new label starts a list of its own, written as the document writes it (立山 2023)
        ("牵头单位:区发改局\n责任单位:税务局", [("区发改局", "lead"), ("税务局", "responsible")]),
        # a national body's office (中国…) and a named zone never take the list's prefix
        (
            "省委金融办,广东金融监管局、中国证监会广东监管局按职责分工负责",
            [("省委金融办", "responsible"), ("广东金融监管局", "responsible"), ("中国证监会广东监管局", "responsible")],
        ),
        ("区发改局牵头,立山经济开发区配合", [("区发改局", "lead"), ("立山经济开发区", "responsible")]),
        # two statements joined by 、 after a lead verb, not two names
        (
            "市民政局牵头、市财政局、市人社局配合",
            [("市民政局", "lead"), ("市财政局", "responsible"), ("市人社局", "responsible")],
        ),
        ("市民政局主责,市财政局协办", [("市民政局", "lead"), ("市财政局", "responsible")]),  # 主责 as a verb
        ("市民政局负责,市财政局支持", [("市民政局", "responsible"), ("市财政局", "responsible")]),  # 支持
        ("市民政局、市财政局按各自职责负责", [("市民政局", "responsible"), ("市财政局", "responsible")]),
        # how a body helps, said before its verb (予以, 给予, 积极, 全力, 密切), and for how long (持续): still its role
        ("市民政局负责,市财政局予以支持", [("市民政局", "responsible"), ("市财政局", "responsible")]),
        ("市民政局负责,市财政局给予配合", [("市民政局", "responsible"), ("市财政局", "responsible")]),
        ("市民政局牵头,市财政局积极配合", [("市民政局", "lead"), ("市财政局", "responsible")]),
        ("市民政局牵头,市财政局等单位密切配合", [("市民政局", "lead"), ("市财政局", "responsible")]),
        ("市民政局、市财政局持续推进", [("市民政局", "responsible"), ("市财政局", "responsible")]),
    ],
)
def test_statement_rules(statement, expected):
    assert parse_statement(statement) == expected


@pytest.mark.parametrize(
    "text, statements",
    [
        ("加强领导。(牵头单位:县民政局,责任单位:各乡镇(街道))", ["牵头单位:县民政局,责任单位:各乡镇(街道)"]),
        ("加强领导。【责任部门:市民政局、各区(功能区)】", ["责任部门:市民政局、各区(功能区)"]),
        ("加强领导。责任单位:市民政局按职责分工负责。下一句。", ["责任单位:市民政局按职责分工负责"]),
        ("明确责任单位和完成时限。", []),  # the word in prose is not a label
    ],
)
def test_statement_shapes(text, statements):
    assert [text[a:b] for a, b in find_statements(text)] == statements


@pytest.mark.parametrize(
    "names, kinds",
    [
        ("市委组织部、县纪委县监委、中共厦门市委组织部", ["party", "party", "party"]),
        ("市民政局、县政务服务中心、市消防救援支队", ["government"] * 3),
        ("各区(功能区)、各乡镇(街道)、瓮水街道、各县(区)人民政府(管委会)", ["lower-government"] * 4),
        ("市妇联、团市委、福建广电网络集团莆田分公司、市残联", ["other"] * 4),
    ],
)
def test_body_kinds(names, kinds):
    assert [body_kind(n) for n in parse_names(names)] == kinds


def test_spellings_of_one_body():
    names = [
        "县住房城乡建设局",
        "县住房和城乡建设局",
        "县政务服务中心",
        "县政务服务中心",
        "县政府服务中心",
        "县民政局",
        "县财政局",
    ]
    mapping = canonical_names(names)
    assert mapping["县住房城乡建设局"] == "县住房和城乡建设局"
    assert mapping["县政府服务中心"] == "县政务服务中心"
    assert mapping["县财政局"] == "县财政局"  # short names one character apart are different bodies


def test_a_body_named_in_full_and_given_the_city_by_a_shorter_list_is_one_body():
    """上海 2025: 申康医院发展中心 kept in lists that write 市 on every name, given 市 in a list of two (市卫生健康委、申康…):
    one body, named as the document names it more often; 市民政局 and 民政局 (a department) are not merged so."""
    mapping = canonical_names(["申康医院发展中心", "申康医院发展中心", "市申康医院发展中心", "市民政局", "民政局"])
    assert mapping["市申康医院发展中心"] == "申康医院发展中心"
    assert mapping["民政局"] == "民政局" and mapping["市民政局"] == "市民政局"
    assert canonical_names(["市行政服务中心管委会", "市行政服务中心管委会", "行政服务中心管委会"])["行政服务中心管委会"] == (
        "市行政服务中心管委会"
    )


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2023年6月5日", "2023-06-05"),
        ("2023 年 1 月 10 日", "2023-01-10"),
        ("2017-09-14", "2017-09-14"),
        ("二〇二三年六月五日", "2023-06-05"),
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "name, place, level",
    [
        ("莆田市人民政府办公室", "莆田市", "prefecture"),
        ("瓮安县人民政府办公室", "瓮安县", "county"),
        ("福建省人民政府办公厅", "福建省", "province"),
        ("上海市民政局", "上海市", "province"),
        ("黔南布依族苗族自治州民政局", "黔南布依族苗族自治州", "prefecture"),
        # a chain of places ends at the issuer's own (a district's government is the district's, not the city's)
        ("广州市天河区人民政府", "天河区", "county"),
        ("贵州省黔南州瓮安县人民政府", "瓮安县", "county"),
        ("上海市浦东新区人民政府", "浦东新区", "county"),
        ("某某市经济技术开发区管委会", "某某市", "prefecture"),  # a zone the division list does not know
    ],
)
def test_places_and_levels(name, place, level):
    assert place_of(name) == place
    assert level_of(place) == level


def test_blanket_sentence_reaches_following_tasks():
    text = (
        "一、任务\n(一)甲项。正文。\n责任单位:市民政局按职责分工负责。以下任务均需各区人民政府落实,不再列出。\n"
        "(二)乙项。正文。\n责任单位:市财政局牵头负责\n(三)丙项。没有责任单位。"
    )
    doc = parse_source(source(text))
    got = {(r.clause, r.body, r.blanket) for r in doc.responsibilities}
    assert ("1.2", "各区人民政府", True) in got and ("1.1", "各区人民政府", True) in got
    assert not any(r.clause == "1.3" for r in doc.responsibilities)


def test_metadata_from_masthead_and_cover():
    text = (
        "某某市人民政府办公室文件\n某政办〔2024〕7号\n某某市人民政府办公室关于做好某项工作的实施意见\n各区人民政府:\n"
        "为做好某项工作,根据《某某省某项工作规划》(某政〔2023〕1号),制定本意见。\n一、总体要求\n(一)目标。正文。\n"
        "本意见自印发之日起施行,有效期至2026年12月31日。\n某某市人民政府办公室\n2024年3月1日\n"
    )
    meta = parse_source(source(text)).meta
    assert meta.number == "某政办〔2024〕7号"
    assert meta.issuers == ("某某市人民政府办公室",)
    assert meta.title == "某某市人民政府办公室关于做好某项工作的实施意见"
    assert (meta.date, meta.valid_until) == ("2024-03-01", "2026-12-31")
    assert (meta.jurisdiction, meta.level) == ("某某市", "prefecture")
    assert [(c.title, c.number) for c in meta.cites] == [("某某省某项工作规划", "某政〔2023〕1号")]


@pytest.mark.parametrize(
    "signature, issuers",
    [
        # joint issuers set in columns, two a line, over several lines (工信部等十四部门)
        (
            "工业和信息化部      中央空中交通管理委员会办公室\n国家发展和改革委员会    公安部\n\n",
            ("工业和信息化部", "中央空中交通管理委员会办公室", "国家发展和改革委员会", "公安部"),
        ),
        # one a line
        ("中共某某市委\n某某市人民政府\n", ("中共某某市委", "某某市人民政府")),
        # the last sentence above the signature is no issuer
        ("请认真贯彻执行。\n某某市人民政府\n", ("某某市人民政府",)),
    ],
)
def test_issuers_from_a_signature_over_several_lines(signature, issuers):
    text = "某某工作的实施方案\n一、总体要求\n(一)目标。正文。\n请认真贯彻执行。\n\n" + signature + "2024年12月31日\n"
    assert parse_source(source(text)).meta.issuers == issuers


_LONG_SENTENCE = (
    "对长期在我市行驶的外地车辆,符合环保要求的,按规定办理转籍手续或核发一年有效的长期通行证,并收取道路资源占用费"
)


@pytest.mark.parametrize(
    "text, heading",
    [
        # a clause's title is its heading up to its first 。, however long (the hand-checked lists write it so)
        (f"方案\n一、总则\n1.{_LONG_SENTENCE}。以上工作由市公安局负责。", _LONG_SENTENCE),
        # …a short line without a stop is its heading whole; a short one with a stop ends there
        ("方案\n一、“十三五” 发展成就\n正文。", "“十三五”发展成就"),
        ("方案\n一、总则\n1.对成效明显的省(区、市)给予优先支持。(商务部负责)", "对成效明显的省(区、市)给予优先支持"),
        # …a heading that a space or a colon ends runs on into its paragraph on the same line
        (
            "方案\n一、总体要求:以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,坚持稳中求进工作总基调,"
            "完整、准确、全面贯彻新发展理念。",
            "总体要求",
        ),
        # …a heading without its 。 ends where the statement of its bodies follows it on its line
        ("方案\n一、总则\n1.加强组织领导(责任单位:市民政局)", "加强组织领导"),
        ("方案\n一、总则\n1.强化督查考核【牵头单位:市财政局】", "强化督查考核"),
        ("方案\n一、总则\n1.加强宣传引导 牵头单位:市委宣传部", "加强宣传引导"),
        # …but a statement inside its sentence is part of it (关于…的问题，由A负责落实。)
        ("方案\n一、总则\n1.关于“稳增长”的问题,由市发展改革委负责落实。", "关于“稳增长”的问题,由市发展改革委负责落实"),
        # …a statement set before the task's words is no part of its title, nor one set after a dash
        ("方案\n一、总则\n1.【责任单位:市民政局】完善设施网络。新建站点。", "完善设施网络"),
        ("方案\n一、总则\n1.完善设施网络——市民政局牵头,市财政局配合", "完善设施网络"),
        # …while a heading run onto a sentence of nothing but statements opened by 由 ends before it (福建 餐桌污染 in
        # run-on: the first body was lost to the title)
        ("方案\n一、治理畜产品污染由省经贸委承办,省农业厅、卫生厅协办。目标:达标。", "治理畜产品污染"),
        # …and before a sentence that opens with its statements, then its work (兰州's matters run onto one line)
        ("方案\n1、轨道交通项目由张三副市长负责,市建设局牵头,市发改委配合,修改完善方案。", "轨道交通项目"),
        # …and a task table's row is titled by its task cell up to the first 。 (the measures after it are text)
        ("方案\n序号\t重点任务\t责任单位\n1\t建成养老院。配齐护理员。\t市民政局\n", "建成养老院"),
        # the label of the task's own text is no part of its title (1.任务名称：…)
        ("方案\n一、任务\n1.任务名称：完善养老设施\n牵头单位：县民政局\n", "完善养老设施"),
        ("汇报\n01 项目名称:提升县域生态环境\n项目内容:\n连通城区河道水系。\n责任单位:\n水务局\n", "提升县域生态环境"),
        # a heading run on with its label, both put back on lines of their own, ends at its own line (蔡甸 in run-on)
        (
            "方案\n" + "正文" * 800 + "。一、目标(一)地区生产总值增长7%以上责任单位:区发展和改革局(二)乙项。",
            "地区生产总值增长7%以上",
        ),
        # a space beside a number is a PDF's text layer's, no heading's end (黑龙江 2013 in pdf-flat)
        (
            "方案\n一、任务\n1.抓好 600 个省级重点产业项目,确保年度投资达到 2000 亿元,带动工业固定资产投资 5200 亿元以上。"
            "(省发改委主办)\n",
            "抓好600个省级重点产业项目,确保年度投资达到2000亿元,带动工业固定资产投资5200亿元以上",
        ),
    ],
)
def test_a_clause_is_titled_by_its_heading_up_to_the_first_stop(text, heading):
    doc = parse_source(source(text))
    assert heading in [c.heading for c in doc.clauses]


def _printed_as_one_line(paragraphs: list[str], width: int = 20) -> str:
    """Paragraphs printed on a page `width` characters wide, the page's lines joined by single spaces, as a PDF's
    text layer saved as one line gives them (the 珠海 seed's copy)."""
    return " ".join(p[i : i + width] for p in paragraphs for i in range(0, len(p), width))


_SENTENCE = "加强城乡社区服务体系建设推进各项工作落实见效。"  # 23 characters
_FILLER = _SENTENCE * 8  # a paragraph that wraps over printed lines of 20


@pytest.mark.parametrize(
    "paragraphs, breaks",
    [
        # a heading shorter than a printed line ends its line, and so does a paragraph's last short line
        (["(一)加强组织领导", _FILLER + "完成。", "(二)强化督查", _FILLER], 3),  # its last line: 7 of 20
        # a wrapped line that ends a sentence right at the page's edge is no paragraph end
        ([_SENTENCE[:19] + "。" + _FILLER * 2], 0),
        # a number's spacing (到 2025 年) is the PDF's, not a line end, however short the run before it
        (["(一)到 2025 年全面建成。" + _FILLER * 2], 0),
    ],
)
def test_a_pdf_saved_as_one_line_breaks_where_a_printed_line_stops_short(paragraphs, breaks):
    """P.PRINTED_LINE_BREAK / PARAGRAPH_LAST_RUN: a heading or a sentence's end on a run shorter than the printed
    width is a paragraph's last line; the space after it is its line break."""
    line = _printed_as_one_line(paragraphs)
    text = normalize("某市实施方案\n" + line).text
    assert text.count("\n") - 1 == breaks, text


def test_a_pdf_saved_as_one_line_loses_the_spaces_of_its_wrapped_lines():
    """Inside a paragraph a space is where a printed line wrapped: it goes, so a heading wrapped over lines is
    titled whole (to its first 。); a page number (/ 2 /) keeps its spaces, and so does a number (到 2025 年)."""
    line = _printed_as_one_line(["一、总则", "1." + _LONG_SENTENCE + "。" + _FILLER * 2 + "到 2025 年完成。", "/ 2 /"])
    doc = parse_source(source("某市实施方案\n" + line))
    assert _LONG_SENTENCE in [c.heading for c in doc.clauses]
    text = normalize("某市实施方案\n" + line).text
    assert "到 2025 年" in text and " " not in text.replace("到 2025 年", "").rstrip()  # the page number: a space


def test_a_short_excerpt_printed_as_one_line_with_indents_and_narrow_digits():
    """A PDF's text layer of a short excerpt (a notice, one numbered task) saved as one line: its paragraphs keep
    their indents (three spaces), a line with digits holds more characters for the same printed width, and the
    front matter's short lines are no printed page's wraps. The wraps inside the task still go."""
    task = "(一)关于实施国家粮食安全战略的问题,由发展改革委会同农业部等部门研究提出落实意见。"
    lines = [
        "关于有关政策措施分工的通知",
        "国办函〔2014〕31号",
        "国务院各部委、各直属机构:",
        "为贯彻落实",
        "《中共中央国务院关于全面深化农村改革加快推进的若干意见》(中发〔2014〕1号)提出的一系列政策措施,需要",
    ]
    from .test_formats import printed_lines

    printed = printed_lines(task, 20) * 3
    line = " ".join(lines) + "   一、工作分工   " + " ".join(printed)
    text = normalize("某通知\n" + line).text
    assert task in text.split("\n")  # each wrap's space gone, the paragraph a line of its own


def test_a_one_space_table_in_text_run_onto_one_line_keeps_its_cells():  # regression: its spaces were dropped
    """A table whose cells one space parts, in a text that lost its line breaks (each paragraph kept its 　　):
    those spaces are no printed page's wraps (most runs between them are not of one width), so they stay."""
    bodies = ["市发展改革委", "市人社局", "市财政局", "市工信局", "市交通局", "市水利局"] * 2
    rows = [f"{n} 完成{'重点' * (n % 5)}工作任务 {body}" for n, body in enumerate(bodies, 1)]  # rows of any length
    text = "某市2016年重点工作任务分工\n" + "\u3000\u3000".join(["正文。" * 60, "序号 工作任务 牵头负责部门", *rows])
    assert owners(text) == sorted((str(n), body, "lead") for n, body in enumerate(bodies, 1))


def test_a_one_space_table_whose_cells_share_a_width_keeps_them():  # regression (国办函〔2016〕38号 in `indents`)
    """The same where the task cells happen to share a width: no printed page is that narrow
    (P.PRINTED_WIDTH_LEAST), so the spaces between cells stay."""
    bodies = ["发展改革委", "财政部", "水利部", "交通运输部", "工业和信息化部", "人力资源社会保障部"] * 2
    rows = [f"{n} 完成第{n:02d}项重点工作任务 {body}" for n, body in enumerate(bodies, 1)]  # task cells 10 wide
    text = "国务院办公厅关于印发量化指标任务分工的通知\n" + "\u3000\u3000".join(
        ["正文。" * 60, "序号 工作任务 牵头负责部门", *rows]
    )
    assert owners(text) == sorted((str(n), body, "lead") for n, body in enumerate(bodies, 1))


def test_a_bracket_after_the_sub_items_of_a_pdf_saved_as_one_line_is_the_items():
    """(1)…(2)… then （责任单位：…） on a line of its own assigns the item; in a PDF saved as one line only the space
    after the last sub-item's 。 shows the line of its own (assign._PARAGRAPH_START)."""
    line = _printed_as_one_line(
        [
            "1.完善应急预案体系",
            "(1)加强应急预案管理。" + _SENTENCE * 7,  # its last line: 13 of 20
            "(2)加强应急预案演练。" + _SENTENCE * 7,
            "(责任单位:市应急局)",
        ]
    )
    assert [c.number for c in parse_source(source("某市实施方案\n" + line)).clauses] == ["1.", "(1)", "(2)"]
    assert owners("某市实施方案\n" + line) == [("1.", "市应急局", "responsible")]


def test_a_numbered_point_of_a_field_on_a_one_task_page_is_no_clause():
    """1. right after a field's label (第三季度:) on a page of one task whose owners stand in labelled fields: a point
    of the field's value; the page is one task (光明 2020 in the indents, run-on and pdf-flat layouts)."""
    text = (
        "光明区2020年民生实事\n进一步完善托育服务体系\n牵头单位:\n光明区卫生健康局\n协办单位:\n各有关单位\n落实情况\n"
        "第三季度:\n1.实施方案已印发。\n2.稳步推动示范点建设,目前正在装修中。\n"
    )
    doc = parse_source(source(text))
    assert [c.heading for c in doc.clauses if c.kind == "item"] == ["进一步完善托育服务体系"]
    assert sorted((r.body, r.role) for r in doc.responsibilities) == [
        ("光明区卫生健康局", "lead"),
        ("各有关单位", "responsible"),
    ]


def test_an_excerpt_run_onto_one_line_under_its_title_breaks_at_two_starts():  # RUN_ON_SHARE
    body = "正文" * 150 + "。一、坚持系统集成,推动审批优化1.全面实施清单管理。正文。"
    lines = [
        re.sub(r"(?:正文){20,}", "", normalize("某市工作要点\n" + body).text[a:b])
        for a, b in normalize("某市工作要点\n" + body).lines()
    ]
    assert lines == ["某市工作要点", "。", "一、坚持系统集成,推动审批优化", "1.全面实施清单管理。正文。"]
    # the same line beside as much text again is a long printed paragraph: it needs three starts (an item after its
    # heading's words is parted there only where it is the list's first, HEAD_FIRST_ITEM)
    other = "\n" + "正文" * 200 + "。"
    norm = normalize("某市工作要点\n" + body.replace("1.", "2.") + other)
    assert "一、坚持系统集成,推动审批优化2.全面实施清单管理。正文。" in [norm.text[a:b] for a, b in norm.lines()]
    norm = normalize("某市工作要点\n" + body + other)
    assert "1.全面实施清单管理。正文。" in [norm.text[a:b] for a, b in norm.lines()]


def test_articles_are_clauses_even_run_onto_their_chapter_line():
    text = "某某暂行办法\n第一章　总则　　第一条 　为规范管理，制定本办法。\n　　第二条 　市民政局负责实施。\n第二章　附则　　第三条 　本办法自发布之日起施行。\n"
    clauses = parse_structure(normalize(text)).clauses
    assert [(c.number, c.parent is not None) for c in clauses if c.number] == [
        ("第一章", False),
        ("第一条", True),
        ("第二条", True),
        ("第二章", False),
        ("第三条", True),
    ]


def test_items_with_only_a_closing_bracket():  # 1） 2） — issue 11 item 6
    text = "某县实施方案\n一、主要任务\n1）加强社区服务。(县民政局负责)\n2）完善设施。(县住建局负责)\n二、保障措施\n"
    clauses = parse_structure(normalize(text)).clauses
    assert [(c.number, c.heading) for c in clauses if c.parent == "1"] == [("1)", "加强社区服务"), ("2)", "完善设施")]


def test_parts_and_short_bracketed_numerals():  # 第一部分 above 一、; 一） for （一）
    text = (
        "某省2024年工作要点\n第一部分 总体要求\n一、指导思想\n坚持稳中求进。\n第二部分 重点任务\n一、加强服务\n"
        "一）完善设施。(省民政厅负责)\n二）优化服务。(省财政厅负责)\n"
    )
    clauses = parse_structure(normalize(text)).clauses
    tops = [c.number for c in clauses if c.parent is None and c.number]
    assert tops == ["第一部分", "第二部分"]
    inner = [c for c in clauses if c.number in ("一)", "二)")]
    assert [c.heading for c in inner] == ["完善设施", "优化服务"] and inner[0].parent == inner[1].parent


def test_an_annex_after_the_signature_is_read_again():  # 考评指标 in 附件 — issue 11, a held-out prefecture scheme
    text = (
        "某市考评办法\n一、考评对象\n各区人民政府。\n二、考评方式\n按指标打分。\n附件：某市考评指标\n"
        "某市人民政府办公室\n2022年4月14日\n"
        "附件\n某市考评指标\n一、政务服务（25分）\n1．开通全程网办。（5月底完成，牵头考核单位：市审批服务局）\n"
        "附件2\n某市任务清单\n一、基础设施\n1．新增基站。（市工信局负责）\n"
    )
    doc = parse_source(source(text))
    rows = [(c.number, r.body) for r in doc.responsibilities for c in doc.clauses if c.path == r.clause]
    assert rows == [("1.", "市审批服务局"), ("1.", "市工信局")]
    tops = [c.number for c in doc.clauses if c.parent is None and c.number]
    assert tops == ["一、", "二、", "一、", "一、"]  # each annex numbers from 一 again
    assert "某市考评指标" not in [c.heading for c in doc.clauses]  # the annex's title is not a clause


@pytest.mark.parametrize("label", ["附件2某市工作组职责", "附件2：某市工作组职责", "附件2 某市工作组职责"])
def test_an_annex_whose_number_and_title_share_a_line_is_read_again(label):
    """附件2县环境应急指挥部组成及工作组职责 on one line, as web pages print it: after another annex (or the signature)
    it starts its own numbering; its 一、 was read as the first annex's 一、 again, its owners given to that clause."""
    text = (
        "某市应急预案\n1 总则\n1.1 编制目的\n健全应对工作机制。\n"
        "附件1\n某市事件分级标准\n一、特别重大事件\n凡符合下列情形之一的，为特别重大事件。\n"
        f"{label}\n一、污染处置组。由市生态环境局牵头，市公安局等参加。\n主要职责：收集数据。\n"
        "二、应急监测组。由市生态环境局牵头，市水利局等参加。\n主要职责：做好监测。\n"
    )
    doc = parse_source(source(text))
    rows = [(c.heading, r.body) for r in doc.responsibilities for c in doc.clauses if c.path == r.clause]
    assert sorted(rows) == sorted(
        [("污染处置组", "市生态环境局"), ("污染处置组", "市公安局"), ("应急监测组", "市生态环境局"), ("应急监测组", "市水利局")]
    )


def test_an_annex_list_alone_still_ends_the_body():  # 附件：A then the signature: no clause after it
    text = "某市实施方案\n一、主要任务\n做好工作。\n附件：1．某某表\n2．某某清单\n某市人民政府\n2022年4月14日\n"
    clauses = parse_structure(normalize(text)).clauses
    assert [c.number for c in clauses if c.number] == ["一、"]


@pytest.mark.parametrize("annexes", ["附件:\n1.某县规划引领专项行动方案\n", "附件:1.某县规划引领专项行动方案\n"])
def test_a_notice_s_list_of_annexes_is_no_clause(annexes):  # 汉阴 2022: 附件：, then the annexes' numbered titles
    text = (
        "某县人民政府办公室关于印发某县两个专项行动方案的通知\n各镇人民政府:\n现将两个方案印发给你们。\n"
        + annexes
        + "2.某县城市更新专项行动方案\n某县人民政府办公室\n2022年10月28日\n附件1\n"
        + "某县规划引领专项行动方案\n为做好工作,特制定本方案。\n一、总体要求\n做好工作。\n二、重点任务\n"
        + "(一)编制规划。(县自然资源局负责)\n"
    )
    doc = parse_source(source(text))
    assert [c.number for c in doc.clauses if c.number] == ["一、", "二、", "(一)"]
    assert [(r.clause, r.body) for r in doc.responsibilities] == [("2.1", "县自然资源局")]


# Where a document does not name its place in the issuer: the signature, then a nameless provincial issuer's 文号.
@pytest.mark.parametrize(
    "text, title, place, level",
    [
        # the 发布机构 field says only 区人民政府办公室; the signature names the district; the title opens with a year
        (
            "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
            "发布机构 区人民政府办公室 文 号 蔡政办〔2023〕1号\n各街道办事处:\n现印发给你们。\n蔡甸区人民政府办公室\n"
            "2023年1月3日\n2023年区《政府工作报告》确定的主要目标任务责任分解方案\n一、主要目标\n(一)地区生产总值增长7%以上\n"
            "责任单位:区发展和改革局\n",
            "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
            "蔡甸区",
            "county",
        ),
        # 省人民政府 without its name: 鄂 in the number is 湖北
        (
            "省人民政府关于\n进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府:\n提出如下意见。\n"
            "一、主要任务\n(一)提高市场开放程度。正文。(牵头单位:省发展改革委)\n",
            "省人民政府关于进一步优化营商环境的若干意见",
            "湖北省",
            "province",
        ),
        # a city's number that reuses a province's character (宁政发 is 南京's) names no province for a city issuer
        (
            "市人民政府关于做好某项工作的通知\n宁政发〔2020〕1号\n各区人民政府:\n一、任务\n(一)做好工作。(市民政局负责)\n",
            "市人民政府关于做好某项工作的通知",
            "",
            "",
        ),
    ],
)
def test_place_from_signature_and_number(text, title, place, level):
    meta = parse_source(source(text)).meta
    assert (meta.title, meta.jurisdiction, meta.level) == (title, place, level)


def test_traditional_characters_read_as_simplified():
    """A republished copy in traditional characters gives the simplified copy's owners; spans quote the copy."""
    simp = (
        "某某市实施方案\n一、主要任务\n(一)加强养老服务。正文。(牵头单位:市民政局;责任单位:市财政局、各县区人民政府)\n"
    )
    trad = (
        "某某市實施方案\n一、主要任務\n(一)加強養老服務。正文。(牽頭單位:市民政局;責任單位:市財政局、各縣區人民政府)\n"
    )
    got = {kind: parse_source(source(text)) for kind, text in (("simp", simp), ("trad", trad))}
    owners = {k: sorted((r.body, r.role) for r in d.responsibilities) for k, d in got.items()}
    assert (
        owners["trad"]
        == owners["simp"]
        == [("各县区人民政府", "responsible"), ("市民政局", "lead"), ("市财政局", "responsible")]
    )
    r = got["trad"].responsibilities[0]
    assert "單位" in trad[r.span.start : r.span.end]  # the quote is the user's text, not the conversion


# A line of bodies after the last of several sub-items that name no one assigns the item they belong to.
_PEER = "2.健全预案机制。\n责任单位:市民政局\n"  # an item at the same level with its own label line
_LINE = "责任单位:市应急局、各县(市、区)人民政府\n"


@pytest.mark.parametrize(
    "items, owner",
    [
        ("(1)甲。\n(2)乙。\n(责任单位:市应急局、各县(市、区)人民政府)\n", "1.1"),  # closes the list: the item's
        ("(1)甲。\n(2)乙。(责任单位:市应急局、各县(市、区)人民政府)\n", "1.1.2"),  # on the sub-item's own line
        ("(1)甲。(市卫健委负责)\n(2)乙。\n(责任单位:市应急局、各县(市、区)人民政府)\n", "1.1.2"),  # siblings have own
        ("(1)甲。\n(2)乙。\n【责任单位:市应急局、各县(市、区)人民政府】\n", "1.1"),  # a statement in 【】 closes it too
        # a converter's bold marks around the label are no words before the list (运城 2017 as Markdown)
        ("(1)甲。\n(2)乙。\n(**责任单位**:市应急局、各县(市、区)人民政府)\n", "1.1"),
        # a label line closes the list where another item of the same level states its owners in a line
        ("(1)甲。\n(2)乙。\n" + _LINE + _PEER, "1.1"),
        ("(1)甲。\n(2)乙。\n【责任单位】市应急局、各县(市、区)人民政府\n" + _PEER, "1.1"),  # a label in 【】 too
        ("(1)甲。\n(2)乙。\n" + _LINE, "1.1.2"),  # no item of that level names owners: the last sub-item's own
        # per-item lists: each sub-item has its own label line, so the last line is the last item's
        ("(1)甲。\n责任单位:市卫健委\n(2)乙。\n" + _LINE + _PEER, "1.1.2"),
    ],
)
def test_closing_bracket_line_belongs_to_the_item(items, owner):
    text = "某某市责任分解\n(一)预案建设\n1.完善预案体系\n" + items
    doc = parse_source(source(text))
    assert {r.clause for r in doc.responsibilities if r.body == "市应急局"} == {owner}


# A statement that says it holds for the items above it (grammar/scopes.csv): each item it covers gets its bodies.
@pytest.mark.parametrize(
    "closing, owned",
    [
        ("（以上两项责任单位：市应急局）", {"1.1.2", "1.1.3"}),  # a count: the last two items, its own included
        ("（以上三项工作由市应急局负责）", {"1.1.1", "1.1.2", "1.1.3"}),  # the phrase glued to the statement
        ("以上工作由市应急局牵头，市财政局配合。", {"1.1.1", "1.1.2", "1.1.3"}),  # no count: every item above
        ("（上述3项任务由市应急局负责）", {"1.1.1", "1.1.2", "1.1.3"}),
        ("（以上各项工作均由市应急局负责）", {"1.1.1", "1.1.2", "1.1.3"}),
        ("（市应急局负责）", {"1.1.3"}),  # no phrase: the item's own
        ("上述资金，由市应急局负责。", {"1.1.3"}),  # 资金 is no item: the item's own
    ],
)
def test_a_statement_for_the_items_above(closing, owned):
    text = "某某市实施方案\n一、重点任务\n（一）预案建设\n1.完善预案。\n2.开展演练。\n3.培训队伍。" + closing + "\n"
    doc = parse_source(source(text))
    assert {r.clause for r in doc.responsibilities if r.body == "市应急局"} == owned


def test_a_statement_for_everything_above_at_a_part_s_end_is_that_part_s():
    text = "某方案\n一、指导思想\n坚持发展。\n二、重点任务\n建设养老中心。\n三、保障措施\n加强领导。以上工作由市应急局负责。\n"
    doc = parse_source(source(text))
    assert {r.clause for r in doc.responsibilities if r.body == "市应急局"} == {"3"}  # not 指导思想's


def test_a_statement_for_the_items_above_stops_at_the_last_one():
    text = (
        "某某市实施方案\n一、重点任务\n（一）预案建设\n1.完善预案。\n2.开展演练。\n以上工作由市应急局负责。\n"
        "3.培训队伍。\n4.储备物资。\n以上工作由市财政局负责。\n"
    )
    doc = parse_source(source(text))
    by_body = {b: {r.clause for r in doc.responsibilities if r.body == b} for b in ("市应急局", "市财政局")}
    assert by_body == {"市应急局": {"1.1.1", "1.1.2"}, "市财政局": {"1.1.3", "1.1.4"}}


@pytest.mark.parametrize(
    "heading",
    [
        "（一）预案建设。以下工作由市应急局牵头，市财政局配合：",  # its phrase hid the lead (only 市财政局 was read)
        "（一）预案建设（以下各项由市应急局负责）",  # nothing was read
        "（一）预案建设（下列任务责任单位：市应急局）",
    ],
)
def test_a_heading_statement_for_the_items_below(heading):
    doc = parse_source(source("某某市实施方案\n一、重点任务\n" + heading + "\n1.完善预案。\n2.开展演练。\n"))
    assert {r.clause for r in doc.responsibilities if r.body == "市应急局"} == {"1.1.1", "1.1.2"}


# Items with no number, a line each closed by the bracket of its owners (a forum post of 民生实事, at first sight: "no
# clauses found"): each line an item; one such line alone, or a bracket inside a sentence, makes none.
@pytest.mark.parametrize(
    "lines, owned",
    [
        ("改造老旧小区7个(住建局牵头)\n建成安置房396套(三水街道牵头)\n", {"改造老旧小区7个": "住建局", "建成安置房396套": "三水街道"}),
        # a copy's residue around the lines (a forum's anti-copy letters) is no part of them
        (", I% H9 r: {改造老旧小区7个(住建局牵头) x& L1 ]8\n建成安置房396套(三水街道牵头)' l1 J8\n",
         {"改造老旧小区7个": "住建局", "建成安置房396套": "三水街道"}),
        ("改造老旧小区7个。确保年底完工。(住建局牵头)\n建成安置房396套。(三水街道牵头)\n",
         {"改造老旧小区7个": "住建局", "建成安置房396套": "三水街道"}),
        # an item a printed page wrapped, before its bracket or inside it (姜堰's forum post as an OFD: 0.57 of it)
        ("对府东新村等7个老旧小区进行基础性改造，选择3个小区\n进行宜居住区提升性改造(住建局牵头)\n"
         "东桥新村22栋900套高层安置房主体工程完成正负零(罗塘街\n道牵头)\n",
         {"对府东新村等7个老旧小区进行基础性改造,选择3个小区进行宜居住区提升性改造": "住建局",
          "东桥新村22栋900套高层安置房主体工程完成正负零": "罗塘街道"}),
    ],
)
def test_items_without_numbers_closed_by_their_owners(lines, owned):
    doc = parse_source(source("今年民生实事:\n" + lines))
    headings = {c.path: c.heading for c in doc.clauses}
    assert {headings[r.clause]: r.body for r in doc.responsibilities} == owned


@pytest.mark.parametrize(
    "lines",
    [
        "改造老旧小区7个(住建局牵头)\n",  # one line alone
        "改造老旧小区7个(住建局牵头),确保年底完工。\n建成安置房396套(三水街道牵头),年内交付。\n",  # words after it
    ],
)
def test_lines_not_closed_by_their_owners_make_no_items(lines):
    with pytest.raises(InputError):
        parse_source(source("今年民生实事:\n" + lines))


# How a written list becomes names (issue 11: 滁州, 立山 and 四川 plans, held out at first run).
@pytest.mark.parametrize(
    "written, names",
    [
        # 各 and 政府 written once for a run of levels
        (
            "市经信局、滁州经开区管委会等,各县、市、区政府",
            ["市经信局", "滁州经开区管委会", "各县政府", "各市政府", "各区政府"],
        ),
        ("各县、区人民政府", ["各县人民政府", "各区人民政府"]),
        # the same when a level carries its bracket or is two characters (a regression: 各市 and 县（区）人民政府)
        ("各市、县（区）人民政府", ["各市人民政府", "各县（区）人民政府"]),
        # autonomous prefectures (州) as a level; a prefecture written bare before the one that carries the body word,
        # though 广州 ends as the collective 各州 does
        ("各州、市人民政府", ["各州人民政府", "各市人民政府"]),
        ("各地区各部门各高校", ["各地区", "各部门", "各高校"]),  # collectives run together (BODY_SUFFIX)
        ("县民政局县财政局", ["县民政局", "县财政局"]),  # two names run together, each a body
        # regression (found by the table property test): a task in a body column is no run of bodies, though its
        # first words end as 供销社 does (建设社 | 区食堂)
        ("建设社区食堂", ["建设社区食堂"]),
        # a place's functions written short, the type word once at the end or not at all (department_stems.csv)
        ("县民政、财政、住建", ["县民政", "县财政", "县住建"]),
        ("市科技和信息化局", ["市科技和信息化局"]),  # …but a short function before 和 is part of one name
        ("县文化和旅游局、县财政局", ["县文化和旅游局", "县财政局"]),
        # regression (found by the styles property test): a starred short name borrowed the next one's type word
        ("民政部★、财政部", ["民政部★", "财政部"]),
        # one office of the party committee and the government together; a body and the institutions of a kind
        ("市委市政府督查室、市委、市政府", ["市委市政府督查室", "市委", "市政府"]),
        ("县卫生健康局及各医疗机构", ["县卫生健康局", "各医疗机构"]),
        # a government's departments and its institutions: the second collective is the same government's (安徽 2022
        # 重点工作, held out at first run); never a level after it, nor everyone concerned
        ("省政府各部门、各直属机构", ["省政府各部门", "省政府各直属机构"]),
        # the trailing 等…有关部门 of a prefecture's list (楚雄 2016, held out at first run)
        ("州财政局、州交通运输局等州级有关部门,各县市人民政府", ["州财政局", "州交通运输局", "各县市人民政府"]),
        # the rest of the State Council's departments, and 及相关地区: no body named (国办发〔2020〕43号, first sight)
        ("商务部、市场监管总局等国务院相关部门,各地区", ["商务部", "市场监管总局", "各地区"]),
        ("市场监管总局及相关地区", ["市场监管总局"]),
        ("国务院相关部门及相关地区", ["国务院相关部门"]),
        # the others of a kind of department (等登记管理部门, 等相关职能部门): no body named
        ("县民政局、县财政局等相关职能部门,各乡镇", ["县民政局", "县财政局", "各乡镇"]),
        ("省政府各部门、各市人民政府、各有关单位", ["省政府各部门", "各市人民政府", "各有关单位"]),
        # a body's other names in one bracket (offices that share one staff) are named once, as one alias is
        ("县委宣传部（县文明办、县网信办）、县民政局", ["县委宣传部", "县民政局"]),
        ("广州、深圳市政府", ["广州市政府", "深圳市政府"]),
        # the regional offices of national systems keep their own names: no 省 from the list, no cut at their place
        ("省交通运输厅、民航中南地区管理局", ["省交通运输厅", "民航中南地区管理局"]),
        ("省税务局、海关总署广东分署", ["省税务局", "海关总署广东分署"]),
        ("省科技厅、中科院广州分院", ["省科技厅", "中科院广州分院"]),
        ("省商务厅、国家外汇管理局广东省分局", ["省商务厅", "国家外汇管理局广东省分局"]),
        ("各设区市、县（市、区）人民政府", ["各设区市人民政府", "各县（市、区）人民政府"]),
        ("各县、乡镇人民政府", ["各县人民政府", "各乡镇人民政府"]),
        # a county-level 特区 beside the counties; two levels written as one word (六盘水 就业, 嘉兴 民营经济 2023,
        # held out at first run)
        ("各县、特区、区人民政府", ["各县人民政府", "各特区人民政府", "各区人民政府"]),
        ("各县市、区政府", ["各县市政府", "各区政府"]),
        # zones share the kinds of body written once after them (平顶山 河长制 table, held out at first run)
        (
            "城乡一体化示范区、高新区党工委和管委会",
            ["城乡一体化示范区党工委", "城乡一体化示范区管委会", "高新区党工委", "高新区管委会"],
        ),
        # 市政局 is municipal works, not the city's 政局: no 市 for the names after it (崇川 2023, held out at first run)
        ("城管局、市政局、环卫处、相关街道", ["城管局", "市政局", "环卫处", "相关街道"]),
        # a bureau's sections (科) in its own work plan (芜湖市教育局 2024, held out at first run)
        ("组干科、机关党委", ["组干科", "机关党委"]),
        # 区(市)县: a level's bracket inside a run of levels, one collective (成都 垃圾分类 table)
        ("市生态环境局,各区(市)县政府(管委会)", ["市生态环境局", "各区(市)县政府(管委会)"]),
        # 相关 written once for the run as 各 is (黑龙江 稳增长, held out at first run)
        ("省发改委、铁路办、相关市、县政府", ["省发改委", "省铁路办", "相关市政府", "相关县政府"]),
        # places named bare share the level and body word of the last (哈尔滨、黑河、绥芬河市政府)
        (
            "哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局",
            ["哈尔滨机场扩建指挥部", "哈尔滨市政府", "黑河市政府", "绥芬河市政府", "省农垦总局"],
        ),
        # …and the zones of places named bare share the zone's kind and committee (赣州 就业 2015, held out at first run)
        (
            "各县(市、区)人民政府,赣州、龙南经济技术开发区管委会",
            ["各县(市、区)人民政府", "赣州经济技术开发区管委会", "龙南经济技术开发区管委会"],
        ),
        ("市民政局、各区、县级市", ["市民政局", "各区", "各县级市"]),  # unchanged: 县级市 is no bare level
        # a zone's committee is named after its zone: it does not take the list's 市
        ("市税务局、中新苏滁高新区管委会", ["市税务局", "中新苏滁高新区管委会"]),
        # 行 ends a bank's name only: 经济运行 does not end a body
        ("立山经济开发区,全区经济运行各专班", ["立山经济开发区", "全区经济运行各专班"]),
        ("市人行市财政局", ["市人行", "市财政局"]),
        # a branch is named after its place inside one name (数字广东 2025, held out at first run)
        ("人民银行广东省分行、广东金融监管局", ["人民银行广东省分行", "广东金融监管局"]),
        ("海关总署广东分署、广东海事局", ["海关总署广东分署", "广东海事局"]),
        # 人行 is 人民银行 written short (浙江 2026 task list, held out at first run)
        ("省委金融办、人行浙江省分行", ["省委金融办", "人行浙江省分行"]),
        # 等10个部门 leaves the rest unnamed; 各 written once before a bare 管委会 (各县（区）人民政府、管委会)
        ("市民政局、市财政局等十二家单位", ["市民政局", "市财政局"]),
        ("县发展改革局、县财政局等县直相关单位", ["县发展改革局", "县财政局"]),
        # the member units of a group are one collective body
        ("县领导小组办公室、领导小组各成员单位", ["县领导小组办公室", "县领导小组各成员单位"]),
        ("市民政局等市直有关部门", ["市民政局"]),
        ("各县（区）人民政府、管委会", ["各县（区）人民政府", "各管委会"]),
        # a 责任单位及责任人 column names the person after the body (a person, not a body's other name)
        ("县民政局（张三）、县财政局（王五同志）", ["县民政局", "县财政局"]),
        ("县民政局（局长：张三）、县财政局（副局长李四）", ["县民政局", "县财政局"]),  # after the office's title
        ("市民政局（牵头）、各县(区)人民政府(管委会)", ["市民政局（牵头）", "各县(区)人民政府(管委会)"]),
        # a named laboratory or university is its own, not the list's 省 (浙江 2026)
        ("省经信厅、省国防科工办、之江实验室", ["省经信厅", "省国防科工办", "之江实验室"]),
        ("省教育厅、西湖大学", ["省教育厅", "西湖大学"]),
        # a bracket giving the other name of the same body (上海 2023): the body is listed once, by its first name
        ("市交通委（市道运局）、市交警总队", ["市交通委", "市交警总队"]),
        # a mark on a collective body joined by 和 does not split it: 各有关部门和单位（牵头）
        ("各有关部门和单位(牵头)、民政部", ["各有关部门和单位(牵头)", "民政部"]),
        # 试点城市 ends like a place but names a kind of place: no prefix for the names after it (无废城市 as a table)
        ("国家统计局、试点城市政府、财政部", ["国家统计局", "试点城市政府", "财政部"]),
        ("市民政局、试点城市政府、财政局", ["市民政局", "试点城市政府", "市财政局"]),
        # a qualifier after the body holds for each level of the run, not a name of its own (潮州 2019)
        ("各区(功能区)、县人民政府(管委会)", ["各区(功能区)人民政府(管委会)", "各县人民政府(管委会)"]),
        ("各县、区人民政府(管委会)", ["各县人民政府(管委会)", "各区人民政府(管委会)"]),
        # a list that writes the place on two names in a row names a bare one so on purpose (上海 2021/2025, held out
        # at first run): a body named in full keeps its name; a department, a short name or a function still takes it
        ("市发展改革委、市商务委、长三角区域合作办公室", ["市发展改革委", "市商务委", "长三角区域合作办公室"]),
        ("市科委、市卫生健康委、申康医院发展中心", ["市科委", "市卫生健康委", "申康医院发展中心"]),
        ("省发展改革委、省市场监管局、商务厅", ["省发展改革委", "省市场监管局", "省商务厅"]),
        ("市科委、市卫生健康委、供销社", ["市科委", "市卫生健康委", "市供销社"]),
        ("市科委、市卫生健康委、财政票据监管中心", ["市科委", "市卫生健康委", "市财政票据监管中心"]),  # a function opens it
        ("市应急管理局、消防救援支队", ["市应急管理局", "市消防救援支队"]),  # the place written once: it carries
        # national bodies run together (a table's lines joined, the spaces between them squeezed out): cut where a
        # ministry's name begins with a government function; a bureau inside a ministry, a government's department stay
        ("发展改革委 财政部 民政部", ["发展改革委", "财政部", "民政部"]),
        ("税务总局财政部", ["税务总局", "财政部"]),
        ("公安部交通管理局", ["公安部交通管理局"]),
        ("国务院国资委", ["国务院国资委"]),
        # a place, then 等 and the others of its kind sharing the body word: the place's own (浦东新区等相关区政府)
        ("市科委、浦东新区等相关区政府", ["市科委", "浦东新区政府"]),
        # a prefix written once carries over; a comma-group with its own prefix keeps it
        ("省委网信办,省保密局、密码管理局,省公安厅", ["省委网信办", "省保密局", "省密码管理局", "省公安厅"]),
        # a collective written once before the kinds of body it stands for (各乡镇党委、政府)
        ("各乡镇党委、政府", ["各乡镇党委", "各乡镇政府"]),
        # …and with 和, or at every level; a city's party committee and its government
        # the levels named, then how many share the body (市、县两级政府)
        ("市、县两级政府", ["市级政府", "县级政府"]),
        ("省、市、县三级财政部门", ["省级财政部门", "市级财政部门", "县级财政部门"]),
        # every provincial government, as the State Council names them; the levels alone are kinds too
        ("各省、自治区、直辖市人民政府", ["各省人民政府", "各自治区人民政府", "各直辖市人民政府"]),
        ("各省、自治区、直辖市和新疆生产建设兵团", ["各省", "各自治区", "各直辖市", "新疆生产建设兵团"]),
        ("各级党委和政府", ["各级党委", "各级政府"]),
        # the party committee of a level or a place, then its government written bare (镇党委、政府 lost the government)
        ("镇党委、政府", ["镇党委", "镇政府"]),
        ("洪山镇党委、政府", ["洪山镇党委", "洪山镇政府"]),
        ("各级党委、政府", ["各级党委", "各级政府"]),
        ("市委和市政府", ["市委", "市政府"]),
        ("工业和信息化部", ["工业和信息化部"]),
        # 同 ("with") between two departments; inside a name (协同, 大同) it is no joiner
        ("县教育局同县财政局", ["县教育局", "县财政局"]),
        ("县科技协同创新中心、大同市民政局", ["县科技协同创新中心", "大同市民政局"]),
        # the party committee runs on to the departments (…部) after it; a name at a level is that level's
        ("县委组织部、宣传部、统战部、人社局", ["县委组织部", "县委宣传部", "县委统战部", "县人社局"]),
        ("各乡镇人民政府、街道办事处", ["各乡镇人民政府", "各街道办事处"]),
        ("各县区人民政府、园区管委会", ["各县区人民政府", "各园区管委会"]),
        # a zone named by its kind right after the governments' collective is each one's (灵璧 2021, held out at
        # first run); after a comma, or inside a bracket of what the collective includes, it is left as written
        ("各乡镇人民政府、经济开发区管委会", ["各乡镇人民政府", "各经济开发区管委会"]),
        ("各县党委和人民政府,高新区党工委和管委会", ["各县党委", "各县人民政府", "高新区党工委", "高新区管委会"]),
        ("各区人民政府（含开发区管委会）、市民政局、财政局", ["各区人民政府", "开发区管委会", "市民政局", "市财政局"]),
        # a government's collectives written once for two: 有关 as 各 (灵璧 2021)
        ("县政府有关部门、有关直属单位", ["县政府有关部门", "县政府有关直属单位"]),
        # two collectives written without a mark between them; every level's departments are one
        ("各地区各部门", ["各地区", "各部门"]),
        ("各地各有关部门", ["各地", "各有关部门"]),
        ("各级各有关部门", ["各级各有关部门"]),
        ("各县（区）发展改革局、财政局", ["各县（区）发展改革局", "各县（区）财政局"]),
        # a national bureau's local office is one body named after its place (国家税务总局莆田市税务局)
        ("国家税务总局莆田市税务局、市民政局", ["国家税务总局莆田市税务局", "市民政局"]),
        ("国家金融监督管理总局莆田监管分局", ["国家金融监督管理总局莆田监管分局"]),
        # everyone concerned is a whole name, never a place nor a name waiting for the next one's type word (a city's
        # 十一五 breakdown at first sight: 有关部门区 was a body)
        ("有关部门和各县区", ["有关部门", "各县区"]),
        ("有关部门、各县区人民政府", ["有关部门", "各县区人民政府"]),
    ],
)
def test_list_names(written, names):
    assert parse_names(written) == names


# A body named once for every later task (下同).
@pytest.mark.parametrize(
    "sentence, body",
    [
        ("以下任务均需各区人民政府落实,不再列出。", "各区人民政府"),
        ("具体任务均涉及相关市(州)人民政府,不再做分工,下同。", "相关市(州)人民政府"),
        ("以下均需各县市区落实,不再逐一列出", "各县市区"),
        ("以下各项任务均由各县(市、区)人民政府负责落实,不再一一列出", "各县(市、区)人民政府"),
        ("以下政策措施均需园区管委会落实,不再单独列出", "园区管委会"),  # a 若干措施's measures (淮安 2022)
    ],
)
def test_blanket_sentences(sentence, body):
    from policygraph.parsing.declared import blanket_bodies

    assert [name for name, _span in blanket_bodies(sentence)] == [body]


NOTICE = (
    "区人民政府办公室关于印发2023年区重点工作责任分解方案的通知\n各街道办事处:\n现印发给你们,并就有关事项通知如下:\n"
    "一、各责任单位要高度重视。\n二、各责任单位要按季度报送进展。\n某某区人民政府办公室\n2023年1月3日\n"
)


def test_a_notice_with_numbered_requirements_keeps_the_plan_it_issues():
    """The plan after the signature of a notice that numbers its own requirements is read (issue 11, 蔡甸)."""
    text = (
        NOTICE + "2023年区重点工作责任分解方案\n一、主要预期目标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
    )
    doc = parse_source(source(text))
    listed = [r for r in doc.responsibilities if r.source == "listed"]
    assert [(c.heading, r.body) for r in listed for c in doc.clauses if c.path == r.clause] == [
        ("地区生产总值增长7%以上", "区发展和改革局")
    ]


@pytest.mark.parametrize("closing", ["(共计121项)", "（2023—2025年）", "（试行）", "（征求意见稿）"])
def test_the_plan_after_the_signature_may_close_its_title_with_a_bracket(closing):
    """2023年区政府工作报告重点工作分工方案(共计121项) after the signature (大兴 2023, held out at first run): a
    bracket saying how many items, which years or what status still ends the title of the plan the notice issues."""
    text = (
        NOTICE + "2023年区重点工作责任分解方案" + closing + "\n一、主要预期目标\n1.地区生产总值增长7%以上。\n"
        "牵头领导:常务副区长\n主要责任单位:区发展改革委\n"
    )
    doc = parse_source(source(text))
    listed = [r for r in doc.responsibilities if r.source == "listed"]
    assert [(c.heading, r.body, r.role) for r in listed for c in doc.clauses if c.path == r.clause] == [
        ("地区生产总值增长7%以上", "区发展改革委", "lead")
    ]


@pytest.mark.parametrize("colon", [":", " ", ""])
def test_a_person_s_field_before_the_labels_ends_where_they_begin(colon):
    """牵头领导 省政府分管领导同志 ⏎ 牵头单位 省发展改革委: the fields were lines of their own; the clause's text joins
    them, and a label right after a person's name or title opens its list (辽宁 2023 with its labels' colons lost)."""
    text = "方案\n一、主要任务\n" + "".join(
        f"{n}.{task}。\n牵头领导{colon}省政府分管领导同志\n牵头单位{colon}{lead}\n责任单位{colon}{others}\n"
        for n, task, lead, others in [
            (1, "甲项工作", "省发展改革委", "省财政厅、各市人民政府"),
            (2, "乙项工作", "省财政厅", "省税务局"),
        ]
    )
    assert owners(text) == [
        ("1.", "各市人民政府", "responsible"),
        ("1.", "省发展改革委", "lead"),
        ("1.", "省财政厅", "responsible"),
        ("2.", "省税务局", "responsible"),
        ("2.", "省财政厅", "lead"),
    ]


def test_page_fields_in_a_bulleted_list_are_read():
    """• 成文日期：2023年3月3日 / • 发文序号：京兴政办发〔2023〕1 号 (大兴 2023): a page's fields as list items; the
    publication date after it is not the document's date."""
    text = (
        "• 发文序号:京兴政办发〔2023〕1 号\n  • 成文日期:2023年3月3日\n  • 发布日期:2023年3月9日\n"
        + NOTICE
        + "2023年区重点工作责任分解方案\n一、主要预期目标\n1.地区生产总值增长7%以上。\n主要责任单位:区发展改革委\n"
    )
    meta = parse_source(source(text)).meta
    assert (meta.number, meta.date) == ("京兴政办发〔2023〕1号", "2023-03-03")


def test_a_notice_that_names_its_plan_in_title_marks_keeps_it():
    """《…责任分解》已经市政府同意，现印发给你们 names the plan as 印发…《…》 does (issue 11, 湖州 2024)."""
    text = (
        "各区县人民政府:\n《2024年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "一、要抓紧部署实施。各责任单位要系统谋划。\n二、要强化督查考核。\n湖州市人民政府办公室\n2024年2月8日\n"
        "2024年政府工作报告重点工作责任分解\n一、重点工作\n1.建设生态文明典范城市。\n责任单位:市政府办公室\n"
    )
    doc = parse_source(source(text))
    assert [(c.heading, r.body) for r in doc.responsibilities for c in doc.clauses if c.path == r.clause] == [
        ("建设生态文明典范城市", "市政府办公室")
    ]


def test_a_page_that_prints_the_document_twice_is_read_once():
    """gov.cn pages repeat the document after the signature: its own title again is not a plan it issues."""
    body = "一、任务\n(一)甲项工作。正文。(民政部负责)\n"
    text = "国务院办公厅关于做好某项工作的意见\n各省、自治区:\n" + body + "国务院办公厅\n2018年12月11日\n"
    doc = parse_source(source(text + "国务院办公厅关于做好某项\n工作的意见\n各省、自治区:\n" + body))
    assert [(r.clause, r.body) for r in doc.responsibilities] == [("1.1", "民政部")]


def test_a_heading_line_without_a_stop_does_not_run_into_the_first_sentence():
    """2.2.1 综合协调组 / 由市应急局牵头，市公安局参加。: the statement is the body's, the heading names a group."""
    text = "某市突发事件应急预案\n1 总则\n2 组织体系\n2.1 工作组\n2.1.1 综合协调组\n由市应急局牵头,市公安局、市卫健委参加。\n"
    doc = parse_source(source(text))
    got = sorted((r.clause, r.body, r.role) for r in doc.responsibilities)
    assert got == [
        ("2.1.1", "市公安局", "responsible"),
        ("2.1.1", "市卫健委", "responsible"),
        ("2.1.1", "市应急局", "lead"),
    ]


def test_an_excerpt_that_begins_below_its_top_level():
    """（一）（二） then 四、 and 五、 with （一）（二） under it (深圳 traffic measures, held out at first run): 四、 is a
    heading of its own, above the items, and the sentence `以上工作由A负责` gives its item to A."""
    text = (
        "(一)对外地车辆核发长期通行证。\n以上工作由市公安交警局负责。\n(二)查处非法营运的外地出租车。\n以上工作由市交通局负责。\n"
        "四、改造交通瓶颈,提高道路通行能力\n对14处交通瓶颈进行规划改造。\n以上工作由市规划与国土资源局负责。\n"
        "五、打通小区微循环\n(一)取消部分小区道路设卡收费。\n以上工作由市城管办负责。\n"
    )
    doc = parse_source(source(text))
    number = {c.path: c.number for c in doc.clauses}
    parents = {c.number: c.parent for c in doc.clauses}
    assert parents["四、"] is None and parents["五、"] is None
    assert sorted((number[r.clause], r.body) for r in doc.responsibilities) == [
        ("(一)", "市公安交警局"),
        ("(一)", "市城管办"),
        ("(二)", "市交通局"),
        ("四、", "市规划与国土资源局"),
    ]


def test_labels_alone_on_their_lines_with_their_lists_on_the_next():
    """A web page's cells a line each: 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 (同心 2023, held out at first run);
    every label keeps its own list once the lines are joined, and a field (完成时限) ends the last."""
    text = (
        "某县2023年重点工作任务分解\n一、重点任务\n1.全面落实疫情防控。\n责任单位\n县卫健局、县文旅局\n配合单位\n各乡镇\n"
        "完成时限\n12月底前\n2.抓好春耕。\n牵头单位\n县农业局\n"
    )
    assert owners(text) == [
        ("1.", "县卫健局", "responsible"),
        ("1.", "县文旅局", "responsible"),
        ("1.", "各乡镇", "responsible"),
        ("2.", "县农业局", "lead"),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # 同心 2023 (held out at first run): a 任务分解 column's page per task, a cell a line, no number
        "具体任务\n抓好春耕备耕，确保粮食稳产；推进高标准农田建设。\n责任单位\n县农业局、县水务局\n配合单位\n各乡镇\n",
        # the task label with its task on one line, a title above it
        "某县2023年重点任务分解\n工作任务：抓好春耕备耕，确保粮食稳产。\n责任单位：县农业局、县水务局\n配合单位：各乡镇\n",
        # no task label: the task is the last line before the labels
        "某县2023年重点任务分解\n抓好春耕备耕，确保粮食稳产。\n责任单位：县农业局、县水务局\n配合单位：各乡镇\n",
    ],
)
def test_a_page_that_gives_one_task_without_a_number(page):
    assert [(title, body) for title, body, _role in owners(page, by="heading")] == [
        ("抓好春耕备耕,确保粮食稳产", "县农业局"),
        ("抓好春耕备耕,确保粮食稳产", "县水务局"),
        ("抓好春耕备耕,确保粮食稳产", "各乡镇"),
    ]


def test_a_page_without_numbers_or_labels_is_still_refused():
    from policygraph.errors import InputError

    with pytest.raises(InputError, match="no clauses found"):
        parse_source(source("某县2023年工作总结\n今年全县抓好春耕备耕，粮食稳产。\n"))


@pytest.mark.parametrize(
    "name, body",
    [
        ("组干科", True),  # a section of a bureau (grammar/body_endings.csv 科)
        ("基础教育科", True),
        ("学科", False),  # …but a subject, a degree or a ward is no body
        ("本科", False),
        ("中科", False),  # 中科院's first word, where a page stops inside a name (沙坪坝 2022)
        ("优化城乡结构布局", False),  # 布局, 格局, 大局 end in 局 and are no bureaus (a task cell read as bodies)
        ("新发展格局", False),
        ("县公安局", True),
        ("规划司", True),  # a ministry's department (司)
        ("社会事务股", True),  # a county bureau's section (股)
        ("控股", False),  # …but a holding is none
        ("县职校", True),  # a school named short (校)
        ("各金融机构", True),  # institutions of a kind (机构)
        ("编制机构", False),
        ("各保险机构", True),  # …an insurer or a regulator of a kind too (a probe of collective bodies)
        ("各群团组织", True),  # civil society and the party's cells as collective bodies (组织)
        ("各社会组织", True),
        ("各级党组织", True),
        ("领导组织", False),
        ("各人民团体", True),  # the people's organisations (团体)
        ("各民主党派", True),
        ("各新闻媒体", True),  # the press (媒体)
        ("新媒体", False),
        ("在校", False),
        ("县图书馆", True),  # a public institution of culture (馆)
        ("县文化馆", True),
        ("新材料产业园", True),  # a park named as the body that carries out a task (金乡 2025)
        ("商贸物流园", True),
        ("城市公园", False),  # …but 园 alone ends places
        ("州人民政府授权州数据资源主管部门", False),  # one body empowering another (阿坝 2021)
        ("市广播电视台", True),  # a broadcaster, a weather station
        ("县气象台", True),
        ("数据共享平台", False),  # …but a platform is none
        ("国有林场", True),  # state farms and utilities
        ("县自来水厂", True),
        ("县市场", False),
        ("省女子监狱", True),
        ("县农行", True),  # a state bank written short
        ("进行", False),
        ("县民政", True),  # a place's function written short (department_stems.csv)
        ("省人口计生", True),
        ("民政", False),  # …but a function alone is a field of work
        ("全市金融", False),
        ("校园", False),
        ("县财政局改造老旧小区", False),  # a housing estate (小区) is no district: A会同B改造老旧小区 names B alone
        ("越秀区", True),
    ],
)
def test_body_endings(name, body):
    from policygraph.parsing.bodies import looks_like_body

    assert looks_like_body(name) is body


def test_a_space_after_a_lists_mark_cuts_no_title_and_breaks_no_line():
    """A PDF's text layer puts a space after 、 and ， (鼓励、 支持…; 加快一、 二、 三产业融通发展): the title runs on past
    it, and 二、 after it is no heading (the layout probe names-spaced: 国发〔2018〕38号 lost six rows under `鼓励`, 皖政办秘
    〔2021〕82号 four under `加快一`)."""
    text = (
        "某省实施意见\n一、主要任务\n1.鼓励、 支持银行业金融机构向境外机构发放人民币贷款，满足企业的海外投资需要，"
        "加强跨境金融服务，推动金融机构与企业对接合作。（负责部门：人民银行、 银保监会）\n"
        "2.加快一、 二、 三产业融通发展。依托工业互联网平台推动农业精准作业。（责任单位：省农业农村厅）\n"
    )
    doc = parse_source(source(text))
    items = [c for c in doc.clauses if c.kind == "item"]
    assert [c.heading[:10] for c in items] == ["鼓励、支持银行业金融", "加快一、二、三产业融"]
    assert sorted((r.clause, r.body) for r in doc.responsibilities) == [
        ("1.1", "人民银行"), ("1.1", "银保监会"), ("1.2", "省农业农村厅")
    ]


def test_a_one_task_page_printed_and_wrapped_is_titled_by_its_paragraphs_first_words():
    """铜陵's 民生工程 page (one task, then 承办部门：… and a second body with its telephone number) printed to PDF: its
    paragraph comes back as five printed lines, too few to be joined as a page's; the task is the paragraph from its
    first printed line, not the last line before the labels (pdf-36, ofd-36 and docx-pdf gave 0 of 2)."""
    text = (
        "巩固完善新型农村合作医疗和城镇居民基本医疗保险制度。新增筹资主要用于提高\n"
        "基本医疗保障水平,深化医保支付方式改革。2018年,新型农村合作医疗按规定提高\n"
        "筹资标准,参合率稳定在96%以上;政策范围内住院费用支付比例达77%左右。城镇居\n"
        "民基本医疗保险按规定提高筹资标准,参保52万人,参保率维持在95%以上;政策范围\n"
        "内住院医疗费用报销比例稳定在75%左右。\n"
        "承办部门:市人社局 咨询电话:2126811\n"
        "市卫计委 2835085\n"
    )
    doc = parse_source(source(text))
    assert [c.heading for c in doc.clauses] == ["巩固完善新型农村合作医疗和城镇居民基本医疗保险制度"]
    assert [r.body for r in doc.responsibilities] == ["市人社局", "市卫计委"]
    titled = parse_source(source("2018年民生工程项目\n" + text.replace("\n", "", 4)))
    assert [c.heading for c in titled.clauses] == ["巩固完善新型农村合作医疗和城镇居民基本医疗保险制度"]


def test_a_letter_spaced_texts_short_lines_are_written_close_too():
    """Where most long lines are letter-spaced, a short one is too (a table's cell a line: 区 发 改 局); a text with one
    spaced line keeps its other short lines as they are (市 县 两级, a spaced word pair)."""
    text = "某 县 实 施 方 案 的 通 知\n一 、 重 点 任 务 和 分 工\n1 . 建 设 社 区 服 务 设 施 。\n区 发 改 局"
    assert normalize(text).text == "某县实施方案的通知\n一、重点任务和分工\n1.建设社区服务设施。\n区发改局"
    assert normalize("珠 海 市 民 政 局 文 件\n市 县\n正文。").text.split("\n")[1] == "市 县"


def test_a_letter_spaced_text_reads_as_its_close_set_copy():
    """Every character spaced apart (the layout probe all-spaced: 816 of 2,172 development rows at first): the lines
    are written close, and a heading's statement stays the heading's though the spaces part it from the title in the
    original text (婺城 2025: 一 、 强 化 科 技 创 新 ( 区 科 技 局 牵 头 ) over its item)."""
    text = "某区若干政策举措\n一、强化科技创新(区科技局牵头)\n以统筹深化改革为牵引。\n(一)加强科创平台效能建设。加快建设研究院。\n"
    spaced = "\n".join(" ".join(line) for line in text.split("\n"))
    rows = [(r.clause, r.body, r.role) for r in parse_source(source(text)).responsibilities]
    assert rows == [("1.1", "区科技局", "lead")]
    assert [(r.clause, r.body, r.role) for r in parse_source(source(spaced)).responsibilities] == rows


def test_a_letter_spaced_paragraph_keeps_the_spaces_of_its_source_as_spaces_not_breaks():
    """A long letter-spaced paragraph whose source had single spaces in it (a PDF's wraps): each became a wider gap,
    which the run-on reading took for a paragraph's indent, so the heading's number stood alone and its title was
    lost (seed 000 letter-spaced: 159 of 206 rows). The letters are written close before paragraphs are looked for."""
    body = "以基层党建为引领, 以居民需求为导向,科学规划党群服务中心(站)功能布局。 探索推广服务中心 (站)运营模式。" * 4
    text = f"某市实施方案\n一、重点任务\n(三) 不断丰富近邻党建服务内涵。{body}\n责任单位:市委组织部,市教育局、民政局按职责分工负责\n"
    spaced = "\n".join(" ".join(line) for line in text.split("\n"))
    assert len(spaced.split("\n")[2]) > 300  # long enough to be taken for paragraphs run together

    def facts(doc):
        return [c.heading for c in doc.clauses], [(r.clause, r.body) for r in doc.responsibilities]

    assert facts(parse_source(source(spaced))) == facts(parse_source(source(text)))
    assert "不断丰富近邻党建服务内涵" in facts(parse_source(source(text)))[0]


@pytest.mark.parametrize(
    "footer",
    [
        "主办：广州市天河区人民政府 承办：广州市天河区政务服务和数据管理局 备案序号：粤ICP备15016469号-2",
        "主办：广州市越秀区人民政府\n承办：广州市越秀区政务服务和数据管理局\n网站标识码：4401040001",
        "广州市增城区人民政府 版权所有 主办：广州市增城区人民政府办公室 承办：广州市增城区电子政务服务中心",
        "主办单位：某市人民政府办公室\n承办单位：某市大数据中心\n网站标识码：3300000001",
        "网站主办：某县人民政府办公室 技术支持：某某网络科技有限公司",
    ],
)
def test_a_web_pages_footer_names_no_owner(footer):
    """A government web page's footer names the site's sponsor (主办) and operator (承办), which label bodies
    elsewhere: 广州's pages saved whole gave 广州市天河区人民政府 as a lead of their last item. 主办单位 and 协办单位 lines
    with no licence line beside them (a 督办 list's fields) are left to the statements."""
    text = "某区实施方案\n一、任务\n1.做好工作。（责任单位：区民政局）\n" + footer + "\n"
    assert [(r.clause, r.body) for r in parse_source(source(text)).responsibilities] == [("1.1", "区民政局")]
    alone = "某区实施方案\n一、任务\n1.做好工作。\n主办单位：区民政局\n协办单位：区财政局\n"
    assert [r.body for r in parse_source(source(alone)).responsibilities] == ["区民政局", "区财政局"]


def test_a_national_bank_opens_a_subject_but_never_with_a_number_in_it():
    """中国人民银行莆田市中心支行 begins as a body does; 中国证监会8个改革试验区 (two cells of a table run together in a
    flattened PDF) does not (regression: it became one body and 中国证监会 was lost)."""
    from policygraph.parsing.responsibility import only_bodies

    assert only_bodies("中国人民银行莆田市中心支行")
    assert not only_bodies("中国证监会8个改革试验区")


def test_the_stop_after_a_heading_is_no_part_of_its_title():
    """一、重点任务： / （二）强化要素保障； / 1.有专职工作人员; — the colon or semicolon a title ends on is not the title's."""
    text = "某县某项工作实施方案\n一、重点任务：\n（一）加快项目建设：\n1.推进重点项目开工；\n（二）强化要素保障；\n2.有专职工作人员;\n"
    headings = [c.heading for c in parse_source(source(text)).clauses if c.kind != "preamble"]
    assert headings == ["重点任务", "加快项目建设", "推进重点项目开工", "强化要素保障", "有专职工作人员"]


@pytest.mark.parametrize(
    "front, title",
    [
        # a title broken over two lines, with no 文号 below it (a party committee's opinion dated in brackets)
        ("关于进一步加强城乡社区治理的\n实施意见\n（2023年5月6日）\n", "关于进一步加强城乡社区治理的实施意见"),
        # a 文号 above a whole title is no first half of it
        (
            "某政办规〔2023〕4号\n某某市人民政府办公室关于加强城乡社区治理的\n实施意见\n",
            "某某市人民政府办公室关于加强城乡社区治理的实施意见",
        ),
    ],
)
def test_a_title_broken_over_two_lines_is_one(front, title):
    doc = parse_source(source(front + "为加强治理，提出如下意见。\n一、重点任务\n（一）建设服务中心。\n", doc_id="x"))
    assert doc.meta.title == title


def test_a_dotted_number_first_met_above_the_open_ones_starts_at_the_top():
    """An excerpt from 2.1: the 3 after 2.2 is no sub-item of it (marks._outranks_all, by the dotted styles' depth)."""
    clauses = parse_structure(
        normalize("预案\n2.1 指挥机构\n正文。\n2.2 成员单位职责\n正文。\n3 预警\n3.1 监测")
    ).clauses
    parent = {c.path: c.parent for c in clauses}
    number = {c.path: c.number for c in clauses}
    assert [(c.number, number.get(parent[c.path])) for c in clauses if c.number] == [
        ("2.1", None),
        ("2.2", None),
        ("3", None),
        ("3.1", "3"),
    ]


@pytest.mark.parametrize(
    "name, body",
    [
        # a county's own lists name its bodies without the county (临安 2022, 桐乡 2020, 芜湖市教育局 2024)
        ("发改局", True),
        ("金融发展服务中心", True),
        ("文化和广电旅游体育局", True),
        ("国兴集团", True),  # a state company the county tasks
        ("妇联", True),
        ("昌化镇", True),  # a town or street office by its own name
        ("青山湖街道", True),
        ("组干科", True),  # a bureau's section, in the bureau's own plan
        ("政策法规司", True),
        ("中国储备粮管理总公司", True),
        ("合肥海关", True),  # a customs district by its city
        ("越秀区人民政府", True),  # a district's or county's government by its own name (达州 2012 as lines)
        ("达县人民政府", True),
        ("通川区", False),  # the place alone is no body
        # …but not words that end like one
        ("城镇", False),
        ("学科", False),
        ("集团", False),
        ("控股", False),
        ("本处", False),
    ],
)
def test_bodies_named_without_a_place(name, body):
    """A list of nothing but bodies (a bare bracket, a cell) needs each name to be a body named as a subject is: with a
    place or level first, or, short, by its own name (patterns.PROSE_SUBJECT)."""
    from policygraph.parsing.responsibility import only_bodies

    assert only_bodies(name) is body
