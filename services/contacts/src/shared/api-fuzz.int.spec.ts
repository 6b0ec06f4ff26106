import { describeApiFuzz } from '@rapport/testing/services';
import { startContactsApp } from '../testing/contacts-test-app';

describeApiFuzz('contacts', {
  start: (suite) => startContactsApp(suite),
  seed: 14,
  // The fuzz must reach the handlers: reads, creates and the deletes all answer success.
  reachedHandlers: (statuses) =>
    expect(Object.keys(statuses).filter((status) => status.startsWith('2'))).toEqual(
      expect.arrayContaining(['200', '201', '204']),
    ),
});
