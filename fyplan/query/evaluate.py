"""How each query field matches one item: the matchers the field registry (``fields.py``) points at.

Unit and leader values are matched through canonical spellings (人行 = 人民银行) and the
notice's own aliases (以下简称…). A query has one time budget (``QUERY_TIME_LIMIT``) shared by all
its regular-expression searches: a per-search limit let one query on 300 items run for a minute.
"""

from __future__ import annotations

import contextlib
import fnmatch
import operator
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import attrs

from fyplan.canonical import FOLD, canonical
from fyplan.hanzi import simplified
from fyplan.model import Item, Notice, Target
from fyplan.numerals import chinese_number
from fyplan.query.errors import QueryError
from fyplan.query.quantity import COMPARISONS, Quantity, deadline_date, parse_quantity

if TYPE_CHECKING:
    # Types only: the AST imports the field registry, which imports these matchers.
    from fyplan.query.ast import Term

REGEX_TIMEOUT = 0.25  # seconds per search when no query budget is running (a Term matched on its own)
QUERY_TIME_LIMIT = 5.0  # seconds for a whole query, however many items and searches

_deadline: ContextVar[float | None] = ContextVar("fyplan_query_deadline", default=None)

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "!=": operator.ne,
    "=": lambda a, b: abs(a - b) < 1e-9 * max(1.0, abs(b)),
}


@attrs.frozen
class Context:
    """An item with the notice it came from, and the notice's aliases (alias → full name)."""

    item: Item
    notice: Notice
    aliases: dict[str, str] = attrs.field(eq=False, hash=False)


def aliases_of(notice: Notice) -> dict[str, str]:
    return {a.alias: a.name for a in notice.aliases}


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> Any:
    import regex

    return regex.compile(pattern)


@contextlib.contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Run a query within ``seconds`` (default ``QUERY_TIME_LIMIT``); nested budgets keep the outer one."""
    if _deadline.get() is not None:
        yield
        return
    limit = QUERY_TIME_LIMIT if seconds is None else seconds
    token = _deadline.set(time.monotonic() + limit)
    try:
        yield
    finally:
        _deadline.reset(token)


def _too_long() -> QueryError:
    return QueryError(
        f"the query took longer than {QUERY_TIME_LIMIT:g} s; simplify its regular expressions or query fewer notices"
    )


def check_time() -> None:
    """Raise once the running query's budget is spent (called per item, so plain terms are bounded too)."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise _too_long()


def _search(pattern: str, text: str) -> bool:
    deadline = _deadline.get()
    timeout = REGEX_TIMEOUT if deadline is None else deadline - time.monotonic()
    if timeout <= 0:
        raise _too_long()
    try:
        return _compiled(pattern).search(text, timeout=timeout) is not None
    except TimeoutError:
        if deadline is not None:
            raise _too_long() from None
        raise QueryError(f"the regular expression /{pattern}/ took too long; simplify it") from None


def _text_match(term: Term, values: list[str]) -> bool:
    """Words match in either script: 增长 finds 增長."""
    if term.op == "~":
        return any(_search(term.value, v) or _search(term.value, simplified(v)) for v in values)
    # (and either width of mark: 各镇(街道) finds 各镇（街道）, as a notice may write it)
    wanted = simplified(term.value).translate(FOLD)
    if term.op == "=":
        return any(wanted == simplified(v).translate(FOLD) for v in values)
    return any(wanted in simplified(v).translate(FOLD) for v in values)


_LEVELS = frozenset("市省区县")


def _name_match(term: Term, names: list[str], ctx: Context) -> bool:
    """Units and leaders: as written, canonical, and through the notice's aliases."""
    if term.op == "~":
        return any(_search(term.value, n) for n in names)
    names = [n.translate(FOLD) for n in names]  # either width of mark (各镇（街道） as a notice may write it)
    term = attrs.evolve(term, value=term.value.translate(FOLD))
    wanted = {term.value, canonical(term.value)}
    if term.value in ctx.aliases:
        wanted.add(ctx.aliases[term.value])
    keys = names + [canonical(n) for n in names]
    if term.op == "=":
        return any(k in wanted for k in keys)
    if any(w in k for w in wanted for k in keys):
        return True
    # 市经贸委 finds 经贸委 written after 市发改委 (a shared prefix is kept as written): the level the
    # query adds must be the whole difference (市财政局 never finds 县财政局), and a name of the item
    # must carry that level (in 县发改委、财政局 the 财政局 is the county's: 市财政局 does not find it).
    levels = {n[:1] for u in (*ctx.item.lead_units, *ctx.item.cooperating_units) for n in (u.name,)}
    bare = {w[1:] for w in wanted if w[:1] in _LEVELS and w[:1] in levels and len(w) > 2}
    return bool(bare) and any(k in bare for k in keys)


def item_names(item: Item, field: str, written: bool = False) -> list[str]:
    """The leader names (``leader``) or unit names (``lead``, ``coop``, ``unit``) of an item;
    with ``written``, also the spellings as written where they differ (经贸委 beside 市经贸委)."""
    if field == "leader":
        return [leader.name for leader in item.leaders]
    units = [
        *(item.lead_units if field in ("lead", "unit") else ()),
        *(item.cooperating_units if field in ("coop", "unit") else ()),
    ]
    names = [u.name for u in units]
    if written:
        names += [u.written for u in units if u.written and u.written != u.name]
    return list(dict.fromkeys(names))


def item_keys(item: Item, by: str) -> list[str]:
    """The names an item counts or groups under (an item with two leaders counts for both)."""
    if by == "section":
        return [f"{item.section.number} {item.section.title}" if item.section else "(none)"]
    return item_names(item, by) or ["(none)"]


# Fields that hold a body (a leader's role or a unit): across notices of several places, the same name
# is a different body in each place (市财政局 of 阜阳市 and of 芜湖市), so stats and groups keep them apart.
BODY_FIELDS = ("leader", "lead", "coop", "unit")
# Fields of the notice an item belongs to.
NOTICE_GROUPS = ("place", "year", "level")


def home(notice: Notice) -> str:
    """The place a notice's bodies belong to: its issuing government, else its file (not guessed)."""
    return notice.place or notice.file_name


def several_places(notices: Iterable[Notice]) -> bool:
    """Do ``notices`` come from more than one place (so a body's name alone no longer says which)?"""
    return len({home(n) for n in notices}) > 1


def body_key(notice: Notice, name: str, qualify: bool) -> str:
    """``阜阳市·市财政局`` when names must be told apart by place, else ``市财政局``."""
    return f"{home(notice)}·{name}" if qualify else name


def keys_in(item: Item, notice: Notice, by: str, qualify: bool) -> list[str]:
    """The keys an item of ``notice`` counts or groups under: a body qualified by its place when
    ``qualify``, or the notice's own place, year or level."""
    if by in NOTICE_GROUPS:
        value = getattr(notice, by)
        return [str(value) if value else "(none)"]
    keys = item_keys(item, by)
    if qualify and by in BODY_FIELDS:
        return [body_key(notice, k, True) if k != "(none)" else k for k in keys]
    return keys


def _section_match(term: Term, ctx: Context) -> bool:
    section = ctx.item.section
    if section is None:
        return False
    value = term.value
    number = int(value) if value.isascii() and value.isdecimal() else chinese_number(value)
    if term.op != "~" and number:
        return section.number == number
    return _text_match(term, [section.title])


def _id_match(term: Term, ctx: Context) -> bool:
    item = ctx.item
    if term.op == "~":
        return _search(term.value, item.id)
    if term.op == "=":
        return item.id == term.value
    if "*" in term.value or "?" in term.value:
        return fnmatch.fnmatchcase(item.id, term.value)
    return term.value in (item.id, item.task.id)


def _target_match(term: Term, targets: tuple[Target, ...]) -> bool:
    if term.op in (":", "~") and not term.words:
        values = [t.indicator for t in targets] + [str(t) for t in targets]
        return _text_match(term, values)
    quantity = parse_quantity(term.value)
    assert quantity is not None  # checked when the query was parsed
    chosen = [t for t in targets if not term.words or term.words in t.indicator or term.words in t.verb]
    return any(_compare_target(t, term.op, quantity) for t in chosen)


def _compare_target(target: Target, op: str, quantity: Quantity) -> bool:
    """100亿元 and 5000万元 compare by amount; a unit in the query must be the target's unit."""
    if quantity.unit and quantity.unit != target.unit:
        return False
    if quantity.scale or target.scale:
        return _COMPARE[op](target.amount, quantity.amount)
    return _COMPARE[op](target.value, quantity.value)


def _has(term: Term, ctx: Context) -> bool:
    item = ctx.item
    return {
        "target": bool(item.targets),
        "deadline": bool(item.deadline),
        "leader": bool(item.leaders),
        "lead": bool(item.lead_units),
        "coop": bool(item.cooperating_units),
        "unit": bool(item.lead_units or item.cooperating_units),
    }[term.value]


def _deadline_match(term: Term, item: Item) -> bool:
    """``deadline:年底`` matches the words as written; ``deadline<=2024-06-30`` the last day they allow
    (an ongoing deadline, or one whose year is unknown, has none and matches no comparison)."""
    deadline = item.deadline
    if deadline is None:
        return False
    if term.op in COMPARISONS:
        day = deadline_date(term.value)
        if deadline.by is None or day is None:
            return False
        return _COMPARE[term.op](deadline.by.toordinal(), day.toordinal())  # days compare as day numbers
    return _text_match(term, [deadline.written])


_ENDS_IN_TITLE = re.compile(r"(?:长|书记|主任|主席)(?:同志)?$")


def match_leader(term: Term, ctx: Context) -> bool:
    names = item_names(ctx.item, "leader")
    if _name_match(term, names, ctx):
        return True
    if term.op == "~" or not _ENDS_IN_TITLE.search(term.value):
        return False
    # A leader is read by bare name (李红副县长 → 李红): the query's titled name finds it too. Imported
    # here: only a query that missed needs the reader's name rules (start-up, issue 13).
    from fyplan.units import titled_person

    bare = titled_person(term.value)
    return bare is not None and _name_match(attrs.evolve(term, value=bare), names, ctx)


def match_units(term: Term, ctx: Context) -> bool:
    """``lead``, ``coop`` and ``unit``: the names of that role, as read and as written."""
    return _name_match(term, item_names(ctx.item, term.field, written=True), ctx)


def match_text(term: Term, ctx: Context) -> bool:
    item = ctx.item
    texts = [item.text]
    if item.subtask is not None:
        texts.append(item.task.text)
    if item.node.heading:
        texts.append(item.node.heading)
    return _text_match(term, texts)


def match_section(term: Term, ctx: Context) -> bool:
    return _section_match(term, ctx)


def match_id(term: Term, ctx: Context) -> bool:
    return _id_match(term, ctx)


def match_target(term: Term, ctx: Context) -> bool:
    return _target_match(term, ctx.item.targets)


def match_deadline(term: Term, ctx: Context) -> bool:
    return _deadline_match(term, ctx.item)


def match_has(term: Term, ctx: Context) -> bool:
    return _has(term, ctx)


def match_source(term: Term, ctx: Context) -> bool:
    return _text_match(term, [ctx.notice.file_name, ctx.notice.source])


# level: takes these words for each level (level:县 finds 县区, level:city finds 市).
LEVEL_WORDS = {
    "国家": ("国家", "国", "national", "country"),
    "省": ("省", "省级", "province", "provincial"),
    "市": ("市", "市级", "地级", "city"),
    "县区": ("县区", "区县", "县", "区", "县级", "county", "district"),
}


# place:阜阳, year>=2020, level:市, doc:阜政发: the notice's identity, which all its items share.
def match_place(term: Term, ctx: Context) -> bool:
    return ctx.notice.place is not None and _text_match(term, [ctx.notice.place])


def match_year(term: Term, ctx: Context) -> bool:
    year = ctx.notice.year
    return year is not None and _COMPARE[term.op if term.op != ":" else "="](year, int(term.value))


def match_level(term: Term, ctx: Context) -> bool:
    level = ctx.notice.level
    if level is None:
        return False
    if term.op == "~":
        return _search(term.value, level)
    return simplified(term.value).casefold() in LEVEL_WORDS.get(level, (level,))


def match_doc(term: Term, ctx: Context) -> bool:
    return ctx.notice.doc_number is not None and _text_match(term, [ctx.notice.doc_number])


def known_names(notices: Sequence[Notice], field: str) -> list[str]:
    """Leader or unit names (of the role ``field`` asks for), the most frequent first."""
    counts: Counter[str] = Counter()
    for notice in notices:
        for item in notice.items():
            counts.update(item_names(item, field))
    return [name for name, _ in counts.most_common()]
