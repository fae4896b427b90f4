// memoByText: each text computed once while remembered, memory bounded by the total length of the texts kept.
import { describe, expect, it } from 'vitest';
import { forgetAllMemos, memoByText } from '../../src/text/memo.js';

function counted(maxChars: number): { memo: (text: string) => string; calls: string[] } {
  const calls: string[] = [];
  const memo = memoByText((text) => {
    calls.push(text);
    return text.toUpperCase();
  }, maxChars);
  return { memo, calls };
}

describe('memoByText', () => {
  it('computes a text once while it is remembered, and gives the same result', () => {
    const { memo, calls } = counted(100);
    expect(memo('abc')).toBe('ABC');
    expect(memo('abc')).toBe('ABC');
    expect(memo('de')).toBe('DE');
    expect(memo('abc')).toBe('ABC');
    expect(calls).toEqual(['abc', 'de']);
  });

  it('forgets the oldest texts once the texts kept pass maxChars in all', () => {
    const { memo, calls } = counted(10);
    memo('aaaa'); // 4
    memo('bbbb'); // 8
    memo('cccc'); // 12 > 10: 'aaaa' goes
    memo('bbbb');
    memo('cccc');
    expect(calls).toEqual(['aaaa', 'bbbb', 'cccc']);
    memo('aaaa');
    expect(calls).toEqual(['aaaa', 'bbbb', 'cccc', 'aaaa']);
  });

  it('remembers a result that is undefined, computing it once', () => {
    const calls: string[] = [];
    const memo = memoByText((text): string | undefined => {
      calls.push(text);
      return undefined;
    }, 100);
    expect(memo('abc')).toBeUndefined();
    expect(memo('abc')).toBeUndefined();
    expect(calls).toEqual(['abc']);
  });

  it('keeps forgetting the oldest texts in order over many thousands of texts', () => {
    const { memo, calls } = counted(12);
    for (let i = 0; i < 5000; i++) memo(`t${i}`);
    calls.length = 0;
    // 12 characters hold the last two five-character texts; the one before is forgotten
    expect(memo('t4999')).toBe('T4999');
    expect(memo('t4998')).toBe('T4998');
    expect(calls).toEqual([]);
    memo('t4997');
    expect(calls).toEqual(['t4997']);
    // remembering t4997 forgot t4998, the oldest
    memo('t4999');
    memo('t4998');
    expect(calls).toEqual(['t4997', 't4998']);
  });

  it('never keeps a text longer than maxChars', () => {
    const { memo, calls } = counted(3);
    memo('long text');
    memo('long text');
    expect(calls).toEqual(['long text', 'long text']);
  });

  it('forgets everything on forgetAllMemos, every memo, and remembers again after', () => {
    const first = counted(100);
    const second = counted(100);
    first.memo('abc');
    second.memo('de');
    forgetAllMemos();
    first.memo('abc');
    second.memo('de');
    second.memo('de');
    expect(first.calls).toEqual(['abc', 'abc']);
    expect(second.calls).toEqual(['de', 'de']);
    // what it held counted for nothing after: the limit is whole again
    const small = counted(4);
    small.memo('aaaa');
    forgetAllMemos();
    small.memo('bbbb');
    small.memo('bbbb');
    expect(small.calls).toEqual(['aaaa', 'bbbb']);
  });
});
