"""Query micro-batching: concurrent ``embed_batch`` calls from several threads share one call of the wrapped
embedder (issue 13). With torch, one call for one short question takes about 10 ms and one for four
questions about 19 ms (a fixed cost per call: the model's Python and torch's per-operation overhead), so
answers running side by side in the bot's thread pool are cheaper when their question vectors are made
together.

The scheme is leader/follower ("group commit"), with no thread of its own:

- A call that finds nothing queued and fewer than ``max_in_flight`` calls of the wrapped embedder running
  goes at once, alone: a lone caller is never delayed.
- A call that arrives while the wrapped embedder is busy joins the newest queued batch (if its texts fit
  in ``max_batch``) or opens a new one. The first caller of a batch is its leader: once the batch is at
  the head of the queue and a slot is free, the leader takes it out of the queue (nobody joins it after
  that), makes one call of the wrapped embedder for every text of the batch, and hands each caller its
  own rows, in its own order. The others (followers) wait for that.
- Answers under way: a caller wraps each answer in ``answering()`` (Engine.answer does). With ``window_s``
  > 0 a leader ready to go first waits, up to ``window_s`` from when its batch was opened, until every
  answer under way has joined a batch or ended. So the answers move in step: they embed together, then do
  their Python together, instead of one answer's Python slowing another's embedding (both need the GIL;
  BENCHMARKS.md). A leader outside ``answering()``, or the only answer under way, never waits.
- An exception of that call is raised in every caller of the batch.
- ``close()`` ends batching: queued batches still run; later calls go straight to the wrapped embedder.

Rows are the wrapped embedder's own for the combined batch. sentence-transformers pads the texts of a
batch to the longest under an attention mask, so with torch (and ONNX fp32) a text's vector does not depend
on its batch beyond floating-point rounding (tests/test_embed_batch.py and benchmarks/bench_throughput.py
check it). ONNX Runtime's int8 model scales activations per batch, so its vectors do depend on the batch
(cosine 0.987 at worst, changing answers): :func:`batch_dependent` says so and the engine does not batch it."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from .embed import Embedder


def batch_dependent(embedder: object) -> bool:
    """Whether the embedder's vectors depend on the batch they are made in beyond rounding (ONNX Runtime
    int8, loaded or lazy), so that batching concurrent questions would change answers."""
    return getattr(embedder, "quantize", False) is True or getattr(embedder, "backend", None) == "onnx-int8"


@dataclass(eq=False)
class _Batch:
    texts: list[str] = field(default_factory=list)
    callers: int = 0
    opened: float = field(default_factory=time.monotonic)
    done: threading.Event = field(default_factory=threading.Event)
    rows: np.ndarray | None = None
    error: BaseException | None = None

    def add(self, texts: list[str]) -> slice:
        self.callers += 1
        start = len(self.texts)
        self.texts.extend(texts)
        return slice(start, len(self.texts))


class BatchingEmbedder:
    """An ``Embedder`` that combines concurrent calls into one call of ``inner`` (see the module's text)."""

    def __init__(self, inner: Embedder, max_batch: int = 32, window_s: float = 0.0, max_in_flight: int = 1) -> None:
        if max_batch < 1 or max_in_flight < 1 or window_s < 0:
            raise ValueError("max_batch and max_in_flight must be at least 1, window_s at least 0")
        self.inner = inner
        self.model_id = inner.model_id
        self.dim = inner.dim  # (loads a LazyEmbedder's model: the wrapper is for answering, which needs it)
        self.max_batch = max_batch
        self.window_s = window_s
        self.max_in_flight = max_in_flight
        self._cond = threading.Condition(threading.Lock())
        self._queue: deque[_Batch] = deque()  # opened, not yet taken by their leaders
        self._in_flight = 0
        self._active = 0  # callers inside answering()
        self._queued = 0  # callers in queued batches
        self._closed = False
        self._local = threading.local()  # depth: this thread's answering() nesting
        # counters for benchmarks and tests: calls of embed_batch, calls of the wrapped embedder (batched)
        self.calls = 0
        self.inner_calls = 0
        self.texts = 0

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop batching: batches already queued still run; later calls go straight to the wrapped embedder."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Around one answer: while it runs, a leader may wait (up to ``window_s``) for it to join its batch."""
        with self._cond:
            self._active += 1
        self._local.depth = getattr(self._local, "depth", 0) + 1
        try:
            yield
        finally:
            self._local.depth -= 1
            with self._cond:
                self._active -= 1
                self._cond.notify_all()

    def mean_batch(self) -> float:
        """Texts per call of the wrapped embedder made by batches so far (0 before any)."""
        return self.texts / self.inner_calls if self.inner_calls else 0.0

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        with self._cond:
            self.calls += 1
            if self._closed or not texts:
                batch = None
            else:
                batch, rows, leader = self._join(texts)
        if batch is None:
            return self.inner.embed_batch(texts)
        if leader:
            self._lead(batch)
        else:
            batch.done.wait()
        if batch.error is not None:
            raise batch.error
        assert batch.rows is not None
        return batch.rows[rows].copy()

    def _join(self, texts: list[str]) -> tuple[_Batch, slice, bool]:
        """Under the lock: the batch this call belongs to, its rows there, and whether it leads it."""
        self._queued += 1
        last = self._queue[-1] if self._queue else None
        if last is not None and len(last.texts) + len(texts) <= self.max_batch:
            rows = last.add(texts)
            self._cond.notify_all()  # a leader waiting for this caller may go now
            return last, rows, False
        batch = _Batch()
        rows = batch.add(texts)
        self._queue.append(batch)
        return batch, rows, True

    def _lead(self, batch: _Batch) -> None:
        with self._cond:
            while not (self._queue[0] is batch and self._in_flight < self.max_in_flight):
                self._cond.wait()
            if self.window_s > 0 and getattr(self._local, "depth", 0) > 0:  # for the other answers under way
                deadline = batch.opened + self.window_s
                while (self._queued < self._active and len(batch.texts) < self.max_batch and not self._closed
                       and (left := deadline - time.monotonic()) > 0):
                    self._cond.wait(left)
            self._queue.popleft()  # closed to joiners from here on
            self._queued -= batch.callers
            self._in_flight += 1
            self.inner_calls += 1
            self.texts += len(batch.texts)
            self._cond.notify_all()  # the next batch's leader may start if a slot is free
        try:
            rows = self.inner.embed_batch(batch.texts)
            if len(rows) != len(batch.texts):
                raise ValueError(f"the embedder returned {len(rows)} rows for {len(batch.texts)} texts")
            batch.rows = rows
        except BaseException as exc:  # every caller of the batch gets it, the leader included
            batch.error = exc
        finally:
            with self._cond:
                self._in_flight -= 1
                self._cond.notify_all()
            batch.done.set()
