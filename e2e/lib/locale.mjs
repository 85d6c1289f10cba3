// The UI strings the server shows, read from its own locale files
// (crates/web/locales/{en,it}.txt), so the tests assert on the words a
// person reads in each language without copying them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = path.resolve(here, '..', '..', 'crates', 'web', 'locales');

const cache = new Map();

function load(lang) {
  if (!cache.has(lang)) {
    const map = new Map();
    for (const line of fs.readFileSync(path.join(LOCALES, `${lang}.txt`), 'utf8').split('\n')) {
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      const eq = line.indexOf('=');
      if (eq < 0) continue;
      map.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    cache.set(lang, map);
  }
  return cache.get(lang);
}

/**
 * The message `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * Throws on an unknown key, so a renamed key fails loudly rather than
 * making an assertion about `undefined`.
 */
export function tr(lang, key, vars = {}) {
  const v = load(lang).get(key);
  if (v === undefined) throw new Error(`no message ${key} in ${lang}.txt`);
  return v.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** A bound translator: `const t = translator('it'); t('signin.title')`. */
export function translator(lang) {
  return (key, vars) => tr(lang, key, vars);
}

/** A string as an exact, anchored regular expression. */
export function exactly(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** A string as a regular expression matching it anywhere. */
export function containing(text) {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
