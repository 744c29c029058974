/**
 * The source modules the first page ships: everything src/main.tsx imports statically, followed
 * through static imports (a dynamic `import()` starts a chunk of its own; `import type` ships
 * nothing). Read from the source rather than a build, so a unit test can check what English text
 * the first page needs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../../src');

// `import x from './y'`, `import './y'`, `export { x } from './y'`, but not `import type` or `export type`.
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/g;

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Absolute paths of the first page's source modules (TypeScript only; styles are not followed). */
export function firstPageModules(entry = path.join(SRC, 'main.tsx')): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const target = resolve(file, match[1]!);
      if (target) queue.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The message keys a module's text can ask for: each quoted key, and every key under a
 * `prefix.${…}` template (`t(\`kind.${kind}\`)`).
 */
export function keysUsedIn(text: string, keys: readonly string[]): Set<string> {
  const used = new Set<string>();
  for (const key of keys) if (text.includes(`'${key}'`) || text.includes(`"${key}"`)) used.add(key);
  for (const match of text.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)) {
    for (const key of keys) if (key.startsWith(match[1]!)) used.add(key);
  }
  return used;
}
