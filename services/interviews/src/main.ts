import 'reflect-metadata';
import { serviceMain } from '@rapport/service-skeleton';
import { interviewsService } from './interviews.service';

serviceMain(interviewsService(process.env));
