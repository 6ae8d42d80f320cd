"""What a made product does, said as a sentence with the product as its subject: "It works offline on any Android
phone, prints to 58 mm Bluetooth printers and sends the daily recap to WhatsApp", "The app reminds each member". The
verbs and their objects are how the product behaves (its features, the devices it runs on), never offerings: the
product is named where it is introduced ("Catat Kios is a cashier and stock app"), which this sentence is not. "It is
…" and "it was …" name or describe it and are left alone, and so is "it comes in three sizes" (its variants may be
sold); so is a sentence whose subject is the business ("We sell …")."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# A sentence opened by the product as a pronoun or as "the app", then a present-tense verb (with an adverb before it:
# "it also sends", "it automatically tracks"), to the sentence's end.
_DOES = regrouped(r"(?:^|(?<=[.!?\n]))[^\w\n]*(?:it|this\s+app|the\s+app|the\s+software|the\s+platform)\s+"
                  r"(?:[a-z]+ly\s+|also\s+|even\s+)?(?!is\b|was\b|has\s+been\b|does\b|comes\b)[a-z]{2,}s\b[^.!?\n]*")


def product_does_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of the sentences that say what a product does (the module's doc): masked out of the offerings."""
    if "it " not in lower and "app " not in lower and "software " not in lower and "platform " not in lower:
        return []
    return [m.span() for m in _DOES.finditer(lower)]
