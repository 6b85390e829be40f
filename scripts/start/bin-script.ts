import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A package's command-line script, from its package.json "bin" (packages rarely export the file itself). */
export function binScript(root: string, pkg: string, name = pkg): string {
  const require = createRequire(join(root, 'package.json'));
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest) as { bin: string | Record<string, string> };
  const file = typeof bin === 'string' ? bin : bin[name];
  if (!file) throw new Error(`${pkg} has no "${name}" command.`);
  return join(manifest, '..', file);
}
