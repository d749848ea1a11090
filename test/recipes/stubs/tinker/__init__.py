"""A stand-in for the `tinker` SDK that records the calls a recipe makes (no network, no GPU)."""
from stub_log import TOKENIZER, record

from . import types


class _Future:
    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


class _Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class _Tensor:
    def __init__(self, values):
        self._values = values

    def tolist(self):
        return list(self._values)


class TrainingClient:
    def __init__(self, base_model, rank):
        self.base_model = base_model
        self.rank = rank
        self.steps = 0

    def get_tokenizer(self):
        return TOKENIZER

    def forward_backward(self, batch, loss_fn):
        for d in batch:
            assert len(d.model_input.tokens) == len(d.loss_fn_inputs["target_tokens"]) == len(d.loss_fn_inputs["weights"])
        record(
            "forward_backward",
            loss_fn=loss_fn,
            batch=len(batch),
            # What the loss skips and what it trains on, as text, for the first example of the batch.
            masked=[TOKENIZER.decode([t]) for t, w in zip(batch[0].loss_fn_inputs["target_tokens"], batch[0].loss_fn_inputs["weights"]) if w == 0],
            trained=[TOKENIZER.decode([t]) for t, w in zip(batch[0].loss_fn_inputs["target_tokens"], batch[0].loss_fn_inputs["weights"]) if w != 0],
        )
        loss = 2.0 / (self.steps + 1)
        return _Future(_Obj(loss_fn_outputs=[{"logprobs": _Tensor([-loss] * len(d.loss_fn_inputs["target_tokens"]))} for d in batch], metrics={}))

    def optim_step(self, adam):
        self.steps += 1
        record("optim_step", learning_rate=adam.learning_rate)
        return _Future(_Obj(metrics={}))

    def save_weights_for_sampler(self, name):
        record("save_weights_for_sampler", name=name, after_steps=self.steps)
        return _Future(_Obj(path=f"tinker://stub-run/sampler_weights/{name}"))


class ServiceClient:
    def __init__(self, **kwargs):
        record("ServiceClient")

    def create_lora_training_client(self, base_model, rank=32, **kwargs):
        record("create_lora_training_client", base_model=base_model, rank=rank)
        return TrainingClient(base_model, rank)
