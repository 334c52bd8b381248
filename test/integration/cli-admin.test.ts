import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runAdminCommand, type AdminDeps } from '../../functions/cli/admin-commands';
import { takeTargetOptions } from '../../functions/cli/crm-target';
import { localDirectory } from '../../functions/cli/user-directory';
import { createStore } from '../../functions/store/client';
import { createRepositories } from '../../functions/store/repositories';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let output: string[];
let deps: AdminDeps;

const run = async (...argv: string[]) => {
  output = [];
  const code = await runAdminCommand(argv, deps);
  return { code, text: output.join('\n') };
};
const userByEmail = async (email: string) => (await stack.runtime.repos.users.listByPath(undefined)).find((u) => u.email === email);

beforeAll(async () => {
  stack = await createTestStack();
  deps = {
    repos: stack.runtime.repos,
    clock: stack.clock,
    directory: localDirectory,
    locale: 'zh-CN',
    companyName: '春意空调',
    print: (line) => output.push(line),
  };
});

describe('crm-admin against the local stack', () => {
  it('bootstraps the first admin under the root department, and running it again changes nothing', async () => {
    const first = await run('bootstrap', '--email', 'Boss@Chunyi.CN', '--name', '陈总');
    expect(first.code).toBe(0);
    const admin = await userByEmail('boss@chunyi.cn');
    expect(admin).toMatchObject({ role: 'ADMIN', departmentId: 'root', active: true, name: '陈总' });
    expect(await stack.runtime.repos.departments.get('root')).toMatchObject({ name: '春意空调', kind: 'COMPANY' });
    expect(first.text).toContain('npm run token -- boss@chunyi.cn');

    const again = await run('bootstrap', '--email', 'boss@chunyi.cn', '--name', '陈总');
    expect(again.code).toBe(0);
    expect((await stack.runtime.repos.users.listByPath(undefined)).filter((u) => u.role === 'ADMIN')).toHaveLength(1);
  });

  it('adds departments under a parent named by id or by name, and lists the tree', async () => {
    expect((await run('departments', 'add', '--name', '华东销售部')).code).toBe(0);
    expect((await run('departments', 'add', '--name', '南京组', '--parent', '华东销售部')).code).toBe(0);
    const east = (await stack.runtime.repos.departments.listAll()).find((d) => d.name === '华东销售部')!;
    const team = (await stack.runtime.repos.departments.listAll()).find((d) => d.name === '南京组')!;
    expect(team.parentId).toBe(east.id);
    expect(team.path).toBe(`/root/${east.id}/${team.id}/`);
    const listed = await run('departments', 'list');
    expect(listed.text.split('\n')).toEqual([`春意空调  [COMPANY]  id=root`, `  华东销售部  [DEPARTMENT]  id=${east.id}`, `    南京组  [DEPARTMENT]  id=${team.id}`]);
  });

  it('adds users through the domain rules: role upper-cased, phone normalised, department path from the named department', async () => {
    const added = await run('users', 'add', '--email', 'zhang@chunyi.cn', '--name', '张三', '--role', 'rep', '--department', '南京组', '--phone', '＋86 139 1234 5678');
    expect(added.code).toBe(0);
    const rep = await userByEmail('zhang@chunyi.cn');
    expect(rep).toMatchObject({ role: 'REP', phone: '13912345678', active: true });
    expect(rep!.departmentPath).toMatch(/\/root\/\w+\/\w+\/$/);
    expect((await run('users', 'list')).text).toContain('zhang@chunyi.cn\t张三\tREP\t南京组\tactive');
  });

  it('refuses bad input with the domain message in Chinese and exit code 1, writing nothing', async () => {
    const bad = await run('users', 'add', '--email', 'li@chunyi.cn', '--name', '李四', '--role', 'REP', '--department', '南京组', '--phone', '12345');
    expect(bad.code).toBe(1);
    expect(bad.text).toContain('手机：手机号码格式不正确');
    expect(await userByEmail('li@chunyi.cn')).toBeUndefined();
    expect((await run('users', 'add', '--email', 'zhang@chunyi.cn', '--name', '重名', '--role', 'REP')).text).toContain('already exists');
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('updates, deactivates and reactivates a user with optimistic versions', async () => {
    expect((await run('users', 'update', 'zhang@chunyi.cn', '--role', 'MANAGER', '--name', '张经理')).code).toBe(0);
    expect(await userByEmail('zhang@chunyi.cn')).toMatchObject({ role: 'MANAGER', name: '张经理', version: 2 });
    expect((await run('users', 'deactivate', 'zhang@chunyi.cn')).code).toBe(0);
    expect(await userByEmail('zhang@chunyi.cn')).toMatchObject({ active: false, version: 3 });
    expect((await run('users', 'activate', 'zhang@chunyi.cn')).code).toBe(0);
    expect(await userByEmail('zhang@chunyi.cn')).toMatchObject({ active: true, version: 4 });
  });

  it('will not let the acting admin deactivate themselves', async () => {
    const result = await run('users', 'deactivate', 'boss@chunyi.cn');
    expect(result.code).toBe(1);
    expect(result.text).toContain('不能停用自己的账号');
  });
});

describe('the crm-admin bin', () => {
  it('splits target options from the command', () => {
    expect(takeTargetOptions(['--aws', '--company=acme', 'users', 'list', '--region', 'cn-north-1'])).toEqual({
      target: { aws: true, companyId: 'acme', region: 'cn-north-1' },
      rest: ['users', 'list'],
    });
  });

  it('runs after a plain npm install, against the DynamoDB Local that `npm start` announced in running.json', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crm-admin-'));
    const endpoint = inject('dynamoEndpoint');
    writeFileSync(join(dataDir, 'running.json'), JSON.stringify({ url: 'http://localhost:0/graphql', dynamoEndpoint: endpoint }));
    const companyId = `cli${Date.now().toString(36)}`;
    const env = { ...process.env, CRM_DATA_DIR: dataDir };
    const bin = (...args: string[]) => promisify(execFile)(process.execPath, ['bin/crm-admin.mjs', '--company', companyId, ...args], { env });
    await bin('bootstrap', '--email', 'ops@bin.cn', '--name', '运维');
    const { stdout } = await bin('users', 'add', '--email', 'rep@bin.cn', '--name', '小王', '--role', 'REP');
    expect(stdout).toContain('rep@bin.cn');
    const repos = createRepositories(createStore({ tableName: `crm-${companyId}`, endpoint }));
    expect((await repos.users.listByPath(undefined)).map((u) => [u.email, u.role]).sort()).toEqual([
      ['ops@bin.cn', 'ADMIN'],
      ['rep@bin.cn', 'REP'],
    ]);
    await expect(bin('users', 'add', '--email', 'x@bin.cn', '--name', '坏', '--role', 'NOBODY')).rejects.toMatchObject({ code: 1 });
  }, 180_000);
});
