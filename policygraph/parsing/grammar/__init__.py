"""The grammar of responsibility as data: role words, label nouns and infixes, verb adverbs, statement shapes,
declarations, body endings, department stems, the labels of other fields beside them, statement labels and heading
shapes.

Each table is a CSV file beside this module with a `why` column; a new style of
document is one row here and one row in tests/test_grammar.py. This module only
reads the tables and compiles them into the patterns the parser uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...datatables import read_table


def _rows(name: str) -> list[dict[str, str]]:
    return read_table(__package__, name)


@dataclass(frozen=True)
class Shape:
    name: str
    pattern: re.Pattern[str]
    role: str  # label | label-after | verb | lead-others | carry


@dataclass(frozen=True)
class Grammar:
    roles: dict[str, str]  # role word -> lead | responsible
    label: re.Pattern[str]  # a label such as 牵头单位 / 责任 部门 (spaces allowed inside)
    verb: re.Pattern[str]  # a run of verb words at the end of a list: 按职责分工负责, 牵头负责
    verb_bracket: re.Pattern[str]  # A、B（按职责分工负责）: a verb run in brackets after a list, said of all of it
    mark: re.Pattern[str]  # (牵头) after a name
    support_mark: re.Pattern[str]  # (配合单位) after a name: the body helps; no part of the name, no lead
    bracketed_label: re.Pattern[str]  # 【牵头单位】 — a label in brackets, its list after them
    bracketed_role: re.Pattern[str]  # 【牵头】 — a role word alone in brackets: a label before a body, a mark after one
    label_line: re.Pattern[str]  # 责任单位 alone on its line, its list on the next (a web page's cells a line each)
    task_field: re.Pattern[str]  # 具体任务 — the label of a task's own text on a page that gives one task
    shapes: tuple[Shape, ...]
    declarations: tuple[tuple[str, re.Pattern[str]], ...]
    body_end: re.Pattern[str]
    body_last: str  # every character a body's name can end with (局, 委 … 园): where a list of bodies may stop
    self_named: re.Pattern[str]  # 新材料产业园, 瓮水街道: bodies named after themselves, never given a list's prefix
    field: re.Pattern[str]  # a field beside the body labels (完成时限：): a list ends where it begins
    field_word: re.Pattern[str]  # the same labels without their colon (a table's cells run together)
    person_field: re.Pattern[str]  # 责任人：张三 — a field naming a person, which a list of bodies may go on after
    person_word: re.Pattern[str]  # 责任领导 — the same labels without their colon (a table's column of persons)
    statement_label: re.Pattern[str]  # 部门分工： — a statement follows that says the roles itself
    heading_shapes: tuple[Shape, ...]  # 县示范区管委会牵头工作(8项) — a heading naming the owner of the tasks below
    scope_above: re.Pattern[str]  # 以上两项 / 以上工作 — a statement that holds for the items above it (scopes.csv)
    scope_any: re.Pattern[str]  # the same, 以下各项 (the items below: a heading's) or 本项 (its own): read past
    lead_verb: re.Pattern[str]  # a lead verb anywhere: 县民政局牵头县财政局配合 is two statements glued together
    lead_end: re.Pattern[str]  # a lead verb ending a piece: A牵头、B配合 is two statements joined by 、
    label_words: frozenset[str]  # role words that make labels; alone, a sub-header (责任单位 over 牵头 | 配合)
    label_openers: tuple[str, ...]  # what a label may open with before a shorter one inside it (牵头 in 牵头责任单位)
    work: re.Pattern[str]  # the work itself after the names (研究制定 in A会同B研究制定)
    duty: str  # regex text: any run of verb_adverbs.csv words (按职责分工, 具体) before a role verb
    label_prefix: re.Pattern[str]  # 市级 / 县级 before a label (label_prefixes.csv)
    support_words: frozenset[str]  # 配合, 参与 …: a body that helps another; never the lead
    covers_all: re.Pattern[str]  # 共同 / 分别 before a verb: it holds for every body listed before it
    body_column: re.Pattern[str]  # 评分部门 / 督办单位: a column title naming bodies, whatever their role (if any)
    stem: re.Pattern[str]  # 民政 / 人口计生: a government function written short (department_stems.csv)

    def label_role(self, label: str) -> str:
        # A role word that begins with a prefix's text is read whole first (主要责任单位 leads; 主要协作单位 does not).
        whole = re.sub(r"\s", "", label)
        for word in (whole, self.label_prefix.sub("", whole, count=1)):
            role = next((role for w, role in self.roles.items() if word.startswith(w)), "")
            if role:
                return role
        return "responsible"

    def helps(self, words: str) -> bool:
        """Whether a label or verb says its bodies help another (配合单位, 协同责任单位, B配合)."""
        return any(w in words for w in self.support_words)

    def verb_role(self, verb: str) -> str:
        return "lead" if any(self.roles.get(w) == "lead" for w in self.roles if w in verb) else "responsible"


def _spaced(word: str) -> str:
    """A word that PDF extraction may have broken with spaces: 责 任 单 位."""
    return r"\s*".join(map(re.escape, word))


def _last_characters(ending: str) -> set[str]:
    """The characters a name with this ending ends with: each row's pattern ends with a literal character, or with
    one made optional (各地区? ends 各地 and 各地区)."""
    if ending.endswith("?"):
        return {ending[-2], ending[-3]}
    return {ending[-1]}


def after_none(word: str, before: str) -> str:
    """The word as a pattern that does not match right after any of `before` (社会|群团|党), each its own lookbehind
    (Python's are fixed-width)."""
    return "".join(f"(?<!{b})" for b in before.split("|") if b) + word


def _field_starts(labels: list[str]) -> str:
    """The field labels where a field begins: not inside a longer one (时限 in 完成时限), nor after the body label
    it is joined to (责任单位及完成时限：A，2024年底 — the list runs on past it)."""
    joined = "".join(f"(?<!{j})" for j in "及和与")

    def inside(label: str) -> str:
        longers = (longer for longer in labels if longer.endswith(label) and longer != label)
        return "".join(f"(?<!{longer[: -len(label)]})" for longer in longers)

    return "|".join(joined + inside(label) + _spaced(label) for label in labels)


@cache
def grammar() -> Grammar:
    roles = _rows("roles.csv")
    nouns = sorted((r["noun"] for r in _rows("label_nouns.csv")), key=len, reverse=True)  # 主体单位 before 主体
    infixes = "(?:" + "|".join(_spaced(r["infix"]) for r in _rows("label_infixes.csv")) + r")?\s*"
    label_words = [r["word"] for r in roles if "label" in r["forms"].split()]
    verb_words = sorted((r["word"] for r in roles if "verb" in r["forms"].split()), key=len, reverse=True)
    mark_words = [r["word"] for r in roles if "mark" in r["forms"].split()]
    support_words = frozenset(r["word"] for r in roles if "support" in r["forms"].split())
    prefixes = "(?:" + "|".join(_spaced(r["prefix"]) for r in _rows("label_prefixes.csv")) + r")?\s*"
    label = (
        prefixes
        + "(?:"
        + "|".join(_spaced(w) + r"\s*" + infixes + "(?:" + "|".join(map(_spaced, nouns)) + ")" for w in label_words)
        # 牵头：A；配合：B — a role word alone before a colon is a label too (inline task lists, table cells)
        + "|"
        + "|".join(_spaced(w) + r"(?=\s*[:：])" for w in label_words)
        + r")(?:\s*\((?:"
        + "|".join(nouns)
        + r"|人)\))?"  # 牵头单位（部门）：A — the label says what it may name
        # 责任单位及完成时限：A、B，2024年底 — one label for the bodies and the deadline after them
        + r"(?:\s*(?:及|和|与|、)\s*(?:"
        + "|".join(_spaced(r["label"]) for r in _rows("field_labels.csv") if r["kind"] == "time")
        + "))?"
    )
    adverb_rows = _rows("verb_adverbs.csv")
    adverbs = sorted((r["adverb"] for r in adverb_rows), key=len, reverse=True)
    duty = "(?:" + "|".join(map(re.escape, adverbs)) + ")*"
    # 组织 not after 社会: a verb word whose characters may end a body's name (各社会组织配合) is no verb there
    not_after = {r["word"]: r.get("not_after") or "" for r in roles}
    verb = duty + "(?:" + "|".join(after_none(w, not_after[w]) for w in verb_words) + ")+"
    work = "(?:" + "|".join(r["word"] for r in _rows("work_verbs.csv")) + ")"
    shapes = tuple(
        Shape(
            r["shape"],
            re.compile(r["template"].replace("{label}", label).replace("{verb}", verb).replace("{work}", work)),
            r["role"],
        )
        for r in _rows("shapes.csv")
    )
    # A（牵头）, A[牵头], A【牵头】, A〔牵头单位〕: a mark in any bracket after the name
    mark = re.compile(r"[(\[【〔](?:" + "|".join(mark_words) + r")(?:" + "|".join(nouns) + r")?[)\]】〕]$")
    declarations = tuple((r["kind"], re.compile(r["pattern"])) for r in _rows("declarations.csv"))
    ending_rows = _rows("body_endings.csv")
    endings = sorted((r["ending"] for r in ending_rows), key=len, reverse=True)
    role_of = {r["word"]: r["role"] for r in roles}
    lead_verbs = "(?:" + "|".join(w for w in verb_words if role_of[w] == "lead") + ")"
    field_labels = [r["label"] for r in _rows("field_labels.csv")]
    fields = "|".join(map(_spaced, field_labels))
    persons = [r["label"] for r in _rows("field_labels.csv") if r["kind"] == "person"]
    person_word = "(?:" + "|".join(_spaced(label) for label in sorted(persons, key=len, reverse=True)) + ")"
    scope_rows = _rows("scopes.csv")

    def scope_words(part: str) -> str:
        return "|".join(sorted((r["word"] for r in scope_rows if r["part"] == part), key=len, reverse=True))

    count = rf"(?P<count>[0-9０-９一二两三四五六七八九十]+)(?:{scope_words('count')})"
    nouns_ = rf"(?:{scope_words('noun')})+"

    def scope(openers: str) -> re.Pattern[str]:
        return re.compile(rf"(?:{openers})(?:{count}(?:{nouns_})?|{nouns_})(?:均|都|统一|的)?(?:由|请)?")

    scope_above = scope(scope_words("opener"))
    # …and the phrase that says the statement is its own item's (本项 / 此项工作), read past as well
    item_itself = rf"(?:{scope_words('self')})(?!目)(?:{nouns_})?(?:均|都|统一|的)?(?:由|请)?"  # 本项目 is a project
    scope_any = re.compile(scope(scope_words("opener") + "|" + scope_words("below")).pattern + "|" + item_itself)
    return Grammar(
        roles=role_of,
        label=re.compile(label),
        label_prefix=re.compile("^" + prefixes),
        support_words=support_words,
        covers_all=re.compile("|".join(r["adverb"] for r in adverb_rows if r["covers"] == "all")),
        verb=re.compile(verb + "$"),
        # (its closing bracket may lie past the statement's end: a label line without a 。 stops at its verb)
        verb_bracket=re.compile(r"[(（](" + verb + r")(?:[)）]|$)(?=$|[,，;；。])"),
        mark=mark,
        support_mark=re.compile(
            r"[(\[【〔](?:" + "|".join(sorted(support_words)) + r")(?:" + "|".join(nouns) + r")?[)\]】〕]$"
        ),
        # 【牵头单位】A【完成时限】2024年底: a field in brackets ends the list before it, as a body label does
        bracketed_label=re.compile(r"[【\[〔]\s*(" + label + "|" + fields + r")\s*[】\]〕]"),
        bracketed_role=re.compile(r"[【\[〔]\s*(" + "|".join(map(_spaced, label_words)) + r")\s*[】\]〕]"),
        shapes=shapes,
        declarations=declarations,
        body_end=re.compile(r"(?:" + "|".join(endings) + r")(?:\([^()]*\))*$"),
        body_last="".join(sorted({c for e in endings for c in _last_characters(e)})),
        self_named=re.compile("(?:" + "|".join(r["ending"] for r in ending_rows if r["self_named"] == "yes") + ")$"),
        field=re.compile("(?:" + _field_starts(field_labels) + r")\s*[:：]"),
        field_word=re.compile("(?:" + fields + ")"),
        person_field=re.compile(person_word + r"\s*[:：]"),
        person_word=re.compile(person_word),
        task_field=re.compile(
            r"^\s*(?:"
            + "|".join(_spaced(r["label"]) for r in _rows("field_labels.csv") if r["kind"] == "task")
            + r")\s*[:：]?"
        ),
        label_line=re.compile(
            r"(?m)^[ \t]*(?:" + label + "|" + fields + r")[ \t]*\n(?![ \t]*(?:\n|" + label + "|" + fields + "))"
        ),
        statement_label=re.compile(
            "(?:" + "|".join(_spaced(r["label"]) for r in _rows("statement_labels.csv")) + r")\s*[:：]\s*"
        ),
        label_words=frozenset(label_words),
        label_openers=tuple(sorted({*label_words, *(r["prefix"] for r in _rows("label_prefixes.csv"))})),
        # a word before the noun: 单位 alone over %, 万亩 is the unit of a target, not a body
        body_column=re.compile(r"^\s*\S.*(?:" + "|".join(map(_spaced, nouns)) + r")\s*$"),
        work=re.compile(work),
        stem=re.compile(
            "(?:" + "|".join(sorted((r["stem"] for r in _rows("department_stems.csv")), key=len, reverse=True)) + ")$"
        ),
        duty=duty,
        lead_verb=re.compile(lead_verbs),
        lead_end=re.compile(lead_verbs + "$"),
        scope_above=scope_above,
        scope_any=scope_any,
        heading_shapes=tuple(
            Shape(r["shape"], re.compile(r["template"].replace("{verb}", verb)), "verb")
            for r in _rows("heading_shapes.csv")
        ),
    )
