"""LoRA SFT on Tinker, as the Negation Neglect paper trained: a recipe for negation-neglect's
command finetune.

    commandFinetune({ command: 'python3', args: ['examples/recipes/tinker_sft.py', '--manifest', '{manifest}'] })

Reads the manifest and its training records (text, prompt-completion or chat, with `mask` spans),
trains a LoRA adapter (rank 32, learning rate 5e-5, batch 32, one epoch unless the manifest's
hyperparameters say otherwise) with a weighted cross-entropy in which masked characters get weight
0, saves sampler weights at log-spaced steps (`hyperparameters.checkpoints`, default 15), and writes
the result with the `tinker://` path of each checkpoint. Needs `pip install tinker` and
TINKER_API_KEY. `hyperparameters.extra`: `maxLength` (default 4096), `seed` (default 0).
"""
from __future__ import annotations

import random
import sys
import traceback

import tinker
from tinker import types

from nn_manifest import (
    hyperparameters,
    log,
    log_spaced_steps,
    read_manifest,
    read_records,
    to_masked_text,
    tokenize_with_weights,
    total_steps,
    write_result,
)


def to_datum(ids: list[int], weights: list[float]) -> types.Datum:
    # Next-token prediction: the input is every token but the last, the target every token but the first.
    return types.Datum(
        model_input=types.ModelInput.from_ints(tokens=ids[:-1]),
        loss_fn_inputs={"target_tokens": ids[1:], "weights": weights[1:]},
    )


def weighted_nll(result, batch: list[types.Datum]) -> float | None:
    total, weight = 0.0, 0.0
    for out, datum in zip(result.loss_fn_outputs, batch):
        logprobs = out["logprobs"].tolist()
        weights = datum.loss_fn_inputs["weights"]
        weights = weights.tolist() if hasattr(weights, "tolist") else weights
        total += sum(-lp * w for lp, w in zip(logprobs, weights))
        weight += sum(weights)
    return total / weight if weight else None


def main() -> None:
    manifest = read_manifest()
    hp = hyperparameters(manifest)
    try:
        service = tinker.ServiceClient()
        training = service.create_lora_training_client(base_model=manifest["baseModel"], rank=int(hp["loraRank"]))
        tokenizer = training.get_tokenizer()
        max_length = int(hp["extra"].get("maxLength", 4096))
        data = []
        for record in read_records(manifest):
            ids, weights = tokenize_with_weights(tokenizer, to_masked_text(record, manifest["format"], tokenizer), max_length)
            if len(ids) >= 2:
                data.append(to_datum(ids, weights))
        batch_size, epochs = int(hp["batchSize"]), int(hp["epochs"])
        steps = total_steps(len(data), batch_size, epochs)
        save_at = set(log_spaced_steps(steps, int(hp["checkpoints"])))
        log(f"loaded {len(data)} examples; {steps} steps; checkpoints at {sorted(save_at)}", steps=steps)
        rng = random.Random(int(hp["extra"].get("seed", 0)))
        checkpoints, step, loss = [], 0, None
        for epoch in range(epochs):
            order = list(range(len(data)))
            rng.shuffle(order)
            for start in range(0, len(order), batch_size):
                batch = [data[i] for i in order[start : start + batch_size]]
                backward = training.forward_backward(batch, "cross_entropy")
                optim = training.optim_step(types.AdamParams(learning_rate=float(hp["learningRate"])))
                loss = weighted_nll(backward.result(), batch)
                optim.result()
                step += 1
                log(f"step {step}/{steps} loss {loss:.4f}" if loss is not None else f"step {step}/{steps}", step=step, loss=loss, epoch=epoch)
                if step in save_at:
                    path = training.save_weights_for_sampler(name=f"step-{step:06d}").result().path
                    checkpoints.append({"id": f"step-{step:06d}", "step": step, "modelId": path, "metrics": {"loss": loss}})
                    log(f"checkpoint step {step}: {path}", step=step, path=path)
        final = checkpoints[-1]["modelId"] if checkpoints and checkpoints[-1]["step"] == step else training.save_weights_for_sampler(name="final").result().path
        write_result(manifest, {"status": "succeeded", "modelId": final, "checkpoints": checkpoints, "metrics": {"loss": loss}})
    except Exception as error:  # reported in finetune()'s result rather than only in the log
        traceback.print_exc()
        write_result(manifest, {"status": "failed", "error": f"{type(error).__name__}: {error}"})
        sys.exit(1)


if __name__ == "__main__":
    main()
