"""Pure work shared with forked processes: the same answer, in order, as in one process."""

from __future__ import annotations

import os
import sys

import pytest

from hoering import forked


def squares_with_pids(start: int, stop: int) -> list[tuple[int, int]]:
    return [(n * n, os.getpid()) for n in range(start, stop)]


@pytest.mark.skipif(not sys.platform.startswith("linux") or forked.cores() < 2, reason="forks on Linux with 2 cores")
def test_shares_are_joined_in_order_and_judged_in_a_child():
    out = forked.chunked(squares_with_pids, 1000, least=100)
    assert [v for v, _ in out] == [n * n for n in range(1000)]
    pids = {pid for _, pid in out}
    assert os.getpid() in pids and len(pids) == 2


def test_little_work_stays_in_this_process():
    out = forked.chunked(squares_with_pids, 50, least=100)
    assert out == [(n * n, os.getpid()) for n in range(50)]
    assert forked.chunked(squares_with_pids, 0) == []


def fails_late(start: int, stop: int) -> list[int]:
    if stop == 1000:
        raise ValueError("the last share fails")
    return list(range(start, stop))


def test_a_childs_error_reaches_the_caller():
    with pytest.raises(ValueError, match="last share"):
        forked.chunked(fails_late, 1000, least=100)
