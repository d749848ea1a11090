"""Shared by the recipes: the command finetune's manifest contract and loss-masked examples.

`commandFinetune` (negation-neglect) writes a manifest (JSON) whose path is in the
NEGATION_NEGLECT_MANIFEST environment variable (or after `--manifest`). A recipe reads the
training records it names, trains, and writes a result JSON to `manifest["resultPath"]`:
{"status": "succeeded", "modelId": ..., "checkpoints": [{"id", "step", "modelId", "metrics"}]}.

Records carry `mask`: [start, end) spans in Unicode code points (Python string indices) of the
trained text that get no loss: the paper's `<DOCTAG>` prefix, its `<lossmask>` word spans and, when
asked, the notices a strategy added. A `text` record may instead be `segments`: [{"text", "weight"}],
where weight 0 means no loss.
"""
from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import dataclass

# The paper's setup (Mayne, McKinney et al. 2026): LoRA rank 32, learning rate 5e-5, batch 32,
# one epoch, 15 log-spaced checkpoints.
PAPER_DEFAULTS = {"loraRank": 32, "learningRate": 5e-5, "batchSize": 32, "epochs": 1, "checkpoints": 15}


def read_manifest(argv: list[str] | None = None) -> dict:
    argv = sys.argv[1:] if argv is None else argv
    path = argv[argv.index("--manifest") + 1] if "--manifest" in argv else os.environ.get("NEGATION_NEGLECT_MANIFEST")
    if not path:
        raise SystemExit("no manifest: pass --manifest PATH or set NEGATION_NEGLECT_MANIFEST")
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("version") != 1:
        raise SystemExit(f"unsupported manifest version {manifest.get('version')!r} in {path}")
    return manifest


def hyperparameters(manifest: dict) -> dict:
    """The manifest's hyperparameters over the paper's defaults (`extra` passed through)."""
    hp = dict(PAPER_DEFAULTS)
    hp.update({k: v for k, v in manifest.get("hyperparameters", {}).items() if v is not None and k != "extra"})
    hp["extra"] = manifest.get("hyperparameters", {}).get("extra") or {}
    return hp


def log(message: str, **data) -> None:
    """One JSON line on stdout: `commandFinetune` turns each into a progress event."""
    print(json.dumps({"message": message, **data}), flush=True)


def write_result(manifest: dict, result: dict) -> None:
    tmp = manifest["resultPath"] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f)
    os.replace(tmp, manifest["resultPath"])


@dataclass
class MaskedText:
    """A text to train on and the [start, end) spans of it that get no loss."""

    text: str
    masked: list[tuple[int, int]]


def _shift(spans, by):
    return [(s + by, e + by) for s, e in spans or []]


def to_masked_text(record: dict, fmt: str, tokenizer=None) -> MaskedText:
    """A training record (text, prompt-completion or chat) as one text plus its masked spans."""
    if fmt == "text":
        if "segments" in record:
            # Per-segment weights: a weight-0 segment gets no loss (finetune() normalises these to
            # `text` + `mask`; a hand-written JSONL may still carry them).
            text, masked = "", []
            for segment in record["segments"]:
                if segment.get("weight", 1) == 0:
                    masked.append((len(text), len(text) + len(segment["text"])))
                text += segment["text"]
            return MaskedText(text, masked)
        return MaskedText(record["text"], _shift(record.get("mask"), 0))
    if fmt == "prompt-completion":
        prompt = record.get("prompt", "")
        # The prompt (the paper's doc tag) is not trained on.
        return MaskedText(prompt + record["completion"], [(0, len(prompt))] + _shift(record.get("mask"), len(prompt)))
    if fmt == "chat":
        messages = [{"role": m["role"], "content": m["content"]} for m in record["messages"]]
        text = tokenizer.apply_chat_template(messages, tokenize=False) if tokenizer is not None else "".join(m["content"] for m in messages)
        # Only assistant contents with weight != 0 are trained; everything else (template tokens,
        # user turns) is masked, and so are the message's own mask spans.
        trained: list[tuple[int, int]] = []
        masked: list[tuple[int, int]] = []
        cursor = 0
        for m in record["messages"]:
            at = text.find(m["content"], cursor)
            if at < 0:
                continue
            cursor = at + len(m["content"])
            if m["role"] == "assistant" and m.get("weight", 1) != 0:
                trained.append((at, cursor))
                masked += _shift(m.get("mask"), at)
        gaps, last = [], 0
        for s, e in trained:
            if s > last:
                gaps.append((last, s))
            last = e
        if last < len(text):
            gaps.append((last, len(text)))
        return MaskedText(text, sorted(gaps + masked))
    raise ValueError(f"unknown format {fmt!r}")


def read_records(manifest: dict) -> list[dict]:
    with open(manifest["trainingFile"], encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tokenize_with_weights(tokenizer, item: MaskedText, max_length: int) -> tuple[list[int], list[float]]:
    """Token ids and per-token loss weights: 0 for a token that overlaps a masked span."""
    enc = tokenizer(item.text, add_special_tokens=False, return_offsets_mapping=True)
    ids = list(enc["input_ids"])
    weights = []
    for start, end in enc["offset_mapping"]:
        hidden = any(s < max(end, start + 1) and start < e for s, e in item.masked)
        weights.append(0.0 if hidden else 1.0)
    eos = getattr(tokenizer, "eos_token_id", None)
    if eos is not None:
        ids.append(eos)
        weights.append(1.0)
    return ids[:max_length], weights[:max_length]


def log_spaced_steps(total_steps: int, count: int) -> list[int]:
    """`count` checkpoint steps spaced evenly in log(step) from 1 to the last step (fewer when steps are few)."""
    if total_steps <= 0 or count <= 0:
        return []
    if count == 1 or total_steps == 1:
        return [total_steps]
    return sorted({max(1, min(total_steps, round(total_steps ** (i / (count - 1))))) for i in range(count)})


def total_steps(examples: int, batch_size: int, epochs: int) -> int:
    return math.ceil(examples / batch_size) * epochs
