#!/usr/bin/env python3
"""Triples per article at each evidence level (convert --evidence
full|spans|none) on PolNeAR's 1,012 articles as one JSON Lines feed, as
N-Quads: quads per article, megabytes, and the quads of each level against
full.

    python3 bench/evidence.py [BIN] [POLNEAR_DATA_DIR]
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from polnear_feed import write_feed  # noqa: E402

binary = sys.argv[1] if len(sys.argv) > 1 else 'build-rel/newsgraph'
data = sys.argv[2] if len(sys.argv) > 2 else '../shared/data/polnear/data'
if not os.path.isdir(data):
    print('skipped: %s not found (PolNeAR is not on this machine)' % data)
    sys.exit(0)
tmp = tempfile.mkdtemp()
feed = os.path.join(tmp, 'polnear.jsonl')
n = write_feed(data, feed)
print('evidence levels: %s, %d articles (%.1f MB of JSON Lines)' % (binary, n, os.path.getsize(feed) / 1e6))
print('%-6s %10s %12s %9s %10s %8s' % ('level', 'quads', 'per article', 'MB', 'vs full', 'seconds'))
full = None
for level in ('full', 'spans', 'none'):
    out = os.path.join(tmp, level + '.nq')
    start = time.time()
    subprocess.run([binary, 'convert', '-q', '--evidence', level, '-f', 'nquads', feed, '-o', out], check=True)
    secs = time.time() - start
    quads = sum(1 for _ in open(out, 'rb'))
    full = full or quads
    print('%-6s %10d %12.1f %9.1f %9.0f%% %8.1f' % (level, quads, quads / n, os.path.getsize(out) / 1e6,
                                                   100.0 * quads / full, secs))
    os.remove(out)
os.remove(feed)
os.rmdir(tmp)
