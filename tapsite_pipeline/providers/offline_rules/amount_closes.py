"""An item's own amount closes it: "weekly cleaning for a 2-bedroom villa 350k, deep clean 900k, pool cleaning 250k"
lists three services. The offerings reader blanks each amount of a price list (offering_masks._unprice), so a piece
that ends on such a blank before its comma was said with its price, and what its "for …" or "with …" governs ends
there: the list goes on after the comma (without the amount, "cakes for weddings, birthdays and parties" is one item
for three occasions).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# The rest of the piece, up to its comma, ending on a word and then a blanked amount (two spaces or more).
_PRICED_PIECE = regrouped(r"[^,.;:!?\n\x00]*?[^\s,]\s{2,},")


def closed_by_amount(seg: str, at: int) -> bool:
    """Does the piece of `seg` that goes on at `at` end on its own blanked amount before a comma?"""
    return bool(_PRICED_PIECE.match(seg, at))
