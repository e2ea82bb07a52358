"""The built-in benchmark corpus: English-like paragraphs generated with a fixed seed.

Used when `Scripts/benchmark` is given no corpus, so that it runs on any clone (the shared
corpora are not part of the repository). The words come from the repository's own lexicons:
scikit-learn's stop words (most of running English), words VADER scores (so tone has something
to measure) and invented words (a vocabulary tail of realistic size). The same bytes on every
machine: only `random.Random(seed).random()` is used, whose sequence Python guarantees.
"""
import os
import random

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = 20261205
PARAGRAPHS = 10_000
SYLLABLES = ["ber", "cal", "den", "fro", "gan", "hol", "ith", "lor", "mis", "ne", "por", "quen",
             "ros", "tal", "ver", "wick"]
ENDINGS = [".", ".", ".", ".", "?", "!"]


def _lexicon_words(name, column_count):
    """Alphabetic terms of a lexicon file (comment lines start with '#')."""
    words = []
    with open(os.path.join(REPO, "Lexicons", name), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            term = line.rstrip("\n").split("\t")[0] if column_count > 1 else line.strip()
            if term.isalpha():
                words.append(term)
    return words


def text(paragraphs=PARAGRAPHS):
    stop_words = _lexicon_words("english-stop-words.txt", 1)
    scored = _lexicon_words("vader-lexicon.tsv", 2)
    draw = random.Random(SEED).random

    def pick(items):
        return items[int(draw() * len(items))]

    def word():
        u = draw()
        if u < 0.55:
            # Cubing a uniform draw favours the start of the list: a few very common words.
            return stop_words[int(draw() ** 3 * len(stop_words))]
        if u < 0.65:
            return pick(scored)
        if u < 0.70:
            return "".join(pick(SYLLABLES) for _ in range(2 + int(draw() * 2)))
        return pick(COMMON)

    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(1 + int(draw() * 5)):
            words = [word() for _ in range(6 + int(draw() * 24))]
            words[0] = words[0].capitalize()
            body = "".join((", " if draw() < 0.08 else " ") + w for w in words[1:])
            sentences.append(words[0] + body + pick(ENDINGS))
        out.append(" ".join(sentences))
    return "\n\n".join(out) + "\n"


# Everyday content words, so that the text is not all stop words and lexicon entries.
COMMON = """time year people way day man thing woman life child world school state family student
group country problem hand part place case week company system program question work government
number night point home water room mother area money story fact month lot right study book eye job
word business issue side kind head house service friend father power hour game line end member law
car city community name president team minute idea kid body information back parent face others
level office door health person art war history party result change morning reason research girl
guy moment air teacher force education report budget council road market street river letter""".split()


def write(path):
    """Write the corpus to path (creating its folder) and return its size in bytes."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text().encode("utf-8")
    with open(path + ".tmp", "wb") as handle:
        handle.write(data)
    os.replace(path + ".tmp", path)
    return len(data)
