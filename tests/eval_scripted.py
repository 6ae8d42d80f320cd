"""A scripted intent provider for eval tests: answers with the gold labels, wrong on business_type at a set rate."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

from tapsite_pipeline.models import BUSINESS_TYPES, Intent
from tapsite_pipeline.providers.base import Completion, GenerationRequest, LLMProvider


class ScriptedProvider(LLMProvider):
    provider = "scripted"

    def __init__(self, gold_by_text: dict[str, dict], error_rate: float = 0.0, seed: int = 0):
        super().__init__(f"err{error_rate}-seed{seed}")
        self.gold, self.error_rate, self.seed = gold_by_text, error_rate, seed

    def complete(self, request: GenerationRequest) -> Completion:
        g = self.gold[request.inputs["brief"]]
        rnd = random.Random(zlib.crc32(f"{self.seed}|{request.inputs['brief']}".encode()))
        bt = g["business_type"]
        if rnd.random() < self.error_rate:
            bt = rnd.choice([b for b in BUSINESS_TYPES if b != bt])
        out = Intent(business_type=bt, industry=bt, brand_name=g["brand_name"], products=g["products"],
                     color_preference=g["color_preference"], features_requested=g["features"],
                     language=g["language"], tone=g.get("tone") or "friendly")
        return Completion(output=out, tokens_in=100, tokens_out=50, cost_usd=0.0001)


def synthetic_cases(n: int, seed: int = 3) -> list[dict]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        bt = BUSINESS_TYPES[i % len(BUSINESS_TYPES)]
        brand = f"Usaha {rnd.choice(['Ani', 'Budi', 'Sari', 'Melati', 'Jaya'])} {i}"
        rows.append({"id": f"c{i:04d}", "split": "test", "text": f"Saya punya usaha {bt} bernama {brand}, nomor {i}",
                     "gold": {"business_type": bt, "brand_name": brand, "products": [], "color_preference": [],
                              "language": "id", "features": []}})
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def replay_file(path: Path, rows: list[dict], provider: ScriptedProvider) -> Path:
    """Record the scripted provider's answers as a `replay:` file, so the real CLI can evaluate them."""
    from tapsite_pipeline.prompting.files import get_prompt
    p = get_prompt("intent")
    lines = []
    for r in rows:
        req = GenerationRequest(prompt=p, system="", user="", inputs={"brief": r["text"]})
        lines.append(json.dumps({"text": r["text"], "output": provider.complete(req).output.model_dump(mode="json"),
                                 "tokens_in": 100, "tokens_out": 50}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
