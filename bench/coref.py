#!/usr/bin/env python3
"""Who "he" and "she" stand for, on GUM (../shared/data/gum): the rules of
actors.c against the pronoun model (docs/actors.md).

usage: bench/coref.py [BIN] [GUM_DIR] [--split=dev|test] [--genre=news]
                      [--model=FILE]

Each document of the split is rebuilt as an article from its CoNLL-U and
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
import gumdata  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = {a.split('=')[0]: (a.split('=', 1)[1] if '=' in a else True) for a in sys.argv[1:] if a.startswith('--')}
BIN = args[0] if args else 'build/newsgraph'
DATA = args[1] if len(args) > 1 else '../shared/data/gum'
SPLIT = opts.get('--split', 'dev')

if not os.path.isfile(os.path.join(DATA, 'splits.md')):
    print(f"skipped: {DATA}/splits.md not found (GUM is not on this machine)")
    sys.exit(0)

names = [n for n in gumdata.split_docs(DATA, SPLIT) if os.path.isfile(os.path.join(DATA, 'dep', n + '.conllu'))]
if opts.get('--genre'):
    names = [n for n in names if n.split('_')[1] == opts['--genre']]
with tempfile.TemporaryDirectory() as tmp:
    lst = gumdata.write_mention_list(DATA, names, tmp, SPLIT + '.list')
    cmd = [BIN, 'train-coref', '--score'] + (['--model', opts['--model']] if opts.get('--model') else []) + [lst]
    out = subprocess.run(cmd, capture_output=True, text=True)
    sys.stderr.write(out.stderr)
    if out.returncode != 0:
        sys.exit(out.returncode)
    print(f"GUM {SPLIT} ({opts.get('--genre', 'all')}), {len(names)} documents")
    print('\n'.join(out.stdout.splitlines()[1:]))
