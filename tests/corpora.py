"""Small corpora written for the tests: notices of several places and years, a file that is no notice,
and one of a kind fyplan does not read."""

from __future__ import annotations

from pathlib import Path


def notice_text(place: str, year: int, leads: list[str], level_word: str = "市") -> str:
    """A notice of ``place`` for ``year`` with one item per lead unit."""
    lines = [
        f"{place}人民政府关于{year}年重点工作及责任分解的通知",
        f"各县、区人民政府,{level_word}政府各部门:",
        f"现将{year}年重点工作及责任分解印发给你们。",
        "一、重点任务",
    ]
    for number, lead in enumerate(leads, 1):
        lines += [f"{number}.完成第{number}项工作。", "牵头负责领导:常务副市长。", f"牵头责任单位:{lead}。"]
    lines += [f"{place}人民政府", f"{year}年2月1日"]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path) -> None:
    (folder / "qingxi").mkdir(parents=True)
    (folder / "qingxi" / "2019.txt").write_text(notice_text("青溪市", 2019, ["市财政局", "市商务局", "市财政局"]))
    (folder / "qingxi" / "2020.txt").write_text(notice_text("青溪市", 2020, ["市财政局", "市教育局"]))
    (folder / "yunling-2020.txt").write_text(notice_text("云岭市", 2020, ["市财政局"] * 2 + ["市科技局"] * 2))
    (folder / "donghu-2021.txt").write_text(notice_text("东湖县", 2021, ["县财政局"], "县"))
    (folder / "news.txt").write_text("今天天气很好,市民纷纷出门踏青。\n")
    (folder / "README.md").write_text("not a notice kind\n")
