#!/usr/bin/env python3
"""Writes the string literals of Swift test files as seed inputs, one file each.

Usage: extract_strings.py OUTDIR FILE.swift...

Ordinary string literals ("...") and multi-line ones (\"\"\" ... \"\"\") are
unescaped (\\n \\t \\r \\0 \\\\ \\" \\u{X}); the test markers 1️⃣ ... 9️⃣ are
removed. Literals shorter than three bytes or with interpolation are skipped.
"""

import hashlib
import os
import re
import sys

MARKERS = [f"{digit}\ufe0f\u20e3" for digit in "123456789"]
SINGLE = re.compile(r'(?<![#\\])"((?:[^"\\\n]|\\.)*)"')
MULTI = re.compile(r'"""\n(.*?)\n(\s*)"""', re.S)


def unescape(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if nxt == "(":
            return None  # interpolation
        if nxt == "u" and text[i + 2:i + 3] == "{":
            end = text.index("}", i)
            out.append(chr(int(text[i + 3:end], 16)))
            i = end + 1
            continue
        out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}.get(nxt, nxt))
        i += 2
    return "".join(out)


def literals(source):
    for match in MULTI.finditer(source):
        indent = match.group(2)
        lines = [line[len(indent):] if line.startswith(indent) else line for line in match.group(1).split("\n")]
        yield "\n".join(lines) + "\n"
    for match in SINGLE.finditer(MULTI.sub("", source)):
        yield match.group(1)


def main(outdir, paths):
    os.makedirs(outdir, exist_ok=True)
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        for literal in literals(source):
            text = unescape(literal)
            if text is None:
                continue
            for marker in MARKERS:
                text = text.replace(marker, "")
            data = text.encode("utf-8")
            if len(data) < 3:
                continue
            name = hashlib.sha1(data).hexdigest()
            with open(os.path.join(outdir, name), "wb") as handle:
                handle.write(data)
            count += 1
    print(count)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
