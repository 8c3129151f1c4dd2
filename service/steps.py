"""Work done a step at a time: a generator that yields between steps and returns its result, so that one
thread can interleave several pieces of work (the service's extraction queue, ``service.api``), and a caller
who wants the result at once runs it to the end (``run``)."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")
Steps = Generator[None, None, T]

# Characters of text prepared or assembled in one step: about what a step of encoder passes covers
# (service/tagging.py, _PASSES_PER_TURN), so that no step is much longer than another.
STEP_CHARS = 10_000


def run(steps: Steps[T]) -> T:
    """Run ``steps`` to the end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
