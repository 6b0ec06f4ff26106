import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  type RawBodyRequest,
  Req,
} from '@nestjs/common';
import { type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiAnswers } from './api-answers';
import { AcceptsBody } from './body-policy';
import { Public } from './internal-auth.guard';
import { Ctx, type RequestContext } from './request-context';
import { ZodPipe } from './zod-validation';

export class StaleVersion extends Error {}

const newContact = z.strictObject({
  name: z.string().min(1),
  emails: z.array(z.email()).min(1),
});

/** The routes the int specs of this folder exercise, one per behaviour of the plumbing. */
@Controller('things')
export class ThingsController {
  @Public()
  @Get('public')
  open(): { open: true } {
    return { open: true };
  }

  @Get('me')
  me(@Ctx() ctx: RequestContext): RequestContext {
    return ctx;
  }

  @Post()
  create(@Body(new ZodPipe(newContact)) body: z.infer<typeof newContact>): { created: string } {
    return { created: body.name };
  }

  @Get('items/:itemId')
  item(@Param('itemId') itemId: string): { itemId: string } {
    return { itemId };
  }

  @Get('stale')
  stale(): never {
    throw new StaleVersion('version 3 is not current');
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret connection string mongodb://admin:pw@db');
  }

  @Public()
  @Post('signed')
  @HttpCode(200)
  signed(@Req() request: RawBodyRequest<FastifyRequest>): { raw: string | null; parsed: unknown } {
    return { raw: request.rawBody?.toString('utf8') ?? null, parsed: request.body };
  }

  @Post('import')
  @AcceptsBody({ mediaTypes: ['text/csv'], limitBytes: 4096 })
  @HttpCode(202)
  importCsv(@Body() body: Buffer): { isBuffer: boolean; bytes: number; header: string } {
    return {
      isBuffer: Buffer.isBuffer(body),
      bytes: body.length,
      header: body.toString().split('\n')[0] ?? '',
    };
  }
}

/** Routes declared once in a base class and served by a controller that inherits them. */
abstract class SharedRoutes {
  @Get(':sharedId')
  @ApiAnswers({ 200: z.object({ sharedId: z.string() }) })
  shown(@Param('sharedId') sharedId: string): { sharedId: string } {
    return { sharedId };
  }
}

@Controller('inherited')
export class InheritedRoutesController extends SharedRoutes {}
