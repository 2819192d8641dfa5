#!/usr/bin/env python3
"""Attribution benchmark on PolNeAR (../shared/data/polnear): how often
newsgraph finds each attribution's content and its source.

usage: bench/polnear.py [BIN] [POLNEAR_DIR] [--split test|dev|train] [--limit N]
                        [--unattributed] [--stances] [--speech-cues] [--spans]
                        [--names-only]

For every gold attribution with a source (brat `Source`, `Cue`, `Content`):
- content found: one of our statements has words overlapping the gold
  content (token F1 >= 0.5);
- source found: that statement's speaker shares a word with the gold source
  (its name, an alternate name, or the words of a mention the converter
  resolved to it: a gold source "the mayor" matches the node of Bill de
  Blasio when the converter made "mayor" one of that node's mentions,
  `denotedBy`; --names-only leaves those out); gold sources that are
  pronouns ("he", "they") are counted separately, since their referent is
  not annotated.
With --spans, the attribution model alone (`BIN attributions`) is scored
the way PolNeAR papers report: per token (whitespace tokens of the
article), the role each token has in the gold and the predicted spans,
precision, recall and F1 for source, cue and content; and exact spans.

Precision: our statements that match some gold content, and of those, the
ones whose speaker matches. Our statements are the schema:Quotation nodes
(a speaker is known); with --unattributed, ng:UnattributedQuote nodes too
(words reported without a named speaker: "a tax commissioner says ...");
with --stances, ng:Stance nodes too (attitudes the article gives an actor:
"X wants to cut taxes", "a poll found that ..."; their ng:holder is the
speaker), which PolNeAR annotates as attributions like any other. Prints figures per split; skips when the data
is absent. CONVERT_ARGS in the environment: more options for convert.
"""
import glob
import json
import os
import re
import shlex
import subprocess
import sys

CONVERT_ARGS = shlex.split(os.environ.get('CONVERT_ARGS', ''))

if '--help' in sys.argv[1:] or '-h' in sys.argv[1:]:
    print(__doc__)
    sys.exit(0)
args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = {a.split('=')[0]: (a.split('=')[1] if '=' in a else True) for a in sys.argv[1:] if a.startswith('--')}
BIN = args[0] if args else 'build/newsgraph'
DATA = args[1] if len(args) > 1 else '../shared/data/polnear'
split = opts.get('--split', 'test')
limit = int(opts.get('--limit', 0) or 0)
unattributed = bool(opts.get('--unattributed'))
stances = bool(opts.get('--stances'))
# --speech-cues: only gold attributions whose cue is a verb of saying, the
# project's notion of a statement (PolNeAR also annotates "criticized",
# "features", "is a staunch opponent of")
SPEECH_CUES = {'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'telling', 'added', 'add', 'adds',
               'stated', 'states', 'announced', 'announces', 'noted', 'notes', 'explained', 'explains',
               'wrote', 'writes', 'according', 'according to', 'reported', 'reports', 'insisted', 'insists',
               'claimed', 'claims', 'argued', 'argues', 'warned', 'warns', 'asked', 'asks', 'replied',
               'responded', 'acknowledged', 'admitted', 'suggested', 'testified', 'declared', 'confirmed'}
speech_only = bool(opts.get('--speech-cues'))
# --names-only: a speaker matches by its name and alternate names alone,
# not by the words of its other mentions (the figures before 2026-12-05)
names_only = bool(opts.get('--names-only'))
if not os.path.isdir(os.path.join(DATA, 'data', split)):
    print(f"skipped: {DATA}/data/{split} not found")
    sys.exit(0)

PRONOUNS = {'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'him', 'them'}
STOP = {'the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 's'}


def toks(s):
    return [t for t in re.findall(r"[a-z0-9]+", s.lower().replace('\u2019', "'"))]


def f1(a, b):
    ta, tb = toks(a), toks(b)
    if not ta or not tb:
        return 0.0
    pool = {}
    for t in ta:
        pool[t] = pool.get(t, 0) + 1
    hit = 0
    for t in tb:
        if pool.get(t, 0):
            pool[t] -= 1
            hit += 1
    if not hit:
        return 0.0
    p, r = hit / len(ta), hit / len(tb)
    return 2 * p * r / (p + r)


def read_ann(path):
    text = open(path, encoding='utf-8').read()
    spans, rels = {}, []
    for rec in re.split(r'\n(?=[TE#]\d+\t)', text):
        parts = rec.split('\t')
        if rec.startswith('T') and len(parts) >= 3:
            kind = parts[1].split(' ')[0]
            spans[parts[0]] = (kind, parts[2].replace('\n', ' '))
        elif rec.startswith('E') and len(parts) >= 2:
            roles = dict(r.split(':') for r in parts[1].split() if ':' in r)
            rels.append(roles)
    out = []
    for r in rels:
        if 'Source' not in r or 'Content' not in r:
            continue
        if speech_only:
            cue = spans.get(r.get('Cue', ''), ('', ''))[1].lower().split()
            if not cue or (cue[-1] not in SPEECH_CUES and ' '.join(cue[-2:]) not in SPEECH_CUES):
                continue
        out.append((spans.get(r['Source'], ('', ''))[1], spans.get(r['Content'], ('', ''))[1]))
    return out


def ours(path):
    res = subprocess.run([BIN, 'convert', '-q', '--input-format', 'text', '-f', 'jsonld'] + CONVERT_ARGS + [path],
                         capture_output=True, text=True)
    if res.returncode != 0:
        return None
    g = json.loads(res.stdout)['@graph']
    by_id = {n['@id']: n for n in g}

    def names(i):
        n = by_id.get(i, {})
        v = [n.get('name', '')]
        alt = n.get('alternateName', [])
        v += alt if isinstance(alt, list) else [alt]
        if not names_only:
            # the words of the node's mentions: "mayor" of "the mayor",
            # which the converter resolved to Bill de Blasio
            ment = n.get('denotedBy', [])
            for m in ment if isinstance(ment, list) else [ment]:
                a = by_id.get(m, {}).get('anchorOf', '')
                if a and a.lower() not in PRONOUNS:
                    v.append(a)
        return [x for x in v if x]
    stmts = []
    for n in g:
        t = n.get('@type', [])
        t = t if isinstance(t, list) else [t]
        if 'Quotation' in t or (unattributed and 'UnattributedQuote' in t):
            stmts.append((n.get('text', ''), names(n['creator']) if 'creator' in n else []))
        elif stances and 'Stance' in t:
            stmts.append((n.get('text', ''), names(n['holder'])))
    return stmts


def speaker_ok(gold_source, speaker_names):
    gs = {t for t in toks(gold_source) if t not in STOP}
    return any(gs & {t for t in toks(nm) if t not in STOP} for nm in speaker_names)


def score_spans(files):
    """Token-level and exact-span P/R/F1 of `BIN attributions` per role."""
    roles = ('Source', 'Cue', 'Content')
    tok = {r: [0, 0, 0] for r in roles}     # tp, predicted, gold
    exact = {r: [0, 0, 0] for r in roles}
    for path in files:
        base = os.path.basename(path)[:-4]
        anns = sorted(glob.glob(os.path.join(DATA, 'data', split, 'attributions', base + '_*.ann')))
        if not anns:
            continue
        text = open(path, encoding='utf-8').read()
        gold_role, gold_spans = [None] * len(text), set()
        for rec in re.split(r'\n(?=[TE#]\d+\t)', open(anns[0], encoding='utf-8').read()):
            parts = rec.split('\t')
            if not rec.startswith('T') or len(parts) < 2:
                continue
            kind, _, offsets = parts[1].partition(' ')
            if kind not in roles:
                continue
            for frag in offsets.split(';'):
                a, b = map(int, frag.split())
                gold_spans.add((kind, a, b))
                for c in range(a, b):
                    gold_role[c] = kind
        out = subprocess.run([BIN, 'attributions', path], capture_output=True, text=True).stdout
        pred_role, pred_spans = [None] * len(text), set()
        for line in out.splitlines():
            f = line.split('\t')
            if line.startswith('#') or len(f) < 5:
                continue
            # offsets are in the article's body: find the span in the file
            at = text.find(f[4], int(f[2])) if '\n' not in text[int(f[2]):int(f[3])] else -1
            if at < 0:
                at = text.find(f[4])
            if at < 0:
                continue
            pred_spans.add((f[1], at, at + len(f[4])))
            for c in range(at, at + len(f[4])):
                pred_role[c] = f[1]
        for m in re.finditer(r'\S+', text):
            g, p = gold_role[m.start()], pred_role[m.start()]
            if g:
                tok[g][2] += 1
            if p:
                tok[p][1] += 1
            if g and g == p:
                tok[g][0] += 1
        for r in roles:
            gs = {x for x in gold_spans if x[0] == r}
            ps = {x for x in pred_spans if x[0] == r}
            exact[r][0] += len(gs & ps)
            exact[r][1] += len(ps)
            exact[r][2] += len(gs)

    def prf(tp, pr, go):
        p = tp / pr if pr else 0.0
        rc = tp / go if go else 0.0
        return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)
    print(f"PolNeAR {split}: {len(files)} articles, the attribution model alone")
    for r in roles:
        print("  %-8s tokens P %.3f R %.3f F1 %.3f   exact spans P %.3f R %.3f F1 %.3f"
              % ((r,) + prf(*tok[r]) + prf(*exact[r])))


files = sorted(glob.glob(os.path.join(DATA, 'data', split, 'text', '*.txt')))
if limit:
    files = files[:limit]
if opts.get('--spans'):
    score_spans(files)
    sys.exit(0)
g_total = g_content = g_source = g_pron = g_pron_content = 0
o_total = o_match = o_speaker = 0
failed = 0
for path in files:
    base = os.path.basename(path)[:-4]
    anns = sorted(glob.glob(os.path.join(DATA, 'data', split, 'attributions', base + '_*.ann')))
    if not anns:
        continue
    gold = read_ann(anns[0])        # the first annotator when several
    pred = ours(path)
    if pred is None:
        failed += 1
        continue
    used = set()
    for src, content in gold:
        pron = set(toks(src)) <= PRONOUNS
        best, best_s = None, 0.0
        for i, (text, spk) in enumerate(pred):
            s = f1(text, content)
            if s >= 0.5 and s > best_s:
                best, best_s = i, s
        if pron:
            g_pron += 1
            g_pron_content += best is not None
            continue
        g_total += 1
        if best is not None:
            g_content += 1
            used.add(best)
            g_source += speaker_ok(src, pred[best][1])
    for i, (text, spk) in enumerate(pred):
        o_total += 1
        hits = [(src, content) for src, content in gold if f1(text, content) >= 0.5]
        if hits:
            o_match += 1
            o_speaker += any(speaker_ok(src, spk) or set(toks(src)) <= PRONOUNS for src, _ in hits)


def pct(a, b):
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


print(f"PolNeAR {split}: {len(files)} articles ({failed} failed to convert)"
      + (", unattributed statements counted" if unattributed else "")
      + (", stances counted" if stances else "")
      + (", gold attributions with a verb of saying as cue only" if speech_only else ""))
print(f"gold attributions with a named source: {g_total}")
print(f"  content found (recall):              {pct(g_content, g_total)}")
print(f"  content and source found (recall):   {pct(g_source, g_total)}")
print(f"  source right when content found:     {pct(g_source, g_content)}")
print(f"gold attributions with a pronoun source: {g_pron}, content found {pct(g_pron_content, g_pron)}")
print(f"our statements: {o_total}")
print(f"  matching a gold content (precision): {pct(o_match, o_total)}")
print(f"  ... with a matching source:          {pct(o_speaker, o_total)}")
