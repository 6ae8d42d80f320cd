"""A conversation run against the pipeline: read each message, step the machine, run its effect, keep it all.

The same object serves the terminal (`tapsite chat`) and any other front end (a web page, a WhatsApp
webhook): `open()` once, then `send(text)` per message; both return what to say. The conversation is
stored after every turn, so `ChatSession(rt, conversation_id)` picks it up in any state.
"""

from __future__ import annotations

import uuid

from tapsite_pipeline import operational
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.chat import machine as M
from tapsite_pipeline.chat import store as chat_store
from tapsite_pipeline.chat.reading import read_message
from tapsite_pipeline.errors import InputError, TapsiteError
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.refine.service import publish, refine
from tapsite_pipeline.sites.keys import norm


class ChatSession:
    def __init__(self, rt: Runtime, conversation_id: str | None = None):
        self.rt = rt
        conv = None
        if conversation_id:
            with operational.connect(rt.settings.db_path) as con:
                conv = chat_store.load(con, conversation_id)
            if conv is None:
                raise InputError(f"no conversation {conversation_id!r} under {rt.settings.home}")
        self.conv = conv or M.Conversation(id=uuid.uuid4().hex[:10])
        self.site_id: str | None = None

    @property
    def state(self) -> M.State:
        return self.conv.state

    def open(self) -> list[str]:
        """The greeting (or, for a stored conversation, where it stands)."""
        replies = M.start(self.conv).replies
        self._keep([("tapsite", r, self.conv.state.value, self.conv.state.value) for r in replies])
        return replies

    def send(self, text: str) -> list[str]:
        before = self.conv.state
        step = M.step(self.conv, M.Said(read_message(self.rt, self.conv, text)))
        turns = [("owner", text, before.value, step.conversation.state.value)]
        replies = list(step.replies)
        self.conv = step.conversation
        if step.effect is not None:
            outcome = self._run(step.effect)
            mid = self.conv.state
            done = M.step(self.conv, outcome)
            self.conv = done.conversation
            replies += done.replies
            turns += [("tapsite", r, mid.value, self.conv.state.value) for r in done.replies]
        turns[1:1] = [("tapsite", r, before.value, step.conversation.state.value) for r in step.replies]
        self._keep(turns)
        return replies

    # ---------------------------------------------------------------- effects

    def _run(self, effect: M.Effect) -> M.Event:
        try:
            if isinstance(effect, M.Generate):
                published = publish(self.rt, make_brief(self._brief_text(effect), brand_name=effect.brand,
                                                        whatsapp=effect.whatsapp, phone=effect.phone,
                                                        email=effect.email), source="chat")
                self.site_id = published.result.site_id
                return M.Generated(published.subdomain, published.result.deployment.url, published.version)
            out = refine(self.rt, effect.subdomain, effect.request)
            if out.question:
                return M.Asked(out.question)
            return M.Refined(tuple(out.result.changed if out.result else ()), out.url or self.conv.url or "",
                             out.version)
        except TapsiteError as exc:
            return M.Failed(str(exc))

    def _brief_text(self, g: M.Generate) -> str:
        """What the owner said, plus what they answered to questions (offerings, name) as sentences."""
        c, text = self.conv, g.text
        en = c.language == "en"
        missing = [o for o in c.offerings if norm(o) not in norm(text)]
        if missing:
            text += (" We offer " if en else " Kami menjual ") + ", ".join(missing) + "."
        if g.brand and norm(g.brand) not in norm(text):
            text = (f"{g.brand}. " if en else f"Nama usaha: {g.brand}. ") + text
        return text.strip()

    def _keep(self, turns) -> None:
        with operational.connect(self.rt.settings.db_path) as con:
            con.execute("BEGIN")
            chat_store.save(con, self.conv, self.site_id)
            chat_store.save_turns(con, self.conv.id, turns)
            con.execute("COMMIT")
