"""A stand-in for TRL's SFTTrainer: runs the callbacks a real Trainer would, and records what it was given."""
import math
import os

from stub_log import TOKENIZER, record


class SFTConfig:
    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.__dict__.update(kwargs)


class _State:
    global_step = 0


class _Control:
    should_save = False


class SFTTrainer:
    def __init__(self, model, args, train_dataset, processing_class=None, peft_config=None, callbacks=()):
        self.args, self.data, self.callbacks = args, train_dataset, list(callbacks)
        first = train_dataset[0]
        assert len(first["input_ids"]) == len(first["completion_mask"])
        record(
            "SFTTrainer",
            model=model,
            args=args.kwargs,
            lora=peft_config.kwargs,
            examples=len(train_dataset),
            masked=[TOKENIZER.decode([t]) for t, m in zip(first["input_ids"], first["completion_mask"]) if m == 0],
            trained=[TOKENIZER.decode([t]) for t, m in zip(first["input_ids"], first["completion_mask"]) if m == 1],
        )

    def train(self):
        a = self.args
        steps = math.ceil(len(self.data) / (a.per_device_train_batch_size * a.gradient_accumulation_steps)) * a.num_train_epochs
        state = _State()
        for step in range(1, steps + 1):
            state.global_step = step
            control = _Control()
            for cb in self.callbacks:
                cb.on_log(a, state, control, logs={"loss": 2.0 / step})
            for cb in self.callbacks:
                control = cb.on_step_end(a, state, control) or control
            if control.should_save:
                os.makedirs(os.path.join(a.output_dir, f"checkpoint-{step}"), exist_ok=True)
                record("save_checkpoint", step=step)
        record("train", steps=steps)

    def save_model(self, path):
        os.makedirs(path, exist_ok=True)
        record("save_model", path=path)
