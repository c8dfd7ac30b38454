// Messages live in /i18n/<language>.json for the portal and /i18n/<bundle>/<language>.json for a page whose <html>
// names a data-bundle (the console); Vietnamese first, English second. Markup carries only their keys.
const LANGUAGES = ['vi', 'en'];
const BUNDLE = document.documentElement.dataset.bundle ? `${document.documentElement.dataset.bundle}/` : '';
const CHOICE = 'vaxpass.language';

let language = LANGUAGES[0];
let messages = {};

export function currentLanguage() {
  return language;
}

export async function loadLanguage(wanted) {
  language = LANGUAGES.includes(wanted) ? wanted : chosenLanguage();
  const response = await fetch(`/i18n/${BUNDLE}${language}.json`);
  messages = await response.json();
  localStorage.setItem(CHOICE, language);
  document.documentElement.lang = language;
  translate(document);
}

function chosenLanguage() {
  const stored = localStorage.getItem(CHOICE);
  return LANGUAGES.includes(stored) ? stored : LANGUAGES[0];
}

/** The message for key with {name} placeholders filled; the key itself when a bundle lacks it (a test catches it). */
export function t(key, params = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

export function has(key) {
  return key in messages;
}

/** Fills every [data-i18n] element's text and the lang of [data-i18n-lang] elements. */
export function translate(root) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-lang]')) {
    element.lang = t(element.dataset.i18nLang);
  }
  document.title = t('brand');
}

/** dd/mm/yyyy, the way dates are written in Viet Nam, from an ISO date or instant. */
export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

export function formatTime(iso) {
  const date = new Date(iso);
  return date.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB',
      {hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric'});
}
