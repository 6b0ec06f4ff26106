import { type MergeFieldPath, type PreparedFields } from './prepared-fields';

export interface RenderedCopy {
  subject?: string;
  body: string;
}

export interface OutreachTemplate {
  /** Merge fields the copy uses; absent ones are reported so the member can fill them in. */
  readonly wants: readonly MergeFieldPath[];
  render(fields: PreparedFields): RenderedCopy;
}
