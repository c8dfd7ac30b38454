// The console of the commune clean-up: the station's list, village teams' proposals, the police's decisions and
// signed hand-back, the station's direct edits and verification list, and the provinces' progress. Who signed in
// (a token, its role and place) is kept in this tab's sessionStorage only.
import {call, json} from './api.js';
import {currentLanguage, formatDate, formatTime, has, loadLanguage, t, translate} from './i18n.js';
import {announce, byId, clearMessages, element, showProblem} from './page.js';
import {finishSignIn, signInProviders, startSignIn} from './sign-in.js';

const STAFF = 'vaxpass.staff';
const LISTS = '/v1/correction/lists';
const views = ['signin', 'lists', 'list', 'item', 'progress', 'verification'];
/** What the open views hold: the list shown, the item shown, the subject being edited (with its ETag). */
const shown = {list: null, item: null, subjectTag: null, handBack: null};

const staff = () => JSON.parse(sessionStorage.getItem(STAFF) ?? 'null');
const as = (options = {}) => ({...options, token: staff()?.token});
const isRole = (...roles) => roles.includes(staff()?.role);

function show(view) {
  for (const name of views) {
    byId(`view-${name}`).hidden = name !== view;
  }
  byId(`${view}-title`).focus();
}

function fail(problem) {
  if (problem.code === 'SESSION_EXPIRED') {
    sessionStorage.removeItem(STAFF);
    location.hash = '#/';
  }
  showProblem(problem);
}

// ---- signing in ----

/** The ministry's identity provider where there is one; the development sign-in where its keys are on. */
async function showSignIn() {
  show('signin');
  const provider = (await signInProviders()).staff;
  const button = byId('signin-provider');
  button.hidden = !provider;
  if (provider) {
    button.textContent = t('signInWith', {name: provider.name});
    button.onclick = () => startSignIn(provider, 'staff');
  }
  try {
    await json('GET', '/dev/sign-in');
    byId('signin-form').hidden = false;
  } catch (problem) {
    byId('signin-unavailable').hidden = Boolean(provider);
  }
}

/** Back from the identity provider: who signed in is what the token says (role in groups, the place claims). */
async function finishProviderSignIn() {
  const signed = await finishSignIn();
  if (signed) {
    const {claims} = signed;
    sessionStorage.setItem(STAFF, JSON.stringify({role: claims.groups?.[0], province: claims.province,
      commune: claims.commune, village: claims.village, account: claims.sub, token: signed.token, development: false}));
    history.replaceState(null, '', isRole('province-health', 'ministry') ? '#/tien-do' : '#/danh-sach');
  }
}

async function signIn(event) {
  event.preventDefault();
  clearMessages();
  const form = Object.fromEntries(new FormData(event.target));
  try {
    const signed = await json('POST', '/dev/sign-in', {body: form});
    sessionStorage.setItem(STAFF, JSON.stringify({...form, token: signed.token, development: signed.development}));
    showWho();
    location.hash = isRole('province-health', 'ministry') ? '#/tien-do' : '#/danh-sach';
  } catch (problem) {
    showProblem(problem);
  }
}

function showWho() {
  const who = staff();
  byId('who').textContent = who ? t('signedInAs', {role: t(`role.${who.role}`),
    place: [who.village, who.commune, who.province].filter(Boolean).join(' · ')}) : '';
  byId('sign-out').hidden = !who;
  byId('development').hidden = !who?.development;
}

// ---- lists ----

async function showLists() {
  const who = staff();
  const lists = await json('GET', `${LISTS}?commune=${encodeURIComponent(who.commune)}`, as());
  const table = tableOf(['listCreatedAt', 'state'], lists.map((list) => [
    link(formatTime(list.createdAt), `#/danh-sach/${list.id}`), t(`listState.${list.state}`),
  ]));
  byId('lists').replaceChildren(lists.length ? table : element('p', t('noLists')));
  byId('create-list').hidden = !isRole('commune-health') || lists.some((list) => list.state !== 'APPLIED');
  byId('verification-link').hidden = !isRole('commune-health', 'commune-police');
  show('lists');
}

async function createList() {
  clearMessages();
  try {
    const list = await json('POST', LISTS, as({body: {communeCode: staff().commune}}));
    location.hash = `#/danh-sach/${list.id}`;
  } catch (problem) {
    showProblem(problem);
  }
}

async function showList(listId) {
  const list = await json('GET', `${LISTS}/${listId}`, as());
  shown.list = list;
  byId('list-summary').textContent = t('listSummary', {commune: list.communeCode, state: t(`listState.${list.state}`),
    count: list.items.length});
  byId('list-actions').replaceChildren(...listActions(list));
  byId('sheet-report').hidden = true;
  await showHandBack(list);
  fillFilter('filter-problem', list.items.map((item) => item.problem), 'problem.');
  fillFilter('filter-state', list.items.map((item) => item.state), 'itemState.');
  fillFilter('filter-village', list.items.map((item) => item.village).filter(Boolean), null);
  renderItems();
  show('list');
}

function listActions(list) {
  const actions = [];
  const action = (key, path, confirmKey) => {
    const button = element('button', t(key));
    button.type = 'button';
    button.addEventListener('click', () => listAction(list, path, confirmKey));
    actions.push(button);
  };
  if (isRole('commune-health') && list.state === 'OPEN') {
    action('sendToPolice', 'sending', 'sentToPolice');
  }
  if (isRole('commune-police') && list.state === 'WITH_POLICE') {
    action('bulkConfirm', 'bulk-confirmation', 'bulkConfirmed');
    action('signHandBack', 'hand-back', 'handBackSigned');
  }
  if (isRole('commune-health') && list.state === 'HANDED_BACK') {
    action('applyHandBack', 'application', 'handBackApplied');
  }
  return actions;
}

async function listAction(list, path, doneKey) {
  clearMessages();
  try {
    await json('POST', `${LISTS}/${list.id}/${path}`, as({body: {}, ifMatch: `"${list.version}"`}));
    await showList(list.id);
    announce(t(doneKey));
  } catch (problem) {
    showProblem(problem);
  }
}

function fillFilter(id, values, keyPrefix) {
  const select = byId(id);
  const options = [element('option', t('all'))];
  options[0].value = '';
  for (const value of [...new Set(values)].sort()) {
    const option = element('option', keyPrefix && has(keyPrefix + value) ? t(keyPrefix + value) : value);
    option.value = value;
    options.push(option);
  }
  select.replaceChildren(...options);
}

function renderItems() {
  const [problem, state, village] = ['filter-problem', 'filter-state', 'filter-village'].map((id) => byId(id).value);
  const items = shown.list.items.filter((item) => (!problem || item.problem === problem)
      && (!state || item.state === state) && (!village || item.village === village));
  byId('items').replaceChildren(tableOf(['fullName', 'dateOfBirth', 'idNumber', 'problem', 'suggestion', 'village',
    'state'], items.map((item) => [
    link(item.subject?.fullName ?? item.subjectId, `#/muc/${shown.list.id}/${item.id}`),
    formatDate(item.subject?.dateOfBirth), item.subject?.idNumber ?? '', t(`problem.${item.problem}`),
    item.suggestion ? `${item.suggestion.idNumber} (${Math.round(item.suggestion.confidence * 100)}%)` : '',
    item.village ?? '', t(`itemState.${item.state}`),
  ]), t('itemsCaption', {shown: items.length, all: shown.list.items.length})));
}

// ---- the signed hand-back ----

/** Once the police signed: who and when, the decisions' hash and its QR code (printed with the list), a check. */
async function showHandBack(list) {
  const panel = byId('hand-back');
  panel.hidden = !['HANDED_BACK', 'APPLIED'].includes(list.state) || isRole('village-team');
  byId('hand-back-checked').hidden = true;
  if (panel.hidden) {
    return;
  }
  const path = `${LISTS}/${list.id}/hand-back`;
  const handBack = await json('GET', path, as());
  shown.handBack = handBack;
  byId('hand-back-facts').replaceChildren(...[['officer', handBack.officer],
    ['signedAt', formatTime(handBack.signedAt)], ['decisionsHash', handBack.decisionsHash]].flatMap(([key, value]) =>
    [element('dt', t(key)), element('dd', value)]));
  const qr = await (await call('GET', path, as({accept: 'image/svg+xml'}))).blob();
  const image = byId('hand-back-qr');
  image.src = URL.createObjectURL(qr);
  image.alt = t('handBackQrAlt');
}

async function checkSignature() {
  clearMessages();
  try {
    const checked = await json('POST', '/v1/correction/hand-back-checks',
        {file: new Blob([shown.handBack.document], {type: 'text/plain'})});
    const result = byId('hand-back-checked');
    result.textContent = checked.valid ? t('signatureValid', {key: checked.keyId})
      : t('signatureInvalid', {problem: checked.problem});
    result.className = checked.valid ? 'check-verified' : 'error';
    result.hidden = false;
    announce(result.textContent);
  } catch (problem) {
    showProblem(problem);
  }
}

// ---- the list as a spreadsheet ----

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exportSheet() {
  clearMessages();
  try {
    const blob = await (await call('GET', `${LISTS}/${shown.list.id}/spreadsheet`, as({accept: XLSX}))).blob();
    save(blob, `danh-sach-ra-soat-${shown.list.communeCode}.xlsx`);
  } catch (problem) {
    showProblem(problem);
  }
}

/** Sends the filled-in file back; each row becomes the caller's proposal or decision, and the report says which. */
async function importSheet(event) {
  event.preventDefault();
  clearMessages();
  const file = byId('sheet-file').files[0];
  if (!file) {
    return;
  }
  try {
    const report = await json('PUT', `${LISTS}/${shown.list.id}/spreadsheet`, as({file}));
    const summary = element('p', t('sheetReport', {applied: report.applied, unchanged: report.unchanged,
      blank: report.blank, refused: report.refused}));
    byId('sheet-report').replaceChildren(summary, ...reportTable(report));
    byId('sheet-report').hidden = false;
    event.target.reset();
    const list = await json('GET', `${LISTS}/${shown.list.id}`, as());
    shown.list = list;
    renderItems();
    announce(summary.textContent);
  } catch (problem) {
    showProblem(problem);
  }
}

function save(blob, name) {
  const anchor = element('a');
  anchor.href = URL.createObjectURL(blob);
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

// ---- one item ----

async function showItem(listId, itemId) {
  if (shown.list?.id !== listId) {
    shown.list = await json('GET', `${LISTS}/${listId}`, as());
  }
  const item = shown.list.items.find((candidate) => String(candidate.id) === itemId);
  shown.item = item;
  const facts = [['fullName', item.subject?.fullName], ['dateOfBirth', formatDate(item.subject?.dateOfBirth)],
    ['gender', item.subject?.gender], ['idNumber', item.subject?.idNumber], ['problem', t(`problem.${item.problem}`)],
    ['state', t(`itemState.${item.state}`)], ['village', item.village],
    ['suggestion', item.suggestion ? `${item.suggestion.idNumber} (${Math.round(item.suggestion.confidence * 100)}%)`
      : null]];
  byId('item-facts').replaceChildren(...facts.filter(([, value]) => value).flatMap(([key, value]) =>
    [element('dt', t(key)), element('dd', value)]));
  const mismatched = (item.mismatchedFields ?? '').split(';').map((field) => field.trim()).filter(Boolean);
  byId('item-explanation').replaceChildren(element('li', t(`explain.${item.problem}`)),
      ...mismatched.map((field) => element('li', t(`explainField.${field}`))));
  byId('back-to-list').href = `#/danh-sach/${listId}`;
  const open = ['OPEN', 'ASSIGNED', 'PROPOSED'].includes(item.state);
  byId('assign-form').hidden = !(isRole('commune-health') && open);
  byId('proposal-form').hidden = !(isRole('commune-health', 'village-team') && open);
  byId('decision-form').hidden = !(isRole('commune-police') && item.state === 'WITH_POLICE');
  byId('edit-form').hidden = !isRole('commune-health');
  if (isRole('commune-health')) {
    await loadSubject(item.subjectId);
  }
  show('item');
}

/** Reads the subject as it is now, and its version (the ETag the edit sends back as If-Match). */
async function loadSubject(subjectId) {
  const response = await call('GET', `/v1/correction/subjects/${encodeURIComponent(subjectId)}`, as());
  const subject = await response.json();
  shown.subjectTag = response.headers.get('ETag');
  for (const field of ['fullName', 'dateOfBirth', 'gender', 'idNumber']) {
    byId(`edit-${field}`).value = subject[field] ?? '';
  }
  byId('edit-reason').value = '';
}

async function saveEdit(event) {
  event.preventDefault();
  clearMessages();
  const body = Object.fromEntries(new FormData(event.target));
  const subjectId = shown.item.subjectId;
  try {
    const response = await call('PUT', `/v1/correction/subjects/${encodeURIComponent(subjectId)}`,
        as({body, ifMatch: shown.subjectTag}));
    shown.subjectTag = response.headers.get('ETag');
    announce(t('edited'));
  } catch (problem) {
    showProblem(problem, 'edit-');
    if (problem.code === 'STALE_VERSION') {
      await loadSubject(subjectId);
    }
  }
}

async function itemAction(event, path, fields) {
  event.preventDefault();
  clearMessages();
  const form = Object.fromEntries(new FormData(event.target));
  const body = Object.fromEntries(fields.filter((field) => form[field]).map((field) => [field, form[field]]));
  const {list, item} = shown;
  try {
    await json('PUT', `${LISTS}/${list.id}/items/${item.id}/${path}`, as({body, ifMatch: `"${item.version}"`}));
    shown.list = null;
    event.target.reset();
    await showItem(list.id, String(item.id));
    announce(t('saved'));
  } catch (problem) {
    showProblem(problem, `${event.target.id.replace('-form', '')}-`);
  }
}

// ---- progress ----

async function showProgress() {
  const who = staff();
  const query = who.role === 'ministry' ? '' : `?province=${encodeURIComponent(who.province)}`;
  const report = await json('GET', `/v1/correction/progress${query}`, as());
  const communes = Object.entries(report.communes).sort(([a], [b]) => a.localeCompare(b));
  const verified = (commune) => commune.subjectsByCheck.VERIFIED ?? 0;
  const total = (commune) => Object.values(commune.subjectsByCheck).reduce((sum, n) => sum + n, 0);
  byId('progress-chart').replaceChildren(chart(communes.map(([code, commune]) =>
    ({label: code, value: verified(commune), total: total(commune)}))));
  byId('progress-table').replaceChildren(tableOf(['commune', 'verifiedSubjects', 'allSubjects', 'verifiedShare',
    'openItems'], communes.map(([code, commune]) => [code, verified(commune), total(commune),
    `${total(commune) ? Math.round(100 * verified(commune) / total(commune)) : 0}%`,
    Object.entries(commune.itemsByState).filter(([state]) => !['APPLIED', 'VERIFIED', 'CLOSED'].includes(state))
        .reduce((sum, [, n]) => sum + n, 0)])));
  byId('progress-csv').onclick = () => downloadCsv(`/v1/correction/progress${query}`);
  show('progress');
}

/** A horizontal bar per commune: its verified share, drawn as SVG (no chart library; the table says the same). */
function chart(rows) {
  const ns = 'http://www.w3.org/2000/svg';
  const barHeight = 22;
  const width = 600;
  const labelWidth = 70;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * barHeight + 4}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('progressChartCaption'));
  svg.classList.add('bars');
  rows.forEach((row, index) => {
    const y = index * barHeight + 2;
    const share = row.total ? row.value / row.total : 0;
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + barHeight * 0.7));
    label.textContent = row.label;
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', String(labelWidth));
    bar.setAttribute('y', String(y));
    bar.setAttribute('height', String(barHeight - 6));
    bar.setAttribute('width', String(Math.max(1, share * (width - labelWidth - 60))));
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', String(labelWidth + share * (width - labelWidth - 60) + 6));
    value.setAttribute('y', String(y + barHeight * 0.7));
    value.textContent = `${Math.round(share * 100)}%`;
    svg.append(label, bar, value);
  });
  return svg;
}

async function downloadCsv(path) {
  try {
    save(await (await call('GET', path, as({accept: 'text/csv'}))).blob(), 'tien-do-ra-soat.csv');
  } catch (problem) {
    showProblem(problem);
  }
}

// ---- verification list ----

async function showVerification() {
  byId('id-import-panel').hidden = !isRole('commune-health');
  byId('id-import-report').hidden = true;
  await renderVerification();
  show('verification');
}

async function renderVerification() {
  const entries = await json('GET', `/v1/correction/verification-list?commune=${encodeURIComponent(staff().commune)}`,
      as());
  byId('verification').replaceChildren(entries.length ? tableOf(['fullName', 'dateOfBirth', 'idNumber', 'changedAt',
    'source', 'check'], entries.map((entry) => [entry.fullName, formatDate(entry.dateOfBirth), entry.idNumber ?? '',
    formatTime(entry.changedAt), t(`source.${entry.source}`), t(`check.${entry.check}`)])) : element('p',
      t('noChanges')));
}

/** Step 4's file: the station's missing or malformed ID numbers, each row checked, the report shown per row. */
async function importIdNumbers(event) {
  event.preventDefault();
  clearMessages();
  const file = byId('id-import-file').files[0];
  if (!file) {
    return;
  }
  try {
    const report = await json('POST', `/v1/correction/communes/${encodeURIComponent(staff().commune)}/subject-imports`,
        as({file}));
    const summary = element('p', t('idImportReport', {applied: report.applied, unchanged: report.unchanged,
      refused: report.refused}));
    byId('id-import-report').replaceChildren(summary, ...reportTable(report));
    byId('id-import-report').hidden = false;
    event.target.reset();
    await renderVerification();
    announce(summary.textContent);
  } catch (problem) {
    showProblem(problem);
  }
}

/** A file import's errors and warnings, one row each, where the file has them; nothing when there are none. */
function reportTable(report) {
  const rows = [...report.errors, ...report.warnings].map((issue) => [issue.row, issue.header ?? issue.column,
    issue.message]);
  return rows.length ? [tableOf(['row', 'column', 'message'], rows)] : [];
}

// ---- tables and links ----

function tableOf(headerKeys, rows, caption) {
  const table = element('table', undefined, 'data');
  if (caption) {
    table.append(element('caption', caption));
  }
  const head = element('tr');
  head.append(...headerKeys.map((key) => {
    const cell = element('th', t(key));
    cell.scope = 'col';
    return cell;
  }));
  table.append(element('thead'), element('tbody'));
  table.tHead.append(head);
  for (const row of rows) {
    const line = element('tr');
    line.append(...row.map((value) => {
      const cell = element('td');
      cell.append(value instanceof Node ? value : document.createTextNode(String(value ?? '')));
      return cell;
    }));
    table.tBodies[0].append(line);
  }
  return table;
}

function link(text, href) {
  const anchor = element('a', text);
  anchor.href = href;
  return anchor;
}

// ---- routes ----

async function route() {
  clearMessages();
  const [, page, first, second] = /^#\/([^/]*)\/?([^/]*)\/?(.*)$/.exec(location.hash) ?? [];
  try {
    if (!staff()) {
      await showSignIn();
    } else if (page === 'danh-sach' && first) {
      await showList(first);
    } else if (page === 'muc') {
      await showItem(first, second);
    } else if (page === 'tien-do' || (!page && isRole('province-health', 'ministry'))) {
      await showProgress();
    } else if (page === 'doi-chieu') {
      await showVerification();
    } else {
      await showLists();
    }
  } catch (problem) {
    fail(problem);
  }
}

async function start() {
  await loadLanguage(new URLSearchParams(location.search).get('lang'));
  byId('language').addEventListener('click', async () => {
    await loadLanguage(currentLanguage() === 'vi' ? 'en' : 'vi');
    showWho();
    await route();
  });
  byId('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(STAFF);
    showWho();
    location.hash = '#/';
    route();
  });
  byId('signin-form').addEventListener('submit', signIn);
  byId('create-list').addEventListener('click', createList);
  byId('filters').addEventListener('change', renderItems);
  byId('sheet-export').addEventListener('click', exportSheet);
  byId('hand-back-check').addEventListener('click', checkSignature);
  byId('print-list').addEventListener('click', () => window.print());
  byId('sheet-form').addEventListener('submit', importSheet);
  byId('id-import-form').addEventListener('submit', importIdNumbers);
  byId('edit-form').addEventListener('submit', saveEdit);
  byId('assign-form').addEventListener('submit', (event) => itemAction(event, 'assignment', ['village']));
  byId('proposal-form').addEventListener('submit', (event) => itemAction(event, 'proposal',
      ['fullName', 'dateOfBirth', 'idNumber', 'note']));
  byId('decision-form').addEventListener('submit', (event) => itemAction(event, 'decision',
      ['decision', 'idNumber', 'reason']));
  translate(document);
  try {
    await finishProviderSignIn();
  } catch (problem) {
    showProblem(problem);
  }
  showWho();
  if (!byId('notice').hidden) {
    await showSignIn();
  } else {
    await route();
  }
  window.addEventListener('hashchange', route);
  document.body.dataset.ready = 'true';
}

start();
