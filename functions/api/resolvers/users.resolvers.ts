import { CreateDepartmentInput, CreateUserInput, UpdateUserInput, USER_LABELS } from '../../domain/users/user.schemas';
import { createDepartment, createUser, getVisibleUserOrThrow, listUsers, updateUser } from '../../domain/users/user.service';
import { parseInput } from '../../domain/shared/validation';
import { syncEmailSubscription } from '../../domain/reminders/reminder.service';
import type { User } from '../../domain/users/user.types';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

/** A user's e-mail gets its reminder subscription when it is set or changed (reminders module). */
async function withEmailSubscription(ctx: ApiContext, user: User): Promise<User> {
  await syncEmailSubscription(ctx.service(), user, ctx.runtime.notifier);
  return user;
}

export const userResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => getVisibleUserOrThrow(ctx.service(), ctx.service().actor.id),
    users: (_, __, ctx) => listUsers(ctx.service()),
    user: (_, { id }, ctx) => getVisibleUserOrThrow(ctx.service(), id),
    departments: (_, __, ctx) => {
      ctx.service();
      return ctx.runtime.repos.departments.listAll();
    },
  },
  Mutation: {
    createUser: (_, { input }, ctx) =>
      createUser(ctx.service(), parseInput(CreateUserInput, input, ctx.runtime.locale, USER_LABELS)).then((u) => withEmailSubscription(ctx, u)),
    updateUser: (_, { id, input }, ctx) =>
      updateUser(ctx.service(), id, parseInput(UpdateUserInput, input, ctx.runtime.locale, USER_LABELS)).then((u) => withEmailSubscription(ctx, u)),
    createDepartment: (_, { input }, ctx) =>
      createDepartment(ctx.service(), parseInput(CreateDepartmentInput, input, ctx.runtime.locale, USER_LABELS)),
  },
  User: {
    department: async (u, _, ctx) => (await ctx.loaders.departments.load(u.departmentId)) ?? null,
  },
};
