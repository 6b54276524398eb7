"""Reading and writing files safely: only regular files, at most ``max_size()`` bytes, and
writes that replace a file whole or leave it as it was.

Reading opens with ``O_NONBLOCK`` and then checks the open file (``fstat``), so a FIFO named
``notice.txt`` is refused at once instead of blocking, and ``/dev/zero`` (or a ``.txt`` link to
it in a queried folder) is refused instead of filling memory.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import stat
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
MAX_SIZE_ENV = "FYPLAN_MAX_SIZE"
_SIZE = re.compile(r"(\d+)\s*([kmg]?)i?b?", re.IGNORECASE)
_FACTORS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_CHUNK = 1024 * 1024

_max_size: int | None = None


class UnreadableFile(OSError):
    """A path fyplan will not read: not a regular file, or larger than the size limit.

    An ``OSError``, so every caller that reports "cannot read PATH: why" reports this too.
    """


def parse_size(text: str) -> int:
    """``50M``, ``200k``, ``1G`` or a number of bytes; ``ValueError`` for anything else."""
    m = _SIZE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"“{text}” is not a size: write a number of bytes, or one with K, M or G (50M)")
    return int(m.group(1)) * _FACTORS[m.group(2).lower()]


def set_max_size(size: int | None) -> None:
    """The largest file (in bytes) fyplan reads; ``None``: ``$FYPLAN_MAX_SIZE``, else the default."""
    global _max_size
    _max_size = size


def max_size() -> int:
    if _max_size is not None:
        return _max_size
    configured = os.environ.get(MAX_SIZE_ENV, "").strip()
    if configured:
        try:
            return parse_size(configured)
        except ValueError:
            pass  # a bad variable must not make every file unreadable: the default holds
    return DEFAULT_MAX_SIZE


def _too_large(limit: int) -> UnreadableFile:
    return UnreadableFile(errno.EFBIG, f"it is larger than {describe_size(limit)}, the size limit (--max-size)")


def describe_size(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file (symlinks followed), at most ``limit`` (default ``max_size()``)."""
    limit = max_size() if limit is None else limit
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(errno.EINVAL, f"it is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise _too_large(limit)
        with os.fdopen(os.dup(fd), "rb") as stream:
            return read_stream(stream, limit)
    finally:
        os.close(fd)


def read_bytes_of(path: str | Path) -> tuple[bytes, str]:
    """A notice file's bytes (``read_bytes``) and the name to report it under; a file that cannot be read
    is a ``NoticeError`` saying why. Here, not in the reader, so that a notice served by the parse cache
    never imports the reader (issue 13)."""
    name = str(path)
    try:
        return read_bytes(path), name
    except OSError as exc:
        from fyplan.errors import NoticeError
        from fyplan.model import Diagnostic

        reason = exc.strerror or str(exc)
        raise NoticeError(name, [Diagnostic("error", f"cannot read {name}: {reason}.", 1, 1)]) from None


def read_stream(stream: BinaryIO, limit: int | None = None) -> bytes:
    """At most ``limit`` bytes of a stream (standard input); more is an error, not a truncation."""
    limit = max_size() if limit is None else limit
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _too_large(limit)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def write_atomic(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole, or leave it as it was.

    The bytes go to a temporary file in the same folder, are synced, get the old file's mode,
    and are renamed over the target. A symlink is resolved first, so the file it points to is
    replaced and the link stays a link. Any failure removes the temporary file and re-raises.
    """
    fd = _open_descriptor(path)
    if fd is not None:
        # -o /dev/stdout >> log.txt: write where our own descriptor points (appending, as the shell
        # asked), never rename a file over what the link resolves to.
        sys.stdout.flush()
        _write_all(fd, data)
        return
    try:
        existing = os.stat(path)  # follows links: a link to a device
    except FileNotFoundError:
        existing = None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        # A device, a pipe or a terminal (-o /dev/null, -o /dev/stdout, a FIFO) is written to, never
        # replaced: renaming a file over it would destroy the device node and report success.
        _write_special(path, data)
        return
    from pathlib import Path  # here, not at the top: `fyplan --help` loads this module

    target = Path(os.path.realpath(path))
    mode = _mode_for(target)
    if target.exists() and (not mode & 0o222 or not os.access(target, os.W_OK)):
        # Renaming over a read-only file would succeed (the folder is writable): honour the file's mode.
        raise PermissionError(errno.EACCES, "Permission denied", str(path))
    import tempfile  # here, not at the top: ~2 ms of every `fyplan --version` (issue 13)

    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        try:
            _write_all(fd, data)
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):  # the original error is the one worth reporting
            os.unlink(temp)
        raise
    _sync_folder(target.parent)


_FD_PATH = re.compile(r"^/(?:dev/(?:std(?P<std>out|err)|fd/(?P<fd>\d+))|proc/(?P<pid>self|\d+)/fd/(?P<pfd>\d+))$")


def _open_descriptor(path: str | Path) -> int | None:
    """The descriptor of this process a path names (/dev/stdout, /dev/fd/3, /proc/self/fd/1), if any."""
    m = _FD_PATH.match(str(path))
    if m is None:
        return None
    if m.group("std"):
        return 1 if m.group("std") == "out" else 2
    if m.group("fd"):
        return int(m.group("fd"))
    if m.group("pid") in ("self", str(os.getpid())):
        return int(m.group("pfd"))
    return None


def _write_special(path: str | Path, data: bytes) -> None:
    """Write to a device or pipe in place. A FIFO with no reader is an error at once (ENXIO), not a hang."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "no program is reading from this pipe", str(path)) from None
        raise
    try:
        os.set_blocking(fd, True)  # then block as a normal write would
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _mode_for(target: Path) -> int:
    """The existing file's permission bits; for a new file, what ``open()`` would give (0666 less umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot sync a folder, which is no error."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file (through links too); False when either does not exist."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class Encoding(NamedTuple):
    """How a text file was stored: a codec and the byte-order mark before the text (or none)."""

    codec: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_PLAIN = ("utf-8", "utf-16-le", "utf-16-be", "gb18030")


def encoding_of(data: bytes, text: str) -> Encoding | None:
    """The encoding that turns ``data`` into exactly ``text`` (as the reader decoded it), so a rewrite
    can keep it; None when none does (the reader replaced undecodable bytes)."""
    candidates = [Encoding(codec, bom) for bom, codec in _BOMS if data.startswith(bom)][:1]
    for encoding in candidates or [Encoding(codec) for codec in _PLAIN]:
        try:
            if data[len(encoding.bom) :].decode(encoding.codec) == text:
                return encoding
        except UnicodeDecodeError:
            continue
    return None


# The encodings fyplan writes text in (--encoding): a spreadsheet on a Chinese Windows reads UTF-8
# only after a BOM (without one it reads GBK and shows mojibake), so CSV files get one by default;
# gb18030 is what older tools there expect.
OUTPUT_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")


# The formats fyplan reads, by the names a folder's files carry (the content decides when a file is
# named on the command line: a notice saved without an extension still reads).
NOTICE_SUFFIXES = frozenset(
    {".txt", ".text", ".docx", ".xlsx", ".xls", ".ods", ".et", ".html", ".htm", ".shtml", ".pdf", ".doc", ".wps"}
)


def notice_files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Files as given; folders become the notice files inside them and their sub-folders, sorted
    (upper-case extensions too). Also returns one line for each file of a folder left out, and why."""
    found: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for file in sorted(p for p in path.rglob("*") if not p.is_dir()):
            if file.suffix.lower() in NOTICE_SUFFIXES:
                found.append(file)
            else:
                skipped.append(f"{file}: skipped, not a format fyplan reads ({file.suffix or 'no extension'})")
    return found, skipped
