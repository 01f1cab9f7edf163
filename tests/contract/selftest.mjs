#!/usr/bin/env node
// Proves that validate-responses.mjs catches contract violations: it writes
// small recordings, runs the validator on them as a child process and checks
// exactly which records failed.
//
//   node selftest.mjs [path/to/openapi.yaml]
//
// Prints `selftest: N passed, M failed` and exits 0 only when every check passed.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const validator = path.join(here, 'validate-responses.mjs');
const openapi = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'docs', 'api', 'openapi.yaml'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-selftest-'));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `\n     ${detail.replace(/\n/g, '\n     ')}` : ''}`);
  }
}

function run(name, records) {
  const file = path.join(tmp, `${name}.jsonl`);
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
  const res = spawnSync(process.execPath, [validator, openapi, file], { encoding: 'utf8' });
  const lines = res.stdout.split('\n').filter(Boolean);
  return {
    status: res.status,
    output: (res.stdout + res.stderr).trim(),
    failLines: lines.filter((l) => l.startsWith('FAIL ')),
    summary: lines.at(-1) ?? '',
  };
}

// ------------------------------------------------------------ fixtures

const rid = { 'x-request-id': 'selftest-1' };
const JSON_CT = 'application/json; charset=utf-8';
const PROBLEM_CT = 'application/problem+json; charset=utf-8';
const TS = '2026-11-25T08:30:00.000Z';

const discovery = {
  provider_name: 'Example Provider',
  api_base_url: 'https://127.0.0.1:8443/api/v1',
  api_version: '1',
  privacy_policy_url: 'https://127.0.0.1:8443/privacy',
  password_reset_url: 'https://127.0.0.1:8443/reset-password',
  support_email: 'support@example.test',
  security_email: 'security@example.test',
  oidc_issuers: [{ issuer: 'https://127.0.0.1:8444', client_id: 'privacy-dashboard', display_name: 'Test IdP' }],
  request_types: ['edit', 'export', 'delete'],
  request_deadline_days: { edit: 30, export: 30, delete: 30 },
  backup_retention_days: 35,
  deletion_grace_days: 14,
  storage_regions: [{ id: 'eu-central', name: 'Frankfurt', country: 'DE' }],
};
const { api_version: _dropped, ...discoveryWithoutVersion } = discovery;

const problem = (slug, status, extra = {}) => ({
  type: `urn:privacy-dashboard:problem:${slug}`,
  title: slug.replace(/-/g, ' '),
  status,
  ...extra,
});

const profile = {
  full_name: 'Ada Example',
  email: 'ada@example.test',
  email_verified: true,
  mailing_address: { line1: '1 Main St', line2: null, city: 'Berlin', region: null, postal_code: '10115', country: 'DE' },
  phone: '+4915112345678',
  website: null,
  updated_at: TS,
};

const exportRequest = {
  id: 'r-1',
  type: 'export',
  payload: { categories: ['profile', 'visits'], format: 'json' },
  status: 'completed',
  created_at: TS,
  updated_at: TS,
  due_at: '2026-12-25T08:30:00.000Z',
  history: [
    { status: 'received', at: TS, message: null },
    { status: 'completed', at: TS, message: null },
  ],
  result: {
    archive_url: 'https://127.0.0.1:8443/api/v1/requests/r-1/archive',
    size_bytes: 2048,
    sha256: 'a'.repeat(64),
    expires_at: '2026-12-02T08:30:00.000Z',
  },
};

const rec = (method, route, status, contentType, headers, body) => ({
  method,
  route,
  status,
  content_type: contentType,
  headers: { ...rid, ...headers },
  body,
});

// ------------------------------------------------------------ the five required cases

{
  const r = run('required', [
    // (a) valid Discovery
    rec('GET', '/.well-known/privacy-dashboard', 200, JSON_CT, {}, discovery),
    // (b) Discovery without a required member
    rec('GET', '/.well-known/privacy-dashboard', 200, JSON_CT, {}, discoveryWithoutVersion),
    // (c) undocumented route
    rec('GET', '/api/v1/nonexistent', 200, JSON_CT, {}, {}),
    // (d) 429 without Retry-After (body itself is fine)
    rec('GET', '/api/v1/profile', 429, PROBLEM_CT, {}, problem('rate-limited', 429, { retry_after: 3 })),
    // (e) valid problem+json 404
    rec('GET', '/api/v1/requests/{id}', 404, PROBLEM_CT, {},
      problem('not-found', 404, { detail: 'No such request.', instance: '/api/v1/requests/zzz' })),
  ]);
  const discoveryFails = r.failLines.filter((l) => l.startsWith('FAIL GET /.well-known/privacy-dashboard 200:'));
  check('(a)+(b) exactly one Discovery record fails, for api_version',
    discoveryFails.length === 1 && discoveryFails[0].includes('api_version'), r.output);
  check('(c) undocumented route fails',
    r.failLines.some((l) => l.startsWith('FAIL GET /api/v1/nonexistent 200:')), r.output);
  check('(d) 429 without Retry-After fails',
    r.failLines.some((l) => l.startsWith('FAIL GET /api/v1/profile 429:') && /Retry-After/i.test(l)), r.output);
  check('(e) valid 404 problem passes',
    !r.failLines.some((l) => l.startsWith('FAIL GET /api/v1/requests/{id} 404')), r.output);
  check('required run: exactly 3 FAIL lines', r.failLines.length === 3, r.output);
  check('required run: summary line', r.summary === 'contract: 2 passed, 3 failed', r.output);
  check('required run: exit code 1', r.status === 1, `exit ${r.status}`);
}

// ------------------------------------------------------------ exit codes

{
  const r = run('empty', []);
  check('empty recording fails with exit 1',
    r.status === 1 && r.summary === 'contract: 0 passed, 0 failed', `${r.output}\nexit ${r.status}`);
}
{
  const r = run('all-valid', [rec('GET', '/.well-known/privacy-dashboard', 200, JSON_CT, {}, discovery)]);
  check('all-valid recording exits 0',
    r.status === 0 && r.summary === 'contract: 1 passed, 0 failed', `${r.output}\nexit ${r.status}`);
}

// ------------------------------------------------------------ further cases

const cases = [
  // [name, record, shouldFail]
  ['profile 200 with ETag passes',
    rec('GET', '/api/v1/profile', 200, JSON_CT, { etag: '"p-1"' }, profile), false],
  ['profile 200 without ETag fails',
    rec('GET', '/api/v1/profile', 200, JSON_CT, {}, profile), true],
  ['profile 200 with an extra member fails',
    rec('GET', '/api/v1/profile', 200, JSON_CT, { etag: '"p-1"' }, { ...profile, password: 'x' }), true],
  ['missing X-Request-ID fails',
    { ...rec('GET', '/.well-known/privacy-dashboard', 200, JSON_CT, {}, discovery), headers: {} }, true],
  ['wrong content type fails',
    rec('GET', '/.well-known/privacy-dashboard', 200, 'text/html', {}, null), true],
  ['undocumented status fails',
    rec('GET', '/.well-known/privacy-dashboard', 418, PROBLEM_CT, {}, problem('bad-request', 418)), true],
  ['wrong problem slug for the status fails',
    rec('GET', '/api/v1/requests/{id}', 404, PROBLEM_CT, {}, problem('conflict', 404)), true],
  ['405 on a documented path with Allow passes',
    rec('DELETE', '/api/v1/profile', 405, PROBLEM_CT, { allow: 'GET, PATCH' }, problem('method-not-allowed', 405)), false],
  ['405 without Allow fails',
    rec('DELETE', '/api/v1/profile', 405, PROBLEM_CT, {}, problem('method-not-allowed', 405)), true],
  ['HEAD falls back to GET without a body check',
    rec('HEAD', '/api/v1/profile', 200, JSON_CT, { etag: '"p-1"' }, null), false],
  ['archive 206 with Content-Range passes',
    rec('GET', '/api/v1/requests/{id}/archive', 206, 'application/zip',
      { 'accept-ranges': 'bytes', etag: '"a-1"', 'content-range': 'bytes 0-99/2048' }, null), false],
  ['archive HEAD 200 passes',
    rec('HEAD', '/api/v1/requests/{id}/archive', 200, 'application/zip',
      { 'accept-ranges': 'bytes', etag: '"a-1"', 'content-length': '2048' }, null), false],
  ['archive 206 without Content-Range fails',
    rec('GET', '/api/v1/requests/{id}/archive', 206, 'application/zip',
      { 'accept-ranges': 'bytes', etag: '"a-1"' }, null), true],
  ['archive 416 with Content-Range passes',
    rec('GET', '/api/v1/requests/{id}/archive', 416, PROBLEM_CT, { 'content-range': 'bytes */2048' },
      problem('range-not-satisfiable', 416)), false],
  ['create request 201 replay passes',
    rec('POST', '/api/v1/requests', 201, JSON_CT,
      { location: '/api/v1/requests/r-1', 'idempotent-replayed': 'true' }, exportRequest), false],
  ['create request 201 with bad Idempotent-Replayed fails',
    rec('POST', '/api/v1/requests', 201, JSON_CT,
      { location: '/api/v1/requests/r-1', 'idempotent-replayed': 'yes' }, exportRequest), true],
  ['request whose payload does not match its type fails',
    rec('GET', '/api/v1/requests/{id}', 200, JSON_CT, {},
      { ...exportRequest, type: 'delete' }), true],
  ['open request with a result fails',
    rec('GET', '/api/v1/requests/{id}', 200, JSON_CT, {}, { ...exportRequest, status: 'in_progress' }), true],
  ['non-millisecond timestamp fails',
    rec('GET', '/api/v1/requests/{id}', 200, JSON_CT, {}, { ...exportRequest, created_at: '2026-11-25T08:30:00Z' }), true],
  ['validation-failed without errors fails',
    rec('PATCH', '/api/v1/profile', 422, PROBLEM_CT, {}, problem('validation-failed', 422)), true],
  ['internal-error leaking detail fails',
    rec('GET', '/api/v1/usage', 500, PROBLEM_CT, {}, problem('internal-error', 500, { detail: 'stack trace' })), true],
  ['401 without WWW-Authenticate fails',
    rec('GET', '/api/v1/usage', 401, PROBLEM_CT, {}, problem('unauthenticated', 401)), true],
  ['401 with WWW-Authenticate passes',
    rec('GET', '/api/v1/usage', 401, PROBLEM_CT, { 'www-authenticate': 'Bearer' }, problem('unauthenticated', 401)), false],
  ['204 with a body fails',
    rec('POST', '/api/v1/auth/sign-out', 204, JSON_CT, {}, { ok: true }), true],
  ['MFA challenge sign-in passes',
    rec('POST', '/api/v1/auth/password', 200, JSON_CT, {},
      { status: 'mfa_required', challenge_id: 'c-1', methods: ['totp'], expires_in: 300 }), false],
  ['page with a null next_cursor passes',
    rec('GET', '/api/v1/logs', 200, JSON_CT, {}, {
      items: [{ id: 'l-1', occurred_at: TS, level: 'security', event: 'session.created', detail: null, ip_address: '127.0.0.1' }],
      next_cursor: null,
      total: 1,
    }), false],
  ['page without total fails',
    rec('GET', '/api/v1/logs', 200, JSON_CT, {}, { items: [], next_cursor: null }), true],
];

// Each case alone, so a FAIL line can be pinned to its record.
cases.forEach(([name, record, shouldFail], i) => {
  const r = run(`case-${i}`, [record]);
  const ok = shouldFail
    ? r.status === 1 && r.failLines.length === 1 && r.summary === 'contract: 0 passed, 1 failed'
    : r.status === 0 && r.failLines.length === 0 && r.summary === 'contract: 1 passed, 0 failed';
  check(`${name}`, ok, `${r.output}\nexit ${r.status}`);
});

// All together: the counts add up.
{
  const r = run('extended', cases.map(([, record]) => record));
  const expectedFailed = cases.filter(([, , f]) => f).length;
  const expectedPassed = cases.length - expectedFailed;
  check('extended run: summary line and FAIL line count',
    r.summary === `contract: ${expectedPassed} passed, ${expectedFailed} failed` &&
      r.failLines.length === expectedFailed && r.status === 1,
    r.output);
}

if (!process.env.SELFTEST_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
else console.log(`kept ${tmp}`);
console.log(`selftest: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
