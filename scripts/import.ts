import { importCommand } from '../functions/cli/import/import-command';
import { CrmError } from '../functions/domain/shared/errors';

/** `npm run import -- <file> [--dry-run] [--mapping m.json] [--owner-by email|name]` — see functions/cli/import/. */
importCommand(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CrmError ? error.messageIn('zh-CN') : error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
