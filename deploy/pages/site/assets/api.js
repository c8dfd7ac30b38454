// The Vaxpass API as the portal uses it: JSON in and out, problems as {code, message, errors}. Its address is the
// page's vaxpass-api meta tag: empty where one server serves both (serve), the API gateway's in AWS (terraform).
const API = document.querySelector('meta[name="vaxpass-api"]')?.content ?? '';

/** A refusal of the API, or no answer at all (code NETWORK). */
export class ApiProblem extends Error {
  constructor(status, code, errors = [], retryAfterSeconds = null) {
    super(code);
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * One request. {@code body} goes as JSON; {@code file} (a File or Blob) goes as it is, with its own media type.
 */
export async function call(method, path, {body, file, token, accept = 'application/json', etag, ifMatch} = {}) {
  const headers = {Accept: accept};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (file !== undefined) {
    headers['Content-Type'] = file.type || 'application/octet-stream';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (etag) {
    headers['If-None-Match'] = etag;
  }
  if (ifMatch) {
    headers['If-Match'] = ifMatch;
  }
  let response;
  try {
    response = await fetch(API + path, {method, headers, cache: 'no-store',
      body: file ?? (body === undefined ? undefined : JSON.stringify(body))});
  } catch (e) {
    throw new ApiProblem(0, 'NETWORK');
  }
  if (response.status === 304 || response.ok) {
    return response;
  }
  throw await problemOf(response);
}

async function problemOf(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (e) {
    // a body that is not a problem: the status alone says what happened
  }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  const code = response.status === 401 ? 'SESSION_EXPIRED' : problem.code ?? 'UNEXPECTED';
  return new ApiProblem(response.status, code, problem.errors ?? [], Number.isNaN(retryAfter) ? null : retryAfter);
}

export async function json(method, path, options) {
  const response = await call(method, path, options);
  return response.json();
}
