#!/usr/bin/env python3
"""Lists the distinct speaker names in whosaid's JSONL output that are not noun phrases.

Usage: Scripts/speaker-names.py WHOSAID_BINARY PRED.jsonl [PRED.jsonl ...]

Each distinct speaker name is tagged by `whosaid tag --format conllu` in the frame
"NAME said ." (one line each, so the tagger sees a speaker where a speaker stands). A name
is a noun phrase when its first word is not an adverb, preposition, verb, auxiliary, conjunction,
particle, interjection or punctuation, and its last word is a noun, proper noun, pronoun or number;
bare heads ("another", "some"), a determiner with a capitalised adjective ("A Republican") and a
quantity ("About 40 rabbis", "Nearly half", "About four in 10": an adverb of degree before a number
or "half" opens the phrase, as in the treebank's QP) are noun phrases too.
Prints the share of names that fail and lists them.
"""
import json
import subprocess
import sys
import tempfile

BAD_FIRST = {"ADV", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART", "INTJ", "PUNCT", "SYM"}
GOOD_LAST = {"NOUN", "PROPN", "PRON", "NUM"}
# Determiners and quantifiers that stand alone for people ("said another", "Some say").
BARE_HEADS = {"another", "others", "both", "some", "many", "several", "most", "one", "few", "all"}
# Adverbs of degree that open a quantity ("About 40 rabbis", "Nearly half").
QUANTITY_ADVERBS = {"about", "nearly", "almost", "roughly", "around", "only", "just", "over", "under", "barely"}


def is_noun_phrase(tagged):
    """Whether a tagged name is a noun phrase: a bare head, a determiner and a capitalised
    adjective used as a noun ("A Republican"), or words opening and ending as a noun phrase does."""
    words = [w for w, _ in tagged]
    tags = [t for _, t in tagged]
    if len(words) == 1 and words[0].lower() in BARE_HEADS:
        return True
    if len(words) >= 2 and tags[0] in {"DET", "NUM"} and tags[-1] == "ADJ" and words[-1][:1].isupper():
        return True
    if len(words) >= 2 and words[0].lower() in QUANTITY_ADVERBS and (tags[1] == "NUM" or words[1].lower() == "half"):
        return tags[-1] in GOOD_LAST or words[-1].lower() == "half"
    return tags[0] not in BAD_FIRST and tags[-1] in GOOD_LAST


def main():
    binary, preds = sys.argv[1], sys.argv[2:]
    names = set()
    for path in preds:
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                for q in doc.get("quotes", []):
                    if q.get("speaker"):
                        names.add(" ".join(q["speaker"].split()))
    names = sorted(names)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(n + " said ." for n in names) + "\n")
        path = f.name
    out = subprocess.run([binary, "tag", path, "--format", "conllu"], capture_output=True, text=True, check=True).stdout
    sentences, words = [], []
    for line in out.split("\n"):
        if not line:
            if words:
                sentences.append(words)
                words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            words.append((cols[1], cols[3]))
    bad = []
    if len(sentences) != len(names):
        sys.exit(f"speaker-names: {len(names)} names came back as {len(sentences)} sentences")
    for name, tagged in zip(names, sentences):
        tagged = tagged[:-2] or tagged
        if not is_noun_phrase(tagged):
            bad.append((name, " ".join(f"{w}/{t}" for w, t in tagged)))
    print(f"{len(bad)} of {len(names)} distinct speaker names are not noun phrases ({100.0 * len(bad) / max(len(names), 1):.2f}%)")
    for name, tagged in bad:
        print(f"  {name}\t{tagged}")


if __name__ == "__main__":
    main()
