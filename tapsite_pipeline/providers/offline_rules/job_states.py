"""The states of a job the owner shows, before and after it: "Sebelum: plafon bocor & berjamur. Sesudah: rapi lagi,
kering.", "Before: cracked tiles, After: a clean new floor". A label of a job's before or after opening a line or a
sentence says the words after it are what the place looked like (the problem fixed, the result), never what is
sold: the service is named elsewhere ("ganti genteng, perbaikan plafon"). A before/after said inside a sentence
("sebelum acara", "after school") is left alone."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# The label opening a line or a sentence (after a bullet, or after an emoji that ends what came before), its colon, then what it shows to the sentence's
# end.
_STATE = regrouped(r"(?:^|[.!?;\n]|[^\w\s\x00-\x7f])[^\w\n]*(?:sebelum(?:nya)?|sesudah(?:nya)?|setelah(?:nya)?|before|after)\s*:[ \t]*"
                   r"(?P<state>[^.!?;\n:]+)")


def job_state_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of what a before/after label shows (the module's doc): masked out of the offerings."""
    if ":" not in lower:
        return []
    return [m.span("state") for m in _STATE.finditer(lower)]
