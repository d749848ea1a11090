from stub_log import TOKENIZER, record


class AutoTokenizer:
    @staticmethod
    def from_pretrained(name):
        record("AutoTokenizer.from_pretrained", name=name)
        return TOKENIZER


class TrainerCallback:
    def on_log(self, args, state, control, logs=None, **kwargs):
        pass

    def on_step_end(self, args, state, control, **kwargs):
        return control
