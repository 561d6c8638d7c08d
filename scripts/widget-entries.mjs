// The per-widget entries of the module build: every folder under src/ with an
// index.ts is one widget, and that file registers its element only. The build,
// the size report, size-limit and the package check all read this one list.
import { existsSync, readdirSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);

/** Widget tags, such as `salary-percentile-bar`, in alphabetical order. */
export const WIDGET_TAGS = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/index.ts`, src)))
  .map((entry) => entry.name)
  .sort();
