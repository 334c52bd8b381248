import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from '../functions/cli/import/import-runner';
import { csvLine } from '../functions/cli/import/rejects-file';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local';
import { systemClock } from '../functions/domain/shared/clock';
import { DEFAULT_SETTINGS } from '../functions/domain/settings/settings.types';
import { bootstrapCompany } from '../functions/domain/users/bootstrap.service';
import { createDepartment, createUser } from '../functions/domain/users/user.service';
import { createStore } from '../functions/store/client';
import { onDynamoCall } from '../functions/store/instrumentation';
import { createRepositories } from '../functions/store/repositories';
import { ensureTable } from '../functions/store/table-bootstrap';

/**
 * `npx tsx bench/import.bench.ts [--rows 100000] [--reps 50] [--concurrency 4]` (also `npm run bench:import`):
 * generates a company export CSV (Chinese headers; 70 % of rows owned by a rep named in 归属人, the
 * rest for the pool; 1 % invalid mobiles; 0.5 % repeated names) and imports it into a fresh table on
 * DynamoDB Local through `runImport`, as `npm run import` does. Prints rows/second and capacity units per row.
 */
const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, reps: { type: 'string', default: '50' }, concurrency: { type: 'string', default: '4' } },
});
const rows = Number(values.rows);
const repCount = Number(values.reps);
const concurrency = Number(values.concurrency);

const CITIES = ['苏州', '无锡', '常州', '南京', '杭州', '宁波', '合肥', '济南', '青岛', '上海'];
const TRADES = ['机械', '电器', '空调', '贸易', '科技', '化工', '纺织', '建材'];

function generateCsv(file: string, repNames: string[]): void {
  const lines = [csvLine(['客户名称', '联系人', '职务', '手机', '邮箱', '地址', '行业', '区域', '来源', '归属人'])];
  for (let i = 0; i < rows; i++) {
    const n = i % 200 === 199 ? i - 1 : i; // 0.5 % repeat the previous row's name
    const city = CITIES[n % CITIES.length]!;
    const trade = TRADES[(n >> 3) % TRADES.length]!;
    const mobile = i % 100 === 42 ? '1380000' : `13${(n % 7) + 3}${String(n).padStart(8, '0')}`;
    const owner = i % 10 < 7 ? repNames[i % repNames.length]! : '';
    lines.push(csvLine([`${city}${trade}第${n}号有限公司`, `联系人${n}`, '经理', mobile, `c${n}@example.cn`, `${city}市人民路${n}号`, trade, '华东', '批量导入', owner]));
  }
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const tableName = 'crm-bench-import';
    await ensureTable(dynamo.endpoint, tableName);
    const settings = { ...DEFAULT_SETTINGS, maxOwnedCustomers: 100_000 };
    const repos = createRepositories(createStore({ tableName, endpoint: dynamo.endpoint }), settings);
    const admin = await bootstrapCompany(repos, systemClock, { companyName: '导入压测公司', adminEmail: 'admin@bench.cn', adminName: '管理员' });
    const ctx = { actor: admin, clock: systemClock, settings, repos };
    const sales = await createDepartment(ctx, { name: '销售部', kind: 'DEPARTMENT', parentId: 'root' });
    const reps = await Promise.all(
      Array.from({ length: repCount }, (_, i) => createUser(ctx, { email: `rep${i}@bench.cn`, name: `业务员${i}`, role: 'REP', departmentId: sales.id })),
    );
    const dir = join('bench', '.data');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `import-${rows}.csv`);
    generateCsv(file, reps.map((r) => r.name));
    console.log(`generated ${rows.toLocaleString('en-US')} rows → ${file}; importing with concurrency ${concurrency} on ${cpus().length} CPUs…`);

    const totals = { readUnits: 0, writeUnits: 0 };
    const stopCounting = onDynamoCall((call) => {
      totals.readUnits += call.readUnits;
      totals.writeUnits += call.writeUnits;
    });
    const summary = await runImport({ file, concurrency }, { ctx });
    stopCounting();
    const result = {
      at: new Date().toISOString(),
      rows,
      concurrency,
      cpus: cpus().length,
      seconds: Number(summary.seconds.toFixed(1)),
      rowsPerSecond: Number(summary.rowsPerSecond.toFixed(1)),
      created: summary.created,
      pool: summary.pool,
      rejected: summary.rejected,
      writeUnitsPerCreatedRow: Number((totals.writeUnits / Math.max(1, summary.created)).toFixed(1)),
      readUnitsPerRow: Number((totals.readUnits / rows).toFixed(2)),
    };
    console.log(JSON.stringify(result, null, 2));
    writeFileSync(join(dir, 'import-results.json'), JSON.stringify(result, null, 2));
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
