"""How a speaker signs off a voice note or a chat ("udah gitu aja", "Wis, itu aja mbak", "sekian dulu, makasih kak",
"that's all for now"): the words, as one pattern text. The generator leaves a sign-off out of the page
(providers/offline_rules/spoken_leftovers.py); the fidelity scorer flags one it finds on a page
(evals/fidelity/spoken.py). Each compiles it its own way; the vocabulary is one."""

from __future__ import annotations

_DONE = r"(?:udah|udh|dah|sudah|sdh|wis|wes|yaudah|yowis)"
# what may open a sign-off: "ya", "jadi", "oke", "abis" ("abis ya udah": after that, that's it)
_OPEN = rf"(?:(?:ya|yah|jadi|jd|oke|ok|okey|abis|habis|terus|trus|{_DONE})\s*,?\s+)*"
_CORE = (rf"(?:{_DONE}|gitu(?:\s+(?:aja|doang|saja))?|itu\s+(?:aja|saja|doang)(?:\s+dulu)?|itu\s+dulu|segitu|"
         r"sekian|cukup\s+sekian|that'?s\s+(?:all|it|about\s+it)|(?:and\s+)?that'?s\s+all)")
# what may close it: "dulu", "aja", the person spoken to, thanks
_CLOSE = (r"(?:\s*,?\s*(?:dulu|aja|saja|ya|yah|yaa|deh|sih|lah|dari\s+(?:saya|sy|aku|kami)|kak|kakak|mbak|mba|mas|"
          r"pak|bu|bang|sis|gan|bun|ji|mi|nah|for\s+now|folks|guys|gaes|(?:terima\s+kasih|makasih|thanks?|thank\s+you)"
          r"(?:\s+(?:kak|mbak|mas|pak|bu|ya|banyak))*))*")
SIGN_OFF_PATTERN = _OPEN + _CORE + _CLOSE
