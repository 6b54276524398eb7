"""Name lists, as a user would search them. Expected names written from the rules in DESIGN.md."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fyplan import units
from fyplan.units import FIRST_LEADS, canonical, is_role, says_first_leads, split_names


@pytest.mark.parametrize(
    ("text", "names", "open_ended"),
    [
        ("市税务局、人行阜阳中心支行等。", ["市税务局", "人行阜阳中心支行"], True),
        ("颍州区、颍东区、颍泉区人民政府", ["颍州区人民政府", "颍东区人民政府", "颍泉区人民政府"], False),
        ("阜阳经开区、阜合现代产业园区管委会", ["阜阳经开区管委会", "阜合现代产业园区管委会"], False),
        # Only the bare place names just before the suffixed one share its suffix.
        ("市交通运输局、颍州区、颍东区人民政府", ["市交通运输局", "颍州区人民政府", "颍东区人民政府"], False),
        ("各县、市、区人民政府", ["各县、市、区人民政府"], False),
        ("各县、区人民政府,市政府各部门", ["各县、区人民政府", "市政府各部门"], False),
        ("市政府各部门、各直属机构", ["市政府各部门", "各直属机构"], False),
        # A shared prefix is not written out (names as written); queries add it back (test_query_fields).
        ("市发改委、经贸委、规划局", ["市发改委", "经贸委", "规划局"], False),
        # No prefix is added where a later name is not a short agency name.
        ("市税务局、人行阜阳中心支行", ["市税务局", "人行阜阳中心支行"], False),
        ("市委、市政府", ["市委", "市政府"], False),
        # Names that carry their own level take no prefix.
        ("市教育局、团市委", ["市教育局", "团市委"], False),
        ("市财政局、阜阳市税务局", ["市财政局", "阜阳市税务局"], False),
        ("市税务局等相关部门,各县(市)区政府", ["市税务局", "各县(市)区政府"], True),
        ("各乡镇人民政府(街道办事处、园区管委会)", ["各乡镇人民政府(街道办事处、园区管委会)"], False),
        ("市发改委、、市财政局", ["市发改委", "市财政局"], False),
        # 各 shares itself over bare level words (县, 市, 区, 县级市); not from a word that names a kind of body by
        # itself (开发区, 街道): 各开发区、镇(街道) is two names. A level word with a body of its own after one with
        # a body starts a second name.
        ("各有关部门,各开发区、镇(街道)", ["各有关部门", "各开发区", "镇(街道)"], False),
        ("各县市、区政府", ["各县市、区政府"], False),
        ("各区、县级市政府", ["各区、县级市政府"], False),
        # 省辖市 and 设区市 are level words too (a city under the province, a city with districts).
        ("各省辖市、县(市)政府", ["各省辖市、县(市)政府"], False),
        ("各设区市、县(市、区)人民政府,省直各部门", ["各设区市、县(市、区)人民政府", "省直各部门"], False),
        # Two peer levels and the body each has (每个州和市的卫健委): one collective; a township and the county's
        # bureau are two, and 市场 opens a body's name, no level.
        ("各州、市卫生健康委,省疾控中心", ["各州、市卫生健康委", "省疾控中心"], False),
        ("各乡镇、县教育局", ["各乡镇", "县教育局"], False),
        ("各县、市场监管局", ["各县", "市场监管局"], False),
        # The firms or shops of a place, named by their kind in a list of those who help; 等处室 is a tail, no name.
        ("各社区居委会、辖区物业服务企业", ["各社区居委会", "辖区物业服务企业"], False),
        ("厅耕地保护监督处等处室", ["厅耕地保护监督处"], True),
        ("各县市区政府、开发区管委会", ["各县市区政府", "开发区管委会"], False),
        ("各县区人民政府、园区管委会", ["各县区人民政府", "园区管委会"], False),
        # 和 / 及 before the places concerned (有关县区, 相关乡镇) joins a collective to the list, as before 有关部门.
        ("市建委、国土局和有关县区", ["市建委", "国土局", "有关县区"], False),
        ("县财政局及相关乡镇", ["县财政局", "相关乡镇"], False),
        ("县金融工作服务中心和有关金融机构", ["县金融工作服务中心", "有关金融机构"], False),
        ("县教育局及有关学校", ["县教育局", "有关学校"], False),
        ("城乡建设和交通运输局", ["城乡建设和交通运输局"], False),
        # The kind of places before 等 (their governments) is no name: 等相关市(州)人民政府, 等地.
        ("达州市、广安市等相关市(州)人民政府", ["达州市", "广安市"], True),
        ("甲县、乙县等地", ["甲县", "乙县"], True),
        ("南湖区、秀洲区等有关县(市、区)政府", ["南湖区", "秀洲区"], True),
        # 等行业主管部门, 等成员单位: the kind of bodies before 等; after 等部门, 和 joins the next collective.
        ("甲局、乙局等行业主管部门", ["甲局", "乙局"], True),
        ("甲局、乙局等成员单位", ["甲局", "乙局"], True),
        ("市财政局等部门和沿线县(市、区)人民政府", ["市财政局", "沿线县(市、区)人民政府"], True),
        # 等有关镇街, 等相关镇(街道): the towns and streets named before 等, their kind no name.
        ("区文化局、甲镇、乙乡等有关镇街", ["区文化局", "甲镇", "乙乡"], True),
        ("甲镇、丙街道等相关镇(街道)", ["甲镇", "丙街道"], True),
        # 等区政府有关部门, 等市人民政府各部门: the departments of the place's government, no body's name.
        ("区经信局、区财政局等区政府有关部门、某经开区管委会", ["区经信局", "区财政局", "某经开区管委会"], True),
        ("市发改委等市人民政府各部门", ["市发改委"], True),
        # An open ending parted from the name it closes (a cell's wrap joined by 、 or a space): the list's end, no name.
        ("市交通委、市住房城乡建设委、等部门", ["市交通委", "市住房城乡建设委"], True),
        ("市财政局 等有关单位", ["市财政局"], True),
    ],
)
def test_split(text: str, names: list[str], open_ended: bool) -> None:
    result = split_names(text)
    assert list(result.names) == names
    assert result.open_ended is open_ended


def test_written_is_kept_beside_the_expanded_name() -> None:
    result = split_names("阜南县、临泉县人民政府")
    assert result.written == ("阜南县", "临泉县人民政府")
    assert result.names == ("阜南县人民政府", "临泉县人民政府")


def test_alias_definition() -> None:
    result = split_names("阜阳高新技术产业开发区管委会(以下简称高新区管委会)、市科技局")
    assert result.names == ("阜阳高新技术产业开发区管委会", "市科技局")
    assert result.aliases == (("高新区管委会", "阜阳高新技术产业开发区管委会"),)


def test_first_listed_note() -> None:
    result = split_names("财政局、发改局、工商联(列第一位者为牵头或汇总单位,下同)")
    assert result.names == ("财政局", "发改局", "工商联")
    assert result.first_listed_leads


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("李红", False),
        ("宁波", False),
        ("欧阳东方", False),
        ("李长春", False),
        ("市政府常务副市长", True),
        ("市长", True),
        ("副市长", True),
        ("秘书长", True),
    ],
)
def test_is_role(name: str, role: bool) -> None:
    assert is_role(name) is role


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("人行阜阳中心支行", "人民银行阜阳中心支行"),
        ("人民银行阜阳市中心支行", "人民银行阜阳中心支行"),
        ("市人力资源和社会保障局", "市人力资源社会保障局"),
    ],
)
def test_canonical_spellings_meet(a: str, b: str) -> None:
    assert canonical(a) == canonical(b)
    assert canonical("市财政局") != canonical("市税务局")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("等", ["等"]),  # 等 alone is no open-ended marker: nothing before it
        ("市财政局。、市税务局", ["市财政局", "市税务局"]),  # a stray 。 inside the list
        ("市财政局;市税务局", ["市财政局", "市税务局"]),  # ; separates groups too
        ("市财政局,,市税务局", ["市财政局", "市税务局"]),  # an empty group does not end the list
        ("甲县、人民政府", ["甲县", "人民政府"]),  # a bare suffix shares nothing
        ("发改委、经贸委", ["发改委", "经贸委"]),  # no level on the first name: no prefix to share
        ("阜南县(牵头)、临泉县人民政府", ["阜南县人民政府", "临泉县人民政府"]),
    ],
)
def test_split_edges(text: str, names: list[str]) -> None:
    assert list(split_names(text).names) == names


def test_lead_mark_on_a_name_that_takes_a_shared_suffix() -> None:
    from fyplan.units import units_marked

    marked = units_marked(split_names("阜南县(牵头)、临泉县人民政府"))
    assert [u.name for u in marked] == ["阜南县人民政府"]


@pytest.mark.parametrize(
    ("name", "unit_like"),
    [
        ("市财政局", True),
        ("市财政局等", True),
        ("市财政局。", True),
        ("各街道", True),
        ("推进改造。市财政局", False),
        ("李红", False),
        ("市" + "甲" * 38 + "局", True),  # 40 characters
        ("市" + "甲" * 39 + "局", False),  # 41: a sentence, not a name
    ],
)
def test_looks_like_unit(name: str, unit_like: bool) -> None:
    from fyplan.units import looks_like_unit

    assert looks_like_unit(name) is unit_like


def test_five_characters_without_a_role_word_are_not_a_person() -> None:
    assert is_role("督查考核办")


def test_separators_inside_nested_brackets_do_not_split() -> None:
    assert split_names("市甲局(含乙中心(丙站)、丁站)、市戊局").names == ("市甲局(含乙中心(丙站)、丁站)", "市戊局")


def test_lead_mark_on_a_name_after_a_shared_prefix() -> None:
    from fyplan.units import units_marked

    names = split_names("市发改委、经贸委(牵头)")
    assert names.names == ("市发改委", "经贸委")
    assert [u.name for u in units_marked(names)] == ["经贸委"]


@pytest.mark.parametrize(
    ("note", "says"),
    [
        ("责任单位中排序第一单位为牵头单位", True),
        ("列第一位者为牵头单位,下同", True),
        ("第一个单位为牵头单位", True),
        ("排在首位的为牽頭單位", True),
        ("列第一位的为牵头(或汇总)单位", True),
        ("第一责任单位为牵头单位,下同", True),
        ("第一责任人为区长", False),
        ("牵头单位为第一批试点", False),
    ],
)
def test_first_listed_leads_notes(note: str, says: bool) -> None:
    from fyplan.units import FIRST_LEADS

    assert bool(FIRST_LEADS.search(note)) is says


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("各区、县(市)政府及开发区管委会", ["各区、县(市)政府", "开发区管委会"]),
        ("市财政局及各区政府", ["市财政局", "各区政府"]),
        ("州委编办及州直相关单位", ["州委编办", "州直相关单位"]),
        ("市交通局以及有关部门", ["市交通局", "有关部门"]),
        ("市场监管和知识产权局", ["市场监管和知识产权局"]),  # 和 inside one body's name
        ("提高及时率", ["提高及时率"]),
    ],
)
def test_ji_and_he_join_two_bodies(text: str, names: list[str]) -> None:
    assert list(split_names(text).names) == names


def test_ji_qi_keeps_one_collective_and_spaced_names_split() -> None:
    from fyplan.units import leaders_of

    assert list(split_names("各县区政府及其有关部门").names) == ["各县区政府及其有关部门"]
    assert [x.name for x in leaders_of(split_names("李红 王刚"))] == ["李红", "王刚"]
    assert [x.name for x in leaders_of(split_names("王 东"))] == ["王东"]
    # Two posts in one cell, a space between (a web cell's line break): two leaders, each a post.
    assert [x.name for x in leaders_of(split_names("分管农业副县长 分管城建副县长"))] == [
        "分管农业副县长",
        "分管城建副县长",
    ]


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("杨志武副市长", "杨志武"),
        ("由陈明常务副市长", "陈明"),
        ("王浩省长", "王浩"),
        # Titles of an office or of whoever is in charge name no person; bodies are bodies.
        ("分管副省长", None),
        ("协管副秘书长", None),
        ("市政府常务副市长", None),
        ("市发改委主任", None),
        ("市财政局", None),
        # The head of a body whose name reads as a person's (人大主席, 工会主席): a post.
        ("人大主席", None),
        ("工会主席", None),
        # A time word after a post (区委常委下周要…) is no one's name.
        ("区委常委下周", None),
        ("副县长近期", None),
    ],
)
def test_titled_person(name: str, person: str | None) -> None:
    from fyplan.units import titled_person

    assert titled_person(name) == person


# Characters of FIRST_LEADS notes and others, so that notes, near misses and pieces of notes turn up.
_NOTE_CHARS = "列排名在序第一首位个的责任单位部门者为是牵头主办汇总,。甲局 " + "牽頭單位為"


@given(
    st.text(alphabet=_NOTE_CHARS, max_size=40), st.sampled_from(["", "列第一位的为牵头单位", "排名首位者为牵头单位"])
)
def test_says_first_leads_as_the_pattern_does(text: str, note: str) -> None:
    """The quick search around 第一 and 首 answers as a search of the whole text with the pattern."""
    whole = text[: len(text) // 2] + note + text[len(text) // 2 :]
    assert says_first_leads(whole) is bool(FIRST_LEADS.search(whole))


def test_says_first_leads_finds_a_note_far_into_the_text() -> None:
    text = "首先,第一批项目。" * 200
    assert not says_first_leads(text)
    assert says_first_leads(text + "(列第一位的为牵头单位,下同)")
    assert says_first_leads(text + "各项工作" * 5 + "(甲局列在第一位)")  # two characters before 第一


def test_says_first_leads_across_a_wrap() -> None:
    # A page's wrap cut the note (…第一个责任单位为 / 牵头单位,其余为配合单位): it still holds; a line break between 第一
    # and words of no note (第一 / 季度) says nothing.
    assert says_first_leads("各项工作的第一个责任单位为\n牵头单位，其余为配合单位。")
    assert says_first_leads("排名第一的\n　　单位为牵头单位")
    assert not says_first_leads("第一\n季度完成牵头单位的调整")
    # (a table cell's wrap between 第 and 一: 列第 / 一位的为牵头单位 — session 56, review267 03)
    assert says_first_leads("市财政局、市自然资源和规划局(列第\n一位的为牵头单位,下同)")
    assert not says_first_leads("第\n一季度完成牵头单位的调整")


def test_a_person_named_again_is_no_body() -> None:
    # 李红、杨志武副市长、李红: the two first share the title; the name printed again is 李红 again, no unit (the
    # general reader made a unit of it where the quick path of plain items did not; a property found it).
    from fyplan.units import people_in, units_of

    names = split_names("李红、杨志武副市长、李红、市财政局")
    assert [p.name for p in people_in(names)][:2] == ["李红", "杨志武"]
    assert [u.name for u in units_of(names)] == ["市财政局"]


def test_party_posts_name_no_person() -> None:
    # (组 and 宣 read as surnames: 组织部长 was the person 组织, 党组书记 the person 党组)
    for post in ("组织部长", "宣传部长", "统战部长", "党组书记", "党委书记"):
        assert units.titled_person(post) is None, post
    # (市委常委、组织部长 with no name: one person's two posts, the party seat held by whoever heads the department —
    # one leader, seat and post as printed, as 县委常委、常务副县长 is; two posts after the seat stay two leaders)
    assert [leader.name for leader in units.leaders_of(units.split_names("市委常委、组织部长"))] == [
        "市委常委、组织部长"
    ]
    assert [leader.name for leader in units.leaders_of(units.split_names("县委常委、常务副县长、分管工业副县长"))] == [
        "县委常委、常务副县长",
        "分管工业副县长",
    ]
    assert units.titled_person("张伟部长") == "张伟"
    assert units.titled_person("检察长王振东") == "王振东"


def test_company_and_unit_heads_titles_name_the_person() -> None:
    # (a company's titles, 副总经理 and 总会计师, parted from the name by a space; a stray space after a surname)
    def names(text: str) -> list[str]:
        return [leader.name for leader in units.leaders_of(units.split_names(text))]

    assert names("副总经理 郑志刚") == ["郑志刚"]
    assert names("总会计师 吴丽君、副总经理 何 斌") == ["吴丽君", "何斌"]
    assert names("副市长张 建国") == ["张 建国"]
    assert names("党委副书记") == ["党委副书记"]  # (a post alone: a role)
    assert units.is_post("总经理") and units.is_post("分管副县长") and units.is_post("县委常委")
    assert not units.is_post("王明") and not units.is_post("市财政局")


@pytest.mark.parametrize(
    ("written", "leader"),
    [
        ("镇长王建社", "王建社"),  # (a given name ending as a body's name does: 社, 科 — still the person's)
        ("市长王立科", "王立科"),
        ("党组成员王五", "王五"),
        ("各委员单位", "各委员单位"),  # (委员 then the word for the bodies: no one named 单位)
    ],
)
def test_leaders_after_a_post(written: str, leader: str) -> None:
    assert [p.name for p in units.leaders_of(units.split_names(written))] == [leader]
