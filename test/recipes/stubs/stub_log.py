"""Stand-ins for tinker/trl/transformers/peft/datasets write every call they receive here, as JSON lines."""
import json
import os
import re


def record(call: str, **data) -> None:
    with open(os.environ["STUB_LOG"], "a", encoding="utf-8") as f:
        f.write(json.dumps({"call": call, **data}) + "\n")


class StubTokenizer:
    """Word-level tokenizer with character offsets: each word, punctuation mark or space run is a token."""

    eos_token_id = 0
    _pattern = re.compile(r"\w+|\s+|[^\w\s]")

    def __init__(self):
        self.vocab = ["</s>"]
        self.ids = {"</s>": 0}

    def _id(self, piece: str) -> int:
        if piece not in self.ids:
            self.ids[piece] = len(self.vocab)
            self.vocab.append(piece)
        return self.ids[piece]

    def __call__(self, text, add_special_tokens=True, return_offsets_mapping=False):
        matches = list(self._pattern.finditer(text))
        out = {"input_ids": [self._id(m.group()) for m in matches]}
        if return_offsets_mapping:
            out["offset_mapping"] = [(m.start(), m.end()) for m in matches]
        return out

    def decode(self, ids):
        return "".join(self.vocab[i] for i in ids)

    def apply_chat_template(self, messages, tokenize=False, **kwargs):
        return "".join(f"<|{m['role']}|>{m['content']}<|end|>" for m in messages)


TOKENIZER = StubTokenizer()
