"""Faster scans, the same answers: `fast(pattern)` wraps a compiled pattern the rules scan briefs with.

Two shortcuts, each taken only where it cannot change a match:

- Atoms. The pattern's syntax tree gives literal strings of which every match holds at least one
  ("\\bpaket\\s+…" needs "paket"; "(?:garansi|warranty)\\b" needs "garansi" or "warranty"). A scan of a text
  holding none of them is answered without running the pattern: most rules look for words most briefs never
  use, and a few `in` tests cost far less than trying an alternation of dozens of words at every position.
- Case. A case-insensitive pattern whose words are all lower case is run, on lower-case ASCII text, as its
  case-sensitive twin: the same matches (same text, same positions), without folding every character it
  compares. Beyond ASCII, folding has pairs `str.lower` does not give ("ı" matches "i"), so there the pattern
  runs as written; so it does on text with capitals.

`match` and `fullmatch` (anchored at one position) have nothing to skip and go straight to the pattern.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

from tapsite_pipeline import programs
from tapsite_pipeline.case_memo import LAST_CASE, LAST_FOLD
from tapsite_pipeline.case_memo import folded as _folded
from tapsite_pipeline.case_memo import is_lower as _is_lower
from tapsite_pipeline.first_chars import program_code

try:  # the standard library's regex parser and compiler (private, stable since 3.11)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: patterns run as written (see the fallbacks below)
    _sre = _compiler = _parser = _c = None

_MAX_EXACT = 64      # strings a piece of pattern is expanded to before it counts as "anything"
_MAX_CLASS = 8       # a character class of up to this many characters is a set of one-letter strings
_MAX_ATOMS = 24      # atoms tested before a scan at most (testing hundreds would cost more than the scan)
_END = 2**63 - 1     # endpos of a whole string


# ---------------------------------------------------------------- atoms
def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a small class without negation or categories ([sz], [ou]); None otherwise."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None
        if len(out) > _MAX_CLASS:
            return None
    return out


def _product(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > _MAX_EXACT:
        return None
    return {a + b for a in left for b in right}


def _best(options: list[set[str]]) -> set[str] | None:
    """Of several sets, each of which a match must hold a member of: the most selective (longest shortest
    member, then fewest members)."""
    usable = [o for o in options if o and "" not in o]
    return max(usable, key=lambda o: (min(map(len, o)), -len(o))) if usable else None


def _node(op: Any, av: Any, fold: bool) -> tuple[set[str] | None, set[str] | None]:
    """(exact, need) of one item: the strings it matches when few and known, and strings one of which every
    match of it holds (None: unknown)."""
    if op is _c.LITERAL:
        return {chr(av).lower() if fold else chr(av)}, None
    if op is _c.IN:
        chars = _class_chars(av)
        return ({ch.lower() if fold else ch for ch in chars} if chars else None), None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: they consume nothing of the text
        return {""}, None
    if op is _c.SUBPATTERN:
        return _seq(av[3], fold)
    if op is _c.BRANCH:
        parts = [_seq(alt, fold) for alt in av[1]]
        exact: set[str] | None = set()
        for e, _ in parts:
            exact = None if e is None or exact is None or len(exact | e) > _MAX_EXACT else exact | e
        needs = [n if n is not None else (e if e and "" not in e else None) for e, n in parts]
        return exact, (None if any(n is None for n in needs) else set().union(*needs))  # type: ignore[arg-type]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        exact, need = _seq(sub, fold)
        if lo == 0:
            return ({""} | exact if exact is not None and hi == 1 else None), None
        if lo == hi == 1:
            return exact, need
        return None, (need if need is not None else (exact if exact and "" not in exact else None))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av, fold)
    return None, None


def _seq(items: Any, fold: bool) -> tuple[set[str] | None, set[str] | None]:
    """(exact, need) of a sequence: runs of exact items concatenate; the most selective requirement wins."""
    exact: set[str] | None = {""}
    run: set[str] = {""}   # the current run of exact items, concatenated
    options: list[set[str]] = []
    for op, av in items:
        e, n = _node(op, av, fold)
        if n is not None:
            options.append(n)
        exact = _product(exact, e)
        joined = _product(run, e)
        if joined is None:  # the run ends here: it is one requirement, and a new one starts after
            options.append(run)
            run = {""} if e is None else e
        else:
            run = joined
    options.append(run)
    return exact, _best(options)


# ---------------------------------------------------------------- alternations as tries
# Python's engine tries the alternatives of "(?:jual|jualan|menjual|…)" one by one at every position. Regrouped
# by their first character ("j(?:ual(?:|an))|m(?:enjual)|…"), only the alternatives that begin with the
# character at hand are tried: the same matches in the same order, since two alternatives that begin with
# different characters cannot both match at one position, and those that begin alike keep their order.
_MAX_ALTS = 400  # alternatives a branch is spread into at most


def _lead(alt: Any, fold: bool) -> str | None:
    """The character an alternative must begin with (lower case when folding), if it opens with a literal."""
    if not alt.data or alt.data[0][0] is not _c.LITERAL:
        return None
    ch = chr(alt.data[0][1])
    if not fold:
        return ch
    return ch.lower() if ch.isascii() else None


def _spread(alts: list[Any], state: Any, fold: bool) -> list[Any]:
    """The alternatives, those opening with a group of alternatives (or a small class of plain characters)
    replaced by one alternative per member, each followed by the rest: "(?:a|b)c|d" → "ac|bc|d"."""
    out: list[Any] = []
    for alt in alts:
        first: tuple[Any, Any] = alt.data[0] if alt.data else (None, None)
        members: list[Any] | None = None
        if first[0] is _c.BRANCH:
            members = [list(m.data) for m in first[1][1]]
        elif first[0] is _c.IN and (chars := _class_chars(first[1])) is not None \
                and all(ch.isascii() for ch in chars):
            members = [[(_c.LITERAL, ord(ch))] for ch in sorted(chars)]
        if members is None or len(out) + len(members) > _MAX_ALTS:
            out.append(alt)
            continue
        out.extend(_spread([_parser.SubPattern(state, m + list(alt.data[1:])) for m in members], state, fold))
    return out


def _grouped(alts: list[Any], state: Any, fold: bool) -> list[Any]:
    """Alternatives regrouped by their first character, within each run of literal-led ones."""
    alts = _spread(alts, state, fold)
    out: list[Any] = []
    i = 0
    while i < len(alts):
        if _lead(alts[i], fold) is None:
            out.append(alts[i])
            i += 1
            continue
        j = i
        while j < len(alts) and _lead(alts[j], fold) is not None:
            j += 1
        groups: dict[str, list[Any]] = {}
        for alt in alts[i:j]:
            groups.setdefault(_lead(alt, fold), []).append(alt)  # type: ignore[arg-type]
        for members in groups.values():
            if len(members) == 1:
                out.append(members[0])
                continue
            rests = _grouped([_parser.SubPattern(state, list(m.data[1:])) for m in members], state, fold)
            out.append(_parser.SubPattern(state, [members[0].data[0], *_branch(rests, state)]))
        i = j
    return out


def _branch(alts: list[Any], state: Any) -> list[Any]:
    """Items matching one of `alts`: a branch, or the one alternative's own items."""
    return list(alts[0].data) if len(alts) == 1 else [(_c.BRANCH, (None, alts))]


def _regrouped(items: Any, state: Any, fold: bool) -> Any:
    """The sequence with every branch inside it regrouped."""
    out: list[Any] = []
    for op, av in items:
        if op is _c.BRANCH:
            out.extend(_branch(_grouped([_regrouped(a, state, fold) for a in av[1]], state, fold), state))
        elif op is _c.SUBPATTERN:
            out.append((op, (av[0], av[1], av[2], _regrouped(av[3], state, fold or bool(av[1] & re.IGNORECASE)))))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            out.append((op, (av[0], av[1], _regrouped(av[2], state, fold))))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out.append((op, (av[0], _regrouped(av[1], state, fold))))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out.append((op, _regrouped(av, state, fold)))
        else:
            out.append((op, av))
    return _parser.SubPattern(state, out)


def _boundary_inside(tree: Any) -> Any:
    """"\\b(?:x…|y…)" as "x(?<=\\bx)…|y(?<=\\by)…": the same matches, and a pattern that opens with a choice of
    characters lets the engine skip to where one of them stands instead of trying every position."""
    data = tree.data
    if len(data) < 2 or data[0] != (_c.AT, _c.AT_BOUNDARY) or data[1][0] is not _c.BRANCH:
        return tree
    alts = data[1][1][1]
    if not all(a.data and a.data[0][0] is _c.LITERAL for a in alts):
        return tree
    state = tree.state
    moved = [_parser.SubPattern(state, [a.data[0], (_c.ASSERT, (-1, _parser.SubPattern(
        state, [(_c.AT, _c.AT_BOUNDARY), a.data[0]]))), *a.data[1:]]) for a in alts]
    return _parser.SubPattern(state, [(_c.BRANCH, (None, moved)), *data[2:]])


# ---------------------------------------------------------------- case
def _plain(ch: str) -> bool:
    """A character of a pattern that, ignoring case, matches no ASCII character but itself: no capital, and
    none of the few letters beyond ASCII that fold into it ("K" Kelvin sign, "ſ", "ı")."""
    if ch.isascii():
        return ch == ch.lower()
    return not any(re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE) for a in range(0x80))


def _lower_only(items: Any) -> bool:
    """True when ignoring case changes nothing on lower-case text: no capital among the pattern's letters, no
    class with a capital whose small letter it lacks, no part that turns case-sensitivity back on."""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not _plain(chr(av)):
                return False
        elif op is _c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is _c.NEGATE:
                    return False
                if iop is _c.LITERAL:
                    if not iav < 0x80 and not _plain(chr(iav)):
                        return False
                    chars.add(chr(iav))
                elif iop is _c.RANGE:
                    if iav[1] >= 0x80:
                        return False
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
            if any(ch.isupper() and ch.lower() not in chars for ch in chars):
                return False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2] or not _lower_only(av[3]):  # inline flags
                return False
        elif op is _c.BRANCH:
            if not all(_lower_only(alt) for alt in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if not _lower_only(av[2]):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _lower_only(av[1]):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _lower_only(av):
                return False
        elif op not in (_c.AT, _c.ANY, _c.GROUPREF):
            return False
    return True


# ---------------------------------------------------------------- one parse, the programs made from it
# A program: what `_sre.compile` makes a pattern from (flags, code, group count, group names both ways).
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Parsed:
    """A pattern parsed once: its atoms, whether ignoring case matters on lower-case text, and the engine
    programs of its regrouped tree (with its own flags, or without re.IGNORECASE)."""

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags = pattern, flags
        self.tree = _parser.parse(pattern, flags)
        self.state = self.tree.state
        self.fold = _folds(pattern, self.state.flags)
        self.regrouped = _boundary_inside(_regrouped(self.tree, self.state, bool(self.state.flags & re.IGNORECASE)))

    def atoms(self) -> tuple[str, ...] | None:
        exact, need = _seq(self.tree, self.fold)
        found = _best([s for s in (need, exact) if s is not None])
        if not found:
            return None
        # a text holding "jl." holds "jl": an atom that contains another says nothing more
        return tuple(sorted(a for a in found if not any(b != a and b in a for b in found)))

    def program(self, flags: int) -> Program:
        """The regrouped tree's program with `flags` (the engine reads the flags of the tree's top)."""
        flags = int(flags)
        state = copy.copy(self.state)
        state.flags = flags
        top = _parser.SubPattern(state, self.regrouped.data)
        index: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            index[i] = name
        code = [int(op) for op in program_code(top, flags)]  # plain ints (the opcodes are an int subclass)
        return flags, code, state.groups - 1, dict(state.groupdict), tuple(index)

    def twin(self) -> Program | None:
        """The program without re.IGNORECASE when that matches lower-case ASCII text the same; else None."""
        if not self.state.flags & re.IGNORECASE or not _lower_only(self.tree):
            return None
        return self.program(self.state.flags & ~re.IGNORECASE)


def _folds(pattern: str, flags: int) -> bool:
    """Does some part of the pattern match without regard to case?"""
    return bool(flags & re.IGNORECASE) or "(?i" in pattern


def _key(part: str, pattern: str, flags: int) -> tuple[str, str, int]:
    """A derived thing's key among the kept programs; the part's name says which form of program it is ("first-chars":
    its opening block names the characters a match starts with), so a program kept by code before it is not taken for one."""
    return (part if part == "atoms" else f"{part}:first-chars", pattern, flags)


def _derived(pattern: str, flags: int, part: str) -> Any:
    """One thing derived from a pattern ("regex": its regrouped program, "twin": its case-sensitive twin's or None,
    "atoms"), from the programs kept between processes when there (programs.py), else from one parse."""
    key = _key(part, pattern, flags)
    found = programs.get(key, programs.MISSING)
    if found is programs.MISSING:
        parsed = _parsed_once(pattern, flags)
        found = {"regex": lambda: parsed.program(parsed.state.flags), "twin": parsed.twin, "atoms": parsed.atoms}[part]()
        programs.put(key, found)
    return found


_last: list[_Parsed] = []   # the last pattern parsed: a Fast asks three things of one pattern in a row


def _parsed_once(pattern: str, flags: int) -> _Parsed:
    if not (_last and _last[0].pattern == pattern and _last[0].flags == flags):
        _last[:] = [_Parsed(pattern, flags)]
    return _last[0]


def _compiled(pattern: str, flags: int, part: str) -> re.Pattern[str] | None:
    """The pattern made from its derived program ("regex" or "twin"; None when there is no twin). A kept
    program the engine rejects is derived again."""
    for attempt in (1, 2):
        program = _derived(pattern, flags, part)
        if program is None:
            return None
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *program)  # flags, code, groups, names both ways
            return compiled
        except Exception:
            if attempt == 2:
                raise
            programs.forget(_key(part, pattern, flags))
    raise AssertionError("unreachable")  # pragma: no cover


def _source(pattern: str | re.Pattern[str], flags: int) -> tuple[str, int]:
    if isinstance(pattern, re.Pattern):
        return pattern.pattern, pattern.flags
    return pattern, int(flags)  # as re.compile does: the compiler tests flags often, and enum arithmetic is slow


def regrouped(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with its alternations regrouped: the same matches, the same `.pattern`
    text; only the engine's program differs."""
    source, flags = _source(pattern, flags)
    try:
        return _compiled(source, flags, "regex") or re.compile(source, flags)
    except Exception:  # pragma: no cover - another Python's engine: the pattern as written
        return re.compile(source, flags)


def atoms(pattern: str | re.Pattern[str], flags: int = 0) -> tuple[str, ...] | None:
    """Literal strings at least one of which every match of the pattern holds (lower case when some part of
    it ignores case), or None when no such set is known."""
    source, flags = _source(pattern, flags)
    try:
        found = _derived(source, flags, "atoms")
    except Exception:  # pragma: no cover - another Python's parser: nothing is known
        return None
    return tuple(found) if found is not None else None


def case_sensitive_twin(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str] | None:
    """The pattern (regrouped) without re.IGNORECASE when that matches lower-case ASCII text the same."""
    source, flags = _source(pattern, flags)
    try:
        return _compiled(source, flags, "twin")
    except Exception:  # pragma: no cover - another Python's engine: no twin
        return None


# ---------------------------------------------------------------- the wrapper
class Fast:
    """A compiled pattern with the `re.Pattern` methods the rules use; see the module's docstring. Each method
    is made for the pattern at hand (no atoms: no test; no twin: no case check), so a scan costs one call."""

    __slots__ = ("findall", "finditer", "flags", "fullmatch", "groups", "match", "pattern", "regex", "search",
                 "split", "sub")

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0, max_atoms: int = _MAX_ATOMS):
        regex = regrouped(pattern, flags)
        source, flags = _source(pattern, flags)
        found = atoms(source, flags)
        need = found if found is not None and len(found) <= max_atoms else None
        fold, twin = _folds(source, regex.flags), case_sensitive_twin(source, flags)
        self.regex = regex
        self.pattern, self.flags, self.groups = regex.pattern, regex.flags, regex.groups
        self.match, self.fullmatch = regex.match, regex.fullmatch

        if need is None and twin is None:  # nothing to decide: the regrouped pattern's own methods
            self.search, self.finditer, self.findall = regex.search, regex.finditer, regex.findall
            self.sub, self.split = regex.sub, regex.split
            return
        if need is None and twin is not None:  # only the case to decide, inline
            self.search = lambda string, pos=0, endpos=_END: (
                twin if string.isascii() and _is_lower(string) else regex).search(string, pos, endpos)
            self.finditer = lambda string, pos=0, endpos=_END: (
                twin if string.isascii() and _is_lower(string) else regex).finditer(string, pos, endpos)
            self.findall = lambda string, pos=0, endpos=_END: (
                twin if string.isascii() and _is_lower(string) else regex).findall(string, pos, endpos)
            self.sub = lambda repl, string, count=0: (
                twin if string.isascii() and _is_lower(string) else regex).sub(repl, string, count)
            self.split = lambda string, maxsplit=0: (
                twin if string.isascii() and _is_lower(string) else regex).split(string, maxsplit)
            return

        def choose(text: str, pos: int = 0, endpos: int = _END) -> re.Pattern[str] | None:
            """The pattern to scan text[pos:endpos] with, or None when nothing there can match."""
            ascii_ = text.isascii()
            lower = None  # is the text lower case? (asked once, when needed)
            if need is not None and (ascii_ or not fold):
                window = text if pos <= 0 and endpos >= len(text) else text[max(pos, 0):max(endpos, 0)]
                if fold:
                    if window is text:  # (case_memo's answers for the last text, read here without a call)
                        lower = LAST_CASE.get(text)
                        if lower is None:
                            lower = _is_lower(text)
                        if not lower:
                            window = LAST_FOLD.get(text) or _folded(text)
                    elif not window.islower():
                        window = window.lower()
                for atom in need:  # a plain loop: a third cheaper than any(map(window.__contains__, need))
                    if atom in window:
                        break
                else:
                    return None
            if twin is not None and ascii_ and (lower if lower is not None else _is_lower(text)):
                return twin
            return regex

        def search(string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
            rx = choose(string, pos, endpos)
            return rx.search(string, pos, endpos) if rx is not None else None

        def finditer(string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
            rx = choose(string, pos, endpos)
            return rx.finditer(string, pos, endpos) if rx is not None else iter(())

        def findall(string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
            rx = choose(string, pos, endpos)
            return rx.findall(string, pos, endpos) if rx is not None else []

        def sub(repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
            rx = choose(string)
            return rx.sub(repl, string, count) if rx is not None else string

        def split(string: str, maxsplit: int = 0) -> list[str | Any]:
            rx = choose(string)
            return rx.split(string, maxsplit) if rx is not None else [string]

        self.search, self.finditer, self.findall, self.sub, self.split = search, finditer, findall, sub, split


def fast(pattern: str | re.Pattern[str], flags: int = 0, max_atoms: int = _MAX_ATOMS) -> Fast:
    """`re.compile(pattern, flags)` behind its atoms and its case-sensitive twin, regrouped (see the module's
    docstring). `max_atoms`: a pattern scanned on short pieces (a clause, not the brief) may be asked about more
    atoms than _MAX_ATOMS before the scan, where its atoms are long words few pieces hold."""
    return Fast(pattern, flags, max_atoms)
