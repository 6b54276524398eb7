"""Hand-labelled numeric targets of the bundled notice (examples/fuyang-2019.txt).

Every responsibility item whose text contains an ASCII digit is listed in ``EXPECTED``,
with the targets read by hand from the notice, in order of appearance, as
``(value, scale, unit, bound, verb, indicator_keyword)``. Years, names with digits
(PM2.5, 345国道), quoted labels (“351”, “2+N”) and numbers in Chinese characters are
not targets. The keyword is a short substring of the item text that belongs to the
thing measured: the test checks ``keyword in target.indicator``.
"""

from __future__ import annotations

import pytest

from fyplan.model import Notice
from fyplan.targets import extract_targets

Expected = tuple[float, str | None, str, str, str, str]

EXPECTED: dict[str, list[Expected]] = {
    # 全市生产总值增长8.5%。
    "1": [(8.5, None, "%", "exactly", "增长", "生产总值")],
    # 固定资产投资增长12%。
    "3": [(12.0, None, "%", "exactly", "增长", "固定资产")],
    # 规模以上工业增加值增长9.5%。
    "4": [(9.5, None, "%", "exactly", "增长", "工业增加值")],
    # 社会消费品零售总额增长11%。
    "5": [(11.0, None, "%", "exactly", "增长", "零售总额")],
    # 进出口总额增长12%。
    "6": [(12.0, None, "%", "exactly", "增长", "进出口总额")],
    # 城镇常住居民人均可支配收入增长8.5%。
    "7": [(8.5, None, "%", "exactly", "增长", "可支配收入")],
    # 农村常住居民人均可支配收入增长9%。
    "8": [(9.0, None, "%", "exactly", "增长", "可支配收入")],
    # 完成省下达我市的2019年度PM2.5平均浓度考核目标。
    "9": [],
    # 力争新增规模以上工业企业70家,工业投资、技改投资分别增长12%和15%以上。
    "12.5": [
        (70.0, None, "家", "exactly", "新增", "工业企业"),
        (12.0, None, "%", "exactly", "增长", "工业投资"),
        (15.0, None, "%", "at_least", "增长", "技改投资"),
    ],
    # 新增新型政银担业务100亿元,设立1亿元中小微企业贷款风险补偿资金
    "15.1": [
        (100.0, "亿", "元", "exactly", "新增", "政银担"),
        (1.0, "亿", "元", "exactly", "设立", "风险补偿"),
    ],
    # 345国道 / 252省道 are names.
    "16.5": [],
    # 实施棚户区改造32771套,基本建成18514套。
    "16.9": [
        (32771.0, None, "套", "exactly", "实施", "棚户区"),
        (18514.0, None, "套", "exactly", "建成", "棚户区"),
    ],
    # “2019年巩固提升” is a quoted label.
    "17.1": [],
    # 改造提升阜城农贸市场8个。
    "17.4": [(8.0, None, "个", "exactly", "改造提升", "农贸市场")],
    # 建设公共停车场30个
    "17.5": [(30.0, None, "个", "exactly", "建设", "停车场")],
    # 确保完成3个贫困县区摘帽、18个贫困村出列、10.88万贫困人口脱贫的年度目标。
    "19.2": [
        (3.0, None, "个", "exactly", "完成", "贫困县"),
        (18.0, None, "个", "exactly", "完成", "贫困村"),
        (10.88, "万", "", "exactly", "完成", "贫困人口"),
    ],
    # 力争帮扶贫困人口就业达50%以上。
    "19.6": [(50.0, None, "%", "at_least", "达", "就业")],
    # “351”“180” are quoted labels.
    "19.7": [],
    # 专用品牌粮食面积扩大到230万亩,花卉面积力争达到70万亩。
    "20.4": [
        (230.0, "万", "亩", "exactly", "扩大到", "粮食面积"),
        (70.0, "万", "亩", "exactly", "达到", "花卉面积"),
    ],
    # 力争“三品一标”认证产品达到460个以上。
    "20.5": [(460.0, None, "个", "at_least", "达到", "认证产品")],
    # 秸秆综合利用和畜禽养殖废弃物资源化利用,综合利用率分别达90%以上和85%。
    "20.7": [
        (90.0, None, "%", "at_least", "达", "利用率"),
        (85.0, None, "%", "exactly", "达", "利用率"),
    ],
    # 力争亿元以上农产品加工龙头企业发展到220家以上。 (亿元以上 is a qualifier)
    "20.8": [(220.0, None, "家", "at_least", "发展到", "龙头企业")],
    # 农业产业化联合体发展到200家,完成5000人以上培训计划。
    "20.9": [
        (200.0, None, "家", "exactly", "发展到", "联合体"),
        (5000.0, None, "人", "at_least", "完成", "培训"),
    ],
    # 加快37个乡镇政府驻地污水处理设施建设,完成农村改厕11.1万户。
    "21.1": [
        (37.0, None, "个", "exactly", "加快", "污水处理"),
        (11.1, "万", "户", "exactly", "完成", "改厕"),
    ],
    # 完成2018年度133个省级中心村建设任务,推进2019年度省级中心村建设。
    "21.2": [(133.0, None, "个", "exactly", "完成", "中心村")],
    # 力争村级综合文化服务中心覆盖率70%以上。 (no verb governs the number)
    "21.6": [(70.0, None, "%", "at_least", "", "覆盖率")],
    # 力争旅游业年收入增长15%以上。
    "24.6": [(15.0, None, "%", "at_least", "增长", "旅游业")],
    # 力争全年进出口总额突破15亿美元。
    "25.1": [(15.0, "亿", "美元", "at_least", "突破", "进出口总额")],
    # 力争全年亿元以上项目完成投资900亿元。
    "27.1": [(900.0, "亿", "元", "exactly", "完成", "项目")],
    # 新建普通国省干线公路398公里、农村道路3018公里。
    "27.3": [
        (398.0, None, "公里", "exactly", "新建", "干线公路"),
        (3018.0, None, "公里", "exactly", "新建", "农村道路"),
    ],
    # 确保全年引进市外资金增长15%以上、直接利用外资增长10%以上。
    "30.2": [
        (15.0, None, "%", "at_least", "增长", "市外资金"),
        (10.0, None, "%", "at_least", "增长", "利用外资"),
    ],
    # 2019世界制造业大会 is a name.
    "30.3": [],
    # 力争全社会研发投入增长20%以上。
    "31.1": [(20.0, None, "%", "at_least", "增长", "研发投入")],
    # 实施市级以上科技重大专项20项以上 … 高新技术企业发展到230家以上,培育20家以上科技“小巨人”企业。
    "31.2": [
        (20.0, None, "项", "at_least", "实施", "重大专项"),
        (230.0, None, "家", "at_least", "发展到", "高新技术"),
        (20.0, None, "家", "at_least", "培育", "小巨人"),
    ],
    # PM2.5 is a name.
    "32.1": [],
    # 三年行动 is in Chinese characters; 力争阜城黑臭水体消除比例达到90%。
    "32.4": [(90.0, None, "%", "exactly", "达到", "黑臭水体")],
    # 新增造林5万亩,新建森林长廊80公里,创建森林城镇8个。
    "33.1": [
        (5.0, "万", "亩", "exactly", "新增", "造林"),
        (80.0, None, "公里", "exactly", "新建", "森林长廊"),
        (8.0, None, "个", "exactly", "创建", "森林城镇"),
    ],
    # 继续实施33项民生工程
    "35.1": [(33.0, None, "项", "exactly", "实施", "民生工程")],
    # “2+N” is a quoted label.
    "35.2": [],
    # 新建、改扩建公办幼儿园53所
    "36.1": [(53.0, None, "所", "exactly", "新建、改扩建", "幼儿园")],
    # 压缩至3个工作日以内 / 45个工作日以内 / 5个工作日以内
    "43.2": [
        (3.0, None, "个工作日", "at_most", "压缩至", "企业开办"),
        (45.0, None, "个工作日", "at_most", "压缩至", "施工许可"),
        (5.0, None, "个工作日", "at_most", "压缩至", "不动产登记"),
    ],
}

ASCII_DIGITS = frozenset("0123456789")


def has_ascii_digit(text: str) -> bool:
    return any(ch in ASCII_DIGITS for ch in text)


TARGET_CASES: list[tuple[str, int, str, str]] = [
    (item_id, index, verb, keyword)
    for item_id, targets in EXPECTED.items()
    for index, (_, _, _, _, verb, keyword) in enumerate(targets)
]


def test_expected_covers_every_item_with_a_digit(example: Notice) -> None:
    with_digits = [item.id for item in example.items() if has_ascii_digit(item.text)]
    assert with_digits == list(EXPECTED)


@pytest.mark.parametrize("item_id", list(EXPECTED))
def test_values_scales_units_bounds(example: Notice, item_id: str) -> None:
    got = [(t.value, t.scale, t.unit, t.bound) for t in extract_targets(example[item_id].text)]
    assert got == [(v, s, u, b) for v, s, u, b, _, _ in EXPECTED[item_id]]


@pytest.mark.parametrize(("item_id", "index", "verb", "keyword"), TARGET_CASES)
def test_verb_and_indicator(example: Notice, item_id: str, index: int, verb: str, keyword: str) -> None:
    targets = extract_targets(example[item_id].text)
    assert len(targets) > index, f"{item_id}: only {len(targets)} targets"
    target = targets[index]
    assert target.verb == verb
    assert keyword in target.indicator, f"{keyword!r} not in {target.indicator!r}"


def test_items_without_a_digit_have_no_targets(example: Notice) -> None:
    for item in example.items():
        if not has_ascii_digit(item.text):
            assert extract_targets(item.text) == (), item.id


def test_money_thresholds_before_a_noun_are_qualifiers() -> None:
    # 10亿元以上项目 is a class of projects; 50个 is the commitment. 20家以上企业 is a commitment.
    assert [(t.value, t.unit) for t in extract_targets("新增10亿元以上项目50个")] == [(50.0, "个")]
    assert [(t.value, t.unit, t.bound) for t in extract_targets("培育20家以上企业")] == [(20.0, "家", "at_least")]
    assert [(t.value, t.scale, t.bound) for t in extract_targets("完成投资100亿元以上")] == [(100.0, "亿", "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bounds written before the number
        ("城镇登记失业率控制在5.5%以下", [("城镇登记失业率", "控制在", 5.5, None, "%", "at_most")]),
        ("空气优良天数比例不低于80%", [("空气优良天数比例", "", 80.0, None, "%", "at_least")]),
        ("设立不低于1亿元引导基金", [("引导基金", "设立", 1.0, "亿", "元", "at_least")]),
        ("安排不超过2亿元专项资金", [("专项资金", "安排", 2.0, "亿", "元", "at_most")]),
        ("企业开办时间压缩至3个工作日左右", [("企业开办时间", "压缩至", 3.0, None, "个工作日", "about")]),
        # indicators lose joiners and 的 at their ends, keep them inside
        ("及工业投资增长5%", [("工业投资", "增长", 5.0, None, "%", "exactly")]),
        ("全社会研发投入的增长20%", [("全社会研发投入", "增长", 20.0, None, "%", "exactly")]),
        ("工业投资和技改投资增长12%", [("工业投资和技改投资", "增长", 12.0, None, "%", "exactly")]),
        # 分别: the n-th value goes with the n-th subject
        (
            "甲产业、乙产业、丙产业分别增长1%、2%和3%",
            [
                ("甲产业", "增长", 1.0, None, "%", "exactly"),
                ("乙产业", "增长", 2.0, None, "%", "exactly"),
                ("丙产业", "增长", 3.0, None, "%", "exactly"),
            ],
        ),
    ],
)
def test_target_edges(text: str, expected: list[tuple[str, str, float, str | None, str, str]]) -> None:
    got = [(t.indicator, t.verb, t.value, t.scale, t.unit, t.bound) for t in extract_targets(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("编制完成全省综合交通网规划(2021—2035年)初稿。", []),  # a plan's span of years
        ("引进世界500强企业3家。", [3.0]),  # 500强 names a class of firms
        ("为65周岁以上老人免费体检。", []),  # an age that names a group
        ("人均预期寿命达到79岁。", [79.0]),  # an age that is the aim
    ],
)
def test_numbers_that_name_no_commitment(text: str, values: list[float]) -> None:
    assert [t.value for t in extract_targets(text)] == values
