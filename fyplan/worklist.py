"""Lists of work that name no one: a year's 工作要点 or a meeting's 一要…二要…, read as notices with empty duties.

Kept apart from the reader: the command line asks it of a notice served from the parse cache, where no reader
module is loaded (issue 13), so it needs only a pattern of grammar/task-verbs.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from fyplan.grammars import grammar_dir

if TYPE_CHECKING:
    from fyplan.model import Notice


@lru_cache(maxsize=1)
def _task_start() -> re.Pattern[str]:
    """grammar/task-verbs.txt: a task's first words, after 要 / 一要 / 一是 / 必须 where the list says them."""
    text = (grammar_dir() / "task-verbs.txt").read_text(encoding="utf-8")
    words = sorted({w for line in text.splitlines() if not line.startswith("#") for w in line.split()}, key=len)
    return re.compile(
        r"(?:[一二三四五六七八九十]{1,3}[是要]|要|必须|必須|务必|務必)?(?:" + "|".join(reversed(words)) + ")"
    )


def lists_work(notice: Notice) -> bool:
    """Is the notice a list of work whose items name no one (a year's 工作要点, a meeting's 一要…二要…)? Three items
    or more, two in three of them opening with a verb of work (推进, 加快, 完善 …) and telling no past (了 in their
    first words): a news article's numbered lines tell what happened (1.现场设置了…) and make no such list."""
    items = notice.items()
    if len(items) < 3:
        return False
    start = _task_start()
    opening = sum(1 for item in items if start.match(item.text.lstrip()) and "了" not in item.text[:16])
    return opening * 3 >= len(items) * 2


def reads_as_notice(notice: Notice) -> bool:
    """Does fyplan read this text as a notice: its items name who answers for them, or it lists work naming no
    one (``lists_work``; a warning says so)? A text that is neither is refused."""
    return notice.names_duties() or lists_work(notice)
