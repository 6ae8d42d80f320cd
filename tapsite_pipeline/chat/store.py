"""The operational store's rows of conversations: the machine's whole state after each turn, and every message
both ways."""

from __future__ import annotations

from collections.abc import Sequence

from tapsite_pipeline.chat.machine import Conversation
from tapsite_pipeline.sql import Connection, upsert


def save(con: Connection, conv: Conversation, site_id: str | None = None) -> None:
    con.execute(   # a conversation keeps its first created_at
        upsert("conversations", ("conversation_id", "state", "data", "site_id", "subdomain", "turns"),
               ("conversation_id",), "VALUES (?, ?, ?, ?, ?, ?)", touch=("updated_at",)),
        [conv.id, conv.state.value, conv.model_dump_json(), site_id, conv.subdomain, conv.turns])


def load(con: Connection, conversation_id: str) -> Conversation | None:
    row = con.execute("SELECT data FROM conversations WHERE conversation_id = ?", [conversation_id]).fetchone()
    return Conversation.model_validate_json(row[0]) if row else None


def save_turns(con: Connection, conversation_id: str,
               turns: Sequence[tuple[str, str, str, str]]) -> None:
    """(role, text, state_before, state_after) rows, numbered after the ones stored."""
    if not turns:
        return
    (top,) = con.execute("SELECT coalesce(max(seq), 0) FROM conversation_turns WHERE conversation_id = ?",
                         [conversation_id]).fetchone()
    con.executemany("INSERT INTO conversation_turns (conversation_id, seq, role, text, state_before, state_after)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(conversation_id, top + i, *t) for i, t in enumerate(turns, 1)])


def transcript(con: Connection, conversation_id: str) -> list[tuple[str, str, str, str]]:
    return con.execute("SELECT role, text, state_before, state_after FROM conversation_turns"
                       " WHERE conversation_id = ? ORDER BY seq", [conversation_id]).fetchall()
