"""What conversion tools leave in a text is taken out, and nothing else (fyplan/read/exported.py)."""

from __future__ import annotations

from fyplan.read.exported import without_exports


def test_markdown_marks_go_and_the_words_stay() -> None:
    text = "# 标题\n**一、稳增长**\n1\\. 新增[高新技术企业](http://x.cn/a)50家\\*。\n  * 牵头单位:市科技局"
    assert without_exports(text) == "标题\n一、稳增长\n1. 新增高新技术企业50家*。\n牵头单位:市科技局"


def test_a_sheet_as_markdown_loses_its_placeholders() -> None:
    text = "| 某表 | Unnamed: 1 | Unnamed: 2 |\n| 1 | 甲任务。 | NaN |\n| 2 | 乙任务。 | 2023-11-30 00:00:00 |"
    assert without_exports(text) == "| 某表 |\n| 1 | 甲任务。 | |\n| 2 | 乙任务。 | 2023-11-30 |"


def test_link_numbers_go_but_a_documents_number_stays() -> None:
    text = "当前位置:[4]首页 > [5]政务公开\n落实县政发[2019]8号文件。\n\nReferences\n\n   4. http://x.cn/\n   5. http://x.cn/zw/"
    out = without_exports(text)
    assert out.split("\n")[:2] == ["当前位置:首页 > 政务公开", "落实县政发[2019]8号文件。"]
    assert "http" not in out and out.count("\n") == text.count("\n")  # every line keeps its number


def test_quoted_mail_and_comment_anchors() -> None:
    text = "> 1.甲任务。(牵头单位:县发改局[批注1])\n>\n[批注1] 张三: 请确认。"
    assert without_exports(text) == "1.甲任务。(牵头单位:县发改局)\n\n[批注1] 张三: 请确认。"


def test_a_notice_typed_by_hand_is_left_as_it_is() -> None:
    text = "1.完成投资5亿元(牵头单位:县发改局)。\n- 3 -\n2.增长8%,列第[1]位。"
    assert without_exports(text) == text


def test_a_cell_that_starts_with_a_comparison_keeps_it() -> None:
    # A table's cell >95% on its own line (a target), among quoted lines of a forwarded mail or not.
    assert without_exports("目标值\n>95%\n100%") == "目标值\n>95%\n100%"
    assert without_exports("> 1.甲。\n> 目标值\n>95%") == "1.甲。\n目标值\n>95%"


def test_mail_bold_words_lose_their_stars_but_a_lead_mark_stays() -> None:
    text = "*一、稳增长*\n*牵头单位*:县发改局*、县财政局 *配合单位*:县统计局\n*为试点县。"
    assert without_exports(text) == "一、稳增长\n牵头单位:县发改局*、县财政局 配合单位:县统计局\n*为试点县。"


# A mail client's lines filled to ~72 columns (a Chinese character two), each soft break a space at the end.
_FILLED = "甲" * 34 + " \n"


def test_flowed_soft_breaks_join_and_each_line_keeps_its_number() -> None:
    text = "各单位:\n" + _FILLED + _FILLED + "乙乙。\n1.丙。\n-- \n办公室"
    out = without_exports(text)
    assert out.split("\n") == ["各单位:", "甲" * 68 + "乙乙。", "", "", "1.丙。", "-- ", "办公室"]


def test_a_stray_space_at_a_short_or_a_long_line_is_no_soft_break() -> None:
    short = "1.甲任务。 \n牵头单位:县发改局 \n2.乙任务。"
    assert without_exports(short) == short
    # a web page's paragraphs, one line each, ending in a space: as long as the paragraph, not a mail's width
    page = ("1." + "甲" * 60 + "。 \n") * 3 + "2.乙。"
    assert without_exports(page) == page


def test_a_pdfs_hard_wrapped_lines_are_no_mail_though_some_end_at_a_space() -> None:
    # Lines of a fixed 30 characters (about 60 columns, as wide as a mail's), broken wherever the 30th character
    # falls: two of them happen to end at the space between two labelled fields. A mail breaks only at spaces.
    body = (
        "一、促进消费1.举办汽车和家电促销活动十场。牵头领导:李明 牵头单位:县商务局 配合单位:县财政局、县市场监管局"
        "2.培育夜间经济街区两个。牵头领导:李明、赵亮 牵头单位:县商务局 配合单位:县住房城乡建设局、县文化旅游局"
        "3.新增限额以上商贸企业二十家。牵头单位:县商务局 配合单位:县统计局、各乡镇人民政府"
    )
    lines = [body[i : i + 30] for i in range(0, len(body), 30)]
    text = "\n".join(lines)
    assert sum(line.endswith(" ") for line in lines) >= 2  # (the case this test is about)
    assert without_exports(text) == text
