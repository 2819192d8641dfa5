"""PolNeAR's 1,012 article texts as one JSON Lines feed (for bench/batch.sh
and bench/evidence.py): the first line of each text is the headline, the
date in the file name the publication date; copies > 1 repeats the feed
with the ids kept apart."""
import glob
import json
import os
import re


def write_feed(data, path, copies=1):
    """Writes the feed to path; returns the number of articles."""
    files = sorted(glob.glob(os.path.join(data, '*', 'text', '*')))
    with open(path, 'w', encoding='utf-8') as out:
        for c in range(copies):
            for p in files:
                text = open(p, encoding='utf-8', errors='replace').read().strip()
                head, _, body = text.partition('\n')
                name = os.path.basename(p).rsplit('.', 1)[0]
                rec = {'id': '%s#%d' % (name, c + 1), 'headline': head.strip(), 'text': body or head}
                m = re.search(r'_(\d{4}-\d{2}-\d{2})_', name)
                if m:
                    rec['datePublished'] = m.group(1)
                out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    return len(files) * copies
