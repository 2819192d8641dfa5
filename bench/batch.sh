#!/bin/sh
# Batch conversion at scale: a JSON Lines feed built from PolNeAR's 1,012
# article texts (../shared/data/polnear), at 1x, 4x and 16x. Prints, for
# each size, the peak memory (RSS) of a run to standard output and of a run
# to -o FILE, and articles per second; at 1x also -j 1 against -j 2 and
# whether their N-Quads are byte-identical. Memory is flat when the 16x
# peak is within 1.3x of the 1x peak.
# usage: bench/batch.sh [BIN] [DATA_DIR]     (Release build recommended)
BIN=${1:-build/newsgraph}
DATA=${2:-../shared/data/polnear/data}
if [ ! -d "$DATA" ]; then
  echo "skipped: $DATA not found (PolNeAR is not on this machine)"
  exit 0
fi
exec python3 - "$BIN" "$DATA" "$(dirname "$0")" <<'EOF'
import filecmp, glob, json, os, re, subprocess, sys, tempfile, time
sys.path.insert(0, sys.argv[3])
from polnear_feed import write_feed

binary, data = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()

def feed(copies):
    """PolNeAR's texts as JSON Lines, copies times (ids kept apart)."""
    path = os.path.join(tmp, 'polnear-%dx.jsonl' % copies)
    return path, write_feed(data, path, copies)

def run(args, stdout_path):
    """Seconds and peak RSS (MB) of one newsgraph run."""
    start = time.time()
    with open(stdout_path, 'wb') as out:
        proc = subprocess.Popen([binary] + args, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit('newsgraph failed: %s (status %d)' % (' '.join(args), status))
    return time.time() - start, usage.ru_maxrss / 1024.0

print('newsgraph batch benchmark: %s, %d cores' % (binary, os.cpu_count()))
print('%-5s %9s %9s | %-24s | %-24s' % ('size', 'articles', 'MB', 'to stdout (-j 2)', 'to -o FILE (-j 2)'))
peaks = {}
for copies in (1, 4, 16):
    path, n = feed(copies)
    mb = os.path.getsize(path) / 1e6
    s_out, rss_out = run(['convert', '-q', '-j', '2', '-f', 'nquads', path], os.path.join(tmp, 'out.nq'))
    s_file, rss_file = run(['convert', '-q', '-j', '2', path, '-o', os.path.join(tmp, 'file.nq')], os.devnull)
    peaks[copies] = (rss_out, rss_file)
    print('%-5s %9d %9.1f | %6.1f MB peak %6.1f art/s | %6.1f MB peak %6.1f art/s'
          % ('%dx' % copies, n, mb, rss_out, n / s_out, rss_file, n / s_file))
    os.remove(os.path.join(tmp, 'file.nq'))
    if copies == 1:
        s1, _ = run(['convert', '-q', '-j', '1', '-f', 'nquads', path], os.path.join(tmp, 'j1.nq'))
        s2, _ = run(['convert', '-q', '-j', '2', '-f', 'nquads', path], os.path.join(tmp, 'j2.nq'))
        # compared in chunks: a forked child's peak RSS starts at this
        # process's, so the benchmark itself must stay small
        same = filecmp.cmp(os.path.join(tmp, 'j1.nq'), os.path.join(tmp, 'j2.nq'), shallow=False)
        one_x = (n, s1, s2, same)
    os.remove(path)
n, s1, s2, same = one_x
print('threads at 1x: -j 1 %.1f art/s, -j 2 %.1f art/s: %.2fx; N-Quads of -j 1 and -j 2 %s'
      % (n / s1, n / s2, s1 / s2, 'byte-identical' if same else 'DIFFER'))
for i, what in enumerate(('stdout', '-o FILE')):
    ratio = peaks[16][i] / peaks[1][i]
    print('memory %s: 16x peak / 1x peak = %.2f (%s)' % (what, ratio, 'flat' if ratio <= 1.3 else 'NOT flat'))
EOF
