// rdftools.mjs -- independent implementations for the test suite to compare
// newsgraph with (run by tests/validate/*.sh, never by users):
//
//   node rdftools.mjs jsonschema SCHEMA FILE...   ajv (2020-12, formats): "FILE valid|invalid"
//   node rdftools.mjs shacl SHAPES FILE...        rdf-validate-shacl: "FILE valid|invalid"
//   node rdftools.mjs isomorphic A B              jsonld.js + rdf-canonize: exit 0 if the graphs are equal
//   node rdftools.mjs sparql QUERY DATA...        Oxigraph: SELECT results as sorted tab-separated rows
//   node rdftools.mjs results-tsv FILE.json       SPARQL JSON results (from any store) the same way
//
// RDF files are read by extension: .jsonld/.json with jsonld.js in safe mode
// (contexts inline only: nothing is fetched), .nt .nq .ttl .trig with N3.js.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import canonize from 'rdf-canonize';
import { Parser, Writer } from 'n3';
import rdf from 'rdf-ext';
import SHACLValidator from 'rdf-validate-shacl';
import oxigraph from 'oxigraph';

const noLoader = async (url) => {
  throw new Error(`remote context ${url} is not loaded`);
};

async function toNQuads(path) {
  const text = readFileSync(path, 'utf8');
  if (/\.(jsonld|json)$/.test(path)) {
    return jsonld.toRDF(JSON.parse(text), {
      format: 'application/n-quads', safe: true, documentLoader: noLoader, base: null,
    });
  }
  const format = path.endsWith('.nt') ? 'N-Triples' : path.endsWith('.nq') ? 'N-Quads'
    : path.endsWith('.trig') ? 'TriG' : 'Turtle';
  const quads = new Parser({ format, baseIRI: 'file:///input' }).parse(text);
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}

async function quads(path) {
  return new Parser({ format: 'N-Quads' }).parse(await toNQuads(path));
}

async function main(argv) {
  const [cmd, ...args] = argv;
  if (cmd === 'jsonschema') {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(args[0], 'utf8')));
    for (const f of args.slice(1)) {
      let verdict;
      try {
        verdict = validate(JSON.parse(readFileSync(f, 'utf8'))) ? 'valid' : 'invalid';
      } catch (e) {
        verdict = 'unreadable';
      }
      console.log(`${f} ${verdict}`);
    }
    return 0;
  }
  if (cmd === 'shacl') {
    const shapes = rdf.dataset(await quads(args[0]));
    for (const f of args.slice(1)) {
      let verdict;
      try {
        // validation reads the union of the file's graphs, as newsgraph does
        const data = (await quads(f)).map((q) => rdf.quad(q.subject, q.predicate, q.object));
        const report = await new SHACLValidator(shapes).validate(rdf.dataset(data));
        verdict = report.conforms ? 'valid' : 'invalid';
      } catch (e) {
        verdict = 'unreadable';
      }
      console.log(`${f} ${verdict}`);
    }
    return 0;
  }
  if (cmd === 'isomorphic') {
    const canon = async (f) => canonize.canonize(await toNQuads(f),
      { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' });
    const [a, b] = await Promise.all(args.map(canon));
    if (a === b) {
      console.log(`isomorphic (${a.split('\n').filter(Boolean).length} quads)`);
      return 0;
    }
    console.log('not isomorphic');
    return 1;
  }
  if (cmd === 'sparql') {
    const store = new oxigraph.Store();
    for (const f of args.slice(1))
      store.load(await toNQuads(f), { format: 'application/n-quads' });
    const tsv = store.query(readFileSync(args[0], 'utf8'), { results_format: 'tsv' });
    if (typeof tsv !== 'string')
      throw new Error('only SELECT and ASK queries are supported here');
    const [header, ...lines] = tsv.split('\n').filter(Boolean);
    lines.sort();
    console.log(header);
    for (const l of lines) console.log(l);
    return 0;
  }
  if (cmd === 'results-tsv') {
    // the SPARQL TSV Oxigraph writes: IRIs in <>, literals in N-Triples
    // form, xsd:integer bare; rows sorted
    const res = JSON.parse(readFileSync(args[0], 'utf8'));
    const vars = res.head.vars;
    const esc = (v) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r').replace(/\t/g, '\\t');
    const XSD = 'http://www.w3.org/2001/XMLSchema#';
    const show = (t) => {
      if (!t) return '';
      if (t.type === 'uri') return `<${t.value}>`;
      if (t.type === 'bnode') return `_:${t.value}`;
      if (t.datatype === `${XSD}integer`) return t.value;
      if (t['xml:lang']) return `"${esc(t.value)}"@${t['xml:lang']}`;
      if (t.datatype && t.datatype !== `${XSD}string`) return `"${esc(t.value)}"^^<${t.datatype}>`;
      return `"${esc(t.value)}"`;
    };
    const lines = res.results.bindings.map((b) => vars.map((v) => show(b[v])).join('\t'));
    lines.sort();
    console.log(vars.map((v) => `?${v}`).join('\t'));
    for (const l of lines) console.log(l);
    return 0;
  }
  console.error('usage: rdftools.mjs jsonschema|shacl|isomorphic|sparql|results-tsv ...');
  return 2;
}

main(process.argv.slice(2)).then((rc) => process.exit(rc), (e) => {
  console.error(`rdftools: ${e.message}`);
  process.exit(2);
});
