// The citizen portal: find my record (phone, details, SMS code), see it, see and keep my certificate, report wrong
// details. What the lookup grants (the records and their session tokens) is kept in this tab's sessionStorage only.
import {call, json} from './api.js';
import {currentLanguage, formatDate, formatTime, has, loadLanguage, t, translate} from './i18n.js';
import {announce, byId, clearMessages, element, showProblem} from './page.js';
import {finishSignIn, signInProviders, startSignIn} from './sign-in.js';

const CHALLENGE = 'vaxpass.challenge';
const RECORDS = 'vaxpass.records';
/** A certificate page left open asks again this often; the server answers 304 until the window rolls over. */
const CERTIFICATE_REFRESH_MS = 15 * 60 * 1000;
const SECONDS_PER_MINUTE = 60;

const CITIZEN = 'vaxpass.citizen';
const views = ['find', 'signed', 'code', 'records', 'certificate', 'report'];
const shown = {certificate: null};

function stored(key) {
  const text = sessionStorage.getItem(key);
  return text ? JSON.parse(text) : null;
}

function store(key, value) {
  sessionStorage.setItem(key, JSON.stringify(value));
}

// ---- views ----

function show(view) {
  for (const name of views) {
    byId(`view-${name}`).hidden = name !== view;
  }
  if (view !== 'certificate') {
    shown.certificate = null;
  }
  byId(`${view}-title`).focus();
}

function route() {
  clearMessages();
  const [, page, subjectId] = /^#\/([^/]*)\/?(.*)$/.exec(location.hash) ?? [];
  const records = stored(RECORDS) ?? [];
  const record = records.find((candidate) => candidate.subjectId === subjectId);
  if (page === 'cccd') {
    showSigned().catch(failed);
  } else if (page === 'ma' && stored(CHALLENGE)) {
    showCode(stored(CHALLENGE));
  } else if (page === 'ho-so' && records.length > 0) {
    showRecords(records);
  } else if (page === 'chung-nhan' && record) {
    showCertificate(record).catch(failed);
  } else if (page === 'phan-anh' && record) {
    showReport(record).catch(failed);
  } else {
    show('find');
  }
}

function failed(problem) {
  if (problem.code === 'SESSION_EXPIRED') {
    sessionStorage.removeItem(RECORDS);
    show('find');
  }
  showProblem(problem);
}

// ---- find my record ----

async function requestCode(event) {
  event.preventDefault();
  clearMessages();
  const form = new FormData(event.target);
  const request = {phone: form.get('phone'), fullName: form.get('fullName'), dateOfBirth: form.get('dateOfBirth')};
  if (form.get('gender')) {
    request.gender = form.get('gender');
  }
  try {
    const challenge = await json('POST', '/v1/lookup/challenges', {body: request});
    store(CHALLENGE, challenge);
    location.hash = '#/ma';
  } catch (problem) {
    showProblem(problem);
  }
}

function showCode(challenge) {
  byId('code-intro').textContent = t('codeIntro', {digits: challenge.codeDigits, time: formatTime(challenge.expiresAt)});
  byId('code').maxLength = challenge.codeDigits;
  show('code');
}

async function answerCode(event) {
  event.preventDefault();
  clearMessages();
  const challenge = stored(CHALLENGE);
  const code = new FormData(event.target).get('code');
  try {
    const answer = await json('POST', `/v1/lookup/challenges/${encodeURIComponent(challenge.challengeId)}/answer`,
        {body: {code}});
    sessionStorage.removeItem(CHALLENGE);
    store(RECORDS, answer.records);
    event.target.reset();
    location.hash = '#/ho-so';
  } catch (problem) {
    showProblem(problem);
  }
}

// ---- signed in with the national digital identity (VNeID; locally the development sign-in) ----

async function showSigned() {
  const citizen = stored(CITIZEN);
  byId('id-lookup-form').hidden = !citizen;
  byId('citizen-signin-form').hidden = true;
  byId('signed-unavailable').hidden = true;
  byId('citizen-provider').hidden = true;
  if (citizen) {
    byId('idNumber').value = citizen.idNumber;
  } else {
    const provider = (await signInProviders()).citizen;
    if (provider) {
      byId('citizen-provider').textContent = t('signInWith', {name: provider.name});
      byId('citizen-provider').onclick = () => startSignIn(provider, 'citizen');
      byId('citizen-provider').hidden = false;
    }
    try {
      await json('GET', '/dev/sign-in');
      byId('citizen-signin-form').hidden = false;
    } catch (problem) {
      byId('signed-unavailable').hidden = Boolean(provider);
    }
  }
  show('signed');
}

/** Back from VNeID: the token proves the citizen's ID number (its id_number claim), which the lookup then asks for. */
async function finishCitizenSignIn() {
  const signed = await finishSignIn();
  if (signed) {
    store(CITIZEN, {token: signed.token, idNumber: signed.claims.id_number});
    history.replaceState(null, '', '#/cccd');
  }
}

async function signInCitizen(event) {
  event.preventDefault();
  clearMessages();
  const idNumber = String(new FormData(event.target).get('idNumber') ?? '').trim();
  try {
    const signed = await json('POST', '/dev/sign-in', {body: {role: 'citizen', idNumber}});
    store(CITIZEN, {token: signed.token, idNumber});
    await showSigned();
  } catch (problem) {
    showProblem(problem);
  }
}

async function lookUpByIdNumber(event) {
  event.preventDefault();
  clearMessages();
  const form = new FormData(event.target);
  try {
    const answer = await json('POST', '/v1/lookup/by-id-number', {token: stored(CITIZEN).token,
      body: {idNumber: form.get('idNumber'), dateOfBirth: form.get('dateOfBirth')}});
    store(RECORDS, answer.records);
    location.hash = '#/ho-so';
  } catch (problem) {
    if (problem.code === 'SESSION_EXPIRED') {
      sessionStorage.removeItem(CITIZEN);
    }
    showProblem(problem.errors?.some((error) => error.field === 'dateOfBirth')
      ? {...problem, errors: problem.errors.map((error) => ({...error, field: error.field === 'dateOfBirth'
        ? 'id-dateOfBirth' : error.field}))} : problem);
  }
}

// ---- my record ----

function showRecords(records) {
  const list = byId('records');
  list.replaceChildren(...records.map(recordCard));
  show('records');
}

function recordCard(record) {
  const card = element('article', undefined, 'card');
  const titleId = `record-${record.subjectId}`;
  const title = element('h2', t('recordOf', {name: record.fullName}));
  title.id = titleId;
  card.setAttribute('aria-labelledby', titleId);
  card.append(title, element('p', t('bornOn', {date: formatDate(record.dateOfBirth)})));
  card.append(element('h3', t('doses')), dosesPart(record.doses));
  card.append(element('h3', t('registryCheck')), ...registryCheckPart(record.registryCheck));
  card.append(...certificatePart(record));
  const report = element('a', t('reportWrong'));
  report.href = `#/phan-anh/${record.subjectId}`;
  const paragraph = element('p');
  paragraph.append(report);
  card.append(paragraph);
  return card;
}

function dosesPart(doses) {
  if (doses.length === 0) {
    return element('p', t('noDoses'));
  }
  const list = element('ul', undefined, 'plain');
  for (const dose of doses) {
    list.append(element('li', `${t('doseNumber')} ${t('doseOf', {number: dose.doseNumber, total: dose.totalDoses})}`
        + ` · ${formatDate(dose.vaccinatedOn)} · ${dose.vaccine}`));
  }
  return list;
}

function registryCheckPart(check) {
  const details = (check.differingDetails ?? []).map((detail) => t(`detail.${detail}`)).join(', ');
  const parts = [element('p', t(`check.${check.state}`, {details}), `check check-${check.state.toLowerCase()}`)];
  if (check.whereToFix) {
    parts.push(element('p', t('untilFixed')));
    parts.push(element('p', check.whereToFix.communeName
      ? t('whereToFix', {commune: check.whereToFix.communeName}) : t('whereToFixAnyStation')));
    parts.push(element('p', t('whatToBring')));
  }
  return parts;
}

function certificatePart(record) {
  if (record.certificate.available) {
    const link = element('a', t('showCertificate'), 'button primary');
    link.href = `#/chung-nhan/${record.subjectId}`;
    const paragraph = element('p');
    paragraph.append(link);
    return [element('p', t('certificateAvailable')), paragraph];
  }
  const reasons = element('ul');
  for (const reason of record.certificate.reasons) {
    reasons.append(element('li', has(`reason.${reason.code}`) ? t(`reason.${reason.code}`) : reason.message));
  }
  return [element('p', t('certificateNotAvailable')), reasons];
}

// ---- my certificate ----

async function showCertificate(record) {
  shown.certificate = {record, etag: null, imageUrl: null};
  byId('certificate-name').textContent = record.fullName;
  byId('certificate-birth').textContent = formatDate(record.dateOfBirth);
  byId('certificate-doses').replaceChildren(...record.doses.map((dose) => {
    const row = element('tr');
    row.append(element('td', t('doseOf', {number: dose.doseNumber, total: dose.totalDoses})),
        element('td', formatDate(dose.vaccinatedOn)), element('td', dose.vaccine));
    return row;
  }));
  await refreshCertificate();
  show('certificate');
}

/** Asks for the certificate again; a new window (or a corrected record) gives a new ETag and a new QR. */
async function refreshCertificate() {
  const current = shown.certificate;
  if (!current) {
    return;
  }
  const {record} = current;
  const response = await call('GET', record.session.certificateUrl,
      {token: record.session.token, etag: current.etag ?? undefined});
  if (response.status === 304) {
    return;
  }
  const renewed = current.etag !== null;
  const certificate = await response.json();
  current.etag = response.headers.get('ETag');
  byId('certificate-from').textContent = formatDate(certificate.validFrom);
  byId('certificate-until').textContent = formatDate(certificate.validUntil);
  const svg = await (await call('GET', record.session.certificateUrl,
      {token: record.session.token, accept: 'image/svg+xml'})).blob();
  if (current.imageUrl) {
    URL.revokeObjectURL(current.imageUrl);
  }
  current.imageUrl = URL.createObjectURL(svg);
  const image = byId('qr');
  image.src = current.imageUrl;
  image.alt = t('qrAlt', {name: record.fullName});
  image.dataset.uvci = certificate.uvci;
  if (renewed) {
    announce(t('certificateRenewed'));
  }
}

async function download(mediaType, extension) {
  const {record} = shown.certificate;
  const blob = await (await call('GET', record.session.certificateUrl,
      {token: record.session.token, accept: mediaType})).blob();
  const link = element('a');
  link.href = URL.createObjectURL(blob);
  link.download = `chung-nhan-tiem-chung.${extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), SECONDS_PER_MINUTE * 1000);
}

// ---- report wrong details ----

async function showReport(record) {
  shown.report = record;
  byId('report-form').hidden = false;
  byId('report-state').hidden = true;
  try {
    showReportState(await json('GET', '/v1/correction/reports', {token: record.session.token}));
  } catch (problem) {
    if (problem.status !== 404) {
      throw problem;
    }
  }
  show('report');
}

function showReportState(report) {
  const state = byId('report-state');
  state.replaceChildren(element('p', t('reportState',
      {time: formatTime(report.reportedAt), state: t(`reportState.${report.state}`)})));
  state.hidden = false;
  byId('report-form').hidden = report.state !== 'RESOLVED';
}

async function sendReport(event) {
  event.preventDefault();
  clearMessages();
  const form = new FormData(event.target);
  const request = {};
  for (const name of ['fullName', 'dateOfBirth', 'gender', 'idNumber', 'note']) {
    const value = String(form.get(name) ?? '').trim();
    if (value) {
      request[name] = value;
    }
  }
  try {
    const report = await json('POST', '/v1/correction/reports', {body: request, token: shown.report.session.token});
    event.target.reset();
    showReportState(report);
    announce(t('reportSent'));
  } catch (problem) {
    showProblem(problem, 'report-');
  }
}

// ---- start ----

async function start() {
  await loadLanguage(new URLSearchParams(location.search).get('lang'));
  byId('language').addEventListener('click', async () => {
    await loadLanguage(currentLanguage() === 'vi' ? 'en' : 'vi');
    route();
  });
  byId('find-form').addEventListener('submit', requestCode);
  byId('code-form').addEventListener('submit', answerCode);
  byId('report-form').addEventListener('submit', sendReport);
  byId('citizen-signin-form').addEventListener('submit', signInCitizen);
  byId('id-lookup-form').addEventListener('submit', lookUpByIdNumber);
  byId('download-png').addEventListener('click', () => download('image/png', 'png').catch(failed));
  byId('download-svg').addEventListener('click', () => download('image/svg+xml', 'svg').catch(failed));
  byId('print').addEventListener('click', () => window.print());
  window.addEventListener('hashchange', route);
  const refresh = () => refreshCertificate().catch(failed);
  setInterval(refresh, CERTIFICATE_REFRESH_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && refresh());
  window.addEventListener('focus', refresh);
  translate(document);
  let signInProblem = null;
  try {
    await finishCitizenSignIn();
  } catch (problem) {
    signInProblem = problem;
    history.replaceState(null, '', '#/cccd');
  }
  route();
  if (signInProblem) {
    showProblem(signInProblem);
  }
  document.body.dataset.ready = 'true';
}

start();
