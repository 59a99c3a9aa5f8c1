"""An independent reading of the Covenant spec (RULES.md, CATALOG.md, CONTRACT.md,
EVENTS.md, CLI.md) for statements, written from the spec text only."""
import datetime as dt
from fractions import Fraction
from zoneinfo import ZoneInfo
from functools import lru_cache

EPOCH = dt.date(1970, 1, 1)


def dnum(d):
    return (d - EPOCH).days


def ddate(n):
    return EPOCH + dt.timedelta(days=n)


# ---------------------------------------------------------------- zones
@lru_cache(maxsize=None)
def zone(name):
    return ZoneInfo(name)


@lru_cache(maxsize=None)
def offset_at(zname, t):
    z = zone(zname)
    return int(dt.datetime.fromtimestamp(t, dt.timezone.utc).astimezone(z).utcoffset().total_seconds())


def local(zname, t):
    return t + offset_at(zname, t)


def local_date(zname, t):
    return ddate(local(zname, t) // 86400)


@lru_cache(maxsize=None)
def instant(zname, L):
    """Local seconds -> instant: gap -> transition, repeated -> first occurrence."""
    offs = {offset_at(zname, L + k * 6 * 3600) for k in range(-8, 9)}
    cands = [L - o for o in offs if local(zname, L - o) == L]
    if cands:
        return min(cands)
    lo, hi = L - max(offs), L - min(offs)
    while lo < hi:
        mid = (lo + hi) // 2
        if local(zname, mid) >= L:
            hi = mid
        else:
            lo = mid + 1
    return lo


def resolve_strict(zname, L):
    """For local instants in event files: None when gap or ambiguous."""
    offs = {offset_at(zname, L + k * 6 * 3600) for k in range(-8, 9)}
    cands = sorted({L - o for o in offs if local(zname, L - o) == L})
    return cands[0] if len(cands) == 1 else None


def start_of_day(zname, d):
    return instant(zname, dnum(d) * 86400)


# ---------------------------------------------------------------- intervals
def union(ranges):
    rs = sorted((a, b) for a, b in ranges if a < b)
    out = []
    for a, b in rs:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def inter(xs, ys):
    out = []
    for a, b in xs:
        for c, d in ys:
            lo, hi = max(a, c), min(b, d)
            if lo < hi:
                out.append((lo, hi))
    return union(out)


def minus(xs, ys):
    out = []
    for a, b in xs:
        pieces = [(a, b)]
        for c, d in ys:
            nxt = []
            for p, q in pieces:
                if d <= p or c >= q:
                    nxt.append((p, q))
                else:
                    if p < c:
                        nxt.append((p, c))
                    if d < q:
                        nxt.append((d, q))
            pieces = nxt
        out += pieces
    return union(out)


def measure(xs):
    return sum(b - a for a, b in xs)


# ---------------------------------------------------------------- months
def add_months(y, m, k):
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def days_in_month(y, m):
    ny, nm = add_months(y, m, 1)
    return (dt.date(ny, nm, 1) - dt.date(y, m, 1)).days


def month_days(y, m):
    return [dt.date(y, m, d) for d in range(1, days_in_month(y, m) + 1)]


def add_months_date(d, k):
    y, m = add_months(d.year, d.month, k)
    return dt.date(y, m, min(d.day, days_in_month(y, m)))


# ---------------------------------------------------------------- holidays
def nth_weekday(y, m, wd, n):  # wd: 0=Mon
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(wd - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def last_weekday(y, m, wd):
    d = dt.date(y, m, days_in_month(y, m))
    return d - dt.timedelta(days=(d.weekday() - wd) % 7)


@lru_cache(maxsize=None)
def us_federal(y):
    own = [dt.date(y, 1, 1), nth_weekday(y, 1, 0, 3), nth_weekday(y, 2, 0, 3), last_weekday(y, 5, 0),
           dt.date(y, 7, 4), nth_weekday(y, 9, 0, 1), nth_weekday(y, 10, 0, 2), dt.date(y, 11, 11),
           nth_weekday(y, 11, 3, 4), dt.date(y, 12, 25)]
    if y >= 2021:
        own.append(dt.date(y, 6, 19))
    closed = set()
    for d in own:
        closed.add(d)
        if d.weekday() == 5:
            closed.add(d - dt.timedelta(days=1))
        elif d.weekday() == 6:
            closed.add(d + dt.timedelta(days=1))
    return closed


# ---------------------------------------------------------------- calendars
class Calendar:
    """hours: '24x7' or {weekday(0=Mon): [(start_s, end_s)]}; holidays: ['us-federal', date];
    special: {date: [] or [(s, e)]}; day_length: seconds or None."""

    def __init__(self, spec, catalog_zone):
        self.zone = spec.get('timezone', catalog_zone)
        self.hours = spec['hours']
        self.holidays = spec.get('holidays', [])
        self.special = spec.get('special', {})
        self.day_length_given = spec.get('day_length')
        self.cache = {}

    def wall(self):
        return self.hours == '24x7' and not self.holidays and not self.special

    def day_length(self):
        if self.day_length_given:
            return self.day_length_given
        if self.hours == '24x7':
            return 86400
        for wd in range(7):
            ivs = self.hours.get(wd)
            if ivs:
                return measure(union([(s, e + (86400 if e <= s else 0)) for s, e in ivs]))
        return 0

    def closed(self, d):
        for h in self.holidays:
            if h == 'us-federal':
                if d in us_federal(d.year) or d in us_federal(d.year + 1) or d in us_federal(d.year - 1):
                    return True
            elif h == d:
                return True
        return False

    def day_ranges(self, d):
        if d in self.cache:
            return self.cache[d]
        if d in self.special:
            ivs = self.special[d]
        elif self.closed(d):
            ivs = []
        elif self.hours == '24x7':
            ivs = [(0, 86400)]
        else:
            ivs = self.hours.get(d.weekday(), [])
        base = dnum(d) * 86400
        out = []
        for s, e in ivs:
            ls = base + s
            le = base + e + (86400 if e <= s else 0)
            out.append((instant(self.zone, ls), instant(self.zone, le)))
        self.cache[d] = out
        return out

    def open_between(self, a, b):
        d0 = local_date(self.zone, a) - dt.timedelta(days=2)
        d1 = local_date(self.zone, b) + dt.timedelta(days=1)
        rs = []
        d = d0
        while d <= d1:
            rs += self.day_ranges(d)
            d += dt.timedelta(days=1)
        return inter(union(rs), [(a, b)])

    def working(self, a, b, pauses=()):
        if b <= a:
            return 0
        if self.wall():
            opn = [(a, b)]
        else:
            opn = self.open_between(a, b)
        if pauses:
            opn = minus(opn, union(pauses))
        return measure(opn)

    def deadline(self, start, target, pauses=()):
        """Earliest t >= start with working(start, t, pauses) == target."""
        if target <= 0:
            return start
        span = 40 * 86400
        while span < 3000 * 86400:
            end = start + span
            opn = [(start, end)] if self.wall() else self.open_between(start, end)
            if pauses:
                opn = minus(opn, union(pauses))
            acc = 0
            for a, b in opn:
                if acc + (b - a) >= target:
                    return a + (target - acc)
                acc += b - a
            span *= 4
        return None


# ---------------------------------------------------------------- terms
def version_on(catalog, d):
    vs = [v for v in catalog if v['effective'] <= d]
    return max(vs, key=lambda v: v['effective']) if vs else None


def term_end(term):
    if 'end' in term:
        return term['end']
    return add_months_date(term['start'], term['months']) - dt.timedelta(days=1)


def term_locked(term):
    return term_end(term) + dt.timedelta(days=1) >= add_months_date(term['start'], 24)


def anniversary(start, d):
    if d <= start:
        return start

    def on(y):
        return dt.date(y, start.month, min(start.day, days_in_month(y, start.month)))
    c = on(d.year)
    return c if c <= d else max(start, on(d.year - 1))


def last_day(c):
    natural = term_end(c['renewal']['term']) if c.get('renewal') else term_end(c['term'])
    return min(c['ended'], natural) if c.get('ended') else natural


def in_service(c, d):
    if d < c['term']['start'] or d > last_day(c):
        return False
    if d <= term_end(c['term']):
        return True
    if c.get('renewal') and d >= c['renewal']['term']['start']:
        return True
    return False


def merge_over(base, patch):
    out = dict(base)
    for k, v in patch.items():
        if k == 'support':
            sup = {s: dict(t) for s, t in out.get('support', {}).items()}
            for sev, fields in v.items():
                cur = sup.get(sev, {})
                cur = dict(cur)
                for fk, fv in fields.items():
                    if fk == 'clocks':
                        cl = dict(cur.get('clocks', {}))
                        cl.update(fv)
                        cur['clocks'] = cl
                    else:
                        cur[fk] = fv
                sup[sev] = cur
            out['support'] = sup
        elif k in ('achievement', 'clocks'):
            x = dict(out.get(k, {}))
            x.update(v)
            out[k] = x
        else:
            out[k] = v
    return out


def terms_on(c, catalog, d):
    ren = c.get('renewal')
    if ren and d >= ren['term']['start']:
        vdate = ren['term']['start']
        locked = term_locked(ren['term'])
        in_ren = True
    elif term_locked(c['term']):
        vdate, locked, in_ren = c['signed'], True, False
    else:
        vdate, locked, in_ren = anniversary(c['term']['start'], d), False, False
    v = version_on(catalog, vdate)
    tier = v['tiers'][c['tier']]
    over = dict(c.get('overrides', {}))
    fees = []
    if c.get('monthly_fee') is not None:
        fees.append((c['term']['start'], 0, c['monthly_fee']))
    for a in sorted(c.get('amendments', []), key=lambda a: a['effective']):
        if a['effective'] <= d:
            over = merge_over(over, a.get('overrides', {}))
            if a.get('monthly_fee') is not None:
                fees.append((a['effective'], 1, a['monthly_fee']))
    for f in c.get('fees', []):
        fd = dt.date(f['from'][0], f['from'][1], 1)
        if fd <= d:
            fees.append((fd, 1, f['monthly_fee']))
    if ren and in_ren:
        over = merge_over(over, ren.get('overrides', {}))
        if ren.get('monthly_fee') is not None:
            fees.append((ren['term']['start'], 2, ren['monthly_fee']))
    if fees:
        fee = max(fees, key=lambda x: (x[0], x[1]))[2]
    else:
        fee = tier['list_fee']
    sla = merge_over(tier, over)
    return dict(version=v, sla=sla, locked=locked, fee=fee)


# ---------------------------------------------------------------- money
def round_rule(q, rule):
    """q: Fraction >= 0 -> integer."""
    n, d = q.numerator, q.denominator
    fl = n // d
    rem = q - fl
    if rem == 0:
        return fl
    if rule == 'down':
        return fl
    if rule == 'up':
        return fl + 1
    if rule == 'half-up':
        return fl + 1 if rem >= Fraction(1, 2) else fl
    if rule == 'half-even':
        if rem > Fraction(1, 2):
            return fl + 1
        if rem < Fraction(1, 2):
            return fl
        return fl + (fl % 2)
    raise ValueError(rule)


MINOR = {'USD': 2, 'EUR': 2, 'JPY': 0, 'KWD': 3, 'BHD': 3, 'GBP': 2, 'AUD': 2}


def fmt_money(units, digits):
    s = str(abs(units)).rjust(digits + 1, '0')
    body = s if digits == 0 else s[:-digits] + '.' + s[-digits:]
    return ('-' if units < 0 else '') + body


def fmt_pct(fr):
    """Exact percentage (Fraction) with trailing zeros trimmed."""
    fr = Fraction(fr)
    if fr.denominator == 1:
        return str(fr.numerator)
    # terminating decimal assumed
    for k in range(1, 20):
        v = fr * 10 ** k
        if v.denominator == 1:
            s = str(abs(v.numerator)).rjust(k + 1, '0')
            return ('-' if fr < 0 else '') + s[:-k] + '.' + s[-k:]
    raise ValueError(fr)


def cut(fr, digits):
    """Cut toward zero to digits fraction digits."""
    v = fr * 10 ** digits
    n = abs(v.numerator) // v.denominator
    s = str(n).rjust(digits + 1, '0')
    neg = fr < 0 and n != 0
    body = s if digits == 0 else s[:-digits] + '.' + s[-digits:]
    return ('-' if neg else '') + body


def charge_units(fee, days, dim, rule, digits):
    return round_rule(Fraction(fee) * 10 ** digits * days / dim, rule)


# ---------------------------------------------------------------- statements
def applies(scope, c):
    if scope == 'all':
        return True
    if 'region' in scope:
        return c.get('region') == scope['region']
    return c['id'] in scope['contracts']


def service_ranges(c, y, m):
    out = []
    days = []
    for d in month_days(y, m):
        if in_service(c, d):
            days.append(d)
            out.append((start_of_day(c['zone'], d), start_of_day(c['zone'], d + dt.timedelta(days=1))))
    return union(out), days


def standing_occ(windows, zname, a, b):
    out = []
    d = local_date(zname, a) - dt.timedelta(days=1)
    last = local_date(zname, b - 1)
    while d <= last:
        for wdays, s, e in windows:
            if d.weekday() in wdays:
                base = dnum(d) * 86400
                st = instant(zname, base + s)
                en = instant(zname, base + e + (86400 if e <= s else 0))
                if st < en:
                    out.append((st, en))
        d += dt.timedelta(days=1)
    return union(out)


def classify(c, catalog, maint, as_of):
    evs = [(e['start'], i, e) for i, e in enumerate(maint) if applies(e['scope'], c) and e['start'] <= as_of]
    evs.sort(key=lambda x: (x[0], x[1]))
    granted = {}
    result = []
    for _, _, e in evs:
        sd = local_date(c['zone'], e['start'])
        gm = (sd.year, sd.month)
        sdays = [d for d in month_days(*gm) if in_service(c, d)]
        if not sdays:
            # the month of the event's first day of service
            ed = local_date(c['zone'], e['end'] - 1)
            d = sd
            first = None
            while d <= ed:
                if in_service(c, d):
                    first = d
                    break
                d += dt.timedelta(days=1)
            if first is None:
                first_any = c['term']['start']
                t = terms_on(c, catalog, first_any) if in_service(c, first_any) else None
            else:
                t = terms_on(c, catalog, [d for d in month_days(first.year, first.month) if in_service(c, d)][0])
        else:
            t = terms_on(c, catalog, sdays[0])
        if t is None:
            continue
        pol = t['version']['maintenance']
        # standing windows in the contract's maintenance_timezone, else the catalog's zone
        wz = c.get('maintenance_timezone') or t['version']['timezone']
        whole = [(e['start'], e['end'])]
        st = inter(whole, standing_occ(pol['standing'], wz, e['start'], e['end']))
        rest = minus(whole, st)
        svc_touch = False
        d = sd
        while d <= local_date(c['zone'], e['end'] - 1):
            if in_service(c, d):
                svc_touch = True
            d += dt.timedelta(days=1)
        if not rest:
            outcome = ('standing', [])
        else:
            reasons = []
            if e['start'] - e['announced'] < pol['notice']:
                reasons.append('late notice')
            if measure(rest) > pol['max_duration']:
                reasons.append('too long')
            if granted.get(gm, 0) >= pol['per_month']:
                reasons.append('over the monthly allowance')
            if not reasons:
                outcome = ('extra', [])
                if svc_touch:
                    granted[gm] = granted.get(gm, 0) + 1
            else:
                outcome = ('down', reasons)
        excl = union(st + rest) if outcome[0] == 'extra' else st
        down = rest if outcome[0] == 'down' else []
        parts = ['standing window'] if st else []
        if outcome[0] == 'extra':
            parts.append('extra window')
        elif outcome[0] == 'down':
            parts.append(', '.join(outcome[1]))
        result.append(dict(event=e, excluded=excl, down=down, reason='; '.join(parts)))
    return result


def ticket_clocks(tk, as_of):
    evs = [e for e in tk['events'] if e['at'] <= as_of]
    sev = tk['events'][0]['severity']
    resp_stop = None
    resp_sev = None
    runs = []
    running = tk['opened']
    res_sev = sev
    pauses = []
    pstart = None
    excl = None
    for e in evs[1:]:
        k = e['event']
        if k == 'severity':
            sev = e['severity']
        elif k in ('replied', 'awaiting_customer', 'resolved'):
            if resp_stop is None:
                resp_stop, resp_sev = e['at'], sev
            if k == 'awaiting_customer' and pstart is None:
                pstart = e['at']
            if k == 'resolved':
                if running is not None:
                    runs.append((running, e['at']))
                    running = None
                    res_sev = sev
                if pstart is not None:
                    pauses.append((pstart, e['at']))
                    pstart = None
        elif k == 'customer_replied':
            if pstart is not None:
                pauses.append((pstart, e['at']))
                pstart = None
        elif k == 'reopened':
            if running is None:
                running = e['at']
        elif k == 'excluded':
            if excl is None:
                excl = e['note']
    if pstart is not None:
        pauses.append((pstart, max(pstart, as_of)))
    if running is not None:
        runs.append((running, max(running, as_of)))
        res_sev = sev
    return dict(resp_stop=resp_stop, resp_sev=resp_sev or sev, runs=runs, resolved=running is None,
                res_sev=res_sev, pauses=pauses, excl=excl)


def target_seconds(tgt, cal):
    if tgt is None:
        return None
    kind, n = tgt
    if kind == 'bd':
        return n * cal.day_length()
    return n


def holiday_ext(version, tier, opened):
    z = version['timezone']
    d = local_date(z, opened)
    md = d.month * 100 + d.day
    best = 0
    for p in version.get('holiday_periods', []):
        if tier not in p['tiers']:
            continue
        s = p['from'][0] * 100 + p['from'][1]
        e = p['to'][0] * 100 + p['to'][1]
        inside = (s <= md <= e) if s <= e else (md >= s or md <= e)
        if inside:
            best = max(best, p['extend'])
    return best


def utc(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def measure_ticket(tk, t, c, as_of, cals):
    sla = t['sla']
    ck = ticket_clocks(tk, as_of)

    def clock_of(sev, which):
        s = sla['support'].get(sev, {})
        name = s.get('clocks', {}).get(which) or sla['clocks'][which]
        return name, s.get(which)

    # response
    rs = ck['resp_sev']
    name, tgt = clock_of(rs, 'response')
    cal = cals[name]
    running = ck['resp_stop'] is None
    el = cal.working(tk['opened'], ck['resp_stop'] if not running else as_of)
    ts = target_seconds(tgt, cal)
    dl = None
    status = 'none'
    if ts is not None:
        base = cal.deadline(tk['opened'], ts)
        ext = holiday_ext(t['version'], c['tier'], tk['opened'])
        dl = base + ext
        allowed = cal.working(tk['opened'], dl) if ext else ts
        if el > allowed:
            status = 'missed'
        else:
            status = 'pending' if running else 'met'
    resp = dict(clock=name, elapsed_seconds=el, target_seconds=ts, deadline=utc(dl) if dl is not None else None,
                status=status)
    # resolution
    rs2 = ck['res_sev']
    name2, tgt2 = clock_of(rs2, 'resolution')
    cal2 = cals[name2]
    total = 0
    el2 = 0
    for a, b in ck['runs']:
        total += cal2.working(a, b)
        el2 += cal2.working(a, b, ck['pauses'])
    ts2 = target_seconds(tgt2, cal2)
    dl2 = None
    st2 = 'none'
    running2 = not ck['resolved']
    if ts2 is not None:
        end = ck['runs'][-1][1] if ck['runs'] else tk['opened']
        stops = []
        for (a, b), (c2, d2) in zip(ck['runs'], ck['runs'][1:]):
            if b < c2:
                stops.append((b, c2))
        for p, q in ck['pauses']:
            if p < end:
                stops.append((p, min(q, end)))
        dl2 = cal2.deadline(tk['opened'], ts2, stops)
        if el2 > ts2:
            st2 = 'missed'
        else:
            st2 = 'pending' if running2 else 'met'
    res = dict(clock=name2, elapsed_seconds=el2, paused_seconds=total - el2, target_seconds=ts2,
               deadline=utc(dl2) if dl2 is not None else None, status=st2)
    return dict(id=tk['id'], severity=rs2, excluded=ck['excl'], response=resp, resolution=res), tk['opened']


def attainment(statuses, target):
    met = statuses.count('met')
    missed = statuses.count('missed')
    pending = statuses.count('pending')
    n = met + missed
    return dict(met=met, missed=missed, pending=pending,
                attainment=cut(Fraction(met * 100, n), 1) if n else None,
                target=fmt_pct(target),
                achieved=(Fraction(met * 100, n) >= target) if n else None)


def statement(c, catalog, ev, y, m, as_of, money_only=False):
    """The statement of contract c for month y-m; with money_only, just the
    credit's application (for the next month's invoice)."""
    svc, days = service_ranges(c, y, m)
    if not days:
        return None
    t = terms_on(c, catalog, days[0])
    v = t['version']
    sla = t['sla']
    digits = MINOR[c['currency']]
    rule = v['rounding']
    dim = days_in_month(y, m)
    charge = charge_units(t['fee'], len(days), dim, rule, digits)
    mstart = start_of_day(c['zone'], dt.date(y, m, 1))
    ny, nm = add_months(y, m, 1)
    mend = start_of_day(c['zone'], dt.date(ny, nm, 1))
    cls = classify(c, catalog, ev['maintenance'], as_of)
    excluded = []
    for x in cls:
        excluded += x['excluded']
    excluded = inter(union(excluded), svc)
    counting = []
    inc_entries = []
    for inc in ev['incidents']:
        if not applies(inc['scope'], c) or inc['start'] > as_of:
            continue
        end = inc['end'] if inc['end'] is not None else max(mend, inc['start'])
        part = inter([(inc['start'], end)], svc)
        if not part:
            continue
        counts = inc['cause'] == 'platform' and inc.get('counts', True)
        cnt = 0
        if counts:
            counting += part
            cnt = measure(minus(part, excluded))
        inc_entries.append(dict(id=inc['id'], severity=inc.get('severity'), counted_seconds=cnt, cause=inc['cause'],
                                root_cause=inc.get('root_cause'), fix=inc.get('fix')))
    m_entries = []
    for x in cls:
        e = x['event']
        if not inter([(e['start'], e['end'])], svc):
            continue
        down = minus(inter(x['down'], svc), excluded)
        counting += down
        m_entries.append(dict(id=e['id'], excluded_seconds=measure(inter(x['excluded'], svc)),
                              downtime_seconds=measure(down), reason=x['reason']))
    downtime = measure(minus(inter(union(counting), svc), excluded))
    period = measure(svc)
    exc = measure(excluded)
    elig = period - exc
    if elig > 0:
        up = Fraction(elig - downtime, elig)
    else:
        up = Fraction(1)
    target = sla['uptime']
    met = up * 100 >= target
    band = None
    for b in sla.get('credits', []):
        if up * 100 < b['below'] and (band is None or b['below'] < band['below']):
            band = b
    bc = band['credit'] if band else Fraction(0)
    cap = sla.get('credit_cap', Fraction(100))
    capped = cap < bc
    pct = cap if capped else bc
    computed = round_rule(Fraction(charge) * pct / 100, rule)
    minimum = sla.get('minimum_credit', Fraction(0))
    amount = computed
    if computed > 0 and Fraction(computed, 10 ** digits) < minimum:
        amount = 0
    # next month
    nsvc, ndays = service_ranges(c, ny, nm)
    applied = 0
    applied_to = None
    if ndays and amount > 0:
        nt = terms_on(c, catalog, ndays[0])
        ncharge = charge_units(nt['fee'], len(ndays), days_in_month(ny, nm), nt['version']['rounding'], digits)
        applied = min(amount, ncharge)
        applied_to = f"{ny:04d}-{nm:02d}" if applied > 0 else None
    forfeited = amount - applied
    if money_only:
        return {'applied': applied, 'applied_to': applied_to}
    # invoice: the charge less what the previous month's credit applies to it (RULES.md §5)
    py, pm = add_months(y, m, -1)
    prev = statement(c, catalog, ev, py, pm, as_of, money_only=True)
    taken = prev['applied'] if prev and prev['applied_to'] == f"{y:04d}-{m:02d}" else 0
    invoice = {'credit_from': f"{py:04d}-{pm:02d}" if taken > 0 else None,
               'credit_applied': fmt_money(taken, digits), 'net': fmt_money(charge - taken, digits)}
    # support
    cals = {name: Calendar(spec, v['timezone']) for name, spec in v['calendars'].items()}
    # a contract's own calendars, in the contract's zone unless they name one
    for name, spec in c.get('calendars', {}).items():
        cals[name] = Calendar(spec, c['zone'])
    tickets = []
    for tk in ev['tickets']:
        if tk['contract'] != c['id']:
            continue
        if not (mstart <= tk['opened'] < mend) or tk['opened'] > as_of:
            continue
        if not inter([(tk['opened'], tk['opened'] + 1)], svc):
            continue
        tickets.append(measure_ticket(tk, t, c, as_of, cals))
    tickets.sort(key=lambda x: (x[1], x[0]['id']))
    tickets = [x[0] for x in tickets]
    counted = [x for x in tickets if x['excluded'] is None]
    ach = sla.get('achievement', {})
    support = dict(
        response=attainment([x['response']['status'] for x in counted], ach.get('response', Fraction(100))),
        resolution=attainment([x['resolution']['status'] for x in counted], ach.get('resolution', Fraction(100))),
        tickets=tickets)
    # surveys
    cs, ns, es = [], [], []
    for s in ev['surveys']:
        if s['contract'] == c['id'] and mstart <= s['at'] < mend:
            {'csat': cs, 'nps': ns, 'ces': es}[s['kind']].append(s['score'])
    surveys = dict(
        csat=cut(Fraction(sum(cs), len(cs)), 1) if cs else None, csat_count=len(cs),
        nps=cut(Fraction(100 * (sum(x >= 9 for x in ns) - sum(x <= 6 for x in ns)), len(ns)), 1) if ns else None,
        nps_count=len(ns),
        ces=cut(Fraction(sum(es), len(es)), 1) if es else None, ces_count=len(es))
    return {
        'schema': 'covenant.statement/2',
        'contract': c['id'], 'tier': c['tier'], 'month': f"{y:04d}-{m:02d}", 'timezone': c['zone'],
        'currency': c['currency'],
        'contacts': [dict(role=r, address=a) for r, a in c.get('contacts', [])],
        'skipped_rows': [],
        'terms': {'catalog_version': v['version'], 'locked': t['locked'], 'uptime_target': fmt_pct(target)},
        'charge': fmt_money(charge, digits),
        'invoice': invoice,
        'availability': {
            'period_seconds': period, 'excluded_seconds': exc, 'eligible_seconds': elig,
            'downtime_seconds': downtime,
            'uptime_exact': f"{elig - downtime}/{elig}",
            'uptime_percent': cut(up * 100, 4), 'met': met,
            'incidents': inc_entries, 'maintenance': m_entries},
        'credit': {'band_below': fmt_pct(band['below']) if band else None, 'percent': fmt_pct(pct),
                   'amount': fmt_money(amount, digits), 'capped': capped, 'applied_to': applied_to,
                   'applied': fmt_money(applied, digits), 'forfeited': fmt_money(forfeited, digits),
                   'actions': band.get('actions', []) if band else []},
        'support': support,
        'surveys': surveys,
    }
