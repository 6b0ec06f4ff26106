/** One entry of SendGrid's v3 error body: `{"errors":[{"message","field","help"}]}`. */
export interface SendGridError {
  message: string;
  field: string | null;
  help: string | null;
}

export interface SendGridErrorBody {
  errors: SendGridError[];
}

export function sendGridError(message: string, field: string | null = null): SendGridError {
  return { message, field, help: null };
}

export function errorBody(...errors: SendGridError[]): SendGridErrorBody {
  return { errors };
}
