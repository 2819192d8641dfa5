"""GUM's documents as newsgraph reads them (bench/gum.py, bench/coref.py,
scripts/train-coref): the split lists of splits.md, each document's
tokens and entity mentions from its CoNLL-U, and its text rebuilt as an
article (tokens joined by their SpaceAfter, a paragraph break at each
`# newpar`)."""
import os


def split_docs(data, split):
    """Document names of one split of splits.md."""
    names, section = [], None
    for line in open(os.path.join(data, 'splits.md'), encoding='utf-8'):
        if line.startswith('## '):
            section = line[3:].strip()
        elif section == split and line.strip().startswith('* '):
            names.append(line.strip()[2:].strip())
    return names


def read_doc(path):
    """Tokens (form, upos, head index in doc, space after, newpar before)
    and mentions (entity id, type, first, last token)."""
    toks, ments, open_ = [], [], {}
    title, newpar, sent_start = None, False, 0
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# meta::title = '):
            title = line.split('= ', 1)[1]
        elif line.startswith('# newpar'):
            newpar = True
        elif line.startswith('# sent_id'):
            sent_start = len(toks)
        elif line and not line.startswith('#'):
            c = line.split('\t')
            if '-' in c[0] or '.' in c[0]:
                continue
            misc = dict(kv.split('=', 1) for kv in c[9].split('|') if '=' in kv)
            head = int(c[6])
            toks.append({'form': c[1], 'upos': c[3], 'head': sent_start + head - 1 if head else -1,
                         'space': misc.get('SpaceAfter') != 'No', 'newpar': newpar})
            newpar = False
            i = len(toks) - 1
            ent = misc.get('Entity', '')
            # "(12-person-new-...-coref-Wiki)" opens, "12)" closes, "(12-...)" both
            j = 0
            while j < len(ent):
                if ent[j] == '(':
                    k = j + 1
                    while k < len(ent) and ent[k] not in '()':
                        k += 1
                    fields = ent[j + 1:k].split('-')
                    eid, etype = fields[0], fields[1] if len(fields) > 1 else ''
                    open_.setdefault(eid, []).append((i, etype))
                    if k < len(ent) and ent[k] == ')':
                        s, t = open_[eid].pop()
                        ments.append((eid, t, s, i))
                        k += 1
                    j = k
                elif ent[j].isdigit():
                    k = j
                    while k < len(ent) and ent[k] != ')':
                        k += 1
                    eid = ent[j:k]
                    if open_.get(eid):
                        s, t = open_[eid].pop()
                        ments.append((eid, t, s, i))
                    j = k + 1
                else:
                    j += 1
    return title, toks, ments


def build_text(toks):
    parts, offs, at = [], [], 0
    for i, t in enumerate(toks):
        if i and t['newpar']:
            if parts and parts[-1] == ' ':
                parts.pop()
                at -= 1
            parts.append('\n\n')
            at += 2
        offs.append((at, at + len(t['form'])))
        parts.append(t['form'])
        at += len(t['form'])
        if t['space']:
            parts.append(' ')
            at += 1
    return ''.join(parts).rstrip(), offs


def write_articles(docs, tmp, list_name):
    """Articles and their mentions as `newsgraph train-coref` reads them:
    for each (name, text, token spans, mentions) of docs, NAME.txt and
    NAME.mentions (START<TAB>END<TAB>ENTITY, code points) in tmp, and a
    list of the pairs. Returns the list's path."""
    lines = []
    for name, text, offs, ments in docs:
        art = os.path.join(tmp, name + '.txt')
        with open(art, 'w', encoding='utf-8') as f:
            f.write(text + '\n')
        gold = os.path.join(tmp, name + '.mentions')
        with open(gold, 'w', encoding='utf-8') as f:
            for eid, _, s, e in sorted(ments, key=lambda m: (m[2], m[3], m[0])):
                f.write(f"{offs[s][0]}\t{offs[e][1]}\t{eid}\n")
        lines.append(f"{art}\t{gold}\n")
    path = os.path.join(tmp, list_name)
    with open(path, 'w', encoding='utf-8') as f:
        f.writelines(lines)
    return path


def write_mention_list(data, names, tmp, list_name):
    """GUM documents by name through write_articles."""
    def docs():
        for n in names:
            _, toks, ments = read_doc(os.path.join(data, 'dep', n + '.conllu'))
            text, offs = build_text(toks)
            yield n, text, offs, ments
    return write_articles(docs(), tmp, list_name)
