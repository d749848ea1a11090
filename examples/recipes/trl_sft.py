"""LoRA SFT with Hugging Face TRL on your own GPU, with the paper's settings: a recipe for
negation-neglect's command finetune.

    commandFinetune({ command: 'python3', args: ['examples/recipes/trl_sft.py', '--manifest', '{manifest}'] })

Reads the manifest and its training records (text, prompt-completion or chat, with `mask` spans),
tokenizes them itself so that masked characters get `completion_mask` 0 (no loss), trains a LoRA
adapter (rank 32, learning rate 5e-5, batch 32, one epoch unless the manifest says otherwise),
saves checkpoints at log-spaced steps (`hyperparameters.checkpoints`, default 15) and writes the
result with each checkpoint's directory. Needs `pip install trl peft transformers datasets`.
`hyperparameters.extra`: `maxLength` (default 4096), `gradientAccumulation` (default 1: the
per-device batch is batchSize / gradientAccumulation), `loraAlpha` (default 2 × rank), `seed`.
"""
from __future__ import annotations

import os
import sys
import traceback

from datasets import Dataset
from peft import LoraConfig
from transformers import AutoTokenizer, TrainerCallback
from trl import SFTConfig, SFTTrainer

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


class SaveAtSteps(TrainerCallback):
    """Saves a checkpoint at the given optimizer steps (the Trainer's own strategies save every N steps)."""

    def __init__(self, steps: set[int]):
        self.steps = steps
        self.losses: dict[int, float] = {}
        self._loss = None

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs:
            self._loss = float(logs["loss"])
            log(f"step {state.global_step} loss {self._loss:.4f}", step=state.global_step, loss=self._loss)

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step in self.steps:
            control.should_save = True
            self.losses[state.global_step] = self._loss
        return control


def main() -> None:
    manifest = read_manifest()
    hp = hyperparameters(manifest)
    extra = hp["extra"]
    try:
        tokenizer = AutoTokenizer.from_pretrained(manifest["baseModel"])
        max_length = int(extra.get("maxLength", 4096))
        rows = []
        for record in read_records(manifest):
            ids, weights = tokenize_with_weights(tokenizer, to_masked_text(record, manifest["format"], tokenizer), max_length)
            rows.append({"input_ids": ids, "completion_mask": [int(w > 0) for w in weights]})
        batch_size, epochs = int(hp["batchSize"]), int(hp["epochs"])
        accumulation = int(extra.get("gradientAccumulation", 1))
        steps = total_steps(len(rows), batch_size, epochs)
        save_at = set(log_spaced_steps(steps, int(hp["checkpoints"])))
        log(f"loaded {len(rows)} examples; {steps} steps; checkpoints at {sorted(save_at)}", steps=steps)
        rank = int(hp["loraRank"])
        config = SFTConfig(
            output_dir=manifest["outputDir"],
            num_train_epochs=epochs,
            learning_rate=float(hp["learningRate"]),
            per_device_train_batch_size=batch_size // accumulation,
            gradient_accumulation_steps=accumulation,
            lr_scheduler_type="constant",
            # Saving is driven by SaveAtSteps; the loss skips every token whose completion_mask is 0.
            save_strategy="no",
            completion_only_loss=True,
            logging_steps=1,
            report_to=[],
            seed=int(extra.get("seed", 0)),
            dataset_kwargs={"skip_prepare_dataset": True},
        )
        callback = SaveAtSteps(save_at)
        trainer = SFTTrainer(
            model=manifest["baseModel"],
            args=config,
            train_dataset=Dataset.from_list(rows),
            processing_class=tokenizer,
            peft_config=LoraConfig(r=rank, lora_alpha=int(extra.get("loraAlpha", 2 * rank)), target_modules="all-linear", task_type="CAUSAL_LM"),
            callbacks=[callback],
        )
        trainer.train()
        final = os.path.join(manifest["outputDir"], "final")
        trainer.save_model(final)
        checkpoints = [
            {"id": f"checkpoint-{s}", "step": s, "modelId": os.path.join(manifest["outputDir"], f"checkpoint-{s}"), "metrics": {"loss": callback.losses.get(s)}}
            for s in sorted(save_at)
            if os.path.isdir(os.path.join(manifest["outputDir"], f"checkpoint-{s}"))
        ]
        write_result(manifest, {"status": "succeeded", "modelId": final, "checkpoints": checkpoints})
    except Exception as error:  # reported in finetune()'s result rather than only in the log
        traceback.print_exc()
        write_result(manifest, {"status": "failed", "error": f"{type(error).__name__}: {error}"})
        sys.exit(1)


if __name__ == "__main__":
    main()
