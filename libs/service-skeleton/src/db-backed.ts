import type { Provider } from '@nestjs/common';
import type { Db } from 'mongodb';
import { DB } from './service-tokens';

/**
 * Providers for plain classes whose one constructor argument is the service's database (stores,
 * read models): they stay free of Nest decorators, and specs keep building them with `new`.
 */
export function dbBacked(...classes: ReadonlyArray<new (db: Db) => unknown>): Provider[] {
  return classes.map((type) => ({
    provide: type,
    inject: [DB],
    useFactory: (db: Db) => new type(db),
  }));
}
