#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Turns the inline markup of the APP/ORG sets into the project's gold JSONL format.

A line like `Il est sur [Facebook|APP].` becomes {"id", "text", "entities"} with exact
character offsets (Python str indices equal Java String indices: every text is in the BMP).
Usage: python3 make_jsonl.py app-org-testset.txt > app-org-testset.jsonl
"""
import json
import re
import sys

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")


def convert(line):
    text, entities, pos = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        text.append(before)
        length += len(before)
        covered, label = m.group(1), m.group(2)
        entities.append({"start": length, "end": length + len(covered), "type": label, "text": covered})
        text.append(covered)
        length += len(covered)
        pos = m.end()
    text.append(line[pos:])
    out = "".join(text)
    if "[" in out or "]" in out or "|" in out:
        raise ValueError("unbalanced markup: " + line)
    for e in entities:
        assert out[e["start"]:e["end"]] == e["text"]
    return out, entities


def main(path):
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    n = 0
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            n += 1
            text, entities = convert(line)
            print(json.dumps({"id": "%s-%03d" % (stem, n), "text": text, "entities": entities},
                             ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
