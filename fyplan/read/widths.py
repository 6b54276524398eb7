"""Full-width punctuation given back as the notice wrote it.

Normalising makes full-width punctuation ASCII (（ → (, ， → ,, ： → :), so that one set of rules reads every
notice. Names and text are to be kept as written:
- a name with a bracket (各镇（街道）, 市财政局（市国资委）) is looked up in the notice as written, brackets of either
  width, and given back as found (a notice may write some names one way and its headings the other);
- text (an item's sentence, a title, a note) gets a mark back full-width where the notice writes that mark
  full-width most of the time (brackets as a pair); a mark between two digits stays ASCII (1,000 and 9:30).
Nothing changes in a notice that writes every mark ASCII.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, TypeVar

import attrs

from fyplan.canonical import FOLD
from fyplan.model import Alias, Diagnostic, Duties, Leader, Target, Task, Unit
from fyplan.read.decode import ocr_mended
from fyplan.read.walk import parts_mapped

T = TypeVar("T")

# ASCII form → full-width form; the brackets are decided together.
_MARKS = (("()", "（）"), (",", "，"), (":", "："), (";", "；"))
_WIDE = "（），：；"
_NOT_TEXT = frozenset({"place", "level", "source"})  # normalised on purpose, or no text of the notice
_WIDEN = str.maketrans({"(": "（", ")": "）"})
_EITHER = {"(": "[(（]", ")": "[)）]", ",": "[,，]", ":": "[:：]", ";": "[;；]"}


def as_written(notice: T, original: str) -> T:
    """``notice`` with its names and text given the full-width marks ``original`` writes; itself when the
    original writes none."""
    wide_characters = _WIDE_CHARACTER.search(original) is not None
    # (a scan's slips the reader mended, 2O12年 → 2012年: the text is looked up in the original mended so, and given
    # back as printed; the targets and deadlines keep the figures read)
    mended = ocr_mended(original)
    slips = mended != original
    if not wide_characters and not slips and not any(ch in original for ch in _WIDE):
        return notice
    table, mixed = _habit(original)
    characters: dict[str, str] = {}
    if wide_characters:
        # ２０２４年, ＧＤＰ, ６％: digits, letters and these signs given back full-width where the notice writes
        # them so more often than not, each class counted on its own (a Word document types its figures
        # full-width and may well write its URLs or its numbering ASCII).
        for ascii_class in _CLASSES:
            wide_class = ascii_class.translate(_WIDE_FORM)
            if _count(original, wide_class) > _count(original, ascii_class):
                characters.update(zip(ascii_class, wide_class, strict=True))
    back = _Back(original, table, characters)
    if wide_characters or slips or mixed:
        # (each text looked up in the original, the marks folded, and given back as it stands there: where the habit
        # of the notice cannot say — 深化国企改革，完成… in a cell of a CSV whose commas part its cells)
        back.folded = mended.translate(FOLD)  # (one character for one: its places are the original's)
    return back.restore(notice)  # type: ignore[no-any-return]


def _habit(original: str) -> tuple[dict[str, str], bool]:
    """The marks ``original`` writes full-width more often than ASCII (ASCII form → full-width form), and whether
    it writes some mark both ways, ASCII more often (a CSV's commas)."""
    table: dict[str, str] = {}
    mixed = False
    for ascii_marks, wide_marks in _MARKS:
        wide = sum(original.count(ch) for ch in wide_marks)
        if wide and wide > _ascii_in_text(original, ascii_marks, wide):
            table.update(zip(ascii_marks, wide_marks, strict=True))
        elif wide:
            mixed = True
    return table, mixed


def _marks_pattern(table: dict[str, str]) -> re.Pattern[str] | None:
    marks = re.escape("".join(table))
    # (http:// keeps its colon: an address's, not the text's)
    return re.compile(f"(?<!\\d)[{marks}](?!//)|[{marks}](?!\\d)(?!//)") if table else None


# A line that opens the next item or a heading (一、 (一) 1. 1、 第一): no line of the item before it.
_OPENS_ANOTHER = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．]|第[一二三四五六七八九十\d])"
)
_WINDOW = 20_000  # how far from the last text found the next is looked for (characters)
_HEAD = 6  # characters of a text's beginning looked up where the whole is not found
_BESIDE = 3  # characters beside a bracket of a broken name looked up with it
_LINES_BELOW = 3  # lines under it whose marks, with its own line's, say the habit there (a table's row)
# Characters whose full-width forms a notice may type in its text; each string a class counted together.
_CLASSES = ("0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "%", "+", ".", "-", "~")
_WIDE_FORM = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
_WIDE_CHARACTER = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b]")


def _ascii_in_text(original: str, marks: str, wide: int) -> int:
    """How many of the ASCII ``marks`` the notice writes in its text: where they are no more than the full-width ones
    counted plainly, only those beside a Chinese character (a Markdown table's rule |:---:|, an address's http://, a
    time 9:30 are no habit of the text's; the count is asked only where it could change the answer)."""
    plain = _count(original, marks)
    if plain < wide:
        return plain
    return len(_BESIDE_CHINESE[marks].findall(original))


_BESIDE_CHINESE = {
    ascii_marks: re.compile(
        f"(?<=[\u4e00-\u9fff])[{re.escape(ascii_marks)}]|[{re.escape(ascii_marks)}](?=[\u4e00-\u9fff])"
    )
    for ascii_marks, _ in _MARKS
}


def _count(text: str, characters: str) -> int:
    return sum(text.count(ch) for ch in characters)


class _Back:
    _BRACKETS = "()"  # the marks of a name this walk may change (names with none are left alone)

    def __init__(self, original: str, table: dict[str, str], characters: dict[str, str] | None = None) -> None:
        self.original = original
        self.table = table
        self.pattern = _marks_pattern(table)
        # (digits and letters change wherever they stand: a mark between two digits is the figure's own)
        self.characters = str.maketrans(characters) if characters else None
        self._spellings = lru_cache(maxsize=4096)(self._spellings_of)
        self.folded: str | None = None  # the original with every full-width form ASCII, where it writes some
        self.cursor = 0  # where the last text was found in it: texts come in the notice's order
        self.started = 0  # where that text begins
        self.wide_brackets = "(" not in original and ")" not in original and ("（" in original or "）" in original)

    def text(self, value: str) -> str:
        table, pattern = self.table, self.pattern
        if self.folded is not None and value:
            if (found := self._found(value)) is not None:
                return value if found == value else found
            if (local := self._local_habit(value)) is not None:
                table, pattern = local, _marks_pattern(local)
        new = value
        if pattern is not None and any(ch in value for ch in table):
            new = pattern.sub(lambda m: table[m.group()], value)
        if self.characters is not None:
            new = new.translate(self.characters)
        return value if new == value else new

    def _found(self, value: str) -> str | None:
        """The text as the original writes it, where it stands there in one piece near the last one found (a
        window each way: linear in the notice); None elsewhere (the marks then go by the notice's habit)."""
        assert self.folded is not None
        key = value.translate(FOLD)
        at = self._at(key)
        if at < 0 and '"' in key:
            # (打造"拉萨礼物"品牌 in a CSV's quoted cell: written with its quotes doubled, 打造""拉萨礼物""品牌)
            doubled = key.replace('"', '""')
            if (at := self._at(doubled)) >= 0:
                self.started, self.cursor = at, at + len(doubled)
                return self.original[at : at + len(doubled)].replace('""', '"')
        if at < 0:
            return None
        self.started, self.cursor = at, at + len(key)
        return self.original[at : at + len(key)]

    def _local_habit(self, value: str) -> dict[str, str] | None:
        """The marks written full-width around where the text begins, where it is not in the original in one
        piece (a cell of a PDF's table broken over print lines, in a web page that writes its prose ASCII): the
        habit of that part of the notice, not of the whole; None where its beginning is not found either."""
        head = value.translate(FOLD)[:_HEAD]
        if len(head) < _HEAD or (at := self._at(head)) < 0:
            return None
        self.started, self.cursor = at, at + len(head)
        start = self.original.rfind("\n", 0, at) + 1
        end = at
        for _ in range(_LINES_BELOW + 1):
            end = self.original.find("\n", end + 1)
            if end < 0:
                end = len(self.original)
                break
        region = self.original[start:end]
        local = _habit(region)[0]
        for ascii_marks, wide_marks in _MARKS:  # (a mark the lines do not write: the notice's habit)
            if not any(ch in region for ch in ascii_marks + wide_marks):
                local.update((a, self.table[a]) for a in ascii_marks if a in self.table)
        return local

    def _at(self, key: str) -> int:
        """Where ``key`` stands in the folded original near the last text found, or -1."""
        assert self.folded is not None
        at = self.folded.find(key, self.cursor, self.cursor + _WINDOW)
        if at < 0:
            at = self.folded.find(key, max(0, self.cursor - _WINDOW), self.cursor + len(key))
        return at

    def name(self, value: str) -> str:
        """The name as the notice writes it, found with brackets of either width; with the notice's usual
        marks if it is not there in one piece."""
        if "(" not in value and ")" not in value:
            return value
        found = self._spellings(value)
        # (Not found as one piece — broken over lines or table cells: full-width brackets where the notice
        # writes no others.)
        if not found:
            if self.cursor and (pieced := self._brackets_beside(value)) is not None:
                return pieced
            return value.translate(_WIDEN) if self.wide_brackets else value
        # (written both ways — 各县（市、区）人民政府 in one item's duties, 各县(市、区)人民政府 in the address line and
        # the other items: as the item being given back writes it, the spelling nearest the last text found; the
        # way the notice writes it most often, the first of equals, where no text has been looked up)
        if self.cursor and any(spelling != found[0][1] for _, spelling in found):
            return self._nearest(found)
        return Counter(spelling for _, spelling in found).most_common(1)[0][0]

    def _nearest(self, found: tuple[tuple[int, str], ...]) -> str:
        """Of the places a name is written, the one that belongs to the item whose text was found last: on the item's
        own lines (its row, its bracket, the line under it unless that opens the next item or heading), the nearest;
        else the last above them (the heading it stands under); else the first after."""
        original = self.original
        first = original.rfind("\n", 0, self.started) + 1
        end = original.find("\n", self.cursor)
        end = len(original) if end < 0 else end
        below = original.find("\n", end + 1)
        following = original[end + 1 : len(original) if below < 0 else below]
        if following.strip() and _OPENS_ANOTHER.match(following) is None:
            end = len(original) if below < 0 else below  # (the line under the item's words: its fields, its bracket)
        own = [f for f in found if first <= f[0] < end]
        if own:
            return min(own, key=lambda f: abs(f[0] - self.cursor))[1]
        above = [f for f in found if f[0] < first]
        return (above[-1] if above else found[0])[1]

    def _brackets_beside(self, value: str) -> str | None:
        """``value`` with each bracket as the notice writes it beside the same few characters nearest the last
        text found, where the name is broken over print lines (a PDF's narrow column: 各县（市、 above 区）人民政府);
        None where no bracket is found so."""
        out = list(value)
        seen = False
        for i, ch in enumerate(value):
            if ch not in "()":
                continue
            for piece, at in ((value[max(0, i - _BESIDE) : i + 1], -1), (value[i : i + 1 + _BESIDE], 0)):
                if len(piece) <= 1:
                    continue
                found = self._spellings(piece)
                if found:
                    out[i] = self._nearest(found)[at]
                    seen = True
                    break
        return "".join(out) if seen else None

    def _spellings_of(self, value: str) -> tuple[tuple[int, str], ...]:
        """Where the notice writes ``value``, brackets of either width, and how."""
        pattern = "".join(_EITHER.get(ch, re.escape(ch)) for ch in value)
        return tuple((m.start(), m.group()) for m in re.finditer(pattern, self.original))

    def restore(self, value: Any) -> Any:
        """``value`` with its strings given back; the very object where nothing changes (most of a notice)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Unit):
            name, written = self.name(value.name), self.name(value.written)
            if name is value.name and written is value.written:
                return value
            return attrs.evolve(value, name=name, written=written)
        if isinstance(value, Leader):
            name = self.name(value.name)
            return value if name is value.name else attrs.evolve(value, name=name)
        if isinstance(value, Alias):
            alias, name = self.name(value.alias), self.name(value.name)
            return value if alias is value.alias and name is value.name else Alias(alias, name)
        if isinstance(value, Task):
            return self._task(value)  # the bulk of a notice: its fields read directly, not by their names
        if isinstance(value, Target | Diagnostic):
            return value  # what queries compare, read in normalised form; our own sentences
        return parts_mapped(value, self._part, _NOT_TEXT)

    def _part(self, field: str, old: Any) -> Any:
        if field == "written" and isinstance(old, tuple):
            groups = tuple(tuple(self.name(g) for g in names) for names in old)  # names as written
            same = all(a is b for x, y in zip(groups, old, strict=True) for a, b in zip(x, y, strict=True))
            return old if same else groups
        return self.restore(old)

    def _task(self, task: Task) -> Task:
        text = self.text(task.text)
        heading = self.text(task.heading) if task.heading else task.heading
        notes = self.restore(task.notes) if task.notes else task.notes
        duties = self._duties(task.duties)
        subtasks = tuple(self._task(t) for t in task.subtasks) if task.subtasks else task.subtasks
        if subtasks is not task.subtasks and all(a is b for a, b in zip(subtasks, task.subtasks, strict=True)):
            subtasks = task.subtasks
        unchanged = (text, heading, notes, duties, subtasks)
        if all(
            a is b
            for a, b in zip(unchanged, (task.text, task.heading, task.notes, task.duties, task.subtasks), strict=True)
        ):
            return task
        return attrs.evolve(task, text=text, heading=heading, notes=notes, duties=duties, subtasks=subtasks)

    def _duties(self, duties: Duties) -> Duties:
        named: tuple[Leader | Unit, ...] = (*duties.leaders, *duties.lead_units, *duties.cooperating_units)
        if not any(b in n.name for n in named for b in self._BRACKETS):
            return duties  # names with no bracket are given back as they are
        return self.restore(duties)  # type: ignore[no-any-return]


class _Fold(_Back):
    """Every full-width mark made ASCII again (what normalising does): to compare notices whatever marks
    they were written with."""

    _BRACKETS = "（）"

    def __init__(self) -> None:
        super().__init__("", {})

    def text(self, value: str) -> str:
        return value.translate(FOLD)

    def name(self, value: str) -> str:
        return value.translate(FOLD)


def folded(notice: T) -> T:
    """``notice`` with every full-width mark of its names and text made ASCII."""
    return _Fold().restore(notice)  # type: ignore[no-any-return]
