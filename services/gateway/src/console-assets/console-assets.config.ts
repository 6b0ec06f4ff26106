import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '@rapport/platform/http';

const consoleEnv = z.object({
  /** The console's build (`vite build` output); the default is the repository's own. */
  RAPPORT_CONSOLE_DIR: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .refine((value) => path.isAbsolute(value), 'must be an absolute path')
      .default(path.resolve(__dirname, '../../../console/dist')),
  ),
});

export type ConsoleAssetsConfig = z.output<typeof consoleEnv>;

export function loadConsoleAssetsConfig(env: NodeJS.ProcessEnv): ConsoleAssetsConfig {
  return loadConfig(consoleEnv, env);
}
