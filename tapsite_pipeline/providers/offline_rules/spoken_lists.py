"""What a list said aloud leaves: one more thing had or done too, said at its end."""

from __future__ import annotations

import re

# One more thing said at the end of a spoken list, had or done too ("…, terus bolu pandan juga ada", "…, karpet juga
# bisa gitu"): once the price said before it is shown with its item and the talk around it is gone, what is left
# ("karpet juga bisa") is short, yet it names something the business offers and is a note worth its line.
_ONE_MORE = re.compile(r"(?i)(?:[^\W\d][\w&'-]*\s+){1,4}(?:juga|jg)\s+(?:ada|bisa|boleh|tersedia|ready|available|"
                       r"terima|melayani|layani)(?:\s+(?:kok|ya|yaa|kak|mbak|mas|pak|bu|lho|loh))*")


def one_more_offered(note: str) -> bool:
    """Is the note, whole, one more thing had or done too, said at a spoken list's end ("karpet juga bisa")?"""
    return bool(_ONE_MORE.fullmatch(note.strip(" ,.!")))
