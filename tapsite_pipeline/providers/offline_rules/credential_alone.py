"""A credential said as a sentence of its own: "Bersertifikat.", "Terakreditasi.", "Resmi berizin.", "Dapat
sertifikat.", "Certified." on a receipt, a signature or a course's notice. It vouches for the business or what it
teaches (who certified it, when said, is read by certified.py), so it is a note as the owner wrote it, never an
offering. A sentence that says more ("Bersertifikat BNSP", "sertifikat gratis") is left to the other readers."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from ...models import Fact

_MARK = (r"(?:bersertifikat|bersertifikasi|tersertifikasi|terakreditasi|berizin|berlisensi|certified|accredited|"
         r"licensed|(?:dapat|dapet|dpt|ada|get|with)\s+(?:sertifikat|certificate))")
_ALONE = regrouped(r"(?im)(?:^|(?<=[.!?;]))[ \t]*((?:(?:sudah|sdh|udah|resmi|officially|fully)\s+)?" + _MARK +
                   r"(?:\s+resmi)?)[ \t]*(?=[.!?;\n]|$)")


def credentials_alone(text: str, facts: list[Fact]) -> list[Fact]:
    """A note for each credential said alone, unless a fact already says it."""
    said = " ".join(f.value.lower() for f in facts)
    out = []
    for m in _ALONE.finditer(text):
        value = m.group(1).strip()
        if value.lower() not in said and not any(f.value == value for f in out):
            out.append(Fact(kind="note", value=value))
    return out
