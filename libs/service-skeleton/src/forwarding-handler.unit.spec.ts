import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandBus, CqrsModule } from '@nestjs/cqrs';
import { ForbiddenProblem, type RequestContext } from '@rapport/platform/http';
import { forwardingHandlers, type ForwardingWriter } from './forwarding-handler';

type LampCommand =
  | { readonly type: 'SwitchOn'; readonly lampId: string; readonly at: Date }
  | { readonly type: 'Dim'; readonly lampId: string; readonly at: Date; readonly level: number };

interface Written {
  readonly command: LampCommand;
  readonly expectedVersion: number | undefined;
}

const NOW = new Date('2026-03-29T01:30:00Z');

/** Records what reached it: the spec is about what the handlers hand over, not about storage. */
@Injectable()
class LampWriter implements ForwardingWriter<LampCommand, Written> {
  readonly written: Written[] = [];
  readonly clock = () => NOW;

  execute(_ctx: RequestContext, command: LampCommand, options: { expectedVersion?: number }) {
    const written = { command, expectedVersion: options.expectedVersion };
    this.written.push(written);
    return Promise.resolve(written);
  }
}

abstract class LampChange extends Command<Written> {
  constructor(
    readonly ctx: RequestContext,
    readonly lampId: string,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
class SwitchOnCommand extends LampChange {}
class DimCommand extends LampChange {
  constructor(
    ctx: RequestContext,
    lampId: string,
    version: number,
    readonly level: number,
  ) {
    super(ctx, lampId, version);
  }
}

const forwardToLampWriter = forwardingHandlers<LampCommand, Written, LampChange>(
  LampWriter,
  ({ ctx }) => {
    if (ctx.actor.role !== 'member') throw new ForbiddenProblem('only members touch lamps');
  },
);
const SwitchOnHandler = forwardToLampWriter(SwitchOnCommand, ({ lampId }, at) => ({
  type: 'SwitchOn',
  lampId,
  at,
}));
const DimHandler = forwardToLampWriter(DimCommand, ({ lampId, level }, at) => ({
  type: 'Dim',
  lampId,
  at,
  level,
}));

@Module({ imports: [CqrsModule.forRoot()], providers: [LampWriter, SwitchOnHandler, DimHandler] })
class LampModule {}

const contextOf = (role: RequestContext['actor']['role']): RequestContext => ({
  tenantId: 'tenant-a',
  actor: { id: 'member-1', role },
  scopes: [],
  assignedMemberIds: [],
  correlationId: 'corr-1',
});

describe('forwardingHandlers', () => {
  let app: INestApplicationContext;
  let bus: CommandBus;
  let writer: LampWriter;

  beforeEach(async () => {
    app = await NestFactory.createApplicationContext(LampModule, { logger: false });
    bus = app.get(CommandBus);
    writer = app.get(LampWriter);
  });
  afterEach(() => app.close());

  it('binds one generated handler to each command, each mapping to its own decider command', async () => {
    const member = contextOf('member');
    await bus.execute(new SwitchOnCommand(member, 'lamp-1', undefined));
    await bus.execute(new DimCommand(member, 'lamp-1', 1, 40));

    expect(writer.written).toEqual([
      { command: { type: 'SwitchOn', lampId: 'lamp-1', at: NOW }, expectedVersion: undefined },
      { command: { type: 'Dim', lampId: 'lamp-1', at: NOW, level: 40 }, expectedVersion: 1 },
    ]);
  });

  it('asks the context who may send the command before anything is written', async () => {
    await expect(bus.execute(new DimCommand(contextOf('coach'), 'lamp-1', 1, 40))).rejects.toThrow(
      ForbiddenProblem,
    );
    expect(writer.written).toEqual([]);
  });

  it('names each generated class after its command', () => {
    expect([SwitchOnHandler.name, DimHandler.name]).toEqual([
      'SwitchOnCommandHandler',
      'DimCommandHandler',
    ]);
  });
});
