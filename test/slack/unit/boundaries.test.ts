/**
 * Presenters are pure (no I/O, no Slack client, no logger) and the Slack side never reads the environment:
 * config comes in as typed options from the composition root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gm)].map((m) => `${m[1] ? 'type ' : ''}${m[2]}`);
}

describe('boundaries', () => {
  it('presenters import only answer types, their own modules, zod and Slack block types', () => {
    for (const file of sources(join(ROOT, 'src/present'))) {
      for (const spec of imports(file)) {
        const ok = spec.startsWith('./') || spec.startsWith('type ./') || spec === 'zod' || spec === 'type @slack/bolt' || /^(type )?\.\.\/(answer\/types|errors)\.ts$/.test(spec);
        expect(ok, `${relative(ROOT, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it('src/slack and src/present never read process.env', () => {
    for (const file of [...sources(join(ROOT, 'src/slack')), ...sources(join(ROOT, 'src/present'))]) {
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/process\.env/);
    }
  });
});
