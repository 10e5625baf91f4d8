import { readFileSync } from 'node:fs';

/** The package's own version, read once from package.json beside dist/. */
export const TOOL_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
