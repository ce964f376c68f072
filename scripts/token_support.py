"""A second support signal, measured and not adopted (BENCHMARKS.md, twenty-second round): token-level alignment.

For each content word of a question, its best cosine against the words of the first six passages' sentences,
using all-MiniLM-L6-v2's own contextual token vectors (MaxSim, as late-interaction retrieval does), weighted by the
word's rarity in the store; a question's score is its best sentence's. Printed beside the present support score as
the area under the ROC curve (answerable against unanswerable), split by split.

    .venv/bin/python scripts/token_support.py DEV_STORE [OUT.json]

DEV_STORE is a store built by ``index.eval.build_dev_store`` (``lessons eval`` builds one in a temporary folder;
``scripts`` users build their own). Needs the ``dev`` extra (scikit-learn). Slow: about 15 minutes on 2 cores.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any


def _scores(store: Path) -> list[dict[str, Any]]:
    import torch
    from sentence_transformers import SentenceTransformer

    from inquiry_lessons.index import eval as dev
    from inquiry_lessons.index.answer.engine import Engine, _Search
    from inquiry_lessons.index.answer.support import _ASKING
    from inquiry_lessons.index.settings import get_settings
    from inquiry_lessons.index.store.sparse import tokenize

    settings = get_settings()
    engine = Engine(store, settings)
    st = SentenceTransformer(settings.embedding.model, device="cpu", local_files_only=True)
    tok, model = st.tokenizer, st[0].auto_model.eval()
    idf = engine.store.term_idf()

    def encode(texts: list[str]):
        batch = tok(texts, padding=True, truncation=True, max_length=256, return_tensors="pt",
                    return_offsets_mapping=True)
        offsets = batch.pop("offset_mapping").numpy()
        with torch.no_grad():
            hidden = torch.nn.functional.normalize(model(**batch).last_hidden_state, dim=-1).numpy()
        return hidden, batch["attention_mask"].numpy().astype(bool), offsets

    rows = []
    for q in dev._questions(None):
        question = q["question"]
        found = engine._search(question, None, None)
        support = engine.support(question)
        row = {"id": q["id"], "split": q.get("split", "tune"), "answerable": bool(q.get("gold")),
               "support": support.text, "maxsim": None}
        sentences = [s for h in (found.hits[:6] if isinstance(found, _Search) else [])
                     for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9‘“'\"(])", h.passage.text) if len(s.split()) >= 4][:60]
        qh, _, qoff = encode([question])
        words = {}  # (start, stem) -> the question's token positions inside that word
        for m in re.finditer(r"[A-Za-z][A-Za-z'’-]+", question):
            w = m.group().lower().replace("’", "'")
            stems = tokenize([w])[0]
            if w in _ASKING or w.split("'")[0] in _ASKING or not stems:
                continue
            at = [i for i, (a, b) in enumerate(qoff[0]) if b > a and a >= m.start() and b <= m.end()]
            if at:
                words[(m.start(), stems[0])] = at
        if words and sentences:
            weights = idf(list({stem for _, stem in words}))
            top = max(weights.values(), default=1.0)
            sh, mask, _ = encode(sentences)
            best = -1.0
            for j in range(len(sentences)):
                toks = sh[j][mask[j]][1:-1]
                if not len(toks):
                    continue
                sims = qh[0] @ toks.T
                total = sum(weights.get(stem, top) * float(sims[at].max(axis=1).mean())
                            for (_, stem), at in words.items())
                best = max(best, total / sum(weights.get(stem, top) for _, stem in words))
            row["maxsim"] = best
        rows.append(row)
    return rows


def main(argv: list[str]) -> None:
    from sklearn.metrics import roc_auc_score

    rows = _scores(Path(argv[0]))
    if len(argv) > 1:
        Path(argv[1]).write_text(json.dumps(rows))
    print("split        n   support  maxsim")
    for split in dict.fromkeys(r["split"] for r in rows):
        rs = [r for r in rows if r["split"] == split]
        y = [r["answerable"] for r in rs]
        if all(y) or not any(y):
            continue
        aucs = [roc_auc_score(y, [-1 if r[k] is None else r[k] for r in rs]) for k in ("support", "maxsim")]
        print(f"{split:10} {len(rs):3}   {aucs[0]:.3f}    {aucs[1]:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
