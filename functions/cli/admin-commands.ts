import { parseArgs } from 'node:util';
import { CrmError, type Locale } from '../domain/shared/errors';
import type { Clock } from '../domain/shared/clock';
import type { ServiceContext } from '../domain/shared/service-context';
import { parseInput } from '../domain/shared/validation';
import { bootstrapCompany } from '../domain/users/bootstrap.service';
import { ROOT_DEPARTMENT_ID, type Department } from '../domain/users/department.types';
import { CreateDepartmentInput, CreateUserInput, UpdateUserInput, USER_LABELS } from '../domain/users/user.schemas';
import { createDepartment, createUser, updateUser } from '../domain/users/user.service';
import type { User } from '../domain/users/user.types';
import type { Repositories } from '../store/repositories';
import type { UserDirectory } from './user-directory';

export interface AdminDeps {
  repos: Repositories;
  clock: Clock;
  directory: UserDirectory;
  locale: Locale;
  /** Defaults for `bootstrap` from the company's settings file. */
  companyName: string;
  adminEmail?: string;
  print(line: string): void;
}

export const USAGE = `crm-admin — company onboarding and user management

  crm-admin [target] bootstrap [--email <e>] [--name <n>] [--company-name <n>]
  crm-admin [target] departments list
  crm-admin [target] departments add --name <n> [--parent <id|name>] [--kind DEPARTMENT|BRANCH]
  crm-admin [target] users list
  crm-admin [target] users add --email <e> --name <n> --role <ADMIN|MANAGER|REP|FINANCE|SERVICE> --department <id|name> [--phone <mobile>]
  crm-admin [target] users update <email> [--name <n>] [--new-email <e>] [--role <r>] [--department <id|name>] [--phone <mobile>]
  crm-admin [target] users deactivate <email>
  crm-admin [target] users activate <email>

target: --local (default; the \`npm start\` stack, or its data under .crm-data/) or --aws --company <id> [--region <r>] [--user-pool-id <id>]
Other commands run as an admin: the first active one, or --as <admin e-mail>.`;

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  'company-name': { type: 'string' },
  parent: { type: 'string' },
  kind: { type: 'string' },
  role: { type: 'string' },
  department: { type: 'string' },
  phone: { type: 'string' },
  'new-email': { type: 'string' },
  as: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type AdminArgs = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;

/** Runs one command; returns the process exit code. Domain errors print in the company's language. */
export async function runAdminCommand(argv: string[], deps: AdminDeps): Promise<number> {
  let args: AdminArgs;
  try {
    args = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    deps.print(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [group, action, subject] = args.positionals;
  if (args.values.help || !group) {
    deps.print(USAGE);
    return args.values.help ? 0 : 2;
  }
  try {
    const command = COMMANDS[`${group} ${action ?? ''}`.trim()];
    if (!command) {
      deps.print(`Unknown command: ${args.positionals.join(' ')}\n\n${USAGE}`);
      return 2;
    }
    await command(deps, args, subject);
    return 0;
  } catch (error) {
    deps.print(error instanceof CrmError ? `错误 / error: ${error.messageIn(deps.locale)}` : `error: ${(error as Error).message}`);
    return 1;
  }
}

type Command = (deps: AdminDeps, args: AdminArgs, subject: string | undefined) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  bootstrap: bootstrap,
  'departments list': async (deps) => printDepartments(deps, await deps.repos.departments.listAll()),
  'departments add': async (deps, args) => {
    const ctx = await actingAdmin(deps, args.values.as);
    const parent = args.values.parent ? await departmentOrThrow(deps, args.values.parent) : undefined;
    const input = parseInput(CreateDepartmentInput, { name: args.values.name, kind: args.values.kind, parentId: parent?.id ?? ROOT_DEPARTMENT_ID }, deps.locale, USER_LABELS);
    const department = await createDepartment(ctx, input);
    deps.print(`部门已创建 / department created: ${department.id}  ${department.name}  ${department.path}`);
  },
  'users list': async (deps) => printUsers(deps, await deps.repos.users.listByPath(undefined), await deps.repos.departments.listAll()),
  'users add': addUser,
  'users update': async (deps, args, email) => changeUser(deps, args, email, {}),
  'users deactivate': async (deps, args, email) => changeUser(deps, args, email, { active: false }),
  'users activate': async (deps, args, email) => changeUser(deps, args, email, { active: true }),
};

async function bootstrap(deps: AdminDeps, args: AdminArgs): Promise<void> {
  const email = args.values.email ?? deps.adminEmail;
  if (!email) throw new Error('bootstrap needs --email <admin e-mail>');
  const name = args.values.name ?? '系统管理员';
  const checked = parseInput(CreateUserInput.pick({ email: true, name: true }), { email, name }, deps.locale, USER_LABELS);
  const login = await deps.directory.ensureLogin(checked.email, checked.name);
  const admin = await bootstrapCompany(deps.repos, deps.clock, {
    companyName: args.values['company-name'] ?? deps.companyName,
    adminEmail: checked.email,
    adminName: checked.name,
    adminId: login.id,
  });
  if (login.id && admin.id !== login.id) {
    throw new Error(`The CRM already has ${admin.email} as user ${admin.id}, but the sign-in's id is ${login.id}: they must match`);
  }
  deps.print(`管理员已就绪 / admin ready: ${admin.email} (${admin.id})`);
  if (login.created) deps.print('Cognito 已向该邮箱发送临时密码 / Cognito mailed a temporary password to this address');
  if (deps.directory.kind === 'local') deps.print(`本地令牌 / local token: npm run token -- ${admin.email}`);
}

async function addUser(deps: AdminDeps, args: AdminArgs): Promise<void> {
  const ctx = await actingAdmin(deps, args.values.as);
  const department = await departmentOrThrow(deps, args.values.department ?? ROOT_DEPARTMENT_ID);
  const raw = { email: args.values.email, name: args.values.name, role: args.values.role?.toUpperCase(), departmentId: department.id, phone: args.values.phone };
  const input = parseInput(CreateUserInput, raw, deps.locale, USER_LABELS);
  if (await userByEmail(deps, input.email)) throw new Error(`A user with e-mail ${input.email} already exists`);
  const login = await deps.directory.ensureLogin(input.email, input.name);
  try {
    const user = await createUser(ctx, { ...input, id: login.id });
    deps.print(`用户已创建 / user created: ${user.email}  ${user.name}  ${user.role}  ${department.name} (${user.id})`);
  } catch (error) {
    // A sign-in without a CRM user could log in to nothing: take back what this command just made.
    if (login.created) await deps.directory.deleteLogin(input.email);
    throw error;
  }
}

async function changeUser(deps: AdminDeps, args: AdminArgs, email: string | undefined, fixed: { active?: boolean }): Promise<void> {
  if (!email) throw new Error('Which user? Pass their e-mail: crm-admin users <action> <email>');
  const ctx = await actingAdmin(deps, args.values.as);
  const current = await userByEmail(deps, email);
  if (!current) throw new Error(`No user with e-mail ${email}`);
  const department = args.values.department ? await departmentOrThrow(deps, args.values.department) : undefined;
  const raw = {
    name: args.values.name,
    email: args.values['new-email'],
    role: args.values.role?.toUpperCase(),
    departmentId: department?.id,
    phone: args.values.phone,
    ...fixed,
    expectedVersion: current.version,
  };
  const input = parseInput(UpdateUserInput, raw, deps.locale, USER_LABELS);
  const updated = await updateUser(ctx, current.id, input);
  if (input.email && input.email !== current.email) await deps.directory.changeEmail(current.email, input.email);
  // Always told to the directory (idempotent there), so a run interrupted after the CRM write is repaired by running it again.
  if (input.active !== undefined) await deps.directory.setEnabled(updated.email, input.active);
  deps.print(`用户已更新 / user updated: ${updated.email}  ${updated.name}  ${updated.role}  ${updated.active ? '启用 active' : '停用 inactive'}`);
}

/** Commands act through the domain services as a real admin, so the same rules and history apply as over the API. */
async function actingAdmin(deps: AdminDeps, asEmail: string | undefined): Promise<ServiceContext> {
  const admins = (await deps.repos.users.listByPath(undefined)).filter((u) => u.role === 'ADMIN' && u.active);
  const admin = asEmail ? admins.find((u) => u.email === asEmail.trim().toLowerCase()) : admins[0];
  if (!admin) throw new Error(asEmail ? `No active admin with e-mail ${asEmail}` : 'No admin yet: run `crm-admin bootstrap --email <e-mail>` first');
  return { actor: admin, clock: deps.clock, settings: await deps.repos.settings.get(), repos: deps.repos };
}

async function userByEmail(deps: AdminDeps, email: string): Promise<User | undefined> {
  const wanted = email.trim().toLowerCase();
  return (await deps.repos.users.listByPath(undefined)).find((u) => u.email === wanted);
}

async function departmentOrThrow(deps: AdminDeps, ref: string): Promise<Department> {
  const all = await deps.repos.departments.listAll();
  const byId = all.find((d) => d.id === ref);
  if (byId) return byId;
  const byName = all.filter((d) => d.name === ref);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) throw new Error(`Several departments are named ${ref}; use the id: ${byName.map((d) => d.id).join(', ')}`);
  throw new Error(`No department ${ref}; see crm-admin departments list`);
}

function printDepartments(deps: AdminDeps, departments: Department[]): void {
  for (const d of departments) {
    const depth = d.path.split('/').filter(Boolean).length - 1;
    deps.print(`${'  '.repeat(depth)}${d.name}  [${d.kind}]  id=${d.id}`);
  }
}

function printUsers(deps: AdminDeps, users: User[], departments: Department[]): void {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  for (const u of users) {
    deps.print([u.email, u.name, u.role, names.get(u.departmentId) ?? u.departmentId, u.active ? 'active' : 'INACTIVE', u.id].join('\t'));
  }
}
