// Signing in with an OpenID Connect provider: the authorization code flow with PKCE (RFC 7636) as a public client in
// the browser, as OAuth 2.0 for Browser-Based Apps describes it. The providers are in /sign-in.json: written by
// Terraform in AWS (the ministry's provider for staff, VNeID for citizens), by serve from vaxpass.sign-in.*. The page
// exchanges the code itself, so the token endpoint must allow the page's origin (CORS), and the CSP names it.
import {ApiProblem} from './api.js';

const PENDING = 'vaxpass.sign-in.pending';
/** 32 random bytes: a 43-character verifier, the shortest RFC 7636 allows, with 256 bits of entropy. */
const VERIFIER_BYTES = 32;
const STATE_BYTES = 16;

/** The providers this deployment has, by audience ({staff, citizen}); none where the file is missing. */
export async function signInProviders() {
  try {
    const response = await fetch('/sign-in.json', {cache: 'no-store', headers: {Accept: 'application/json'}});
    return response.ok ? await response.json() : {};
  } catch (e) {
    return {};
  }
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replaceAll('+', '-').replaceAll('/', '_')
    .replace(/=+$/, '');
}

const randomText = (length) => base64url(crypto.getRandomValues(new Uint8Array(length)));
const redirectUri = () => location.origin + location.pathname;

/** Off to the provider: the verifier and state stay in this tab, only the verifier's hash travels. */
export async function startSignIn(provider, audience) {
  const verifier = randomText(VERIFIER_BYTES);
  const state = randomText(STATE_BYTES);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({verifier, state, audience}));
  const url = new URL(provider.authorizationEndpoint, location.href);
  url.search = new URLSearchParams({response_type: 'code', client_id: provider.clientId, redirect_uri: redirectUri(),
    scope: provider.scope ?? 'openid', state, code_challenge: challenge, code_challenge_method: 'S256'}).toString();
  location.assign(url.toString());
}

/**
 * Back from the provider: the access token for the code and its claims; null when the page was not opened by a
 * provider's redirect (then nothing is fetched). A redirect this tab did not start (no pending sign-in, another
 * state) is refused.
 */
export async function finishSignIn() {
  const parameters = new URLSearchParams(location.search);
  if (!parameters.has('code') && !parameters.has('error')) {
    return null;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', redirectUri() + location.hash);
  if (!pending || parameters.get('state') !== pending.state) {
    throw new ApiProblem(0, 'SIGN_IN_NOT_STARTED_HERE');
  }
  if (parameters.has('error')) {
    throw new ApiProblem(0, parameters.get('error') === 'access_denied' ? 'SIGN_IN_CANCELLED' : 'SIGN_IN_FAILED');
  }
  const provider = (await signInProviders())[pending.audience];
  if (!provider) {
    throw new ApiProblem(0, 'SIGN_IN_FAILED');
  }
  let response;
  try {
    response = await fetch(new URL(provider.tokenEndpoint, location.href), {method: 'POST', cache: 'no-store',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
      body: new URLSearchParams({grant_type: 'authorization_code', code: parameters.get('code'),
        redirect_uri: redirectUri(), client_id: provider.clientId, code_verifier: pending.verifier})});
  } catch (e) {
    throw new ApiProblem(0, 'SIGN_IN_FAILED');
  }
  if (!response.ok) {
    throw new ApiProblem(response.status, 'SIGN_IN_FAILED');
  }
  const token = (await response.json()).access_token;
  return {token, claims: claimsOf(token)};
}

/** The token's claims, to show who signed in and where; the API checks the token, the page only reads it. */
function claimsOf(token) {
  const payload = token.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
}
