"""A sliding-window rate limit per key (a user, a guild), timed with a monotonic clock."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimit:
    """At most ``rate`` events per ``per`` seconds for each key.

    Examples
    --------
    >>> limit = RateLimit(rate=2, per=10.0)
    >>> [limit.hit("ann", now=t) for t in (0.0, 1.0, 2.0, 10.5)]
    [None, None, 8.0, None]

    ``clock`` gives the time when ``now`` is not passed. By default it is ``time.monotonic``,
    looked up at each call, so that a simulated clock (simcord's) rules the limit in tests.
    """

    def __init__(self, rate: int, per: float, clock: Callable[[], float] | None = None) -> None:
        self.rate = rate
        self.per = per
        self.clock = clock
        self._events: dict[object, deque[float]] = {}

    def hit(self, key: object, now: float | None = None) -> float | None:
        """Count an event for ``key``: None if allowed, else the seconds to wait (not counted)."""
        if self.per <= 0:
            return None
        if now is None:
            now = self.clock() if self.clock is not None else time.monotonic()
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.per:
            events.popleft()
        if len(events) >= self.rate:
            return events[0] + self.per - now
        events.append(now)
        return None

    def forget(self, key: object) -> None:
        """Take back ``key``'s latest event (it was refused further on)."""
        events = self._events.get(key)
        if events:
            events.pop()
