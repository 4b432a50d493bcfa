"""The theme codebook and the theme suggester.

suggest() ranks themes for a factor text from two kinds of evidence, each kept as a reason the
researcher can read: keywords of the bilingual lexicon in protocols/codebook.yaml (whole words,
`stem*` prefixes, phrases, and keywords inside Dutch compounds), and the themes of the most
similar factors this lab has already coded (tf-idf cosine). Pure Python, deterministic.

Keyword score of a theme = sum over the words of the text that match one of its keywords (each
word once: 1 for the whole word or the same stem, 0.8 as the start or the head of a compound,
0.6 elsewhere inside one; halved for an actor word such as "coach" that names who is involved
rather than what goes on; up to 20 % more near the start of the text, where a factor says what
it is about) + 1.5 per matching phrase. Stems come from Snowball (Dutch and English).

Performance: the stems of a word are cached, so one suggestion against the whole codebook
stays well under the 20 ms budget (tests/benchmarks/bench_derive.py)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer
import yaml

from monitor.errors import InvalidInput
from monitor.protocols import PROTOCOL_DIR

CODEBOOK_PATH = PROTOCOL_DIR / "codebook.yaml"
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
MIN_COMPOUND = 5  # a keyword this long also counts inside a longer (compound) word
NEIGHBOURS = 5
MIN_SIMILARITY = 0.12
PHRASE = 1.5  # a matching phrase is a stronger signal than one word
COMPOUND_EDGE, COMPOUND_INSIDE = 0.8, 0.6  # a keyword as part of a compound word
MIN_STEM = 4  # a shorter stem matches too many unrelated words
EARLY = 0.2  # a keyword at the start of the text counts up to this much more


@dataclass(frozen=True)
class Keyword:
    words: tuple[str, ...]  # one word, or a phrase
    prefix: bool  # last word ends in *
    text: str
    actor: bool = False  # names who is involved: counts half
    stems: tuple[tuple[str, str], ...] = ()  # per word its (Dutch, English) stem


# Word forms the lexicon does not list still match through their stem: Snowball's Dutch
# (Porter variant, conservative: "werkgevers" -> "werkgever", "afspraken" -> "afsprak") and
# English stemmers, both applied to every word because factors come in either language.
_STEMMERS = (snowballstemmer.stemmer("dutch_porter"), snowballstemmer.stemmer("english"))


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, str]:
    """The (Dutch, English) stem of a folded word."""
    return (_STEMMERS[0].stemWord(word), _STEMMERS[1].stemWord(word))


@dataclass(frozen=True)
class Theme:
    id: str
    label: dict[str, str]
    description: dict[str, str]
    keywords: tuple[Keyword, ...] = ()
    custom: bool = False  # added by a lab
    # question patterns: kind (improve | sustain) -> language -> patterns, see monitor/wording.py
    questions: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict, hash=False)
    # framework indicators (protocols/framework.yaml) a question on this theme listens for
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    themes: tuple[Theme, ...]

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def label(self, theme_id: str, lang: str) -> str:
        theme = self.theme(theme_id)
        return theme.label.get(lang, theme_id) if theme else theme_id

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.themes)

    def with_themes(self, extra: Iterable[Theme]) -> Codebook:
        known = set(self.ids)
        return Codebook(self.themes + tuple(t for t in extra if t.id not in known))


def tokens(text: str) -> list[str]:
    """Lower-case words without accents: 'Coördinatie' -> 'coordinatie'."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _WORD.findall(plain)


def _keyword(text: str, actor: bool = False) -> Keyword:
    prefix = text.endswith("*")
    words = tuple(tokens(text.rstrip("*")))
    return Keyword(
        words=words, prefix=prefix, text=text, actor=actor, stems=tuple(stems(w) for w in words)
    )


def load_codebook(path: Path = CODEBOOK_PATH) -> Codebook:
    data = yaml.safe_load(path.read_text("utf-8"))
    themes = []
    for item in data["themes"]:
        keywords = [
            _keyword(str(k), actor=key == "actors")
            for key in ("keywords", "actors")
            for lang in ("nl", "en")
            for k in (item.get(key) or {}).get(lang, [])
        ]
        themes.append(
            Theme(
                id=item["id"],
                label=item["label"],
                description=item["description"],
                # a keyword in both language lists counts once
                keywords=tuple({(k.words, k.prefix): k for k in keywords if k.words}.values()),
                questions={
                    kind: {lang: tuple(map(str, texts)) for lang, texts in per_lang.items()}
                    for kind, per_lang in (item.get("questions") or {}).items()
                },
                indicators=tuple(map(str, item.get("indicators") or ())),
            )
        )
    return Codebook(tuple(themes))


# -- the suggester ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    theme: str
    score: float
    keywords: tuple[str, ...] = ()  # lexicon words that matched
    similar: tuple[str, ...] = ()  # ids of similar coded factors with this theme


@dataclass(frozen=True)
class CodedFactor:
    id: str
    text: str
    themes: tuple[str, ...]


@dataclass
class FactorIndex:
    """tf-idf index over a lab's coded factors; build once per store revision."""

    factors: list[CodedFactor]
    postings: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, factors: Iterable[CodedFactor]) -> FactorIndex:
        index = cls([f for f in factors if f.themes])
        docs = [Counter(_content(tokens(f.text))) for f in index.factors]
        df = Counter(word for doc in docs for word in doc)
        total = len(docs) or 1
        index.idf = {w: math.log((1 + total) / (1 + n)) + 1 for w, n in df.items()}
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, doc in enumerate(docs):
            weights = {w: c * index.idf[w] for w, c in doc.items()}
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            for word, value in weights.items():
                postings[word].append((i, value / norm))
        index.postings = dict(postings)
        return index

    def nearest(self, text: str, k: int = NEIGHBOURS) -> list[tuple[CodedFactor, float]]:
        query = Counter(_content(tokens(text)))
        weights = {w: c * self.idf[w] for w, c in query.items() if w in self.idf}
        norm = math.sqrt(sum(v * v for v in weights.values()))
        if not norm:
            return []
        scores: dict[int, float] = defaultdict(float)
        for word, value in weights.items():
            for i, weight in self.postings[word]:
                scores[i] += value / norm * weight
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [(self.factors[i], s) for i, s in best if s >= MIN_SIMILARITY]


# Words that say nothing about a theme; left out of the similarity between factors.
_STOP = set(
    """de het een en of in op aan van voor met om te bij uit door over als dat die dit er is zijn
    was wordt worden nog niet geen ook maar wel wat wie hoe naar tot dan zo al we ze hun hen ons
    onze zij hij ik je u the a an and or of on at to for with by from are were be been it its
    this that these those not no as they them their our has have had""".split()  # noqa: SIM905
)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _STOP and len(w) > 2]


class _Matcher:
    """The keywords of a codebook indexed by word, stem, prefix and compound part, so a text
    is matched by looking its words up instead of trying every keyword on every word. Gives
    the same matches as trying each keyword in turn (see _word_strength, _phrase_match)."""

    def __init__(self, book: Codebook) -> None:
        self.keywords: list[tuple[str, Keyword]] = [
            (theme.id, k) for theme in book.themes for k in theme.keywords
        ]
        self.whole: dict[str, list[int]] = defaultdict(list)  # word or stem -> single words
        self.prefixes: dict[str, list[int]] = defaultdict(list)  # first 3 letters -> prefix kw
        self.parts: dict[str, list[int]] = defaultdict(list)  # compound part -> single words
        self.phrases: dict[str, list[int]] = defaultdict(list)  # first word or stem -> phrases
        for i, (_, k) in enumerate(self.keywords):
            first, (nl, en) = k.words[0], k.stems[0]
            heads = {first}
            if len(nl) >= MIN_STEM:
                heads.add(f"nl:{nl}")
            if len(en) >= MIN_STEM:
                heads.add(f"en:{en}")
            if len(k.words) > 1:
                for head in heads:
                    self.phrases[head].append(i)
                continue
            if k.prefix:
                self.prefixes[first[:3]].append(i)
            else:
                for head in heads:
                    self.whole[head].append(i)
            for part in {first, nl}:
                if len(part) >= MIN_COMPOUND:
                    self.parts[part].append(i)
        self.longest = max((len(p) for p in self.parts), default=0)

    def hits(self, words: list[str], forms: list[tuple[str, str]]) -> dict[int, tuple[int, float]]:
        """keyword index -> (position, strength); strength PHRASE for a phrase."""
        whole: dict[int, int] = {}
        edge: dict[int, int] = {}
        inside: dict[int, int] = {}
        phrases: dict[int, int] = {}
        for pos, (word, (nl, en)) in enumerate(zip(words, forms, strict=True)):
            for key in {word, f"nl:{nl}", f"en:{en}"}:
                for i in self.whole.get(key, ()):
                    whole.setdefault(i, pos)
                for i in self.phrases.get(key, ()):
                    if i not in phrases and _phrase_at(self.keywords[i][1], words, forms, pos):
                        phrases[i] = pos
            for i in self.prefixes.get(word[:3], ()):
                if word.startswith(self.keywords[i][1].words[0]):
                    whole.setdefault(i, pos)
            size = len(word)
            for length in range(MIN_COMPOUND, min(size, self.longest) + 1):
                for start in range(size - length + 1):
                    for i in self.parts.get(word[start : start + length], ()):
                        if size <= len(self.keywords[i][1].words[0]):
                            continue
                        if start == 0 or start + length == size:
                            edge.setdefault(i, pos)
                        else:
                            inside.setdefault(i, pos)
        found: dict[int, tuple[int, float]] = {i: (pos, PHRASE) for i, pos in phrases.items()}
        for i in {*whole, *edge, *inside}:
            if i in whole:
                found[i] = (whole[i], 1.0)
            elif i in edge:
                found[i] = (edge[i], COMPOUND_EDGE)
            else:
                found[i] = (inside[i], COMPOUND_INSIDE)
        return found


_MATCHERS: dict[int, tuple[Codebook, _Matcher]] = {}


def _matcher(book: Codebook) -> _Matcher:
    """One matcher per codebook object (kept with it, so an id is never reused wrongly)."""
    cached = _MATCHERS.get(id(book))
    if cached is None or cached[0] is not book:
        if len(_MATCHERS) > 32:
            _MATCHERS.clear()
        cached = _MATCHERS[id(book)] = (book, _Matcher(book))
    return cached[1]


def suggest(text: str, codebook: Codebook, index: FactorIndex | None = None) -> list[Suggestion]:
    """Themes for a factor text, best first; every suggestion says why (keywords, neighbours)."""
    words = tokens(text)
    forms = [stems(w) for w in words]
    matcher = _matcher(codebook)
    matched: dict[str, list[str]] = defaultdict(list)
    scores: dict[str, float] = defaultdict(float)
    per_word: dict[str, dict[int, float]] = defaultdict(dict)
    for i, (position, strength) in sorted(matcher.hits(words, forms).items()):
        theme_id, keyword = matcher.keywords[i]
        matched[theme_id].append(keyword.text)
        if strength == PHRASE and len(keyword.words) > 1:
            scores[theme_id] += PHRASE
            continue
        strength *= 0.5 if keyword.actor else 1.0
        # what a factor is about tends to come first ("Onvoldoende capaciteit bij ...")
        strength *= 1.0 + EARLY * (1.0 - position / len(words))
        best = per_word[theme_id]
        best[position] = max(best.get(position, 0.0), strength)
    for theme_id, best in per_word.items():
        scores[theme_id] += sum(best.values())
    similar: dict[str, list[str]] = defaultdict(list)
    if index is not None:
        for factor, similarity in index.nearest(text):
            for rank, theme_id in enumerate(factor.themes):
                scores[theme_id] += 2.0 * similarity / (1 + rank)
                similar[theme_id].append(factor.id)
    order = {theme_id: i for i, theme_id in enumerate(codebook.ids)}
    ranked = sorted(scores, key=lambda t: (-round(scores[t], 6), order.get(t, len(order))))
    return [
        Suggestion(
            theme=t,
            score=round(scores[t], 3),
            keywords=tuple(matched[t]),
            similar=tuple(similar[t]),
        )
        for t in ranked
        if scores[t] > 0
    ]


def _phrase_at(keyword: Keyword, words: list[str], forms: list[tuple[str, str]], i: int) -> bool:
    n = len(keyword.words)
    return (
        i + n <= len(words)
        and all(_same(keyword, j, words[i + j], forms[i + j]) for j in range(n - 1))
        and _word_match(keyword, words[i + n - 1], forms[i + n - 1])
    )


def _phrase_match(keyword: Keyword, words: list[str], forms: list[tuple[str, str]]) -> bool:
    """One keyword tried on a whole text: the plain definition _Matcher must agree with (the
    tests compare the two)."""
    n = len(keyword.words)
    return any(
        all(_same(keyword, j, words[i + j], forms[i + j]) for j in range(n - 1))
        and _word_match(keyword, words[i + n - 1], forms[i + n - 1])
        for i in range(len(words) - n + 1)
    )


def _word_strength(
    keyword: Keyword, words: list[str], forms: list[tuple[str, str]]
) -> tuple[int, float]:
    """(position, 1) for a whole-word, prefix or same-stem match; for the keyword (or its
    Dutch stem) as part of a compound word (position, 0.8) at its start or end ('werkgever' in
    'zorgwerkgevers'), (position, 0.6) anywhere else inside it."""
    stem = keyword.words[0]
    inner = {stem, keyword.stems[0][0]} if keyword.stems else {stem}
    inner = {part for part in inner if len(part) >= MIN_COMPOUND}
    compound = (0, 0.0)
    for i, word in enumerate(words):
        if _word_match(keyword, word, forms[i]):
            return i, 1.0
        if compound[1] < COMPOUND_EDGE and len(word) > len(stem):
            # a compound's first part or head ('capaciteitstekort', 'zorgwerkgever') is a
            # cleaner split than a keyword somewhere inside it
            if any(word.startswith(part) or word.endswith(part) for part in inner):
                compound = (i, COMPOUND_EDGE)
            elif not compound[1] and any(part in word for part in inner):
                compound = (i, COMPOUND_INSIDE)
    return compound


def _same(keyword: Keyword, j: int, word: str, form: tuple[str, str]) -> bool:
    """Word j of a keyword and a word of the text: equal, or the same stem in either language
    (stems shorter than MIN_STEM say too little to count)."""
    if word == keyword.words[j]:
        return True
    nl, en = keyword.stems[j] if keyword.stems else ("", "")
    return (len(nl) >= MIN_STEM and form[0] == nl) or (len(en) >= MIN_STEM and form[1] == en)


def _word_match(keyword: Keyword, word: str, form: tuple[str, str] = ("", "")) -> bool:
    last = len(keyword.words) - 1
    if keyword.prefix:
        return word.startswith(keyword.words[last])
    return _same(keyword, last, word, form)


def validate_theme_id(theme_id: str, codebook: Codebook) -> str:
    if theme_id not in codebook.ids:
        raise InvalidInput("error.unknown_theme", theme=theme_id)
    return theme_id
