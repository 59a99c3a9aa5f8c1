"""Generate random projects, run `covenant statement`, compare every statement field with ref.py.

Usage: python3 run.py FIRST_SEED END_SEED   (COVENANT=path/to/covenant, AUDIT_RUNS=scratch folder)
Prints one line per disagreement; a failing seed's project is kept under AUDIT_RUNS/SEED."""
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
from fractions import Fraction

import ref
import gen

HERE = os.path.dirname(os.path.abspath(__file__))
COVENANT = os.environ.get('COVENANT', os.path.join(HERE, '../../.build/release/covenant'))
RUNS = os.environ.get('AUDIT_RUNS', '/tmp/covenant-spec-audit')
EXCL = ['feature-request', 'misconfiguration', 'abuse', 'customer-network', 'third-party', 'deprecated-api',
        'force-majeure']
CAUSES = ['platform', 'platform', 'platform', 'customer-misconfiguration', 'customer-network', 'ddos', 'third-party',
          'force-majeure']


def rfc(t, off):
    d = dt.datetime.fromtimestamp(t + off, dt.timezone.utc).replace(tzinfo=None)
    if off == 0 and random.random() < 0.5:
        return d.strftime('%Y-%m-%dT%H:%M:%SZ')
    sign = '+' if off >= 0 else '-'
    a = abs(off)
    return d.strftime('%Y-%m-%dT%H:%M:%S') + f"{sign}{a // 3600:02d}:{a % 3600 // 60:02d}"


def write_instant(t, zname):
    """An instant as an event file writes it: offset, Z or local in the file's zone."""
    r = random.random()
    if r < 0.4:
        L = ref.local(zname, t)
        if ref.resolve_strict(zname, L) == t and t % 60 == 0:
            d = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=L)
            return d.strftime('%Y-%m-%d %H:%M')
    if r < 0.7:
        return rfc(t, 0)
    return rfc(t, ref.offset_at(zname, t))


def events(g, catalog, contracts, base):
    """base: (y, m). Events spread over base-1 .. base+1."""
    y0, m0 = ref.add_months(*base, -1)
    y2, m2 = ref.add_months(*base, 2)
    t0 = ref.start_of_day('UTC', dt.date(y0, m0, 1)) - 86400
    t1 = ref.start_of_day('UTC', dt.date(y2, m2, 1)) + 86400
    izone = random.choice(gen.ZONES)
    mzone = random.choice(gen.ZONES)
    ids = [c['id'] for c in contracts]

    def scope():
        r = random.random()
        if r < 0.6:
            return 'all'
        if r < 0.8:
            return {'region': random.choice(['us-west', 'eu'])}
        return {'contracts': random.sample(ids, random.randint(1, min(2, len(ids))))}

    def scope_yaml(s):
        if s == 'all':
            return 'all'
        if 'region' in s:
            return None  # written in block style
        return '{contracts: [' + ', '.join(s['contracts']) + ']}'

    incs = []
    lines = [f"timezone: {izone}", "incidents:"]
    for i in range(random.randint(0, 12)):
        st = random.randint(t0, t1)
        if random.random() < 0.3:
            st -= st % 3600
        ln = random.choice([60, 600, 3120, 13392, 13393, 3600 * 5, 86400 * 2, random.randint(1, 50000)])
        end = st + ln if random.random() > 0.12 else None
        cause = random.choice(CAUSES)
        counts = random.random() > 0.1
        s = scope()
        inc = {'id': f"INC-{i}", 'start': st, 'end': end, 'scope': s, 'cause': cause, 'counts': counts,
               'severity': random.choice([None, 'P1', 'P2', 'P3', 'P4']),
               'root_cause': random.choice([None, 'Disk full', 'A slow query: pool exhausted']),
               'fix': random.choice([None, 'Rolled back', "Added a \"lease\" timeout"])}
        incs.append(inc)
        lines.append(f"  - id: INC-{i}")
        if inc['severity']:
            lines.append(f"    severity: {inc['severity']}")
        for key in ('root_cause', 'fix'):
            if inc[key]:
                lines.append(f"    {key}: {json.dumps(inc[key])}")
        lines.append(f"    start: {write_instant(st, izone)}")
        lines.append(f"    end: {'open' if end is None else write_instant(end, izone)}")
        if s != 'all' and 'region' in s:
            lines.append("    scope:")
            lines.append(f"      region: {s['region']}")
        else:
            lines.append(f"    scope: {scope_yaml(s)}")
        lines.append(f"    cause: {cause}")
        if not counts:
            lines.append("    counts_as_downtime: false")
    inc_text = '\n'.join(lines) + '\n'

    mts = []
    lines = [f"timezone: {mzone}", "maintenance:"]
    pol = catalog[0]['maintenance']
    for i in range(random.randint(0, 9)):
        r = random.random()
        if r < 0.5 and pol['standing']:
            # around a standing window occurrence
            days, s, e = random.choice(pol['standing'])
            wd = random.choice(sorted(days))
            t = random.randint(t0, t1)
            d = ref.local_date(catalog[0]['timezone'], t)
            d += dt.timedelta(days=(wd - d.weekday()) % 7)
            ws = ref.instant(catalog[0]['timezone'], ref.dnum(d) * 86400 + s)
            we = ref.instant(catalog[0]['timezone'], ref.dnum(d) * 86400 + e + (86400 if e <= s else 0))
            st = ws + random.choice([0, 0, -1800, -3600, 1800, -5 * 3600])
            en = we + random.choice([0, 0, 1800, 3600, -1800, 3 * 3600])
            if en <= st:
                en = st + 1800
        else:
            st = random.randint(t0, t1)
            st -= st % 900
            en = st + random.choice([1800, 3600, 4 * 3600, 4 * 3600 + 1, 2 * 3600 + 1800, 6 * 3600])
        notice = random.choice([pol['notice'], pol['notice'] - 1, pol['notice'] + 3600, 2 * 86400, 10 * 86400,
                                pol['notice']])
        ann_t = st - notice
        if random.random() < 0.5:
            ad = ref.local_date(mzone, ann_t)
            ann = ref.start_of_day(mzone, ad)
            ann_text = str(ad)
        else:
            ann = ann_t
            ann_text = write_instant(ann_t, mzone)
        s = scope()
        mts.append({'id': f"MW-{i}", 'start': st, 'end': en, 'announced': ann, 'scope': s})
        lines.append(f"  - id: MW-{i}")
        lines.append(f"    start: {write_instant(st, mzone)}")
        lines.append(f"    end: {write_instant(en, mzone)}")
        lines.append(f"    announced: {ann_text}")
        if s != 'all' and 'region' in s:
            lines.append("    scope:")
            lines.append(f"      region: {s['region']}")
        else:
            lines.append(f"    scope: {scope_yaml(s)}")
    mt_text = '\n'.join(lines) + '\n'

    tickets = []
    rows = []
    for c in contracts:
        for k in range(random.randint(0, 9)):
            opened = random.randint(t0, t1)
            if random.random() < 0.1:
                y, m = ref.add_months(*base, random.choice([0, 1]))
                opened = ref.start_of_day(c['zone'], dt.date(y, m, 1)) - random.choice([0, 1])
            if random.random() < 0.3:
                opened -= opened % 900
            sev = random.choice(gen.SEVS)
            evs = [{'event': 'opened', 'at': opened, 'severity': sev, 'note': ''}]
            t = opened
            waiting = False
            for _ in range(random.randint(0, 9)):
                t += random.choice([60, 900, 3600, 4 * 3600, 86400, 3 * 86400, random.randint(1, 200000)])
                choices = ['replied', 'auto_reply', 'awaiting_customer', 'resolved', 'reopened', 'severity',
                           'excluded']
                if waiting:
                    choices.append('customer_replied')
                    choices.append('customer_replied')
                kind = random.choice(choices)
                e = {'event': kind, 'at': t, 'severity': '', 'note': ''}
                if kind == 'severity':
                    e['severity'] = random.choice(gen.SEVS)
                if kind == 'excluded':
                    e['note'] = random.choice(EXCL)
                if kind == 'awaiting_customer':
                    waiting = True
                if kind == 'customer_replied':
                    waiting = False
                evs.append(e)
            tid = f"T-{c['id']}-{k}"
            tickets.append({'id': tid, 'contract': c['id'], 'opened': opened, 'events': evs})
            for e in evs:
                zn = random.choice(gen.ZONES)
                rows.append([tid, c['id'] if e['event'] == 'opened' or random.random() < 0.5 else '', e['event'],
                             rfc(e['at'], ref.offset_at(zn, e['at'])), e['severity'], e['note']])
    random.shuffle(rows)
    tk_text = 'ticket,contract,event,at,severity,note\n' + '\n'.join(','.join(r) for r in rows) + '\n'

    surveys = []
    srows = []
    for c in contracts:
        for _ in range(random.randint(0, 5)):
            kind = random.choice(['csat', 'nps', 'ces'])
            score = random.randint(*{'csat': (1, 10), 'nps': (0, 10), 'ces': (1, 5)}[kind])
            at = random.randint(t0, t1)
            surveys.append({'contract': c['id'], 'at': at, 'kind': kind, 'score': score})
            srows.append(f"{c['id']},{rfc(at, 0)},{kind},{score}")
    sv_text = 'contract,at,kind,score\n' + '\n'.join(srows) + '\n'
    ev = {'incidents': incs, 'maintenance': mts, 'tickets': tickets, 'surveys': surveys}
    return ev, {'incidents.yaml': inc_text, 'maintenance.yaml': mt_text, 'tickets.csv': tk_text,
                'surveys.csv': sv_text}


def latest(ev):
    ts = []
    for i in ev['incidents']:
        ts.append(i['start'])
        if i['end'] is not None:
            ts.append(i['end'])
    for m in ev['maintenance']:
        ts += [m['start'], m['end']]
    for t in ev['tickets']:
        ts += [e['at'] for e in t['events']]
    return max(ts) if ts else None


def earliest(ev):
    ts = [i['start'] for i in ev['incidents']] + [m['start'] for m in ev['maintenance']]
    ts += [t['events'][0]['at'] for t in ev['tickets']]
    return min(ts) if ts else None


def covered(catalog, ev, y, m):
    """Whether the events read reach the month (in the newest catalog version's zone): without --as-of,
    a month before the first event's month or after the last one's is refused with exit 65."""
    lo, hi = earliest(ev), latest(ev)
    if lo is None:
        return False
    zn = max(catalog, key=lambda v: v['effective'])['timezone']
    first, last = ref.local_date(zn, lo), ref.local_date(zn, hi)
    return (first.year, first.month) <= (y, m) <= (last.year, last.month)


def diff(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                out.append((path + '.' + k, a[k], '<missing>'))
            else:
                diff(a[k], b[k], path + '.' + k, out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append((path, a, b))
        else:
            for i, (x, y) in enumerate(zip(a, b)):
                diff(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append((path, a, b))


STATS = {'compared': 0, 'tickets': 0}


def run(seed, keep=False, verbose=False):
    g = gen.Gen(seed)
    catalog = g.catalog()
    contracts = [g.contract(i, catalog) for i in range(random.randint(1, 5))]
    # skip contracts whose governing catalog does not exist (before 2025-01-01 start)
    base = (random.choice([2026, 2026, 2027]), random.choice([1, 3, 4, 10, 11, 12, random.randint(1, 12)]))
    ev, files = events(g, catalog, contracts, base)
    root = f"{RUNS}/{seed}"
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root + '/Contracts/catalog')
    os.makedirs(root + '/ev')
    for v in catalog:
        open(f"{root}/Contracts/catalog/{v['version']}.yaml", 'w').write(g.catalog_yaml(v))
    for c in contracts:
        open(f"{root}/Contracts/{c['id']}.yaml", 'w').write(g.contract_yaml(c))
        if c.get('ics'):
            os.makedirs(root + '/Contracts/holidays', exist_ok=True)
            open(f"{root}/Contracts/holidays/{c['id']}.ics", 'w', newline='').write(g.ics_text(c))
    for name, text in files.items():
        open(f"{root}/ev/{name}", 'w').write(text)
    # split ticket rows over two folders (a ticket may span files)
    os.makedirs(root + '/ev2/sub')
    lines = files['tickets.csv'].rstrip('\n').split('\n')
    head, rows = lines[0], lines[1:]
    a = [x for x in rows if random.random() < 0.5]
    b = [x for x in rows if x not in a]
    open(f"{root}/ev/tickets.csv", 'w').write('\n'.join([head] + a) + '\n')
    open(f"{root}/ev2/sub/tickets.csv", 'w').write('\n'.join([head] + b) + '\n')
    explicit = random.random() < 0.5
    lt = latest(ev)
    if explicit or lt is None:
        first = ref.start_of_day('UTC', dt.date(*base, 1))
        as_of = random.randint(first, ref.start_of_day('UTC', dt.date(*ref.add_months(*base, 2), 1)))
        explicit = True
    else:
        as_of = lt
    problems = []
    for k in (-1, 0, 1):
        y, m = ref.add_months(*base, k)
        args = [COVENANT, 'statement', '--month', f"{y:04d}-{m:02d}", '--format', 'json', '--out', '-',
                '--contracts', root + '/Contracts', '--events', root + '/ev', '--events', root + '/ev2']
        if explicit:
            args += ['--as-of', ref.utc(as_of)]
        p = subprocess.run(args, capture_output=True, text=True)
        if not explicit and not covered(catalog, ev, y, m):
            if p.returncode != 65 or ('the events read cover' not in p.stderr and 'no events' not in p.stderr):
                problems.append(('uncovered-month', f"{y}-{m:02d}", p.returncode, p.stderr[:300]))
            continue
        if p.returncode != 0:
            problems.append(('exit', p.returncode, p.stderr[:2000]))
            break
        got = {s['contract']: s for s in json.loads(p.stdout)}
        for c in contracts:
            try:
                exp = ref.statement(c, catalog, ev, y, m, as_of)
            except Exception as e:  # noqa
                problems.append(('ref-error', c['id'], f"{y}-{m}", repr(e)))
                continue
            if exp is not None and not explicit:
                mstart = ref.start_of_day(c['zone'], dt.date(y, m, 1))
                if mstart > as_of:
                    exp = 'NO STATEMENT (month starts after as_of)'
            s = got.get(c['id'])
            if exp is None and s is None:
                continue
            if isinstance(exp, str):
                if s is not None:
                    problems.append(('month-after-as-of', c['id'], f"{y}-{m:02d}"))
                continue
            if exp is None or s is None:
                problems.append(('presence', c['id'], f"{y}-{m:02d}", exp is None, s is None))
                continue
            out = []
            STATS['compared'] += 1
            STATS['tickets'] += len(exp['support']['tickets'])
            diff(exp, s, '', out)
            for d in out:
                problems.append(('field', c['id'], f"{y}-{m:02d}") + d)
    if not keep and not problems:
        shutil.rmtree(root, ignore_errors=True)
    return problems


if __name__ == '__main__':
    a, b = int(sys.argv[1]), int(sys.argv[2])
    for seed in range(a, b):
        probs = run(seed)
        for p in probs:
            print(seed, *[str(x)[:300] for x in p])
        sys.stdout.flush()
    print('STATS', STATS)
