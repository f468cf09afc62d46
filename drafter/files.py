"""Reading user files with clear errors, and atomic writes that keep the file's mode."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from drafter.errors import InputError


def read_bytes(path: Path, what: str) -> bytes:
    """Read a user file; raise InputError naming it if it is missing, a directory or binary."""
    if not path.exists():
        raise InputError(f"{what} {path}: no such file")
    if path.is_dir():
        raise InputError(f"{what} {path}: is a directory, expected a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{what} {path}: cannot read ({exc.strerror})") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{what} {path}: looks like a binary file, expected text")
    return data


def decode(data: bytes, path: Path, what: str) -> str:
    """Decode UTF-8 strictly (a BOM is kept as U+FEFF for the caller to handle)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} {path}: not UTF-8 text (bad byte at offset {exc.start})") from exc


def read_text(path: Path, what: str) -> str:
    """Read a UTF-8 text file without newline translation, dropping a leading BOM."""
    return decode(read_bytes(path, what), path, what).removeprefix("\ufeff")


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and os.replace, so readers never see half a file.

    The existing file's permission bits are kept; a new file gets the umask default.
    """
    path = Path(path)
    mode: int | None = None
    with contextlib.suppress(FileNotFoundError):
        mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
