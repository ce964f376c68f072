"""Query micro-batching (index/embed_batch.py): concurrent calls share one call of the wrapped embedder, every
caller gets its own rows, errors reach every caller of a batch, a lone caller goes at once, close() ends
batching without stranding anyone; the engine and the bot wire it without changing answers.

No test asserts on timing: a fake embedder that blocks until released holds a batch in flight while the
test queues callers behind it, and waits are bounded only so that a bug fails instead of hanging."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from inquiry_lessons.index.embed import HashEmbedder
from inquiry_lessons.index.embed_batch import BatchingEmbedder

WAIT = 30.0  # seconds: only ever reached when something is broken


class GatedEmbedder:
    """A HashEmbedder whose calls record their texts and thread, and block while the gate is closed."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.inner = HashEmbedder(32)
        self.model_id, self.dim = "gated", 32
        self.batches: list[list[str]] = []
        self.threads: list[int] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Semaphore(0)  # released once per call, on entry
        self.fail_on = fail_on

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        self.batches.append(list(texts))
        self.threads.append(threading.get_ident())
        self.entered.release()
        assert self.gate.wait(WAIT), "the gate was never opened"
        if self.fail_on is not None and self.fail_on in texts:
            raise RuntimeError(f"cannot embed {self.fail_on}")
        return self.inner.embed_batch(texts)


def wait_until(test: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while not test():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.001)


def queued_texts(b: BatchingEmbedder) -> int:
    with b._cond:
        return sum(len(batch.texts) for batch in b._queue)


def start(fn: Callable[[], object]) -> tuple[threading.Thread, dict[str, object]]:
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def joined(t: threading.Thread) -> None:
    t.join(WAIT)
    assert not t.is_alive(), "a caller is stuck"


def hold_one_in_flight(b: BatchingEmbedder, inner: GatedEmbedder) -> tuple[threading.Thread, dict[str, object]]:
    """A first call that is running in the wrapped embedder, held there by the closed gate."""
    inner.gate.clear()
    first = start(lambda: b.embed_batch(["first question"]))
    assert inner.entered.acquire(timeout=WAIT)
    return first


def test_many_threads_get_exactly_their_own_rows():
    class Slow(HashEmbedder):  # slow enough that calls pile up and batches form (not asserted: no timing)
        def embed_batch(self, texts: list[str]) -> np.ndarray:
            time.sleep(0.002)
            return super().embed_batch(texts)

    plain = HashEmbedder(64)
    b = BatchingEmbedder(Slow(64), max_batch=8)
    calls = [[f"question {i} about item {j} in set {i * 7 + j}" for j in range(1 + i % 3)] for i in range(400)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        got = list(pool.map(b.embed_batch, calls))
    for texts, rows in zip(calls, got, strict=True):
        assert rows.shape == (len(texts), 64)
        assert np.array_equal(rows, plain.embed_batch(texts))
    assert b.calls == 400 and b.texts == sum(map(len, calls))


def test_calls_arriving_while_one_is_in_flight_share_one_call():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner, max_batch=32)
    first = hold_one_in_flight(b, inner)
    texts = [["a note on supervision"], ["missing episodes", "return interviews"], ["the voice of the child"]]
    waiting = [start(lambda t=t: b.embed_batch(t)) for t in texts]
    wait_until(lambda: queued_texts(b) == 4)
    inner.gate.set()
    for t, out in [first, *waiting]:
        joined(t)
        assert "error" not in out
    assert [len(x) for x in inner.batches] == [1, 4]
    assert sorted(inner.batches[1]) == sorted(t for ts in texts for t in ts)
    for t, (_, out) in zip(texts, waiting, strict=True):
        assert np.array_equal(out["value"], HashEmbedder(32).embed_batch(t))
    assert b.inner_calls == 2 and b.mean_batch() == 2.5


def test_a_full_batch_leaves_the_rest_to_the_next_one():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner, max_batch=3)
    first = hold_one_in_flight(b, inner)
    waiting = []
    for i in range(5):
        waiting.append(start(lambda i=i: b.embed_batch([f"text {i}"])))
        wait_until(lambda i=i: queued_texts(b) == i + 1)  # one at a time: the order of arrival is known
    inner.gate.set()
    for i, (t, out) in enumerate([first, *waiting]):
        joined(t)
        assert np.array_equal(out["value"], HashEmbedder(32).embed_batch(["first question" if i == 0 else
                                                                           f"text {i - 1}"]))
    assert inner.batches == [["first question"], ["text 0", "text 1", "text 2"], ["text 3", "text 4"]]


def test_an_error_reaches_every_caller_of_the_batch_and_no_other():
    inner = GatedEmbedder(fail_on="boom")
    b = BatchingEmbedder(inner)
    first = hold_one_in_flight(b, inner)
    waiting = [start(lambda t=t: b.embed_batch([t])) for t in ("fine", "boom", "also fine")]
    wait_until(lambda: queued_texts(b) == 3)
    inner.gate.set()
    for t, _ in [first, *waiting]:
        joined(t)
    assert "value" in first[1]
    errors = [out.get("error") for _, out in waiting]
    assert all(isinstance(e, RuntimeError) and "boom" in str(e) for e in errors)
    assert np.array_equal(b.embed_batch(["fine"]), HashEmbedder(32).embed_batch(["fine"]))  # it still works


def test_a_wrong_number_of_rows_is_an_error_for_every_caller():
    class Short(HashEmbedder):
        def embed_batch(self, texts: list[str]) -> np.ndarray:
            return super().embed_batch(texts)[:-1]

    with pytest.raises(ValueError, match="returned 0 rows for 1 texts"):
        BatchingEmbedder(Short(16)).embed_batch(["one"])


def test_a_lone_caller_goes_at_once_in_its_own_thread():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner)
    rows = b.embed_batch(["alone", "with two texts"])
    assert inner.threads == [threading.get_ident()] and inner.batches == [["alone", "with two texts"]]
    assert np.array_equal(rows, HashEmbedder(32).embed_batch(["alone", "with two texts"]))
    assert b.embed_batch([]).shape == (0, 32)


def test_a_full_batch_does_not_wait_out_the_window():
    b = BatchingEmbedder(HashEmbedder(16), max_batch=1, window_s=3600.0)
    t, out = start(lambda: b.embed_batch(["x"]))
    joined(t)
    assert out["value"].shape == (1, 16)


def test_with_two_slots_a_second_caller_runs_beside_the_first():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner, max_in_flight=2)
    first = hold_one_in_flight(b, inner)
    second = start(lambda: b.embed_batch(["second"]))
    assert inner.entered.acquire(timeout=WAIT)  # it reached the wrapped embedder while the first is held
    inner.gate.set()
    for t, _ in (first, second):
        joined(t)
    assert inner.batches == [["first question"], ["second"]]


def test_close_lets_queued_calls_finish_and_later_calls_go_straight_through():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner)
    first = hold_one_in_flight(b, inner)
    queued = start(lambda: b.embed_batch(["queued before close"]))
    wait_until(lambda: queued_texts(b) == 1)
    b.close()
    assert b.closed
    after = start(lambda: b.embed_batch(["after close"]))
    assert inner.entered.acquire(timeout=WAIT)  # not queued behind the held call: straight to the embedder
    inner.gate.set()
    for t, out in (first, queued, after):
        joined(t)
        assert "value" in out
    assert sorted(map(tuple, inner.batches)) == [("after close",), ("first question",), ("queued before close",)]
    assert b.inner_calls == 2  # the batched ones


def _embed_in_answer(b: BatchingEmbedder, text: str) -> np.ndarray:
    """An answer under way that embeds one text."""
    with b.answering():
        return b.embed_batch([text])


def test_a_leader_waits_for_an_answer_under_way_to_join():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner, window_s=3600.0)
    other_may_embed, other_done = threading.Event(), threading.Event()

    def other() -> np.ndarray:
        with b.answering():
            assert other_may_embed.wait(WAIT)
            rows = b.embed_batch(["other"])
        other_done.set()
        return rows

    leader = functools.partial(_embed_in_answer, b, "leader")

    slow = start(other)
    wait_until(lambda: b._active == 1)
    first = start(leader)
    wait_until(lambda: queued_texts(b) == 1)  # the leader's batch is open and waiting (the window is an hour)
    other_may_embed.set()
    for t, out in (slow, first):
        joined(t)
        assert "value" in out
    assert inner.batches == [["leader", "other"]]


def _idle_answer(b: BatchingEmbedder, end: threading.Event) -> None:
    """An answer under way that never embeds, until ``end`` is set."""
    with b.answering():
        assert end.wait(WAIT)


def test_a_leader_stops_waiting_for_an_answer_that_ends_without_embedding():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner, window_s=3600.0)
    end = threading.Event()
    idle_answer = functools.partial(_idle_answer, b, end)

    leader = functools.partial(_embed_in_answer, b, "leader")

    idle = start(idle_answer)
    wait_until(lambda: b._active == 1)
    first = start(leader)
    wait_until(lambda: queued_texts(b) == 1)  # waiting for the idle answer (the window is an hour)
    assert inner.batches == []
    end.set()
    for t, _ in (idle, first):
        joined(t)
    assert inner.batches == [["leader"]] and "value" in first[1]


def test_a_caller_outside_any_answer_never_waits_for_the_window():
    inner = GatedEmbedder()
    b = BatchingEmbedder(inner, window_s=3600.0)
    end = threading.Event()
    idle_answer = functools.partial(_idle_answer, b, end)

    idle = [start(idle_answer) for _ in range(2)]
    wait_until(lambda: b._active == 2)
    assert np.array_equal(b.embed_batch(["alone"]), HashEmbedder(32).embed_batch(["alone"]))
    assert inner.batches == [["alone"]]
    end.set()
    for t, _ in idle:
        joined(t)


def test_the_engine_never_batches_an_embedder_whose_vectors_depend_on_the_batch():
    from types import SimpleNamespace

    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.embed_batch import batch_dependent

    assert batch_dependent(SimpleNamespace(quantize=True)) and batch_dependent(SimpleNamespace(backend="onnx-int8"))
    assert not batch_dependent(HashEmbedder()) and not batch_dependent(SimpleNamespace(quantize=False))
    int8 = SimpleNamespace(quantize=True, model_id="m", dim=8)
    engine = SimpleNamespace(embedder=int8, retriever=SimpleNamespace(embedder=int8),
                             summariser=SimpleNamespace(embedder=int8))
    assert Engine.share_embedding(engine) is False  # type: ignore[arg-type]
    assert engine.embedder is int8 and engine.retriever.embedder is int8


@pytest.mark.slow
def test_torch_vectors_do_not_depend_on_the_batch(embedder):
    texts = ["How did supervision affect practice?", "Why were missing episodes not acted upon?",
             "voice of the child", "What did the Kestrel Vale inquiry find about information sharing between "
             "the police, the school and children's social care over the two years before the incident?"]
    alone = np.vstack([embedder.embed_batch([t]) for t in texts])
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = np.vstack(list(pool.map(BatchingEmbedder(embedder).embed_batch, [[t] for t in texts])))
    assert np.min(np.sum(alone * together, axis=1)) >= 0.9999
    assert np.min(np.sum(alone * embedder.embed_batch(texts), axis=1)) >= 0.9999


def _content(answer) -> dict:
    """An answer without its passages' scores, which batching may move in the sixth decimal."""
    data = answer.model_dump()
    data["passages"] = [{k: v for k, v in p.items() if k != "score"} for p in data["passages"]]
    return data


@pytest.mark.slow
def test_the_engine_answers_the_same_with_shared_embedding(dev_store, embedder):
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.settings import Settings

    engine = Engine(dev_store, Settings(), embedder).load()
    try:
        questions = ["How did supervision affect practice?", "Why were missing episodes not acted upon?",
                     "What were the barriers to information sharing?", "pensions of social workers",
                     "What did the Saltmarsh review find?", "how was the voice of the child heard?"] * 3
        expected = [_content(engine.answer(q)) for q in questions]
        assert engine.share_embedding() and not engine.share_embedding()
        batcher = engine.embedder
        assert isinstance(batcher, BatchingEmbedder)
        assert engine.retriever.embedder is batcher and engine.summariser.embedder is batcher
        with ThreadPoolExecutor(max_workers=4) as pool:
            got = [_content(a) for a in pool.map(engine.answer, questions)]
        assert got == expected
        assert engine.share_embedding(False) and engine.embedder is embedder and batcher.closed
        assert engine.retriever.embedder is embedder and engine.summariser.embedder is embedder
    finally:
        engine.close()


@pytest.mark.slow
@pytest.mark.parametrize(("workers", "batch", "shared"), [(2, True, True), (1, True, False), (4, False, False)])
async def test_the_bot_shares_embedding_with_more_than_one_worker(server, dev_store, embedder, tmp_path,
                                                                  workers, batch, shared):
    from inquiry_lessons.bot.app import build_application
    from inquiry_lessons.bot.settings import BotSettings
    from inquiry_lessons.index.answer.engine import Engine
    from inquiry_lessons.index.settings import Settings
    from tests.support.botapi import TOKEN, start_app, stop_app

    engine = Engine(dev_store, Settings(), embedder).load()
    settings = BotSettings(token=TOKEN, base_url=server.base_url, state_path=tmp_path / "bot.sqlite",
                           workers=workers, batch_queries=batch)
    app = build_application(settings, engine=engine)
    await start_app(app)
    try:
        assert isinstance(engine.embedder, BatchingEmbedder) is shared
        await server.send_text(101, "How did supervision affect practice?")
        await server.wait_for(lambda s: server.to_chat(101))
    finally:
        await stop_app(app)
        await app.post_shutdown(app)  # as run_polling does after shutting down
        assert engine.embedder is embedder  # given back as it came
        engine.close()


def test_the_setting_reads_its_environment_name(monkeypatch):
    from inquiry_lessons.bot.settings import BotSettings

    assert BotSettings().batch_queries
    monkeypatch.setenv("LESSONS_BOT_BATCH_QUERIES", "0")
    assert not BotSettings().batch_queries
