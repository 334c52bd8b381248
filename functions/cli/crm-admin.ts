import { systemClock } from '../domain/shared/clock';
import { runAdminCommand, USAGE } from './admin-commands';
import { openTarget, takeTargetOptions } from './crm-target';

/** `crm-admin …` (bin/crm-admin.mjs): bootstrap the first admin, manage departments and users. */
async function main(): Promise<number> {
  const { target: options, rest } = takeTargetOptions(process.argv.slice(2));
  if (rest.length === 0 || rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return rest.length === 0 ? 2 : 0;
  }
  const target = await openTarget(options);
  try {
    return await runAdminCommand(rest, {
      repos: target.repos,
      clock: systemClock,
      directory: target.directory,
      locale: target.company?.locale ?? 'zh-CN',
      companyName: target.company?.displayName ?? '演示公司',
      adminEmail: target.company?.adminEmail,
      print: (line) => console.log(line),
    });
  } finally {
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
