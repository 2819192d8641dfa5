#!/usr/bin/env python3
"""Actors on GUM (../shared/data/gum): are names found, typed right and
merged into one node per real actor?

usage: [CONVERT_ARGS='--types-model F ...'] bench/gum.py [BIN] [GUM_DIR]
           [--split test|dev|train] [--genre news] [--show] [--json] [--calibration]

Each document of the split is rebuilt as an article from its CoNLL-U
(tokens joined by their SpaceAfter, a paragraph break at each `# newpar`,
`meta::title` as the headline) and converted in one run from JSON Lines.
Our mentions are the spans (gaf:denotedBy) of Person, Organization and place nodes
(Country, City, AdministrativeArea, Continent, Place); their character
offsets are aligned back to GUM's tokens.

Gold conventions mapped here:
- A gold mention is a *proper-name mention* when its syntactic head (the
  token of its span whose head lies outside it) is PROPN. Only those of
  type person, organization and place are scored; a name GUM types
  otherwise (an event, an object, a ship) is neither counted nor held
  against us.
- GUM types a country by its role in context only through the entity
  type it gives the whole entity: a country is `place` even where it acts
  (negotiates, wins); we map our Country nodes to place as well.
- GUM's person type covers groups of people named as such ("Americans",
  "Bangladeshis", "the Founders"): our Group nodes ("Americans", "Russian
  officials") are scored as person. Most of them ("Russian officials")
  overlap no PROPN token and so are out of scope anyway. The country of a
  group named by its demonym alone has a span on the same word (the
  evidence of its affiliation); that span is not scored as a place.
- Gold spans include determiners, titles and modifiers ("the former
  President Barack Obama"); ours are names. So matching is by overlap:
  a predicted mention matches a gold mention of the same type whose span
  it overlaps. Exact-span figures compare our span with the gold span
  trimmed to the proper-noun run around its head (PROPN, NUM and "of",
  "the", "&", "and" between proper nouns).
- Our mentions are scored only where they overlap a PROPN token: the
  scope is proper names, and the converter's demonyms ("Russian") and
  descriptions are not in it.

Figures:
- typed overlap P/R/F1 over proper-name mentions, and untyped;
- exact-span typed F1 (against the trimmed gold span);
- coreference: of the gold entities (person, organization, place) named
  twice or more, the share whose name mentions all land on one node of
  ours (none missed; a node of another type nested in the mention, or
  around it while a node of the mention's type is on it, does not count:
  "Australia" in "the Medical Journal of Australia"); the same for people alone; MUC and B3 F1 over the
  name mentions of gold people (a gold mention that no node covers is a
  singleton on our side).
--show prints each miss: our mentions of a wrong type or none (FP), gold
names we missed or typed otherwise (FN), and entities named twice or more
whose mentions did not land on one node (SPLIT).
Skips when the data is absent. Test splits are for reports: tune on dev."""
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gumdata  # noqa: E402
from gumdata import read_doc, build_text  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = {a.split('=')[0]: (a.split('=')[1] if '=' in a else True) for a in sys.argv[1:] if a.startswith('--')}
BIN = args[0] if args else 'build/newsgraph'
DATA = args[1] if len(args) > 1 else '../shared/data/gum'
SPLIT = opts.get('--split', 'dev')
GENRE = opts.get('--genre')
SCORED = ('person', 'organization', 'place')
OUR_TYPE = {'Person': 'person', 'Organization': 'organization', 'Country': 'place', 'City': 'place',
            'AdministrativeArea': 'place', 'Continent': 'place', 'Place': 'place', 'Group': 'person'}
LINKERS = {'of', 'the', '&', 'and', "'s", 'de', 'for'}

if not os.path.isfile(os.path.join(DATA, 'splits.md')):
    print(f"skipped: {DATA}/splits.md not found (GUM is not on this machine)")
    sys.exit(0)


def split_docs(split):
    return gumdata.split_docs(DATA, split)


def mention_head(toks, s, e):
    for i in range(s, e + 1):
        h = toks[i]['head']
        if h < s or h > e:
            return i
    return s


def name_run(toks, s, e, h):
    """The run of proper nouns around the head, within the mention."""
    def ok(i):
        return toks[i]['upos'] in ('PROPN', 'NUM')
    a = b = h
    while a - 1 >= s and (ok(a - 1) or (toks[a - 1]['form'].lower() in LINKERS and a - 2 >= s and ok(a - 2))):
        a -= 1
    while b + 1 <= e and (ok(b + 1) or (toks[b + 1]['form'].lower() in LINKERS and b + 2 <= e and ok(b + 2))):
        b += 1
    while toks[a]['upos'] not in ('PROPN', 'NUM'):
        a += 1
    while toks[b]['upos'] not in ('PROPN', 'NUM'):
        b -= 1
    return a, b


def align(body, toks):
    """Character span of each token in the converter's articleBody."""
    out, at = [], 0
    for t in toks:
        k = body.find(t['form'], at)
        if k < 0 or k - at > 40:
            out.append(None)
            continue
        out.append((k, k + len(t['form'])))
        at = k + len(t['form'])
    return out


def tokens_of(span, tspans):
    a, b = span
    return [i for i, ts in enumerate(tspans) if ts and ts[0] < b and ts[1] > a]


def main():
    names = split_docs(SPLIT)
    if GENRE:
        names = [n for n in names if n.split('_')[1] == GENRE]
    docs = []
    for n in names:
        p = os.path.join(DATA, 'dep', n + '.conllu')
        if os.path.exists(p):
            docs.append((n,) + read_doc(p))
    tmp = tempfile.mkdtemp()
    feed = os.path.join(tmp, 'gum.jsonl')
    with open(feed, 'w', encoding='utf-8') as f:
        for n, title, toks, _ in docs:
            text, _ = build_text(toks)
            f.write(json.dumps({'id': n, 'headline': title or n, 'text': text}, ensure_ascii=False) + '\n')
    out = os.path.join(tmp, 'gum.jsonld')
    r = subprocess.run([BIN, 'convert', '-q', feed, '-o', out, '-f', 'jsonld'] + os.environ.get('CONVERT_ARGS', '').split(),
                       capture_output=True, text=True)
    if r.returncode != 0 and not os.path.exists(out):
        sys.exit('newsgraph failed: ' + r.stderr[-2000:])
    data = json.load(open(out, encoding='utf-8'))
    by_doc = S_group(data)

    tot = {'tp_t': 0, 'tp_u': 0, 'pred': 0, 'gold': 0, 'gold_hit_t': 0, 'gold_hit_u': 0,
           'ex_tp': 0, 'ex_pred': 0, 'ex_gold': 0, 'multi': 0, 'multi_ok': 0, 'pmulti': 0, 'pmulti_ok': 0}
    muc = [0, 0, 0, 0]
    b3 = [0.0, 0, 0.0, 0]
    calibration = {}  # stated confidence -> [our mentions, right type]
    for n, title, toks, ments in docs:
        g = by_doc.get(n)
        if g is None:
            print(f"warning: no output for {n}", file=sys.stderr)
            continue
        body, nodes = g
        tspans = align(body, toks)
        # gold proper-name mentions
        gold = []
        for eid, etype, s, e in ments:
            h = mention_head(toks, s, e)
            if toks[h]['upos'] != 'PROPN' or etype not in SCORED:
                continue
            a, b = name_run(toks, s, e, h)
            gold.append({'eid': eid, 'type': etype, 'toks': set(range(s, e + 1)), 'name': (a, b), 'head': h})
        # drop nested gold mentions of the same entity and head
        seen, uniq = set(), []
        for m in gold:
            k = (m['eid'], m['head'])
            if k not in seen:
                seen.add(k)
                uniq.append(m)
        gold = uniq
        propn = {i for i, t in enumerate(toks) if t['upos'] == 'PROPN'}
        pred = []
        for node_id, ntype, spans in nodes:
            for sp in spans:
                ti = tokens_of(sp, tspans)
                if not ti or not propn.intersection(ti):
                    continue
                pred.append({'node': node_id, 'type': ntype, 'toks': set(ti), 'span': (min(ti), max(ti)),
                             'conf': CONFIDENCE.get((n, sp))})
        tot['pred'] += len(pred)
        tot['gold'] += len(gold)
        for p in pred:
            over = [m for m in gold if m['toks'] & p['toks']]
            tot['tp_u'] += bool(over)
            tot['tp_t'] += any(m['type'] == p['type'] for m in over)
            cal = calibration.setdefault(p['conf'], [0, 0])
            cal[0] += 1
            cal[1] += any(m['type'] == p['type'] for m in over)
            if opts.get('--show') and not any(m['type'] == p['type'] for m in over):
                words = ' '.join(toks[i]['form'] for i in sorted(p['toks']))
                print(f"  FP {n}: {words!r} {p['type']} (gold {[m['type'] for m in over]}; confidence {p['conf']})")
        for m in gold:
            over = [p for p in pred if m['toks'] & p['toks']]
            tot['gold_hit_u'] += bool(over)
            tot['gold_hit_t'] += any(p['type'] == m['type'] for p in over)
            if opts.get('--show') and not any(p['type'] == m['type'] for p in over):
                a, b = m['name']
                words = ' '.join(toks[i]['form'] for i in range(a, b + 1))
                print(f"  FN {n}: {words!r} {m['type']} (ours {[p['type'] for p in over]})")
        gex = {(m['name'], m['type']) for m in gold}
        pex = {(p['span'], p['type']) for p in pred}
        tot['ex_tp'] += len(gex & pex)
        tot['ex_pred'] += len(pex)
        tot['ex_gold'] += len(gex)
        # coreference
        node_of = []
        for m in gold:
            a, b = m['name']
            run = set(range(a, b + 1))
            over = [p for p in pred if p['toks'] & run]
            same = any(p['type'] == m['type'] for p in over)
            # nested names of another type are not where this mention lands:
            # a place inside it ("Australia" in "the Medical Journal of
            # Australia"), or the organization around it when a node of its
            # own type is on it too
            nodes_here = {p['node'] for p in over if p['type'] == m['type'] or
                          not (p['toks'] < run or (same and p['toks'] > run))}
            node_of.append(nodes_here)
        ents = {}
        for m, nodes_here in zip(gold, node_of):
            ents.setdefault(m['eid'], []).append((m, nodes_here))
        for eid, ms in ents.items():
            if len(ms) < 2:
                continue
            one = all(len(nh) == 1 for _, nh in ms) and len(set.union(*[nh for _, nh in ms])) == 1
            tot['multi'] += 1
            tot['multi_ok'] += one
            if opts.get('--show') and not one:
                desc = [(' '.join(toks[i]['form'] for i in range(m['name'][0], m['name'][1] + 1)),
                         sorted(nh)) for m, nh in ms]
                print(f"  SPLIT {n} {ms[0][0]['type']}: {desc}")
            if ms[0][0]['type'] == 'person':
                tot['pmulti'] += 1
                tot['pmulti_ok'] += one
        # MUC and B3 over gold person name mentions
        idx = [i for i, m in enumerate(gold) if m['type'] == 'person']
        gcl, pcl = {}, {}
        for i in idx:
            gcl.setdefault(gold[i]['eid'], set()).add(i)
            nh = node_of[i]
            key = min(nh) if nh else ('single', i)
            pcl.setdefault(key, set()).add(i)
        gof = {i: c for c in gcl.values() for i in c}
        pof = {i: c for c in pcl.values() for i in c}
        for i in idx:
            inter = len(gof[i] & pof[i])
            b3[0] += inter / len(pof[i]); b3[1] += 1
            b3[2] += inter / len(gof[i]); b3[3] += 1
        for key_cl, resp_of, acc in ((gcl, pof, 0), (pcl, gof, 2)):
            for c in key_cl.values():
                parts = {id(resp_of[i]) for i in c}
                muc[acc] += len(c) - len(parts)
                muc[acc + 1] += len(c) - 1
    f = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    P_t = tot['tp_t'] / tot['pred'] if tot['pred'] else 0
    R_t = tot['gold_hit_t'] / tot['gold'] if tot['gold'] else 0
    P_u = tot['tp_u'] / tot['pred'] if tot['pred'] else 0
    R_u = tot['gold_hit_u'] / tot['gold'] if tot['gold'] else 0
    EP = tot['ex_tp'] / tot['ex_pred'] if tot['ex_pred'] else 0
    ER = tot['ex_tp'] / tot['ex_gold'] if tot['ex_gold'] else 0
    mr = muc[0] / muc[1] if muc[1] else 0
    mp = muc[2] / muc[3] if muc[3] else 0
    bp = b3[0] / b3[1] if b3[1] else 0
    br = b3[2] / b3[3] if b3[3] else 0
    res = {
        'split': SPLIT, 'genre': GENRE or 'all', 'documents': len(docs),
        'gold_name_mentions': tot['gold'], 'our_name_mentions': tot['pred'],
        'typed_overlap': {'P': round(P_t, 4), 'R': round(R_t, 4), 'F1': round(f(P_t, R_t), 4)},
        'untyped_overlap': {'P': round(P_u, 4), 'R': round(R_u, 4), 'F1': round(f(P_u, R_u), 4)},
        'exact_typed_F1': round(f(EP, ER), 4),
        'entities_named_twice_one_node': round(tot['multi_ok'] / tot['multi'], 4) if tot['multi'] else None,
        'entities_named_twice': tot['multi'],
        'people_named_twice_one_node': round(tot['pmulti_ok'] / tot['pmulti'], 4) if tot['pmulti'] else None,
        'people_named_twice': tot['pmulti'],
        'person_MUC_F1': round(f(mp, mr), 4), 'person_B3_F1': round(f(bp, br), 4),
    }
    if opts.get('--calibration'):
        # how often a mention of each stated confidence names a gold name of
        # its type, and the expected calibration error over all of them
        print('stated confidence  mentions  right type  (ok+1)/(n+2)')
        ece = 0.0
        for c, (k, ok) in sorted(calibration.items(), key=lambda x: str(x[0])):
            print(f"  {str(c):>15}  {k:8d}  {ok / k:10.3f}  {(ok + 1) / (k + 2):12.3f}")
            if c is not None:
                ece += k / tot['pred'] * abs(float(c) - ok / k)
        print(f"  expected calibration error {ece:.3f}")
    if opts.get('--json'):
        print(json.dumps(res, indent=1))
        return
    print(f"GUM {SPLIT} ({res['genre']}), {len(docs)} documents: {tot['gold']} gold proper-name mentions "
          f"(person/organization/place), {tot['pred']} of ours")
    print(f"  typed overlap    P {P_t:.4f}  R {R_t:.4f}  F1 {f(P_t, R_t):.4f}")
    print(f"  untyped overlap  P {P_u:.4f}  R {R_u:.4f}  F1 {f(P_u, R_u):.4f}")
    print(f"  exact span, typed F1 {f(EP, ER):.4f}")
    print(f"  named twice or more, on one node: {res['entities_named_twice_one_node']} of {tot['multi']} entities; "
          f"people {res['people_named_twice_one_node']} of {tot['pmulti']}")
    print(f"  person clusters: MUC F1 {f(mp, mr):.4f}  B3 F1 {f(bp, br):.4f}")


def S_group(data):
    """{document id: (articleBody, [(node id, type, [(start, end)])])}"""
    graph = data.get('@graph', data) if isinstance(data, dict) else data
    items = graph
    if isinstance(graph, list) and graph and isinstance(graph[0], dict) and '@graph' in graph[0]:
        items = [n for g in graph for n in g['@graph']]
    spans = {n['@id']: (n['beginIndex'], n['endIndex']) for n in items if n.get('@type') == 'Phrase'}
    conf = {n['@id']: n['taConfidence'] for n in items if n.get('@type') == 'Phrase' and 'taConfidence' in n}
    out = {}
    arts = [n for n in items if 'NewsArticle' in (n.get('@type') if isinstance(n.get('@type'), list)
                                                  else [n.get('@type')])]
    for a in arts:
        doc = a.get('identifier') or a['@id']
        out[a['@id']] = (doc, a.get('articleBody', ''), [])
    res = {}

    def mentions(n):
        ms = n['denotedBy'] if isinstance(n['denotedBy'], list) else [n['denotedBy']]
        return [(m.split('#char=')[0], spans[m]) for m in ms if m in spans]
    # a country's span that is all of a group's ("Americans") is the
    # demonym naming the group, not a place name
    group_spans = {am for n in items if n.get('@type') == 'Group' and 'denotedBy' in n for am in mentions(n)}
    for n in items:
        t = n.get('@type')
        t = t if isinstance(t, str) else None
        if t not in OUR_TYPE or 'denotedBy' not in n:
            continue
        by_art = {}
        for art, sp in mentions(n):
            if art in out and not (OUR_TYPE[t] == 'place' and (art, sp) in group_spans):
                by_art.setdefault(art, []).append(sp)
        for art, sp in by_art.items():
            out[art][2].append((n['@id'], OUR_TYPE[t], sp))
    for m, c in conf.items():
        art = m.split('#char=')[0]
        if art in out:
            CONFIDENCE[(out[art][0], spans[m])] = c
    for art, (doc, body, nodes) in out.items():
        res[doc] = (body, nodes)
    return res


# (document id, (start, end)) -> the converter's confidence in that mention
CONFIDENCE = {}


if __name__ == '__main__':
    main()
