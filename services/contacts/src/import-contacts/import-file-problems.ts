import {
  PayloadTooLargeProblem,
  type ProblemError,
  type ProblemMapper,
  UnprocessableProblem,
  UnsupportedMediaTypeProblem,
} from '@rapport/platform/http';
import { ImportFileError } from './parsing';

function fromFileError(error: ImportFileError): ProblemError {
  const extensions = { reason: error.problem, rows: error.rows };
  switch (error.problem) {
    case 'too_large':
      return new PayloadTooLargeProblem(error.message, extensions);
    case 'encoding':
      return new UnsupportedMediaTypeProblem(
        `${error.message}; save the file as UTF-8`,
        extensions,
      );
    case 'no_header':
    case 'malformed':
    case 'empty':
      return new UnprocessableProblem(error.message, extensions);
    default: {
      const unexpected: never = error.problem;
      return unexpected;
    }
  }
}

/** A refused import file as problem+json naming its rows; nothing of it was stored. */
export const importFileProblemMapper: ProblemMapper = (error) =>
  error instanceof ImportFileError ? fromFileError(error) : undefined;
