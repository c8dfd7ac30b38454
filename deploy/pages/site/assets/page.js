// What every page does the same way: find elements, make them, and tell the person what happened (one notice for the
// problem, one message under each field it names, a status line for screen readers).
import {ApiProblem} from './api.js';
import {has, t} from './i18n.js';

const SECONDS_PER_MINUTE = 60;

export const byId = (id) => document.getElementById(id);

export function element(tag, text, className) {
  const created = document.createElement(tag);
  if (text !== undefined) {
    created.textContent = text;
  }
  if (className) {
    created.className = className;
  }
  return created;
}

export function clearMessages() {
  byId('notice').hidden = true;
  byId('notice').textContent = '';
  for (const error of document.querySelectorAll('.error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const input of document.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
  }
}

export function announce(text) {
  byId('status').textContent = text;
}

function waitWords(seconds) {
  return seconds >= SECONDS_PER_MINUTE
    ? t('wait.minutes', {n: Math.ceil(seconds / SECONDS_PER_MINUTE)})
    : t('wait.seconds', {n: seconds});
}

/** One message for the problem, and one under each field it names. */
export function showProblem(problem, fieldPrefix = '') {
  const code = problem instanceof ApiProblem ? problem.code : 'UNEXPECTED';
  let key = `error.${code}`;
  if (!has(key)) {
    key = problem.status === 429 ? 'error.TOO_MANY' : 'error.UNEXPECTED';
  }
  const notice = byId('notice');
  notice.textContent = t(key, {wait: waitWords(problem.retryAfterSeconds ?? SECONDS_PER_MINUTE)});
  notice.hidden = false;
  for (const error of problem.errors ?? []) {
    const slot = byId(`${fieldPrefix}${error.field}-error`);
    const input = byId(`${fieldPrefix}${error.field}`);
    if (slot) {
      slot.textContent = t(has(`field.${error.code}`) ? `field.${error.code}` : 'field.INVALID');
      slot.hidden = false;
    }
    input?.setAttribute('aria-invalid', 'true');
  }
  notice.focus();
}
