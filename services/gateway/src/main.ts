import 'reflect-metadata';
import { serviceMain } from '@rapport/service-skeleton';
import { gatewayService } from './gateway.service';

serviceMain(gatewayService(process.env));
