"""Screening a brief against the content policy, and recording every refusal.

The offline classifier always runs (no network, microseconds); the configured provider's moderation
endpoint runs beside it when there is one. Either refusing is a refusal: the endpoint has no category
for gambling, unlicensed lending or counterfeits, the classifier knows Indonesian slang. A failing
endpoint never blocks a brief the classifier allows; the failure is logged.
"""

from __future__ import annotations

import hashlib
import logging
import socket
from dataclasses import dataclass, field
from typing import Any

from tapsite_pipeline.errors import InputError
from tapsite_pipeline.policy.classifier import PolicyClassifier, load_classifier
from tapsite_pipeline.policy.lexicon import CATEGORIES

log = logging.getLogger("tapsite.policy")


class PolicyRefusal(InputError):
    """The brief describes a business Tapsite does not publish (exit 2, a row error in campaigns)."""

    def __init__(self, verdict: Verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


@dataclass
class Verdict:
    refused: bool
    category: str | None = None
    screener: str = "offline"
    score: float = 0.0
    terms: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # e.g. the moderation endpoint failed
    brief: str = ""                                   # the text judged (kept for the refusal record)

    @property
    def message(self) -> str:
        what = CATEGORIES.get(self.category or "", "a prohibited business")
        why = f" (words: {', '.join(dict.fromkeys(self.terms))[:80]})" if self.terms else ""
        return (f"refused by the content policy: the brief describes {what}{why}, which Tapsite does not "
                f"publish. If that is a mistake, describe the business in other words")


class Policy:
    def __init__(self, classifier: PolicyClassifier | None = None, moderator: Any = None):
        self.classifier = classifier or load_classifier()
        self.moderator = moderator

    @classmethod
    def for_models(cls, models: list[str], router: Any) -> Policy:
        """The offline classifier, plus the moderation endpoint when the run's models call for it (behind
        the provider's circuit breaker in `router`)."""
        return cls(moderator=_moderator(models, router))

    def check(self, text: str) -> Verdict:
        s = self.classifier.score(text)
        verdict = Verdict(s.probability >= self.classifier.threshold, s.category, f"offline:{self.classifier.version}",
                          round(s.probability, 4), s.terms, brief=text)
        if verdict.refused or self.moderator is None:
            return verdict
        try:
            m = self.moderator.moderate(text)
        except Exception as exc:  # the endpoint is a second opinion: its outage must not stop a good brief
            note = f"moderation by {self.moderator.name} failed ({type(exc).__name__}); offline verdict kept"
            log.warning(note)
            verdict.notes.append(note)
            return verdict
        if m.flagged:
            category = "adult" if any(c.startswith("sexual") for c in m.categories) else (s.category or "other")
            return Verdict(True, category, m.model, 1.0, m.categories, brief=text)
        return verdict


def _moderator(models: list[str], router: Any):
    import os

    config = router.config
    mod = config.moderation
    prefix = mod.model.partition(":")[0]
    settings = config.provider(prefix)
    if mod.use == "never" or settings is None or settings.kind == "anthropic":
        return None
    uses_it = any(m.partition(":")[0] == prefix for m in models)
    key = os.environ.get(settings.key_env) if settings.key_env else None
    if mod.use == "auto" and not (uses_it and (key or not settings.key_required)):
        return None
    from tapsite_pipeline.providers.openai_moderation import OpenAIModeration
    return OpenAIModeration(mod.model.partition(":")[2], settings, key, router.breaker(prefix), config.retry)


def record_refusal(con, verdict: Verdict, text: str, source: str, action: str = "refused",
                   campaign: str | None = None, row: int | None = None) -> None:
    """One row in policy_refusals (the brief is kept, truncated, for review)."""
    con.execute(
        "INSERT INTO policy_refusals (source, action, campaign, row_num, category, screener, score, terms, reason,"
        " brief_sha256, brief, host) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [source, action, campaign, row, verdict.category, verdict.screener, verdict.score,
         ", ".join(verdict.terms)[:500], verdict.message if action == "refused" else "; ".join(verdict.notes)[:500],
         hashlib.sha256((text or verdict.brief).encode("utf-8", "surrogatepass")).hexdigest(),
         (text or verdict.brief)[:2000], socket.gethostname()])


def models_for_run(model: str | None) -> list[str]:
    """The LLM models a run asks first: --model, else every prompt's own."""
    if model:
        return [model]
    from tapsite_pipeline.prompting.files import load_prompts
    return sorted({versions[max(versions)].model for versions in load_prompts().values()})


def enforce(raw_text: str, brief: Any, policy: Policy, db_path, source: str) -> Verdict:
    """Screen a brief; record an injection that was cut out and any refusal; raise PolicyRefusal if refused."""
    from tapsite_pipeline import operational
    from tapsite_pipeline.policy.injection import neutralise

    verdict = policy.check(brief.text)
    _, injection = neutralise(raw_text)
    if verdict.refused or injection or verdict.notes:
        with operational.connect(db_path) as con:
            if injection:
                record_refusal(con, Verdict(False, "prompt_injection", "offline:patterns", 1.0, injection.kinds,
                                            [f"removed: {' | '.join(injection.removed)}"[:500]]),
                               raw_text, source, action="neutralised")
            if verdict.refused:
                record_refusal(con, verdict, brief.text, source)
            elif verdict.notes:
                record_refusal(con, verdict, brief.text, source, action="moderation_failed")
    if verdict.refused:
        raise PolicyRefusal(verdict)
    return verdict


def record_row_refusals(con, parsed: Any, campaign: str) -> None:
    """A campaign's refused rows and cut-out injections, once per campaign (a rerun replaces them)."""
    con.execute("DELETE FROM policy_refusals WHERE source = 'campaign' AND campaign = ?", [campaign])
    for e in parsed.errors:
        if e.verdict is not None:
            record_refusal(con, e.verdict, "", "campaign", campaign=campaign, row=e.row)
    for row, text in parsed.injections:
        from tapsite_pipeline.policy.injection import neutralise
        _, inj = neutralise(text)
        record_refusal(con, Verdict(False, "prompt_injection", "offline:patterns", 1.0, inj.kinds,
                                    [f"removed: {' | '.join(inj.removed)}"[:500]]), text, "campaign",
                       action="neutralised", campaign=campaign, row=row)
