"""The store's SQL in the subset DuckDB and PostgreSQL both read, for statements each engine would spell its
own way: upserts (DuckDB's `INSERT OR REPLACE` has no PostgreSQL twin; `ON CONFLICT … DO UPDATE` is read by
both) and set-based writes from a batch of rows (a registered DataFrame in DuckDB, a temporary table in
PostgreSQL). Every query of the operational tables is written once, here or beside its caller.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol


class Connection(Protocol):
    """What the store's functions use of a connection: a DuckDB one, or pg_store.PgConnection."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, params: Any, /) -> Any: ...


def upsert(table: str, columns: Sequence[str], key: Sequence[str], source: str,
           keep: Sequence[str] = (), touch: Sequence[str] = ()) -> str:
    """`INSERT INTO table (columns) <source> ON CONFLICT (key) DO UPDATE SET …`: every non-key column takes the
    new row's value, except `keep` (e.g. created_at, kept from the first insert); `touch` columns (not in
    `columns`) are set to current_timestamp on update, as a fresh insert's default would.

    `source` is `VALUES (…)` or a `SELECT`; a SELECT must end in a WHERE clause (`WHERE true` will do), so
    that `ON CONFLICT` cannot be read as part of a join's `ON`.
    """
    sets = [f"{c} = excluded.{c}" for c in columns if c not in key and c not in keep]
    sets += [f"{c} = now()" for c in touch]   # DuckDB binds a bare current_timestamp here as a column
    action = f"DO UPDATE SET {', '.join(sets)}" if sets else "DO NOTHING"
    return f"INSERT INTO {table} ({', '.join(columns)}) {source} ON CONFLICT ({', '.join(key)}) {action}"


@contextmanager
def registered(con: Any, name: str, frame: Any, like: str) -> Iterator[None]:
    """A batch of rows (a DataFrame) visible to SQL as `name` for the duration of the block, so a batch is
    written in one statement. DuckDB reads the DataFrame itself; on PostgreSQL the rows go into a temporary
    table typed like the columns of the same names in table `like`."""
    bulk = getattr(con, "register_rows", None)
    if bulk is None:
        con.register(name, frame)
        try:
            yield
        finally:
            con.unregister(name)
        return
    bulk(name, list(frame.columns), frame.itertuples(index=False, name=None), like)
    try:
        yield
    finally:
        con.execute(f"DROP TABLE IF EXISTS {name}")


@contextmanager
def serialized(con: Any, keys: Sequence[str]) -> Iterator[None]:
    """Writers of the same keys (say, one site's next version number, read then written) one after another:
    on PostgreSQL, where writers run at once, an advisory lock per key held until the transaction commits
    (the block gets its own transaction when the caller has none). DuckDB needs nothing: processes already
    take turns on the file (store.connect), and a connection is used by one writer at a time."""
    lock_keys = getattr(con, "lock_keys", None)
    if lock_keys is None:
        yield
        return
    own = not con.in_transaction
    if own:
        con.execute("BEGIN")
    try:
        lock_keys(keys)
        yield
    except BaseException:
        if own:
            con.execute("ROLLBACK")
        raise
    if own:
        con.execute("COMMIT")
