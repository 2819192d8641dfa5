#!/usr/bin/env python3
"""Every raw text of ../shared/data the project may read, converted: a
crash hunt, not a score.

usage: bench/corpora.py [BIN] [DATA_DIR] [--limit N] [--only NAME,...]

The unit tests and the fuzzers read short inputs; the benches read the
articles they score. A crash in a rare path (a title of no text, a name
at a document's last token) shows only on text nobody wrote for it: the
forty-second session's "Health chief Dr. Anthony Fauci" crashed the
converter and was found by retraining a model, not by a test. So this
script converts every document of the corpora's training and development
parts, built as articles the way the benches build them, in two
configurations (the default JSON-LD; `--all-events --parser accurate`
to N-Quads), and reports per corpus the articles read, the ones refused
with an error message (exit 1: bad input, a clear message) and the
crashes (any other exit, a sanitizer report, a signal). Build BIN with
-DNEWSGRAPH_SANITIZE=ON to catch memory errors that do not crash.

A run that crashes is split in halves until the article that crashes is
alone; its id and the first lines of the report are printed, and the
article is written to bench-crash-<corpus>-<n>.jsonl in the current
directory so that it can be replayed (`BIN convert FILE`). Exit status 1
when anything crashed.

Test splits (GUM test, PolNeAR test, ECB+ topics 36-45, EWT test, CoNLL
testa and testb, the PETRARCH2 records) are left out: nothing is debugged
on them. Skips a corpus whose files are absent."""
import csv
import glob
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ecbdata  # noqa: E402
import gumdata  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith('--')]
opts = dict(a.split('=', 1) if '=' in a else (a, True) for a in sys.argv[1:] if a.startswith('--'))
BIN = args[0] if args else 'build/newsgraph'
DATA = args[1] if len(args) > 1 else '../shared/data'
LIMIT = int(opts.get('--limit', 0)) or None
ONLY = set(opts['--only'].split(',')) if '--only' in opts else None
CONFIGS = [('jsonld', []), ('nquads', ['--all-events', '--parser', 'accurate'])]
ENV = dict(os.environ, ASAN_OPTIONS='detect_leaks=1', UBSAN_OPTIONS='print_stacktrace=1:halt_on_error=1')


def gum_articles():
    root = os.path.join(DATA, 'gum')
    if not os.path.isfile(os.path.join(root, 'splits.md')):
        return
    for split in ('train', 'dev'):
        for name in gumdata.split_docs(root, split):
            path = os.path.join(root, 'dep', name + '.conllu')
            if not os.path.isfile(path):
                continue  # reddit documents ship without their text
            title, toks, _ = gumdata.read_doc(path)
            text, _ = gumdata.build_text(toks)
            yield {'id': name, 'headline': title or name, 'text': text}


def polnear_articles():
    root = os.path.join(DATA, 'polnear', 'data')
    for split in ('train', 'dev'):
        for path in sorted(glob.glob(os.path.join(root, split, 'text', '*.txt'))):
            with open(path, encoding='utf-8', errors='replace') as f:
                text = f.read()
            head, _, body = text.strip().partition('\n')
            yield {'id': os.path.basename(path), 'headline': head.strip(), 'text': body.strip() or head}


def ecb_articles():
    for path in ecbdata.topic_docs(os.path.join(DATA, 'ecbplus'), range(1, 36)):
        toks, _ = ecbdata.read_doc(path)
        text, _ = ecbdata.build_text(toks)
        yield {'id': os.path.basename(path), 'text': text}


def conllu_articles(path, prefix):
    """UD documents (# newdoc) of sentences (# text), a paragraph at # newpar."""
    if not os.path.isfile(path):
        return
    doc, paras, n = None, [], 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('# newdoc'):
                if paras:
                    yield {'id': f"{prefix}-{n}", 'text': '\n\n'.join(' '.join(p) for p in paras)}
                    n += 1
                doc, paras = line, []
            elif line.startswith('# newpar') or (line.startswith('# text') and not paras):
                paras.append([])
            if line.startswith('# text = '):
                paras[-1].append(line[len('# text = '):].strip())
    if paras:
        yield {'id': f"{prefix}-{n}", 'text': '\n\n'.join(' '.join(p) for p in paras)}


def ewt_articles():
    for split in ('train', 'dev'):
        yield from conllu_articles(os.path.join(DATA, 'ud_english_ewt', f'en_ewt-ud-{split}.conllu'), 'ewt-' + split)


def conll_articles():
    path = os.path.join(DATA, 'conll2003_en', 'eng.train')
    if not os.path.isfile(path):
        return
    words, sents, n = [], [], 0
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            if line.startswith('-DOCSTART-'):
                if sents:
                    yield {'id': f'conll-train-{n}', 'text': '\n\n'.join(sents)}
                    n += 1
                sents = []
            elif not line.strip():
                if words:
                    sents.append(' '.join(words))
                words = []
            else:
                words.append(line.split()[0])
    if sents:
        yield {'id': f'conll-train-{n}', 'text': '\n\n'.join(sents)}


def gmb_articles():
    """GMB's sentences (VOA newswire), fifty to an article: the corpus keeps
    no document boundaries."""
    path = os.path.join(DATA, 'gmb_ner_dataset', 'ner_dataset.csv.zip')
    if not os.path.isfile(path):
        return
    with zipfile.ZipFile(path) as z:
        rows = csv.reader(io.TextIOWrapper(z.open(z.namelist()[0]), encoding='latin-1'))
        next(rows, None)
        sents, words, n = [], [], 0
        for row in rows:
            if len(row) < 2:
                continue
            if row[0].startswith('Sentence:') and words:
                sents.append(' '.join(words))
                words = []
                if len(sents) == 50:
                    yield {'id': f'gmb-{n}', 'text': '\n\n'.join(sents)}
                    sents, n = [], n + 1
            words.append(row[1])
    if words:
        sents.append(' '.join(words))
    if sents:
        yield {'id': f'gmb-{n}', 'text': '\n\n'.join(sents)}


def html_articles():
    """The benchmark's HTML pages, as the converter reads a page."""
    for path in sorted(glob.glob(os.path.join(DATA, 'article_extraction_benchmark', 'html', '*.html.gz'))):
        with gzip.open(path, 'rb') as f:
            yield {'id': os.path.basename(path), 'html': f.read()}


CORPORA = [('gum', gum_articles), ('polnear', polnear_articles), ('ecbplus', ecb_articles),
           ('ewt', ewt_articles), ('conll', conll_articles), ('gmb', gmb_articles), ('html', html_articles)]


def write_batch(tmp, arts):
    """The articles as one JSON Lines file, or for pages a directory of
    .html files (the converter sniffs the format of each)."""
    if arts and 'html' in arts[0]:
        d = tempfile.mkdtemp(dir=tmp)
        for a in arts:
            with open(os.path.join(d, a['id'][:-3]), 'wb') as f:
                f.write(a['html'])
        return d
    path = tempfile.mktemp(suffix='.jsonl', dir=tmp)
    with open(path, 'w', encoding='utf-8') as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + '\n')
    return path


def run(tmp, arts, fmt, extra):
    """(crashed, refused count, report) of converting arts in one process."""
    src = write_batch(tmp, arts)
    out = os.path.join(tmp, 'out.' + fmt)
    errors = os.path.join(tmp, 'errors.jsonl')
    p = subprocess.run([BIN, 'convert', '-q', '-j2', '-f', fmt, *extra, '--errors', errors, src, '-o', out],
                       capture_output=True, env=ENV)
    err = p.stderr.decode('utf-8', 'replace')
    crashed = p.returncode not in (0, 1) or 'Sanitizer' in err or 'runtime error:' in err
    refused = 0
    if not crashed and os.path.exists(errors):
        with open(errors, encoding='utf-8') as f:
            refused = sum(1 for _ in f)
    return crashed, refused, err


def isolate(tmp, arts, fmt, extra):
    """The articles that crash alone, by halving."""
    if len(arts) == 1:
        return arts
    half = len(arts) // 2
    found = []
    for part in (arts[:half], arts[half:]):
        if run(tmp, part, fmt, extra)[0]:
            found += isolate(tmp, part, fmt, extra)
    return found or arts  # crashes only together: report the whole set


def main():
    if not os.path.isdir(DATA):
        print(f"skipped: {DATA} not found (the corpora are not on this machine)")
        return 0
    crashes = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, reader in CORPORA:
            if ONLY and name not in ONLY:
                continue
            arts = list(reader())[:LIMIT]
            if not arts:
                print(f"{name}: skipped (not found)")
                continue
            for fmt, extra in CONFIGS:
                bad = []
                refused = 0
                for i in range(0, len(arts), 200):
                    batch = arts[i:i + 200]
                    crashed, r, err = run(tmp, batch, fmt, extra)
                    refused += r
                    if crashed:
                        bad += [(a, run(tmp, [a], fmt, extra)[2]) for a in isolate(tmp, batch, fmt, extra)]
                label = ' '.join([fmt] + extra)
                print(f"{name} [{label}]: {len(arts)} articles, refused {refused}, crashed {len(bad)}")
                for n, (a, err) in enumerate(bad):
                    crashes += 1
                    keep = f"bench-crash-{name}-{crashes}.jsonl"
                    if 'html' in a:
                        keep = os.path.join(DATA, 'article_extraction_benchmark', 'html', a['id'])
                    else:
                        with open(keep, 'w', encoding='utf-8') as f:
                            f.write(json.dumps(a, ensure_ascii=False) + '\n')
                    print(f"  CRASH {a['id']} (replay: {BIN} convert {' '.join(extra)} {keep})")
                    for line in [x for x in err.splitlines() if x.strip()][:8]:
                        print('    ' + line[:200])
    return 1 if crashes else 0


if __name__ == '__main__':
    sys.exit(main())
