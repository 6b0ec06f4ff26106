import { Controller, Get } from '@nestjs/common';
import { Public } from '@rapport/platform/http';
import { V1Document } from './v1-document';

/** The /v1 API's document, public like any API description. */
@Public()
@Controller('v1')
export class V1DocumentController {
  constructor(private readonly document: V1Document) {}

  @Get('openapi.json')
  get() {
    return this.document.get();
  }
}
