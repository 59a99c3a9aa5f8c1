"""Check a credit ledger's journal with hledger: it loads, every transaction
balances (hledger refuses one that does not), every account is declared, and
its credit totals per currency equal the ledger's own (ledger.json).

    python3 tools/ledger-check/check.py Reports/ledger

Exit 0 when all agree; 1 with each disagreement on standard error; 2 when
hledger cannot be run.
"""
import csv
import io
import json
import subprocess
import sys
from decimal import Decimal

ACCOUNTS = {
    'earned': ('Income:Service credits', 1),
    'applied': ('Assets:Accounts receivable', -1),
    'forfeited': ('Income:Forfeited service credits', -1),
    'payable': ('Liabilities:Service credits payable', -1),
}


def hledger(*args):
    try:
        return subprocess.run(['hledger', *args], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        sys.exit('ledger-check: hledger is not installed')
    except subprocess.CalledProcessError as error:
        sys.stderr.write(error.stderr)
        sys.exit(f"ledger-check: hledger {' '.join(args)} failed")


def main(folder):
    journal = f"{folder}/ledger.journal"
    totals = json.load(open(f"{folder}/ledger.json"))['totals']
    hledger('-f', journal, 'check', '--strict')
    balances = {}
    for row in csv.DictReader(io.StringIO(hledger('-f', journal, 'balance', '--depth', '2', '-O', 'csv',
                                                  '--layout', 'bare'))):
        balances[(row['account'], row['commodity'])] = Decimal(row['balance'])
    problems = []
    for total in totals:
        currency = total['currency']
        expected = {kind: Decimal(total[kind]) for kind in ('earned', 'applied', 'forfeited')}
        expected['payable'] = expected['earned'] - expected['applied'] - expected['forfeited']
        for kind, (account, sign) in ACCOUNTS.items():
            got = sign * balances.get((account, currency), Decimal(0))
            if got != expected[kind]:
                problems.append(f"{currency} {kind}: journal {account} gives {got}, the ledger {expected[kind]}")
    for problem in problems:
        sys.stderr.write(f"ledger-check: {problem}\n")
    if problems:
        sys.exit(1)
    summary = ', '.join(f"{t['currency']} earned {t['earned']} = applied {t['applied']} + forfeited {t['forfeited']}"
                        for t in totals)
    print(f"ledger-check: {journal} loads and balances in hledger; {summary or 'no credits'}")


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'Reports/ledger')
