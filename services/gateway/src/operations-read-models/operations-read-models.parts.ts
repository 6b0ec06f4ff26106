import type { Provider, Type } from '@nestjs/common';
import { OperationsReadModelsController } from './operations-read-models.http.controller';
import { ServiceReadModels } from './service-read-models';

/** Operators' read-model rebuilds, named in two lines of the gateway module. */
export const OPERATIONS_READ_MODELS_CONTROLLERS: readonly Type[] = [OperationsReadModelsController];
export const OPERATIONS_READ_MODELS_PROVIDERS: readonly Provider[] = [ServiceReadModels];
