"""Scope: responsibility written above or after the items it covers.

- A group heading names a leader or a lead unit for the items under it:
  ``一、王浩省长牵头重点工作``, ``二、张三常务副市长负责的工作``, ``(一)省监察厅牵头的工作``.
- A group sentence names the units of the items printed since the previous one:
  ``4项目标的责任单位均为市发展改革委。``, ``该目标责任单位为市经委。``.

The words (titles, heading verbs) are the lexicon of grammar/labels.lark.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from fyplan import units
from fyplan.deadlines import in_sentence
from fyplan.grammars import lexicon
from fyplan.hanzi import simplified
from fyplan.model import Deadline, Duties, Leader, Task, Unit
from fyplan.numerals import numeral
from fyplan.read.clauses import label_kind
from fyplan.read.decode import without_pinyin

_NUMBERING = r"(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,4}\)|\d{1,3}[.、])?\s*"


@lru_cache(maxsize=1)
def _heading() -> re.Pattern[str]:
    # The whole heading is "<who><role>": 王浩省长牵头重点工作, 省监察厅牵头的工作 (nothing after it
    # but a count of its items: 县示范区管委会牵头工作(8项), …负责的工作(共12项)).
    return re.compile(
        rf"^{_NUMBERING}(?:——)?(?P<who>[\u4e00-\u9fff()、,·]{{2,30}}?)(?:{lexicon('HEADING_ROLE')})"
        r"(?:\((?:共|计)?\d{1,3}(?:项|条|个)\)|(?:共|计)?\d{1,3}(?:项|条))?[。:]?$"
    )


@lru_cache(maxsize=1)
def _title() -> re.Pattern[str]:
    # The whole part: a name of two to six characters and a title (王浩省长, 乌云其木格副市长: a Mongolian or
    # Tibetan name is longer than a Han one), or a title alone (常务副县长, a role), never a name cut out of a
    # longer body (县政府办公室主任: a name of five or six must pass _long_name).
    return re.compile(
        rf"(?:(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?:同志)?)?(?P<title>(?:分管|主管)?(?:{lexicon('TITLE')}))"
    )


def _long_name(name: str) -> bool:
    """May a name of more than four characters before a title be a person's (乌云其木格副市长), not words before it
    (督促检查办公室主任)? Only one no surname list begins and no body's or role's words hold (units.named_after_post)."""
    return len(name) <= 4 or (units.named_after_post(name) and _WORK_WORDS.search(name) is None)


# Words of a field of work (联系乡村振兴副县长, 宣传思想文化副部长): what a post covers, never in a person's name.
_WORK_WORDS = re.compile(
    "联系|振兴|乡村|招商|引资|宣传|思想|文化|建设|发展|工作|管理|服务|经济|安全|教育|卫生|城乡|农业|工业|商务|交通|生态|环境|民生|改革"
)


@lru_cache(maxsize=1)
def _title_first() -> re.Pattern[str]:
    # The title before the name (常务副市长王强分管工作, 由副市长赵刚牵头, 市长助理王立新, 县公安局局长刘洋):
    # the name is the two or three characters after the title.
    return re.compile(
        rf"(?:分管|主管)?[\u4e00-\u9fff]*?(?:{lexicon('TITLE')})(?:助理)?"
        # (帕尔哈提·吐尔逊: a Uyghur name, the person's and the father's parted by ·, longer than a Han name)
        r"(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})"
    )


@lru_cache(maxsize=1)
def _title_end() -> re.Pattern[str]:
    return re.compile(rf"^[\u4e00-\u9fff]{{0,8}}(?:{lexicon('TITLE')})$")


def _ends_in_title(part: str) -> bool:
    """A post with no name (区委政法委书记, 县公安局局长)."""
    return _title_end().match(part) is not None


def _untitled_role(part: str) -> bool:
    """A title with no name (常务副区长)."""
    person = _title().fullmatch(part)
    return person is not None and (not person.group("name") or bool(_ROLE_PREFIX.match(person.group("name"))))


_ROLE_PREFIX = re.compile(r"^(?:常务|分管|主管)$")
# A government's post a heading names (市政府常务副市长, 青山区人民政府副区长): no person's name before the title.
_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:[省市县区州旗盟镇乡]|自治区|自治州)(?:人民)?政府")
_GOVERNMENT_POST = re.compile(_GOVERNMENT.pattern + r"(?:常务)?副?(?:[省市县区州旗盟镇乡]长|主席)")
# A party committee's secretary named by the post (县委书记包联项目, 市委副书记负责的工作): whoever holds it, as written.
_PARTY_POST = re.compile(r"[省市县区州旗盟镇乡]委(?:专职)?副?书记")
# 一、局主要领导负责的工作: the body's head, whoever holds the post, leads the part (in a list of bodies, 南湖区政府主要负
# 责人 names the body through its head: not read so there; 乡镇主要领导, 企业主要负责人: the heads of every such body, no one)
_MAIN_LEADER = re.compile(
    r"^(?![各有相])(?!.*(?:乡镇|企业|村|社区|学校|单位|部门|机关))[\u4e00-\u9fff]{1,6}?主要(?:领导|负责人|负责同志)(?:同志)?$"
)
# An office named before a leader's title (县委常委、副县长…, 市政府党组成员、副市长…).
_OFFICE = re.compile(
    r"(?:[省市县区州旗]委|[省市县区州旗]政府|[省市县区州旗]?(?:政协|人大))?(?:常委|委员|党组成员|党组副书记|党组书记)"
    r"|[省市县区州旗]长助理"
)
# A name, then an office (李丹常委, 王芳党组成员): the titles after it in the heading are the same person's.
_NAME_OFFICE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:" + _OFFICE.pattern + ")")
is_person = units.is_person


@attrs.frozen
class Roles:
    """What a heading or group sentence gives the items in its scope."""

    leaders: tuple[Leader, ...] = ()
    lead_units: tuple[Unit, ...] = ()
    cooperating_units: tuple[Unit, ...] = ()  # 以下工作由甲局牵头,各乡镇配合: said with its lead
    # 以上2项工作由甲局牵头,乙局配合,6月底前出台办法: when, said with who answers (for items that say no when)
    deadline: Deadline | None = None
    # 本部分各项任务均由甲科牵头: said of every item, its lead over an item's bare 责任单位 list too (read as the lead
    # only for want of one); a heading's lead alone (一、…(甲局牵头)) leaves an item's own list its lead
    every_item: bool = False
    # 一、扩大有效投资(牵头单位:甲局), (二)…行动(甲局牵头): a heading that says by a lead's label or verb who leads: an item's
    # bare 责任单位 list under it (no lead said, no one said to help) is those who help the heading's lead
    lead_named: bool = False
    # 一、加快调整能源结构(省发改委总牵头), (一)…(总牵头单位:甲局): the lead of the whole part, first among the leads of
    # each item under it, beside the item's own
    overall: bool = False

    def __bool__(self) -> bool:
        return bool(self.leaders or self.lead_units or self.cooperating_units)


# A heading of two roles: a leader's verb, then 、 or , and the rest (县农业农村局牵头的任务).
_TWO_ROLES = re.compile(r"^(.{2,30}?(?:领衔|负责|牵头|分管|挂帅|主抓))[、,，](.{4,40})$")


# What no heading that is a body's name alone holds: a mark of a sentence, a space.
_NOT_A_NAME_ALONE = re.compile(r"[。,;:、!?\s]")


# A body's name says its level or place (市财政局, 团县委, 县供电公司); a topic does not (数字政府, 法治政府).
_OF_A_LEVEL = re.compile(r"[省市县区州盟旗镇乡](?!域)|街道")


# A body named by its kind of agency needs no level (改革发展局, 党政办公室 under a new area's 管委会, whose bodies say
# none; 党委宣传部, a school's): a topic never ends so (数字政府, 法治政府 do end as bodies do; 中西部 is a region).
_AGENCY_END = re.compile(r"(?:局|办公室|管委会|委员会|(?<![东西南北中全局内外干])部)$")


# A department's own offices: 基础教育科, 人事处, 办公室, 督导室 (not 会议室: no office answers for work so named).
_OFFICE_END = re.compile(r"(?:科|处|(?<!会议)室|股)$")
_ALIAS_AFTER = re.compile(r"\([^()]{2,12}\)$")


_CJK_SPACES = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
# (…负责的工作(乙秘书长、丙省长助理协助): those who assist the leader a heading names — not a body's heading's bracket
# of those who cooperate, 市发展改革委牵头的工作(市统计局配合))
_ASSISTANTS = re.compile(r"(?<=(?:负责|負責|分管|主抓)的工作) *\([^()]{2,40}(?:协助|協助)\)")
# (…(3项), (共5项), (牵头4项): how many items the body leads below, no part of its name)
_COUNT_AFTER = re.compile(r" *[(（](?:牵头|牽頭|负责|負責)?(?:共|计)?\d{1,3}(?:项|條|条|个|件)[)）]$")


_OFFICES_AFTER_NAME = re.compile(
    r"(?<=同志)\((?:[^()、,]{1,12}(?:书记|主任|[省市县区州旗镇乡]长|主席|委员|常委|部长|局长|秘书长)[、,]?)+\)"
)


def body_alone(text: str) -> Roles:
    """市财政局 alone on its line over items (a list grouped by the body that answers for them, 一、市教育局 as a
    section's title): that body leads them. Only a name that ends as bodies' names alone do (局, 委, 办, 中心 …), not a
    task's words (建设金融中心 starts as work does), and only one that says its level (市, 县 …), as a topic (数字政府)
    does not."""
    # (县财政局(县国资办): the body's other name in a bracket after it, kept with the name as a list keeps it)
    name = _ALIAS_AFTER.sub("", text)
    if (
        2 < len(name) <= 12
        and not _NOT_A_NAME_ALONE.search(text)
        and _OFFICE_END.search(name)
        and not units.says_a_sentence(name)
        and units.looks_like_unit(name)
    ):
        # 一、基础教育科, 二、办公室: a department's own office over the items it answers for (a department's list is
        # grouped by its 科室, which say no level: the department is theirs)
        return Roles(lead_units=(units.unit(text, text),))
    if not 2 < len(name) <= 20 or _NOT_A_NAME_ALONE.search(text):
        return Roles()
    if not units.STRONG_END.search(name) and not _AGENCY_END.search(name):
        return Roles()
    if units.says_a_sentence(name) or not units.looks_like_unit(name):
        return Roles()
    if not _OF_A_LEVEL.search(name[:-2]) and not _AGENCY_END.search(name):
        return Roles()
    return Roles(lead_units=(units.unit(text, text),))


_POSTS_APART = re.compile(r"[、,，]")


def _person_heading(text: str) -> str | None:
    """The person a heading names, where it is that person and the posts they hold and nothing else, a space between
    them: 卢志军 市委副书记、市委政法委书记 (the name first) or 市委常委、常务副市长 郭海鹰 (the posts first); None otherwise
    (glued, 金山区区长 or 林业局局长 cannot be told from a body's post)."""
    if not 4 <= len(text) <= 40 or " " not in text:
        return None

    def posts(part: str) -> bool:
        parts = [p.strip() for p in _POSTS_APART.split(part.strip())]
        return bool(part.strip()) and all(p and units.is_post(p) for p in parts)

    def person(name: str) -> bool:
        return (
            2 <= len(name) <= 4
            and units.surname().match(name) is not None
            and units.is_person(name)
            and not units.looks_like_unit(name)
            and name[-1] not in _PLACE_LAST
        )

    first, _, after = text.partition(" ")
    if after and person(first) and posts(after):
        return first  # (欧阳明辉 副市长)
    # (刘 洋 市委常委、市委秘书长: a two-character name spaced to three's width, then the posts)
    spaced = _SPACED_NAME_FIRST.match(text)
    if spaced is not None and person(spaced.group(1) + spaced.group(2)) and posts(spaced.group(3)):
        return f"{spaced.group(1)} {spaced.group(2)}"
    head, _, last = text.rpartition(" ")
    if head and person(last) and posts(head):
        return last
    return None


_SPACED_NAME_FIRST = re.compile(r"^([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff]) +(.+)$")
# The last character of a place's or a body's name, never a person's (刘家村, 王家坝镇): no name before a post.
_PLACE_LAST = frozenset("村镇乡市区县州省局委办厅站所队组")


@lru_cache(maxsize=512)
def heading_roles(heading: str) -> Roles:
    """The leader (by name, without the title) or lead unit a group heading names, if any."""
    # (一、劉(liú)強副市長負(fù)責(zé)的工作: a mirror's pinyin is no part of the heading's words nor of the name)
    text = without_pinyin(simplified(heading.strip()))
    if text.endswith((":", ":")) and ":" not in text[:-1]:
        text = text[:-1]  # (三)县农业农村局: over the body's tasks 1、2、: the colon leads in to them
    if text.endswith(")"):
        text = _COUNT_AFTER.sub(
            "", text
        )  # 区发展和改革局(3项), 张宏副市长负责(共5项): how many items follow, no name's
    if "(" in text:
        # 刘建平同志(党工委书记、管委会主任)牵头: the person's offices in a bracket after the name, no part of the role
        text = _OFFICES_AFTER_NAME.sub("", text)
        # 一、甲省长负责的工作(乙秘书长、丙省长助理协助): those who assist the leader, no leaders of the items
        text = _ASSISTANTS.sub("", text)
    if ":" in text and (labelled := _labelled_heading(text)) is not None:
        return labelled  # 一、责任领导:孙立军(区长) — a heading that is one duty field, for the items under it
    if (pair := _TWO_ROLES.match(text)) is not None:
        # 一、周光辉副县长领衔、县农业农村局牵头的任务: the leader's role, then the lead unit's — each read as a heading
        # of its own, both given to the items under it
        by_leader, by_unit = heading_roles(pair.group(1) + "的工作"), heading_roles(pair.group(2))
        if by_leader.leaders and by_unit.lead_units and not by_unit.leaders:
            return Roles(leaders=by_leader.leaders, lead_units=by_unit.lead_units, every_item=True)
    if (alone := _person_heading(text)) is not None:
        # (一)卢志军 市委副书记、市委政法委书记 over the commitments 1. 2. 3.: a heading that names one person and the
        # posts they hold, nothing else — the leader of the items under it
        return Roles(leaders=(units.leader(_as_written(heading, alone)),))
    m = _heading().match(text)
    if m is None and (role_end := text.find("的工作") + 3) > 2 and text[role_end : role_end + 1] not in ("", "("):
        # 一、甲省长负责的工作对主要工作任务负总责,同时具体负责以下工作: — a page run onto one line put the remit under
        # the heading after it; the heading is the words up to its role
        m = _heading().match(text[:role_end])
    if m is None and " " in text and (closed := _CJK_SPACES.sub("", text)) != text:
        # 常务副市长 张宏 负责(3项): a table's group row, its words spaced out to the cell's width — a leader only
        joined = heading_roles(closed)
        if joined.leaders:
            return joined
    if m is None:
        return body_alone(text)
    # (由市发改委牵头的工作: the preposition is no part of the name; nor is 金成浩(朝鲜族)'s note)
    who = units.without_person_note(m.group("who").removeprefix("由"))
    comrades = text.startswith("同志", m.end("who"))  # 王东同志牵头…: the role's 同志 belongs to the name
    leaders: list[Leader] = []
    named_first = False  # 李丹常委、常务副区长: the name, then the offices and titles of that one person
    # 、 or , parts the posts and the people (刘洋常委、常务副区长,区委办主任).
    parts = _PARTS.split(who + "同志" if comrades else who)
    for index, part in enumerate(parts):
        bare = part.removesuffix("同志").removeprefix("由")
        if _OFFICE.fullmatch(bare) and leaders == [] and part != who:
            continue  # 县委常委、副县长邓志远: an office the person also holds, before the titled name
        if leaders == [] and _post_before_named(bare, parts[index + 1 :]):
            continue  # 区政协副主席、区工商联主席赵明: a post the person named after it also holds
        office_named = _NAME_OFFICE.fullmatch(bare) if leaders == [] else None
        if (
            office_named is not None
            and is_person(office_named.group("name"))
            and units.surname().match(office_named.group("name"))  # not 政协党组成员, 人大常委: bodies
        ):
            leaders.append(units.leader(_as_written(heading, office_named.group("name"))))
            named_first = True
            continue
        if named_first and (_OFFICE.fullmatch(bare) or _untitled_role(bare) or _ends_in_title(bare)):
            continue  # 李丹常委、副区长、区委政法委书记: the same person's posts
        titled = _title_first().fullmatch(bare)
        # (旗长额尔敦巴雅尔, 副旗长乌云: a name no surname list holds, longer than a Han one, after the post)
        held = titled.group("name") if titled is not None else units.person_after_office(bare)
        if held and is_person(held) and units.named_after_post(held):
            leaders.append(units.leader(_as_written(heading, held)))
            continue
        if units.GENERIC_TITLE.match(bare) or (len(parts) == 1 and _MAIN_LEADER.match(bare)):
            # 分管城建工作的副县长牵头负责的重点工作, 分管农业副县长牵头的工作: a post alone, whoever holds it, as written
            leaders.append(units.leader(_as_written(heading, bare)))
            continue
        person = _title().fullmatch(bare)
        if (
            _GOVERNMENT_POST.fullmatch(bare)
            or _PARTY_POST.fullmatch(bare)
            or (person is not None and _GOVERNMENT.fullmatch(person.group("name") or ""))
        ):
            # 市政府常务副市长负责的工作, 青山区人民政府副区长负责的工作: the government's post, whoever holds it, as
            # written (as 分管农业副市长 is)
            leaders.append(units.leader(_as_written(heading, bare)))
            continue
        if person is None:
            # 王东同志: 同志 marks a person, who needs no title.
            after_titled = bool(leaders) and bool(units.surname().match(bare))  # 副市长孙立华、何文静: one title, two
            # (张海林、胡蓉同志牵头的工作: one 同志 after the last of the names says it of each)
            comrade = comrades and bool(units.surname().match(bare))
            if (bare == part and not after_titled and not comrade) or not 2 <= len(bare) <= 3 or not is_person(bare):
                break
            if units.looks_like_unit(bare):
                break
            leaders.append(units.leader(_as_written(heading, bare)))
            continue
        name = person.group("name")
        if name and (_ROLE_PREFIX.match(name) or name.endswith(("副", "常务"))):
            # 常务副县长: a role, named whole; 王副市长: a surname and a post, no name (the post's 副 is not the name's)
            leaders.append(units.leader(_as_written(heading, bare)))
            continue
        if name and (not is_person(name) or not _long_name(name)):
            break  # 其他副县长: no one in particular
        leaders.append(units.leader(_as_written(heading, name or bare)))
    else:
        return Roles(leaders=tuple(leaders))
    if _OTHERS.fullmatch(who):
        return Roles()  # 四、其他单位牵头: the items under it name their leads themselves
    original = _as_written(heading, who)
    if (together := _TOGETHER.fullmatch(original)) is not None and all(
        units.ends_like_unit(n) for n in (together.group(1), together.group(2))
    ):
        # 建设局会同自然资源和规划分局牵头事项: the two lead the items together; 县住建局会同有关部门: the departments
        # concerned (no one body) help (not 会同县人民政府, a county's name: nothing before its 会同)
        first, second = (units.units_of(units.split_names(g)) for g in together.groups())
        if second and all(u.name.startswith(units._COLLECTIVE_PREFIXES) for u in second):
            return Roles(lead_units=first, cooperating_units=second)
        return Roles(lead_units=first + second)
    names = units.split_names(original)
    if names.names and all(units.looks_like_unit(n) for n in names.names):
        return Roles(lead_units=units.units_of(names), every_item="牵头" in text[m.end("who") :])
    return Roles()


@lru_cache(maxsize=1)
def _labelled() -> re.Pattern[str]:
    return re.compile(rf"^{_NUMBERING}(?P<label>{lexicon('LABEL')}) *: *(?P<names>[^:;。]{{2,60}})$")


_BRACKETED = re.compile(r"\([^()]*\)")


def _labelled_heading(text: str) -> Roles | None:
    """The roles of a heading that is one duty field (一、责任领导:孙立军(区长); (二)牵头单位:区发改委): the people,
    their posts in brackets left out, or the bodies it names; None where it is no such field."""
    m = _labelled().match(text)
    if m is None:
        return None
    kind = label_kind(m.group("label"))
    names = [n.strip() for n in _PARTS.split(_BRACKETED.sub("", m.group("names"))) if n.strip()]
    if not names:
        return None
    if kind == "leaders" and all(is_person(n.replace(" ", "")) for n in names):
        return Roles(leaders=tuple(units.leader(n) for n in names))
    if kind == "lead" and all(units.looks_like_unit(n) for n in names):
        return Roles(lead_units=units.units_of(units.split_names("、".join(names))))
    return None


_PARTS = re.compile("[、,]")
# 与 before the names of an item's lead (与甲局共同牵头): with the body its heading names (no body's name starts so).
_WITH = ("与", "與")
# Two bodies before the heading's role word, joined by 会同 (甲局会同乙局牵头事项); something must stand before it.
_TOGETHER = re.compile(r"(.+?)[会會]同(.+)")
# A heading's "other bodies" (其他单位牵头, 其余部门负责的工作): the rest of the list's leads, no body of that name.
_OTHERS = re.compile(r"(?:其他|其它|其余|其餘)(?:各)?(?:责任)?(?:单位|部门|單位|部門)?")


def _post_before_named(part: str, later: list[str]) -> bool:
    """A post with no name (区政协副主席, not a role like 常务副区长) before the next part names a person
    after a title (区工商联主席赵明): the posts are that person's."""
    if not later or not _ends_in_title(part) or _untitled_role(part):
        return False
    titled = _title_first().fullmatch(later[0])
    held = titled.group("name") if titled is not None else units.person_after_office(later[0])
    return held is not None and is_person(held) and units.named_after_post(held)


@lru_cache(maxsize=1)
def _leader_sentence() -> re.Pattern[str]:
    # 其中,市长徐立毅亲自牵头8项重点工作,分别为: — a sentence (a news page's) naming the leader of the
    # items listed after it, and how many there are.
    return re.compile(
        rf"(?P<who>(?:{lexicon('TITLE')})[\u4e00-\u9fff]{{2,3}}?|[\u4e00-\u9fff]{{2,3}}?(?:{lexicon('TITLE')}))"
        r"(?:同志)?(?:亲自)?(?:牵头|负责|主抓|领衔)(?P<count>\d{1,3}|[一二三四五六七八九十]{1,3})项(?:重点)?(?:工作|任务|事项)"
        r"[^。]{0,12}[:]$"
    )


# Words a sentence puts where a name would stand (市长亲自牵头, 副市长同志负责, 由市长牵头负责).
_NOT_A_NAME = re.compile(r"亲自|同志|牵头|负责|领导|分管|主抓|领衔|本人|共同")


@lru_cache(maxsize=512)
def leader_sentence(line: str) -> tuple[Roles, int] | None:
    """The leader a sentence ending in a colon names for the items listed after it, and their count."""
    text = simplified(line.strip())
    m = _leader_sentence().search(text) if text.endswith(":") else None
    if m is None:
        return None
    who = units.without_person_note(m.group("who"))
    titled = _title().fullmatch(who)
    name = titled.group("name") if titled is not None else None
    if name is not None and not _long_name(name):
        name = None
    if name is None:
        name = units.person_after_office(who)
    if not name or not is_person(name) or _NOT_A_NAME.search(name):
        return None  # 市长亲自牵头: the words after a title are no name
    count = m.group("count")
    number = numeral(count)
    return Roles(leaders=(units.leader(_as_written(line, name)),)), number


def _as_written(original: str, simple: str) -> str:
    """The span of ``original`` (maybe traditional) that ``simple`` is the simplified form of."""
    at = simplified(original).find(simple)
    return original[at : at + len(simple)] if at >= 0 else simple


# 4项目标的责任单位均为X。 该目标责任单位为X。 以上任务的牵头单位为X。
_GROUP_SENTENCE = re.compile(
    r"^(?:以上|上述|该|这|本)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:项|个)?(?:目标|任务|工作|指标)?(?:的)?"
    r"(?P<label>责任单位|牵头单位|责任部门|牵头部门)(?:均|都|分别)?(?:为|是)(?P<names>[^。]+)。?$"
)


# 以上2项工作牵头单位为甲局,配合单位为乙局、丙局。: more labels after the first, each with its names.
_MORE_LABELS = re.compile(
    r"[,，;；](?P<label>(?:牵头|牽頭|责任|責任|配合|协同|協同|协办|協辦|协作|協作)(?:单位|單位|部门|部門))(?:均|都|分别|分別)?(?:为|為|是)"
)


def _labelled_pairs(first: str, written: str) -> Roles | None:
    """The roles of a group sentence with a label for each list (…牵头单位为甲局,配合单位为乙局、丙局)."""
    cuts = list(_MORE_LABELS.finditer(written))
    pairs = [(first, written[: cuts[0].start()])] + [
        (m.group("label"), written[m.end() : cuts[k + 1].start() if k + 1 < len(cuts) else len(written)])
        for k, m in enumerate(cuts)
    ]
    lead: list[Unit] = []
    helping: list[Unit] = []
    answering: list[Unit] = []
    for label, names in pairs:
        found = units.units_of(units.split_names(names.rstrip("。.")))
        kind = label_kind(label)
        (lead if kind == "lead" else answering if kind == "responsible" else helping).extend(found)
    if not lead:
        # (责任单位为甲局,配合单位为乙局: those who answer, beside those who help, lead)
        lead, answering = answering, []
    if not lead:
        return None
    others = tuple(dict.fromkeys(u for u in answering + helping if u not in lead))
    return Roles(lead_units=tuple(lead), cooperating_units=others)


# …均为甲局、乙局,甲局牵头。: the last group says which of them leads.
_LEADS_AMONG = re.compile(r"[,，]([^,，;；。]+?)(?:牵头|牽頭)[。.]?$")


@lru_cache(maxsize=512)
def group_sentence(line: str) -> Roles | None:
    """The units a group sentence gives the items before it; None if the line is no such sentence."""
    m = _GROUP_SENTENCE.match(simplified(line.strip()))
    if m is None:
        return None
    written = _as_written(line, m.group("names"))
    leaders: tuple[Leader, ...] = ()
    if (led := _LEADER_AFTER.search(written)) is not None:
        # …责任单位为甲局、乙镇人民政府,分管领导:刘建平。: the leader of the same items, in a field after the names
        leaders = units.leaders_of(units.split_names(led.group("names")))
        written = written[: led.start()]
    roles = _group_units(m.group("label"), written)
    return roles if roles is None or not leaders else attrs.evolve(roles, leaders=leaders)


# A leader's field closing a group sentence (…,分管领导:刘建平。 / …;责任领导:张三).
_LEADER_AFTER = re.compile(r"[,，;；](?:[^,，;；:：]{0,6})(?:领导|領導)[:：](?P<names>[^,，;；:：。]+)。?$")


def _group_units(label: str, written: str) -> Roles | None:
    """The units of a group sentence's names after its label, as ``group_sentence`` gives them."""
    if _MORE_LABELS.search(written) is not None:
        return _labelled_pairs(label, written)
    # …均为区果业局、各乡镇人民政府,区果业局牵头。: a last group naming who of them leads marks that one.
    last = _LEADS_AMONG.search(written)
    if last is not None:
        written = written[: last.start()]
    names = units.split_names(written)
    found = units.units_of(names)
    if not found:
        return None
    if last is not None and (leading := units.units_of(units.split_names(last.group(1)))):
        lead = tuple(u for u in found if u in leading)
        if lead:
            return Roles(lead_units=lead, cooperating_units=tuple(u for u in found if u not in lead))
    if names.marked:
        # …均为县工信局(牵头)、县发改局: the marked units lead, the others cooperate.
        lead = units.units_marked(names)
        return Roles(lead_units=lead, cooperating_units=tuple(u for u in found if u not in lead))
    # A 责任单位 with no lead word names the responsible units, as a 责任单位 line does (lead units).
    return Roles(lead_units=found)


# The note an item keeps of its 责任人: field (the person answering; fyplan/read/grammar.py).
PERSON_NOTE = "责任人"


def apply(task: Task, roles: Roles) -> Task:
    """The task (or each of its sub-tasks) with what its scope gives and it does not say itself."""
    if task.subtasks:
        return attrs.evolve(task, subtasks=tuple(apply(s, roles) for s in task.subtasks))
    if not roles and roles.deadline is not None and in_sentence(task.text) is not None:
        return task  # (a heading's deadline alone, over an item whose words set their own: 此项须于4月30日前完成)
    duties = _filled(task.duties, roles, _leaders_are_persons(task))
    return task if duties is task.duties else attrs.evolve(task, duties=duties)


def _leaders_are_persons(task: Task) -> bool:
    """Do the item's leaders come from its 责任人: field only (no 领导 field named one)?"""
    said = "、".join(leader.name for leader in task.duties.leaders)
    return bool(said) and any(label == PERSON_NOTE and value == said for label, value in task.notes)


def _filled(duties: Duties, roles: Roles, persons: bool = False) -> Duties:
    changes: dict[str, object] = {}
    if roles.leaders and (not duties.leaders or persons):
        # A heading's leader (一、陈某副县长分管的工作) over an item whose 责任人: names only the person answering.
        changes["leaders"] = roles.leaders
    if (
        roles.overall
        and roles.lead_units
        and duties.lead_units
        and (duties.lead_said or duties.cooperating_units)
        # (the item's words say it helps there: 甲局牵头,市发改委配合 — not a list's order under a 列第一位 note)
        and not (duties.lead_said and any(u in duties.cooperating_units for u in roles.lead_units))
    ):
        # (its own lead said by a word, or cut from its list by a 列第一位为牵头 note: the part's lead first, then the
        # item's; a bare list read as the lead only for want of one cooperates, below)
        changes["lead_units"] = roles.lead_units + tuple(u for u in duties.lead_units if u not in roles.lead_units)
        changes["cooperating_units"] = tuple(u for u in duties.cooperating_units if u not in roles.lead_units)
    elif roles.lead_units and duties.lead_units and all(u.name.startswith(_WITH) for u in duties.lead_units):
        # (与市城管局共同牵头) under 三、市住建局牵头: the heading's body leads with those the item names
        joined = tuple(units.unit(u.name[1:], u.written[1:]) for u in duties.lead_units)
        changes["lead_units"] = roles.lead_units + tuple(u for u in joined if u not in roles.lead_units)
    elif roles.lead_units and not duties.lead_units:
        changes["lead_units"] = roles.lead_units
        # A heading's unit leads: the item's own units, said with no lead label, cooperate.
        changes["cooperating_units"] = tuple(u for u in duties.cooperating_units if u not in roles.lead_units)
    elif (
        roles.lead_units
        and (roles.every_item or (roles.lead_named and not duties.cooperating_units))
        and not duties.lead_said
    ):
        # (三、…(本部分各项任务均由X科牵头) over 〔责任单位:甲、乙〕: the heading says who leads; the list, which no label
        # said leads — read so only for want of a lead — cooperates)
        changes["lead_units"] = roles.lead_units
        own = duties.lead_units + duties.cooperating_units
        if not roles.every_item:
            # (二、…(牵头单位:甲局,各区县政府配合): those the heading says help, help with each item beside its own list)
            own += tuple(u for u in roles.cooperating_units if u not in own)
        changes["cooperating_units"] = tuple(u for u in own if u not in roles.lead_units)
    if roles.cooperating_units and not duties.cooperating_units and not changes.get("cooperating_units"):
        changes["cooperating_units"] = roles.cooperating_units
    if roles.deadline is not None and duties.deadline is None and (changes or not roles):
        # (only with the units or leaders it gives: the sentence's scope; a scope that gives a deadline alone, 一、近期
        # 办结事项(完成时限:6月30日前), gives it to every item under it that sets none)
        changes["deadline"] = roles.deadline
    return attrs.evolve(duties, **changes) if changes else duties  # type: ignore[arg-type]


def merge(outer: Roles, inner: Roles) -> Roles:
    """An inner heading's roles over an outer one's: (一)省监察厅牵头的工作 under 一、孟学农省长负责的工作."""
    return Roles(
        inner.leaders or outer.leaders,
        inner.lead_units or outer.lead_units,
        inner.cooperating_units or (outer.cooperating_units if not inner.lead_units else ()),
        inner.deadline or outer.deadline,
        inner.every_item if inner.lead_units else outer.every_item,
        inner.lead_named if inner.lead_units else outer.lead_named,
        inner.overall if inner.lead_units else outer.overall,
    )
