"""Duty clauses: one grammar (grammar/duty.lark) for own-line fields and inline clauses.

A clause becomes a tuple of ``Field``s; ``assemble`` turns the fields of one item
into ``Duties`` (who leads, who cooperates), given how the notice labels things.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal

import attrs
from lark import Token, Tree
from lark.exceptions import LarkError

from fyplan import fastpaths, units
from fyplan.deadlines import LAST_CHARACTERS, THIS_WORK, read_deadline
from fyplan.grammars import duty_parser, lexicon
from fyplan.hanzi import simplified
from fyplan.lazyre import lazy
from fyplan.model import Duties, Unit, open_ended

# "shared": names a verb that shares the work out gives (甲局、乙局等按职责分工负责) with no lead beside them: they
# cooperate, unless the notice says its first-listed unit leads (then they are those responsible; see _assemble).
Kind = Literal["leaders", "person", "lead", "cooperating", "responsible", "shared", "deadline", "division"]


# (县直牵头部门, 市直配合单位: the level's own departments — 县直 — in a township's list of duties, the same roles)
_LEVEL_PREFIX = re.compile(r"^[省市区县][级直]?(?=牵头|协同|配合|协办|协助|参与|责任|承办|主办|主责)")


# (a body's head named after the body: 牵头单位负责人, 责任部门负责人 — a note of the body's, no leader's label)
_UNIT_WORDS_HEADS = ("单位负责人", "部门负责人", "单位负责同志", "部门负责同志")


def label_kind(label: str) -> Kind:
    """What a label word means: 牵头负责领导 → leaders, 配合单位 → cooperating, …"""
    word = _LEVEL_PREFIX.sub("", simplified(label))  # 省牵头单位: the province's lead unit
    if word.removeprefix("问题") == "整改责任":
        return "division"  # 整改责任:甲局牵头,乙局配合: the groups carry their own verbs, as under 分工:
    if word.startswith(("整改", "问题整改")) and not word.endswith(("时限", "期限", "时间")):
        # 整改牵头单位, 整改配合单位, 整改责任领导: the rectification's roles, named as any list's are
        word = word.removeprefix("问题").removeprefix("整改") or word
    if word.startswith("主要") and not word.startswith("主要责任"):
        word = word[2:]  # 主要协作单位, 主要牵头单位: the role after 主要 (主要责任单位 alone says the lead)
    if (
        "领导" in word
        or word.startswith("分管")
        or (word.startswith(("主管", "常务副")) and word.endswith("长"))
        or word == "项目长"  # (a project's head, who answers for it: 项目长制)
        or word == "领衔督办"  # (领衔督办:副市长X — the leader who heads a proposal's follow-up)
    ):
        return "leaders"  # 分管副市长, 主管县长, 常务副市长: a leader's title as the label
    if word.endswith(("负责人", "负责同志")) and not word.endswith(_UNIT_WORDS_HEADS):
        return "leaders"  # 牵头负责人, 分管负责同志: the leader in charge (not 牵头单位负责人: a body's head)
    if word == "牵头责任人":
        # (牵头责任人:甲,具体责任人:乙、丙 — the leader heading the task; the others, staff, its persons)
        return "leaders"
    if word.endswith("责任人") and "单位" not in word:
        return "person"  # 责任人:陈某, the person answering (not 牵头单位及责任人): a leader, after a 领导 field's
    if (
        "时限" in word
        or "期限" in word
        or "时间" in word
        or "节点" in word
        or word.endswith(("日期", "时点", "年限"))
        or word == "进度安排"
    ):
        return "deadline"
    if "分工" in word:
        return "division"
    if word.startswith(
        (
            "协同",
            "配合",
            "协办",
            "协创",  # 协创单位: a 创建 campaign's (文明城市, 卫生城市) helping body, as 协办
            "协助",
            "参与",
            "参加",
            "其他",
            "其它",
            "相关",
            "次要",
            "协作",
            "联办",
            "会办",
            "监督责任",
            "监管责任",
            "支持",  # 支持单位: those who support the work help
            "合作",  # 合作单位: those the lead works with
            "参办",
            "共同责任",  # 共同责任单位: those who answer beside the lead
        )
    ):
        return "cooperating"  # 其他责任单位: the units beside the 主要责任单位
    if (
        word.startswith(
            (
                "牵头",
                "总牵头",  # 总牵头单位: the part's overall lead, a lead (first among them: scope.Roles.overall)
                "主办",
                "主创",  # 主创单位: a 创建 campaign's lead body, as 主办
                "主责",
                "主抓",
                "主要责任",
                "第一责任",
                "首要责任",
                "主体责任",
                "责任牵头",
                "主管",
                "主承办",
            )
        )
        or "或牵头" in word
    ):
        # 主要责任单位: the main one, the lead; 责任单位或牵头单位: a header that says the unit leads
        return "lead"
    return "responsible"


def verb_kind(verb_group: str) -> Kind:
    """市发改委牵头, 甲局、乙局分别牵头, 省财政厅主办 → lead; 有关部门按职责分工负责, 市财政局配合,
    省国税局协办 → cooperating; 市财政局负责 → responsible: a list with no lead word, read like a bare
    责任单位 field (it leads, or its first unit leads under a 列第一位为牵头 note, or it cooperates
    beside a 牵头 group)."""
    verb = _VERB_TAIL.search(verb_group)
    word = simplified(verb.group(0) if verb else verb_group)
    if word.endswith(("亲自抓", "具体抓", "亲自抓、负总责", "具体抓、负总责")):
        # (X要亲自抓、负总责: must, and a second verb of the leader)
        word = _MUST.sub("", word).removesuffix("、负总责")
    if len(word) > 2 and word.endswith(("做好", "开展", "实施")) and not word.endswith("具体实施"):
        word = word[:-2]  # 负责实施, 配合做好: the role is the verb before the work's (具体实施 is the role itself)
        word = word.removesuffix("组织") if len(word) > 2 else word  # (负责组织实施: who organises it answers)
    if word in ("分管", "领衔", "领衔督办", "亲自抓", "具体抓", "挂帅", "挂帅督办", "包保") or (
        # (分管副市长赵光明负责督办, 副市长甲、副市长乙共同督办: 负责 or 共同 before the verb that oversees, the same leader)
        (word[2:] if word[:2] in ("负责", "共同") and word[2:] in ("督办", "督促", "协调", "统筹") else word)
        in ("协调", "统筹", "统筹协调", "督办", "督促", "督导", "联系")
        and (_TITLED_BEFORE.search(verb_group) or verb_group[: -len(word)].rstrip().endswith(("长", "長")))
    ):
        # 刘明远副市长分管, 由副区长吴志鹏领衔: the leader who oversees (or heads) the work, named with a title
        return "leaders"
    if "分工" in word:
        return "cooperating"
    if (word.endswith(("负责", "负总责", "牵头")) or word in ("主抓", "抓总")) and _people_answer(verb_group, verb):
        # (由县长赵立新同志总负责, 局长彭国华负总责, 副市长王刚、李明牵头: people who answer lead the work as its
        # leaders, in the order the clause names them with those who 具体抓 or 分管 it)
        return "leaders"
    if "牵头" in word or word.endswith(("主办", "承办", "抓总", "主抓")) or word in ("统筹", "统筹协调"):
        # (县发改局统筹协调: the body that coordinates the work leads it; a titled person so is its leader, above)
        return "lead"
    if word.endswith(("负责", "承担", "其责", "具体实施")):  # (各负其责: each answers for its part, as 负责)
        return "responsible"
    return "cooperating"


def _people_answer(verb_group: str, verb: re.Match[str] | None) -> bool:
    """Are the names before the verb of ``verb_group`` people only (titled, or bare after a titled one)?"""
    # (由市长高振东同志亲自负责: the adverb before the verb is no part of the name)
    names = verb_group[: verb.start()].strip().removeprefix("由") if verb else ""
    return _titled_people(names.removesuffix("亲自").removesuffix("親自"))


def _titled_people(names: str) -> bool:
    """Do ``names`` name people only, each titled or sharing a title (副县长马建国、孙志刚; 厅党组成员、副厅长X同志)?"""
    if units.TITLE_HINT.isdisjoint(names):
        return False  # (most groups name bodies: no character of a title)
    return units.people_only(units.split_names(names))


_VERB_TAIL = re.compile(f"(?:{lexicon('VERB')})$")
_MUST = re.compile(r"^(?:要|应|须|必须)")
# 副市长王建华协调, 副检察长刘 伟督办 (负责督办 too), 副市长张雅楠同志统筹: a title and a name before a verb that coordinates or oversees (县委督查室督办 is a
# body that checks the work is done; 乙局督导 a body that guides it: both help).
_TITLED_BEFORE = re.compile(
    r"(?:[长長]|助理)(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff] [\u4e00-\u9fff]{1,2})(?:同志)?"
    r"(?:(?:负责|負責|共同)(?=督|协|協|统|統)|(?:挂帅|掛帥|领衔|領銜)(?=督))?"
    r"(?:协调|協調|统筹|統籌|督办|督辦|督促|督导|督導)(?:协调|協調)?$"
)


def verb_stripped(group: str) -> str:
    """A group of names without the role verb that closes it (甲局、乙局配合 → 甲局、乙局)."""
    return _VERB_TAIL.sub("", group)


def names_and_verbs(text: str, every_group: bool = False) -> bool:
    """Is every group of the text (between commas) bodies' names, maybe closed by a role verb (甲局牵头,乙局、丙行配合),
    not a task's words (开展农村河塘清淤,各村配合)? ``every_group``: and none of them is empty or a verb alone."""
    for group in re.split(r"[,;]", text):
        names = verb_stripped(group.strip())
        if not names:
            if every_group:
                return False
            continue
        if not all(units.looks_like_unit(n) for n in re.split(r"[、 ]", names) if n):
            return False
    return True


# A group that says when, not who: 2024年12月底前完成, 年底前, 长期坚持.
# (此项工作长期坚持: the work named again before when it is due — still only when)
_DEADLINE = re.compile(f"^(?:{THIS_WORK})?(?:{lexicon('DEADLINE')})$")
_THIS_WORK_FIRST = re.compile(f"^{THIS_WORK}")
# A group's verb that says it carries the work out (具体落实, 组织实施), and one that says it helps (配合, 协同推进).
_DOING = re.compile(r"(?:具体落实|具體落實|组织实施|組織實施|具体实施|具體實施|负责落实|負責落實)$")
_HELPING = re.compile(r"(?:配合|协助|協助|协同推进|協同推進|给予支持|給予支持)(?:做好|开展|開展)?$")
_DEADLINE_FIRST = lazy(f"^(?:{lexicon('DEADLINE')})")
_AND = lazy(r"(?<=[\u4e00-\u9fff]{2})及(?=[\u4e00-\u9fff]{2})")


@attrs.frozen
class Field:
    """One field of a clause: its kind, its label as written, its groups (kind, names text)."""

    kind: Kind
    label: str
    groups: tuple[tuple[Kind, str], ...]
    text: str


@attrs.frozen
class Clause:
    fields: tuple[Field, ...]
    problem: str | None = None
    # Fields whose label names no duty (数据提供单位:…, 项目责任人:…, 实际完成情况:…): left out of
    # the duties, as (label, value), so the other fields of the clause are still read.
    others: tuple[tuple[str, str], ...] = ()


def _field(tree: Tree[Token]) -> Field:
    label = ""
    kind: Kind = "responsible"
    groups: list[tuple[Kind, str]] = []
    verbed: list[bool] = []  # which groups end in a role verb (甲局牵头, 乙局负责)
    raws: list[str] = []  # each group as written
    sharing: list[bool] = []  # which verbs share the work out among a list (按职责分工负责)
    for child in tree.children:
        if isinstance(child, Token) and child.type == "FIELD_LABEL":
            label = str(child)
            kind = label_kind(label)
        elif isinstance(child, Tree):
            for group in child.children:
                assert isinstance(group, Tree)
                tok = group.children[0]
                assert isinstance(tok, Token)
                text = str(tok).strip()
                if text[:1] in "请請" and text[1:2] not in ("示", "求", "假", ""):
                    text = text[1:]  # (请县自然资源局负责做好…: the minutes ask the body; 请 is no word of its name)
                raws.append(text)
                verbed.append(tok.type == "VERB_NAMES")
                sharing.append(tok.type == "VERB_NAMES" and "分工" in simplified(text))
                if kind != "deadline" and (_DEADLINE.match(text) or _when_then_work(text)):
                    groups.append(("deadline", _THIS_WORK_FIRST.sub("", text)))  # (…牵头,…参与,2024年12月底前完成)
                elif kind == "division" and tok.type == "NAMES" and (due := _DEADLINE_FIRST.match(text)) is not None:
                    # 整改责任:甲局牵头,乙局配合,9月30日前计划新开工项目全部开工建设: under a label whose groups say
                    # who does what by their verbs, a group that opens with when says when it is due, however long
                    groups.append(("deadline", due.group()))
                elif tok.type == "VERB_NAMES":
                    # In the verb form 及 joins two bodies: 各有关部门及各县市区政府.
                    names = _AND.sub("、", _MANNER.sub("", _VERB_TAIL.sub("", text)))
                    if "配合" in names or "協助" in names or "协助" in names:
                        names = _HELPS_INSIDE.sub("、", names)  # 省人事厅配合省委有关部门落实: both answer
                    if "由" in names and (by := _PART_BY.match(names)) is not None:
                        names = names[by.end() :]  # 储备任务由各乡镇承担: a part of the work, and who bears it
                    if "牵头" in names and (inner := _LEADS_INSIDE.search(names)) is not None:
                        # 县司法局牵头各行政机关负责 (no comma between the groups): the first leads, a group of its own.
                        groups.append(("lead", names[: inner.start()]))
                        verbed.insert(len(verbed) - 1, True)
                        sharing.insert(len(sharing) - 1, False)
                        raws.insert(len(raws) - 1, names[: inner.end()])
                        names = names[inner.end() :]
                    if kind == "leaders" and _people_only(names):
                        # 责任领导:县长蓝志勇负总责,副县长黄春梅具体抓: in a leaders field, how each leads is a note
                        groups.append(("leaders", names))
                    else:
                        groups.append((verb_kind(text), names))
                else:
                    # Under 部门分工: the groups carry their own verbs (甲牵头,乙,丙等配合), as with no label.
                    groups.append((kind if kind != "division" else "responsible", text))
    if "责任人" in label or "責任人" in label:
        # 牵头单位及责任人:市发改委(林志强): the person answering for each unit, in a bracket after its
        # name, is neither part of the name nor a leader of the item.
        groups = [(k, _PERSON_AFTER.sub(_unless_body, t)) for k, t in groups]
    division = tree.data == "unlabelled" or kind == "division"
    if division and (any(verbed) or any(g[0] != "responsible" for g in groups)):
        kind = "division"
        # A verb ends the run of groups before it: 甲局,乙局,各县政府配合 — all three cooperate.
        after: Kind | None = None  # the kind of the nearest verb group after this one
        for k in range(len(groups) - 1, -1, -1):
            if verbed[k] or groups[k][0] != "responsible":
                after = groups[k][0] if groups[k][0] != "deadline" else after
            elif after is not None:
                groups[k] = (after, groups[k][1])
        doing = [k for k in range(len(groups)) if verbed[k] and _DOING.search(raws[k])]
        helping = [k for k in range(len(groups)) if verbed[k] and _HELPING.search(raws[k])]
        named_lead = any(g[0] in ("lead", "responsible") and not _people_only(_VERB_TAIL.sub("", g[1])) for g in groups)
        if not named_lead and len(doing) == 1 and helping and doing[0] < min(helping):
            # 县农业农村局具体落实,县财政局配合 / 区教育局组织实施,区财政局配合: with no lead named, the body that
            # carries the work out beside those who help it leads (具体落实 beside a lead, or alone, helps)
            groups[doing[0]] = ("lead", groups[doing[0]][1])
        if any(sharing) and not any(g[0] == "lead" for g in groups):
            # 甲委、乙厅按职责分工负责,各市政府按属地(分别)负责: beside bodies that share the work out, those that answer
            # for their own part of it (负责) lead no more than they do — all answer alike (the collection rule)
            groups = [
                ("shared", g[1]) if g[0] == "responsible" and verbed[k] and _ANSWERS_OWN.search(raws[k]) else g
                for k, g in enumerate(groups)
            ]
        if not any(g[0] in ("lead", "responsible") for g in groups):
            # 甲委、乙厅等按职责分工负责 with no lead: those the sharing verb speaks for (back to the last other verb)
            # are "shared" — a 列第一位者为牵头单位 note makes the first of them the lead.
            shared_after = False
            for k in range(len(groups) - 1, -1, -1):
                if verbed[k]:
                    shared_after = sharing[k]
                if shared_after and groups[k][0] == "cooperating":
                    groups[k] = ("shared", groups[k][1])
    elif kind == "responsible" and any(verbed) and not any(sharing) and not all(verbed):
        # 责任单位:市政府各有关部门,各县市区人民政府负责落实 — a verb of answering (负责, 负责落实) in the label's list says
        # what the label says: its group answers as the verbless groups do, all alike (…负责落实 reads as …负责 and as no
        # verb at all). (责任单位:甲局,乙局配合: a helper's verb is that group's alone — 甲局 answers as the label says.)
        for k, raw in enumerate(raws):
            if verbed[k] and _ANSWERS_OWN.search(raw):
                groups[k] = ("responsible", groups[k][1])
    elif kind == "responsible" and any(sharing):
        # 责任单位:甲委、乙厅,丙公司,四市政府按职责分工负责 — a verb that shares the work out speaks for
        # every group of the list before it (back to the last other verb), not for its own group only: the
        # whole run is the list of those responsible, as a bare 责任单位 is (so a 列第一位为牵头 note makes
        # its first name the lead).
        shared = False
        for k in range(len(groups) - 1, -1, -1):
            if verbed[k]:
                shared = sharing[k]
                if shared:
                    groups[k] = ("responsible", groups[k][1])
            elif shared and groups[k][0] == "responsible":
                groups[k] = ("responsible", groups[k][1])
    text = ",".join(g[1] for g in groups)
    if kind == "deadline" and len(groups) > 1:
        # 完成时限:计划5月实施,9月完工: one deadline, as written; a group with its own role verb after it
        # (完成时限:年底前,各乡镇配合) still names those it names, unless it says a time (年底前全面落实).
        # (…基建任务;12月底前全部落实: the group as written says a time, its verb the work's — 12月底前全部 is no name)
        named = [
            v and not _DEADLINE.match(g[1]) and not _DEADLINE.match(raw)
            for g, v, raw in zip(groups, verbed, raws, strict=True)
        ]
        when = ",".join(raw for raw, n in zip(raws, named, strict=True) if not n)
        timed: list[tuple[Kind, str]] = [("deadline", when)] if when else []
        groups = [*timed, *(g for g, n in zip(groups, named, strict=True) if n)]
    return Field(kind, label, tuple(groups), text)


# 负责 said of a body's part (负责, 按属地负责, 分别负责, 负责落实): no lead's word. (甲办负责,乙单位、丙政府按职责分工负责落实:
# no lead either — the collection rule, as review280 04's writer reads it; a helper's review would have 甲办 lead, the
# shared README's rule does not.)
_ANSWERS_OWN = re.compile(r"(?:按属地|按屬地|分别|分別)?(?:分别|分別)?(?:负责|負責)(?:落实|落實)?$")


# A role verb between two bodies' names in one verb's group, the comma left out: 牵头 (甲局牵头乙局负责: two
# groups) or 配合 / 协助 (甲厅配合乙部门落实: two bodies, no name). After how a body's name ends, before a name.
_AFTER_BODY = r"(?<=[局委办厅府会部室组队站所院心司])"
_LEADS_INSIDE = re.compile(_AFTER_BODY + r"牵头(?=[\u4e00-\u9fff]{2})")
_HELPS_INSIDE = re.compile(_AFTER_BODY + r"(?:配合|协助|協助)(?=[\u4e00-\u9fff]{2})")
# How the bodies are to do it, between their names and the verb (市政府各部门按照“谁主管、谁负责”的原则抓好落实, 各县按照
# 省里的部署组织落实, 各乡镇按要求配合): no name, though a quoted motto's 、 would split it into two.
_MANNER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:按照|依照|按)(?:[“\"「][^”\"」]{1,24}[”\"」]|[^、,;“”\"]{2,16}?)?的?"
    r"(?:原则|原則|要求|规定|規定|部署|精神|分工|任务|任務)$"
)
# The words before 由 in a verb's group (储备任务由各乡镇 承担): the part of the work, not a name (not 自由).
_PART_BY = re.compile(r"^[^、,;由]{1,12}?(?<!自)由(?=[\u4e00-\u9fff])")
_PERSON_AFTER = re.compile(r"\(([^()、,;]{2,12})\)(?=[、,;]|$)")


def _unless_body(m: re.Match[str]) -> str:
    # A body's other name stays, and so does a mark of a role (县统计局(配合)): read by units.split_names.
    return m.group(0) if units.ends_like_unit(m.group(1)) or units.is_role_mark(m.group(0)) else ""


def _label_regex() -> str:
    """The label words, as duty.lark defines them (one vocabulary for grammar and Python):
    ``FIELD_LABEL: LABEL /(?= *:)/``, written out from the lexicon rather than read from the built
    parser, so that importing the reader does not build the duty grammar (~10 ms of every command
    that reads; most notices never need it: the fast path reads their clauses). A test holds the
    two equal."""
    return f"(?:{lexicon('LABEL')}|{lexicon('ROLE_WORD')})(?= *:)"


# Labelled fields after an item's sentence on its own line: …。牵头单位:市发改委;责任单位:市财政局
TRAILING_LABEL = re.compile(r"(?<=[。;,\s])(?:" + _label_regex() + r") *:")


# How a leader named in a sentence of an item leads (县长王刚负总责, 副县长李红具体抓, 副镇长韦丽萍具体负责).
_LEADS_HOW = re.compile(r"(?:[亲親]自|具[体體]|全面)?(?:[负負][总總]?[责責]|抓|主抓|分管|[挂掛][帅帥]|[牵牽][头頭])?$")


def leaders_sentence(sentence: str) -> str | None:
    """An item's sentence that only names its leaders (县长王刚负总责,副县长李红具体抓 / 副县长李红、副县长周建平), each a
    titled person or a post alone, maybe with how they lead: as a leaders field (责任领导:王刚、李红); None for any
    other sentence."""
    said = sentence.strip().rstrip("。.;")
    if not said or len(said) > 60 or not any(ch in said for ch in "长長记記任席导導"):
        return None  # (a quick look: a leader's post ends in one of these)
    people: list[str] = []
    for group in re.split(r"[,;]", said):
        names = [n.strip() for n in _LEADS_HOW.sub("", group.strip()).split("、") if n.strip()]
        if not names:
            return None
        for k, name in enumerate(names):
            person = units.titled_person(name)
            if person is None and k + 1 < len(names) and units.is_post(name):
                continue  # 县委常委、政法委书记孙波: offices of the titled person after them (or leaders' posts: checked below)
            if person is None and not units.post_alone(name):
                return None
            people.append(person or name)  # (a group's last name is never skipped: each adds someone)
    return f"责任领导:{'、'.join(people)}"


# A group of a clause naming who follows the work up (县委督查室、县政府督查室跟踪督办, 市政府督查室督查): a body
# that checks the work is done, beside those who do it. (督导, a department's guidance, cooperates: the lexicon.)
_OVERSEES = re.compile(r"^[^:;,]+?(?:负责|负責)?(?:跟踪|跟蹤|全程)?督[办辦查](?:落实|落實)?[,;]?$")


# A label, its colon, then at once another label or role word with its colon (责任单位:牵头:…).
_LABEL_OVER_LABELS = lazy(f"(?:{lexicon('LABEL')}) *: *(?=(?:{lexicon('LABEL')}|{lexicon('ROLE_WORD')}) *:)")


def _groups_to_note(body: str, note: str | None, says: Callable[[str], bool], first: int) -> tuple[str, str | None]:
    """The clause without its groups (parted by , or ;) from the ``first`` on that ``says`` holds for, and the note
    with them added after a comma, in order; the clause and the note as they were where there is none."""
    pieces = re.split(r"(?<=[,;])", body)
    moved = [k for k in range(first, len(pieces)) if says(pieces[k])]
    if not moved:
        return body, note
    for k in moved:
        group = pieces[k].rstrip(",;")
        note = group if note is None else f"{note},{group}"
    kept = set(range(len(pieces))).difference(moved)
    return "".join(p for k, p in enumerate(pieces) if k in kept).rstrip(",;"), note


def oversees(group: str) -> bool:
    """县委督查室、县政府督查室跟踪督办: a group naming who follows the work up, not who does it."""
    return _OVERSEES.match(group) is not None and _TITLED_BEFORE.search(group.rstrip(",;")) is None


# The label an item note gets for a sentence written after a clause's names.
NOTE_LABEL = "附注"


def note_split(clause: str) -> tuple[str, str | None]:
    """A clause and the note sentence after its names (…园区管委会。以下政策措施均需…不再单独列出), or
    None. Names after a stray 。 (协同责任单位:县税务局。 县统计局) are no note: they stay in the list."""
    if " " in clause and (table := _figures_after(clause)) is not None:
        return table
    if "。" in clause:
        first, rest = clause.split("。", 1)
        if _FIELD_START.match(rest) and first.strip():
            # 由市环保局牵头落实。配合单位:甲、乙。效能监督单位:丙: sentences of one clause, each a field.
            return note_split(f"{first};{rest}")
        if not _ROLE_LABEL.search(rest) and _names_then_verb(rest):
            # 县教育局牵头。县财政局配合: a stray 。 between two groups of one clause.
            return f"{first},{rest}", None
        if not _ROLE_LABEL.search(rest):
            rest = rest.strip().rstrip("。. ")
            if rest and units.ends_like_unit(first) and _only_bodies(rest):
                return f"{first}、{rest}", None
            if rest and _DEADLINE.match(rest):
                return f"{first},{rest}", None  # …配合。2025年12月底前完成: the clause's deadline
            if (
                rest
                and _LEADER_FIELD.search(first)
                and all(PERSON_NAME.match(n) for n in _NAME_SEPARATORS.split(rest) if n)
            ):
                return f"{first}、{rest}", None  # 牵头负责领导:王强。 李娜
            return first, rest or None
    return clause, None


def _figures_after(clause: str) -> tuple[str, str] | None:
    """配合单位:市公安局、各区政府 鄞州 海曙、江东 合计 新辟线路 2 5 1 … — a page on one line, where a table of
    figures follows the names: the names up to the first space-parted word that is no body's name; the rest
    (the table's words and figures) the note. None where no run of bare figures stands in the clause."""
    m = _FIGURES.search(clause)
    if m is None:
        return None
    pieces = clause[: m.start()].split(" ")
    kept = [pieces[0]]
    for piece in pieces[1:]:
        names = [n for n in _NAME_SEPARATORS.split(piece) if n]
        if not names or not all(units.looks_like_unit(n) for n in names):
            break
        kept.append(piece)
    cut = len(" ".join(kept))
    return clause[:cut].rstrip(), clause[cut:].strip()


# Two or more figures parted by spaces (a table's cells: 2 5 1 2 10), never in a list of names.
_FIGURES = re.compile(r"(?: \d+(?:\.\d+)?%?){2,}(?= |$)")


# A sentence that starts with a label of bodies or leaders and its colon (配合单位:…, 效能监督单位:…): a field, not
# a note (备注:…, 说明:… stay notes).
_FIELD_START = re.compile(r"^ *[\u4e00-\u9fff]{0,6}(?:单位|部门|單位|部門|领导|領導|处室|科室):")


def _names_then_verb(text: str) -> bool:
    """县财政局、县自然资源局配合(,…) / 副市长高德明负责: names of bodies or titled people, then the verb that gives
    their role."""
    group = re.split(r"[,;]", text, maxsplit=1)[0].strip()
    verb = _VERB_TAIL.search(group)
    names = group[: verb.start()] if verb else ""
    parts = [n for n in names.split("、") if n]
    # (副市长高德明负责: a person by their post answers as a body does)
    return bool(parts) and all(
        (units.looks_like_unit(n) or units.titled_person(n) is not None) and not _SENTENCE_WORD.search(n) for n in parts
    )


# Words of a sentence, never of a body's name: 以下各项均需各街道落实 is no list of names.
_SENTENCE_WORD = re.compile(r"^(?:以下|上述|以上|其他|其它|所有)|[需均应须将]")


def without_note(clause: str) -> str:
    """A clause without a note sentence after its names (see ``note_split``)."""
    return note_split(clause)[0]


_LEADER_FIELD = re.compile(r"[领領][导導] *:[^;:]*$")
PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def a_person(said: str) -> bool:
    """A person: a name with a common surname first, maybe with a title (副市长方振华) or an office and a title
    before it (管委会副主任韩志鹏; 同志 after the name is no part of it)."""
    said = said.removesuffix("同志")
    if PERSON_NAME.match(said) and units.surname().match(said):
        return True
    if units.titled_person(said) is not None:
        return True
    person = units.person_after_office(said)
    return person is not None and units.named_after_post(person)


_NAME_SEPARATORS = re.compile(r"[、,\s]+")


def _only_bodies(text: str) -> bool:
    """甲局、乙局 or 甲局 乙局: only names of bodies, no sentence (建设进度较慢的县区为舒城县 ends as a body's name
    does, but says something of one: 的 … 为)."""
    return all(
        len(n) <= 20
        and units.looks_like_unit(n)
        and not _SAYS_OF.search(n)
        and (len(n) <= 4 or units.ends_like_unit(n) or _collective(n))  # 各县区均已按时足额发放: a sentence
        for n in _NAME_SEPARATORS.split(text)
        if n
    )


def _collective(name: str) -> bool:
    """各村(社区), 各农业经营主体: a collective (各 and no sentence's words), however it ends; 各县区均已按时
    足额发放 says something of one."""
    return name.startswith("各") and _SAYS_SO.search(name) is None


# Adverbs of a sentence, in no collective's name (各乡镇均已…, 各县区要…).
_SAYS_SO = re.compile(r"均|已|都|要|将|应|须|需|并|也|正在|按时|负责|做好|抓好|牵头|配合|落实|开展|推进|完成")


# What a sentence says of a body, never in a body's name: …的县区为舒城县, …的为开发区.
_SAYS_OF = re.compile(r"的[\u4e00-\u9fff]{0,8}为(?!民)")


# A bracket after a name that tells how to reach the body or where its list is (区城管局(联系电话:0591-…), 市应急局
# (值守邮箱:…@…), 各街道(改造清单见http://…)): a note on the name, no alias and no field (its colon broke the clause).
# (The bracket first, its lookbehind after: a pattern that opens with a literal is searched for it at C speed.)
# (责任人:马海龙), (责任人:副检察长李成德), (责任人:韩 莉、马秀兰): a bracket that names the person answering, by its label.
_PERSON_BRACKET = re.compile(r"\((?:第一|主要|直接|具体|具體)?[责責]任人:(?P<people>[^():;]{2,40})\)")
_CONTACT_BRACKET = re.compile(
    r"\((?<=[\u4e00-\u9fff]\()(?P<inner>[^()]*?(?:联系|聯繫|电话|電話|邮箱|郵箱|[Ee]-?mail|网址|網址|QQ|微信|传真|傳真|手机|手機"
    r"|(?:详|詳|另)?[见見](?=附|[A-Za-z])|https?://|www\.|@|\d{3,4}-\d{7,8}|1\d{10})[^()]*)\)"
)


def _without_contacts(body: str, note: str | None) -> tuple[str, str | None]:
    """The clause without its names' contact brackets, and those brackets' words added to its note."""
    said = [m.group("inner").strip() for m in _CONTACT_BRACKET.finditer(body)]
    for words in said:
        note = words if note is None else f"{note}。{words}"
    return _CONTACT_BRACKET.sub("", body), note


_NOT_LISTED_AGAIN = re.compile(
    r"[;,]?(?:以下|下列|所有|各项)[^。;:]{0,8}?(?:工作|任务)(?:均|都)(?:需|须|要|由)[^。;:]{2,40}?"
    r"(?:落实|配合|参与|负责)[^。;:,]{0,6}?,不再(?:一一|逐一|单独)?(?:列出|列明|注明|标注|标明)"
)


# A field saying when alone (完成时限:…, 时限要求:…), its sentence closed, then one bracket to the end (its names may hold
# brackets of their own: 各县(市、区)).
_BRACKET_AFTER_WHEN = re.compile(
    r"^(?P<when>[^;:(]{0,8}(?:时限|時限|时间|時間|期限|节点|節點)[^;:(]{0,4}:[^;:()]+?)[。.]\s*"
    r"\((?P<inner>(?:[^()]|\([^()]*\))+)\)$"
)


# A role's two characters a PDF's spacing parted (按职责分工负 责, 牵 头, 配 合): one word, no space between two names.
_SPACED_ROLE = re.compile(
    r"(?<=[负負])\s+(?=[责責])|(?<=[牵牽])\s+(?=[头頭])|(?<=配)\s+(?=合)|(?<=[协協])\s+(?=[办辦同助])"
)


@lru_cache(maxsize=64)  # its callers keep their own caches (see units.split_names on sizes)
def parse_clause(text: str) -> Clause:
    """Parse one clause; on a syntax error keep the text as one responsible list and say why."""
    text = _SPACED_ROLE.sub("", text)
    if "(" in text and (after_when := _BRACKET_AFTER_WHEN.match(text.strip().rstrip("。. "))) is not None:
        inner = after_when.group("inner")
        if names_role(inner) or _bodies_only(inner.replace("★", "").replace("☆", "")):
            # 完成时限:2019年12月底前。(★县住建局、★县生态环境分局,各乡镇人民政府): the item's bracket after the field
            # that says when (on its line, or the next) — who answers, not the deadline's words nor a note of them
            text = f"{inner};{after_when.group('when')}"
    body, note = note_split(text.strip().rstrip("。. "))
    if "不再" in body and (helps := _NOT_LISTED_AGAIN.search(body)) is not None:
        # (…;以下各项工作均需各县、区人民政府落实,不再列出: who helps with every item, said once — a note here, read for
        # the whole list by the document stage)
        said = helps.group().lstrip(";,")
        body = body[: helps.start()] + body[helps.end() :]
        note = said if note is None else f"{said}。{note}"
    if "(" in body and _CONTACT_BRACKET.search(body) is not None:
        body, note = _without_contacts(body, note)
    if "(" in body and ("责任人" in body or "責任人" in body) and _PERSON_BRACKET.search(body) is not None:
        # 牵头单位:政治处(责任人:祁英): the person answering, named in a bracket after the units — a 责任人 field of the
        # clause (the item's leader where no 领导 field names one), not part of a name
        answering = [m.group("people") for m in _PERSON_BRACKET.finditer(body)]
        body = _PERSON_BRACKET.sub("", body) + "".join(f";责任人:{p}" for p in answering)
    if (
        (cut := body.rfind(",")) > 0
        and _WHEN_THEN_WORK.match(body[cut + 1 :])
        # (…,6月底前完成项目集中开工: a work's last word the deadline reader would take for a deadline's, 开工, and
        # cannot read)
        and (body[-1] not in DEADLINE_ENDS or not deadline_after(body)[1])
    ):
        body = f"{body[:cut]};完成时限:{body[cut + 1 :]}"  # …配合,6月底前出台审核办法: when, and the work due then
    if body.count(":") > 1 and (inner := _LABEL_OVER_LABELS.match(body)) is not None:
        # 责任单位:牵头:县财政局;配合:县国税局 — a table's column name over a cell that labels its own parts: the
        # parts' labels say who leads and who helps; the column's says nothing more.
        body = body[inner.end() :]
    if body.endswith(_SAME_BELOW):
        # 甲局、乙局按职责分工负责,下同: the convention's words are a note, not a name.
        cut = max(body.rfind(","), body.rfind(";"))
        body, word = body[:cut], body[cut + 1 :]
        note = word if note is None else f"{word}。{note}"
    if ("第一" in body or "首" in body) and (listed := _FIRST_LISTED_BRACKET.search(body)) is not None:
        # 社区办、各社区居委会(配合科室中列第一位的为主要配合单位,下同): a bracket after the names that says what the
        # first-listed one is — a note, whatever role it names (a lead's convention is read from the whole text)
        # (…护理部(列第一位的为牵头科室,下同);完成时限:…: before the clause's next field too — the bracket alone goes)
        body = body[: listed.start()].rstrip() + body[listed.end() :]
        note = listed.group(1) if note is None else f"{listed.group(1)}。{note}"
    if units.FIRST_LEADS.search(body):
        # 甲局、乙局等负责,列第一位的为牵头部门 (also before the next field: 责任单位:甲局、乙局,列第一位的为牵头
        # 单位;配合单位:丙局): the convention itself (read from the whole text), a note.
        body, words = _without_first_leads(body)
        for word in reversed(words):
            note = word if note is None else f"{word},{note}"
    if any(word in body for word in _REWORDED_HINTS):
        body = reworded(body)
        if body.count(":") > 1 and (inner := _LABEL_OVER_LABELS.match(body)) is not None:
            body = body[inner.end() :]  # 责任分工:甲局为牵头单位,乙局为配合单位 — reworded, the parts' labels
    if "由" in body and units.says_who_pays(body):
        # 甲局牵头,所需资金由县财政局统筹保障: the group that says who pays is a note, not a list of names.
        body, note = _groups_to_note(body, note, units.says_who_pays, 0)
    if "督" in body:
        # 甲局负责,乙局配合;县委督查室跟踪督办: who checks the work is done answers for none of it: a note (a group
        # after the clause's first: alone, the group is the clause).
        body, note = _groups_to_note(body, note, oversees, 1)
    if _ROLE_THEN_WORK.search(body):
        body, works = _work_after_verbs(body)
        for work in works:
            note = work if note is None else f"{note}。{work}"
    if "、" in body and _VERB_THEN_LIST.search(body):
        body = _verb_groups_parted(body)
    if "," in body:
        # 牵头单位:甲局,责任单位:乙局 — a comma before a label and its colon separates two fields.
        body = _COMMA_FIELD.sub(";", body)
    if ("负责" in body or "牵头" in body) and (people := _PERSON_GROUP.sub(_marked_person, body)) != body:
        body = people  # 刘丽娜负责;市人社局牵头,…: a person's bare name before a verb of answering leads (同志 says so)
    if ";" in body and ":" in body:
        body = _fields_go_on(body)
        body = _deadline_goes_on(body)
        body, words = _unlabelled_tail(body)
        for word in words:
            note = word if note is None else f"{note}。{word}"
    others: tuple[tuple[str, str], ...] = ()
    if body.count(":") > 1:
        body = _unglued_labels(body)
    if ":" in body and _ROLE_LABEL.search(body):
        # 责任单位:甲局 项目责任人:张三 配合单位:乙局 — fields separated by spaces (a page on one line).
        body = _GLUED_FIELD.sub(";", _SPACE_FIELD.sub(";", body))
        body, others = _without_other_fields(body)
    if note is not None:
        others = (*others, (NOTE_LABEL, note))
    fast = fast_clause(body) if fastpaths.ENABLED else None
    clause = fast if fast is not None else lark_clause(body)
    return attrs.evolve(clause, others=others) if others else clause


# A role verb with two or more characters after it in its group: maybe the work a body does
# (县财政局负责资金保障, 县住建局负责组织实施, 县财政局配合做好经费保障).
_ROLE_THEN_WORK = lazy(
    r"(?:分别|分別|具体|具體|按属地|按屬地)?(?:负责|負責|牵头|牽頭|配合|协助|協助|参与|參與)(?=[^,;:、。\s]{2})"
)
# Words after 负责 that say who, not what: 负责同志 (the official in charge), 负责人 — alone or before a role
# verb (县应急局负责同志牵头); 负责人员培训, 负责领导小组日常工作 are work.
_PERSON_AFTER_ROLE = re.compile(r"^(?:同志|人|领导|領導)(?:$|[牵牽负負配协協参參])")


def _work_after_verbs(body: str) -> tuple[str, list[str]]:
    """县发改局牵头,县财政局负责资金保障和相关政策落实 → 县发改局牵头,县财政局负责 and the note
    县财政局负责资金保障和相关政策落实: in a group whose names (bodies' names, up to the verb) are followed by a
    role verb and then the work the verb gives them, the names end at the verb and the verb gives the role; the
    group as written is kept as a note, so nothing is lost. Left alone: a group the verb lexicon reads whole
    already (负责实施, 牵头抓总, 按职责分工负责落实), a second body after the verb (甲局配合乙局做好…, 甲局牵头乙局负责:
    their own rules), people after 负责 (负责同志), and a group whose words before the verb are no bodies' names."""
    pieces = re.split(r"([,;])", body)
    works: list[str] = []
    for k in range(0, len(pieces), 2):
        piece = pieces[k]
        label, colon, value = piece.rpartition(":")
        rewritten = _group_without_work(value)
        if rewritten is not None:
            pieces[k] = f"{label}{colon}{rewritten}"
            if "," not in rewritten:  # (a deadline after the verb stays the clause's: no note)
                works.append(value.strip())
    return "".join(pieces), works


def role_then_work(group: str) -> bool:
    """Does the group hold a role verb with the work it gives after it (县财政局负责资金保障)? ``_work_after_verbs``
    would rewrite it: a reader that takes groups as names asks this first."""
    return _ROLE_THEN_WORK.search(group) is not None and _group_without_work(group) is not None


def names_and_role(group: str) -> str | None:
    """``role_then_work``'s group without its work (县财政局负责做好资金调度 → 县财政局负责), or None where it is no
    such group — read outside a clause, so only a short phrase of work with no figure in it (…,行政机关负责人出庭应诉率
    达到80% is a target, its 负责人 a person's post)."""
    if _ROLE_THEN_WORK.search(group) is None:
        return None
    found = _group_without_work(group)
    if found is None or "," in found:
        return None
    work = group.strip()[len(found) :]
    return found if 2 <= len(work) <= 12 and not work.startswith("人") and not _FIGURE.search(work) else None


_FIGURE = re.compile(r"[\d%％]")


def _group_without_work(group: str) -> str | None:
    """The names and role verb of ``group`` where a work phrase follows them (see ``_work_after_verbs``)."""
    text = group.strip()
    whole = _VERB_TAIL.search(text)
    for m in _ROLE_THEN_WORK.finditer(text):
        if whole is not None and whole.start() <= m.start():
            return None  # the verb lexicon reads the group to its end from here (负责实施, 牵头抓总)
        names, work = text[: m.start()], text[m.end() :]
        listed = names.split("、")
        # (分管副市长李国栋负责调度, 厅党组成员、副厅长吴宏伟同志负责统筹调度: people, as bodies, then the verb and the
        # short work they oversee)
        person = _titled_people(names)
        if not names or (
            not person and (not all(units.looks_like_unit(n) for n in listed) or not units.ends_like_unit(listed[-1]))
        ):
            continue
        if _PERSON_AFTER_ROLE.match(work) or _body_first(work):
            return None
        if _DEADLINE.match(work):
            return f"{text[: m.end()]},{work}"  # 县住建局负责年底前完成: who, then when (a group of its own)
        if not person and m.group().endswith(("负责", "負責")) and work.startswith(OVERSIGHT):
            return f"{names}配合"  # (市环境保护局负责督促指导: who oversees or guides the work helps, as 乙局指导 does)
        return text[: m.end()]
    return None


# The work of a body that oversees or guides the work others do (负责督促指导, 负责监督, 负责业务指导).
OVERSIGHT = ("督促", "指导", "監督", "监督", "督导", "督導", "指導", "业务指导", "技术指导")


def _body_first(work: str) -> bool:
    """县发改局做好资金统筹 after 配合, 各行政机关负责 after 牵头: the words after the verb start with a body's name,
    then a verb of the work or the end (学校食堂监管, 建设县级数据中心, 政府投资项目审批 are work: a body's word
    inside, no verb after it, or a verb first)."""
    if _WORK_FIRST.match(work):
        return False
    return any(
        _BODY_END.search(work[:i]) is not None
        and _VERB_AFTER_BODY.match(work, i) is not None
        and units.looks_like_unit(work[:i])
        for i in range(2, min(len(work), 16) + 1)
    )


# What follows a body's name where the words after a role verb name a second body (甲局配合乙局做好…).
_VERB_AFTER_BODY = re.compile(
    r"$|、|和|及|做好|抓好|开展|開展|推进|推進|落实|落實|负责|負責|完成|实施|實施|共同|牵头|牽頭|配合|协助|協助|加强|加強|组织|組織"
)
# Words that open work, never a body's name (建设县级数据中心).
_WORK_FIRST = re.compile(
    r"(?:建设|建設|推进|推進|加强|加強|做好|开展|開展|落实|落實|完成|组织|組織|统筹|統籌|协调|協調|审批|審批|保障)"
)


# How a body's name ends, told apart from a work phrase (资金保障和相关 ends as 有关 collectives do, but is work).
_BODY_END = re.compile(
    rf"(?:{units.STRONG_END.pattern.removesuffix('$')}|部门|部門|单位|單位|机关|機關|街道|乡镇|鄉鎮|医院|學校|学校|大队|支队)$"
)


# 甲局牵头、乙局配合 / 甲办主办、乙组协办: a role verb, then a 、 where the comma between two groups would be.
_VERB_THEN_LIST = lazy(f"(?:{lexicon('VERB')})、")


def _verb_groups_parted(body: str) -> str:
    """A 、 after a group's verb parts two groups (甲局牵头、乙局配合 is 甲局牵头,乙局配合) where the words before
    the verb and the words after the 、 are bodies' names; otherwise (a verb inside a name, 负责、抓好落实: two
    verbs of one group) the 、 stays."""
    out = body
    for m in reversed(list(_VERB_THEN_LIST.finditer(body))):
        before = re.split(r"[,;:、]", body[: m.start()])[-1].strip()
        after = verb_stripped(re.split(r"[,;:、]", body[m.end() :])[0].strip())
        if before and after and units.looks_like_unit(before) and units.looks_like_unit(after):
            out = out[: m.end() - 1] + "," + out[m.end() :]
    return out


def _deadline_goes_on(body: str) -> str:
    """进度安排:6月底前完成基建;12月底前全部落实 — a ; inside a deadline's field (a schedule of steps) parts no
    fields: a part with no label after a deadline's field is more of it (the ; becomes a comma)."""
    parts = body.split(";")
    out = [parts[0]]
    in_deadline = _field_kind(parts[0]) == "deadline"
    for part in parts[1:]:
        if in_deadline and ":" not in part and not any(_ENDS_IN_VERB.search(p) for p in part.split(",")):
            # (…;县住建局牵头,县应急局配合 after the deadline names who answers: a clause of its own)
            out[-1] = f"{out[-1]},{part}"
            continue
        out.append(part)
        in_deadline = _field_kind(part) == "deadline"
    return ";".join(out)


# A group of the clause that is one name and a verb of answering (刘丽娜负责, 王强牵头).
_PERSON_GROUP = re.compile(r"(?:^|(?<=[;,]))([\u4e00-\u9fff]{2,3})(?=(?:负责|負責|牵头|牽頭|主抓)(?:[;,]|$))")


def _marked_person(m: re.Match[str]) -> str:
    return f"{m.group(1)}同志" if units.bare_person(m.group(1)) else m.group(1)


# A part that opens with when (8月底前完工4所, 年内, 第三季度): the clause's deadline, what is due then and all.
_WHEN_FIRST = re.compile(
    r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)|年底前?|年末前?|年内|上半年|下半年"
    r"|第[一二三四]季度|(?:春[节節]|元旦|[国國][庆慶]节?|[国國][庆慶]節|“?五一”?|中秋[节節]?|端午[节節]?|汛期)(?:前|以前|之前))"
)


def opens_with_when(words: str) -> bool:
    """Do the words open with when (2023年6月底前实现…, 年内建成…): a deadline, then the work due by it?"""
    return _WHEN_FIRST.match(words) is not None


# 其中,涉及用电保障的由市供电公司负责: a body given a part of the work, after the fields — it helps.
_AMONG_PART = re.compile(r"^其中[,，]?(?:[^;]{0,30}?的)?由(?P<names>[^;,]{2,60}?)(?:负责|負責|承担|承擔|落实|落實)$")


def _unlabelled_tail(body: str) -> tuple[str, list[str]]:
    """Parts with no label after a clause's fields (…;配合单位:丙局;8月底前完工4所,其余年底前完工 / ;按季度报送进展 /
    ;其中,涉及用电的由丁公司负责): one that opens with when is the deadline; one that gives a body a part of the work
    names a helper (the part kept as a note); one that names no body nor role is a note — none of them a unit."""
    parts = body.split(";")
    if not any(_field_kind(part) for part in parts[:-1]):
        return body, []
    notes: list[str] = []
    labelled = False
    out: list[str] = []
    for part in parts:
        bare = part.strip()
        if labelled and bare and ":" not in bare:
            if (among := _AMONG_PART.match(bare)) is not None:
                out.append(f"{among.group('names')}配合")
                notes.append(bare)
                continue
            if _WHEN_FIRST.match(bare) and not _DEADLINE.match(bare):
                out.append(f"完成时限:{bare}")
                continue
            if (
                not names_role(bare)
                and not _only_bodies(bare)
                and not _DEADLINE.match(bare)
                and not _ends_in_person(bare)
            ):
                notes.append(bare)  # 按季度报送进展: how the work is reported, no one's name
                continue
        labelled = labelled or _field_kind(part) is not None
        out.append(part)
    return ";".join(out), notes


def _when_then_work(group: str) -> bool:
    """A group that opens with when the work is due and goes on with a few words of it (…配合,9月底前印发实施): no
    body's name opens with a date, so the group says when, whatever the verb after it."""
    m = _WHEN_FIRST.match(group)
    if m is None:
        return False
    rest = group[m.end() :]
    return len(rest) <= _WORK_AFTER_WHEN and "、" not in rest and not units.looks_like_unit(rest)


_WORK_AFTER_WHEN = 8


def opens_field(piece: str) -> bool:
    """A cell's line that starts a labelled field of its own (配合实施单位：市财政局 under 牵头责任单位：… in one
    table cell), either colon's width."""
    return _KNOWN_AT_START.match(piece.replace("\uff1a", ":")) is not None


def _field_kind(part: str) -> Kind | None:
    label = _KNOWN_AT_START.match(part)
    return label_kind(label.group(1)) if label else None


def _fields_go_on(body: str) -> str:
    """牵头领导:县委常委、组织部部长 孙丽娟;县委常委、县纪委书记 马卫东;牵头单位:… — a ; parts the people of a
    leaders' field too: a part with no label whose last word is a person's name, right after the leaders'
    field, is more of its people (the ; becomes a comma between its groups), not a list of units. So for the
    bodies of a cooperating field (配合单位:区住建局;区自然资源局;区财政局): parts of bodies' names alone, with no
    verb, after it are more of its list (they were read as a list of their own, which leads)."""
    parts = body.split(";")
    out = [parts[0]]
    kind: Kind | None = label_kind(parts[0].split(":", 1)[0]) if ":" in parts[0] else None
    for part in parts[1:]:
        if ":" in part:
            kind = label_kind(part.split(":", 1)[0])
        elif kind in ("leaders", "person") and (_ends_in_person(part) or _posts_only(part)):
            # (具体责任人:市住建局局长 郑永胜;市城管局局长 孙 磊: the second person a 责任人 field names is its too)
            out[-1] = f"{out[-1]},{part}"
            continue
        elif kind == "cooperating" and _bodies_alone(part):
            out[-1] = f"{out[-1]}、{part}"
            continue
        else:
            kind = None
        out.append(part)
    return ";".join(out)


def _posts_only(part: str) -> bool:
    """各乡镇乡(镇)长, 分管副县长: posts named without their holders, after a leaders' field (责任人:…;各乡镇乡(镇)长):
    more of its people, whoever holds them."""
    names = units.split_names(part.strip()).names if part.strip() and "," not in part else ()
    return bool(names) and all(map(_post_bracketed, names))


def _post_bracketed(name: str) -> bool:
    """A post named without its holder, its brackets set aside (各乡镇乡(镇)长: the heads of the towns)."""
    return units.is_post(_BRACKETED.sub("", name))


_BRACKETED = re.compile(r"\([^()]*\)")


def _bodies_alone(part: str) -> bool:
    """区自然资源局, 三塘镇人民政府、区发改局: names of bodies only, no role verb nor deadline words."""
    if not part.strip() or _VERB_TAIL.search(part) or "," in part:
        return False
    names = units.split_names(part.strip()).names
    return bool(names) and all(units.looks_like_unit(n) for n in names)


def _ends_in_person(part: str) -> bool:
    """县委常委、县纪委书记、县监委主任 马卫东, 副县长李汉文: the last word a person's name, with a common surname."""
    # (孙 磊: a two-character name spaced out to the width of three is one name)
    last = re.split(r"[、, ]", _SPACED_NAME_END.sub(r"\1\2", part.strip()))[-1]
    name = units.person_after_office(last) or last
    return (
        2 <= len(name) <= 3
        and units.is_person(name)
        and bool(units.surname().match(name))
        and not _PLACE_END.search(name)  # 马庄镇, 李桥村: places, whatever their first character
    )


_PLACE_END = re.compile(r"[镇鎮乡鄉村区區县縣市省]$|街道$|社区$")
_SPACED_NAME_END = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])$")


# The last characters deadline words (DEADLINE in grammar/labels.lark) can end in (tests/test_plainitem.py holds
# every match of _DEADLINE to them). A group that ends otherwise is no deadline, told without the pattern, whose
# many alternatives ``match`` tries one by one at the group's start (issue 13: ~10 K instructions a sentence).
DEADLINE_ENDS = LAST_CHARACTERS
# ... and a line break: ``$`` also matches before a last one.
_DEADLINE_LAST = DEADLINE_ENDS | {"\n"}


def deadline_after(body: str) -> tuple[str, str]:
    """…,各街道配合,年底前完成: the groups that say when at the end of a sentence, after who answers (a clause
    takes them as its deadline): (the body before them, they with their comma), or (the body, "")."""
    end = len(body)
    stops = "。" in body  # (most bodies hold none: one rfind per group then)
    while (
        body[end - 1 : end] in _DEADLINE_LAST
        and (cut := max(body.rfind(",", 0, end), body.rfind("。", 0, end)) if stops else body.rfind(",", 0, end)) > 0
        and _DEADLINE.match(body[cut + 1 : end])
    ):
        end = cut
    # …配合。2017年12月底前完成: a sentence of its own that says when goes with the clause before it.
    return body[:end], ("," + body[end + 1 :]) if body[end : end + 1] == "。" else body[end:]


# A group that says when, then a verb of getting it done and a few words of what (6月底前出台审核办法, 9月底前完成签约).
# A span of days (4月1日至6月10日) and the verb of carrying the work out in it (执行).
_SPAN = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:至|到)(?:\d{1,2}月)?\d{1,2}日"
_CARRIED_OUT = (
    r"(?:(?:组织|組織|集中|全面)?(?:执行|執行|实施|實施|开展|開展))"  # (组织实施: who organises it carries it out)
)
# (9月底前报市政府: 报 before whom the work goes to; 4月1日至6月10日执行: a span, then the verb of carrying it out)
_WHEN_THEN_WORK = re.compile(
    r"^(?:(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年末)前"
    r"(?:完成|出台|建成|实现|實現|开工|開工|印发|印發|制定|形成|报送|報送|上报|上報|报|報|启动|啟動|投用|投运|通车|通車)"
    r"(?:[\u4e00-\u9fff]|“[^”,;。]{1,12}”|\d{1,5}(?:\.\d{1,2})?%?){1,10}"
    rf"|{_SPAN}{_CARRIED_OUT})$"
)
_SPAN_THEN_WORK = re.compile(rf"^{_SPAN}{_CARRIED_OUT}?$")


def when_span(words: str) -> bool:
    """4月1日至6月10日执行: a span of days (and the verb of carrying the work out then), all of the words."""
    return _SPAN_THEN_WORK.match(words) is not None


def ends_when_then_work(body: str) -> bool:
    """Does the sentence's last group say when and the work done then (…,9月底前建成通车)?"""
    cut = body.rfind(",")
    last = body[cut + 1 :]
    return cut > 0 and ("前" in last or "至" in last or "到" in last) and _WHEN_THEN_WORK.match(last) is not None


_GROUPS = re.compile(r"([,;])")


# A bracket closing a list that says what its first-listed name is (列第一位的为牵头单位, 排在首位的为主要配合单位,
# 配合科室中列第一位的为主要配合单位,下同).
_FIRST_LISTED_BRACKET = re.compile(
    r"\(((?:[^()]{0,8}?中)?(?:列|排)(?:在|名|序)?(?:第一|首)(?:位|个|個)?(?:的|者)?"
    r"(?:单位|單位|部门|部門|科室|处室)?(?:为|為|是)[^()]{1,12}?(?:,(?:以)?下同)?)\)(?=;|$)"
)


def _without_first_leads(body: str) -> tuple[str, list[str]]:
    """The body without its groups that are the first-listed-leads note (a group after a comma or a semicolon,
    holding no label), and those notes."""
    pieces = _GROUPS.split(body)
    kept, words = pieces[:1], []
    for k in range(1, len(pieces) - 1, 2):
        group = pieces[k + 1].strip()
        if ":" not in group and len(group) <= 20 and units.FIRST_LEADS.match(group):
            words.append(group)
        elif words and group.rstrip("。") in ("下同", "以下同"):
            words[-1] += f",{group}"  # 列第一位者为牵头单位,下同;: the note's own last words, no name
        else:
            kept += pieces[k : k + 2]
    return "".join(kept), words


# 以上3项由…, 上述工作均由…: the words a sentence on the items before it opens with, up to its 由 (grammar._PRECEDING
# reads the clause after them; layout keeps such a sentence whole).
SAID_OF_ITEMS_BEFORE = r"(?:以上|上述|前述|本部分|该部分|該部分)(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:项|条|个)?[^,。:;由]{0,8}?,?(?:均|都)?由"
# 该项目标由…, 此项工作由…: a sentence on the one item before it (grammar._PRECEDING; layout cuts it from the paragraph
# it ends or stands in, and the item reader tells whether it closes the item's own words: grammar._own_sentence).
SAID_OF_THIS_ITEM = r"(?:该项|此项|这项|該項|此項|這項)[^,。:;由]{0,8}?由"


# (本部分工作由X牵头,Y配合。 after a part's last item: the part's items, as 以上工作由…)
# 本项工作责任领导:…;牵头单位:… after a part's items: the fields of the work the part is (its items since the last
# such line), said before its labels.
SAID_OF_PART = r"(?:本项|该项|此项|該項|本項)(?:工作|任务|任務|事项|事項)(?:的)?"
# 以上3项 / 上述工作的 before the fields of the items before it (以上两项责任领导:甲;牵头单位:乙局): the sentence's opener.
SAID_OF_ITEMS_FIELDS = (
    r"(?:以上|上述|前述)(?P<count>\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:项|条|个)?(?:工作|任务|事项)?(?:的)?"
)
# ... with no group (beside another pattern's count: layout._GROUP_SENTENCE)
SAID_OF_ITEMS_OPENER = SAID_OF_ITEMS_FIELDS.replace("?P<count>", "?:")
# 以上第4至6项, / 以上1、2项的 before the fields of the items it numbers (以上第4至6项,牵头部门:甲;配合部门:乙): the
# layout keeps such a line whole, the grammar gives each item it numbers the fields.
ITEMS_RANGE_OPENER = (
    r"(?:以上|上述|前述)第?(?P<refs>\d{1,3}(?:[、,]\d{1,3})*[至到~\-—－]+第?\d{1,3}|\d{1,3}(?:[、,]\d{1,3})+)"
    r"(?:项|条)(?:工作|任务|目标|事项)?(?:的|,)?"
)


# Prose wordings of a clause, said with a label or a verb as the grammar reads them (see ``reworded``).
_REWORDED_HINTS = ("为", "為", "是", "包括", "由", "会同", "會同", "配合", "协助", "協助", "责成", "責成")
_UNIT_LABEL = f"(?:{lexicon('LABEL')})"
# 牵头单位为甲局 / 牵头单位是甲局 / 配合单位包括乙局、丙局: the label, then a copula where the colon would be.
# (该项任务领衔领导为副市长X: the work the sentence speaks of, named before the label, goes with it)
_COPULA_LABEL = lazy(
    r"(?:^|(?<=[,;]))(?:[该該此本这這][项項](?:工作|任务|任務)|(?:以下|下列)(?:各项|各項)?(?:事项|事項|工作|任务|任務))?"
    # (以下事项牵头单位均为甲局,责任地区均为乙、丙: 均 or 都 before the copula, of every item the sentence opens)
    rf"( *{_UNIT_LABEL})(?:[均都])?(?:[为為]|是|包括)(?=[\u4e00-\u9fff])"
)
# 甲局为牵头单位 / 甲局、乙局为配合单位: the names, then a copula and the label (also right after a field's
# label: 责任分工:甲局为牵头单位,乙局为配合单位); a name may hold a bracket (各县(区)人民政府为实施主体).
_LABEL_AFTER = lazy(rf"(?:^|(?<=[,;:]))((?:[^,;:()]|\([^,;:()]*\))+?)(?:[为為]|是)({_UNIT_LABEL})(?= *(?:[,;]|$))")
# 由甲局牵头 / 由甲局负责: the preposition before the names of a verb group; 会同乙局、丙局负责落实 (after
# 由甲局牵头,): the word that joins the group to the lead's.
# (此项工作由甲局牵头, 本部分工作由…, 上述工作由…, 该项目由…, 此项实事由…: the work the sentence speaks of, named before
# 由, goes with it; 由于 is because.)
_THIS_WORK = r"(?:[此该該本这這](?:[项項]目?|部分|方面)(?:工作|任务|任務|实事|實事|目标|目標)?|(?:以上|上述)(?:各?[项項])?(?:工作|任务|任務))"
# (责成甲局牵头 / 交由甲局办理, minutes' words for handing a matter over: the names after them answer as after 由)
# (此项工作副市长X负责: the work named, then who answers and the verb, no 由: as with it)
_BY = lazy(
    rf"(?:^|(?<=[,;:]))( *)(?:{_THIS_WORK}?由(?![于於此])|[会會]同|[责責]成|交由"
    rf"|{_THIS_WORK}(?=[^,;:由]{{2,20}}?(?:负责|負責|牵头|牽頭|分管|督办|督辦)(?:[,;]|$)))(?=[\u4e00-\u9fff])"
)
# 交由甲局办理 / 交由甲局具体办理: the body the matter is handed to leads it.
# 责成甲局办理 / 责成甲局抓紧实施: a body charged with the matter leads it too (责成甲局会同乙局… is _TOGETHER's).
# (请甲局按程序办理: minutes asking a body to see to the matter, as 交由 hands it over)
_HANDED = lazy(
    r"(?:^|(?<=[,;:。]))( *)(?:交由|[责責]成|[请請](?=[^,;:。]{2,30}?(?:按程序|按規定|按规定|抓紧|抓緊|尽快|儘快)))([^,;:]+?)"
    r"(?:按程序|按規定|按规定)?(?:具体|具體|抓紧|抓緊|尽快|儘快)?"
    # (请X按程序办理拨付手续: what it sees to after the verb, a few words ending in 事宜, 手续 or 事项)
    r"(?:办理|辦理|承办|承辦|实施|實施|落实|落實)(?:[^,;。]{0,10}(?:事宜|手续|手續|事项|事項))?(?= *(?:[,;。]|$))"
)
# (此项工作由甲局负责), (本部分工作由甲局、乙局等部门负责…): who answers for the work the item names.
_THIS_WORK_BY = lazy(rf"^{_THIS_WORK}由(?![于於此])")
# (由甲局牵头,)会同乙局、丙局抓紧推进 / 组织实施: the bodies the lead works with, then a few words of the work to its
# group's end, no role verb: they help (the work's words are no part of the last name).
_WITH_WORK = lazy(
    r"(?:^|(?<=[,;:]))( *)[会會]同([^,;:]+?)(等)?(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)?"
    rf"(?=(?:抓紧|抓緊|尽快|儘快|共同|协同|協同|组织|組織|研究|做好|抓好|制定|编制|編制|提出|{lexicon('WORK_VERB')})"
    r"[^,;:]{0,12}(?:[,;]|$))"
    r"[^,;:]*"
)
# 甲局会同乙局、丙局负责: the first body leads, those it acts together with cooperate.
# (甲局会同乙局、丙局抓紧实施 / 组织实施: an adverb and a verb of the work where the role's would be, a few words of it after)
_TOGETHER = lazy(
    rf"(?:^|(?<=[,;:]))([^,;:]+?)(?:要|将|將|需)?[会會]同([^,;:]+?)"
    rf"(?:{lexicon('VERB')}(?:[^,;:]{{2,16}})?|(?:抓紧|抓緊|尽快|儘快|共同|组织|組織)(?:{lexicon('WORK_VERB')})[^,;:]{{0,10}}"
    r"|(?:具体|具體)?(?:办理|辦理)|)"
    r"(?= *(?:[,;]|$))"
)  # (甲局会同乙局负责市场改造和秩序管理: the role's verb, then a few words of the work; 甲局要会同乙局,确保年底前…:
# the bodies alone, the work said by the groups after them)


# 甲局配合乙局落实 / 甲局协助乙局推进: the body after 配合 (协助) is the one helped, who leads; the one before helps.
_HELPS = lazy(
    r"(?:^|(?<=[,;:]))([^,;:]+?)(?:配合|協助|协助)([^,;:]+?)(?:落实|落實|负责|負責|实施|實施|推进|推進|开展|開展|完成)?"
    r"(?= *(?:[,;]|$))"
)


def handed_over(body: str) -> str:
    """交由甲局办理, 责成甲局办理, 请甲局按程序办理 (a matter handed over to a body) in the words the duty grammar reads: 甲局牵头."""
    if "交由" not in body and "成" not in body and "请" not in body and "請" not in body:
        return body
    return _HANDED.sub(lambda m: f"{m.group(1)}{m.group(2)}牵头" if _all_bodies(m.group(2)) else m.group(0), body)


def reworded(body: str) -> str:
    """A clause written as prose (牵头单位为甲局; 甲局为牵头单位,乙局为配合单位; 由甲局牵头; 甲局会同乙局负责)
    in the words the duty grammar reads (牵头单位:甲局; 甲局牵头; 甲局牵头,乙局配合). Each rewording
    applies only where the words it moves are names of bodies, so a sentence (列第一位的为牵头单位, a
    convention) stays as written."""
    body = _COPULA_LABEL.sub(lambda m: f"{m.group(1)}:" if _said_follows(body, m) else m.group(0), body)
    body = _LABEL_AFTER.sub(lambda m: f"{m.group(2)}:{m.group(1)}" if _all_bodies(m.group(1)) else m.group(0), body)
    if "会同" in body or "會同" in body:
        body = _WITH_WORK.sub(
            lambda m: f"{m.group(1)}{m.group(2)}{m.group(3) or ''}配合" if _all_bodies(m.group(2)) else m.group(0), body
        )
    body = handed_over(body)
    body = _BY.sub(lambda m: m.group(1) if _names_follow(body, m.end()) else m.group(0), body)
    if "配合" in body or "协助" in body or "協助" in body:
        body = _HELPS.sub(
            lambda m: (
                f"{m.group(2)}牵头,{m.group(1)}配合"
                if _all_bodies(m.group(1)) and _all_bodies(m.group(2))
                else m.group(0)
            ),
            body,
        )
    return _TOGETHER.sub(
        lambda m: (
            f"{m.group(1)}牵头,{m.group(2)}配合" if _all_bodies(m.group(1)) and _all_bodies(m.group(2)) else m.group(0)
        ),
        body,
    )


def _said_follows(body: str, label: re.Match[str]) -> bool:
    """After a label and its copula, what the label asks for: bodies' names, or people (责任领导为副县长王明、李华) or
    posts (责任领导为县长)."""
    if label_kind(label.group(1).strip()) != "leaders":
        return _names_follow(body, label.end())
    people = re.split(r"[,;]", body[label.end() :], maxsplit=1)[0].rstrip("。")
    return all(a_person(p) or units.is_post(p) for p in people.split("、"))


def _names_follow(body: str, at: int) -> bool:
    """Does a body's name start at ``at`` (up to the next 、 or the end of the group, without its verb)?"""
    group = re.split(r"[,;、]|[会會]同", body[at:], maxsplit=1)[0]  # (责成甲局会同乙局办理: 甲局)
    verb = _VERB_TAIL.search(group)
    name = group[: verb.start()] if verb else group
    # (由分管副市长牵头: a post alone, whoever holds it, names the leader as a body's name names a unit; 由镇长王振国牵头:
    # so does a titled person)
    return units.looks_like_unit(name) or units.post_alone(name) or units.titled_person(name) is not None


def _people_only(names: str) -> bool:
    """县长 蓝志勇, 副县长黄春梅、王刚: people and posts only, no body's name."""
    parts = [n.strip() for n in re.split(r"[、]", names) if n.strip()]
    return bool(parts) and not any(units.looks_like_unit(n) and not units.post_alone(n) for n in parts)


def _all_bodies(names: str) -> bool:
    parts = [n for n in units.split_top(names.strip(), "、") if n]  # (各县(市、区) is one name)
    return (
        bool(parts)
        and not _PROSE_START.match(names.strip())
        and all(units.looks_like_unit(n) and (units.ends_like_unit(n) or not _SENTENCE_WORD.search(n)) for n in parts)
    )


# Words that start a sentence about who answers, not a list of names: (以县热力公司为实施主体) is an aside of
# the sentence, (明确甲局为牵头单位) a sentence the reader does not take apart.
_PROSE_START = re.compile(r"以|由|明确|确定|指定")


_LABEL_AT = lazy(f"(?:{_label_regex()}) *:")


def _unglued_labels(body: str) -> str:
    """牵头单位:县财政局配合单位:县统计局 (the space or ; before a label lost): a ; before each duty label
    glued to the name before it. A level word that may start a label (市牵头单位) but ends a place's name
    (长林区责任单位) stays with the name."""
    out: list[str] = []
    last = 0
    for m in _LABEL_AT.finditer(body):
        at = m.start()
        if at == 0 or body[at - 1] in ";,; \t":
            continue
        # (责任领导:李淑英:牵头单位:… — a scan's or a copy's colon for the ; between two fields: the name before it
        # ends the field, as a name glued to the label does)
        colon = body[at - 1] == ":"
        if body[at] in "省市区县區縣" and body[at + 1] not in "级級" and not colon:
            at += 1
        field = re.split(r"[;,\s]", body[: at - colon])[-1]
        if ":" not in field:
            continue  # 项目责任单位: after a ; — a word of the label, not the name of a field before it
        before = re.split(r"[;,:、\s]", body[last : at - colon])[-1]
        if not (
            before.endswith(")")
            or units.ends_like_unit(before)
            or (PERSON_NAME.fullmatch(before) and units.surname().match(before))
        ):
            continue  # 具体责任单位: a word of the label, not a name
        out.append(body[last : at - colon])
        last = at
    if not out:
        return body
    out.append(body[last:])
    return ";".join(out)


_SAME_BELOW = (",下同", ",以下同", ";下同")
_SPACE_FIELD = re.compile(r"(?<=[^\s;,:])\s+(?=[\u4e00-\u9fff]{2,10}\s*:)")
# A field of another kind glued to the last name with nothing between (责任单位:甲镇任务目标:…, a page that
# lost its line breaks): the name ends in a body's ending and the label in a word that names what a field holds.
_GLUED_FIELD = re.compile(r"(?<=[局委办厅镇乡区县市村所站院校心司团行会])(?=" + lexicon("GLUED_FIELD") + r"\s*:)")
# A labelled field of any label; its value runs to the next field (a ; or a comma before a label).
# (注: alone too, a note's one-character label: …;配合单位:丙局;注:本项列入考核指标)
_ANY_FIELD = re.compile(
    r"(?:^|(?<=[;,]))\s*(?P<label>[\u4e00-\u9fff]{2,10}|注|註)\s*:(?P<value>.*?)(?=[;,]\s*[\u4e00-\u9fff]{2,10}\s*:|;|$)"
)


_KNOWN_AT_END = lazy(f"(?:{_label_regex()}) *:$")
_KNOWN_AT_START = lazy(f" *({_label_regex()}) *:")
_WHEN_LABEL = re.compile(r"期限|时限|時限|时间|時間|节点|節點")
# Fields named like duties that are not (a scorer: 评分单位, 考核部门): left out, not read as units.
_NOT_DUTY_PREFIXES = ("评分", "評分", "考核")
# A body that supplies a target's figures (数据提供单位:市统计局, 统计部门) answers for that part of it, as blind readers of
# such pages read it: a cooperating unit.
_DATA_LABEL = re.compile(r"^(?:数据|數據|统计|統計)[^:]{0,6}(?:单位|單位|部门|部門)$")


def _without_other_fields(body: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The clause without its fields of labels that name no duty, and those fields. Only a clause
    that has a duty label is looked at: in 甲局牵头:… a colon is no field of ours to drop."""
    others: list[tuple[str, str]] = []
    kept: list[str] = []
    last = 0
    renamed = False
    for m in _ANY_FIELD.finditer(body):
        label = m.group("label")
        if _ROLE_LABEL.fullmatch(label + ":") or _ROLE_VERB.search(label):
            continue
        kept.append(body[last : m.start()])
        last = m.end()
        value = m.group("value").strip()
        if label in ("注", "註"):
            # 注:主责单位为牵头单位,…;协同单位按职责做好配合: a note runs to the clause's end, its ; parts and all
            others.append((label, body[m.start("value") :].strip()))
            last = len(body)
            break
        known = _KNOWN_AT_END.search(label + ":")
        if _DATA_LABEL.match(label):
            kept.append(f";配合单位:{value}")
            others.append((label, value))  # (and the field as written, a note: what the unit does for the item)
            renamed = True
        elif known and not label.startswith(_NOT_DUTY_PREFIXES):
            # 具体责任单位: → 责任单位:, a duty label with a word before it.
            kept.append(f";{known.group(0)}{value}")
            renamed = True
        elif _WHEN_LABEL.search(label):
            kept.append(f";完成时限:{value}")  # 完成期限:, 时间节点: say when
            renamed = True
        else:
            others.append((label, value))
    if not others and not renamed:
        return body, ()
    kept.append(body[last:])
    rest = re.sub(r"[;,]{2,}", ";", "".join(kept)).strip(" ;,")
    return rest, tuple(others)


def lark_clause(body: str) -> Clause:
    """The clause as the duty grammar reads it (every shape; the reference for ``fast_clause``)."""
    try:
        tree = duty_parser().parse(body)
    except LarkError:
        return Clause(
            (Field("responsible", "", (("responsible", body),), body),), f"could not read the duty clause “{body}”"
        )
    return Clause(tuple(_field(t) for t in tree.children if isinstance(t, Tree)))


_COMMA_FIELD = re.compile(r",(?= *(?:" + _label_regex() + r") *:)")

# The commonest clause, one label and its names (牵头责任单位:市发改委、市财政局,各县市区人民政府等),
# read by one regular expression; anything else (several fields, verbs) goes to the grammar.
_ONE_FIELD = re.compile(r"^ *(" + _label_regex() + r") *: *([^;:]*)$")
_ENDS_IN_VERB = re.compile(f"(?:{lexicon('VERB')}) *$")


def fast_clause(body: str) -> Clause | None:
    """``lark_clause(body)`` for a clause of one labelled field without verbs; None for any other."""
    m = _ONE_FIELD.match(body)
    if m is None:
        return None
    label = m.group(1)
    if label.endswith(("责任人", "責任人")):
        return None  # the people after the names are dropped by the grammar's path (_field)
    texts = [g.strip() for g in m.group(2).split(",")]
    texts = [t for t in texts if t]
    if (not texts and "," in m.group(2)) or " ," in body:
        return None  # (牵头单位: , 市发改委: a space before a comma, which the grammar cannot read: its path says so)
    if any(_ENDS_IN_VERB.search(t) for t in texts):
        return None
    kind = label_kind(label)
    deadline: Kind = "deadline"
    if kind == "deadline" and texts:
        return Clause((Field(kind, label, ((kind, ",".join(texts)),), ",".join(texts)),))  # as written, one
    groups = tuple((deadline, t) if kind != "deadline" and _DEADLINE.match(t) else (kind, t) for t in texts)
    return Clause((Field(kind, label, groups, ",".join(t for _, t in groups)),))


def _a_sentence(group: str) -> bool:
    """A verb's group that is words of the task, no names: 维修部分由产权单位, 聘请第三方机构, 由县妇联业务 (由 and
    no body's name after it)."""
    if group.startswith("由"):
        listed = units.split_names(group[1:])
        names = listed.names
        # (由王浩副区长牵头负责): a person with a title after 由 names who answers too
        return not names or not (
            all(units.looks_like_unit(n) or PERSON_NAME.match(n) for n in names)
            or units.all_answer(names, listed.groups)
        )
    return all(units.says_a_sentence(n) for n in units.split_names(group).names)


def looks_like_clause(inner: str) -> bool:
    """Is the text of a trailing (…) an inline duty clause rather than part of the sentence?"""
    first, *rest = re.split(r"[。,;]", inner, maxsplit=1)
    if units.says_who_pays(first) and not (rest and looks_like_clause(rest[0])):
        # (所需资金由县财政局承担): who pays, an aside of the sentence (not a note after a clause); with a clause
        # after it ((资金由县财政局保障;牵头单位:县水务局)) the bracket is that clause, the payer its note.
        return False
    clause = parse_clause(inner)
    if clause.problem:
        return False
    for f in clause.fields:
        if f.label:
            return True
        if f.kind == "division":
            # (维修部分由产权单位承担), (由县妇联业务指导), (聘请第三方机构督导): a sentence of the task about who
            # does a part of it, not a list of those who answer, where every name before a verb is a sentence.
            if "。" in inner or ":" in inner or _THIS_WORK_BY.match(inner):
                return True  # sentences of one clause, fields among them; or this work's
            body = reworded(inner) if "交由" in inner or "责成" in inner or "責成" in inner else inner  # (交由甲局办理)
            said = [_VERB_TAIL.sub("", p.strip()) for p in re.split(r"[,;]", body) if p.strip()]
            return not said or not all(_a_sentence(p) for p in said)
    if _ASIDE.search(inner):
        return False  # (以下简称高新区), (含开发区), (2019年): an aside in the sentence
    names = [n for f in clause.fields for g in f.groups for n in units.split_names(g[1]).names]
    if any(units.FIRST_LEADS.search(value) for _, value in clause.others):
        # (甲局、乙委、某粮库。排名第一的为牵头单位): the list says who leads, so it names those who
        # answer, even where a name does not end as we know bodies' names end.
        return bool(names) and units.looks_like_unit(names[0])
    return bool(names) and all(units.looks_like_unit(n) for n in names)


_ROLE_LABEL = re.compile(f"(?:{_label_regex()}) *:")
_ROLE_VERB = re.compile(f"(?:{lexicon('VERB')})(?= *(?:[,;。]|$))")


def names_role(inner: str) -> bool:
    """Does a bracket's text say who answers, by a label (责任单位:…) or a verb (甲局牵头, 交由甲局办理)?"""
    said = (
        _ROLE_LABEL.search(inner)
        or _ROLE_VERB.search(inner)
        or (("交由" in inner or "成" in inner) and _HANDED.search(inner))
    )
    return bool(said) and looks_like_clause(inner)


_ASIDE = re.compile(r"简称|^(?:含|包括|不含|即|如|例如|其中|指|共|约)|\d(?:年|月|日|%|个|万|亿|元|项|家|次)|^[\d.]+$")


def _bodies_only(text: str) -> bool:
    """县城管局、各街道办事处: only bodies' names (no person: 王强, 县委书记 周军)."""
    names = units.split_names(text).names
    return bool(names) and all(
        units.looks_like_unit(n) and " " not in n and _PEOPLE_END.search(n) is None and not _post_bracketed(n)
        for n in names
    )


# How a group of people is named (各村党组织书记, 各乡镇主要负责人, 各部门主要负责同志): persons, not bodies.
_PEOPLE_END = re.compile(r"(?:书记|负责人|负责同志|同志|主任|局长|镇长|乡长|县长|市长|区长|村长|组长)$")


@attrs.define
class Assembly:
    """The collected duties of one item while it is being read."""

    leaders: list[str] = attrs.Factory(list)
    persons: list[str] = attrs.Factory(list)  # 责任人: fields
    lead: list[str] = attrs.Factory(list)
    cooperating: list[str] = attrs.Factory(list)
    responsible: list[str] = attrs.Factory(list)
    shared: list[str] = attrs.Factory(list)  # named by a verb that shares the work out, no lead beside
    deadline: list[str] = attrs.Factory(list)
    # A 责任单位 (实施单位) list printed before the 配合单位 list: beside a lead, its units cooperate first, as printed.
    responsible_first: bool = False
    # Those a sharing verb speaks for printed before the helpers (甲、乙按职责分工负责,丙配合): they come first, as printed.
    shared_first: bool = False

    def target(self, kind: str) -> list[str]:
        """The list a field of this kind goes to (a division field's groups carry their own kinds)."""
        if kind == "leaders":
            return self.leaders
        if kind == "person":
            return self.persons
        if kind == "lead":
            return self.lead
        if kind == "cooperating":
            return self.cooperating
        if kind == "deadline":
            return self.deadline
        if kind == "shared":
            return self.shared
        return self.responsible

    def extend(self, adds: Sequence[tuple[Kind, str]]) -> None:
        for kind, text in adds:
            if kind == "person" and _bodies_only(text):
                kind = (
                    "responsible"  # 责任人:县城管局、各街道办事处 — bodies under a person's label answer as a 责任单位
                )
            if kind == "responsible" and not self.responsible and not self.cooperating:
                self.responsible_first = True
            if kind == "shared" and not self.shared and not self.cooperating:
                self.shared_first = True
            self.target(kind).append(text)

    def has_units(self) -> bool:
        """Does the item name any unit yet (a lead, a cooperating or an answerable one)?"""
        return bool(self.lead or self.cooperating or self.responsible or self.shared)

    def __bool__(self) -> bool:
        return bool(self.has_units() or self.leaders or self.persons or self.deadline)


def merged(duties: Duties) -> Duties:
    """Duties gathered from several clauses of one item ((责任单位:甲局)…(责任单位:甲局、乙局)):
    each body once, in order of first appearance, and a lead only once (not also cooperating).
    (Within one clause a repeated name is kept, for ``fyplan check`` to report.)"""
    lead = tuple(dict.fromkeys(duties.lead_units))
    coop = tuple(u for u in dict.fromkeys(duties.cooperating_units) if u not in lead)
    if lead == duties.lead_units and coop == duties.cooperating_units:
        return duties
    return attrs.evolve(duties, lead_units=lead, cooperating_units=coop)


def _names(texts: Sequence[str]) -> units.NameList:
    return units.split_names(",".join(t for t in texts if t))


# The end of a post (各县县长, 办公室主任): a field of persons that goes on with posts after spaces names each.
_POST_END = re.compile(r"(?:长|長|書記|书记|主任|委员|委員|主席|经理|經理|专员|專員)$")


def _post_of_body(part: str) -> bool:
    """各县县长, 县水务局局长: a post said with its body or place (not 副县长 alone, a title of the name before it)."""
    return len(part) >= 4 and not part.startswith(("副", "常务", "常務")) and _POST_END.search(part) is not None


def spaced_people(text: str) -> str:
    """A field of persons parted by spaces, a person then posts (马某某 各县县长 各区区长): each a person, as a 、 list.
    Only three parts or more, each of two characters or more, every one after the first a post: a name spaced out
    (王 健), a post and its holder's name (副区长 孙志刚) or a name and its post (时建新 副主任) stay as written."""
    if " " not in text or "、" in text:
        return text
    parts = text.split()
    if len(parts) < 3 or any(len(part) < 2 for part in parts) or not all(map(_post_of_body, parts[1:])):
        return text
    return "、".join(parts)


def assemble(parts: Assembly, first_listed_leads: bool) -> tuple[Duties, tuple[tuple[str, str], ...]]:
    """Duties from collected fields; 责任单位 lead unless a 牵头 field is present; and the aliases the
    lists define (X(以下简称Y): (Y, X)), in order.

    Cached on the field texts: items with the same duties share one Duties object. (The cache keeps the
    aliases, not the name lists they came from: those were a fifth of its memory, issue 13.)
    """
    # 责任人:陈某 names the person answering: a leader of the item, after those a 领导 field names (责任领导:马宏伟 /
    # 责任人:区教育局局长 — the leader who oversees the work, then the head of the body that does it).
    return _assemble(
        tuple(spaced_people(text) for text in _filled(parts.leaders + parts.persons)),
        _filled(parts.lead),
        _filled(parts.cooperating),
        _filled(parts.responsible),
        _filled(parts.deadline),
        first_listed_leads,
        _filled(parts.shared),
        parts.responsible_first,
        parts.shared_first,
    )


# What a form or a table writes in a field to say it is empty (协同责任单位:无, 完成时限:——, a cell of — or /).
# ((无): in its bracket too)
EMPTY_VALUE = re.compile(r"^(?:无|無|暂无|暫無|[—－\-]{1,2}|[/／\\]|\((?:无|無|暂无|暫無)\))$")


def once_across(texts: tuple[str, ...], found: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """Lead units read from several lead fields (总牵头单位:甲局;牵头单位:甲局、乙局 — a table's two lead columns): a body
    two fields name leads once, where first named (a name repeated within one field stays, for ``fyplan check``);
    ``found`` itself where no name is repeated or one field gave them all."""
    if len(texts) < 2 or len(set(found)) == len(found):
        return found
    fields = [set(units.units_of(_names((text,)))) for text in texts]
    across = {u for u in found if sum(u in names for names in fields) > 1}
    seen: set[Unit] = set()
    out: list[Unit] = []
    for u in found:
        if u in across and u in seen:
            continue
        seen.add(u)
        out.append(u)
    return tuple(out)


def _filled(texts: Sequence[str]) -> tuple[str, ...]:
    """The field values that say something: 无 and —— say the field is empty."""
    return tuple(t for t in texts if not is_empty_value(t))


def is_empty_value(value: str) -> bool:
    """协同责任单位:无, 完成时限:——: a field that says it is empty."""
    return len(value) <= 4 and EMPTY_VALUE.match(value.strip().rstrip("。.;；,，")) is not None


def _as_written(texts: tuple[str, ...]) -> tuple[str, ...]:
    """A list's groups as written (see ``Duties.written``)."""
    return tuple(t.strip().rstrip("。;；") for t in texts if t.strip())


@lru_cache(maxsize=256)  # the example has 188 distinct duties (see units.split_names on sizes)
def _assemble(
    leader_texts: tuple[str, ...],
    lead_texts: tuple[str, ...],
    coop_texts: tuple[str, ...],
    responsible: tuple[str, ...],
    deadlines: tuple[str, ...],
    first_listed_leads: bool,
    shared: tuple[str, ...] = (),
    responsible_first: bool = False,
    shared_first: bool = False,
) -> tuple[Duties, tuple[tuple[str, str], ...]]:
    if shared:
        if first_listed_leads and not lead_texts and not responsible:
            responsible = shared  # (…等按职责分工负责。列第一位者为牵头单位,下同): the first listed leads
        else:
            # the collection rule: no lead word, so they cooperate (in the order printed)
            coop_texts = shared + coop_texts if shared_first else coop_texts + shared
    leaders = _names(leader_texts)
    lead = _names(lead_texts)
    coop = _names(coop_texts)
    lead_units = units.units_of(lead)
    lead_units = once_across(lead_texts, lead_units)
    coop_units = units.units_of(coop)
    lead_marked = units.units_marked(lead)
    marked = lead_marked + units.units_marked(coop)
    lead_open, coop_open = lead.open_ended, coop.open_ended
    lists = [leaders, lead, coop]
    written_lead, written_coop = _as_written(lead_texts), _as_written(coop_texts)
    lead_said = True  # (False: the lead units are a bare 责任单位 list's, no label nor verb said they lead)
    if responsible:
        resp = _names(responsible)
        lists.append(resp)
        resp_units = units.units_of(resp)
        marked += units.units_marked(resp)
        if lead_units:
            # 牵头单位:甲 then 责任单位:乙、甲、丙 — the list of everyone answerable names the lead again
            # (first, or wherever a table's cell has it); the others cooperate. A lead named again in a
            # 配合 list stays, for FY005 to report.
            # (…(责任单位:甲局、乙局)(甲局牵头,乙局配合): a body the list names beside those its verbs name once)
            others = tuple(u for u in resp_units if u not in lead_units and u not in coop_units)
            coop_units = others + coop_units if responsible_first else coop_units + others
            coop_open = coop_open or resp.open_ended
            written_coop = _as_written(responsible + coop_texts if responsible_first else coop_texts + responsible)
        elif first_listed_leads or resp.first_listed_leads:
            lead_units, coop_units = resp_units[:1], resp_units[1:] + coop_units
            coop_open = coop_open or resp.open_ended
            written_lead = written_coop = ()  # cut out of one field
            lead_said = resp.said_leads
        elif shared:
            # 甲委、乙厅等按职责分工负责。责任单位:各县政府: bodies that share the work out beside a bare 责任单位 list, no
            # lead's word — all answer alike (the collection rule, as with 各市政府按属地负责 beside them), the list after
            coop_units = coop_units + tuple(u for u in resp_units if u not in coop_units)
            coop_open = coop_open or resp.open_ended
            written_coop = _as_written(coop_texts + responsible)
        else:
            # 责任单位:甲 alone, or beside 配合单位:丙 (甲负责,丙配合): those who answer, beside those who help, lead
            # (as the blind annotators of such pages read it; sessions 9-15 read all as cooperating when a 配合
            # list stood beside, which the lenient scoring of a list with no lead label cannot tell from a lead).
            lead_units = resp_units
            lead_open = resp.open_ended
            written_lead = _as_written(responsible)
            lead_said = False
    if lead.names and lead_marked:
        marked = lead_marked  # 牵头单位:★甲、乙 — the mark picks the lead among the 牵头 list's units
    if marked and (lead_marked or not lead.names):
        # 责任单位:区教育局(牵头)、区财政局 — the marked names lead, the others cooperate (where a 牵头 list
        # names the lead unmarked, it does: a mark in the 配合 list is something else, a key unit).
        everyone = units.units_of(lead) + (resp_units if responsible else ()) + units.units_of(coop)  # as printed
        said = lead.said_leads or coop.said_leads or (bool(responsible) and resp.said_leads)
        if (
            not lead.names
            and everyone
            and not said  # (县农业局、县移民局(牵头)、…: a mark in words says who leads, whatever the note says)
            and (first_listed_leads or (responsible and resp.first_listed_leads))
        ):
            # (列第一位的为牵头科室;标★的为共同牵头科室 — [甲、★乙、丙]: where the first listed leads, a mark on another
            # makes it a lead beside the first, not instead of it)
            marked = (*marked, everyone[0])
        lead_units = tuple(u for u in everyone if u in marked)
        coop_units = tuple(u for u in everyone if u not in marked)
        written_lead = written_coop = ()
        lead_said = True
    # Read with no plan year here: the document stage reads it again once the title is known.
    deadline_words = "、".join(d.strip().rstrip("。") for d in deadlines)
    deadline = read_deadline(deadline_words) if deadline_words else None
    duties = Duties(
        written=(_as_written(leader_texts), written_lead, written_coop),
        # Each leader once. A leaders field that names only the title of whoever is in charge (牵头领导:省政府分管
        # 领导同志) is kept as written, as the annotators keep it (in a list of units such a title is no body but
        # still the leader: ``units_of`` leaves it out, ``people_in`` keeps it).
        leaders=units.shared_leaders(
            tuple(
                dict.fromkeys(
                    list(units.leaders_of(leaders)) + [p for names in lists[1:] for p in units.people_in(names)]
                )
            )
        ),
        lead_units=lead_units,
        cooperating_units=coop_units,
        deadline=deadline,
        open_ended=open_ended(leaders.open_ended, lead_open, coop_open),
        lead_said=lead_said or not lead_units,
    )
    return duties, tuple(pair for names in lists for pair in names.aliases)
