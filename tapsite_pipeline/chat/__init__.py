"""The owner's conversation: a pure state machine (machine.py), what it says (phrases.py), reading a message
(reading.py), and a session that runs it against the pipeline and keeps it in DuckDB (session.py)."""
