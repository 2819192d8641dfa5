#!/usr/bin/env python3
"""Metadata of the article-extraction benchmark's pages (../shared/data).

usage: bench/html_meta.py [BIN] [DATA_DIR] [GOLD_DIR]

The benchmark states one metadata field: each page's URL. Its accuracy is
measured against it (exactly, and with the scheme, "www.", a trailing slash,
the query and the fragment set aside). The development set's gold files
(../shared/eval/gold/dev, named by the first 12 characters of a page's id)
state the publication date of the pages they annotate: datePublished is
measured against them. For the other fields there is no truth: the script
prints how many pages get one, which is coverage, not accuracy.
"""
import json
import os
import subprocess
import sys
from urllib.parse import urlsplit


def norm(url):
    u = urlsplit(url.strip())
    host = u.netloc.lower()
    if host.startswith('www.'):
        host = host[4:]
    return host + u.path.rstrip('/')


def main():
    bin_ = sys.argv[1] if len(sys.argv) > 1 else 'build/newsgraph'
    data = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/article_extraction_benchmark'
    truth_path = os.path.join(data, 'ground-truth.json')
    if not os.path.exists(truth_path):
        print('skipped: %s not found (the benchmark is not on this machine)' % truth_path)
        return 0
    truth = json.load(open(truth_path, encoding='utf-8'))
    ids = sorted(truth)
    pages = [os.path.join(data, 'html', i + '.html.gz') for i in ids]
    out = subprocess.run([bin_, 'read', '-f', 'jsonl'] + pages, capture_output=True, text=True)
    got = {}
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        got[os.path.basename(rec['source'])[:-len('.html.gz')]] = rec
    n = len(ids)
    gold_dir = sys.argv[3] if len(sys.argv) > 3 else '../shared/eval/gold/dev'
    dated = {}
    if os.path.isdir(gold_dir):
        for name in sorted(os.listdir(gold_dir)):
            if name.endswith('.gold.json'):
                g = json.load(open(os.path.join(gold_dir, name), encoding='utf-8'))
                for i in ids:
                    if i.startswith(name[:-len('.gold.json')]) and g.get('published'):
                        dated[i] = g['published']
    if dated:
        right = sum(1 for i, d in dated.items() if got.get(i, {}).get('datePublished') == d)
        print('datePublished: %d of the %d pages whose date a gold file states (%.3f)' %
              (right, len(dated), right / len(dated)))
    exact = sum(1 for i in ids if got.get(i, {}).get('url') == truth[i].get('url'))
    loose = sum(1 for i in ids if 'url' in got.get(i, {}) and norm(got[i]['url']) == norm(truth[i].get('url', '')))
    have = sum(1 for i in ids if 'url' in got.get(i, {}))
    print('url: %d pages; a URL found on %d; equal to the stated one: %d exact (%.3f), %d up to scheme, '
          'www., slash, query (%.3f)' % (n, have, exact, exact / n, loose, loose / n))
    for field in ('headline', 'author', 'datePublished', 'dateModified', 'publisher', 'image', 'articleSection',
                  'inLanguage'):
        k = sum(1 for i in ids if field in got.get(i, {}))
        print('%-15s found on %3d of %d pages (%.3f; no truth stated: coverage, not accuracy)' % (field, k, n, k / n))
    return 0


if __name__ == '__main__':
    sys.exit(main())
