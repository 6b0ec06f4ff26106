import type { Provider, Type } from '@nestjs/common';
import { OperationsWorkflowsController } from './operations-workflows.http.controller';
import { RelationshipVisibility } from './relationship-visibility';

/** The operators' view of the relationship workflows, named in two lines of the gateway module. */
export const OPERATIONS_WORKFLOWS_CONTROLLERS: readonly Type[] = [OperationsWorkflowsController];
export const OPERATIONS_WORKFLOWS_PROVIDERS: readonly Provider[] = [RelationshipVisibility];
