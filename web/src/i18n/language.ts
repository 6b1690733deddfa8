import type { Lang } from './strings';

const STORAGE_KEY = 'alliance-atlas.lang';

/** The remembered language, else the browser's preference. */
export function initialLanguage(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'ja') return stored;
  } catch {
    // Storage may be disabled; fall through to the browser's preference.
  }
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered when storage is disabled; the toggle still works for this visit.
  }
}
