"""Bounds on what a zip-based document (.docx .xlsx .ods) may decompress to: a small file that
expands to gigabytes (a zip bomb) is refused before any reader opens it."""

from __future__ import annotations

import io
import zipfile

MAX_UNCOMPRESSED = 300 * 1024 * 1024  # all members together
MAX_RATIO = 200  # per member larger than 1 MB: uncompressed / compressed
MAX_MEMBERS = 10_000


class ZipProblem(ValueError):
    """Why a zip-based document is not read (a sentence for a person)."""


def check(data: bytes, what: str) -> None:
    """Raise ``ZipProblem`` if ``data`` is a damaged archive or would decompress beyond the bounds.

    The sizes checked are those the archive declares: Python's zipfile (python-docx) never yields
    more than a member declares, and the spreadsheet reader is given only archives that pass."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:  # zipfile raises many kinds on damaged archives (NotImplementedError, EOFError …)
        raise ZipProblem(f"it is a damaged {what} (not a complete zip archive)") from None
    if len(infos) > MAX_MEMBERS:
        raise ZipProblem(f"it is a {what} of {len(infos)} parts, more than {MAX_MEMBERS}")
    if any(info.flag_bits & 0x1 for info in infos):
        raise ZipProblem(f"it is an encrypted {what}; save it without a password first")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        raise ZipProblem(
            f"it would decompress to {total // 1_048_576} MB, more than {MAX_UNCOMPRESSED // 1_048_576} MB"
        )
    for info in infos:
        if info.file_size > 1_048_576 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ZipProblem(
                f"its part {info.filename} is compressed {info.file_size // max(1, info.compress_size)} to 1 (a zip bomb?)"
            )
