"""ECB+ documents as newsgraph reads them (scripts/train-coref,
bench/coref.py): each document's tokens and its entity mentions with
their coreference chains, and its text rebuilt as an article.

ECB+ (../shared/data/ecbplus/ECB+/<topic>/*.xml) holds tokenized news
with mentions of actions, times, places and participants; INTRA_DOC_COREF
and CROSS_DOC_COREF relations tie mentions to an instance, which is the
entity here. A mention in no relation is left out: ECB+ links only the
participants of a topic's main events, so an unlinked "he" is not
annotated for what it stands for (not "nobody named"), and
`newsgraph train-coref` skips pronouns without a gold mention. Topics 1-35 are for training and
tuning, 36-45 the standard test topics."""
import glob
import os
import xml.etree.ElementTree as ET

import gumdata

# no space before these tokens, none after the second set
_NO_SPACE_BEFORE = {'.', ',', ';', ':', '!', '?', '%', ')', ']', '}', "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
                    "''", "'"}
_NO_SPACE_AFTER = {'(', '[', '{', '$', '``'}


def topic_docs(data, topics):
    """The XML files of the given topic numbers, sorted."""
    out = []
    for t in topics:
        out += sorted(glob.glob(os.path.join(data, 'ECB+', str(t), '*.xml')))
    return out


def read_doc(path):
    """Tokens (text, sentence) and mentions (entity, first, last token)."""
    root = ET.parse(path).getroot()
    toks, index = [], {}
    plus = path.endswith('ecbplus.xml')
    for t in root.iter('token'):
        sent = int(t.get('sentence'))
        if plus and sent == 0:
            continue  # the source URL
        index[t.get('t_id')] = len(toks)
        toks.append({'form': t.text or '', 'sent': sent})
    entity = {}
    rels = root.find('Relations')
    for r in (rels if rels is not None else []):
        target = r.find('target')
        if target is None:
            continue
        for s in r.findall('source'):
            entity[s.get('m_id')] = 'i' + target.get('m_id')
    ments = []
    for m in root.find('Markables'):
        anchors = [index[a.get('t_id')] for a in m.findall('token_anchor') if a.get('t_id') in index]
        if anchors and m.get('m_id') in entity:
            ments.append((entity[m.get('m_id')], m.tag, min(anchors), max(anchors)))
    return toks, ments


def build_text(toks):
    """The article: one paragraph per sentence, tokens joined with the
    spaces English puts between them; each token's span (code points)."""
    parts, offs, at = [], [], 0
    for i, t in enumerate(toks):
        form = '"' if t['form'] in ('``', "''") else t['form']
        if i and toks[i - 1]['sent'] != t['sent']:
            parts.append('\n\n')
            at += 2
        elif i and t['form'] not in _NO_SPACE_BEFORE and toks[i - 1]['form'] not in _NO_SPACE_AFTER:
            parts.append(' ')
            at += 1
        offs.append((at, at + len(form)))
        parts.append(form)
        at += len(form)
    return ''.join(parts), offs


def write_mention_list(paths, tmp, list_name):
    """ECB+ documents through gumdata.write_articles, each under a headline
    ("Article") so that its first sentence stays in the body."""
    headline = 'Article\n\n'

    def docs():
        for p in paths:
            toks, ments = read_doc(p)
            text, offs = build_text(toks)
            shifted = [(a + len(headline), b + len(headline)) for a, b in offs]
            yield 'ecb-' + os.path.basename(p)[:-4], headline + text, shifted, ments
    return gumdata.write_articles(docs(), tmp, list_name)
