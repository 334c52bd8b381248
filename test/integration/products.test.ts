import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct, listProducts, updateProduct } from '../../functions/domain/products/product.service';
import { buildOrg, type Org } from '../support/builders';
import { createTestStack, type TestStack } from '../support/test-stack';

let stack: TestStack;
let org: Org;

beforeAll(async () => {
  stack = await createTestStack();
  org = await buildOrg(stack);
});

const input = (code: string, category = '空调') => ({ code, name: `产品${code}`, category, unit: '台', listPrice: 1_299_900, currency: 'CNY' });

describe('product catalogue', () => {
  it('lists products by category and hides inactive ones unless asked', async () => {
    const admin = stack.as(org.admin);
    const a = await createProduct(admin, input('KT-100'));
    const b = await createProduct(admin, input('AZ-1', '服务'));
    await updateProduct(admin, b.id, { active: false, expectedVersion: 1 });
    expect((await listProducts(stack.as(org.rep), { category: '空调' })).map((p) => p.id)).toEqual([a.id]);
    expect((await listProducts(stack.as(org.rep), {})).map((p) => p.id)).not.toContain(b.id);
    expect((await listProducts(stack.as(org.rep), { includeInactive: true })).map((p) => p.id)).toContain(b.id);
  });

  it('keeps product codes unique, also when renaming a code', async () => {
    const admin = stack.as(org.admin);
    await createProduct(admin, input('DUP-1'));
    await expect(createProduct(admin, input('DUP-1'))).rejects.toMatchObject({ code: 'CONFLICT' });
    const other = await createProduct(admin, input('DUP-2'));
    await expect(updateProduct(admin, other.id, { code: 'DUP-1', expectedVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const renamed = await updateProduct(admin, other.id, { code: 'DUP-3', expectedVersion: 1 });
    expect(renamed.code).toBe('DUP-3');
    await expect(createProduct(admin, input('DUP-2'))).resolves.toMatchObject({ code: 'DUP-2' });
  });

  it('lets only admins and managers maintain the catalogue', async () => {
    await expect(createProduct(stack.as(org.rep), input('REP-1'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createProduct(stack.as(org.finance), input('FIN-1'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createProduct(stack.as(org.eastManager), input('MGR-1'))).resolves.toMatchObject({ active: true });
  });

  it('refuses a stale version', async () => {
    const admin = stack.as(org.admin);
    const p = await createProduct(admin, input('VER-1'));
    await updateProduct(admin, p.id, { listPrice: 100, expectedVersion: 1 });
    await expect(updateProduct(admin, p.id, { listPrice: 200, expectedVersion: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
