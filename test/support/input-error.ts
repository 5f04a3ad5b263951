import { InputError } from '../../lib/errors';

/** The message of the `InputError` `run` throws (the test fails when it throws nothing or something else). */
export function inputErrorMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(InputError.isInputError(e)).toBe(true);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}
