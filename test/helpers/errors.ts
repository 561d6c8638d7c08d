import { expect } from '@open-wc/testing';
import { DataError } from '../../src/core/data/errors.js';

/** Runs `fn`, expects it to throw a DataError, and returns the message readers would see. */
export function dataErrorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(DataError);
    return (err as Error).message;
  }
  throw new Error('expected a DataError');
}
