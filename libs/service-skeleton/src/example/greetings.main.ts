import 'reflect-metadata';
import { serviceMain } from '../index';
import { greetingsService } from './greetings.service';

serviceMain(greetingsService(process.env));
