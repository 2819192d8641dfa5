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


def _tokens(root, path):
    """The tokens (text, sentence) and each token id's index."""
    toks, index = [], {}
    plus = path.endswith('ecbplus.xml')
    for t in root.iter('token'):
        sent = int(t.get('sentence'))
        if plus and sent == 0:
            continue  # the source URL
        index[t.get('t_id')] = len(toks)
        toks.append({'form': t.text or '', 'sent': sent})
    return toks, index


def read_doc(path):
    """Tokens (text, sentence) and mentions (entity, first, last token)."""
    root = ET.parse(path).getroot()
    toks, index = _tokens(root, path)
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


def annotated_sentences(data):
    """(topic, file name without .xml) -> the sentence numbers ECB+
    annotated exhaustively (ECBplus_coreference_sentences.csv): event
    words are marked only there."""
    out = {}
    with open(os.path.join(data, 'ECBplus_coreference_sentences.csv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            topic, name, sent = line.strip().split(',')
            out.setdefault((topic, topic + '_' + name), set()).add(int(sent))
    return out


def read_actions(path, kind='ACTION'):
    """Tokens and the action mentions (tag, first, last token): every
    ACTION_* and NEG_ACTION_* markable, the event words of ECB+ (with
    kind='HUMAN_PART', the human participants' mentions)."""
    root = ET.parse(path).getroot()
    toks, index = _tokens(root, path)
    acts = []
    for m in root.find('Markables'):
        if kind not in m.tag:
            continue
        anchors = [index[a.get('t_id')] for a in m.findall('token_anchor') if a.get('t_id') in index]
        if anchors:
            acts.append((m.tag, min(anchors), max(anchors)))
    return toks, acts


def trigger_docs(data, paths):
    """For each document with annotated sentences: (name, article text,
    token spans, spans) where spans are (label, first, last token): its
    annotated sentences ("sentence") and their action mentions."""
    annotated = annotated_sentences(data)
    headline = 'Article\n\n'
    for p in paths:
        topic = os.path.basename(os.path.dirname(p))
        sents = annotated.get((topic, os.path.basename(p)[:-4]), set())
        if not sents:
            continue
        toks, acts = read_actions(p)
        text, offs = build_text(toks)
        offs = [(a + len(headline), b + len(headline)) for a, b in offs]
        spans = []
        for s in sorted(sents):
            idx = [i for i, t in enumerate(toks) if t['sent'] == s]
            if idx:
                spans.append(('sentence', idx[0], idx[-1]))
        spans += [(tag, a, b) for tag, a, b in acts if toks[a]['sent'] in sents]
        yield 'ecb-' + os.path.basename(p)[:-4], headline + text, offs, spans


def write_trigger_list(data, paths, tmp, list_name):
    """Articles and span files as `newsgraph train-triggers` reads them."""
    def docs():
        for name, text, offs, spans in trigger_docs(data, paths):
            yield name, text, offs, [(label, '', a, b) for label, a, b in spans]
    return gumdata.write_articles(docs(), tmp, list_name)
