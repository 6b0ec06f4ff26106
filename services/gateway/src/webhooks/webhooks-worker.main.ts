import 'reflect-metadata';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { serviceMain } from '@rapport/service-skeleton';
import { webhooksWorkerService } from './webhooks-worker.service';

Runtime.install({ logger: new DefaultLogger('WARN') });
serviceMain(
  webhooksWorkerService(process.env, () => {
    // Stop the whole process the usual way, and say it failed.
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  }),
);
