import { type DynamicModule, Module } from '@nestjs/common';
import { serviceModule, type ServiceDeps } from '../service.module';
import { GreetingBoard } from './greeting-board';
import { GreetingsController } from './greetings.http.controller';
import { LeaveGreetingHandler } from './leave-greeting.handler';

/** The example context: its controller, its store and its handler, listed as classes. */
@Module({})
export class GreetingsModule {
  static forRoot(deps: ServiceDeps): DynamicModule {
    return serviceModule(GreetingsModule, deps, {
      controllers: [GreetingsController],
      providers: [GreetingBoard, LeaveGreetingHandler],
    });
  }
}
