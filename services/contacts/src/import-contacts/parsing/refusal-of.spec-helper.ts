import { ImportFileError } from './imported-row';

/** The ImportFileError that `run` throws; fails the test when it throws nothing or something else. */
export function refusalOf(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the file to be refused with an ImportFileError');
}
