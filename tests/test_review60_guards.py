"""Guards for session 60's reader changes (inputs written for them, in my own words; each test failed before its
mend)."""

from __future__ import annotations

import fyplan
from fyplan.model import Notice
from fyplan.units import says_first_leads


def rows(notice: Notice) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (i.id, [x.name for x in i.leaders], [u.name for u in i.lead_units], [u.name for u in i.cooperating_units])
        for i in notice.items()
    ]


def units_of(text: str) -> list[tuple[list[str], list[str]]]:
    """Each item's lead and cooperating units, as read."""
    return [(lead, coop) for _, _, lead, coop in rows(fyplan.parse(text))]


def test_a_thing_ranked_first_is_no_note_that_the_first_body_leads() -> None:
    # 位列第一位 / 名列首位: a matter ranked first among others; 排在第一位的为牵头单位 is the note
    assert not says_first_leads("治理大气污染被列为“一号实事”,在全年30件实事中位列第一位。")
    assert not says_first_leads("全市考核中该区名列首位。")
    assert says_first_leads("(各项任务所列单位中,排在第一位的为牵头单位)")
    assert says_first_leads("(列第一位的为牵头单位)")


def test_a_news_page_ranking_a_matter_first_leaves_its_lists_unsplit() -> None:
    # the article ranks a matter first; the list's 主要负责单位 names no lead among its bodies: they answer alike
    text = (
        "治理大气污染被列为“一号实事”,在全年30件实事中位列第一位。\n\n"
        "1.建成细颗粒物监测网络,改善空气质量。主要负责单位:市生态环境局、市气象局\n"
        "2.新开公交线路40条。主要负责单位:市交通委、各区政府\n"
    )
    got = rows(fyplan.parse(text))
    assert [(lead, coop) for _, _, lead, coop in got] != [
        (["市生态环境局"], ["市气象局"]),
        (["市交通委"], ["各区政府"]),
    ]
    assert all(len(lead) + len(coop) == 2 and (not lead or not coop) for _, _, lead, coop in got)


def test_items_numbered_like_titles_keep_the_fields_under_them() -> None:
    # (一) items of a few words, each with its fields below it: no title over fields that head the items after them
    # (the next item is another (二), not a 1. under a title) — review of 6dab3fd
    text = (
        "关于印发2023年城市建设重点工作分工的通知\n\n"
        "(一)新建城区污水处理厂\n牵头单位:市水务局\n配合单位:市财政局\n"
        "(二)改造老旧供水管网\n牵头单位:市住房和城乡建设局\n"
        "(三)建设海绵城市示范区\n牵头单位:市城市管理局\n"
        "(四)开展城市体检评估(市住房和城乡建设局牵头)\n"
    )
    assert units_of(text) == [
        (["市水务局"], ["市财政局"]),
        (["市住房和城乡建设局"], []),
        (["市城市管理局"], []),
        (["市住房和城乡建设局"], []),
    ]


def test_a_meeting_report_that_sets_out_its_own_list_keeps_it() -> None:
    # two 会议… paragraphs in the lead-in, then the list the text sets out (——…, 分工明确如下:): the list's items, not
    # the meeting's paragraphs (review of cf8da99: the second paragraph swallowed both dashed items)
    text = (
        "关于县政府第八次常务会议议定事项分工的通知\n\n各乡镇人民政府,县政府各部门:\n"
        "会议听取了全县一季度经济运行情况的汇报,要求各部门对标全年目标抓好落实。\n"
        "会议研究部署了下一步重点工作,现将分工明确如下:\n"
        "——加快推进县城污水处理厂提标改造,由县住房和城乡建设局牵头,县生态环境局配合。\n"
        "——抓好春季森林防火工作,由县林业局牵头,各乡镇人民政府配合。\n"
    )
    assert units_of(text) == [
        (["县住房和城乡建设局"], ["县生态环境局"]),
        (["县林业局"], ["各乡镇人民政府"]),
    ]


def test_a_meeting_comment_that_gives_work_is_a_matter_of_its_own() -> None:
    # 会议强调,…由区政府督查室牵头,… after the matters: a matter of its own, not lost nor run into the one above
    text = (
        "5月6日,区长叶大华主持召开区政府第五次常务会议。\n"
        "会议听取了关于安全生产大检查工作情况的汇报,由区应急管理局牵头,区住房城乡建设委配合,开展隐患排查。\n"
        "会议研究了《城市更新三年行动方案》,由区城市管理委牵头,区财政局配合,年内启动改造项目10个。\n"
        "会议强调,各部门要切实增强责任感紧迫感,由区政府督查室牵头,对全年重点任务逐项督办。\n"
    )
    got = rows(fyplan.parse(text))
    assert [lead for _, _, lead, _ in got] == [["区应急管理局"], ["区城市管理委"], ["区政府督查室"]]


def test_a_covering_sentence_that_counts_covers_that_many_paragraphs() -> None:
    # 以上两项由…: the two task paragraphs above it, not the sentence that opens the sub-section (review of ea78cfc)
    text = (
        "二、重点任务\n(一)推进新城开发建设\n"
        "新城是全市发展的主阵地,今年要实现新突破。\n"
        "加快实施新城综合配套改革,理顺新城与街镇管理体制。\n"
        "抓好新城路网和地下综合管廊建设,推进会展中心主体完工。\n"
        "以上两项由新城管委会牵头,市发展改革委配合。\n"
    )
    notice = fyplan.parse(text)
    assert [i.text[:8] for i in notice.items()] == ["加快实施新城综合", "抓好新城路网和地"]
    assert {u.name for i in notice.items() for u in i.lead_units} == {"新城管委会"}


def test_an_issuer_and_date_parted_by_ideographic_spaces_is_a_signature() -> None:
    from fyplan.read.front import signed_by

    assert signed_by("包头市人民政府办公厅　　2016年4月12日印发")  # (U+3000 between: split by str.split)
    assert signed_by("山東省人民政府辦公廳 2016年4月12日印發")
    assert not signed_by("2016年4月12日")
    assert not signed_by("完成老旧小区改造 2016年4月12日")


def test_a_role_word_parted_by_a_pdfs_spacing_is_one_word() -> None:
    # (责任单位: X牵头,Y、 Z等按职责分工负 责): the verb phrase ends the list, no name of it
    text = "一、政务公开\n\n1.推进重大项目信息公开。(责任单位: 省发展改革委牵 头,省自然资源厅、 省住房城乡建设厅等按职责分工负 责)\n"
    assert rows(fyplan.parse(text)) == [("1", [], ["省发展改革委"], ["省自然资源厅", "省住房城乡建设厅"])]


# Second review of the session's change (helper; inputs it wrote, checked here)


def test_a_complete_name_on_its_own_line_in_a_tab_cell_stays_apart() -> None:
    # 滨海大学 / 市教育局、市工信局: two bodies (the second opens with its level), not one name the line broke
    text = (
        "关于印发2020年重点工作任务分工的通知\n\n序号\t工作任务\t牵头单位\t责任单位\n一、推进产教融合\n"
        "1\t建设产教融合实训基地,年内建成3个。\t市教育局\t各县区人民政府\n"
        "2\t推动校企共建现代产业学院。\t滨海大学\n市教育局、市工信局\t市财政局\n"
        "3\t开展职业技能提升行动。\t市人社局\t市总工会\n"
    )
    assert rows(fyplan.parse(text))[1][2] == ["滨海大学", "市教育局", "市工信局"]


def test_a_group_and_a_sub_group_row_after_a_cells_second_paragraph() -> None:
    text = (
        "关于印发2019年政府系统作风建设任务分工的通知\n\n序号\t工作任务\t牵头单位\t责任单位\n一、提升服务效能\n"
        "1\t推行政务服务事项一窗受理。\t市行政审批局\t各县区人民政府\n"
        "2\t建设全市统一的政务数据共享平台。\t市大数据中心\t市行政审批局\n市信息中心\n"
        "二、强化担当作为\n(一)激励干部担当\n"
        "3\t健全干部容错纠错和激励机制。\t市委组织部\t市纪委监委\n"
        "4\t开展作风建设专项督查。\t市政府督查室\t市直各部门\n"
    )
    got = rows(fyplan.parse(text))
    assert [r[0] for r in got] == ["1", "2", "3", "4"] and got[1][3] == ["市行政审批局", "市信息中心"]


def test_the_first_listed_leads_said_with_ming_lie() -> None:
    # (责任单位名列首位者牵头): the note, 名列 before it or not
    assert says_first_leads("请认真抓好落实。(责任单位名列首位者牵头)")


def test_a_pages_number_is_no_list_of_the_texts_own() -> None:
    # — 2 — between a meeting's matters: a page's number, not a —— list; the third matter (naming no one) is read
    text = (
        "4月2日,县长周明远主持召开县政府第十三次常务会议。\n"
        "会议听取了关于全县安全生产工作情况的汇报。会议要求,由县应急管理局牵头,县公安局配合,开展安全生产大检查。\n"
        "会议研究了《县城市容环境综合整治实施方案》。由县城市管理局牵头,各乡镇人民政府配合,年底前完成整治任务。\n"
        "— 2 —\n"
        "会议审议并原则通过了《县农村人居环境整治提升方案》。\n会议还研究了其他事项。\n"
    )
    assert [i.text[:6] for i in fyplan.parse(text).items()] == ["会议听取了关", "会议研究了《", "会议审议并原"]


def test_closing_words_after_the_last_matter_join_no_matter() -> None:
    text = (
        "5月6日,市长刘强主持召开市政府第八次常务会议。\n"
        "会议听取了全市一季度经济运行情况汇报。会议要求,由市发展改革委牵头,市统计局配合,做好经济运行监测分析。\n"
        "会议研究了《市优化营商环境若干措施》,由市营商环境建设局牵头,市市场监管局配合,抓好落实。\n"
        "会议强调,今年是规划收官之年,各级各部门要坚定信心,真抓实干,确保完成全年目标任务。\n"
    )
    assert "收官" not in fyplan.parse(text).items()[-1].text
