#!/usr/bin/env node
// Validates responses recorded by the server's test recording mode against the
// OpenAPI contract.
//
//   node validate-responses.mjs <openapi.yaml> <recording.jsonl> [more.jsonl ...]
//   node validate-responses.mjs --check <openapi.yaml>
//
// Each JSONL line: {"method","route","status","content_type","headers","body"}
// where `route` is the OpenAPI path template, `headers` has lower-case names and
// `body` is the parsed JSON body (null when empty or not JSON).
//
// Prints one `FAIL <METHOD> <route> <status>: <reasons>` line per failing record
// and finally `contract: N passed, M failed`. Exits 1 when M > 0 or when no
// record was checked at all, 2 on usage or document errors, else 0.
// `--check` only loads the document and compiles every schema in it.

import fs from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const DOC_ID = 'urn:privacy-dashboard:contract:openapi';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const MAX_ERRORS_SHOWN = 6;

// ---------------------------------------------------------------- pointers

function escapeToken(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeToken(token) {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `['paths', '/a/{id}', 'get']` -> `#/paths/~1a~1{id}/get` */
function pointer(tokens) {
  return '#' + tokens.map((t) => '/' + escapeToken(t)).join('');
}

function resolvePointer(doc, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#')) {
    throw new Error(`only local references are supported: ${ref}`);
  }
  const body = ref.slice(1);
  if (body === '') return doc;
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${ref}`);
  let node = doc;
  for (const raw of body.slice(1).split('/')) {
    const token = decodeURIComponent(unescapeToken(raw));
    if (node === null || typeof node !== 'object' || !(token in node)) {
      throw new Error(`unresolvable reference: ${ref}`);
    }
    node = node[token];
  }
  return node;
}

/** Follows `$ref` chains of non-schema objects; returns { node, ptr }. */
function deref(doc, node, ptr) {
  const seen = new Set();
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) throw new Error(`reference cycle at ${node.$ref}`);
    seen.add(node.$ref);
    ptr = node.$ref;
    node = resolvePointer(doc, node.$ref);
  }
  return { node, ptr };
}

function collectRefs(node, path, out) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectRefs(item, `${path}/${i}`, out));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push({ at: path, ref: value });
      else collectRefs(value, `${path}/${escapeToken(key)}`, out);
    }
  }
  return out;
}

// ---------------------------------------------------------------- contract

export function loadContract(file) {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string' || !doc.paths) {
    throw new Error(`${file} is not an OpenAPI document`);
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, DOC_ID);

  const problems = [];

  // Every local $ref must resolve.
  for (const { at, ref } of collectRefs(doc, '#', [])) {
    try {
      resolvePointer(doc, ref);
    } catch (e) {
      problems.push(`${at}: ${e.message}`);
    }
  }

  const compile = (ptr) => {
    try {
      const validate = ajv.getSchema(DOC_ID + ptr);
      if (!validate) problems.push(`${ptr}: no schema`);
      return validate ?? null;
    } catch (e) {
      problems.push(`${ptr}: ${e.message}`);
      return null;
    }
  };

  // Every named schema compiles.
  for (const name of Object.keys(doc.components?.schemas ?? {})) {
    compile(pointer(['components', 'schemas', name]));
  }
  // Every response body and header schema compiles, wherever it is written.
  const compileResponse = (response, base) => {
    for (const [media, mt] of Object.entries(response?.content ?? {})) {
      if (mt?.schema) compile(pointer([...base, 'content', media, 'schema']));
    }
    for (const [name, header] of Object.entries(response?.headers ?? {})) {
      if (header?.schema) compile(pointer([...base, 'headers', name, 'schema']));
    }
  };
  for (const [name, response] of Object.entries(doc.components?.responses ?? {})) {
    compileResponse(response, ['components', 'responses', name]);
  }
  for (const [name, header] of Object.entries(doc.components?.headers ?? {})) {
    if (header?.schema) compile(pointer(['components', 'headers', name, 'schema']));
  }
  for (const [route, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      if (!op.operationId) problems.push(`${method.toUpperCase()} ${route}: no operationId`);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        compileResponse(response, ['paths', route, method, 'responses', status]);
      }
    }
  }
  return { doc, ajv, problems };
}

// ---------------------------------------------------------------- checking

function summarizeErrors(errors) {
  // `if` errors only say "must match \"then\" schema"; the `then` errors say why.
  const parts = (errors ?? []).filter((e) => e.keyword !== 'if').map((e) => {
    const where = e.instancePath === '' ? '/' : e.instancePath;
    let msg = `${where} ${e.message}`;
    if (e.keyword === 'additionalProperties') msg += ` (${e.params.additionalProperty})`;
    if (e.keyword === 'enum') msg += ` (${e.params.allowedValues.join(', ')})`;
    if (e.keyword === 'const') msg += ` (${JSON.stringify(e.params.allowedValue)})`;
    return msg;
  });
  const unique = [...new Set(parts)];
  const shown = unique.slice(0, MAX_ERRORS_SHOWN).join('; ');
  const more = unique.length - MAX_ERRORS_SHOWN;
  return more > 0 ? `${shown}; … (+${more} more)` : shown;
}

function schemaType(doc, schema) {
  const { node } = deref(doc, schema, null);
  return node?.type;
}

function coerceHeader(value, type) {
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('integer') || types.includes('number')) {
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(value.trim())) return Number(value.trim());
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function findResponse(responses, status) {
  const exact = String(status);
  if (responses[exact]) return exact;
  const range = `${Math.floor(status / 100)}XX`;
  if (responses[range]) return range;
  if (responses[range.toLowerCase()]) return range.toLowerCase();
  if (responses.default) return 'default';
  return null;
}

function findMedia(content, contentType) {
  const keys = Object.keys(content);
  const lower = (k) => k.split(';')[0].trim().toLowerCase();
  const [major] = contentType.split('/');
  return (
    keys.find((k) => lower(k) === contentType) ??
    keys.find((k) => lower(k) === `${major}/*`) ??
    keys.find((k) => lower(k) === '*/*') ??
    null
  );
}

function isJsonMedia(mediaType) {
  const t = mediaType.split(';')[0].trim().toLowerCase();
  return t === 'application/json' || t.endsWith('+json');
}

/** Returns a list of failure reasons for one record (empty when it conforms). */
export function checkRecord(contract, rec) {
  const { doc, ajv } = contract;
  const reasons = [];
  const method = String(rec.method ?? '').toLowerCase();
  const route = rec.route;
  const status = rec.status;
  if (!method || typeof route !== 'string' || !Number.isInteger(status)) {
    return ['record lacks method, route or integer status'];
  }

  const item = doc.paths[route];
  if (!item) return [`route not documented`];

  let op = item[method];
  let headFallback = false;
  if (!op && method === 'head' && item.get) {
    op = item.get;
    headFallback = true;
  }

  let response;
  let responsePtr;
  if (op) {
    const opMethod = headFallback ? 'get' : method;
    const key = findResponse(op.responses ?? {}, status);
    if (!key) {
      return [`status ${status} not documented for ${opMethod.toUpperCase()} (documented: ${Object.keys(op.responses ?? {}).join(', ')})`];
    }
    ({ node: response, ptr: responsePtr } = deref(
      doc,
      op.responses[key],
      pointer(['paths', route, opMethod, 'responses', key]),
    ));
  } else if (status === 405 && doc.components?.responses?.MethodNotAllowed) {
    // Any documented path answers an undocumented method with 405.
    ({ node: response, ptr: responsePtr } = deref(
      doc,
      doc.components.responses.MethodNotAllowed,
      pointer(['components', 'responses', 'MethodNotAllowed']),
    ));
  } else {
    return [`method ${method.toUpperCase()} not documented for this route`];
  }

  // Headers.
  const recHeaders = {};
  for (const [name, value] of Object.entries(rec.headers ?? {})) {
    recHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  for (const [name, rawHeader] of Object.entries(response.headers ?? {})) {
    if (name.toLowerCase() === 'content-type') continue; // ignored by OpenAPI
    const { node: header, ptr: headerPtr } = deref(
      doc,
      rawHeader,
      `${responsePtr}/headers/${escapeToken(name)}`,
    );
    const value = recHeaders[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) reasons.push(`missing required header ${name}`);
      continue;
    }
    if (header.schema) {
      const validate = ajv.getSchema(`${DOC_ID}${headerPtr}/schema`);
      const coerced = coerceHeader(value, schemaType(doc, header.schema));
      if (!validate(coerced)) {
        reasons.push(`header ${name} ${JSON.stringify(value)}: ${summarizeErrors(validate.errors)}`);
      }
    }
  }

  // Content type and body.
  const isHead = method === 'head';
  const body = rec.body === undefined ? null : rec.body;
  const contentType = String(rec.content_type ?? '').split(';')[0].trim().toLowerCase();
  const content = response.content ?? {};
  const mediaKeys = Object.keys(content);

  if (isHead && body !== null) reasons.push('HEAD response has a body');

  if (mediaKeys.length === 0) {
    if (!isHead && body !== null) reasons.push('response documents no body but one was recorded');
  } else if (!contentType) {
    if (!isHead) reasons.push(`no Content-Type (documented: ${mediaKeys.join(', ')})`);
  } else {
    const mediaKey = findMedia(content, contentType);
    if (!mediaKey) {
      reasons.push(`content type ${contentType} not documented (documented: ${mediaKeys.join(', ')})`);
    } else if (!isHead && isJsonMedia(mediaKey) && content[mediaKey]?.schema) {
      if (body === null) {
        reasons.push(`body is empty or not JSON (expected ${mediaKey})`);
      } else {
        const validate = ajv.getSchema(
          `${DOC_ID}${responsePtr}/content/${escapeToken(mediaKey)}/schema`,
        );
        if (!validate(body)) reasons.push(summarizeErrors(validate.errors));
      }
    }
  }
  return reasons;
}

// ---------------------------------------------------------------- main

function main(argv) {
  if (argv[0] === '--check') {
    if (argv.length !== 2) return usage();
    let doc;
    let problems;
    try {
      ({ doc, problems } = loadContract(argv[1]));
    } catch (e) {
      console.error(`contract: cannot load ${argv[1]}: ${e.message}`);
      return 2;
    }
    for (const p of problems) console.log(`FAIL document ${p}`);
    const ops = Object.values(doc.paths).reduce(
      (n, item) => n + METHODS.filter((m) => item?.[m]).length,
      0,
    );
    console.log(
      `document: ${Object.keys(doc.paths).length} paths, ${ops} operations, ` +
        `${Object.keys(doc.components?.schemas ?? {}).length} schemas, ${problems.length} problems`,
    );
    return problems.length ? 2 : 0;
  }
  if (argv.length < 2) return usage();

  const [docFile, ...recordingFiles] = argv;
  let contract;
  try {
    contract = loadContract(docFile);
  } catch (e) {
    console.error(`contract: cannot load ${docFile}: ${e.message}`);
    return 2;
  }
  if (contract.problems.length) {
    for (const p of contract.problems) console.log(`FAIL document ${p}`);
    console.log(`contract: 0 passed, ${contract.problems.length} failed`);
    return 2;
  }

  let passed = 0;
  let failed = 0;
  for (const file of recordingFiles) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`contract: cannot read ${file}: ${e.message}`);
      return 2;
    }
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === '') return;
      let rec;
      try {
        rec = JSON.parse(line);
      } catch (e) {
        failed += 1;
        console.log(`FAIL - ${file}:${index + 1} -: not a JSON record (${e.message})`);
        return;
      }
      let reasons;
      try {
        reasons = checkRecord(contract, rec);
      } catch (e) {
        reasons = [`validator error: ${e.message}`];
      }
      if (reasons.length === 0) {
        passed += 1;
      } else {
        failed += 1;
        const m = String(rec?.method ?? '-').toUpperCase();
        console.log(`FAIL ${m} ${rec?.route ?? '-'} ${rec?.status ?? '-'}: ${reasons.join('; ')}`);
      }
    });
  }
  if (passed + failed === 0) {
    console.error('contract: no records in the recordings: nothing was checked');
  }
  console.log(`contract: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed + failed === 0 ? 1 : 0;
}

function usage() {
  console.error(
    'usage: node validate-responses.mjs <openapi.yaml> <recording.jsonl> [more.jsonl ...]\n' +
      '       node validate-responses.mjs --check <openapi.yaml>',
  );
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
