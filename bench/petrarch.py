#!/usr/bin/env python3
"""Events of PETRARCH2's coded validation sentences (docs/events.md).

    python3 bench/petrarch.py BIN [SHARED_DATA_DIR] [--all-events] [--show]

PETRARCH2's unit-test records (../shared/data/petrarch2_validation,
MIT) are single sentences written to exercise an event coder, each with
the events it should code (source, target and an event code) or none.
Each record is converted as one article (JSON Lines, its date as the
publication date) with the default options (or --all-events), and
printed: the share of records expecting an event that get one, the share
of records expecting none that get none, and of the records with an
event, the share where one of ours has the CAMEO root of one of the
expected codes.

The expected codes are mostly WEIS, not CAMEO (the data's README: the
validation verb dictionary began as a KEDS dictionary); their root is
mapped to the CAMEO root of the same kind of act with the crosswalk
below (our reading of the two codebooks, WEIS 1993 and CAMEO 1.1b3).
Codes whose root is no WEIS root (80, 90, 91, 34: codes of the test
suite itself) count as having no CAMEO root. A class of ours without a
CAMEO root (schemas/newsgraph.ttl ng:cameo) never matches. The records
are a test set: report, never tune.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = {a.partition('=')[0]: a.partition('=')[2] or True for a in sys.argv[1:] if a.startswith('--')}
BIN = args[0] if args else os.path.join(HERE, '..', 'build', 'newsgraph')
DATA = args[1] if len(args) > 1 else os.path.join(HERE, '..', '..', 'shared', 'data')
RECORDS = os.path.join(DATA, 'petrarch2_validation', 'PETR.UnitTest.records.xml')
VOCAB = os.path.join(HERE, '..', 'schemas', 'newsgraph.ttl')
if not os.path.isfile(RECORDS):
    print(f"skipped: {RECORDS} not found (PETRARCH2's records are not on this machine)")
    sys.exit(0)

# WEIS root -> CAMEO root of the same kind of act
WEIS_TO_CAMEO = {'01': '08', '02': '01', '03': '04', '04': '05', '05': '03', '06': '07', '07': '07',
                 '08': '05', '09': '02', '10': '03', '11': '12', '12': '11', '13': '14', '14': '11',
                 '15': '10', '16': '13', '17': '13', '18': '14', '19': '16', '20': '16', '21': '17',
                 '22': '18'}


def records():
    text = open(RECORDS, encoding='utf-8', errors='replace').read()
    text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    for attrs, body in re.findall(r'<Sentence ([^>]*)>(.*?)</Sentence>', text, re.S):
        rid = re.search(r'\bid="([^"]*)"', attrs)
        if not rid:
            continue
        rid = rid.group(1)
        date = re.search(r'date="(\d{8})"', attrs)
        sentence = re.search(r'<Text>(.*?)</Text>', body, re.S)
        if not sentence:
            continue
        codes = re.findall(r'<EventCoding [^>]*eventcode="([^"]*)"', body)
        yield rid, date.group(1) if date else None, ' '.join(sentence.group(1).split()), codes


def class_roots():
    """ng: class local name -> its CAMEO root, from the vocabulary."""
    roots, current = {}, None
    for line in open(VOCAB, encoding='utf-8'):
        m = re.match(r'ng:([A-Z]\w*) a rdfs:Class', line)
        if m:
            current = m.group(1)
        m = re.search(r'ng:cameo "(\d\d)', line)
        if m and current:
            roots[current] = m.group(1)
    return roots


def main():
    recs = list(records())
    tmp = tempfile.mkdtemp()
    feed = os.path.join(tmp, 'petr.jsonl')
    with open(feed, 'w', encoding='utf-8') as f:
        for rid, date, text, _ in recs:
            doc = {'id': rid, 'headline': 'Record ' + rid, 'text': text}
            if date:
                doc['datePublished'] = f"{date[:4]}-{date[4:6]}-{date[6:]}"
            f.write(json.dumps(doc) + '\n')
    out = os.path.join(tmp, 'petr.jsonld')
    cmd = [BIN, 'convert', '-q', feed, '-o', out, '-f', 'jsonld']
    if opts.get('--all-events'):
        cmd.insert(2, '--all-events')
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 and not os.path.exists(out):
        sys.exit('newsgraph failed: ' + r.stderr[-2000:])
    data = json.load(open(out, encoding='utf-8'))
    graphs = data['@graph'] if isinstance(data['@graph'][0], dict) and '@graph' in data['@graph'][0] \
        else [{'@graph': data['@graph']}]
    roots = class_roots()
    ours = {}
    for g in graphs:
        items = g['@graph']
        art = [n for n in items if 'NewsArticle' in (n.get('@type') if isinstance(n.get('@type'), list)
                                                     else [n.get('@type')])]
        rid = art[0].get('identifier') if art else None
        classes = []
        for n in items:
            t = n.get('@type')
            t = t if isinstance(t, list) else [t]
            if 'Event' in t:
                classes += [x[3:] for x in t if isinstance(x, str) and x.startswith('ng:')]
        ours[rid] = classes
    want = got = none_want = none_ok = root_ok = 0
    for rid, _, text, codes in recs:
        mine = ours.get(rid, [])
        if not codes:
            none_want += 1
            none_ok += not mine
            continue
        want += 1
        if not mine:
            if opts.get('--show'):
                print(f"  none   {rid}: {codes} {text[:100]}")
            continue
        got += 1
        gold_roots = {WEIS_TO_CAMEO.get(c[:2]) for c in codes} - {None}
        ok = bool(gold_roots & {roots.get(c) for c in mine})
        root_ok += ok
        if opts.get('--show') and not ok:
            print(f"  root   {rid}: {codes} -> CAMEO {sorted(gold_roots)}; ours {mine} {text[:80]}")
    mode = '--all-events' if opts.get('--all-events') else 'default options'
    print(f"PETRARCH2 records, {mode}: {want} expect an event, {none_want} expect none")
    print(f"  with an event of ours: {got / want:.4f} ({got})")
    print(f"  of those, one of ours with an expected CAMEO root: {root_ok / got if got else 0:.4f} ({root_ok})")
    print(f"  expecting none and given none: {none_ok / none_want if none_want else 0:.4f} ({none_ok})")


main()
