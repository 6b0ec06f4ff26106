import 'reflect-metadata';
import { serviceMain } from '@rapport/service-skeleton';
import { explorationService } from './exploration.service';

serviceMain(explorationService(process.env));
