#!/usr/bin/env python3
"""Who "he" and "she" stand for, on GUM (../shared/data/gum): the rules of
actors.c against the pronoun model (docs/actors.md).

usage: bench/coref.py [BIN] [DATA_DIR] [--split=dev|test] [--genre=news]
                      [--model=FILE] [--corpus=gum|ecb]

DATA_DIR is ../shared/data. --corpus=ecb reads ECB+ instead (news; dev:
topics 31-35, test: topics 36-45), with its coreference relations.

Each GUM document of the split is rebuilt as an article from its CoNLL-U and
converted; for each "he", "him", "his", "himself", "she", "her", "hers",
"herself" that GUM marks as a mention, the answer is right when it is a
person of ours one of whose mentions overlaps a gold mention of the
pronoun's entity, or nobody when no person named before the pronoun is
(the pronoun stands for someone only described: "the teacher ... she").
Printed: accuracy over all those pronouns, and precision and recall of
the people picked. Test splits are for reports: tune on dev.
Skips when the data is absent."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ecbdata  # noqa: E402
import gumdata  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = {a.split('=')[0]: (a.split('=', 1)[1] if '=' in a else True) for a in sys.argv[1:] if a.startswith('--')}
BIN = args[0] if args else 'build/newsgraph'
DATA = args[1] if len(args) > 1 else '../shared/data'
SPLIT = opts.get('--split', 'dev')
CORPUS = opts.get('--corpus', 'gum')
GUM = os.path.join(DATA, 'gum')
ECB = os.path.join(DATA, 'ecbplus')

if CORPUS == 'gum' and not os.path.isfile(os.path.join(GUM, 'splits.md')):
    print(f"skipped: {GUM}/splits.md not found (GUM is not on this machine)")
    sys.exit(0)
if CORPUS == 'ecb' and not os.path.isdir(os.path.join(ECB, 'ECB+')):
    print(f"skipped: {ECB}/ECB+ not found (ECB+ is not on this machine)")
    sys.exit(0)

with tempfile.TemporaryDirectory() as tmp:
    if CORPUS == 'ecb':
        topics = range(31, 36) if SPLIT == 'dev' else range(36, 46)
        names = ecbdata.topic_docs(ECB, topics)
        lst = ecbdata.write_mention_list(names, tmp, SPLIT + '.list')
    else:
        names = [n for n in gumdata.split_docs(GUM, SPLIT) if os.path.isfile(os.path.join(GUM, 'dep', n + '.conllu'))]
        if opts.get('--genre'):
            names = [n for n in names if n.split('_')[1] == opts['--genre']]
        lst = gumdata.write_mention_list(GUM, names, tmp, SPLIT + '.list')
    cmd = [BIN, 'train-coref', '--score'] + (['--model', opts['--model']] if opts.get('--model') else []) + [lst]
    out = subprocess.run(cmd, capture_output=True, text=True)
    sys.stderr.write(out.stderr)
    if out.returncode != 0:
        sys.exit(out.returncode)
    print(f"{CORPUS.upper()} {SPLIT} ({opts.get('--genre', 'all')}), {len(names)} documents")
    print('\n'.join(out.stdout.splitlines()[1:]))
