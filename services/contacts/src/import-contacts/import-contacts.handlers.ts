import { Inject } from '@nestjs/common';
import {
  CommandHandler,
  type ICommandHandler,
  type IQueryHandler,
  QueryHandler,
} from '@nestjs/cqrs';
import { assertCanRead, assertCanWrite } from '../shared/contact-access';
import { ContactImports, type ImportDocument } from './contact-imports';
import {
  CommitImportCommand,
  DryRunImportCommand,
  GetImportQuery,
} from './import-contacts.command';

@CommandHandler(DryRunImportCommand)
export class DryRunImportHandler implements ICommandHandler<DryRunImportCommand> {
  constructor(@Inject(ContactImports) private readonly imports: ContactImports) {}

  execute({ ctx, memberId, file, request }: DryRunImportCommand): Promise<ImportDocument> {
    assertCanWrite(ctx, memberId);
    return this.imports.dryRun(ctx, memberId, file, {
      format: request.format,
      ...(request.mapping ? { mapping: request.mapping } : {}),
      ...(request.source ? { source: request.source } : {}),
      ...(request.importId ? { importId: request.importId } : {}),
    });
  }
}

@CommandHandler(CommitImportCommand)
export class CommitImportHandler implements ICommandHandler<CommitImportCommand> {
  constructor(@Inject(ContactImports) private readonly imports: ContactImports) {}

  execute({ ctx, memberId, importId }: CommitImportCommand): Promise<ImportDocument> {
    assertCanWrite(ctx, memberId);
    return this.imports.commit(ctx, memberId, importId);
  }
}

@QueryHandler(GetImportQuery)
export class GetImportHandler implements IQueryHandler<GetImportQuery> {
  constructor(@Inject(ContactImports) private readonly imports: ContactImports) {}

  execute({ ctx, memberId, importId }: GetImportQuery): Promise<ImportDocument> {
    assertCanRead(ctx, memberId);
    return this.imports.find(ctx, memberId, importId);
  }
}
