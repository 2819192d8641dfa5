#!/usr/bin/env python3
"""Event mentions found by the converter on ECB+ (docs/events.md).

    python3 bench/ecb_events.py BIN [SHARED_DATA_DIR] [--split=dev|test] [--default] [--show]

ECB+ marks every event word (ACTION_* and NEG_ACTION_* mentions) of the
sentences it annotated exhaustively (ECBplus_coreference_sentences.csv).
Each document is converted from JSON Lines with `--all-events` (or, with
--default, with the default options: events with a named participant
only), and every ng:evidence span of an event that falls in an annotated
sentence is a predicted mention. A gold mention is found when a predicted
span shares a token with it; a predicted span is right when it shares a
token with a gold mention. Printed: mention precision, recall and F1,
exact-span figures, and of the events found right whose sentence has a
gold human participant (ECB+ links no participant to its event: the
sentence stands for the link), the share with an attendee or organizer
named on one of those participants' mentions. Splits: dev = topics 31-35 (tuning), test = topics
36-45 (the standard test topics: report, never tune). Training uses
topics 1-30 (scripts/train-triggers).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ecbdata  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = {}
for a in sys.argv[1:]:
    if a.startswith('--'):
        k, _, v = a.partition('=')
        opts[k] = v if v else True
BIN = args[0] if args else os.path.join(HERE, '..', 'build', 'newsgraph')
DATA = args[1] if len(args) > 1 else os.path.join(HERE, '..', '..', 'shared', 'data')
ECB = os.path.join(DATA, 'ecbplus')
SPLITS = {'dev': range(31, 36), 'test': range(36, 46)}
split = opts.get('--split', 'dev')
if split not in SPLITS:
    sys.exit("ecb_events: --split is dev or test")
if not os.path.isdir(os.path.join(ECB, 'ECB+')):
    print(f"skipped: {ECB}/ECB+ not found (ECB+ is not on this machine)")
    sys.exit(0)


def align(body, toks):
    """Character span of each token in the converter's articleBody."""
    out, at = [], 0
    for t in toks:
        form = '"' if t['form'] in ('``', "''") else t['form']
        k = body.find(form, at)
        if k < 0 or k - at > 40:
            out.append(None)
            continue
        out.append((k, k + len(form)))
        at = k + len(form)
    return out


def article_graphs(data):
    """The nodes of each article: one named graph per article in a batch
    (an actor named in two articles has a node in each)."""
    graph = data.get('@graph', data) if isinstance(data, dict) else data
    if isinstance(graph, list) and graph and isinstance(graph[0], dict) and '@graph' in graph[0]:
        return [g['@graph'] for g in graph]
    return [graph]


def as_list(v):
    return v if isinstance(v, list) else [v] if v is not None else []


def event_spans(items):
    """{article identifier: (articleBody, [(start, end)] of event evidence,
    [((start, end) of the trigger, [(start, end) of the participants'
    mentions])])}: attendees and organizer are participants."""
    spans = {n['@id']: (n['beginIndex'], n['endIndex']) for n in items if n.get('@type') == 'Phrase'}
    arts = {n['@id']: (n.get('identifier') or n['@id'], n.get('articleBody', ''))
            for n in items if 'NewsArticle' in as_list(n.get('@type'))}
    mentions = {n['@id']: [spans[m] for m in as_list(n.get('denotedBy')) if m in spans] for n in items}
    out = {doc: (body, [], []) for doc, body in arts.values()}
    for n in items:
        if 'Event' not in as_list(n.get('@type')):
            continue
        evidence = [ev for ev in as_list(n.get('denotedBy')) if ev.split('#char=')[0] in arts and ev in spans]
        for ev in evidence:
            out[arts[ev.split('#char=')[0]][0]][1].append(spans[ev])
        if evidence:
            who = as_list(n.get('attendee')) + as_list(n.get('organizer'))
            out[arts[evidence[0].split('#char=')[0]][0]][2].append(
                (spans[evidence[0]], [sp for a in who for sp in mentions.get(a, [])]))
    return out


def main():
    docs = list(ecbdata.trigger_docs(ECB, ecbdata.topic_docs(ECB, SPLITS[split])))
    tmp = tempfile.mkdtemp()
    feed = os.path.join(tmp, 'ecb.jsonl')
    toks_of = {}
    with open(feed, 'w', encoding='utf-8') as f:
        for name, text, offs, spans in docs:
            body = text.split('\n\n', 1)[1]
            f.write(json.dumps({'id': name, 'headline': 'Article', 'text': body}, ensure_ascii=False) + '\n')
    parts_of = {}
    for p in ecbdata.topic_docs(ECB, SPLITS[split]):
        toks_of['ecb-' + os.path.basename(p)[:-4]], parts_of['ecb-' + os.path.basename(p)[:-4]] = \
            ecbdata.read_actions(p, 'HUMAN_PART')
    out = os.path.join(tmp, 'ecb.jsonld')
    cmd = [BIN, 'convert', '-q', feed, '-o', out, '-f', 'jsonld']
    if not opts.get('--default'):
        cmd.insert(2, '--all-events')
    if os.environ.get('CONVERT_ARGS'):
        cmd[2:2] = os.environ['CONVERT_ARGS'].split()
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 and not os.path.exists(out):
        sys.exit('newsgraph failed: ' + r.stderr[-2000:])
    got = {}
    for items in article_graphs(json.load(open(out, encoding='utf-8'))):
        got.update(event_spans(items))
    t = {'gold': 0, 'found': 0, 'pred': 0, 'right': 0, 'exact': 0, 'with_part': 0, 'part_right': 0, 'ours_here': 0,
         'ours_right': 0}
    for name, text, offs, spans in docs:
        toks = toks_of[name]
        body, pred_spans, pred_events = got.get(name, ('', [], []))
        tspans = align(body, toks)

        def token_set(span):
            s, e = span
            return {i for i, ts in enumerate(tspans) if ts and ts[0] < e and ts[1] > s}
        annotated = set()
        for label, a, b in spans:
            if label == 'sentence':
                annotated.update(range(a, b + 1))
        gold = [set(range(a, b + 1)) for label, a, b in spans if label != 'sentence']
        pred = []
        for s, e in pred_spans:
            ti = {i for i, ts in enumerate(tspans) if ts and ts[0] < e and ts[1] > s}
            if ti and ti <= annotated:
                pred.append(ti)
        t['gold'] += len(gold)
        t['pred'] += len(pred)
        for g in gold:
            hit = any(g & p for p in pred)
            t['found'] += hit
            t['exact'] += any(g == p for p in pred)
            if opts.get('--show') and not hit:
                print(f"  FN {name}: {' '.join(toks[i]['form'] for i in sorted(g))!r}")
        for p in pred:
            ok = any(g & p for g in gold)
            t['right'] += ok
            if opts.get('--show') and not ok:
                print(f"  FP {name}: {' '.join(toks[i]['form'] for i in sorted(p))!r}")
        # participants: of the events found right whose sentence has a gold
        # human participant, those with one of ours on such a mention
        for trig, who in pred_events:
            ti = token_set(trig)
            if not ti or not ti <= annotated or not any(g & ti for g in gold):
                continue
            sent = toks[min(ti)]['sent']
            gparts = [set(range(a, b + 1)) for _, a, b in parts_of[name] if toks[a]['sent'] == sent]
            if not gparts:
                continue
            t['with_part'] += 1
            ours = [token_set(sp) for sp in who]
            on_gold = any(o & g for o in ours for g in gparts)
            t['part_right'] += on_gold
            if opts.get('--show') and not on_gold:
                words = lambda ts: ' '.join(toks[i]['form'] for i in sorted(ts))  # noqa: E731
                print(f"  NOPART {name}: {words(ti)!r} gold {[words(g) for g in gparts]} ours {[words(o) for o in ours if o]}")
            # our participants' mentions in the sentence, and those on a gold one
            here = [o for o in ours if o and toks[min(o)]['sent'] == sent]
            t['ours_here'] += len(here)
            t['ours_right'] += sum(1 for o in here if any(o & g for g in gparts))
    P = t['right'] / t['pred'] if t['pred'] else 0
    R = t['found'] / t['gold'] if t['gold'] else 0
    F = 2 * P * R / (P + R) if P + R else 0
    eP = t['exact'] / t['pred'] if t['pred'] else 0
    eR = t['exact'] / t['gold'] if t['gold'] else 0
    eF = 2 * eP * eR / (eP + eR) if eP + eR else 0
    mode = 'default options' if opts.get('--default') else '--all-events'
    print(f"ECB+ {split} (topics {SPLITS[split][0]}-{SPLITS[split][-1]}), {len(docs)} documents, {mode}: "
          f"{t['gold']} gold event mentions, {t['pred']} of ours")
    print(f"  overlap  P {P:.4f}  R {R:.4f}  F1 {F:.4f}")
    print(f"  exact    P {eP:.4f}  R {eR:.4f}  F1 {eF:.4f}")
    pr = t['part_right'] / t['with_part'] if t['with_part'] else 0
    print(f"  events found with a gold human participant in their sentence: {t['with_part']}; "
          f"with one of ours on such a mention: {pr:.4f}")
    op = t['ours_right'] / t['ours_here'] if t['ours_here'] else 0
    print(f"  our participants' mentions in those sentences: {t['ours_here']}, on a gold participant: {op:.4f}")


main()
