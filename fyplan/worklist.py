"""Lists of work that name no one: a year's 工作要点 or a meeting's 一要…二要…, read as notices with empty duties.

Kept apart from the reader: the command line asks it of a notice served from the parse cache, where no reader
module is loaded (issue 13), so it needs only a pattern of grammar/task-verbs.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from fyplan.grammars import words
from fyplan.hanzi import simplified

if TYPE_CHECKING:
    from fyplan.model import Notice


@lru_cache(maxsize=1)
def _task_start() -> re.Pattern[str]:
    """grammar/task-verbs.txt: a task's first words, after 要 / 一要 / 一是 / 必须 where the list says them."""
    verbs = sorted(words("task-verbs.txt"), key=len, reverse=True)  # (the longest first: 进一步 before 进)
    # (教育方面,要加快…: the field of the work first, then the task)
    field = r"(?:[^,，;；。:：]{1,12}方面[,，:：](?=要|将|必须|务必))?"  # (…方面,完成了…: a summary's, no task)
    # (毫不放松,奋力夺取…, 稳中求进,全力保持…: a plan's heading, four characters of manner before the task's verb)
    # (not 今年以来, / 一季度内, / 截至目前,: a time, which a report of work done opens with)
    manner = (
        r"(?:(?![^,，]{0,3}(?:以来|目前|年|月|季度|期间|期間|截至|截止|[内前后內後][,，]))[\u4e00-\u9fff]{4}[,，])?"
    )
    return re.compile(
        field + manner + r"(?:[一二三四五六七八九十]{1,3}[是要]|要|必须|务必)?(?:" + "|".join(verbs) + ")"
    )


# A meeting's matter that gives work out (fyplan/read/agenda.py numbers a meeting's news report's matters): a decision —
# 研究同意, 审议通过, 决定, 部署 — not a report heard, a document studied or a personnel matter (会议听取了…汇报,
# 会议传达学习了…, 会议研究了人事任免事项).
_MEETING_DECISION = re.compile(
    r"^[ \t\u3000]*(?:会议|会上)(?:还|并|也|同时|首先|最后)?(?:研究|审议|讨论)?(?:并|后)?"
    r"(?:原则)?(?:同意|通过|决定|部署|确定|明确)"
)


# What a list of work calls itself, in its title, its lead-in or its parts' titles (2024年工作要点, 重点工作目标安排,
# 会议要求, 任务分工): a text that says none of it (a year's 工作总结, a speech looking back, a 目录, safety tips) is no
# list of work, however its numbered lines open.
_PLAN_WORDS = re.compile(
    r"要点|计划|任务|重点工作|目标|安排|部署|要求|强调|指出|明确|议定|决定|分工|清单|措施|举措|方案|责任|工作思路|工作打算"
    r"|做好|通知|实事"
)
# 了 telling what was done (开展了, 完成了), not the 了 of 了解, 为了, 除了, 了结.
_PAST = re.compile(r"(?<![为為除])了(?![解结結])")


def lists_work(notice: Notice) -> bool:
    """Is the notice a list of work whose items name no one (a year's 工作要点, a meeting's 一要…二要…)? It says so
    (``_PLAN_WORDS`` in its title, lead-in or parts' titles), and it has three items or more, two in three of them
    opening with a verb of work (推进, 加快, 完善 …) and telling no past in their first words: a news article's numbered
    lines tell what happened (1.现场设置了…) and make no such list."""
    items = notice.items()
    if len(items) < 3:
        return False
    said = " ".join((notice.title, notice.preamble, *(section.title for section in notice.sections)))
    if _PLAN_WORDS.search(simplified(said)) is None:
        return False
    opening = sum(1 for item in items if opens_work(item.text))
    return opening * 3 >= len(items) * 2


def opens_work(text: str) -> bool:
    """Does an item's text open as a task of work (推进…, 要加快…, 一是完善…) telling no past, or as a meeting's decision
    on a matter (会议研究同意…, 会议审议通过…)?"""
    said = simplified(text.lstrip()[:24])
    return (_task_start().match(said) is not None and _PAST.search(said[:16]) is None) or (
        _MEETING_DECISION.match(said) is not None
    )


def reads_as_notice(notice: Notice) -> bool:
    """Does fyplan read this text as a notice: its items name who answers for them, or it lists work naming no
    one (``lists_work``; a warning says so)? A text that is neither is refused."""
    return notice.names_duties() or lists_work(notice)
