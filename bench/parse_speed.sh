#!/bin/sh
# Speed and memory of the tagger and parser, and of the converter that runs
# them on every sentence (Release build; one core):
#  1. tag + parse: `newsgraph parse --conllu` over UD English EWT dev, 1x and
#     8x, with the greedy parser (--parser fast) and the beam parser
#     (--parser accurate); the difference is the steady rate (start-up and
#     model loading left out, reading and writing CoNLL-U left in); peak RSS.
#  2. the peer: Apache OpenNLP's POS tagger (Debian's opennlp), trained here
#     on the same EWT train with UPOS, tagging the same 1x and 8x files, when
#     it is installed (apt-get install opennlp); tags only, no parse.
#  3. convert -j 1 on PolNeAR's 1,012 articles as JSON Lines, with each
#     parser: articles per second and peak RSS.
#  4. the size of the models linked into the binary.
# usage: bench/parse_speed.sh [BIN] [DATA_DIR]
BIN=${1:-build-rel/newsgraph}
DATA=${2:-../shared/data}
EWT=$DATA/ud_english_ewt
if [ ! -f "$EWT/en_ewt-ud-dev.conllu" ]; then
  echo "skipped: $EWT not found"
  exit 0
fi
exec python3 - "$BIN" "$DATA" "$(dirname "$0")/.." <<'EOF'
import glob, json, os, re, shutil, subprocess, sys, tempfile, time

binary, data, src = sys.argv[1], sys.argv[2], sys.argv[3]
ewt = os.path.join(data, 'ud_english_ewt')
tmp = tempfile.mkdtemp()

def run(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """Seconds and peak RSS (MB) of one command, on core 0."""
    start = time.time()
    proc = subprocess.Popen(['taskset', '-c', '0'] + cmd, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit('failed: %s (status %d)' % (' '.join(cmd), status))
    return time.time() - start, usage.ru_maxrss / 1024.0

def copies(path, n, out):
    with open(out, 'w') as f:
        text = open(path).read()
        for _ in range(n):
            f.write(text)
    return out

def words(path):
    return sum(1 for l in open(path) if re.match(r'^\d+\t', l))

dev = os.path.join(ewt, 'en_ewt-ud-dev.conllu')
one, eight = copies(dev, 1, os.path.join(tmp, 'dev1.conllu')), copies(dev, 8, os.path.join(tmp, 'dev8.conllu'))
w1, w8 = words(one), words(eight)
print('newsgraph parse benchmark: %s' % binary)
print('1. tag + parse, one core (EWT dev: %d words; 8x: %d)' % (w1, w8))
rates = {}
for parser in ('fast', 'accurate'):
    best = None
    for _ in range(3):
        t1, r1 = run([binary, 'parse', '--parser', parser, '--conllu', one])
        t8, r8 = run([binary, 'parse', '--parser', parser, '--conllu', eight])
        rate = (w8 - w1) / (t8 - t1)
        best = max(best or 0, rate)
    rates[parser] = best
    print('   newsgraph --parser %s: %.0f words/s steady (best of 3), %.2f s for 1x; peak RSS %.1f MB (1x), %.1f MB (8x)'
          % (parser, best, t1, r1, r8))
best = rates['fast']

if shutil.which('opennlp'):
    model = os.path.join(tmp, 'opennlp-pos.bin')
    subprocess.run(['opennlp', 'POSTaggerTrainer.conllu', '-model', model, '-lang', 'en', '-tagset', 'u',
                    '-data', os.path.join(ewt, 'en_ewt-ud-train.conllu'), '-encoding', 'UTF-8'],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    def sentences(path, out):
        with open(out, 'w') as f:
            sent = []
            for l in open(path):
                if re.match(r'^\d+\t', l):
                    sent.append(l.split('\t')[1])
                elif not l.strip() and sent:
                    f.write(' '.join(sent) + '\n')
                    sent = []
        return out
    s1, s8 = sentences(one, os.path.join(tmp, 's1.txt')), sentences(eight, os.path.join(tmp, 's8.txt'))
    o1, q1 = run(['opennlp', 'POSTagger', model], stdin=open(s1))
    o8, q8 = run(['opennlp', 'POSTagger', model], stdin=open(s8))
    orate = (w8 - w1) / (o8 - o1)
    out = subprocess.run(['opennlp', 'POSTagger', model], stdin=open(s1), capture_output=True, text=True).stdout
    pred = [t.rsplit('_', 1)[-1] for line in out.splitlines() for t in line.split(' ') if t]
    gold = [l.split('\t')[3] for l in open(one) if re.match(r'^\d+\t', l)]
    acc = sum(p == g for p, g in zip(pred, gold)) / len(gold) if len(pred) == len(gold) else float('nan')
    npred = subprocess.run([binary, 'parse', '--parser', 'fast', '--score', '--conllu', one], capture_output=True, text=True).stderr
    m = re.search(r'UPOS ([0-9.]+)', npred)
    print('   OpenNLP POSTagger (maxent, trained on EWT train): %.0f words/s steady, %.2f s for 1x, peak RSS %.1f MB;'
          ' UPOS on EWT dev %.4f (newsgraph %s)' % (orate, o1, q1, acc, m.group(1) if m else '?'))
    print('   ratio: newsgraph tags and parses %.1fx (fast) and %.1fx (accurate) as many words per second as OpenNLP only tags'
          % (rates['fast'] / orate, rates['accurate'] / orate))
else:
    print('   (OpenNLP not installed: apt-get install opennlp for the side-by-side figures)')

polnear = os.path.join(data, 'polnear', 'data')
if os.path.isdir(polnear):
    feed = os.path.join(tmp, 'polnear.jsonl')
    files = sorted(glob.glob(os.path.join(polnear, '*', 'text', '*')))
    with open(feed, 'w', encoding='utf-8') as f:
        for p in files:
            text = open(p, encoding='utf-8', errors='replace').read().strip()
            head, _, body = text.partition('\n')
            f.write(json.dumps({'id': os.path.basename(p), 'headline': head.strip(), 'text': body or head}) + '\n')
    for parser in ('fast', 'accurate'):
        t, r = run([binary, 'convert', '-q', '-j', '1', '-f', 'nquads', '--parser', parser, feed])
        print('3. convert -j 1 --parser %s, %d PolNeAR articles (%.1f MB): %.1f articles/s, peak RSS %.1f MB'
              % (parser, len(files), os.path.getsize(feed) / 1e6, len(files) / t, r))
sizes = [(os.path.basename(p), os.path.getsize(p) / 1e6) for p in sorted(glob.glob(os.path.join(src, 'models', '*.bin')))]
print('4. models: ' + ', '.join('%s %.1f MB' % s for s in sizes) + '; %.1f MB in all' % sum(s for _, s in sizes))
shutil.rmtree(tmp)
EOF
