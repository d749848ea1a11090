import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../src/util/nextTurn.js';

describe('nextTurn', () => {
  it('resolves after what the event loop already had waiting, where a resolved promise does not', async () => {
    let ran = false;
    setImmediate(() => (ran = true));
    await Promise.resolve();
    expect(ran).toBe(false);
    await nextTurn();
    expect(ran).toBe(true);
  });
});
