import { CreateDepartmentInput, CreateUserInput, UpdateUserInput, USER_LABELS } from '../../domain/users/user.schemas';
import { createDepartment, createUser, getVisibleUserOrThrow, listUsers, updateUser } from '../../domain/users/user.service';
import { parseInput } from '../../domain/shared/validation';
import type { Resolvers } from '../generated/resolvers-types';

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
    createUser: (_, { input }, ctx) => createUser(ctx.service(), parseInput(CreateUserInput, input, ctx.runtime.locale, USER_LABELS)),
    updateUser: (_, { id, input }, ctx) => updateUser(ctx.service(), id, parseInput(UpdateUserInput, input, ctx.runtime.locale, USER_LABELS)),
    createDepartment: (_, { input }, ctx) =>
      createDepartment(ctx.service(), parseInput(CreateDepartmentInput, input, ctx.runtime.locale, USER_LABELS)),
  },
  User: {
    department: (u, _, ctx) => ctx.runtime.repos.departments.get(u.departmentId).then((d) => d ?? null),
  },
};
