// A real OpenID Provider (panva's oidc-provider) on loopback, for tests only.
//
//   node provider.mjs KEY.pem CERT.pem
//
// Listens with HTTPS on 127.0.0.1, on an ephemeral port, with the given TLS
// key and certificate (a test CA's leaf for IP:127.0.0.1). When ready it
// prints one JSON line on stdout:
//   {"issuer":"https://127.0.0.1:PORT","port":PORT}
// and nothing else on stdout except answers to control lines (below).
//
// Clients (both public native apps, PKCE S256 required, authorization code
// only, redirect http://127.0.0.1/callback on any port as RFC 8252 §7.3
// allows; oidc-provider ignores the port of a native client's loopback
// redirect):
//   privacy-dashboard   the app
//   other-client        another app, for wrong-audience tests
//
// Sign-in uses oidc-provider's devInteractions: a login form (any login, any
// password: the login becomes `sub`) and a consent form, plus a "Cancel" link
// that ends the authorization with error=access_denied. Scope `email` gives
// `email` (the login when it contains '@', else LOGIN@idp.example) and
// `email_verified: true`, inside the ID token (RS256). The discovery
// advertises end_session_endpoint and
// authorization_response_iss_parameter_supported (responses carry `iss`).
//
// Control (test only), one JSON object per line on stdin:
//   {"clock_offset": SECONDS}
//     shifts the provider's clock by SECONDS, but only while it answers the
//     token endpoint, so that a code redeemed afterwards yields tokens issued
//     at now+SECONDS: -7200 gives an ID token that expired an hour ago (the
//     ID token lives 3600 s). Sessions, cookies and codes keep the real clock.
//     Answered with {"clock_offset": SECONDS} on stdout once in effect.
//
// Exits on SIGTERM, SIGINT, and when stdin closes (the test process ended,
// even by a crash).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { createInterface } from 'node:readline';
import Provider from 'oidc-provider';

const [keyPath, certPath] = process.argv.slice(2);
if (!keyPath || !certPath) {
  process.stderr.write('usage: node provider.mjs KEY.pem CERT.pem\n');
  process.exit(2);
}

// The clock shift applies inside the token endpoint only (see above).
const realNow = Date.now.bind(Date);
let clockOffsetMs = 0;
let shifting = 0;
Date.now = () => realNow() + (shifting > 0 ? clockOffsetMs : 0);

let handler = (req, res) => {
  res.statusCode = 503;
  res.end();
};
const server = createServer(
  { key: readFileSync(keyPath), cert: readFileSync(certPath) },
  (req, res) => handler(req, res),
);

function shutdown() {
  server.close();
  server.closeAllConnections?.();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `https://127.0.0.1:${port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ format: 'jwk' });
  const client = (clientId) => ({
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/callback'],
  });
  const provider = new Provider(issuer, {
    clients: [client('privacy-dashboard'), client('other-client')],
    jwks: { keys: [{ ...signingKey, kid: 'test-rs256', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // The scope's claims go into the ID token too, not only to userinfo.
    conformIdTokenClaims: false,
    pkce: { methods: ['S256'], required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    async findAccount(ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id.includes('@') ? id : `${id}@idp.example`, email_verified: true };
        },
      };
    },
  });
  const tokenPath = new URL(provider.urlFor('token')).pathname;
  provider.use(async (ctx, next) => {
    if (ctx.path !== tokenPath) return next();
    shifting += 1;
    try {
      return await next();
    } finally {
      shifting -= 1;
    }
  });
  handler = provider.callback();
  process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
});

const control = createInterface({ input: process.stdin });
control.on('line', (line) => {
  let command;
  try {
    command = JSON.parse(line);
  } catch {
    process.stderr.write('control: not JSON\n');
    return;
  }
  if (Number.isInteger(command?.clock_offset)) {
    clockOffsetMs = command.clock_offset * 1000;
    process.stdout.write(`${JSON.stringify({ clock_offset: command.clock_offset })}\n`);
  }
});
control.on('close', shutdown);
