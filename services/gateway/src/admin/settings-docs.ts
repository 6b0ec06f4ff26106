import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiQuery } from '@nestjs/swagger';
import { ApiProblems, zodToOpenApi } from '@rapport/platform/http';
import { tenantIdSchema } from './admin-access';

/**
 * Documents what the settings routes read from the query and headers themselves (after the
 * caller's role is checked, so not through pipes, which would answer a stranger's bad query
 * with 400 before refusing them).
 */
export const DocumentedTenant = () =>
  applyDecorators(
    ApiQuery({
      name: 'tenant',
      required: false,
      description: 'Operators: the institution; admins: their own (another is 404)',
      schema: zodToOpenApi(tenantIdSchema),
    }),
    ApiProblems(404),
  );

export const DocumentedIfMatch = () =>
  applyDecorators(
    DocumentedTenant(),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag last read; required to change a setting that exists (428, 412)',
    }),
  );
