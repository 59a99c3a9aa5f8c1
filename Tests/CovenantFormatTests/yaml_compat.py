#!/usr/bin/env python3
"""Compares Covenant's parse of YAML files with PyYAML's.

Usage: yaml_compat.py YAML JSON [YAML JSON ...]

Each JSON file is the tree DocumentParser produced for the YAML file before
it: mappings as objects (key order kept), sequences as arrays, scalars as
strings, empty values as null. Each YAML file is loaded with
yaml.safe_load. The structure (keys, nesting, sequence lengths, string
values) must match exactly; where PyYAML resolved a plain scalar to
another type (int, float, bool, date, datetime, None from `~` or `null`),
the comparison is loose: our string must be a plausible spelling of it.

Prints one line per mismatch and exits 1 if there was any; exits 0 otherwise.
"""

import datetime
import json
import sys

import yaml

BOOLEANS = {"yes", "no", "true", "false", "on", "off", "y", "n"}
NULLS = {"~", "null", "Null", "NULL", ""}


def same_scalar(ours, theirs):
    """Whether our string (or None) stands for PyYAML's resolved scalar."""
    if isinstance(theirs, str):
        return ours == theirs
    if theirs is None:
        return ours is None or ours in NULLS
    if not isinstance(ours, str):
        return False
    if isinstance(theirs, bool):
        return ours.lower() in BOOLEANS
    if isinstance(theirs, datetime.datetime):
        return ours[:10] == theirs.date().isoformat()
    if isinstance(theirs, datetime.date):
        return ours == theirs.isoformat()
    if isinstance(theirs, (int, float)):
        return True
    return str(theirs) == ours


def compare(ours, theirs, path, problems):
    """Appends a description of every difference between the two trees."""
    if isinstance(theirs, dict):
        if not isinstance(ours, Pairs):
            problems.append(f"{path}: PyYAML has a mapping, we have {describe(ours)}")
            return
        if len(ours) != len(theirs):
            problems.append(f"{path}: PyYAML has {len(theirs)} keys, we have {len(ours)}")
            return
        for (our_key, our_value), (their_key, their_value) in zip(ours, theirs.items()):
            if not same_scalar(our_key, their_key):
                problems.append(f"{path}: key {our_key!r} but PyYAML has {their_key!r}")
                continue
            compare(our_value, their_value, f"{path}.{our_key}", problems)
    elif isinstance(theirs, list):
        if not isinstance(ours, Items):
            problems.append(f"{path}: PyYAML has a sequence, we have {describe(ours)}")
            return
        if len(ours) != len(theirs):
            problems.append(f"{path}: PyYAML has {len(theirs)} items, we have {len(ours)}")
            return
        for index, (our_item, their_item) in enumerate(zip(ours, theirs)):
            compare(our_item, their_item, f"{path}[{index}]", problems)
    elif not (ours is None or isinstance(ours, str)) or not same_scalar(ours, theirs):
        problems.append(f"{path}: we have {describe(ours)}, PyYAML has {theirs!r}")


class Pairs(list):
    """A JSON object as its (key, value) pairs in order (duplicates would show)."""


class Items(list):
    """A JSON array."""


def describe(value):
    if isinstance(value, Pairs):
        return f"a mapping of {len(value)}"
    if isinstance(value, Items):
        return f"a sequence of {len(value)}"
    return repr(value)


def load_ours(text):
    """Loads our JSON keeping object key order and telling objects from arrays."""
    def convert(value):
        if isinstance(value, Pairs):
            return Pairs((key, convert(item)) for key, item in value)
        if isinstance(value, list):
            return Items(convert(item) for item in value)
        return value

    return convert(json.loads(text, object_pairs_hook=Pairs))


def main(arguments):
    if len(arguments) % 2 != 0:
        print(__doc__, file=sys.stderr)
        return 2
    failures = 0
    for yaml_path, json_path in zip(arguments[0::2], arguments[1::2]):
        with open(json_path, encoding="utf-8") as handle:
            ours = load_ours(handle.read())
        try:
            with open(yaml_path, encoding="utf-8") as handle:
                theirs = yaml.safe_load(handle)
        except Exception as error:  # PyYAML refused a file we accepted.
            print(f"{yaml_path}: PyYAML rejects it: {' '.join(str(error).split())}")
            failures += 1
            continue
        problems = []
        compare(ours, theirs, "$", problems)
        for problem in problems:
            print(f"{yaml_path}: {problem}")
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
