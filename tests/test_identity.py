"""What a notice is: place, level, year, document number and title, read from notices written here.

Each expected value was written from the notice text above it, before the code ran."""

from __future__ import annotations

import datetime
import json

import pytest

import fyplan
from fyplan.query import QueryError, parse_query
from fyplan.read.identity import level_of, place_from_doc_number, place_of, year_of
from fyplan.write import export

PROVINCE = """青川省人民政府关于2021年重点工作及责任分解的通知
青政〔2021〕3号
各市人民政府,省政府各部门、各直属机构:
现将2021年重点工作及责任分解印发给你们,请认真落实。
一、稳住经济大盘
1.全省生产总值增长7%。
牵头责任单位:省发展改革委。
2.加快高速公路建设。
牵头责任单位:省交通运输厅。
青川省人民政府
2021年2月3日
"""

CITY = """云岭市人民政府关于2022年重点工作及责任分解的通知
云政发〔2022〕8号
各县、市、区人民政府,市政府各部门:
现将2022年重点工作及责任分解印发给你们。
一、扩大有效投资
1.固定资产投资增长10%。
牵头负责领导:王伟。
牵头责任单位:市发展改革委。
协同责任单位:市财政局。
2.新开工亿元以上项目50个。
牵头负责领导:王伟。
牵头责任单位:市财政局。
3.推进老旧小区改造。
牵头责任单位:市住房城乡建设局。
云岭市人民政府
2022年3月1日
"""

# The title says only 县政府; the document number's 东 and the county's own name in the text give the place.
COUNTY = """县政府关于印发2023年重点工作任务分工的通知
东政办〔2023〕2号
各乡镇人民政府,县政府各部门:
东湖县人民政府决定,将下列工作分解落实。
一、项目建设
1.完成县城污水管网改造。
牵头责任单位:县住房城乡建设局。
县政府办公室
2023年1月20日
"""

STATE_COUNCIL = """国务院关于落实《政府工作报告》重点工作分工的意见
国发〔2024〕5号
各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
为做好今年政府工作,现对重点工作提出分工意见。
一、推动高质量发展
1.国内生产总值增长5%左右。
牵头责任单位:国家发展改革委。
国务院
2024年3月20日
"""


@pytest.mark.parametrize(
    ("text", "place", "level", "year", "doc_number", "title"),
    [
        (PROVINCE, "青川省", "省", 2021, "青政〔2021〕3号", "青川省人民政府关于2021年重点工作及责任分解的通知"),
        (CITY, "云岭市", "市", 2022, "云政发〔2022〕8号", "云岭市人民政府关于2022年重点工作及责任分解的通知"),
        (COUNTY, "东湖县", "县区", 2023, "东政办〔2023〕2号", "县政府关于印发2023年重点工作任务分工的通知"),
        (STATE_COUNCIL, "国务院", "国家", 2024, "国发〔2024〕5号", "国务院关于落实《政府工作报告》重点工作分工的意见"),
    ],
)
def test_identity_of_a_notice(text: str, place: str, level: str, year: int, doc_number: str, title: str) -> None:
    notice = fyplan.parse(text)
    assert (notice.place, notice.level, notice.year, notice.doc_number, notice.title) == (
        place,
        level,
        year,
        doc_number,
        title,
    )


def test_the_bundled_example_is_fuyang_2019(example: fyplan.Notice) -> None:
    assert (example.place, example.level, example.year, example.doc_number) == (
        "阜阳市",
        "市",
        2019,
        "阜政发〔2019〕16号",
    )


def test_no_place_is_guessed() -> None:
    # 东政办 without any 东…县/市 government named in the notice: no place.
    text = COUNTY.replace("东湖县人民政府决定,将", "决定将")
    notice = fyplan.parse(text)
    assert notice.place is None
    assert notice.level is None
    assert notice.year == 2023  # the title still says the year


def test_a_page_run_into_one_line_and_a_red_head() -> None:
    # The whole page on one line: no title is read, yet the line starts with the government and a title.
    one_line = (
        "青川省人民政府 关于明确2021年 重点工作责任单位的通知 青政〔2021〕3号 现将重点工作分解如下。"
        "一、稳住经济 1.全省生产总值增长7%。(省发展改革委负责) 2.加快高速公路建设。(省交通运输厅负责)\n"
    )
    notice = fyplan.parse(one_line)
    assert (notice.place, notice.level, notice.year) == ("青川省", "省", 2021)
    red_head = CITY.replace("云岭市人民政府关于2022年重点工作及责任分解的通知", "云岭市人民政府办公室文件\n")
    assert fyplan.parse(red_head).place == "云岭市"


def test_place_of_organs() -> None:
    assert place_of("阜阳市人民政府办公室") == "阜阳市"
    assert place_of("苏州市吴江区人民政府") == "苏州市吴江区"
    assert place_of("山東省人民政府辦公廳") == "山东省"
    assert place_of("国务院办公厅") == "国务院"
    assert place_of("市政府办公室") is None
    assert place_of("某某市商会") is None
    assert place_of("关于印发各县区人民政府") is None
    # A joint notice of the party committee and the government is the government's.
    assert place_of("中共青川市委 青川市人民政府关于2020年重点工作的通知") == "青川市"
    assert place_of("中共青川市委员会青川市人民政府") == "青川市"
    assert place_of("市委 市政府关于重点工作的通知") is None


def test_levels() -> None:
    assert level_of("国务院") == "国家"
    assert level_of("重庆市") == "省"
    assert level_of("广西壮族自治区") == "省"
    assert level_of("云岭市") == "市"
    assert level_of("延边朝鲜族自治州") == "市"
    assert level_of("重庆市沙坪坝区") == "县区"
    assert level_of("苏州市张家港市") == "县区"
    # A 市 that writes to towns and streets and no county is a county-level city.
    assert level_of("桐川市", "各镇人民政府,各街道办事处,市政府各部门") == "县区"
    assert level_of("桐川市", "各县、区人民政府,各镇") == "市"


def test_doc_number_prefix_needs_the_place_named() -> None:
    assert place_from_doc_number("皖政〔2019〕9号", "根据安徽省的部署") == "安徽省"
    assert place_from_doc_number("皖政〔2019〕9号", "根据上级的部署") is None
    assert place_from_doc_number("阜政发〔2019〕16号", "阜阳市人民政府决定") == "阜阳市"
    assert place_from_doc_number("阜政发〔2019〕16号", "市政府决定") is None
    assert place_from_doc_number("国办函〔2016〕38号", "") == "国务院"


def test_year_from_title_else_dates() -> None:
    assert year_of("关于2019年重点工作及责任分解的通知", datetime.date(2018, 12, 30)) == 2019
    assert year_of("关于重点工作的通知", datetime.date(2018, 12, 30)) == 2018
    assert year_of("关于重点工作的通知", None, "云政〔2017〕1号") == 2017
    assert year_of("关于重点工作的通知", None, None, datetime.date(2016, 5, 1)) == 2016
    assert year_of("关于重点工作的通知") is None


def test_query_fields_with_chinese_aliases() -> None:
    city = fyplan.parse(CITY)
    assert len(city.query("place:云岭")) == 3
    assert len(city.query("地区:青川")) == 0
    assert len(city.query("year>=2022")) == 3
    assert len(city.query("year>2022")) == 0
    assert len(city.query("年份:2022")) == 3
    assert len(city.query("level:市")) == 3
    assert len(city.query("层级:county")) == 0
    assert len(city.query("doc:云政发")) == 3
    assert len(city.query("文号=云政发〔2022〕8号")) == 3
    assert len(city.query("place:云岭 lead:市财政局")) == 1
    county = fyplan.parse(COUNTY)
    assert len(county.query("level:县")) == 1
    assert str(parse_query("年份>=2020 地区:云岭")) == "year>=2020 and place:云岭"


@pytest.mark.parametrize("query", ["year:20", "year>=二〇二〇", "year:/20.*/", "place>=3", "year:计划>=2020"])
def test_bad_notice_field_values_are_refused(query: str) -> None:
    with pytest.raises(QueryError):
        parse_query(query)


def test_every_record_has_the_notice_columns() -> None:
    city = fyplan.parse(CITY)
    rows = export.records(city)
    assert [(r["place"], r["level"], r["year"], r["doc_number"]) for r in rows] == [
        ("云岭市", "市", 2022, "云政发〔2022〕8号")
    ] * 3
    assert {r["title"] for r in rows} == {"云岭市人民政府关于2022年重点工作及责任分解的通知"}
    header, first = export.to_csv(rows).splitlines()[:2]
    assert header.endswith(",place,level,year,doc_number,title")
    assert first.endswith(",云岭市,市,2022,云政发〔2022〕8号,云岭市人民政府关于2022年重点工作及责任分解的通知")
    whole = json.loads(export.to_json(city))
    assert (whole["place"], whole["level"], whole["year"]) == ("云岭市", "市", 2022)
    assert export.from_json(export.to_json(city)) == city
