import { describe, expect, it } from 'vitest';
import { CursorCodec } from '../../functions/store/cursor';

describe('page cursors', () => {
  const codec = new CursorCodec('secret');
  const key = { PK: 'CUST#1', SK: '#PROFILE' };

  it('round-trips a key for the same scope', () => {
    expect(codec.decode(codec.encode(key, 'u1|customers'), 'u1|customers')).toEqual(key);
  });

  it('refuses a tampered cursor', () => {
    const cursor = codec.encode(key, 'u1|customers');
    const [body, sig] = cursor.split('.');
    const forged = Buffer.from(JSON.stringify({ k: { PK: 'CUST#2', SK: '#PROFILE' }, s: 'u1|customers' })).toString('base64url');
    expect(() => codec.decode(`${forged}.${sig}`, 'u1|customers')).toThrow(/cursor/);
    expect(() => codec.decode(`${body}.x${sig}`, 'u1|customers')).toThrow(/cursor/);
  });

  it('refuses a cursor replayed by another user or on another list', () => {
    const cursor = codec.encode(key, 'u1|customers');
    expect(() => codec.decode(cursor, 'u2|customers')).toThrow(/cursor/);
    expect(() => new CursorCodec('other').decode(cursor, 'u1|customers')).toThrow(/cursor/);
  });
});
