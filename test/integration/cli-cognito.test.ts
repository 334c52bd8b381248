import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUserPoolsCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAdminCommand, type AdminDeps } from '../../functions/cli/admin-commands';
import { CognitoDirectory, findUserPoolIdOrThrow } from '../../functions/cli/user-directory';
import { createTestStack, type TestStack } from '../support/test-stack';

const POOL = 'cn-north-1_AbCdEf123';
const ADMIN_SUB = '7a1c0f5e-0000-4000-8000-00000000a001';
const REP_SUB = '7a1c0f5e-0000-4000-8000-00000000b002';
const cognito = mockClient(CognitoIdentityProviderClient);

let stack: TestStack;
let deps: AdminDeps;
let output: string[];
const run = (...argv: string[]) => {
  output = [];
  return runAdminCommand(argv, deps);
};
const created = (sub: string) => ({ User: { Attributes: [{ Name: 'sub', Value: sub }] } });

beforeAll(async () => {
  stack = await createTestStack();
  deps = {
    repos: stack.runtime.repos,
    clock: stack.clock,
    directory: new CognitoDirectory(new CognitoIdentityProviderClient({ region: 'cn-north-1' }), POOL),
    locale: 'zh-CN',
    companyName: '演示公司',
    adminEmail: 'ops@example.com',
    print: (line) => output.push(line),
  };
});

beforeEach(() => cognito.reset());

describe('crm-admin against a deployed stack (Cognito mocked, table real)', () => {
  it('bootstraps the admin from the settings file: a Cognito user with a mailed temporary password, and a User item whose id is its sub', async () => {
    cognito.on(AdminCreateUserCommand).resolves(created(ADMIN_SUB));
    expect(await run('bootstrap', '--name', '运维管理员')).toBe(0);
    expect(cognito.commandCalls(AdminCreateUserCommand).map((c) => c.args[0].input)).toEqual([
      {
        UserPoolId: POOL,
        Username: 'ops@example.com',
        UserAttributes: [
          { Name: 'email', Value: 'ops@example.com' },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: '运维管理员' },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      },
    ]);
    expect(await stack.runtime.repos.users.get(ADMIN_SUB)).toMatchObject({ email: 'ops@example.com', role: 'ADMIN' });
    expect(output.join('\n')).toContain('临时密码');
  });

  it('runs again safely: an existing Cognito user is looked up, not duplicated', async () => {
    cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    cognito.on(AdminGetUserCommand).resolves({ Username: ADMIN_SUB, UserAttributes: [{ Name: 'sub', Value: ADMIN_SUB }] });
    expect(await run('bootstrap')).toBe(0);
    expect(cognito.commandCalls(AdminGetUserCommand)[0]!.args[0].input).toEqual({ UserPoolId: POOL, Username: 'ops@example.com' });
    expect((await stack.runtime.repos.users.listByPath(undefined)).filter((u) => u.role === 'ADMIN').map((u) => u.id)).toEqual([ADMIN_SUB]);
  });

  it('creates a rep whose User id is the Cognito sub, so their JWT finds them', async () => {
    cognito.on(AdminCreateUserCommand).resolves(created(REP_SUB));
    expect(await run('users', 'add', '--email', 'rep@example.com', '--name', '张三', '--role', 'REP')).toBe(0);
    expect(cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input.Username).toBe('rep@example.com');
    expect(await stack.runtime.repos.users.get(REP_SUB)).toMatchObject({ email: 'rep@example.com', role: 'REP', departmentId: 'root' });
  });

  it('deletes the Cognito user it just made when the CRM refuses the user', async () => {
    cognito.on(AdminCreateUserCommand).resolves(created(REP_SUB));
    expect(await run('users', 'add', '--email', 'clash@example.com', '--name', '撞号', '--role', 'REP')).toBe(1);
    expect(cognito.commandCalls(AdminDeleteUserCommand).map((c) => c.args[0].input)).toEqual([{ UserPoolId: POOL, Username: 'clash@example.com' }]);
  });

  it('does not touch Cognito for invalid input', async () => {
    expect(await run('users', 'add', '--email', 'not-an-email', '--name', '坏', '--role', 'REP')).toBe(1);
    expect(cognito.calls()).toHaveLength(0);
  });

  it('deactivation disables the sign-in and ends sessions; activation enables it; e-mail changes follow', async () => {
    expect(await run('users', 'deactivate', 'rep@example.com')).toBe(0);
    expect(cognito.commandCalls(AdminDisableUserCommand)[0]!.args[0].input).toEqual({ UserPoolId: POOL, Username: 'rep@example.com' });
    expect(cognito.commandCalls(AdminUserGlobalSignOutCommand)[0]!.args[0].input).toEqual({ UserPoolId: POOL, Username: 'rep@example.com' });
    expect(await run('users', 'activate', 'rep@example.com')).toBe(0);
    expect(cognito.commandCalls(AdminEnableUserCommand)[0]!.args[0].input).toEqual({ UserPoolId: POOL, Username: 'rep@example.com' });
    expect(await run('users', 'update', 'rep@example.com', '--new-email', 'zhang@example.com')).toBe(0);
    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)[0]!.args[0].input).toEqual({
      UserPoolId: POOL,
      Username: 'rep@example.com',
      UserAttributes: [
        { Name: 'email', Value: 'zhang@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    expect(await stack.runtime.repos.users.get(REP_SUB)).toMatchObject({ email: 'zhang@example.com', active: true });
  });

  it("finds the company's pool by the name the CDK stack gives it, across pages", async () => {
    cognito
      .on(ListUserPoolsCommand, { MaxResults: 60, NextToken: undefined })
      .resolves({ UserPools: [{ Id: 'x', Name: 'crm-demo-users' }], NextToken: 'p2' })
      .on(ListUserPoolsCommand, { MaxResults: 60, NextToken: 'p2' })
      .resolves({ UserPools: [{ Id: POOL, Name: 'crm-acme-users' }] });
    const client = new CognitoIdentityProviderClient({ region: 'cn-north-1' });
    expect(await findUserPoolIdOrThrow(client, 'acme')).toBe(POOL);
    await expect(findUserPoolIdOrThrow(client, 'globex')).rejects.toThrow('crm-globex-users');
  });
});
