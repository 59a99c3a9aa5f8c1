"""Random Covenant projects: written as files for the engine and kept as dicts for ref.py."""
import datetime as dt
import random
from fractions import Fraction
import ref

WD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
SEVS = ['critical', 'high', 'medium', 'low']
ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/St_Johns',
         'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Europe/London']


def hm(s):
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}"


def pct(fr):
    return ref.fmt_pct(fr) + '%'


def dur(s):
    if s % 86400 == 0 and s >= 86400 and random.random() < 0.3:
        return f"{s // 86400}d"
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    out = ''
    if h:
        out += f"{h}h"
    if m:
        out += f"{m}m"
    if sec:
        out += f"{sec}s"
    return out or '0s'


def target_text(t):
    kind, n = t
    if kind == 'bd':
        return f"{n} business day{'s' if n != 1 else ''}"
    if kind == 'bh':
        return f"{n // 3600} business hours"
    return dur(n)


def target_model(t):
    kind, n = t
    if kind == 'bd':
        return ('bd', n)
    return ('s', n)


def rand_pct(choices):
    return Fraction(random.choice(choices))


class Gen:
    def __init__(self, seed):
        random.seed(seed)
        self.seed = seed

    # ------------------------------------------------------------ catalog
    def calendars(self, zone):
        cals = {
            'always': {'hours': '24x7', 'holidays': (['us-federal'] if random.random() < 0.2 else [])},
            'business': {'hours': {d: [(9 * 3600, 17 * 3600)] for d in range(5)}, 'holidays': ['us-federal']},
            'extended': {'hours': {d: [(9 * 3600, 18 * 3600)] for d in range(5)}, 'holidays': ['us-federal']},
        }
        # a custom calendar: random hours, overnight, special hours, day_length
        hours = {}
        for d in range(7):
            r = random.random()
            if r < 0.25:
                continue
            if r < 0.45:
                s = random.choice([18, 20, 22, 23]) * 3600
                e = random.choice([2, 6, 7]) * 3600
                hours[d] = [(s, e)]
            elif r < 0.6:
                hours[d] = [(8 * 3600, 12 * 3600), (13 * 3600, 17 * 3600 + 1800)]
            else:
                s = random.choice([0, 7, 8, 9]) * 3600
                e = random.choice([17, 19, 24]) * 3600
                hours[d] = [(s, e)]
        if not hours:
            hours[0] = [(9 * 3600, 17 * 3600)]
        custom = {'hours': hours, 'holidays': []}
        if random.random() < 0.6:
            custom['holidays'].append('us-federal')
        for _ in range(random.randint(0, 3)):
            custom['holidays'].append(dt.date(2026, 1, 1) + dt.timedelta(days=random.randint(0, 700)))
        special = {}
        for _ in range(random.randint(0, 3)):
            d = dt.date(2026, 1, 1) + dt.timedelta(days=random.randint(0, 700))
            special[d] = [] if random.random() < 0.4 else [(9 * 3600, 13 * 3600)]
        if random.random() < 0.5:
            # special hours on a holiday
            special[dt.date(2026, 7, 3)] = [(10 * 3600, 14 * 3600)]
        custom['special'] = special
        if random.random() < 0.5:
            custom['day_length'] = random.choice([6, 7, 8, 10, 12]) * 3600
        if random.random() < 0.3:
            custom['timezone'] = random.choice(ZONES)
        cals['custom'] = custom
        return cals

    def cal_yaml(self, name, c):
        out = [f"  {name}:"]
        if 'timezone' in c:
            out.append(f"    timezone: {c['timezone']}")
        if c['hours'] == '24x7':
            out.append("    hours: 24x7")
        else:
            out.append("    hours:")
            for d in sorted(c['hours']):
                ivs = ', '.join(f"{hm(s)}-{hm(e)}" for s, e in c['hours'][d])
                out.append(f"      {WD[d]}: {ivs}")
        if c.get('holidays'):
            out.append("    holidays: [" + ', '.join(str(h) for h in c['holidays']) + "]")
        if c.get('special'):
            out.append("    special_hours:")
            for d, ivs in sorted(c['special'].items()):
                out.append(f"      {d}: " + ('closed' if not ivs else ', '.join(f"{hm(s)}-{hm(e)}" for s, e in ivs)))
        if c.get('day_length'):
            out.append(f"    day_length: {dur(c['day_length'])}")
        return out

    def tier(self, name):
        uptime = rand_pct(['99.5', '99.9', '99.95', '99', '99.8'])
        bands = []
        below = uptime
        credit = Fraction(random.choice([5, 10, 15, 25]))
        for _ in range(random.randint(1, 3)):
            bands.append({'below': below, 'credit': credit, 'actions': []})
            below -= Fraction(random.choice(['0.5', '0.25', '1', '0.05']))
            credit += Fraction(random.choice([0, 5, 10, 15, 25]))
        if random.random() < 0.3:
            bands[-1]['actions'] = ['incident review meeting']
        cap = Fraction(random.choice([10, 20, 25, 30, 50, 100]))
        t = {'list_fee': Fraction(random.choice([2500, 15000, 75000, 999, 1234])),
             'uptime': uptime, 'credits': bands, 'credit_cap': cap,
             'minimum_credit': Fraction(random.choice([0, 0, 50, 100, 375])),
             'achievement': {'response': rand_pct(['90', '95', '99', '92.5']),
                             'resolution': rand_pct(['90', '95', '99', '100'])},
             'clocks': {'response': random.choice(['always', 'extended', 'business', 'custom']),
                        'resolution': random.choice(['business', 'extended', 'custom', 'always'])},
             'support': {}}
        for sev in SEVS:
            if random.random() < 0.1:
                continue
            s = {'response': random.choice([('s', 1800), ('s', 3600), ('s', 4 * 3600), ('s', 8 * 3600),
                                            ('s', 24 * 3600), ('s', 5400)])}
            r = random.random()
            if r < 0.7:
                res_clock = s.get('clocks', {}).get('resolution', t['clocks']['resolution'])
                if res_clock == 'always':
                    s['resolution'] = random.choice([('s', 8 * 3600), ('s', 24 * 3600), ('s', 2 * 3600)])
                else:
                    s['resolution'] = random.choice([('bd', 1), ('bd', 2), ('bd', 5), ('bh', 8 * 3600),
                                                     ('s', 4 * 3600)])
            if random.random() < 0.2:
                s['clocks'] = {'response': random.choice(['always', 'custom', 'extended']),
                               'resolution': random.choice(['custom', 'extended', 'business'])}
                if 'resolution' in s and s['resolution'][0] == 'bd' and s['clocks']['resolution'] == 'always':
                    s['resolution'] = ('s', 24 * 3600)
            t['support'][sev] = s
        if t['clocks']['resolution'] == 'always':
            for s in t['support'].values():
                if 'resolution' in s and s['resolution'][0] == 'bd' and 'clocks' not in s:
                    s['resolution'] = ('s', 8 * 3600)
        return t

    def sla_yaml(self, t, indent):
        p = ' ' * indent
        out = []
        if 'uptime' in t:
            out.append(f"{p}uptime: {pct(t['uptime'])}")
        if 'credits' in t:
            out.append(f"{p}credits:")
            for b in t['credits']:
                extra = f", actions: [{', '.join(b['actions'])}]" if b.get('actions') else ''
                out.append(f"{p}  - {{below: {pct(b['below'])}, credit: {pct(b['credit'])}{extra}}}")
        if 'credit_cap' in t:
            out.append(f"{p}credit_cap: {pct(t['credit_cap'])}")
        if 'minimum_credit' in t:
            out.append(f"{p}minimum_credit: {ref.fmt_pct(t['minimum_credit'])}")
        if 'achievement' in t:
            a = t['achievement']
            out.append(f"{p}achievement: {{" + ', '.join(f"{k}: {pct(v)}" for k, v in a.items()) + "}")
        if 'clocks' in t:
            out.append(f"{p}clocks: {{" + ', '.join(f"{k}: {v}" for k, v in t['clocks'].items()) + "}")
        if 'support' in t and t['support']:
            out.append(f"{p}support:")
            for sev, s in t['support'].items():
                out.append(f"{p}  {sev}:")
                if 'response' in s:
                    out.append(f"{p}    response: {target_text(s['response'])}")
                if 'resolution' in s:
                    out.append(f"{p}    resolution: {target_text(s['resolution'])}")
                if 'clocks' in s:
                    out.append(f"{p}    clocks: {{" + ', '.join(f"{k}: {v}" for k, v in s['clocks'].items()) + "}")
        return out

    def catalog(self):
        versions = []
        n = random.choice([1, 1, 2])
        zone = random.choice(['America/Los_Angeles', 'America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'UTC'])
        for i in range(n):
            eff = dt.date(2023, 1, 1) if i == 0 else dt.date(2026, random.randint(2, 12), random.choice([1, 1, 15]))
            cals = self.calendars(zone)
            standing = []
            for _ in range(random.randint(0, 2)):
                days = {random.randint(0, 6)}
                s = random.choice([0, 1, 2, 3, 22, 23]) * 3600 + random.choice([0, 1800])
                e = random.choice([2, 4, 5, 1, 24]) * 3600
                if e == s:
                    e = (s + 7200) % 86400
                standing.append((days, s, e))
            tiers = {name: self.tier(name) for name in ['starter', 'professional', 'enterprise']}
            periods = []
            if random.random() < 0.8:
                periods.append({'name': 'Year-end', 'from': (12, 24), 'to': (1, 2), 'extend': 86400,
                                'tiers': random.sample(list(tiers), random.randint(1, 3))})
            if random.random() < 0.4:
                m = random.randint(1, 12)
                periods.append({'name': 'Other', 'from': (m, 1), 'to': (m, random.randint(1, 28)),
                                'extend': random.choice([3600, 7200, 2 * 86400]), 'tiers': list(tiers)})
            versions.append({
                'version': f"v{i + 1}", 'effective': eff, 'timezone': zone,
                'rounding': random.choice(['half-up', 'half-even', 'up', 'down']), 'currency': 'USD',
                'calendars': cals, 'holiday_periods': periods,
                'maintenance': {'standing': standing, 'per_month': random.choice([0, 1, 1, 2]),
                                'max_duration': random.choice([3600, 4 * 3600, 2 * 3600 + 1800]),
                                'notice': random.choice([86400, 7 * 86400, 3 * 86400 + 3600])},
                'tiers': tiers})
        return versions

    def catalog_yaml(self, v):
        out = [f'version: "{v["version"]}"', f"effective: {v['effective']}", "provider: P",
               f"currency: {v['currency']}",
               f"rounding: {v['rounding']}", f"timezone: {v['timezone']}", "calendars:"]
        for name, c in v['calendars'].items():
            out += self.cal_yaml(name, c)
        if v['holiday_periods']:
            out.append("holiday_periods:")
            for p in v['holiday_periods']:
                out.append(f"  - name: {p['name']}")
                out.append(f"    from: {p['from'][0]:02d}-{p['from'][1]:02d}")
                out.append(f"    to: {p['to'][0]:02d}-{p['to'][1]:02d}")
                out.append(f"    extend_response: {dur(p['extend'])}")
                out.append(f"    tiers: [{', '.join(p['tiers'])}]")
        mp = v['maintenance']
        out.append("maintenance:")
        out.append("  standing: [" + ', '.join(
            f"{','.join(WD[d] for d in sorted(days))} {hm(s)}-{hm(e)}" for days, s, e in mp['standing']) + "]")
        out += ["  extra:", f"    per_month: {mp['per_month']}", f"    max_duration: {dur(mp['max_duration'])}",
                f"    notice: {dur(mp['notice'])}"]
        out.append("tiers:")
        for name, t in v['tiers'].items():
            out.append(f"  {name}:")
            out.append(f"    name: {name.title()}")
            out.append(f"    list_fee: {ref.fmt_pct(t['list_fee'])}")
            out += self.sla_yaml(t, 4)
        return '\n'.join(out) + '\n'

    # ------------------------------------------------------------ contracts
    def contract(self, i, catalog):
        tier = random.choice(['starter', 'professional', 'enterprise'])
        zone = random.choice(ZONES + [None, None])
        r = random.random()
        if r < 0.1:
            start = dt.date(2024, 2, 29)
        elif r < 0.5:
            start = dt.date(random.choice([2025, 2026]), random.randint(1, 12), 1)
        else:
            start = dt.date(random.choice([2025, 2026]), random.randint(1, 12), random.randint(2, 28))
        signed = start - dt.timedelta(days=random.randint(0, 60))
        months = random.choice([12, 12, 18, 24, 36, 6])
        term = {'start': start, 'months': months} if random.random() < 0.7 else \
            {'start': start, 'end': ref.add_months_date(start, months) - dt.timedelta(days=random.choice([1, 1, 10]))}
        cur = random.choice(['USD', 'USD', 'USD', 'JPY', 'KWD'])
        c = {'id': f"C-{i:03d}", 'tier': tier, 'zone': zone, 'currency': cur, 'signed': signed, 'term': term,
             'region': random.choice(['us-west', 'eu', None])}
        locked = ref.term_locked(term)
        # a contract in another currency than the catalog's (USD) must give its fee
        if random.random() < 0.7 or cur != 'USD':
            c['monthly_fee'] = Fraction(random.choice({'USD': ['2500', '15000.00', '1000.01', '333.33', '12345.67',
                                                               '0.01', '75000'],
                                                       'JPY': ['2500', '333', '1', '99999', '15'],
                                                       'KWD': ['2500.005', '0.001', '333.333', '15']}[cur]))
        tend = ref.term_end(term)
        # fee changes and amendments, at month starts, distinct months
        used = set()
        fees = []
        amendments = []
        for _ in range(random.randint(0, 2)):
            d = ref.add_months_date(dt.date(start.year, start.month, 1), random.randint(1, max(1, months - 1)))
            if d > tend or (d.year, d.month) in used:
                continue
            used.add((d.year, d.month))
            if random.random() < 0.5:
                fees.append({'from': (d.year, d.month), 'monthly_fee': Fraction(random.choice(['2600', '16001']))})
            else:
                a = {'effective': d}
                if random.random() < 0.6:
                    a['monthly_fee'] = Fraction(random.choice(['2700', '17001', '100']))
                if not locked and random.random() < 0.7:
                    a['overrides'] = {'uptime': rand_pct(['99.9', '99.5', '99.95']),
                                      'credits': [{'below': Fraction('99.99'), 'credit': Fraction(30), 'actions': []}]}
                    if random.random() < 0.5:
                        a['overrides']['support'] = {random.choice(SEVS): {'response': ('s', 7200),
                                                     'clocks': {'response': random.choice(['always', 'custom'])}}}
                    if random.random() < 0.4:
                        a['overrides']['achievement'] = {'response': Fraction(80)}
                    if random.random() < 0.4:
                        a['overrides']['clocks'] = {'resolution': random.choice(['custom', 'extended'])}
                if len(a) > 1:
                    amendments.append(a)
        c['fees'] = fees
        c['amendments'] = amendments
        if random.random() < 0.4:
            over = {}
            if random.random() < 0.5:
                over['uptime'] = rand_pct(['99.9', '99.95', '99.5'])
            if random.random() < 0.4:
                over['credits'] = [{'below': Fraction('99.95'), 'credit': Fraction(15), 'actions': []},
                                   {'below': Fraction('99.5'), 'credit': Fraction(60), 'actions': []}]
            if random.random() < 0.3:
                over['credit_cap'] = Fraction(random.choice([20, 40]))
            if random.random() < 0.3:
                over['minimum_credit'] = Fraction(random.choice([10, 500]))
            if random.random() < 0.4:
                over['support'] = {'critical': {'response': ('s', 1800)}}
            c['overrides'] = over
        if random.random() < 0.3:
            rstart = tend + dt.timedelta(days=1)
            c['renewal'] = {'term': {'start': rstart, 'months': random.choice([12, 24])}}
            if random.random() < 0.5:
                c['renewal']['overrides'] = {'uptime': Fraction('99.9')}
        if random.random() < 0.2:
            last = ref.last_day(c)
            span = (last - start).days
            c['ended'] = start + dt.timedelta(days=random.randint(0, span))
        c['contacts'] = random.sample([('escalation', 'ops@x.example'), ('billing', 'ap@x.example'),
                                       ('account', 'Jane Doe <jane@x.example>')], random.randint(0, 2))
        # the zone
        if c['zone'] is None:
            v = ref.version_on(catalog, signed if locked else start)
            c['zone_written'] = False
            c['zone'] = v['timezone']
        else:
            c['zone_written'] = True
        # the contract's own calendar (holidays from an iCalendar file) and standing-window zone
        if random.random() < 0.35:
            own, events = self.own_calendar()
            c['calendars'] = {'own': own}
            c['ics'] = events
            over = c.setdefault('overrides', {})
            over['clocks'] = {'response': 'own', 'resolution': random.choice(['own', 'business'])}
        if random.random() < 0.3:
            c['maintenance_timezone'] = random.choice(ZONES)
        return c

    def own_calendar(self):
        """A contract calendar: weekly hours (overnight too), holidays from an iCalendar
        file of one- and multi-day events, sometimes US federal holidays, a zone, a day length."""
        hours = {}
        for d in range(7):
            r = random.random()
            if r < 0.3:
                continue
            if r < 0.45:
                hours[d] = [(22 * 3600, 6 * 3600)]
            else:
                hours[d] = [(random.choice([7, 8, 9]) * 3600, random.choice([16, 18, 24]) * 3600)]
        if not hours:
            hours[2] = [(9 * 3600, 17 * 3600)]
        spec = {'hours': hours, 'holidays': []}
        if random.random() < 0.4:
            spec['holidays'].append('us-federal')
        events = []
        for _ in range(random.randint(1, 4)):
            d = dt.date(2025, 6, 1) + dt.timedelta(days=random.randint(0, 900))
            n = random.choice([1, 1, 2, 3, 9])
            events.append((d, n, f"Holiday number {len(events) + 1}, closed"))
            spec['holidays'] += [d + dt.timedelta(days=k) for k in range(n)]
        if random.random() < 0.3:
            spec['timezone'] = random.choice(ZONES)
        if random.random() < 0.3:
            spec['day_length'] = random.choice([6, 8]) * 3600
        return spec, events

    def ics_text(self, c):
        """The contract's holiday file: CRLF line ends, folded lines, DTEND, DURATION or neither."""
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//spec-audit//EN"]
        for i, (d, n, name) in enumerate(c['ics']):
            lines += ["BEGIN:VEVENT", f"UID:{c['id']}-{i}", f"DTSTART;VALUE=DATE:{d:%Y%m%d}"]
            form = random.choice(['end', 'duration'] + (['none'] if n == 1 else []))
            if form == 'end':
                lines.append(f"DTEND;VALUE=DATE:{d + dt.timedelta(days=n):%Y%m%d}")
            elif form == 'duration':
                lines.append(f"DURATION:P{n}D")
            summary = f"SUMMARY:{name.replace(',', chr(92) + ',')}"
            lines += [summary[:12], " " + summary[12:], "END:VEVENT"]
        lines.append("END:VCALENDAR")
        return "\r\n".join(lines) + "\r\n"

    def contract_yaml(self, c):
        out = [f"contract: {c['id']}", "customer: X", f"tier: {c['tier']}"]
        if c['currency'] != 'USD':
            out.append(f"currency: {c['currency']}")
        if c.get('region'):
            out.append(f"region: {c['region']}")
        if c['zone_written']:
            out.append(f"timezone: {c['zone']}")
        out.append(f"signed: {c['signed']}")
        out.append("term:")
        out.append(f"  start: {c['term']['start']}")
        if 'months' in c['term']:
            out.append(f"  months: {c['term']['months']}")
        else:
            out.append(f"  end: {c['term']['end']}")
        if 'monthly_fee' in c:
            out.append(f"monthly_fee: {money(c['monthly_fee'])}")
        if c['fees']:
            out.append("fees:")
            for f in c['fees']:
                month = f"{f['from'][0]:04d}-{f['from'][1]:02d}"
                out.append(f"  - {{from: {month}, monthly_fee: {money(f['monthly_fee'])}}}")
        if c.get('overrides'):
            out.append("overrides:")
            out += self.sla_yaml(c['overrides'], 2)
        if c['amendments']:
            out.append("amendments:")
            for a in c['amendments']:
                out.append(f"  - effective: {a['effective']}")
                if 'monthly_fee' in a:
                    out.append(f"    monthly_fee: {money(a['monthly_fee'])}")
                if a.get('overrides'):
                    out.append("    overrides:")
                    out += self.sla_yaml(a['overrides'], 6)
        if c.get('renewal'):
            r = c['renewal']
            out.append("renewal:")
            out.append(f"  start: {r['term']['start']}")
            out.append(f"  months: {r['term']['months']}")
            if r.get('overrides'):
                out.append("  overrides:")
                out += self.sla_yaml(r['overrides'], 4)
        if c.get('ended'):
            out.append(f"ended: {c['ended']}")
        if c.get('calendars'):
            out.append("calendars:")
            for name, spec in c['calendars'].items():
                written = dict(spec)
                written['holidays'] = [h for h in spec['holidays'] if h == 'us-federal']
                written['holidays'].append(f"holidays/{c['id']}.ics")
                out += self.cal_yaml(name, written)
        if c.get('maintenance_timezone'):
            out.append(f"maintenance_timezone: {c['maintenance_timezone']}")
        if c.get('contacts'):
            out.append("contacts:")
            for role, address in c['contacts']:
                out.append(f"  {role}: {address}")
        return '\n'.join(out) + '\n'


def money(fr):
    s = ref.fmt_pct(fr)
    if '.' in s:
        a, b = s.split('.')
        return a + '.' + b.ljust(2, '0')
    return s


def model_tier_targets(t):
    """Convert generator targets into ref's ('s'|'bd', n)."""
    sup = {}
    for sev, s in t.get('support', {}).items():
        x = {}
        for k in ('response', 'resolution'):
            if k in s:
                x[k] = target_model(s[k])
        if 'clocks' in s:
            x['clocks'] = dict(s['clocks'])
        sup[sev] = x
    return sup
