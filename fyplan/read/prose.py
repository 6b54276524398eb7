"""Who answers, said in a matter's sentences: meeting minutes (会议纪要) give their decided matters so, with no
bracket and no label — 会议要求,由何建国同志牵头,县发改局会同县财政局、县自然资源局负责开展…; 请县住建局牵头,
县生态环境局、县水务局配合,抓紧…; 具体由县人社局承办; 王海涛副县长督办.

Each sentence is cut at its commas; where a piece holds a role verb (牵头, 负责, 配合, 承办, 督办 …) right after
names — bodies, or people (X同志, X副县长) — those names and the verb are one group of a clause, the words
after the verb (the work) left out. The groups, in order, are read as one clause by the clause reader
(``items.clause_effect``: 甲牵头,乙配合 — the same rules as a bracket's). Only for items that name no one
otherwise, in a document that is minutes: elsewhere a sentence's names and verbs are the task's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from fyplan import units
from fyplan.deadlines import DATE, in_sentence, read_deadline
from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.model import Deadline, Duties, Task, Unit
from fyplan.pinyin import PinyinApart, pinyin_apart
from fyplan.read import items
from fyplan.read.clauses import OVERSIGHT, handed_over, names_role
from fyplan.read.context import BuiltSection
from fyplan.read.layout import unwrap, wrap_width
from fyplan.read.ordinals import has_ordinals, numbered_ordinals, ordinal_cuts
from fyplan.read.scans import holds

# The document is minutes: its title says so, in its first lines.
_MINUTES = re.compile(r"纪要|紀要")
_TITLE_LINES = 12
_PIECES = re.compile(r"[,，;；。:：!！?？]|\.(?!\d)")  # (a copy's ASCII full stop too: 检查.孙悦同志分管.)
# A role verb after names: the lead (牵头, 主办, 承办, 负责), the helpers (配合, 协助, 参与, 协办), the leader who
# follows the matter (督办, 分管: only after a person). 具体 before it (具体承办) is the verb's.
# (给予指导 / 给予支持: bodies that guide or back the work help it, as 配合 says; so do those that 按职责分工抓好落实.)
# (负责人, 负责同志: the person in charge, a noun — 有关负责人表示 says who spoke, no one's role)
_VERB = re.compile(
    r"(?:具体)?(?:牵头|负责(?![人同])|配合|协助|参与|参加|承办|主办|协办|督办|分管|督导|督促|领衔)|给予(?:指导|支持)"
    r"|负总责|亲自抓|具体抓|具体(?:实施|落实)|挂帅|包保|统筹(?:协调|调度)?(?![办委局])|协调(?![办委局])"
    r"|(?:审核|审查)?把关"
    r"|任(?:第一)?(?:副)?(?:组长|总指挥|指挥长|召集人)(?![单成])"
    r"|按(?:照)?(?:各自)?职责(?:分工)?(?:抓好|做好)?落实"
)
# What may stand between the names and their verb: they must (要 / 应 …), and how (积极, 主动 …): 乙局要积极配合.
# (按属地, 按职责分工: how each answers, 各社区居委会按属地负责; 按职责做好配合: do their part well)
# (在用地保障方面, 在资金上: where they help — 乙局、丙局在用地审批方面给予支持 — a scope, no part of the names)
_MUST_HOW = re.compile(
    r"(?:要|应当|应|须|需|必须)?(?:在[\u4e00-\u9fff、]{2,20}?(?:方面|上))?"
    r"(?:要|应当|应|须|需|必须)?(?:积极|主动|全力|密切|认真|切实|大力|共同|分别|做好|抓好|按(?:照)?(?:属地|职责分工|职责|各自职责))*$"
)
# The verbs that give a role by themselves (a sentence of what the meeting stressed that holds one decides who acts;
# so does 责成X会同Y…, a body charged to act with others).
_ROLE_OWN_VERB = re.compile(r"牵头|配合|协助|协办|主办|承办|责成[^,;。]{2,30}会同")


# A field of who answers written among a matter's sentences (责任领导:张志刚), to the sentence's end.
# (责任领导为副市长X, 完成时限为10月底: the label, then 为 for its colon)
_FIELD_IN_PROSE = lazy(
    rf"(?<![\u4e00-\u9fff])(?P<label>{lexicon('LABEL')}) *(?:[:：]|为(?=[^。;；,，:：\n]{{2,60}}))[^。;；,，:：\n]{{2,60}}"
)

# The verbs a person leads or oversees a matter by (a body that 督导 helps: it stays the clause reader's).
# (由常务副县长刘军生审核把关, 交…把关后提交: the leader who checks the work)
_LEADERS_VERBS = frozenset(
    ("牵头", "负责", "督办", "分管", "督导", "督促", "领衔", "负总责", "亲自抓", "具体抓", "挂帅", "包保")
) | {"把关", "审核把关", "审查把关"}
# 分管院领导刘建平督促落实: a leaders' label before the person's name, no colon between (the label is no name).
_LEADERS_LABEL_FIRST = lazy(rf"^(?:{lexicon('LABEL')})(?=[\u4e00-\u9fff]{{2,4}}$)")
# Words before the names that are no part of them: 请, 由, 具体由, 并, 并由, 要求, 同意, 这项工作 (这项工作我亲自抓);
# a run's ordinal (一是各街道办事处要…, 第二,区财政局要…).
_OPENING = re.compile(
    r"^(?:会议(?:要求|同意|议定|决定|明确|强调|指出)?|并|再|另|请|由|交(?=[^,;。]{0,12}?(?:长|书记|主任|同志|领导)[^,;。]{0,6}?把关)|具体由|并由|要求|同意|责成|(?:这项|此项|该项)工作"
    r"|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}(?=,))+"
)
_THOUGHT = re.compile(r"^\s*会议(?:强调|指出|认为|希望|号召)")
# (会议… opens a sentence even where a topic line was joined to it with no mark: 关于…问题会议要求X…)
_SENTENCES = re.compile(
    r"[。!！?？\n]|\.(?!\d)|(?<=[\u4e00-\u9fff])(?=会议(?:要求|责成|同意|决定|明确|议定|指出|强调|认为|听取))"
)
# 会同: the names before it lead, those after it help (县发改局会同县财政局、县自然资源局负责).
_WITH = "会同"
_PERSON_MARK = re.compile(r"同志$")


def in_minutes(text: str) -> bool:
    """Does the document call itself minutes (纪要) in its first lines, or is it a speech (a title line ending in
    讲话: …在全县重点工作推进会上的讲话), which gives out the work in sentences as minutes do?"""
    # (现纪(jì)要如下, 现纪（jì）要如下: a mirror's pinyin after some characters hides the word; read without it)
    head = "\n".join(text.split("\n", _TITLE_LINES)[:_TITLE_LINES])
    head = apart.plain if (apart := pinyin_apart(head)) is not None else head
    return _MINUTES.search(head) is not None or _SPEECH_TITLE.search(head) is not None


def speaker_of(text: str) -> str | None:
    """The person a speech is given by, named in its title (段志刚在全县…上的讲话, 县长段志刚同志在…上的讲话) or on the
    line of post and name under it (县长　段志刚): the one its 我 (由我牵头, 我亲自抓) is. None for any other text."""
    head = text.split("\n", _TITLE_LINES)[:_TITLE_LINES]
    for k, line in enumerate(head):
        title = _SPEECH_TITLE.match(line)
        if title is None:
            continue
        by = _SPEAKER_IN_TITLE.match(line.strip())
        if by is not None:
            return by.group(1)
        for below in head[k + 1 : k + 3]:
            post_name = _POST_THEN_NAME.fullmatch(below.strip())
            if post_name is not None:
                return post_name.group(1)
    return None


# 段志刚在…上的讲话 / 县长段志刚同志在…: the speaker's name before 在 (a post before it dropped).
_SPEAKER_IN_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?[长记任席])?([\u4e00-\u9fff]{2,3})(?:同志)?在")


# 县长　段志刚 under the title: a post, then the speaker's name.
_POST_THEN_NAME = lazy(rf"(?:[\u4e00-\u9fff]{{0,6}}?(?:{lexicon('TITLE')}))[ \t\u3000]+([\u4e00-\u9fff]{{2,3}})")


# 由我牵头, 我亲自抓, 这项工作由我负总责: the speaker as the subject of a role's verb.
_I_LEAD = re.compile(r"我(?=(?:亲自|具体)?(?:牵头|负总责|负责|抓|挂帅|领衔))")


# A speech's title on a line of its own (段志刚在全县…动员大会上的讲话; a preamble's 贯彻…讲话精神 is no title).
_SPEECH_TITLE = re.compile(r"(?m)^[ \t\u3000]*[^。,，;；:：\n]{4,80}上的(?:讲话|講話)[ \t\u3000]*$")


def _field_said(m: re.Match[str]) -> str:
    """A field found among a matter's sentences as the clause reader reads it: label, colon, value (责任领导为副市长X →
    责任领导:副市长X)."""
    label = m.group("label")
    return f"{label}:{m.group()[len(label) :].lstrip(' ').removeprefix('为').lstrip(':：')}"


def clause_of(text: str, speaker: str | None = None) -> str | None:
    """The clause the matter's sentences say (甲牵头,乙、丙配合,丁同志牵头), or None where they name no one; in a
    speech by ``speaker``, its 我 before a role's verb (由我牵头, 我亲自抓) is that person."""
    if speaker is not None and "我" in text:
        text = _I_LEAD.sub(f"{speaker}同志", text)
    # (a sentence of what the meeting thought, 会议强调,各单位要…, run on after a decided matter: no one's task)
    # (会议强调,城建科、安监站分别牵头做好…: a sentence opening so that names bodies by a role's own verb decides it)
    said = "。".join(
        sentence
        for sentence in _SENTENCES.split(text)
        if not _THOUGHT.match(sentence) or _ROLE_OWN_VERB.search(sentence)
    )
    said = handed_over(said)  # (交由县商务局办理: 县商务局牵头)
    groups: list[str] = []
    fields: list[str] = []
    if ":" in said or "：" in said or "为" in said:
        # …4月底前完成。责任领导:张志刚。 — a field with its label among sentences that say who acts: the clause reader
        # reads it as written (the pieces below are cut at its colon). Fields alone are no prose (a table's cell).
        fields = [_field_said(m) for m in _FIELD_IN_PROSE.finditer(said)]
        said = _FIELD_IN_PROSE.sub("。", said) if fields else said
    carried = ""  # people a piece named with no verb, the next piece's verb theirs too (甲副书记陈立,乙部长唐军牵头)
    for piece in _PIECES.split(said):
        # (会议责成甲局…, 会议要求甲局统筹…: a body the meeting charges with the work by name answers for it)
        # (请市审计局对…开展专项审计: the minutes ask a body by name to do the work, as 责成 charges it)
        charged = piece.strip().removeprefix("会议").startswith(("责成", "責成", "要求", "请", "請"))
        # (…方案,由区财政局按程序提请审议: the meeting hands the matter to the body after 由, which answers for it)
        handed = piece.strip().removeprefix("并").removeprefix("具体").startswith("由") and "由于" not in piece
        piece = _OPENING.sub("", piece.strip())
        if carried:
            piece, carried = f"{carried}、{piece}", ""
        group = _with_group(piece) if _WITH in piece else _verb_group(piece)
        if (
            group is None
            and (names := _names_first(piece)) is not None
            and (charged or handed or _HASTE.match(piece, len(names)))
            and not _EVERYONE.match(names)  # (会议要求,各部门要…, 各单位做好…: the minutes' words to all)
        ):
            # 责成执行局制定专项行动方案: the body charged with the work answers for it; so does a body told to act at
            # once (…牵头,县水利局立即开展排查: the meeting's order, 立即 / 抓紧 / 尽快 after the body's name)
            group = f"{names}负责"
        elif (
            group is None
            and groups
            and "牵头" in groups[-1]
            and (names := _names_first(piece)) is not None
            and piece.startswith(_BY_RULE, len(names))
        ):
            # 由县安监局牵头,各乡镇人民政府、县直有关部门按照“…”的要求…: the bodies after the lead's that act by a rule or a
            # plan (按照, 根据 …) help, as 按职责分工负责 says
            group = f"{names}配合"
        if group is not None:
            groups.append(group)
        elif piece and (_people(piece) is not None or ("、" in piece and _all_named(piece))):
            # (县公安局森林分局、县气象局,各乡镇人民政府配合: a list a comma cut before its verb — the next piece's)
            carried = piece
    return ",".join([*groups, *fields]) if groups else None


# What bodies after a lead's act by (按照要求, 根据方案, 依照规定, 结合实际): the way they help, no verb of a role.
_BY_RULE = ("按照", "按", "根据", "依照", "依据", "结合")


def _verb_group(piece: str) -> str | None:
    """names + verb (县住建局牵头, 何建国同志督办), or names that must act (县应急管理局、县水务局要加强…: they answer)."""
    for m in _VERB.finditer(piece):  # (the first verb after names: 分管副县长X同志牵头 has a 分管 of its own)
        names, verb = _after_by(_OPENING.sub("", piece[: m.start()].strip())), m.group()
        if "对" in names and (whom := _FOR_WORK.search(names)) is not None and _people(names[: whom.start()]):
            names = names[: whom.start()]  # (县长黄文涛同志对全县招商引资工作负总责: the person, then what for)
        # (具体抓, 具体实施: the verb itself — 各乡镇具体实施 beside a lead help, as the clause reader has it)
        verb = verb if verb in ("具体抓", "具体实施", "具体落实") else verb.removeprefix("具体")
        if verb.startswith(("任", "统筹", "协调")):
            # 由主任王建军任组长: the person who heads the matter's group leads it (a body heads none); 由常务副县长李军
            # 统筹协调: the person who coordinates it (a body that coordinates answers by the verb after, if any)
            people = _people(names) if names else None
            if people is None:
                continue
            return _leading(people, piece[m.end() :] if verb.endswith("协调") else "")
        names = _MUST_HOW.sub("", names) if names and not _all_named(names) else names
        if verb.startswith(("给予", "按")):
            verb = "配合"  # (各部门按职责分工抓好落实 beside a lead: each does its part, as 配合 says)
        if verb == "负责" and piece[m.end() :].lstrip().startswith(OVERSIGHT) and names and _people(names) is None:
            verb = "配合"  # (市环境保护局负责督促指导: a body that oversees or guides the work helps, as 乙局指导 does)
        if verb in _LEADERS_VERBS and names and all(units.post_alone(n) for n in units.split_names(names).names):
            return f"{names}{verb}"  # 由分管副县长牵头: a post alone, whoever holds it, leads (kept as written)
        if verb in _LEADERS_VERBS and names and (people := _people(names)) is not None:
            # 由街道党工委委员、办事处副主任刘敏牵头, 张海峰、何静负责, 陈立督导: people (their offices before their names)
            # who lead or oversee the matter are its leaders (…牵头协调甲局、乙局与…对接: those they coordinate help)
            rest = piece[m.end() :]
            return _leading(people, rest[2:] if rest.startswith("协调") else "")
        if verb.endswith("把关"):
            continue  # (a body that checks a piece of the work, 县财政局把关: no role the clause reader knows)
        if verb in ("督办", "分管"):
            person = _person(names) if names else None
            if person is not None:
                return f"{person}同志牵头"
        elif names and _all_named(names):
            return f"{names}{verb}"
    for must in _MUST.finditer(piece):  # (the first after names only: 县应急管理局 has an 应 of its own)
        if _all_named(piece[: must.start()]) and not _EVERYONE.match(piece[: must.start()]):
            return f"{piece[: must.start()]}负责"
    return None


# 对全县招商引资工作 between a person and the verb: the work the person answers for, no part of the name.
_FOR_WORK = re.compile(r"对[^,;。对]{1,24}$")
# Everyone the meeting speaks to (会议要求,各部门要对照议定事项…): the minutes' closing words to all, no matter's clause.
_EVERYONE = re.compile(
    r"^(?:[^,;、]{1,12}期间)?(?:全[省市县区旗镇乡])?(?:各级)?(?:各(?:有关|相关|责任|承办)?(?:部门|单位|庭室|科室|处室|地)[、和]?)+$"
)  # (奥运会期间全县各级各部门要…: the same, at a time)


# The bodies a leader coordinates, right after 协调, up to what they are to do (与…对接, 落实…, 做好…).
_COORDINATED = re.compile(r"^([^,;。:]{2,40}?)(?=与|落实|对接|做好|开展|推进|研究|解决|加快|抓好|共同|$)")


def _leading(people: list[str], coordinated: str) -> str:
    """The group of people who lead the matter, and of the bodies they coordinate, named right after 协调 in
    ``coordinated`` (请周世斌副市长牵头协调市发改委、市水利局与铁路部门对接: those bodies do the work, as helpers)."""
    helped = _coordinated(coordinated) if coordinated else None
    return "、".join(people) + "牵头" + (f",{helped}配合" if helped else "")


def _coordinated(rest: str) -> str | None:
    """市发改委、市水利局 from 协调市发改委、市水利局与铁路部门对接: the bodies named first, each a body's name."""
    m = _COORDINATED.match(rest.strip())
    if m is None:
        return None
    names = units.split_names(m.group(1)).names
    return m.group(1) if names and all(units.looks_like_unit(n) for n in names) else None


def _after_by(text: str) -> str:
    """方案由市自然资源和规划局 → 市自然资源和规划局: a topic before 由 is the task's words, no name."""
    at = text.rfind("由")
    return text[at + 1 :] if at > 0 and not text.startswith("由于", at) else text


# Names, then what they must do (要 / 应 / 须 …, or 落实 a duty): the bodies that answer, no lead said.
# (九重镇落实: the body that carries the matter out, its verb closing the piece)
_MUST = re.compile(r"(?:要|应当|应|须|(?<!所)需|必须)(?=[\u4e00-\u9fff])|落实(?=[\u4e00-\u9fff]|$)")


def _with_group(piece: str) -> str | None:
    """县发改局会同县财政局、县城投公司开展…: those before 会同 lead, those after it (up to the work) help (with no one
    before it, the sentence's subject was named in an earlier piece)."""
    lead, _, rest = piece.partition(_WITH)
    lead = _after_by(_OPENING.sub("", lead.strip()))
    lead = _HOW_BEFORE_WITH.sub("", lead)  # (区教育局抓紧会同…, 县财政局要主动会同…: how, no part of the name)
    if lead and not _all_named(lead):
        return None
    m = _VERB.search(rest)
    if m is not None and _all_named(_ETC.sub("", rest[: m.start()])):
        helpers: str | None = _ETC.sub("", rest[: m.start()])
    else:
        helpers = _names_first(rest)
    if not helpers:
        return None
    # (…,并会同市发改委争取…: the sentence's subject, named before, leads; those after 会同 help)
    return f"{lead}牵头,{helpers}配合" if lead else f"{helpers}配合"


_ETC = re.compile(r"等(?:有关|相关)?(?:部门|单位)?$")
# (组织实施, 抓紧推进: an adverb or 组织 before the work's verb is the work's too — 市公交公司组织实施 names 市公交公司,
# not 市公交公司组, which ends as a body's name does)
# (an adverb of haste alone starts the work too, whatever verb follows: 县自然资源局立即组织排查… — no body's name
# holds one; and 统筹 but in 统筹办)
_NOW = "立即|立刻|迅速|抓紧|抓緊|尽快|儘快"  # adverbs of haste
# How a body acts with others, before 会同 (区教育局抓紧会同…, 县财政局要主动会同…): no part of its name.
_HOW_BEFORE_WITH = re.compile(rf"(?:要|应|须|需|负责)?(?:{_NOW}|主动|主動|积极|積極|牵头|牽頭)*$")
_WORK = lazy(
    rf"(?:组织|組織|抓紧|抓緊|尽快|儘快|认真|認真|共同)?(?:{lexicon('WORK_VERB')}|制定|制訂|编制|編制|研究|做好|抓好|提出)"
    rf"|{_NOW}|统筹(?![办辦委局])"
)
_LONGEST_NAMES = 60
# Adverbs of an order to act now, right after the names of those ordered (县水利局立即开展…, 县财政局抓紧拨付…), or the
# verbs of a charge to see to a piece of the work (县林业局做好督导检查, 县财政局切实抓好资金保障).
_HASTE = re.compile(rf"{_NOW}|马上|馬上|(?:切实|切實|认真|認真)?(?:做好|抓好)")


def _names_first(text: str) -> str | None:
    """The names a text opens with (县财政局、县城投公司开展成本调查 → 县财政局、县城投公司), the longest run that is
    names only, before the first word of work (开展, 推进 …: grammar/labels.lark's WORK_VERB); None where it opens
    with none."""
    work = _WORK.search(text)
    if work is not None and work.start() == 0:
        return None  # 立即开展全县…: the text opens with the work (会议要求立即…), no one named before it
    if work is not None and work.start() > 1:
        text = text[: work.start()]
    for end in range(min(len(text), _LONGEST_NAMES), 1, -1):
        head = _ETC.sub("", text[:end])
        # (each name ends as a body's does: 各县(市、区)人民政府开展隐患排查 is a collective by its 各, no name)
        if text[end - 1] not in "、和及" and head and _all_named(head) and units.all_end_like_units(head):
            return head
    return None


def _all_named(text: str) -> bool:
    found = units.split_names(text).names
    return bool(found) and all(_body(n) or _person(n) is not None for n in found)


# Words of a sentence, not of a body's name (县城管局对城区…停车泊位 ends as a name does, 位, yet is a sentence).
# (and a preposition of two characters: 科教科根据会议意见修改 — 根据 starts what the body does, 会 is no body's end there)
# (督促本行业单位落实…: the verb of what the bodies before it do, then "this trade's units", no body by name;
# 依法依规组织采购: how they act, 依法 by law)
_PROSE_WORD = re.compile(
    r"[了对後后以的在将把按为向从于听]|根据|根據|依据|依據|依法|依规|依規|结合|結合|通过|通過|督促"
    r"|^本(?:行业|行業|系统|系統|单位|單位|部门|部門)"
)
# (主要负责同志要亲自研究: the officials in charge of the bodies named before, whoever they are, no one by name)
_IN_CHARGE = re.compile(r"负责|負責|主要|分管|有关|有關|相关|相關")
_LONGEST_BODY = 20


def _body(name: str) -> bool:
    """A body's name in a sentence: named as a body is, short, and none of a sentence's little words in it."""
    return len(name) <= _LONGEST_BODY and _PROSE_WORD.search(name) is None and units.looks_like_unit(name)


def _people(names: str) -> list[str] | None:
    """The people a run of names is, as the clause reader takes them: each with a common surname and 同志 (their
    offices before them dropped: 街道党工委委员、办事处副主任刘敏 is 刘敏同志; 张海峰、何静), or after a post, or None where
    any is no person (a body, a post with no name)."""
    if "领导" in names:
        names = _LEADERS_LABEL_FIRST.sub("", names)
    if "和" in names and all(units.titled_person(part) for part in names.split("和")):
        names = names.replace("和", "、")  # 副市长杨永胜和副市长刘芸: two people, as 、 would part them
    found = units.split_names(names)
    if not found.names:
        return None
    people = [leader.name for leader in units.leaders_of(found)]
    # A name after a post is its holder's whatever its characters (旗长娜仁其其格, units.named_after_post): given as
    # written, post and all, so that the clause reader knows it for a person as it knows 张三同志.
    titled = {person: n for n in found.names if (person := units.titled_person(n)) is not None}
    out: list[str] = []
    for p in people:
        if 2 <= len(p) <= 4 and units.is_person(p) and units.surname().match(p) and not units.ends_like_unit(p):
            out.append(f"{p}同志")
        elif p in titled:
            out.append(titled[p])
        else:
            return None
    return out or None


def _person(name: str) -> str | None:
    """何建国同志, 王海涛副县长: the person named."""
    bare = _PERSON_MARK.sub("", name)
    if bare != name and units.is_person(bare) and 2 <= len(bare.replace(" ", "")) <= 4 and not _IN_CHARGE.search(bare):
        return bare
    return units.titled_person(name)


def with_prose_duties(sections: Iterable[BuiltSection], speaker: str | None = None) -> None:
    """Each item of the sections that names no leader or no unit gets what its sentences say (see the module's doc):
    in the section's tasks (what the document is made of) and in the built items beside them. ``speaker``: the person
    a speech is given by (``speaker_of``), its 我."""
    for b in sections:
        changed: dict[int, Task] = {}
        for task in b.section.all_tasks():
            read = _read(task, speaker)
            if read is not task:
                changed[id(task)] = read
        if not changed:
            continue
        b.section = attrs.evolve(
            b.section,
            tasks=tuple(changed.get(id(t), t) for t in b.section.tasks),
            subsections=tuple(
                attrs.evolve(sub, tasks=tuple(changed.get(id(t), t) for t in sub.tasks))
                for sub in b.section.subsections
            ),
        )
        for built in b.built:
            built.task = changed.get(id(built.task), built.task)


def _read(task: Task, speaker: str | None = None) -> Task:
    """The task with what its sentences say filled in for each role it names no one in — leaders, lead, helpers (a
    clause read from the sentence's start may stop short: 由X同志牵头,Y负责组织实施,… gives the leader only); no
    role it names is changed."""
    duties = task.duties
    speaks = speaker is not None and "我" in task.text  # (a speech's 我: the speaker, one more leader maybe)
    if duties.leaders and duties.lead_units and duties.cooperating_units and not speaks:
        return task
    # (由農(nóng)業(yè)農(nóng)村局牽頭: a mirror's pinyin read past — the verbs and titles are found in the plain words,
    # the names given back as printed)
    apart = pinyin_apart(task.text)
    plain = apart.plain if apart else task.text
    clause = clause_of(plain, speaker)
    if clause is None:
        return task
    said = items.clause_duties(clause)
    if apart is not None:
        said = _as_written(said, apart)
    leaders = duties.leaders or said.leaders
    if duties.leaders and speaks:
        # (这项工作由我牵头,常务副区长孙立同志具体负责: the clause reader took the second person; the sentences name
        # the speaker too, first)
        leaders = tuple(dict.fromkeys([*said.leaders, *duties.leaders]))
    # (bodies the item names as helpers stay helpers: 甲局、乙局按职责分工负责, read so by the clause reader, is no lead
    # because the sentences' reader takes 负责 for one)
    lead = duties.lead_units or tuple(u for u in said.lead_units if u not in duties.cooperating_units)
    # (a body that leads in one sentence and helps in another, 会同县城管局… 具体由县城管局承办, leads)
    helpers = tuple(u for u in duties.cooperating_units or said.cooperating_units if u not in lead)
    # (…,完成时限为10月底: a field among the sentences says when, before a time the work's words name, 年内完成…)
    deadline = duties.deadline or said.deadline or _when(plain)
    if apart is not None and deadline is not None and deadline is not duties.deadline:
        deadline = attrs.evolve(deadline, written=apart.as_written(deadline.written))  # (5月(yuè)底前, as printed)
    if (leaders, lead, helpers, deadline) == (
        duties.leaders,
        duties.lead_units,
        duties.cooperating_units,
        duties.deadline,
    ):
        return task
    return attrs.evolve(
        task,
        duties=attrs.evolve(duties, leaders=leaders, lead_units=lead, cooperating_units=helpers, deadline=deadline),
    )


def _as_written(said: Duties, apart: PinyinApart) -> Duties:
    """The duties read from a text without its pinyin, each name as the text wrote it (its pinyin kept)."""
    return attrs.evolve(
        said,
        leaders=tuple(attrs.evolve(p, name=apart.as_written(p.name)) for p in said.leaders),
        lead_units=tuple(_unit_as_written(u, apart) for u in said.lead_units),
        cooperating_units=tuple(_unit_as_written(u, apart) for u in said.cooperating_units),
    )


def _unit_as_written(unit: Unit, apart: PinyinApart) -> Unit:
    written = apart.as_written(unit.written or unit.name)
    return attrs.evolve(unit, name=apart.as_written(unit.name), written=written)


# A clause of a decided matter that says when it is due: a point in time, then the work's verb (…配合,第三季度建成投用;
# 三季度末完成两个邻里汇的改造; 2012年第三季度主体完工; 请于2022年第四季度完成…; 年内完成改造任务: within the year), or that
# the work goes on (这项工作要长期坚持).
# (a prose's sentence names when the work is due so, with no 前 after the point: the sentence reader's rule for a
# notice's items, where 到2025年底覆盖率达到90% names a target's year, does not hold in minutes)
_WHEN = re.compile(
    rf"^(?:要|应|须|力争|请于|要在|要于|于|在)?(?P<when>(?:{DATE}|(?:今年|本年|当年)?年内)(?:以前|之前|前)?)"
    r"(?=[\u4e00-\u9fff]{0,2}?(?:全面|基本)?(?:完成|建成|实现|开工|竣工|完工|投用|投产|投入使用|出台|印发|上线|报))"
    r"|^(?:这项|此项|该项)?(?:工作)?(?:要|应|须)?(?P<going>长期坚持|持续推进|常态化推进)$"
)


# A clause that counts what the period is to reach (一季度开工项目不少于40个): a target's period, no deadline.
_TARGET = re.compile(r"不少于|不低于|不超过|达到|以上|超过|%")


def _when(text: str) -> Deadline | None:
    """The deadline a clause of the matter's sentences says (see ``_WHEN``), or None — also where the sentence reader
    finds one (…,9月底前完成: the document stage reads it, as written, with the plan's year)."""
    if in_sentence(text) is not None:
        return None
    for piece in _PIECES.split(text):
        m = _WHEN.match(piece.strip())
        if m is not None and _TARGET.search(piece) is None:
            return read_deadline(m.group("when") or m.group("going"))
    return None


# A decided matter's paragraph in minutes that number none: 会议同意… / 会议要求… / 会议议定… (not 会议指出 / 会议强调,
# which say what the meeting thought).
_DECISION = re.compile(r"^ *会议(?:原则)?(?:同意|要求|议定|决定|明确|确定|责成|研究决定|审议通过)")
ANY_NUMBER = re.compile(
    r"^ *(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))", re.MULTILINE
)


def numbered_decisions(text: str) -> str:
    """Minutes whose decided matters are paragraphs with no number (会议同意…,请X牵头,Y配合…): each paragraph that
    opens with the meeting's decision and says who answers numbered in order, 1. 2. …, as an item; the text itself
    where the document is no minutes or numbers anything."""
    if not holds(text, "会议") or not in_minutes(text) or ANY_NUMBER.search(text):
        return text
    lines = text.split("\n")
    count = 0
    for k, line in enumerate(lines):
        if _DECISION.match(line) and clause_of(line) is not None:
            count += 1
            lines[k] = f"{count}.{line.strip()}"
    return "\n".join(lines) if count else text


# A paragraph that leads in to a list of tasks: …分工如下: / …具体安排如下: / …明确如下:
_LEAD_IN = re.compile(r"如下 *[:：] *$")
# A paragraph after the tasks that says what the meeting or the body asks of all: the list's end.
_LIST_END = re.compile(r"^ *(?:会议要求|会议强调|会议指出|此外|另外|同时|以上|上述)")
_LEAST_PARAGRAPHS = 3


def _paragraph_tasks(lines: list[str], text: str) -> list[int]:
    """The paragraphs (indexes into ``lines``, a document's that numbers nothing) where, after a paragraph that leads in to a list (…分工如下:),
    each paragraph that follows says who answers in its sentences (…工程由副市长张立军牵头,市住建局负责,市发改委配合,
    年内改造…): those paragraphs, up to the first that names no one, when there are three or more (a news report's
    list of tasks, each told in a sentence). [] for any other document."""
    if not holds(text, "如下"):
        return _leading_paragraphs(lines)
    for k, line in enumerate(lines):
        if not _LEAD_IN.search(line):
            continue
        found: list[int] = []
        for j in range(k + 1, len(lines)):
            paragraph = lines[j].strip()
            if not paragraph:
                continue
            if _LIST_END.match(paragraph) or _ROLE_WORD.search(paragraph) is None or clause_of(paragraph) is None:
                break
            found.append(j)
        if len(found) >= _LEAST_PARAGRAPHS:
            return found
    return []


_ROLE_WORD = re.compile(r"牵头|负责|配合|承办|会同")


def _leading_paragraphs(lines: list[str]) -> list[int]:
    """A report with no lead-in (在…方面,…。由副市长X领衔,市工信局牵头,…配合。): its paragraphs whose sentences name a lead
    unit (牵头), when three or more do; the others (a quote, the reporter's words) are no tasks. [] where fewer do."""
    found = [
        k
        for k, line in enumerate(lines)
        if "牵头" in line
        and not line.lstrip().startswith(("“", '"', "「", "—", "-", "－", "·", "•"))  # (—— tasks: their own reader's)
        and line.count("|") < 2  # (1 | 加快… | 韩志远 | 甲局牵头,乙局配合 | …: a table's row, the table reader's)
        and (
            ((clause := clause_of(line.strip())) is not None and _LEADS.search(clause) is not None)
            # (…。领衔领导为副市长X,牵头单位为甲局,… / …。领衔领导:X;牵头单位:甲局;…: the lead said as a field)
            or _LEAD_FIELD.match(line.strip()) is not None
        )
    ]
    if len(found) < _LEAST_PARAGRAPHS:
        return []
    # (between the first and the last of them, a paragraph whose sentence names who answers with no lead — 该项工作由
    # 市人社局负责。 — is one of the list's tasks too)
    between = [
        k
        for k in range(found[0] + 1, found[-1])
        if k not in found and _ROLE_WORD.search(lines[k]) is not None and clause_of(lines[k].strip()) is not None
    ]
    return sorted([*found, *between])


# 牵头单位: / 牵头单位为 in the sentence after a paragraph's first: its lead said as a field, by its label (not a line
# that is a bracket of fields alone, (责任领导:甲;牵头单位:乙), a list's own).
_LEAD_FIELD = re.compile(r"^[^(（][^\n]*?。[^。]{0,30}?牵头(?:单位|部门)[ ]*(?:[:：]|为|是)")
# 牵头 as a verb, not in a label's name (明确牵头单位、配合单位和完成时限: a reporter's words on the notice, no one's role).
_LEADS = re.compile(r"牵头(?!单位|部门|领导|责任)")


def _told_by_ordinals(paragraphs: list[str], found: list[int]) -> bool:
    """Do the ordinals tell the tasks: inside a found paragraph (一是…;二是…), or opening the paragraphs in a run the
    ordinals' reader numbers (一是…。 / 二是…。 / …, a paragraph each, some naming no lead: 由X负责)?"""
    if any(ordinal_cuts(paragraphs[k]) for k in found):
        return True
    opening = "\n".join(paragraphs)
    return numbered_ordinals(opening) is not opening


def numbered_paragraphs(text: str) -> str:
    """The paragraphs ``_paragraph_tasks`` finds numbered in order, 1. 2. …, as items (their sentences say who answers:
    read as minutes' matters are, ``with_prose_duties``); the text itself where it finds none."""
    if ANY_NUMBER.search(text) or "\n序号\n" in text or text.startswith("序号\n"):
        return text  # (序号 alone on its line: a table one cell per line, its unit cells no report's paragraphs)
    lines = text.split("\n")
    # On a hard-wrapped page (a PDF's) a paragraph is the lines the wrap cut, joined: each found one is numbered and
    # written whole on the line it starts on, the lines it went on over left blank (the line count holds; numbers on
    # its cut lines would hide the wrap from layout recovery). Elsewhere a paragraph is a line.
    width = wrap_width(lines)
    paragraphs = unwrap(lines, width) if width is not None else list(enumerate(lines, 1))
    found = _paragraph_tasks([line for _, line in paragraphs], text)
    if not found or (has_ordinals(text) and _told_by_ordinals([line for _, line in paragraphs], found)):
        # (a paragraph that tells its tasks 一是…;二是…, or paragraphs that each open with the next 一是, 二是 …,
        # each naming who answers: the ordinals are the items, read.ordinals, not the paragraphs that name a lead)
        return text
    for count, k in enumerate(found, 1):
        first = paragraphs[k][0] - 1
        last = paragraphs[k + 1][0] - 1 if k + 1 < len(paragraphs) else len(lines)
        lines[first] = f"{count}.{paragraphs[k][1].strip()}"
        lines[first + 1 : last] = [""] * (last - first - 1)
    return "\n".join(lines)


# A sentence that opens with who leads (县国土资源局牵头,县发改局…配合,…全力推进… / 由县住建局牵头,…): its first group.
_LEAD_FIRST = re.compile(r"^(?:由)?[^,;:。]{2,30}?(?:牵头|牽頭)(?=[,;])")
_LONE_MOST = 5  # (more such sentences than this in a text where nothing else was read: a report about a list, not one)


def lone_tasks(text: str) -> str:
    """A report or speech in which nothing was read as an item, but a sentence inside a paragraph says who leads a piece
    of work and who helps (…指出,…。县国土资源局牵头,县发改局、县住建局等部门密切配合,全力推进…工作。): each such
    sentence numbered as an item on a line of its own, 1. 2. … (the paragraph's other words on lines of their own, no
    item's); the text itself where there is none, or too many to be a report's one or two tasks."""
    if not holds(text, "牵头") and not holds(text, "牽頭"):
        return text
    lines = text.split("\n")
    found: list[tuple[int, str, str, str]] = []  # (line, the words before the sentence, the sentence, those after)
    for k, line in enumerate(lines):
        at = 0
        for sentence in re.findall(r"[^。!?！？]+[。!?！？]?", line):
            said = sentence.strip()
            if _leads_then_helps(said):
                found.append((k, line[:at].strip(), said, line[at + len(sentence) :].strip()))
                break
            at += len(sentence)
    if not found or len(found) > _LONE_MOST:
        return text
    for count, (k, before, said, after) in reversed(list(enumerate(found, 1))):
        # (the paragraph's other words on lines of their own, on the blank lines around it where there are some: the
        # line numbers hold)
        below = [after] if after and not (k + 1 < len(lines) and not lines[k + 1].strip()) else []
        if after and not below:
            lines[k + 1] = after
        above = [before] if before and not (k > 0 and not lines[k - 1].strip()) else []
        if before and not above:
            lines[k - 1] = before
        lines[k : k + 1] = [*above, f"{count}.{said}", *below]
    return "\n".join(lines)


def _leads_then_helps(sentence: str) -> bool:
    """Does the sentence say who leads in one of its first groups (县国土资源局牵头, / 由X牵头, / after what decided it,
    会议议定,此项工作由安伟、刘洪涛同志牵头,), then, in a group of its own after it, the bodies that help (…配合 /
    …协助 / …参与 / …等部门具体负责)?"""
    groups = [g for g in re.split(r"[,;，；]", sentence) if g.strip()]  # (the text as printed: marks of either width)
    for k, group in enumerate(groups[:3]):
        lead = _LEAD_FIRST.match(_DECIDED_BY.sub("", group.strip()) + ",")
        if lead is not None and names_role(lead.group().removeprefix("由").rstrip(",")):
            return any(names_role(g) and _HELPS_WORD.search(g) is not None for g in groups[k + 1 : k + 4])
    return False


# What decided the work, before who leads it (会议议定,此项工作由…): the minutes' words, no one's name.
_DECIDED_BY = re.compile(r"^(?:(?:此项|该项|這項|此項|該項)?工作)?(?=由)")
# The words of a group that says who helps, after the lead's (…配合, …等部门具体负责).
_HELPS_WORD = re.compile(r"配合|协助|協助|参与|參與|(?:具体|具體)(?:负责|負責)")
